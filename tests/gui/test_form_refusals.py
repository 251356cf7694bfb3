"""A form whose value the program refuses stays open with everything typed in
it (the workshop trial lost a whole "Nytt mål" to a date written 31/12/2026)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from app.gui.core_messages import error_text


@pytest.fixture()
def team_view(opened, qtbot):
    """The improvement tab with the demo's first team selected."""
    view = opened.improvement
    opened.views.setCurrentWidget(view)
    team = opened.ws.teams()[0]
    view.select(team.id)
    qtbot.waitUntil(lambda: view.team_id == team.id)
    return view, team


def test_a_refused_date_keeps_the_aim_form_open_and_filled(opened, team_view, qtbot,
                                                          monkeypatch):
    errors = []
    monkeypatch.setattr(opened, "show_error",
                        lambda title, error: errors.append(error_text(error)))
    view, team = team_view
    aims_before = len(opened.ws.aims(team.id))
    dialog = view.ask_aim()
    qtbot.waitUntil(dialog.isVisible)
    title, amount, due = dialog.findChildren(QLineEdit)[:3]
    title.setText("Alla får en SIP inom 30 dagar")
    amount.setText("80 %")
    due.setText("31/12/2026")
    finished = []
    dialog.finished.connect(finished.append)
    dialog.accept()                                  # Spara
    assert len(errors) == 1 and "ÅÅÅÅ-MM-DD" in errors[0]
    assert dialog.isVisible() and not finished       # the form stays, as typed
    assert (title.text(), amount.text(), due.text()) == (
        "Alla får en SIP inom 30 dagar", "80 %", "31/12/2026")
    assert len(opened.ws.aims(team.id)) == aims_before
    due.setText("2026-12-31")
    dialog.accept()
    assert not dialog.isVisible() and finished == [1]
    aims = opened.ws.aims(team.id)
    assert len(aims) == aims_before + 1                # saved once, not twice
    assert any(a.due == "2026-12-31" and a.amount == "80 %" for a in aims)
    opened.undo_stack.undo()
    assert len(opened.ws.aims(team.id)) == aims_before


def test_cancel_still_saves_nothing(opened, team_view):
    view, team = team_view
    before = len(opened.ws.aims(team.id))
    dialog = view.ask_aim()
    dialog.findChildren(QLineEdit)[0].setText("Ett mål")
    dialog.reject()
    assert len(opened.ws.aims(team.id)) == before and not dialog.isVisible()


def test_a_refused_quick_cycle_stays_as_typed(opened, team_view, monkeypatch):
    from app.core.store import StoreError

    errors = []
    monkeypatch.setattr(opened, "show_error", lambda title, error: errors.append(title))
    view, team = team_view
    before = len(opened.ws.cycles(team.id))
    real = opened.ws.quick_cycle
    monkeypatch.setattr(opened.ws, "quick_cycle",
                        lambda *a, **k: (_ for _ in ()).throw(StoreError("disken är full")))
    dialog = view.ask_quick_cycle()
    dialog.objective.setText("Testa bokningen")
    dialog.accept()
    assert errors and dialog.isVisible()                   # the full disk refused it …
    assert dialog.objective.text() == "Testa bokningen"    # … and nothing typed is lost
    monkeypatch.setattr(opened.ws, "quick_cycle", real)
    dialog.accept()
    assert not dialog.isVisible() and len(opened.ws.cycles(team.id)) == before + 1
