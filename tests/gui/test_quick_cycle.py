"""Ny PGSA-cykel (Ctrl+Skift+N) saves what it shows, and the worksheet's page
mnemonics take the keyboard to the page (trial C: "Förändringsidé: (ingen)"
was saved with the previous cycle's idea, the aim and measure were not the
measure's the cycle was asked for from, the question was Swedish in English,
and after Alt+G the observations were typed into Start)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.gui.improvement_pgsa import QuickCycleDialog


@pytest.fixture()
def work(opened):
    """A team of its own in the demo: two aims, a measure on each, an idea,
    and cycle 1 (aim A, measure A, the idea), then cycle 2 (aim B, measure B)."""
    ws = opened.ws
    team = ws.add_team("Team Snabbcykel")
    aim_a, aim_b = ws.add_aim(team, "Mål A"), ws.add_aim(team, "Mål B")
    measure_a = ws.add_measure(team, "Mått A", aim_id=aim_a)
    measure_b = ws.add_measure(team, "Mått B", aim_id=aim_b)
    idea = ws.add_change_idea(team, "Idé A")
    first = ws.add_cycle(team, "Cykel A", aim_id=aim_a, change_idea_id=idea,
                         measure_ids=[measure_a])
    second = ws.add_cycle(team, "Cykel B", aim_id=aim_b, measure_ids=[measure_b])
    return {"ws": ws, "team": team, "aim_a": aim_a, "aim_b": aim_b, "measure_a": measure_a,
            "measure_b": measure_b, "idea": idea, "first": first, "second": second}


def _shown(dialog: QuickCycleDialog) -> tuple:
    """(builds on, aim, measures, idea) as the dialog shows them."""
    return (dialog.previous.currentText(), dialog.aim.currentText(),
            dialog.measures.currentText(), dialog.idea.currentText())


def _create(opened, dialog: QuickCycleDialog, objective: str):
    """Create the cycle as the view does with the dialog's values."""
    values = dialog.values()
    team = values.pop("team_id")
    return opened.ws.cycle(opened.ws.quick_cycle(team, objective, **{
        k: v for k, v in values.items() if k not in ("objective", "starts_on")}))


def test_the_dialog_shows_what_the_cycle_takes_over_and_saves_that(opened, work, qtbot):
    dialog = QuickCycleDialog(work["ws"], work["team"], opened)
    qtbot.addWidget(dialog)
    # From the team: on its latest cycle, and what that one has.
    assert _shown(dialog) == ("2. Cykel B", "Mål B", "Mått B", "(ingen)")
    dialog.previous.setCurrentIndex(dialog.previous.findData(work["first"]))
    assert _shown(dialog) == ("1. Cykel A", "Mål A", "Mått A", "Idé A")
    saved = _create(opened, dialog, "Följer A")
    assert (saved.previous_id, saved.aim_id, saved.measure_ids, saved.change_idea_id) == (
        work["first"], work["aim_a"], (work["measure_a"],), work["idea"])
    # "(ingen)" chosen is none, though cycle A has an idea.
    dialog.idea.setCurrentIndex(dialog.idea.findData(None))
    saved = _create(opened, dialog, "Utan idé")
    assert saved.previous_id == work["first"] and saved.change_idea_id is None
    dialog.previous.setCurrentIndex(dialog.previous.findData(None))
    assert _shown(dialog) == ("(ingen – första cykeln)", "(inget)", "(inget)", "(ingen)")
    saved = _create(opened, dialog, "Fristående")
    assert (saved.previous_id, saved.aim_id, saved.measure_ids, saved.change_idea_id) == (
        None, None, (), None)


def test_several_measures_taken_over_are_one_choice(opened, work, qtbot):
    ws = work["ws"]
    both = ws.add_cycle(work["team"], "Cykel AB", aim_id=work["aim_a"],
                        measure_ids=[work["measure_a"], work["measure_b"]])
    dialog = QuickCycleDialog(ws, work["team"], opened)
    qtbot.addWidget(dialog)
    assert dialog.previous.currentData() == both
    assert dialog.measures.currentText() == "Mått A, Mått B"
    assert dialog.values()["measure_ids"] == [work["measure_a"], work["measure_b"]]
    dialog.measures.setCurrentIndex(dialog.measures.findText("Mått B"))
    assert dialog.values()["measure_ids"] == [work["measure_b"]]


