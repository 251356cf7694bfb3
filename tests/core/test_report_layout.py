"""Layout of the PDF reports as a reader sees it: the PGSA worksheet's dates
when one or both are missing, and a tidy table of contents (on its own page
when it fits there, set closer when only that makes it fit, and else full pages
with no heading's entry left at the bottom of one)."""

from __future__ import annotations

import re

import pytest

pypdf = pytest.importorskip("pypdf")

from report_helpers import outline_titles  # noqa: E402

from app.core.reports import make_report  # noqa: E402


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def links_per_page(reader) -> list[int]:
    """Internal links on each page: the table of contents' lines are the only ones."""
    counts = []
    for page in reader.pages:
        annotations = [a.get_object() for a in page.get("/Annots") or []]
        counts.append(sum(1 for a in annotations if a.get("/Subtype") == "/Link"))
    return counts


# -- the PGSA worksheet's dates ------------------------------------------------------

@pytest.mark.parametrize("starts, ends, label, value", [
    ("2025-05-05", "2025-05-16", "Start – slut", "2025-05-05 – 2025-05-16"),
    ("2025-05-05", "", "Start", "2025-05-05"),
    ("", "2025-05-16", "Slut", "2025-05-16"),
    ("", "", "Start – slut", "–"),
    (" 2025-05-05 ", "  ", "Start", "2025-05-05"),
])
def test_cycle_period_prints_only_the_dates_there_are(starts, ends, label, value):
    from app.core.report_pgsa import period

    assert period(starts, ends) == (label, value)


def test_worksheet_without_an_end_date_prints_no_empty_dashes(demo_ws, tmp_path):
    first, second = demo_ws.cycles()[:2]
    assert first.starts_on and not first.ends_on
    demo_ws.update_cycle(second.id, starts_on="2025-06-02", ends_on="2025-06-27")
    path = make_report(demo_ws, tmp_path / "pgsa.pdf", "cycles",
                       cycle_ids=[first.id, second.id])
    reader = pypdf.PdfReader(str(path))
    open_ended, finished = (page.extract_text() for page in reader.pages[:2])
    assert "– –" not in open_ended and squeeze("Start – slut") not in squeeze(open_ended)
    assert squeeze(f"Start {first.starts_on}") in squeeze(open_ended)
    assert squeeze("Start – slut 2025-06-02 – 2025-06-27") in squeeze(finished)
    blank = make_report(demo_ws, tmp_path / "blank.pdf", "cycles", blank=True)
    assert "Start – slut" in pypdf.PdfReader(str(blank)).pages[0].extract_text()


# -- the table of contents -------------------------------------------------------------

def test_county_contents_fit_their_page(demo_ws, tmp_path):
    """The demo's 52 entries spilled 6 lines onto page 3: now all are on page 2,
    and page 3 starts the report with no line of the contents."""
    path = make_report(demo_ws, tmp_path / "län.pdf", "county")
    reader = pypdf.PdfReader(str(path))
    contents = reader.pages[1].extract_text()
    assert "Innehåll" in [line.strip() for line in contents.splitlines()]
    flat = squeeze(contents)
    for title in outline_titles(reader.outline):
        assert squeeze(title) in flat, title
    links = links_per_page(reader)
    assert links[1] == len(outline_titles(reader.outline))
    assert links[2] == 0 and sum(links) == links[1]
    assert "Matrisen: hur metoderna används" in reader.pages[2].extract_text()


def test_long_contents_fill_pages_without_a_lone_heading_at_the_bottom(demo_ws, tmp_path):
    """With 40 organisations the contents need two pages: the first is full and
    no entry with sub-entries is the last line of a page. (Each has mapped a
    method: one with nothing mapped has no matrix, so no entry.)"""
    area = demo_ws.areas()[0].id
    item = demo_ws.items()[0].id
    for n in range(23):
        unit = demo_ws.add_unit(f"Kommun nummer {n}", "municipality", area)
        demo_ws.set_assessment(unit, item, status="not_used")
    path = make_report(demo_ws, tmp_path / "län.pdf", "county")
    reader = pypdf.PdfReader(str(path))
    links = links_per_page(reader)
    titles = outline_titles(reader.outline)
    assert links[1] > 50 and links[1] + links[2] == len(titles) and sum(links[3:]) == 0
    last_on_first_page = titles[links[1] - 1]
    assert last_on_first_page not in {o.title for o in reader.outline
                                      if not isinstance(o, list)}
    assert "Matrisen: hur metoderna används" in reader.pages[3].extract_text()


def test_contents_block_chooses_its_style_by_the_room():
    from app.core.report_pdf import Heading, TocBlock, TocLine

    def lines(count: int) -> list:
        out = []
        for n in range(count):
            heading = Heading(f"Rubrik {n}", 0 if n % 10 == 0 else 1)
            heading.key = f"h{n}"
            out.append(TocLine(heading))
        return out

    short = TocBlock(lines(10))
    _, height = short.wrap(500, 700)
    assert not short.compact and height < 700
    closer = TocBlock(lines(50))
    _, height = closer.wrap(500, 700)
    assert closer.compact and height <= 700          # fits only when set closer
    long = TocBlock(lines(100))
    _, height = long.wrap(500, 700)
    assert height > 700
    head, rest = long.split(500, 700)
    assert head.compact and rest.compact and len(head.lines) + len(rest.lines) == 100
    assert head.lines[-1].level >= rest.lines[0].level   # no parent entry left behind
    assert head.wrap(500, 700)[1] <= 700


# -- bookmarks, fonts, and what a report is asked for ----------------------------------

def test_county_report_of_one_organisation_is_refused(demo_ws, tmp_path):
    from app.core.reports import ReportError

    unit = demo_ws.units()[0]
    with pytest.raises(ReportError, match="organisationsrapport"):
        make_report(demo_ws, tmp_path / "x.pdf", "county", unit.id)
    assert not (tmp_path / "x.pdf").exists()
    make_report(demo_ws, tmp_path / "area.pdf", "county", demo_ws.areas()[0].id)


def test_cycle_bookmarks_name_the_team_and_open_in_the_bookmarks_pane(demo_ws, tmp_path):
    path = make_report(demo_ws, tmp_path / "pgsa.pdf", "cycles")
    reader = pypdf.PdfReader(str(path))
    titles = outline_titles(reader.outline)
    teams = {t.id: t.name for t in demo_ws.teams()}
    expected = [f"{teams[c.team_id]} – PGSA {c.number}: {c.title}"
                for t in demo_ws.teams() for c in demo_ws.cycles(t.id)]
    assert titles == expected
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    county = pypdf.PdfReader(str(make_report(demo_ws, tmp_path / "län.pdf", "county")))
    assert county.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    blank = pypdf.PdfReader(str(make_report(demo_ws, tmp_path / "tom.pdf", "cycles",
                                            blank=True)))
    assert blank.trailer["/Root"].get("/PageMode") != "/UseOutlines"   # no bookmarks


def _fonts(reader) -> dict[str, bool]:
    """Every font any page or form uses: name -> embedded."""
    found: dict[str, bool] = {}

    def visit(resources):
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in reader.pages:
        visit(page.get("/Resources"))
    return found


@pytest.mark.parametrize("kind, blank", [("county", False), ("unit", False),
                                         ("cycles", False), ("cycles", True)])
def test_every_font_is_embedded(demo_ws, tmp_path, kind, blank):
    scope = demo_ws.units()[0].id if kind == "unit" else None
    path = make_report(demo_ws, tmp_path / "r.pdf", kind, scope, blank=blank)
    fonts = _fonts(pypdf.PdfReader(str(path)))
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
