"""The measure's page (Mått och diagram) from the keyboard, as a new-user trial
drove it on a projector:

- Tab leaves the data grid after its last cell (Shift+Tab before its first), and
  Ctrl+Tab / Ctrl+Shift+Tab leave it from any cell, to "Dela här" and the chart
  options; the keyboard was trapped in the grid.
- Space starts editing with the stored value kept and selected; it used to
  replace the value with a blank.
- The baseline applies as it changes, once settled: one undo step however long
  the arrow key is held, and no Enter needed.
- "Nytt mått" with a measure selected starts under that measure's aim.
- A new P-chart measure's empty chart is titled P-diagram, not Seriediagram.
- The PGSA log shows a team's name whole.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.gui.improvement_chart import FREEZE_SETTLE_MS


@pytest.fixture()
def page(opened, qtbot):
    """The improvement tab with a proportion measure selected, its window active."""
    view = opened.improvement
    opened.views.setCurrentWidget(view)
    measure = next(m for m in opened.ws.measures() if m.kind == "proportion")
    view.select(measure.id)
    qtbot.waitUntil(lambda: view.measure_id == measure.id)
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    return view


def _focus_cell(qtbot, view, row: int, column: int):
    grid = view.data_view
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    grid.setCurrentIndex(view.data_model.index(row, column))
    return grid


def _editor(grid) -> QLineEdit | None:
    editors = [e for e in grid.findChildren(QLineEdit) if e.isVisible()]
    return editors[0] if len(editors) == 1 else None


def _in_chart_options(view) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and view.chart.options.isAncestorOf(focus)


def test_tab_goes_from_cell_to_cell_and_out_after_the_last(page, qtbot):
    view, model = page, page.data_model
    last_row, last_column = model.rowCount() - 1, model.columnCount() - 1
    grid = _focus_cell(qtbot, view, 3, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)                  # within the grid: the next cell
    assert QApplication.focusWidget() is grid
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (3, 2)
    grid.setCurrentIndex(model.index(last_row, last_column))
    qtbot.keyClick(grid, Qt.Key.Key_Tab)                  # after the last cell: out
    assert QApplication.focusWidget() is view.chart.split_button
    grid = _focus_cell(qtbot, view, 0, 0)
    qtbot.keyClick(grid, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert _in_chart_options(view)                        # before the first: the options
    assert QApplication.focusWidget() in (view.chart.freeze_spin,
                                          view.chart.freeze_spin.findChild(QLineEdit))


def test_ctrl_tab_leaves_the_grid_from_any_cell(page, qtbot):
    view = page
    pages = view.pages.currentIndex()
    grid = _focus_cell(qtbot, view, 4, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.chart.split_button
    grid = _focus_cell(qtbot, view, 4, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _in_chart_options(view)
    assert view.pages.currentIndex() == pages             # not taken as "next page"


def test_tab_from_the_last_cells_editor_saves_and_leaves(page, qtbot):
    view, model, ws = page, page.data_model, page.ws
    row = model.rowCount() - 1                            # the next period's row
    period = model.period(row)
    grid = _focus_cell(qtbot, view, row, 1)
    qtbot.keyClick(grid, "3")
    qtbot.keyClick(_editor(grid), Qt.Key.Key_Tab)         # numerator → denominator
    qtbot.waitUntil(lambda: model.rowCount() == row + 2)
    assert grid.currentIndex().column() == 2 and _editor(grid) is not None
    qtbot.keyClicks(_editor(grid), "4")
    qtbot.keyClick(_editor(grid), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.data_point(view.measure_id, period).denominator == 4)
    assert QApplication.focusWidget() is view.chart.split_button
    assert _editor(grid) is None
    # the note, the last cell of the (now) last row: Tab saves it and goes on out
    last = model.rowCount() - 1
    grid = _focus_cell(qtbot, view, last, model.columnCount() - 1)
    note_period = model.period(last)
    qtbot.keyClick(grid, "N")
    qtbot.keyClicks(_editor(grid), "ytt")
    qtbot.keyClick(_editor(grid), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: (ws.data_point(view.measure_id, note_period) or None) is not None)
    assert ws.data_point(view.measure_id, note_period).note == "Nytt"
    assert QApplication.focusWidget() is view.chart.split_button


def test_space_edits_the_stored_value_instead_of_blanking_it(page, qtbot):
    view, model, ws = page, page.data_model, page.ws
    point = ws.data_points(view.measure_id)[1]
    stored = model.index(1, 1).data()
    grid = _focus_cell(qtbot, view, 1, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    editor = _editor(grid)
    assert editor is not None and editor.text() == stored
    assert editor.selectedText() == stored                # the next key replaces it
    qtbot.keyClick(editor, Qt.Key.Key_Return)             # Enter keeps it
    qtbot.waitUntil(lambda: _editor(grid) is None)
    assert ws.data_point(view.measure_id, point.period).numerator == point.numerator
    grid = _focus_cell(qtbot, view, 1, 1)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClicks(_editor(grid), "7")
    qtbot.keyClick(_editor(grid), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.data_point(view.measure_id, point.period).numerator == 7)


def test_the_baseline_applies_once_settled_as_one_undo_step(page, qtbot):
    view, ws, window = page, page.ws, page.window_
    measure = ws.measure(view.measure_id)
    assert not measure.freeze
    spin = view.chart.freeze_spin
    qtbot.waitUntil(lambda: spin.isEnabled())
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    steps = window.undo_stack.count()
    for _ in range(6):                                    # the arrow key held
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 6
    assert ws.measure(measure.id).freeze is None          # not yet: still settling
    qtbot.waitUntil(lambda: ws.measure(measure.id).freeze == 6,
                    timeout=FREEZE_SETTLE_MS + 2000)      # no Enter needed
    assert window.undo_stack.count() == steps + 1         # one step, not six
    qtbot.waitUntil(lambda: view.chart.is_current())
    window.undo_stack.undo()
    assert ws.measure(measure.id).freeze is None
    qtbot.waitUntil(lambda: spin.value() == 0)
    window.undo_stack.redo()
    assert ws.measure(measure.id).freeze == 6


def test_a_baseline_still_settling_goes_to_its_own_measure(page, qtbot):
    """Another measure selected before the value settled: the value is the first
    measure's, applied to it, and the other one keeps its own."""
    view, ws = page, page.ws
    first = ws.measure(view.measure_id)
    other = next(m for m in ws.measures() if m.id != first.id)
    spin = view.chart.freeze_spin
    qtbot.waitUntil(lambda: spin.isEnabled())
    spin.setValue(4)
    view.select(other.id)
    assert ws.measure(first.id).freeze == 4
    qtbot.wait(FREEZE_SETTLE_MS + 100)
    assert ws.measure(other.id).freeze == other.freeze
    # nor is a value lost when the view goes (a change of language rebuilds it)
    view.select(first.id)
    qtbot.waitUntil(lambda: view.chart.measure_id == first.id and spin.value() == 4)
    spin.setValue(9)
    view.window_.retranslate()
    assert ws.measure(first.id).freeze == 9


