"""The app's PGSA worksheet shows the aim the printed one shows: a cycle without
an aim of its own, in a team with one aim, reads '… (teamets mål)'."""

from __future__ import annotations


def test_worksheet_shows_the_teams_only_aim_as_the_pdf_does(qtbot, ws):
    from app.gui.application import make_application
    from app.gui.improvement_pgsa import CycleForm

    make_application()
    team = ws.add_team("SIP-teamet")
    ws.add_aim(team, "Fler får SIP inom 30 dagar")
    cycle = ws.add_cycle(team, "Ring upp", starts_on="2026-03-02")
    form = CycleForm(ws, cycle)
    qtbot.addWidget(form)
    combo = form.widget("aimCombo")
    assert combo.currentText() == "Fler får SIP inom 30 dagar (teamets mål)"
    assert combo.currentData() is None          # still no aim recorded for the cycle
    ws.add_aim(team, "Färre återinläggningar")
    form2 = CycleForm(ws, cycle)
    qtbot.addWidget(form2)
    assert form2.widget("aimCombo").currentText() == "(inget)"
    # No change idea: "(ingen)", as "idé" is en-gender (new-user trial read "(inget)").
    assert form2.widget("changeIdeaCombo").currentText() == "(ingen)"
