"""A section with nothing to list (its heading and "Inga öppna avvikelser.")
follows the previous content on its page. The new-user trial's county report
ended with a page holding nothing but that line: the section's page break
(section_start: a new page when less than 50 mm is left) was meant for a
section's first lines of content, and an empty section is shorter than that."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("pypdf")

from report_helpers import flat, pdf_pages  # noqa: E402

from app.core.reports import make_report  # noqa: E402

MM = 72 / 25.4


def _filled(room_left: float, after: list) -> list:
    """Spacers filling a page's frame but room_left points, then after."""
    from reportlab.platypus import Spacer

    from app.core.report_pdf import BODY_HEIGHT

    return [Spacer(1, BODY_HEIGHT - room_left), *after]


def _empty_sections():
    """The three sections that can have nothing to list, each with its line."""
    from app.core.report_content import ReportContent, ReportOptions
    from app.core.report_improvement import ImprovementContent
    from app.core.report_improvement_pdf import deviations_section, improvement_section
    from app.core.report_sections import findings_section

    nothing = ImprovementContent(teams=[], follow_up={}, deviations=[], team_names={})
    content = ReportContent(kind="county", title="Länsrapport", scope_label="Län",
                            workspace="Yta", county="Län", created=None, rows=[],
                            columns=[], options=ReportOptions(), unit_names={},
                            area_names={})
    return {
        "Inga öppna avvikelser.": deviations_section(nothing, {}),
        "Inga förbättringsområden är registrerade.": findings_section(content),
        "Inga förbättringsteam är registrerade.": improvement_section(nothing, charts=False),
    }


@pytest.mark.parametrize("line", list(_empty_sections()))
@pytest.mark.parametrize("room_mm, same_page", [(45, True), (30, True), (8, False)])
def test_an_empty_section_follows_on_the_page_when_it_fits(tmp_path, line, room_mm,
                                                           same_page):
    """With room for its heading and its line (less than section_start's 50 mm)
    it stays under the previous content; with too little, heading and line move
    to the next page together (the heading is never left alone)."""
    from reportlab.platypus import Paragraph

    from app.core.report_pdf import DocInfo, Heading, build_pdf, styles

    section = _empty_sections()[line]
    story = [Paragraph("Föregående", styles()["body"]),
             *_filled(room_mm * MM + styles()["body"].leading, section)]
    path = build_pdf(tmp_path / "t.pdf", DocInfo("Rapport", "Test", "Yta", "2026-01-01"),
                     story, toc=False, cover=False)
    pages = [flat(p) for p in pdf_pages(path)]
    where = [n for n, p in enumerate(pages) if line in p]
    assert where == [0] if same_page else where == [1], (line, room_mm, len(pages))
    assert len(pages) == (1 if same_page else 2)
    heading = next(f for f in section if isinstance(f, Heading))
    assert flat(heading.text) in pages[where[0]]   # the heading goes where its line goes


def test_the_county_report_with_no_open_deviations_has_no_page_for_them(demo_file, tmp_path):
    """The trial: the demo with every deviation corrected. The follow-up's last
    table left about 48 mm; "Öppna avvikelser" had a page of its own."""
    from app.workspace import Workspace

    copy = tmp_path / "demo.vardflata"
    shutil.copy(demo_file, copy)
    ws = Workspace.open(copy)
    try:
        for d in ws.deviations(open_only=True):
            ws.update_deviation(d.id, status="corrected")
        pages = [flat(p) for p in pdf_pages(make_report(ws, tmp_path / "län.pdf", "county"))]
    finally:
        ws.close()
    last = pages[-1]
    assert "Inga öppna avvikelser." in last
    # Not alone: the page also holds (the end of) the follow-up before it.
    before = last[:last.index("Öppna avvikelser")]
    assert "Utveckling Inga mått kopplade." in before
