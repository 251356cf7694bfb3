"""Tab into a cell that has a value, then typing, replaces the value, as in a
spreadsheet: the trial corrected a Nämnare of 26 by typing 23 after a Tab and
got 2623, with no warning, and the P chart went wild."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui import test_measure_grid_typing as typing_grid
from tests.gui.test_measure_grid_typing import Keys, _settled

grid = typing_grid.grid              # the measure grid's fixture

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return


@pytest.mark.parametrize("settle", [True, False], ids=["keys-apart", "keys-at-once"])
def test_tab_into_a_filled_cell_then_typing_replaces_its_value(grid, qtbot, settle):
    view, measure_id, errors = grid("proportion", {"2026-10": (19, 26), "2026-11": (12, 20)})
    keys = Keys(qtbot, view, settle)
    view.data_view.setCurrentIndex(view.data_model.index(0, 1))   # 2026-10's Täljare
    keys("21", TAB)
    editor = keys.editor()
    assert editor is not None and QApplication.focusWidget() is editor
    assert editor.selectedText() == "26"          # the old value, to be typed over
    keys("23", ENTER)
    _settled(qtbot, view, measure_id, "2026-10", (21, 23, 21 / 23, ""))
    assert errors == []


def test_a_note_typed_right_after_tab_keeps_its_first_letters(grid, qtbot):
    """The grid refreshes after the value Tab wrote; the note's editor, opened
    by that Tab and typed into meanwhile, keeps every letter."""
    view, measure_id, errors = grid("count", {"2026-10": (7,)})
    keys = Keys(qtbot, view, settle=True)
    view.data_view.setCurrentIndex(view.data_model.index(0, 1))   # 2026-10's value
    keys("8", TAB)
    editor = keys.editor()
    assert editor is not None
    keys("Ny")
    view.data_model.refresh()          # as the window does after each value written
    assert editor.text() == "Ny"
    keys(" rutin", ENTER)
    _settled(qtbot, view, measure_id, "2026-10", (None, None, 8, "Ny rutin"))
    assert errors == []


def test_a_value_for_a_period_not_yet_begun_is_kept_and_said(grid, qtbot, opened):
    from datetime import date

    from app.core.improvement_input import next_period

    this_month = f"{date.today():%Y-%m}"
    view, measure_id, errors = grid("count", {this_month: (5,)})
    keys = Keys(qtbot, view, settle=True)
    following = next_period(this_month, "month")
    row = view.data_model.rowCount() - 1           # the blank row: next month
    assert view.data_model.period(row) == following
    view.data_view.setCurrentIndex(view.data_model.index(row, 1))
    keys("6", ENTER)
    _settled(qtbot, view, measure_id, following, (None, None, 6, ""))
    message = opened.statusBar().currentMessage()
    assert "har inte börjat" in message and following in message
    view.data_view.setCurrentIndex(view.data_model.index(0, 1))   # this month: begun
    keys("7", ENTER)
    _settled(qtbot, view, measure_id, this_month, (None, None, 7, ""))
    assert "har inte börjat" not in opened.statusBar().currentMessage()
    assert errors == []


def test_the_refresh_leaves_the_cursor_where_the_user_put_it(grid, qtbot):
    view, measure_id, errors = grid("proportion", {"2026-10": (19, 26)})
    keys = Keys(qtbot, view, settle=True)
    view.data_view.setCurrentIndex(view.data_model.index(0, 1))
    keys("21", TAB)
    editor = keys.editor()
    keys(Qt.Key.Key_Home)                          # to put a 1 in front: 126
    view.data_model.refresh()
    assert editor.cursorPosition() == 0 and editor.selectedText() == ""
    keys("1", ENTER)
    _settled(qtbot, view, measure_id, "2026-10", (21, 126, 21 / 126, ""))
    assert errors == []


def test_tab_from_a_cell_skips_the_computed_share(grid, qtbot):
    """Tab with no editor open went to Andel, where a note typed next was lost
    with only a tooltip (re-trial); it goes on to the note, and back."""
    view, measure_id, errors = grid("proportion", {"2026-10": (19, 26)})
    keys = Keys(qtbot, view, settle=True)
    model = view.data_model
    view.data_view.setCurrentIndex(model.index(0, 2))             # Nämnare, no editor
    keys(TAB)
    assert model.field(view.data_view.currentIndex().column()) == "note"
    keys(Qt.Key.Key_Backtab)
    assert model.field(view.data_view.currentIndex().column()) == "denominator"
    view.data_view.setCurrentIndex(model.index(0, 2))
    keys(TAB, "Ny rutin", ENTER)
    _settled(qtbot, view, measure_id, "2026-10", (19, 26, 19 / 26, "Ny rutin"))
    assert errors == []
