"""The summary (Sammanfattning) of the county, area and organisation reports: a
page or two in plain Swedish for a steering group or politicians, with the
workspace's own numbers; alone (after the cover) it is the short version.
Read back with pypdf."""

from __future__ import annotations

import dataclasses
import re

import pytest

pypdf = pytest.importorskip("pypdf")

from report_helpers import flat, outline_titles, pdf_pages, pdf_text  # noqa: E402

from app.core.model import whole_percent  # noqa: E402
from app.core.privacy import scan_export  # noqa: E402
from app.core.reports import ReportOptions, make_report  # noqa: E402
from app.workspace import Workspace  # noqa: E402

PNR = "811218-9876"
# The short version: the summary alone (what the dialog's "Kort version" ticks).
SHORT = ReportOptions(**{f.name: f.name == "summary"
                         for f in dataclasses.fields(ReportOptions)})
FULL = ReportOptions(summary=True)


def _cell_items(ws, row: int, column: int) -> list:
    r, c = ws.rows()[row], ws.columns()[column]
    return [i for i in ws.items() if i.row_id == r.id and i.column_id == c.id]


@pytest.fixture()
def small(tmp_path):
    """A new workspace where Kiruna and Luleå have mapped three cells: one all in
    systematic use, one not used at all, one half used; three improvement areas;
    one team with a rising proportion, two cycles (one finished)."""
    ws = Workspace.create(tmp_path / "t.vardflata")
    units = {u.name: u for u in ws.units()}
    kiruna, lulea = units["Kiruna"], units["Luleå"]
    strong, weak, half = _cell_items(ws, 0, 2), _cell_items(ws, 1, 1), _cell_items(ws, 2, 4)
    assert len(strong) >= 3 and len(weak) >= 3 and len(half) >= 2
    for unit in (kiruna, lulea):
        for item in strong:
            ws.set_assessment(unit.id, item.id, status="systematic")
        for item in weak:
            ws.set_assessment(unit.id, item.id, status="not_used")
        for n, item in enumerate(half):
            ws.set_assessment(unit.id, item.id, status="partly" if n % 2 else "planned")
    ws.set_assessment(kiruna.id, ws.items()[-1].id, status="not_applicable")
    ws.add_finding("Gemensam SIP-rutin saknas", category="coordination", level="local")
    ws.add_finding("Fler behöver utbildas i MI", category="competence", level="local")
    ws.add_finding("Länsgemensam uppföljning", category="development", level="county")
    team = ws.add_team("Team Kiruna SIP", unit_ids=[kiruna.id])
    ws.add_aim(team, "Alla får en SIP inom 30 dagar")
    measure = ws.add_measure(team, "Andel med SIP i tid", kind="proportion", direction="up",
                             target=0.8)
    for n in range(16):               # eight months low, then eight high: a shift up
        count = 4 + (n >= 8) * 10 + n % 2
        period = f"{2025 + (n + 4) // 12}-{(n + 4) % 12 + 1:02d}"     # 2025-05 to 2026-08
        ws.set_data_point(measure, period, numerator=count, denominator=20)
    ws.add_measure(team, "Dagar till SIP", kind="time", unit="dagar", direction="down")
    first = ws.quick_cycle(team, "Testa mallen med en behandlare", starts_on="2026-03-02")
    ws.update_cycle(first, status="done")
    ws.quick_cycle(team, "Testa mallen i hela gruppen", starts_on="2026-05-04")
    yield ws, {"kiruna": kiruna, "lulea": lulea, "strong": strong, "weak": weak,
               "half": half}
    ws.close()


def _summary_text(path) -> str:
    """The summary's pages (after the cover), as one line of text."""
    pages = pdf_pages(path)
    start = next(n for n, p in enumerate(pages) if n and "Sammanfattning" in p)
    return flat("\n".join(pages[start:]))


