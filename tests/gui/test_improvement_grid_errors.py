"""Mistyped cells of the data grid: the window's error message, nothing lost that
was valid, the editor given back, no exception out of a Qt slot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from app.gui.core_messages import error_text


@pytest.fixture()
def grid(opened, qtbot, monkeypatch):
    """A proportion of the demo: its grid on its new row; errors recorded."""
    opened.views.setCurrentWidget(opened.improvement)
    view = opened.improvement
    measure = next(m for m in opened.ws.measures() if m.kind == "proportion")
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.measure_id == measure.id)
    errors = []
    monkeypatch.setattr(opened, "show_error",
                        lambda title, error: errors.append((title, error_text(error))))
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    view.data_view.setFocus()
    return opened, view, measure, errors


def _editor(grid):
    editors = [e for e in grid.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def test_a_mistyped_period_is_said_and_stays_to_be_corrected(grid, qtbot):
    window, view, measure, errors = grid
    table, model = view.data_view, view.data_model
    row = model.rowCount() - 1
    before = len(window.ws.data_points(measure.id))
    hook_errors = []
    import sys
    old_hook = sys.excepthook
    sys.excepthook = lambda *a: hook_errors.append(a)
    try:
        table.setCurrentIndex(model.index(row, 0))
        qtbot.keyClick(table, "d")
        qtbot.keyClicks(_editor(table), "ec 2026")
        qtbot.keyClick(_editor(table), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: len(errors) == 1)
    finally:
        sys.excepthook = old_hook
    assert not hook_errors
    assert "Perioden ska skrivas ÅÅÅÅ-MM" in errors[0][1] and "dec 2026" in errors[0][1]
    assert len(window.ws.data_points(measure.id)) == before
    editor = _editor(table)                       # still open, with what was typed
    assert editor.text() == "dec 2026" and table.currentIndex().column() == 0
    editor.setText("2026-12")                     # corrected, the value goes in
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: table.currentIndex().column() == 1)
    qtbot.keyClicks(_editor(table), "12")          # Tab went on into the numerator
    qtbot.keyClick(_editor(table), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.ws.data_point(measure.id, "2026-12") is not None)
    assert window.ws.data_point(measure.id, "2026-12").numerator == 12
    assert len(errors) == 1


def test_a_period_left_by_a_click_is_given_back(grid, qtbot):
    window, view, measure, errors = grid
    table, model = view.data_view, view.data_model
    row = model.rowCount() - 1
    table.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(table, "x")
    table.setCurrentIndex(model.index(0, 1))      # elsewhere, as a click does
    qtbot.waitUntil(lambda: len(errors) >= 1)
    qtbot.wait(50)
    print(errors)
    assert len(errors) == 1
    assert table.currentIndex().row() == row and _editor(table).text() == "x"


def test_an_existing_period_in_the_new_row_is_refused(grid, qtbot):
    window, view, measure, errors = grid
    table, model = view.data_view, view.data_model
    first = model.period(0)
    old = window.ws.data_point(measure.id, first)
    table.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    qtbot.keyClick(table, first[0])
    qtbot.keyClicks(_editor(table), first[1:])
    qtbot.keyClick(_editor(table), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert first in errors[0][1]
    assert window.ws.data_point(measure.id, first) == old


@pytest.mark.parametrize("column, text, message", [
    (1, "tolv", "Täljaren måste vara ett tal"), (2, "abc", "Nämnaren måste vara ett tal")])
def test_a_mistyped_number_is_said_and_kept(grid, qtbot, column, text, message):
    window, view, measure, errors = grid
    table, model = view.data_view, view.data_model
    row = 0
    old = window.ws.data_point(measure.id, model.period(row))
    table.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(table, text[0])
    qtbot.keyClicks(_editor(table), text[1:])
    qtbot.keyClick(_editor(table), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert message in errors[0][1]
    assert _editor(table).text() == text
    assert window.ws.data_point(measure.id, model.period(row)) == old


def test_a_refused_write_is_said_once_and_closing_leaves_no_lock(grid, qtbot, demo_copy):
    window, view, measure, errors = grid
    table, model = view.data_view, view.data_model
    row = 0
    table.setCurrentIndex(model.index(row, 1))     # numerator above the denominator
    qtbot.keyClick(table, "9")
    qtbot.keyClicks(_editor(table), "99")
    qtbot.keyClick(_editor(table), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(errors) == 1)
    qtbot.wait(50)
    assert len(errors) == 1 and "större än nämnaren" in errors[0][1]
    table.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    qtbot.keyClick(table, "q")                    # an invalid period left open
    window.close()
    assert not list(demo_copy.parent.glob("*lock*"))


def test_quick_capture_starts_in_the_objective_with_the_team_chosen(opened, qtbot):
    opened.views.setCurrentWidget(opened.improvement)
    view = opened.improvement
    team = opened.ws.teams()[1]
    view.select(team.id)
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = next(d for d in view.findChildren(QDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.objective)
    assert dialog.team.currentData() == team.id
    qtbot.keyClicks(QApplication.focusWidget(), "Testa sms-påminnelse")
    assert dialog.team.currentData() == team.id
    assert dialog.objective.text() == "Testa sms-påminnelse"
    dialog.reject()


def test_the_current_period_and_its_editor_are_whole(grid, qtbot):
    """The style frames the current cell with 3 px: '2025-12' stays whole there
    and in its editor (screenshots of the trial showed '2025…')."""
    from PySide6.QtWidgets import QStyle

    from app.gui.style import TABLE_RING as FOCUS_BORDER

    window, view, measure, errors = grid
    table, model = view.data_view, view.data_model
    table.setCurrentIndex(model.index(0, 0))
    text = model.period(0)
    fm = table.fontMetrics()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    assert table.columnWidth(0) >= fm.horizontalAdvance(text) + 2 * (FOCUS_BORDER + margin)
    new = model.rowCount() - 1
    table.setCurrentIndex(model.index(new, 0))
    table.edit(table.currentIndex())
    editor = _editor(table)
    # the editor's 2 px focus frame, its 2 px text margins and the cursor
    assert editor.width() >= editor.fontMetrics().horizontalAdvance(editor.text()) + 10
