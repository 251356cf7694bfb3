"""The overall aim of a PGSA cycle on its printed worksheet: its own, or the
team's only aim said to be the team's (the app's worksheet shows the same)."""

from __future__ import annotations

import pytest

pypdf = pytest.importorskip("pypdf")

from app.core.report_improvement import cycle_aim, cycle_content  # noqa: E402
from app.core.reports import make_report  # noqa: E402


def test_a_cycle_without_an_aim_gets_the_teams_only_aim_marked_as_the_teams(ws, tmp_path):
    team = ws.add_team("SIP-teamet")
    aim = ws.add_aim(team, "Fler får SIP inom 30 dagar")
    bare = ws.add_cycle(team, "Ring upp", starts_on="2026-03-02")
    own = ws.add_cycle(team, "Kallelse", starts_on="2026-03-09", aim_id=aim)
    assert cycle_aim(ws, ws.cycle(bare)) == ("Fler får SIP inom 30 dagar", True)
    assert cycle_aim(ws, ws.cycle(own)) == ("Fler får SIP inom 30 dagar", False)
    assert cycle_content(ws, bare)["aim"] == "Fler får SIP inom 30 dagar (teamets mål)"
    assert cycle_content(ws, own)["aim"] == "Fler får SIP inom 30 dagar"
    path = make_report(ws, tmp_path / "pgsa.pdf", "cycles", cycle_ids=[bare])
    page = " ".join(pypdf.PdfReader(str(path)).pages[0].extract_text().split())
    assert "Fler får SIP inom 30 dagar (teamets mål)" in page
    # two aims: which one the cycle serves is not known, and nothing is shown
    ws.add_aim(team, "Färre återinläggningar")
    assert cycle_aim(ws, ws.cycle(bare)) == ("", False)
    assert cycle_content(ws, bare)["aim"] == ""