def test_the_summary_says_what_the_mapping_found_in_numbers_of_its_own(small, tmp_path):
    ws, s = small
    path = make_report(ws, tmp_path / "kort.pdf", "county", options=SHORT)
    text = _summary_text(path)
    items, units = len(ws.items()), len(ws.units())
    done = 2 * (len(s["strong"]) + len(s["weak"]) + len(s["half"])) + 1
    # How much of the mapping is done.
    assert f"2 av {units} organisationer har kartlagt minst en metod" in text
    total = units * items
    assert (f"{done} av {total:,} bedömningar".replace(",", "\u00a0") in text or
            f"{done} av {total:,} bedömningar".replace(",", " ") in text)
    # The share in use of what is mapped, as the matrix counts it.
    cells = ws.matrix()
    in_use = sum(c.in_use for c in cells.values())
    mapped = sum(c.mapped for c in cells.values())
    assert mapped == done - 1              # "Ej aktuellt" is mapped, but not counted in
    assert in_use == 2 * len(s["strong"]) + 2 * (len(s["half"]) // 2)
    share = whole_percent(in_use / mapped)
    assert f"används {share} % delvis eller systematiskt ({in_use} av {mapped} kartlagda" \
        in text
    # Per area, highest first: Malmfälten (Kiruna) and Luleå–Boden (Luleå) the same.
    table = text[text.index("Per samverkansområde"):text.index("Starkast och svagast")]
    assert "Malmfälten (4 organisationer)" in table and "inget kartlagt" in table
    assert "1 av 4" in table and "1 av 2" in table
    # The strongest and the weakest cells, in words, with their numbers.
    rows, columns = ws.rows(), ws.columns()
    strongest = f"{rows[0].title} – {columns[2].short}: 100 % i bruk " \
                f"({2 * len(s['strong'])} av {2 * len(s['strong'])} kartlagda)"
    weakest = f"{rows[1].title} – {columns[1].short}: 0 % i bruk " \
              f"(0 av {2 * len(s['weak'])} kartlagda)"
    assert strongest in text and weakest in text
    assert text.index("Starkast:") < text.index(strongest) < text.index("Svagast:") \
        < text.index(weakest)


def test_the_summary_names_the_improvement_areas_and_the_work(small, tmp_path):
    ws, _ = small
    text = _summary_text(make_report(ws, tmp_path / "kort.pdf", "county", options=SHORT))
    assert "3 förbättringsområden är registrerade, alla öppna." in text
    assert re.search(r"Lokalt \(2\): (Gemensam SIP-rutin saknas; Fler behöver utbildas i MI|"
                     r"Fler behöver utbildas i MI; Gemensam SIP-rutin saknas)\.", text)
    assert "Länsövergripande (1): Länsgemensam uppföljning." in text
    assert "Inomregionalt" not in text
    assert "1 förbättringsteam arbetar med 2 mått." in text
    assert "signal om förbättring för 1 av 2 mått" in text
    assert "Teamet har registrerat 2 PGSA-cykler" in text and "1 av dem avslutade" in text
    assert "Team Kiruna SIP · Mål: Alla får en SIP inom 30 dagar · 2 PGSA-cykler, " \
           "1 avslutad" in text
    # The latest value and what the chart shows, for each measure.
    assert "Andel med SIP i tid 75 % (2026-08) målvärde 80 % Signal om förbättring" in text
    assert "Dagar till SIP – Inga mätvärden ännu" in text


def test_the_short_version_is_the_cover_and_the_summary(demo_ws, tmp_path):
    """A politician's copy: the cover and one or two pages, no table of contents
    and none of the detail; every number on it from the workspace."""
    path = make_report(demo_ws, tmp_path / "kort.pdf", "county", options=SHORT)
    pages = pdf_pages(path)
    assert 2 <= len(pages) <= 3
    assert "Länsrapport" in pages[0] and "Det viktigaste i korthet" not in pages[0]
    assert "Sammanfattning – kort version för styrgrupp och politiker" in flat(pages[0])
    assert "Innehåll" not in flat(pdf_text(path))
    assert flat(pages[1]).startswith("Länsrapport") and "Sammanfattning" in pages[1]
    text = _summary_text(path)
    for heading in ("Kartläggningen", "Starkast och svagast i matrisen",
                    "Förbättringsområden", "Förbättringsarbete"):
        assert heading in text
    assert "Matrisen: hur metoderna används" not in text
    for team in demo_ws.teams():
        assert flat(team.name) in text
    for measure in demo_ws.measures():
        assert flat(measure.name) in text
    cycles = demo_ws.cycles()
    done = sum(c.status == "done" for c in cycles)
    assert f"{len(cycles)} PGSA-cykler (Planera – Göra – Studera – Agera), " \
           f"{done} av dem avslutade" in text
    reader = pypdf.PdfReader(str(path))
    assert outline_titles(reader.outline)[0] == "Sammanfattning"


def test_the_numbers_agree_with_the_matrix_of_every_area(demo_ws, tmp_path):
    text = _summary_text(make_report(demo_ws, tmp_path / "kort.pdf", "county",
                                     options=SHORT))
    found = []
    for area in demo_ws.areas():
        cells = demo_ws.matrix(area.id).values()
        in_use, mapped = sum(c.in_use for c in cells), sum(c.mapped for c in cells)
        row = f"{area.name} ({len(demo_ws.units(area_id=area.id))} organisationer) " \
              f"{whole_percent(in_use / mapped)} % {in_use} av {mapped}"
        assert row in text, row
        found.append((-in_use / mapped, text.index(row)))
    assert [at for _, at in sorted(found)] == sorted(at for _, at in found)   # highest first
    # The region's divisions, in no area, named as the organisation tree names them.
    divisions = [u for u in demo_ws.units() if u.kind == "region_division"]
    assert divisions and f"Regionens verksamheter ({len(divisions)} organisationer)" in text


def test_the_summary_of_a_whole_nation_stays_within_two_pages(tmp_path):
    """353 organisations, 21 areas, 42 teams: the tables are cut, not the pages."""
    from app.core.demo import write_demo

    ws = write_demo(tmp_path / "national.vardflata", "national")
    try:
        path = make_report(ws, tmp_path / "kort.pdf", "county", options=SHORT)
        pages = pdf_pages(path)
        assert len(pages) <= 3
        assert "Ytterligare" in flat(pages[-1]) and "team med" in flat(pages[-1])
    finally:
        ws.close()


def test_the_full_report_opens_with_the_summary(demo_ws, tmp_path):
    path = make_report(demo_ws, tmp_path / "full.pdf", "county", options=FULL)
    reader = pypdf.PdfReader(str(path))
    titles = outline_titles(reader.outline)
    assert titles[:4] == ["Sammanfattning", "Kartläggningen", "Förbättringsområden",
                          "Förbättringsarbete"]
    assert titles[4] == "Matrisen: hur metoderna används"
    pages = pdf_pages(path)
    assert "kort version" not in pages[0]
    assert "Innehåll" in pages[1] and "Sammanfattning" in pages[1]
    assert "Sammanfattning" in pages[2]
    matrix = next(n for n, p in enumerate(pages) if "Matrisen: hur metoderna används" in p
                  and n > 1)
    assert matrix in (3, 4)          # after a page or two of summary, on a page of its own
    assert "Sammanfattning" not in pages[matrix]
    # Left out unless asked for (the command line's report is as it was).
    plain = make_report(demo_ws, tmp_path / "plain.pdf", "county")
    assert "Sammanfattning" not in outline_titles(pypdf.PdfReader(str(plain)).outline)


def test_an_empty_workspace_gives_a_summary_that_says_so(tmp_path):
    ws = Workspace.create(tmp_path / "tom.vardflata")
    try:
        text = _summary_text(make_report(ws, tmp_path / "kort.pdf", "county", options=SHORT))
        units, items = len(ws.units()), len(ws.items())
        assert "Ingen organisation har kartlagt ännu" in text
        assert f"{units} organisationer" in text and str(items) not in ("", "0")
        assert "Inga förbättringsområden är registrerade ännu." in text
        assert "Inga förbättringsteam är registrerade." in text
        assert "Starkast" not in text and "Per samverkansområde" not in text
        assert "%" not in text
    finally:
        ws.close()


def test_too_little_mapped_is_said_not_ranked(tmp_path):
    """One organisation has mapped two methods: no cell has enough behind it."""
    ws = Workspace.create(tmp_path / "t.vardflata")
    try:
        unit = ws.units()[0]
        for item in ws.items()[:2]:
            ws.set_assessment(unit.id, item.id, status="partly")
        text = _summary_text(make_report(ws, tmp_path / "kort.pdf", "county", options=SHORT))
        assert "För lite är kartlagt för att säga vilka av matrisens rutor" in text
        assert "minst 5 kartlagda bedömningar" in text
        assert "Starkast:" not in text
    finally:
        ws.close()


def test_an_organisation_report_has_its_own_summary(small, tmp_path):
    ws, s = small
    kiruna = s["kiruna"]
    path = make_report(ws, tmp_path / "kiruna.pdf", "unit", kiruna.id, options=SHORT)
    text = _summary_text(path)
    items = len(ws.items())
    done = len(s["strong"]) + len(s["weak"]) + len(s["half"]) + 1
    assert f"Organisationen har bedömt {done} av {items} metoder; {items - done} återstår." \
        in text
    assert "Per samverkansområde" not in text and "Per organisation" not in text
    assert "minst 3 kartlagda metoder" in text
    assert "Team Kiruna SIP" in text


def test_the_summary_is_checked_for_personnummer_like_the_rest(small, tmp_path):
    """Its text is in the privacy check: an improvement area's title, a team's name
    or a measure's, printed by the summary alone (those sections left out)."""
    ws, s = small
    finding = ws.add_finding(f"Klient {PNR} väntar", category="other", level="local")
    nothing = dataclasses.replace(SHORT, summary=False, matrix=True)
    assert scan_export(ws, "county", None, nothing) == []
    hits = scan_export(ws, "county", None, SHORT)
    assert [h.record_id for h in hits] == [finding]
    ws.delete_finding(finding)
    team = ws.teams()[0]
    measure = ws.add_measure(team.id, f"Mått för {PNR}")
    hits = scan_export(ws, "county", None, SHORT)
    assert [h.record_id for h in hits] == [measure]
    assert scan_export(ws, "county", None, nothing) == []
    # The dialog's worker and the report both stop at it (make_report itself
    # never checks: the caller does, as for the other sections).
    assert scan_export(ws, "unit", s["kiruna"].id, SHORT)


def test_the_summary_prints_in_the_embedded_fonts_only(small, tmp_path):
    """Its list bullets too (ReportLab draws a bullet in Helvetica unless told)."""
    ws, _ = small
    path = make_report(ws, tmp_path / "kort.pdf", "county", options=SHORT)
    reader = pypdf.PdfReader(str(path))
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and not any("Helvetica" in f for f in fonts), fonts


@pytest.mark.parametrize("values, direction, verdict", [
    ([10] * 8 + [20] * 8, "up", "better"),
    ([10] * 8 + [20] * 8, "down", "worse"),
    ([20] * 8 + [10] * 8, "down", "better"),
    ([10] * 8 + [20] * 8, None, "signal"),
    ([10] * 6 + [20] * 6, "up", "signal"),        # too few crossings only: no side
    ([3, 5, 4, 6, 5, 3, 4, 6, 5, 4, 3, 5], "up", "none"),
    ([3, 5, 4, 6], "up", "too_few"),
])
def test_what_a_chart_shows_in_one_word(values, direction, verdict):
    from app.core.report_improvement import chart_verdict
    from app.spc import run_chart

    assert chart_verdict(run_chart(values), direction) == verdict
    assert chart_verdict(run_chart([]), direction, has_values=False) == "empty"


def test_names_and_titles_print_as_typed(small, tmp_path):
    """Markup-like text and a word longer than a line, in the names and titles
    the summary prints (an organisation, an improvement area, a team, a
    measure's unit): printed as typed, never read as markup, nothing lost."""
    ws, s = small
    markup = "<b>&amp; \"x\" 'y'"
    long_word = "Långt" + "ord" * 98 + "slut"
    area = s["kiruna"].area_id
    unit = ws.add_unit(f"Kommun {markup}", "municipality", area)
    for item in s["strong"]:
        ws.set_assessment(unit, item.id, status="partly")
    ws.add_finding(f"Fynd {markup} {long_word}", category="other", level="intra_regional",
                   area_id=area)
    team = ws.add_team(f"Team {markup}", unit_ids=[unit])
    measure = ws.add_measure(team, "Väntetid", kind="mean", unit=f"<i>{markup}")
    ws.set_data_point(measure, "2026-01", value=3.5)
    text = _summary_text(make_report(ws, tmp_path / "omr.pdf", "county", area,
                                     options=SHORT))
    squeezed = text.replace(" ", "")
    for typed in (f"Kommun {markup}", f"Fynd {markup}", long_word, f"Team {markup}",
                  f"3,5 <i>{markup} (2026-01)"):
        assert typed.replace(" ", "") in squeezed, typed
    assert "Per organisation, högst andel i bruk först" in text


def test_the_follow_up_table_prints_a_typed_unit_as_text(small, tmp_path):
    """The agreement's follow-up put a measure's value and unit (typed) into the
    table as markup: "<i>" in a unit would be read as markup, an unclosed one
    stop the report."""
    ws, _ = small
    team = ws.add_team("Teamet")
    measure = ws.add_measure(team, "Väntetid", kind="mean", unit="<i>dagar & <b",
                             follow_up="results", target=12)
    ws.set_data_point(measure, "2026-01", value=14)
    options = ReportOptions(**{name: name == "follow_up" for name in vars(ReportOptions())})
    path = make_report(ws, tmp_path / "uppf.pdf", "county", options=options)
    squeezed = "".join(pdf_text(path).split())          # the cell wraps anywhere
    assert "14<i>dagar&<b(2026-01)" in squeezed and "12<i>dagar&<b" in squeezed
