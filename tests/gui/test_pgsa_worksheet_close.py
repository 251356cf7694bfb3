"""Closing the PGSA worksheet: Esc, the window's close button and Avbryt close
it at once when nothing was changed, and otherwise ask "Spara ändringarna?"
(Spara / Släng / Avbryt); typed text is never dropped unasked, and no empty
modal window is ever left behind (the trial's Esc hid the Designer form, itself
a QDialog, inside a worksheet window that stayed open, modal and grey)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app.gui.core_messages import error_text
from app.gui.improvement_pgsa import CycleForm


@pytest.fixture()
def worksheet(opened, qtbot):
    """worksheet(row=0): the worksheet of a PGSA log row, opened as "Öppna
    arbetsblad" opens it (window-modal), with its first field focused."""
    view = opened.improvement
    opened.views.setCurrentWidget(view)
    view.pages.setCurrentWidget(view.log_page)

    def open_row(row: int = 0) -> CycleForm:
        view.cycles_view.setCurrentIndex(view.cycles_model.index(row, 0))
        form = view.open_selected_cycle()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(lambda: form.isAncestorOf(QApplication.focusWidget()))
        return form

    return open_row


def _type_into_data_plan(form: CycleForm, qtbot, text: str = " Rakna varje fredag"):
    """Alt+D (Data att samla in) and type, as the trial did."""
    QTest.keyClick(QApplication.focusWidget() or form, Qt.Key.Key_D,
                   Qt.KeyboardModifier.AltModifier)
    edit = form.widget("dataPlanEdit")
    qtbot.waitUntil(edit.hasFocus)
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, text)
    return edit


def _question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.windowTitle() == "Spara ändringarna?"
    return box


def _answer(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    box.button(button).click()


def _closed(form: CycleForm) -> bool:
    return not form.isVisible() and QApplication.activeModalWidget() is None


def test_esc_with_no_changes_closes_at_once(worksheet, qtbot, opened):
    form = worksheet()
    finished = []
    form.finished.connect(finished.append)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert _closed(form) and finished == [0]
    assert not opened.undo_stack.canUndo()
    # the main window takes keys again: the log's own shortcut opens the next one
    again = worksheet(1)
    assert again.isVisible() and again.form.isVisible()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert _closed(again)


def test_esc_after_typing_asks_and_spara_saves(worksheet, qtbot, opened):
    form = worksheet()
    before = form.cycle.data_plan
    edit = _type_into_data_plan(form, qtbot)
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    # never the empty window: the form is still there, with what was typed
    assert form.isVisible() and form.form.isVisible() and edit.isVisible()
    box = _question(qtbot)
    assert "PGSA-cykel 1" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    _answer(box, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: _closed(form))
    saved = opened.ws.cycle(form.cycle.id).data_plan
    assert saved == (before + " Rakna varje fredag").strip()
    opened.undo_stack.undo()                          # one undoable change, as Spara
    assert opened.ws.cycle(form.cycle.id).data_plan == before


def test_esc_after_typing_then_slang_discards(worksheet, qtbot, opened):
    form = worksheet()
    before = form.cycle.data_plan
    edit = _type_into_data_plan(form, qtbot)
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    _answer(_question(qtbot), QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: _closed(form))
    assert opened.ws.cycle(form.cycle.id).data_plan == before
    assert not opened.undo_stack.canUndo()


def test_esc_after_typing_then_avbryt_goes_back_to_the_text(worksheet, qtbot, opened):
    form = worksheet()
    edit = _type_into_data_plan(form, qtbot)
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    box = _question(qtbot)
    QTest.keyClick(box, Qt.Key.Key_Escape)            # Esc in the question: Avbryt
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is form)
    assert form.isVisible() and form.form.isVisible()
    assert edit.toPlainText().endswith("Rakna varje fredag")
    qtbot.waitUntil(edit.hasFocus)                    # typing goes on where it was
    # and Esc asks again; Enter in the question saves
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    box = _question(qtbot)
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _closed(form))
    assert opened.ws.cycle(form.cycle.id).data_plan.endswith("Rakna varje fredag")


def test_close_button_after_typing_asks_too(worksheet, qtbot, opened):
    form = worksheet()
    before = form.cycle.data_plan
    _type_into_data_plan(form, qtbot)
    assert not form.close()                           # the window's X: not closed yet
    assert form.isVisible() and form.form.isVisible()
    box = _question(qtbot)
    assert not form.close()                           # X again: still the one question
    assert QApplication.activeModalWidget() is box
    assert len(form.findChildren(QMessageBox)) == 1
    _answer(box, QMessageBox.StandardButton.Cancel)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is form)
    assert opened.ws.cycle(form.cycle.id).data_plan == before
    form.close()
    _answer(_question(qtbot), QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: _closed(form))
    assert opened.ws.cycle(form.cycle.id).data_plan.endswith("Rakna varje fredag")


