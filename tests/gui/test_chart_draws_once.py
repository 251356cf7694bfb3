"""Stepping through the improvement tree with the arrow keys draws each chart
once, and a burst of steps draws only the measure the keys stop on: the trial
found about a second a step (every measure passed was drawn, and drawn again
when the chart's legend took its lines)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.improvement_view import KIND_ROLE


def _rows(view) -> list:
    """Every node of the tree, expanded, in the order the Down key visits them."""
    model, found = view.tree.model(), []

    def walk(parent) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            view.tree.expand(index)
            found.append(index)
            walk(index)

    walk(view.tree.rootIndex())
    return found


def test_one_draw_a_measure_and_none_for_those_passed(opened, qtbot):
    window = opened
    window.views.setCurrentWidget(window.improvement_tab)
    view, chart = window.improvement, window.improvement.chart
    qtbot.waitUntil(lambda: view.tree.model().rowCount() > 0)
    rows = _rows(view)
    kinds = [index.data(KIND_ROLE) for index in rows]
    start = next(i for i in range(len(kinds) - 3) if kinds[i:i + 4] == ["measure"] * 4)
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)

    def drawn() -> bool:
        return chart.measure_id == view.measure_id and chart.is_current()

    view.tree.setCurrentIndex(rows[start])
    qtbot.waitUntil(drawn, timeout=20_000)
    count = chart.draw_count
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)                 # one step: one draw
    qtbot.waitUntil(drawn)
    qtbot.wait(300)                                            # and nothing after it
    assert chart.draw_count == count + 1
    count = chart.draw_count
    for _ in range(2):                  # a burst, as a held key repeats: the last alone
        qtbot.keyClick(view.tree, Qt.Key.Key_Down)
        qtbot.wait(20)
    assert view.tree.currentIndex() == rows[start + 3]
    qtbot.waitUntil(drawn)
    qtbot.wait(300)
    assert chart.draw_count == count + 1