def test_a_new_measure_beside_a_selected_one_starts_under_its_aim(page, qtbot):
    view, ws = page, page.ws
    measure = ws.measure(view.measure_id)
    assert measure.aim_id is not None
    dialog = view.ask_measure()
    assert dialog.read()["aim_id"] == measure.aim_id
    dialog.reject()
    view.select(measure.team_id)             # a team with one aim: that aim (trial:
    dialog = view.ask_measure()              # measures were left unlinked)
    assert [a.id for a in ws.aims(measure.team_id)] == [measure.aim_id]
    assert dialog.read()["aim_id"] == measure.aim_id
    dialog.reject()
    ws.add_aim(measure.team_id, "Ett andra mål")
    qtbot.waitUntil(lambda: view.team_id == measure.team_id)
    view.select(measure.team_id)             # two aims: none chosen for the team
    dialog = view.ask_measure()
    assert dialog.read()["aim_id"] is None
    dialog.reject()


def test_a_new_p_chart_measure_names_its_chart_before_any_data(page, qtbot):
    from PySide6.QtWidgets import QComboBox

    view, ws = page, page.ws
    team = ws.teams()[0]
    view.select(team.id)
    dialog = view.ask_measure()
    dialog.required[0].setText("Andel med SIP")
    combos = {c.itemData(i): c for c in dialog.findChildren(QComboBox)
              for i in range(c.count())}
    combos["proportion"].setCurrentIndex(combos["proportion"].findData("proportion"))
    combos["p"].setCurrentIndex(combos["p"].findData("p"))
    dialog.accept()
    measure = next(m for m in ws.measures(team.id) if m.name == "Andel med SIP")
    assert measure.chart == "p" and not ws.data_points(measure.id)
    chart = view.chart
    qtbot.waitUntil(lambda: view.measure_id == measure.id and chart.is_current()
                    and chart.figure is not None, timeout=20_000)
    title = chart.figure.axes[0].get_title(loc="left")
    assert title.endswith("P-diagram") and "Seriediagram" not in title
    assert chart.chart_combo.currentData() == "p"


