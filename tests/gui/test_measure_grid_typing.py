"""Typing into a measure's data grid with the keyboard alone, as trial C did:
every key lands in the grid, and nothing typed is lost.

- A period typed into the new row (say 2025-09, before the last period) moves
  to its sorted place once its first number is stored. The current cell and the
  editor Tab opened go with it, and the keyboard stays in the grid; the grid
  used to be rebuilt, its current cell gone, and the denominator typed next
  went nowhere, silently.
- Enter after a run of Tabs goes down to the column where the run began, as in
  a spreadsheet (Täljare, Tab, Nämnare, Enter: the next row's Täljare).
- F2 edits the cell, rather than renaming an organisation in a hidden tree.
- Delete takes the period's measurement; the last period's row is emptied in
  place (the blank row takes its period), an earlier one's goes and the blank
  row stays where it was; on a note it empties only the note.

The keys go to whichever widget has the focus, as a user's keys do; each key
checks that that widget is the grid or its editor.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from app.gui.core_messages import error_text
from app.gui.improvement_models import DataPointsModel

TAB, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Return


def _measure(opened, qtbot, kind: str, periods: dict[str, tuple]) -> str:
    """A new measure of `kind` with `periods` stored, shown in the grid."""
    ws, view = opened.ws, opened.improvement
    opened.views.setCurrentWidget(view)
    measure_id = ws.add_measure(ws.teams()[0].id, "Inskrivna i tid", kind=kind)
    for period, numbers in periods.items():
        fields = dict(zip(("numerator", "denominator"), numbers)) if kind == "proportion" \
            else {"value": numbers[0]}
        ws.set_data_point(measure_id, period, **fields)
    qtbot.waitUntil(lambda: view._find(measure_id) is not None)
    view.select(measure_id)
    qtbot.waitUntil(lambda: view.measure_id == measure_id)
    return measure_id


@pytest.fixture()
def grid(opened, qtbot, monkeypatch):
    """grid(kind, periods): the measure's grid with the keyboard, the window
    active; error messages recorded (none is expected)."""
    errors = []
    monkeypatch.setattr(opened, "show_error",
                        lambda title, error: errors.append(error_text(error)))

    def make(kind: str, periods: dict[str, tuple] | None = None):
        periods = {"2025-08": (9, 18), "2026-11": (12, 20)} if periods is None else periods
        measure_id = _measure(opened, qtbot, kind, periods)
        opened.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
        view = opened.improvement
        view.data_view.setFocus()
        qtbot.waitUntil(view.data_view.hasFocus)
        return view, measure_id, errors

    return make


class Keys:
    """A user at the keyboard: each key to the focused widget, which must be
    the grid or its editor (a key anywhere else is a key lost). `settle`:
    the event loop runs between keys, as it does between a user's keys;
    without it the keys come faster than any refresh."""

    def __init__(self, qtbot, view, settle: bool) -> None:
        self.qtbot, self.grid, self.settle = qtbot, view.data_view, settle

    def focus(self):
        focus = QApplication.focusWidget()
        assert focus is self.grid or self.grid.isAncestorOf(focus), \
            f"the key would go to {focus!r}, not to the grid"
        return focus

    def __call__(self, *keys) -> None:
        for key in keys:
            for one in (key if isinstance(key, str) else [key]):
                self.qtbot.keyClick(self.focus(), one)
                if self.settle:
                    self.qtbot.wait(5)

    def editor(self) -> QLineEdit | None:
        editors = [e for e in self.grid.findChildren(QLineEdit) if e.isVisible()]
        return editors[0] if len(editors) == 1 else None


def _cell(view) -> tuple[str, int]:
    """The current cell as (period, column)."""
    index = view.data_view.currentIndex()
    assert index.isValid(), "no current cell"
    return view.data_model.period(index.row()), index.column()


def _stored(view, measure_id, period):
    point = view.ws.data_point(measure_id, period)
    return None if point is None else (point.numerator, point.denominator, point.value,
                                       point.note)


def _settled(qtbot, view, measure_id, period, expected) -> None:
    qtbot.waitUntil(lambda: _stored(view, measure_id, period) == expected)
    qtbot.wait(20)                                   # the grid's refresh and moves


def _new_row(view) -> int:
    grid = view.data_view
    row = view.data_model.rowCount() - 1
    grid.setCurrentIndex(view.data_model.index(row, 0))
    return row


@pytest.mark.parametrize("settle", [True, False], ids=["keys-apart", "keys-at-once"])
@pytest.mark.parametrize("kind", ["proportion", "count"])
def test_tab_after_a_period_that_sorts_earlier_keeps_the_keyboard_on_it(grid, qtbot, kind,
                                                                         settle):
    view, measure_id, errors = grid(kind)
    keys = Keys(qtbot, view, settle)
    _new_row(view)
    keys("2025-09", TAB, "10", TAB)
    if settle:           # the row has moved to its place, the editor Tab opened with it
        assert view.data_model.period(1) == "2025-09"
        assert _cell(view) == ("2025-09", 2)
        editor = keys.editor()
        assert editor is not None and QApplication.focusWidget() is editor
        assert view.data_view.viewport().rect().contains(editor.geometry().center())
    if kind == "proportion":
        keys("21", ENTER)
        _settled(qtbot, view, measure_id, "2025-09", (10, 21, 10 / 21, ""))
    else:
        keys("Ny rutin", ENTER)
        _settled(qtbot, view, measure_id, "2025-09", (None, None, 10, "Ny rutin"))
    assert [view.data_model.period(r) for r in range(4)] == [
        "2025-08", "2025-09", "2026-11", "2026-12"]
    # Enter: down from 2025-09, to the column where the Tabs began (the period)
    assert _cell(view) == ("2026-11", 0)
    assert QApplication.focusWidget() is view.data_view
    assert not errors


@pytest.mark.parametrize("kind", ["proportion", "count"])
def test_enter_after_the_first_number_keeps_the_keyboard_in_the_grid(grid, qtbot, kind):
    view, measure_id, errors = grid(kind)
    keys = Keys(qtbot, view, settle=True)
    _new_row(view)
    keys("2025-09", TAB, "10", ENTER)
    number = (10, None, None, "") if kind == "proportion" else (None, None, 10, "")
    _settled(qtbot, view, measure_id, "2025-09", number)
    assert _cell(view) == ("2026-11", 0)             # below 2025-09, in its new place
    keys(Qt.Key.Key_Up, Qt.Key.Key_Right)            # back to the number: keys still land
    assert _cell(view) == ("2025-09", 1)
    if kind == "proportion":
        keys(Qt.Key.Key_Right, "21", ENTER)
        _settled(qtbot, view, measure_id, "2025-09", (10, 21, 10 / 21, ""))
        assert _cell(view) == ("2026-11", 2)         # no Tab: the same column
    else:
        keys("11", ENTER)
        _settled(qtbot, view, measure_id, "2025-09", (None, None, 11, ""))
        assert _cell(view) == ("2026-11", 1)
    assert not errors


@pytest.mark.parametrize("kind", ["proportion", "count"])
def test_a_period_before_the_first_goes_to_the_top_in_sight(grid, qtbot, kind):
    """Two years of data: the new row at the bottom, its period typed before the
    first one. The row goes to the top, the grid scrolls with it."""
    months = [f"{2024 + (8 + i) // 12}-{(8 + i) % 12 + 1:02d}" for i in range(24)]
    view, measure_id, errors = grid(kind, {m: (5 + i % 7, 30) for i, m in enumerate(months)})
    assert months[0] == "2024-09" and view.data_model.period(24) == "2026-09"
    keys = Keys(qtbot, view, settle=True)
    view.data_view.scrollToBottom()
    _new_row(view)
    keys("2024-08", TAB, "7", TAB)
    assert _cell(view) == ("2024-08", 2)
    assert view.data_view.currentIndex().row() == 0
    editor = keys.editor()
    assert editor is not None and QApplication.focusWidget() is editor
    qtbot.waitUntil(lambda: view.data_view.viewport().rect().contains(
        editor.geometry().center()))                 # in sight, not below the bottom
    if kind == "proportion":
        keys("25", ENTER)
        _settled(qtbot, view, measure_id, "2024-08", (7, 25, 7 / 25, ""))
    else:
        keys("Innan", ENTER)
        _settled(qtbot, view, measure_id, "2024-08", (None, None, 7, "Innan"))
    assert _cell(view) == ("2024-09", 0)
    assert view.data_model.period(view.data_model.rowCount() - 1) == "2026-09"
    assert not errors


@pytest.mark.parametrize("settle", [True, False], ids=["keys-apart", "keys-at-once"])
def test_months_of_history_typed_in_any_order_are_all_stored(grid, qtbot, settle):
    """Nothing typed is dropped: three months typed out of order into the new
    row, going back to it with the arrow keys, are all stored as typed."""
    view, measure_id, errors = grid("proportion")
    keys = Keys(qtbot, view, settle)
    _new_row(view)
    keys("2025-10", TAB, "3", TAB, "6", ENTER)       # → 2026-11's period
    keys(Qt.Key.Key_Down, "2025-09", TAB, "4", TAB, "8", ENTER)
    keys(Qt.Key.Key_Down, Qt.Key.Key_Down, "2026-12", TAB, "5", TAB, "10", ENTER)
    keys(Qt.Key.Key_Home, "2027-01", TAB, "6", TAB, "12", TAB, "Sist", TAB)
    qtbot.waitUntil(lambda: _stored(view, measure_id, "2027-01") == (6, 12, 0.5, "Sist"))
    assert [(p.period, p.numerator, p.denominator) for p in view.ws.data_points(measure_id)] \
        == [("2025-08", 9, 18), ("2025-09", 4, 8), ("2025-10", 3, 6), ("2026-11", 12, 20),
            ("2026-12", 5, 10), ("2027-01", 6, 12)]
    assert not errors


@pytest.mark.parametrize("kind, columns", [("proportion", 2), ("count", 1)])
def test_enter_after_tabs_returns_to_the_column_where_they_began(grid, qtbot, kind, columns):
    """Täljare, Tab, Nämnare, Enter: the next row's Täljare (finding 9)."""
    view, measure_id, errors = grid(kind)
    keys = Keys(qtbot, view, settle=True)
    row = _new_row(view)
    view.data_view.setCurrentIndex(view.data_model.index(row, 1))
    numbers = ("12", "20", "13", "21") if kind == "proportion" else ("12", "Ok", "13", "Ok")
    keys(numbers[0], TAB, numbers[1], ENTER)
    assert _cell(view) == ("2027-01", 1)
    keys(numbers[2], TAB, numbers[3], ENTER)
    assert _cell(view) == ("2027-02", 1)
    # Tab without typing counts too; an arrow key ends the run.
    view.data_view.setCurrentIndex(view.data_model.index(0, 1))
    keys(TAB, ENTER)
    assert _cell(view) == ("2026-11", 1)
    keys(TAB, Qt.Key.Key_Up, ENTER)
    assert _cell(view) == ("2026-11", 2)
    if kind == "proportion":
        _settled(qtbot, view, measure_id, "2027-01", (13, 21, 13 / 21, ""))
        assert _stored(view, measure_id, "2026-12") == (12, 20, 0.6, "")
    else:
        _settled(qtbot, view, measure_id, "2027-01", (None, None, 13, "Ok"))
        assert _stored(view, measure_id, "2026-12") == (None, None, 12, "Ok")
    assert not errors


