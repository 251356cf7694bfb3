"""What a trial reader of the PDFs (a politician, a steering group) stumbled on:
unexplained chart words, "– 1" read as minus one, a usage line that left out
statuses, an area's report titled Länsrapport, gap wording meant for many
organisations in a report on one, and sections alone on a page."""

from __future__ import annotations

import re

import pytest

pypdf = pytest.importorskip("pypdf")

from report_helpers import flat, outline_entries, pdf_pages, team_named  # noqa: E402

from app.core.model import Item  # noqa: E402
from app.core.report_content import MethodUse, ReportOptions  # noqa: E402
from app.core.reports import make_report  # noqa: E402

GUIDE = "Så läser du diagrammen"


# -- 1. "Så läser du diagrammen": only the words the report uses -----------------------

def _guide(path) -> str:
    """The guide box's text: from its title to the first team's heading."""
    text = flat("\n".join(pdf_pages(path)))
    assert GUIDE in text
    return text[text.index(GUIDE):]


def test_team_report_explains_its_control_limits_and_split(demo_ws, tmp_path):
    """The LARO team has an I chart split at a change and a P chart: ÖSG/NSG,
    both chart kinds, Ändring, the session and cycle marks, Anhøj's rules and the
    progress scale are explained; what it does not use (run chart, a frozen
    baseline, IHI's rules) is not."""
    laro = team_named(demo_ws, "Team LARO")
    path = make_report(demo_ws, tmp_path / "laro.pdf", "team", laro.id)
    guide = _guide(path)
    for term in ("I-diagram –", "P-diagram –", "ÖSG och NSG –", "Ändring –",
                 "LS och PGSA –", "Signaler (Anhøjs regler) –", "Framsteg 0,5–5 –"):
        assert term in guide, term
    box = guide[:guide.index(laro.name)]
    for term in ("Seriediagram –", "Baslinje fryst –", "IHI:s regler"):
        assert term not in box, term


def test_guide_follows_the_measures_settings(demo_ws, tmp_path):
    """The SIP team's run charts, one P chart with a frozen baseline: with the
    rules switched to IHI's, the guide explains those rules and the frozen
    baseline, and no longer Anhøj's."""
    sip = team_named(demo_ws, "Team SIP")
    for m in demo_ws.measures(sip.id):
        demo_ws.update_measure(m.id, rules="ihi")
    path = make_report(demo_ws, tmp_path / "sip.pdf", "team", sip.id)
    box = _guide(path)
    box = box[:box.index(sip.name)]
    for term in ("Seriediagram –", "P-diagram –", "Baslinje fryst –", "IHI:s regler) –",
                 "skift", "trend"):
        assert term in box, term
    assert "Anhøj" not in box and "Ändring –" not in box and "I-diagram –" not in box


def test_without_pictures_only_the_words_of_the_text_are_explained(demo_ws, tmp_path):
    laro = team_named(demo_ws, "Team LARO")
    path = make_report(demo_ws, tmp_path / "laro.pdf", "team", laro.id,
                       options=ReportOptions(charts=False))
    box = _guide(path)
    box = box[:box.index(laro.name)]
    assert "Signaler (Anhøjs regler)" in box and "ÖSG och NSG" in box   # in the signals
    assert "I-diagram –" not in box and "Ändring –" not in box and "LS och PGSA" not in box


def test_a_report_without_improvement_work_has_no_guide(demo_ws, tmp_path):
    options = ReportOptions(improvement=False, follow_up=False, deviations=False)
    path = make_report(demo_ws, tmp_path / "län.pdf", "county", options=options)
    assert GUIDE not in flat("\n".join(pdf_pages(path)))


def test_area_and_unit_reports_carry_the_guide(demo_ws, tmp_path):
    kiruna = next(u for u in demo_ws.units() if u.name == "Kiruna")
    malm = next(a for a in demo_ws.areas() if a.name == "Malmfälten")
    for kind, scope in (("unit", kiruna.id), ("county", malm.id)):
        path = make_report(demo_ws, tmp_path / f"{kind}.pdf", kind, scope)
        assert "ÖSG och NSG" in _guide(path)


def test_reading_guide_lists_only_the_terms_used():
    from types import SimpleNamespace

    from app.core.report_guide import GUIDE_TITLE, SCALE_TITLE, reading_guide

    measure = SimpleNamespace(terms=frozenset({"chart:run", "rules:anhoej"}))
    team = SimpleNamespace(measures=[measure], progress=[])
    title, pairs = reading_guide(SimpleNamespace(teams=[team]))
    assert title == GUIDE_TITLE
    assert [term for term, _ in pairs] == ["Seriediagram", "Signaler (Anhøjs regler)"]
    scored = SimpleNamespace(measures=[], progress=[object()])
    title, pairs = reading_guide(SimpleNamespace(teams=[scored]))
    assert title == SCALE_TITLE and [term for term, _ in pairs] == ["Framsteg 0,5–5"]
    assert reading_guide(SimpleNamespace(teams=[]))[1] == []
    assert reading_guide(None)[1] == []


# -- 2./3. the signs and the usage line ------------------------------------------------

def test_not_applicable_never_prints_as_a_minus(demo_ws):
    from app.core.model import CellSummary
    from app.core.report_sections import _cell_markup

    cell = CellSummary("r", "c", items=3, units=1,
                       counts={"systematic": 1, "not_used": 1, "not_applicable": 1})
    markup = _cell_markup(cell, single_unit=True)
    assert "ej\u00a0aktuellt\u00a01" in markup   # never broken over two lines
    assert not re.search("–\\s*1", markup)