def test_the_log_shows_a_team_name_whole(page, qtbot):
    """Fitted to the names, up to a share of the table each: the trial's
    "Team Malmfälten AUDIT" was cut to "Team Malm…" at 1280 pixels and more,
    while the title took most of the width."""
    from app.gui.improvement_view import LogView

    share = LogView.FITTED[2]
    view = page
    view.pages.setCurrentWidget(view.log_page)
    table = view.cycles_view
    qtbot.waitUntil(table.isVisible)
    model = view.cycles_model
    assert model.rowCount() > 0
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(model.index(r, 2).data())
                 for r in range(model.rowCount()))
    width = table.columnWidth(2)
    assert width >= min(widest + 6, int(share * table.width()))   # the name, its margins
    assert width >= metrics.horizontalAdvance("Team Malmfälten AUDIT") + 6
    assert table.columnWidth(1) > width                    # the title still the widest
    for size in (1700, 1280):                              # refitted to the new width
        page.window_.resize(size, 800)
        qtbot.waitUntil(lambda: page.window_.width() == size)
        qtbot.waitUntil(lambda: min(widest + 6, int(share * table.width()))
                        <= table.columnWidth(2)
                        <= max(widest + 40, int(share * table.width())))   # once relaid out


@pytest.mark.parametrize("code", ["sv", "en"])
def test_f1_says_how_to_leave_the_grid(language, demo_window, code):
    from PySide6.QtWidgets import QDialog, QTextBrowser

    language(code)
    window = demo_window()
    window.act_shortcuts.trigger()
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible())
    text = dialog.findChild(QTextBrowser).toPlainText()
    shift = "Skift" if code == "sv" else "Shift"
    assert f"Ctrl+Tab / Ctrl+{shift}+Tab" in text and f"Tab / {shift}+Tab" in text
    dialog.close()


def test_the_grids_current_cell_is_in_sight_when_the_page_takes_the_keyboard(page, qtbot):
    """The first Alt+G showed the grid scrolled off its current cell, so the
    keyboard's place could not be seen (re-trial)."""
    view = page
    grid = view.data_view
    model = grid.model()
    grid.setCurrentIndex(model.index(model.rowCount() - 1, 1))
    grid.scrollToTop()
    view.focus_page()
    qtbot.waitUntil(grid.hasFocus)
    current = grid.currentIndex()
    assert current.isValid()
    qtbot.waitUntil(lambda: grid.viewport().rect().intersects(grid.visualRect(current)))


def test_the_grids_current_cell_stays_in_sight_when_the_grid_gets_shorter(page, qtbot):
    """The chart's legend taking its lines after the grid scrolled to its cell
    made the grid shorter and hid the cell (the keyboard's place)."""
    view = page
    grid = view.data_view
    model = grid.model()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    grid.setCurrentIndex(model.index(model.rowCount() - 1, 1))
    grid.scrollTo(grid.currentIndex())
    current = grid.currentIndex()
    qtbot.waitUntil(lambda: grid.viewport().rect().contains(grid.visualRect(current)))
    grid.setMaximumHeight(grid.height() // 2)               # shorter, as a taller legend does
    qtbot.waitUntil(lambda: grid.height() <= grid.maximumHeight())
    assert grid.viewport().rect().contains(grid.visualRect(current))
