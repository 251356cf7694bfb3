"""A name pasted long (a team named with a whole paragraph, 3,000 characters)
made a heading taller than a page, which ReportLab cannot split: the county
and team reports failed (robustness review). Names now stop at NAME_LIMIT,
and headings are cut at HEADING_LIMIT; the whole name stays in the workspace."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from report_helpers import outline_titles, pdf_text  # noqa: E402

from app.core.report_pdf import HEADING_LIMIT  # noqa: E402
from app.core.reports import make_report  # noqa: E402
from app.core.validate import NAME_LIMIT  # noqa: E402


def test_reports_with_very_long_names_are_written(demo_ws, tmp_path):
    from pypdf import PdfReader

    team = demo_ws.teams()[0]
    long_name = ("Team " + "med ett mycket långt namn " * 40)[:NAME_LIMIT]
    demo_ws.update_team(team.id, name=long_name)
    demo_ws.add_finding(("Förbättringsområde " + "med lång rubrik " * 70)[:NAME_LIMIT])
    county = make_report(demo_ws, tmp_path / "län.pdf", "county")
    assert "Team med ett mycket långt namn" in pdf_text(county)
    titles = outline_titles(PdfReader(county).outline)
    cut = [t for t in titles if t.startswith("Team med ett mycket")]
    assert cut and all(len(t) <= HEADING_LIMIT and t.endswith("…") for t in cut)
    make_report(demo_ws, tmp_path / "team.pdf", "team", team.id)
    assert demo_ws.teams()[0].name == long_name.strip()               # kept whole


def test_a_name_longer_than_the_limit_is_refused_with_a_sentence(demo_ws):
    import pytest

    from app.core.store import StoreError

    with pytest.raises(StoreError, match=f"för lång text .*högst {NAME_LIMIT} tecken"):
        demo_ws.add_finding("x" * (NAME_LIMIT + 1))
    assert demo_ws.add_finding("x" * NAME_LIMIT)


def test_a_quick_cycles_long_objective_is_cut_to_its_title_not_refused(demo_ws):
    """The objective is free text; only the title made from it is a name (review)."""
    objective = "Ta reda på om " + "mallen fungerar i vardagen " * 60      # > NAME_LIMIT
    cycle_id = demo_ws.quick_cycle(demo_ws.teams()[0].id, objective)
    cycle = demo_ws.cycle(cycle_id)
    assert len(cycle.title) <= 80 and cycle.objective.startswith("Ta reda på om")