def test_tab_goes_past_the_proportion_and_a_key_there_says_why(grid, qtbot):
    """Täljare, Tab, Nämnare, Tab: the note, not the computed Andel, where the
    note typed next went nowhere. A key typed on a cell that cannot be written
    says why, at the cell."""
    from PySide6.QtWidgets import QToolTip

    view, measure_id, errors = grid("proportion")
    keys = Keys(qtbot, view, settle=True)
    view.data_view.setCurrentIndex(view.data_model.index(1, 1))
    keys(Qt.Key.Key_F2, TAB, TAB)
    assert _cell(view) == ("2026-11", 4) and keys.editor() is not None
    keys("Ny rutin", TAB)                            # on, past the next row's period
    _settled(qtbot, view, measure_id, "2026-11", (12, 20, 0.6, "Ny rutin"))
    assert _cell(view) == ("2026-12", 0) and keys.editor() is not None
    keys(Qt.Key.Key_Escape)
    keys(Qt.Key.Key_Backtab)                         # not editing: every cell, as before
    assert _cell(view) == ("2026-11", 4)
    for column, why in ((3, "Andelen räknas ut av täljaren och nämnaren."),
                        (0, "Perioden kan inte ändras här")):
        QToolTip.hideText()
        view.data_view.setCurrentIndex(view.data_model.index(0, column))
        keys("5")
        assert QToolTip.isVisible() and QToolTip.text().startswith(why)
        assert keys.editor() is None
    assert _stored(view, measure_id, "2025-08") == (9, 18, 0.5, "")
    assert not errors


