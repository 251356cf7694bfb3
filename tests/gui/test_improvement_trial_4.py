"""What the fourth new-user trial of the improvement work found, by keyboard:

- After saving a PGSA worksheet the log's current row went back to row 1,
  another team's cycle, and the next Enter opened that one.
- Alt+F (Förbättringsarbete) the first time left the keyboard on the empty
  tab page: nothing showed it, and the arrows did nothing.
- The status bar still said "Mätvärden inklistrade: 10" after a cycle was
  made and its worksheet saved; a saved form now says so.
- A measure's first values: period, Tab, value, Enter, and the next value was
  typed on the next row's period (already suggested) and refused as no period.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui import test_measure_grid_typing as typing_grid
from tests.gui.test_measure_grid_typing import ENTER, TAB, Keys, _cell, _new_row, _settled

grid = typing_grid.grid              # the measure grid's fixture

ALT = Qt.KeyboardModifier.AltModifier


def _active(opened, qtbot) -> None:
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)


def test_saving_a_worksheet_keeps_its_cycle_the_logs_current_row(opened, qtbot):
    view = opened.improvement
    opened.views.setCurrentWidget(view)
    _active(opened, qtbot)
    view.pages.setCurrentWidget(view.log_page)
    model = view.cycles_model
    qtbot.waitUntil(lambda: model.rowCount() > 3)
    row = model.rowCount() - 1                       # not the first: another team's
    view.cycles_view.setCurrentIndex(model.index(row, 1))
    chosen = view.selected_cycle_id()
    form = view.open_cycle(chosen)
    qtbot.waitUntil(form.isVisible)
    title = form.widget("titleEdit")
    title.setText(title.text() + " (ändrad)")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Return)         # Enter in a text line saves
    qtbot.waitUntil(lambda: not form.isVisible())
    qtbot.waitUntil(lambda: view.ws.cycle(chosen).title.endswith("(ändrad)"))
    qtbot.wait(50)                                   # the log's refresh
    assert view.selected_cycle_id() == chosen
    assert view.cycles_view.currentIndex().column() == 1
    # Said, in place of whatever the status bar said before.
    assert opened.statusBar().currentMessage().startswith("Sparat: Ändra PGSA-cykel")


def test_alt_f_the_first_time_takes_the_keyboard_to_the_team_tree(opened, qtbot):
    _active(opened, qtbot)
    opened.mapping.matrix_view.setFocus()
    assert opened.improvement_tab.built is None      # never shown yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: opened.improvement_tab.built is not None)
    tree = opened.improvement.tree
    qtbot.waitUntil(tree.hasFocus)
    before = tree.currentIndex()
    qtbot.keyClick(tree, Qt.Key.Key_Down)            # and the arrows move in it
    assert tree.currentIndex() != before


def test_the_second_value_of_a_new_measure_goes_into_the_value_column(grid, qtbot):
    view, measure_id, errors = grid("count", periods={})
    keys = Keys(qtbot, view, settle=True)
    _new_row(view)
    keys("2025-09", TAB, "52", ENTER)
    _settled(qtbot, view, measure_id, "2025-09", (None, None, 52, ""))
    assert _cell(view) == ("2025-10", 1)             # the suggested period's value
    keys("48", ENTER)
    _settled(qtbot, view, measure_id, "2025-10", (None, None, 48, ""))
    assert _cell(view) == ("2025-11", 1)
    assert not errors


def test_ctrl_s_saves_the_worksheet_from_a_many_line_field_and_a_cell_being_typed(
        opened, qtbot):
    """Enter starts a new line in the worksheet's many-line fields, and Spara has
    no Alt letter left: the trial had to go back to a one-line field to save."""
    from PySide6.QtWidgets import QPlainTextEdit

    view = opened.improvement
    opened.views.setCurrentWidget(view)
    _active(opened, qtbot)
    cycle = view.ws.cycles()[0]
    form = view.open_cycle(cycle.id)
    qtbot.waitUntil(form.isVisible)
    form.activateWindow()
    many = next(w for w in form.findChildren(QPlainTextEdit) if w.isVisible()
                and not w.isReadOnly())
    many.setFocus()
    qtbot.waitUntil(many.hasFocus)
    qtbot.keyClicks(many, "Mer att lara")
    tasks = form.widget("tasksTable")
    tasks.setFocus()
    row = tasks.rowCount() - 1
    tasks.setCurrentCell(row, 0)
    tasks.editItem(tasks.item(row, 0))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Ringa in klient")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    saved = view.ws.cycle(cycle.id)
    assert "Ringa in klient" in [t.what for t in saved.tasks]
    assert any("Mer att lara" in (getattr(saved, f) or "") for f in (
        "objective", "data_plan", "observations", "problems", "results", "learning"))
