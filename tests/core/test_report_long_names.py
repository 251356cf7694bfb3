"""A name pasted long (a team named with a whole paragraph, 3,000 characters)
made a heading taller than a page, which ReportLab cannot split: the county
and team reports failed (robustness review). Headings are cut at
HEADING_LIMIT; the whole name stays in the workspace."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from report_helpers import pdf_text  # noqa: E402

from app.core.report_pdf import HEADING_LIMIT  # noqa: E402
from app.core.reports import make_report  # noqa: E402


def test_reports_with_very_long_names_are_written(demo_ws, tmp_path):
    team = demo_ws.teams()[0]
    long_name = "Team " + "med ett mycket långt namn " * 120          # ~3,100 characters
    demo_ws.update_team(team.id, name=long_name)
    demo_ws.add_finding("Förbättringsområde " + "med lång rubrik " * 300)
    county = make_report(demo_ws, tmp_path / "län.pdf", "county")
    assert "Team med ett mycket långt namn" in pdf_text(county)
    make_report(demo_ws, tmp_path / "team.pdf", "team", team.id)
    assert demo_ws.teams()[0].name == long_name.strip()               # kept whole
    assert HEADING_LIMIT < len(long_name)