def test_f2_edits_the_cell_and_renames_nothing(grid, qtbot, opened):
    """Not the window's F2 (rename), which renamed the organisation last chosen
    in a tree that was hidden (finding 2)."""
    view, measure_id, errors = grid("proportion")
    renames = []
    opened.act_rename_node.triggered.connect(lambda *_: renames.append(1))
    keys = Keys(qtbot, view, settle=True)
    view.data_view.setCurrentIndex(view.data_model.index(1, 1))
    keys(Qt.Key.Key_F2)
    editor = keys.editor()
    assert editor is not None and editor.text() == "12" and editor.selectedText() == "12"
    keys(Qt.Key.Key_F2)                              # in the editor: still no rename
    assert keys.editor() is editor
    keys("15", ENTER)
    _settled(qtbot, view, measure_id, "2026-11", (15, 20, 0.75, ""))
    view.data_view.setCurrentIndex(view.data_model.index(0, 0))   # a period: not editable
    keys(Qt.Key.Key_F2)
    qtbot.wait(20)
    assert not renames
    assert not [d for d in opened.findChildren(QDialog) if d.isVisible()]
    assert not errors


@pytest.mark.parametrize("row, after", [
    (1, ["2025-08", "2026-11"]),                     # the last period: emptied in place
    (0, ["2026-11", "2026-12"])])                    # one before others