def test_close_button_with_no_changes_closes_at_once(worksheet, qtbot):
    form = worksheet()
    assert form.close()
    assert _closed(form)


def test_avbryt_button_after_typing_asks(worksheet, qtbot, opened):
    from PySide6.QtWidgets import QDialogButtonBox

    form = worksheet()
    before = form.cycle.data_plan
    _type_into_data_plan(form, qtbot)
    cancel = form.widget("buttonBox").button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    _answer(_question(qtbot), QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: _closed(form))
    assert opened.ws.cycle(form.cycle.id).data_plan == before


def test_every_demo_worksheet_opens_unchanged(worksheet, qtbot, opened):
    """No question when nothing was typed: a worksheet as loaded has no changes
    (a measure order, an empty row or a number as a bool is no change)."""
    view = opened.improvement
    for row in range(view.cycles_model.rowCount()):
        form = worksheet(row)
        assert form.changes() == ({}, {}), form.cycle.title
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert _closed(form), form.cycle.title


def test_the_form_closing_itself_never_leaves_an_empty_window(worksheet, qtbot):
    """Whatever closes the embedded Designer dialog on its own, the worksheet
    shows it again and closes the way Esc does."""
    form = worksheet()
    form.form.reject()
    assert _closed(form) and not form.form.isHidden()     # shown when opened again
    form = worksheet()
    _type_into_data_plan(form, qtbot)
    form.form.reject()
    assert form.isVisible() and form.form.isVisible()
    _answer(_question(qtbot), QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: _closed(form))


def test_a_refused_save_keeps_the_worksheet_open_with_the_text(worksheet, qtbot, opened,
                                                               monkeypatch):
    errors = []
    monkeypatch.setattr(opened, "show_error",
                        lambda title, error: errors.append(error_text(error)))
    form = worksheet()
    edit = _type_into_data_plan(form, qtbot)
    form.widget("endsEdit").setText("31/12/2026")
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    _answer(_question(qtbot), QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert "ÅÅÅÅ-MM-DD" in errors[0]
    assert form.isVisible() and edit.toPlainText().endswith("Rakna varje fredag")
    assert not opened.undo_stack.canUndo()
    form.widget("endsEdit").setText("2026-12-31")
    form.accept()                                     # Spara, corrected
    assert _closed(form)
    assert opened.ws.cycle(form.cycle.id).ends_on == "2026-12-31"
    assert opened.undo_stack.count() == 1             # saved once, not twice


def test_a_read_only_copy_closes_without_asking(window, demo_copy, qtbot):
    assert window.open_path(demo_copy, read_only=True)
    view = window.improvement
    window.views.setCurrentWidget(view)
    view.pages.setCurrentWidget(view.log_page)
    view.cycles_view.setCurrentIndex(view.cycles_model.index(0, 0))
    form = view.open_selected_cycle()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: form.isAncestorOf(QApplication.focusWidget()))
    plan = form.widget("dataPlanEdit")
    assert plan.isReadOnly() and not form.widget("addQuestionButton").isEnabled()
    buttons = form.form.findChild(QDialogButtonBox, "buttonBox")
    assert buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Stäng"
    plan.setPlainText("kan inte sparas")       # a script could; Esc still asks nothing
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert _closed(form)


@pytest.mark.parametrize("status, decision, expected", [
    ("do", "adopt", "act"), ("plan", "abandon", "act"), ("study", "adapt", "act"),
    ("done", "adopt", "done"),       # a closed cycle stays closed
    ("do", None, "do"),              # "Inget beslut ännu" moves nothing
])
def test_choosing_a_decision_moves_the_cycle_on_to_agera(worksheet, qtbot, opened,
                                                          status, decision, expected):
    """The trial saved Beslut "Anta" on a cycle whose Status still said "Göra":
    a decision is the Agera step's, so choosing one by keyboard moves a cycle
    before it on, in the form, where it can still be changed before saving."""
    form = worksheet()
    status_combo, decision_combo = form.widget("statusCombo"), form.widget("decisionCombo")
    status_combo.setCurrentIndex(status_combo.findData(status))
    decision_combo.setCurrentIndex(decision_combo.findData("adapt" if decision is None
                                                           else None))
    decision_combo.setFocus()
    qtbot.waitUntil(decision_combo.hasFocus)
    while decision_combo.currentData() != decision:      # arrows on the closed list
        QTest.keyClick(decision_combo, Qt.Key.Key_Down if decision else Qt.Key.Key_Up)
    assert status_combo.currentData() == expected
    QTest.keyClick(form.widget("titleEdit"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = opened.ws.cycle(form.cycle.id)
    assert (saved.status, saved.decision) == (expected, decision)
