"""A change announces only what it changed: a status key repaints and refits
its own matrix cell and method row, not the whole matrix and list (a key
press is one frame; the whole of both took most of it)."""

from __future__ import annotations

from app.gui.items_model import COL_STATUS, ItemsModel
from app.gui.matrix_model import MatrixModel


def _announced(model) -> list[tuple[int, int, int, int]]:
    """The (top, left, bottom, right) of every dataChanged the model emits."""
    ranges: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda top_left, bottom_right, *_: ranges.append(
        (top_left.row(), top_left.column(), bottom_right.row(), bottom_right.column())))
    return ranges


def _cell_with_methods(ws, count: int):
    cells = {}
    for item in ws.items():
        cells.setdefault((item.row_id, item.column_id), []).append(item)
    return next(items for items in cells.values() if len(items) >= count)


def test_a_status_change_announces_its_own_matrix_cell_only(ws):
    unit = ws.units()[0].id
    model = MatrixModel(ws)
    announced = _announced(model)
    model.set_scope(unit, True)
    assert announced == [(0, 0, 3, 4)]            # another scope: every cell
    item = ws.items()[7]
    ws.set_assessment(unit, item.id, status="partly")
    announced.clear()
    model.refresh()
    cell = model.index_of(item.row_id, item.column_id)
    assert announced == [(cell.row(), cell.column(), cell.row(), cell.column())]
    assert "1 av 1" in cell.data()


def test_a_roll_up_change_announces_its_cell_and_a_note_announces_nothing(ws):
    unit = ws.units()[0].id
    model = MatrixModel(ws)
    model.set_scope(None, False)                  # the county
    announced = _announced(model)
    item = ws.items()[-1]
    ws.set_assessment(unit, item.id, status="systematic")
    model.refresh()
    cell = model.index_of(item.row_id, item.column_id)
    assert announced == [(cell.row(), cell.column(), cell.row(), cell.column())]
    announced.clear()
    ws.set_assessment(unit, item.id, note="Ny rutin sedan i våras")   # no count changes
    model.refresh()
    assert announced == []


def _methods_shown(ws, count: int):
    """(organisation, the cell's methods, its method list, what the list
    announces) for the first organisation and a cell of `count` methods or more."""
    unit = ws.units()[0].id
    items = _cell_with_methods(ws, count)
    model = ItemsModel(ws, lambda *_: None)
    model.show((items[0].row_id, items[0].column_id), unit, True)
    return unit, items, model, _announced(model)


def test_a_status_change_announces_its_own_method_row_only(ws):
    unit, items, model, announced = _methods_shown(ws, 3)
    ws.set_assessment(unit, items[1].id, status="planned")
    model.refresh()
    assert announced == [(1, 0, 1, model.columnCount() - 1)]
    assert model.index(1, COL_STATUS).data() == "○ Planeras"
    announced.clear()
    ws.set_assessment(unit, items[2].id, note="Ja")
    ws.set_assessment(ws.units()[1].id, items[0].id, status="partly")  # another organisation
    model.refresh()
    assert announced == [(2, 0, 2, model.columnCount() - 1)]


def test_a_renamed_method_and_a_retired_organisation_are_announced(ws):
    unit, items, model, announced = _methods_shown(ws, 2)
    ws.update_item(items[1].id, title="Nytt namn på metoden")
    model.refresh()
    assert announced == [(1, 0, 1, model.columnCount() - 1)]
    announced.clear()
    ws.retire_unit(unit)                          # every row's keys now refuse
    model.refresh()
    assert announced == [(0, 0, len(items) - 1, model.columnCount() - 1)]