def test_delete_takes_the_period_and_the_blank_row_stays(grid, qtbot, opened, row, after):
    view, measure_id, errors = grid("proportion")
    model = view.data_model
    period = model.period(row)
    keys = Keys(qtbot, view, settle=True)
    view.data_view.setCurrentIndex(model.index(row, 2))          # the denominator
    keys(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.ws.data_point(measure_id, period) is None)
    qtbot.waitUntil(lambda: [model.period(r) for r in range(model.rowCount())] == after)
    assert model.index(model.rowCount() - 1, 1).data() == ""     # the blank row
    assert view.data_view.currentIndex().row() == row            # in place, never nowhere
    assert view.data_view.currentIndex().column() == 2
    assert QApplication.focusWidget() is view.data_view
    opened.undo_stack.undo()                                     # both numbers come back
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert _stored(view, measure_id, period)[:2] == ((9, 18) if row == 0 else (12, 20))
    assert [model.period(r) for r in range(3)] == ["2025-08", "2026-11", "2026-12"]
    opened.undo_stack.redo()
    qtbot.waitUntil(lambda: [model.period(r) for r in range(model.rowCount())] == after)
    assert not errors


def test_delete_on_the_note_empties_only_the_note(grid, qtbot, opened):
    """Delete on a note clears that cell, as in a spreadsheet; the value stays
    (it used to take the whole period with it)."""
    view, measure_id, errors = grid("proportion")
    model = view.data_model
    period = model.period(1)
    opened.ws.set_data_point(measure_id, period, note="Ny rutin")
    note = model.columns().index(next(c for c in model.columns() if c[0] == "note"))
    qtbot.waitUntil(lambda: model.index(1, note).data() == "Ny rutin")
    keys = Keys(qtbot, view, settle=True)
    view.data_view.setCurrentIndex(model.index(1, note))
    keys(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: view.ws.data_point(measure_id, period).note == "")
    assert _stored(view, measure_id, period)[:2] == (12, 20)     # the numbers stay
    assert view.data_view.currentIndex().row() == 1
    opened.undo_stack.undo()
    qtbot.waitUntil(lambda: view.ws.data_point(measure_id, period).note == "Ny rutin")
    assert not errors