def test_usage_line_names_every_status_with_its_count():
    """"i bruk i 14 av 17, ● 8, ✗ 1" left out ◑ and ?: now every status the legend
    names is there, and the counts add up; an organisation with no assessment
    of the method counts as not mapped, and the share is of those who mapped it
    ("14 av 16 kartlagda"), what is not mapped said apart."""
    from app.core.report_sections import _use_line

    item = Item("i", "Rad", "Kolumn", "Metod", "r", "c")
    use = MethodUse(item, counts={"systematic": 8, "partly": 6, "planned": 1, "not_used": 1,
                                  "not_applicable": 2}, units=19)   # one not assessed
    line = _use_line(use)
    # Symbol, word and count held together, never broken apart at a line's end.
    assert "●\u00a0används\u00a0systematiskt\u00a08" in line
    line = line.replace("\u00a0", " ")
    assert line.startswith("i bruk i 14 av 16 kartlagda: ")
    for part in ("● används systematiskt 8", "◑ används delvis 6", "○ planeras 1",
                 "✗ används inte 1", "? ej kartlagt 1", "ej aktuellt 2"):
        assert part in line, part
    assert (use.mapped, use.unmapped) == (16, 1)
    assert sum(use.breakdown().values()) == use.units
    assert "–" not in line


def test_legend_says_how_not_applicable_is_printed():
    from app.core.report_sections import legend

    intro = legend()[0].text
    assert "ej aktuellt skrivs ut i ord" in intro and "–\u00a0ej aktuellt" not in intro


# -- 5. one organisation -----------------------------------------------------------------

def test_gaps_of_one_organisation_are_not_explained_by_half_of_many(demo_ws, tmp_path):
    kiruna = next(u for u in demo_ws.units() if u.name == "Kiruna")
    path = make_report(demo_ws, tmp_path / "kiruna.pdf", "unit", kiruna.id)
    text = flat("\n".join(pdf_pages(path)))
    assert "hälften av organisationerna" not in text
    assert "metoder som organisationen inte använder" in text
    from app.core.report_sections import gaps_explained

    assert "hälften av de organisationer som har kartlagt dem" in gaps_explained(4)


# -- 6. headings with their content; short sections share a page --------------------------

def test_short_sections_share_a_page(demo_ws, tmp_path):
    """Each section started a new page: the area report's open deviations were a
    page with one line. Now they follow the follow-up on its page."""
    malm = next(a for a in demo_ws.areas() if a.name == "Malmfälten")
    path = make_report(demo_ws, tmp_path / "malm.pdf", "county", malm.id)
    pages = pdf_pages(path)
    last = flat(pages[-1])
    assert "Öppna avvikelser" in last and "Uppföljning enligt överenskommelsen" in flat(
        pages[-1] + pages[-2])
    deviations = last.index("Öppna avvikelser")
    assert "Utveckling" in last[:deviations] or "Resultat" in last[:deviations]


def test_no_heading_ends_a_page(demo_ws, tmp_path):
    """Every bookmarked heading has text after it on its own page."""
    malm = next(a for a in demo_ws.areas() if a.name == "Malmfälten")
    path = make_report(demo_ws, tmp_path / "malm.pdf", "county", malm.id)
    reader = pypdf.PdfReader(str(path))
    for entry in outline_entries(reader.outline):
        page = flat(reader.pages[reader.get_destination_page_number(entry)].extract_text())
        at = page.rfind(flat(entry.title))
        assert at >= 0, entry.title
        assert page[at + len(flat(entry.title)):].strip(), entry.title


def _filled(room_left: float, after: list) -> list:
    """Spacers filling a page's frame but room_left points, then after."""
    from reportlab.platypus import Spacer

    from app.core.report_pdf import BODY_HEIGHT

    return [Spacer(1, BODY_HEIGHT - room_left), *after]


def _pages_of(path, *words) -> list[int]:
    pages = pdf_pages(path)
    return [next(n for n, p in enumerate(pages) if w in p) for w in words]


def _table(rows: int):
    from reportlab.platypus import Paragraph

    from app.core.report_pdf import styles
    from app.core.report_table import RowTable

    s = styles()["cell"]
    data = [[Paragraph("Kolumn", s)]] + [[Paragraph(f"Rad{n}", s)] for n in range(rows)]
    return RowTable(data, repeatRows=1)


@pytest.mark.parametrize("room_left, same_page", [(30, False), (120, True)])
def test_heading_goes_with_the_start_of_its_table(tmp_path, room_left, same_page):
    """With room for the heading alone it moves to the next page with the table;
    with room for a few rows it stays, the table starting under it and
    continuing over the page (not pushed whole to the next page)."""
    from reportlab.platypus import Paragraph

    from app.core.report_keep import lead
    from app.core.report_pdf import DocInfo, Heading, build_pdf, styles

    s = styles()
    story = _filled(room_left, [Heading("Rubriken", 0, s["h2"]),
                                lead(Paragraph("Inledningen", s["small"])), _table(80)])
    path = build_pdf(tmp_path / "t.pdf", DocInfo("Rapport", "Test", "Yta", "2026-01-01"),
                     story, toc=False, cover=False)
    heading, intro, first, last = _pages_of(path, "Rubriken", "Inledningen", "Rad0", "Rad79")
    assert heading == intro == first
    assert (heading == 0) == same_page
    assert last > first
