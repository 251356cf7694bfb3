"""The organisation tree as a workspace opens: the county open, its areas
closed (what expandToDepth(0) gave, without laying out the whole tree)."""

from __future__ import annotations


def test_the_county_opens_and_its_areas_stay_closed(qtbot, window, demo_copy):
    assert window.open_path(demo_copy)
    tree, model = window.tree, window.tree_model
    county = model.index(0, 0)
    assert tree.isExpanded(county)
    areas = [model.index(row, 0, county) for row in range(model.rowCount(county))]
    assert areas and not any(tree.isExpanded(area) for area in areas)
    # After a change to the organisations, the same.
    window.rebuild_tree()
    county = model.index(0, 0)
    assert tree.isExpanded(county)
    assert not any(tree.isExpanded(model.index(row, 0, county))
                   for row in range(model.rowCount(county)))


def test_a_workspace_opens_where_the_user_left_it(qtbot, window, demo_copy, select_unit):
    """Reopened, a copy started at the county, not where the group had been
    working (trial): the organisation and cell of the last workspace closed
    come back; a place no longer there falls back to the county."""
    assert window.open_path(demo_copy)
    select_unit(window, "Kiruna")
    rows, columns = window.ws.rows(), window.ws.columns()
    window.mapping.select_cell(rows[2].id, columns[3].id)
    kiruna = window.current_scope()
    window.close_workspace()
    assert window.open_path(demo_copy)
    assert window.current_scope() == kiruna
    assert window.mapping.current_cell() == (rows[2].id, columns[3].id)
    # An organisation and a cell no longer there (removed on another copy): the
    # county and its first cell.
    window.close_workspace()
    window.settings.set_place(demo_copy, "borttagen-organisation", ["rad", "kolumn"])
    assert window.open_path(demo_copy)
    assert window.current_scope() is None
    assert window.mapping.current_cell() == (rows[0].id, columns[0].id)