def test_f1_says_what_delete_and_enter_do_in_the_grid():
    from app.gui.shortcuts_help import sections

    keys = dict((key, what) for _, rows in sections() for key, what in rows
                if what.startswith("I mätvärdena"))
    assert "periodens mätvärde, hela raden" in keys["Delete"]
    assert "täljare och nämnare" in keys["Delete"] and "Ctrl+Z" in keys["Delete"]
    assert "töm bara anteckningen" in keys["Delete"]
    assert "efter Tab: i kolumnen där du började" in keys["Enter"]


def test_the_model_moves_rows_and_stays_consistent(qtmodeltester, demo_ws):
    """Checked by Qt's model tester as rows move, come and go: a typed period to
    its place, several periods at once (a file exchange), periods gone."""
    ws = demo_ws
    measure_id = ws.add_measure(ws.teams()[0].id, "Andel", kind="proportion")
    for period in ("2025-01", "2025-06"):
        ws.set_data_point(measure_id, period, numerator=1, denominator=2)
    model = DataPointsModel(ws, lambda period, fields: None)
    model.show(measure_id)
    qtmodeltester.check(model)

    def periods():
        return [model.period(r) for r in range(model.rowCount())]

    assert periods() == ["2025-01", "2025-06", "2025-07"]
    assert model.setData(model.index(2, 0), "2025-03")
    assert periods() == ["2025-01", "2025-06", "2025-03"]
    model.refresh()                                  # a typed period is kept until stored
    assert periods() == ["2025-01", "2025-06", "2025-03"]
    ws.set_data_point(measure_id, "2025-03", numerator=1)
    model.refresh()
    assert periods() == ["2025-01", "2025-03", "2025-06", "2025-07"]
    for period in ("2024-12", "2025-04", "2025-09"):
        ws.set_data_point(measure_id, period, numerator=2, denominator=3)
    ws.delete_data_point(measure_id, "2025-06")
    model.refresh()
    assert periods() == ["2024-12", "2025-01", "2025-03", "2025-04", "2025-09", "2025-10"]
    assert model.index(4, 2).data() == "3"
    ws.delete_data_point(measure_id, "2025-09")      # the last: emptied in place
    model.refresh()
    assert periods() == ["2024-12", "2025-01", "2025-03", "2025-04", "2025-09"]
    model.refresh()                                  # and so it stays, not 2025-05
    assert periods() == ["2024-12", "2025-01", "2025-03", "2025-04", "2025-09"]
    ws.delete_data_point(measure_id, "2025-03")      # one before: the blank row stays
    model.refresh()
    assert periods() == ["2024-12", "2025-01", "2025-04", "2025-09"]
    ws.set_data_point(measure_id, "2025-10", numerator=1, denominator=4)   # a later one
    model.refresh()
    assert periods() == ["2024-12", "2025-01", "2025-04", "2025-10", "2025-11"]
    ws.delete_data_point(measure_id, "2025-10")      # an undo of the period added
    model.refresh()
    assert periods() == ["2024-12", "2025-01", "2025-04", "2025-10"]
    ws.set_data_point(measure_id, "2025-10", numerator=1, denominator=4)   # its redo
    model.refresh()
    assert periods() == ["2024-12", "2025-01", "2025-04", "2025-10", "2025-11"]
    ws.update_measure(measure_id, kind="count")      # other columns: rows rebuilt
    model.refresh()
    assert model.columnCount() == 3 and periods() == ["2024-12", "2025-01", "2025-04",
                                                      "2025-10", "2025-11"]
