"""Roll-ups in the PDFs are shares of what is mapped, as the matrix on screen
(CellSummary, commit 88bfd82): the workshop's first week, with two of seventeen
organisations partly mapped, read as "3 % in use" and came to 17 pages, 14 of
them empty matrices; its page headers named the workspace's file."""

from __future__ import annotations

import pytest

pypdf = pytest.importorskip("pypdf")

from report_helpers import flat, outline_titles, pdf_pages  # noqa: E402

from app.core.model import CellSummary, Item  # noqa: E402
from app.core.report_content import MethodUse, ReportOptions, mapping_content  # noqa: E402
from app.core.reports import make_report  # noqa: E402
from app.workspace import Workspace  # noqa: E402

STATUSES = ["systematic", "partly", "not_used", "planned", "not_applicable"]


@pytest.fixture(scope="module")
def first_week(tmp_path_factory):
    """A new workspace named after its file ("lulea"), Luleå and Piteå having
    mapped a few methods each, the other fifteen organisations nothing."""
    path = tmp_path_factory.mktemp("first") / "lulea.vardflata"
    ws = Workspace.create(path)
    units = {u.name: u.id for u in ws.units()}
    items = ws.items()
    for name, step in (("Luleå", 3), ("Piteå", 5)):
        for n, item in enumerate(items[::step][:12]):
            ws.set_assessment(units[name], item.id, status=STATUSES[n % len(STATUSES)])
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def county_pdf(first_week, tmp_path_factory):
    path = make_report(first_week, tmp_path_factory.mktemp("pdf") / "län.pdf", "county")
    return path, pdf_pages(path)


def test_a_cell_is_a_share_of_the_mapped_and_says_what_is_not():
    """Two organisations mapped (one uses the method, one does not), fifteen not:
    50 %, "1 av 2 kartlagda", and "ej kartlagt: 15" said in the cell."""
    from app.core.report_sections import _cell_markup

    cell = CellSummary("r", "c", items=1, units=17,
                       counts={"systematic": 1, "not_used": 1, "unknown": 15})
    markup = _cell_markup(cell, single_unit=False)
    assert "<b>50 %</b> i bruk" in markup
    assert "1 av 2 kartlagda" in markup and "ej kartlagt: 15" in markup
    assert "?" not in markup          # the unmapped are said in words, not as "? 15"


def test_a_cell_of_only_not_applicable_says_so_not_unmapped():
    from app.core.report_sections import _cell_markup

    cell = CellSummary("r", "c", items=2, units=1, counts={"not_applicable": 2})
    assert _cell_markup(cell, single_unit=True).startswith("ej aktuellt")


def test_legend_says_the_share_is_of_the_mapped():
    from app.core.report_sections import legend

    intro = legend()[0].text
    assert "av de kartlagda metoderna" in intro and "ej kartlagt: 17" in intro


def test_a_methods_share_is_of_the_organisations_that_mapped_it():
    item = Item("i", "Rad", "Kolumn", "Metod", "r", "c")
    use = MethodUse(item, counts={"systematic": 1, "not_used": 1, "not_applicable": 1},
                    units=17)
    assert (use.applicable, use.mapped, use.unmapped) == (16, 2, 14)
    assert use.share_in_use == 0.5
    nobody = MethodUse(item, units=17)
    assert nobody.share_in_use is None and nobody.not_mapped_anywhere


def test_a_method_nobody_mapped_is_not_a_gap_but_listed_as_unmapped(first_week):
    content = mapping_content(first_week, "county", None, ReportOptions())
    for area in content.need_areas:
        gaps = {u.item.id for u in area.gaps}
        assert all(u.mapped for u in area.gaps if not u.needs)
        assert all(u.share_in_use is None and u.unmapped for u in area.unmapped)
        assert not gaps & {u.item.id for u in area.unmapped}
        # Used by the one organisation that mapped it: 100 %, not a gap.
        assert not any(u.share_in_use == 1.0 and not u.needs for u in area.gaps)
    assert sum(len(a.unmapped) for a in content.need_areas) > 0


def test_the_gaps_section_names_the_unmapped_apart(county_pdf):
    _, pages = county_pdf
    text = flat(" ".join(pages))
    assert "Ännu inte kartlagda" in text
    assert "har ingen organisation bedömt ännu; de räknas varken som i bruk eller som brister" \
        in text
    assert "i mindre än hälften av de organisationer som har kartlagt dem" in text
    assert "kartlagda:" in text          # "i bruk i 1 av 2 kartlagda: …"


def test_the_cover_and_the_matrix_say_how_far_the_mapping_has_come(first_week, county_pdf):
    _, pages = county_pdf
    items = len(first_week.items())
    left = 17 * items - 24
    expected = (f"Kartläggningen: 2 av 17 organisationer har kartlagt minst en metod; "
                f"{left:,} av {17 * items:,}".replace(",", "\u00a0"))
    assert flat(expected) in flat(pages[0])
    matrix = next(p for p in pages[2:] if "Matrisen: hur metoderna används" in p)
    assert flat(expected) in flat(matrix)


def test_organisations_with_nothing_mapped_get_a_line_not_a_page(county_pdf):
    path, pages = county_pdf
    titles = outline_titles(pypdf.PdfReader(str(path)).outline)
    assert "Luleå" in titles and "Piteå" in titles
    assert "Arjeplog" not in titles and "Kiruna" not in titles
    text = flat(" ".join(pages))
    assert "Ännu inte kartlagda: Arjeplog, Arvidsjaur, Boden," in text
    # Areas where nobody has mapped anything: named, no matrix of "ej kartlagt".
    assert "Samverkansområde Malmfälten" not in titles
    assert "ännu inte har kartlagt något (ingen matris): Malmfälten" in text


def test_everything_mapped_leaves_no_organisation_out(demo_ws):
    content = mapping_content(demo_ws, "county", None, ReportOptions())
    assert content.unmapped_units == [] and content.unmapped_areas == []
    assert len([m for m in content.matrices if m.kind == "unit"]) == len(demo_ws.units())


def test_page_headers_name_the_scope_not_the_file(first_week, county_pdf, tmp_path):
    _, pages = county_pdf
    assert all("lulea" not in page for page in pages[1:])
    assert "Länsrapport – Norrbottens län – hela länet" in pages[1]
    malm = next(a for a in first_week.areas() if a.name == "Malmfälten")
    area = pdf_pages(make_report(first_week, tmp_path / "malm.pdf", "county", malm.id))
    assert "lulea" not in area[1] and first_week.county_name in area[1]


def test_a_named_workspace_keeps_its_name_in_the_header(demo_ws, tmp_path):
    """The demo is named "Demo: Norrbotten (fiktiva uppgifter)": a reader must see it."""
    kiruna = next(u for u in demo_ws.units() if u.name == "Kiruna")
    pages = pdf_pages(make_report(demo_ws, tmp_path / "k.pdf", "unit", kiruna.id))
    assert demo_ws.name != demo_ws.path.stem
    assert flat(demo_ws.name) in flat(pages[1])


def test_an_area_with_no_organisations_is_not_called_unmapped(tmp_path):
    """Nothing to map is not 'ännu inte kartlagt' (review)."""
    ws = Workspace.create(tmp_path / "w.vardflata")
    ws.add_area("Nytt område")
    content = mapping_content(ws, "county", None, ReportOptions())
    assert "Nytt område" not in content.unmapped_areas
    assert "Malmfälten" in content.unmapped_areas
    ws.close()