def test_from_a_measure_the_cycle_is_about_it(opened, work, qtbot):
    """Ctrl+Skift+N on measure A: aim A and measure A, building on the latest
    cycle on it (cycle 1), not on the team's latest (cycle 2, about aim B)."""
    ws = work["ws"]
    dialog = QuickCycleDialog(ws, work["team"], opened, about=work["measure_a"])
    qtbot.addWidget(dialog)
    assert _shown(dialog) == ("1. Cykel A", "Mål A", "Mått A", "Idé A")
    # A new measure on aim A: the latest cycle on its aim, and the measure too.
    new = ws.add_measure(work["team"], "Nytt mått", aim_id=work["aim_a"])
    dialog = QuickCycleDialog(ws, work["team"], opened, about=new)
    qtbot.addWidget(dialog)
    assert _shown(dialog) == ("1. Cykel A", "Mål A", "Mått A, Nytt mått", "Idé A")
    # A new aim with no cycles: the first cycle on it, not one about another aim.
    aim = ws.add_aim(work["team"], "Nytt mål")
    measure = ws.add_measure(work["team"], "Mått på nytt mål", aim_id=aim)
    dialog = QuickCycleDialog(ws, work["team"], opened, about=measure)
    qtbot.addWidget(dialog)
    assert _shown(dialog) == ("(ingen – första cykeln)", "Nytt mål", "Mått på nytt mål",
                              "(ingen)")
    saved = _create(opened, dialog, "Första på nya målet")
    assert (saved.previous_id, saved.aim_id, saved.measure_ids, saved.change_idea_id) == (
        None, aim, (measure,), None)
    # Building on cycle 2 (aim B) instead: cycle 2's aim and measure, not the new one.
    dialog.previous.setCurrentIndex(dialog.previous.findData(work["second"]))
    assert _shown(dialog) == ("2. Cykel B", "Mål B", "Mått B", "(ingen)")
    # From an aim: that aim, on its latest cycle.
    dialog = QuickCycleDialog(ws, work["team"], opened, about=work["aim_b"])
    qtbot.addWidget(dialog)
    assert _shown(dialog)[:2] == ("2. Cykel B", "Mål B")
    # Another team chosen in the dialog: the measure is not its, its latest cycle.
    other = ws.teams()[0].id
    dialog = QuickCycleDialog(ws, other, opened, about=work["measure_a"])
    qtbot.addWidget(dialog)
    assert dialog.previous.currentData() == ws.cycles(other)[-1].id


class _English(QTranslator):
    """The question in English, whatever the .qm holds yet."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "QuickCycleDialog" and source == "Vad händer när vi testar?":
            return "What will happen when we test it?"
        return None


def test_the_prediction_is_stored_with_the_question_in_the_users_language(opened, work,
                                                                          qtbot):
    english = _English()
    QCoreApplication.installTranslator(english)
    try:
        dialog = QuickCycleDialog(work["ws"], work["team"], opened)
        qtbot.addWidget(dialog)
        dialog.prediction.setPlainText("Fewer no-shows")
        saved = _create(opened, dialog, "Send SMS reminders")
    finally:
        QCoreApplication.removeTranslator(english)
    assert [(q.question, q.prediction) for q in saved.questions] == [
        ("What will happen when we test it?", "Fewer no-shows")]


def _quick_capture_on(opened, qtbot, record_id: str, selected: str):
    """Ctrl+Skift+N's dialog, opened with a team or measure selected on the tab."""
    view = opened.improvement
    opened.views.setCurrentWidget(view)
    view.select(record_id)
    qtbot.waitUntil(lambda: getattr(view, selected) == record_id)
    return view.ask_quick_cycle()


def test_the_view_saves_the_dialogs_choices(opened, work, qtbot):
    """Through Ctrl+Skift+N's own path: "(ingen)" chosen stays none."""
    dialog = _quick_capture_on(opened, qtbot, work["team"], "team_id")
    dialog.previous.setCurrentIndex(dialog.previous.findData(work["first"]))
    assert dialog.idea.currentText() == "Idé A"
    dialog.idea.setCurrentIndex(dialog.idea.findData(None))
    dialog.objective.setText("Utan idé (vyn)")
    dialog.accept()
    saved = next(c for c in opened.ws.cycles(work["team"]) if c.objective == "Utan idé (vyn)")
    assert (saved.previous_id, saved.aim_id, saved.change_idea_id) == (
        work["first"], work["aim_a"], None)


def test_ctrl_shift_n_on_a_measure_is_about_that_measure(opened, work, qtbot):
    dialog = _quick_capture_on(opened, qtbot, work["measure_a"], "measure_id")
    assert _shown(dialog) == ("1. Cykel A", "Mål A", "Mått A", "Idé A")
    dialog.reject()


@pytest.mark.parametrize(("key", "page", "field"), [
    (Qt.Key.Key_G, "doPage", "observationsEdit"),
    (Qt.Key.Key_U, "studyPage", "resultsEdit"),
    (Qt.Key.Key_A, "actPage", "nextStepEdit"),
    (Qt.Key.Key_P, "planPage", "objectiveEdit"),
], ids=["Göra", "Studera", "Agera", "Planera"])
def test_a_pages_mnemonic_takes_the_keyboard_to_its_first_text_field(opened, work, qtbot,
                                                                     key, page, field):
    """Alt+G from Start: Göra shown, and what is typed next is an observation
    (a list before it, Genomfört som planerat? or Beslut, would take the typed
    letters as a choice)."""
    form = opened.improvement.open_cycle(work["second"])
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    if page == "planPage":
        form.phase_tabs.setCurrentIndex(2)
    start = form.widget("startsEdit")
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    qtbot.keyClick(start, key, Qt.KeyboardModifier.AltModifier)
    assert form.phase_tabs.currentWidget().objectName() == page
    edit = form.widget(field)
    assert QApplication.focusWidget() is edit
    qtbot.keyClicks(QApplication.focusWidget(), "Ringde 12")
    assert edit.toPlainText().endswith("Ringde 12")
    assert start.text() == form.cycle.starts_on
    form.done(0)
