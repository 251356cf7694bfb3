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
