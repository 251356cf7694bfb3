"""Entering a cell's methods shows the method the number keys will change: the
list kept the last cell's scrolling, and on a 1024 × 768 projector a key set
DUDIT while ADDIS, SCID-I and MINI were on the screen (trial)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _crowded_cells(ws, count: int = 2):
    """The cells with the most methods, most first."""
    cells: dict[tuple[str, str], int] = {}
    for item in ws.items():
        cells[item.row_id, item.column_id] = cells.get((item.row_id, item.column_id), 0) + 1
    return sorted(cells, key=lambda cell: -cells[cell])[:count]


def test_entering_a_cell_shows_the_method_the_keys_change(qtbot, opened, select_unit):
    window = opened
    window.resize(1024, 700)
    window.activateWindow()
    select_unit(window, "Kiruna")
    mapping, ws = window.mapping, window.ws
    first, second = _crowded_cells(ws)
    view, model = mapping.items_view, mapping.items_model
    mapping.select_cell(*first)
    mapping.focus_items()
    for _ in range(model.rowCount()):                  # down to the last method
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.verticalScrollBar().value() > 0       # the list has scrolled
    qtbot.keyClick(view, Qt.Key.Key_Escape)            # to the matrix, another cell
    mapping.select_cell(*second)
    qtbot.keyClick(mapping.matrix_view, Qt.Key.Key_Return)   # and into its methods
    current = view.currentIndex()
    assert current.isValid() and view.hasFocus()
    assert view.viewport().rect().contains(view.visualRect(current)), \
        "the method the keys change is out of sight"
    assert view.horizontalScrollBar().value() == 0     # the Metod column shows
    item = model.item_at(current.row())
    kiruna = next(u for u in ws.units() if u.name == "Kiruna")
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert ws.assessment(kiruna.id, item.id).status == "not_used"
