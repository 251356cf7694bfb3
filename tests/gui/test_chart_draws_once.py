"""Stepping through the improvement tree with the arrow keys draws each chart
once, and a burst of steps draws only the measure the keys stop on: the trial
found about a second a step (every measure passed was drawn, and drawn again
when the chart's legend then took more or fewer lines)."""

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


def _improvement(window, qtbot):
    window.views.setCurrentWidget(window.improvement_tab)
    view = window.improvement
    qtbot.waitUntil(lambda: view.tree.model().rowCount() > 0)
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    chart = view.chart
    return view, chart, lambda: chart.measure_id == view.measure_id and chart.is_current()


def test_a_step_whose_legend_changes_height_draws_once(opened, qtbot):
    view, chart, drawn = _improvement(opened, qtbot)
    rows = _rows(view)
    heights = {}
    for i, index in enumerate(rows):
        if index.data(KIND_ROLE) == "measure":
            view.tree.setCurrentIndex(index)
            qtbot.waitUntil(drawn, timeout=20_000)
            heights[i] = chart.legend.height()
    step = next(i for i in heights if i + 1 in heights and heights[i] != heights[i + 1])
    view.tree.setCurrentIndex(rows[step])
    qtbot.waitUntil(drawn)
    count, legend = chart.draw_count, chart.legend.height()
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    qtbot.waitUntil(drawn)
    qtbot.wait(300)                                       # and nothing after it
    assert chart.legend.height() != legend                # the legend took its new lines …
    assert chart.draw_count == count + 1                  # … before the one draw


def test_a_burst_of_steps_draws_only_where_it_stops(opened, qtbot, monkeypatch):
    from app.gui import improvement_chart

    # A long settling time, so that the steps' own work never outlasts it here.
    monkeypatch.setattr(improvement_chart, "SWITCH_SETTLE_MS", 1000)
    view, chart, drawn = _improvement(opened, qtbot)
    rows = _rows(view)
    kinds = [index.data(KIND_ROLE) for index in rows]
    start = next(i for i in range(len(kinds) - 3) if kinds[i:i + 4] == ["measure"] * 4)
    view.tree.setCurrentIndex(rows[start])
    qtbot.waitUntil(drawn, timeout=20_000)
    count = chart.draw_count
    for _ in range(3):                            # as a held key repeats
        qtbot.keyClick(view.tree, Qt.Key.Key_Down)
        qtbot.wait(30)
    assert chart.draw_count == count              # none of those passed
    assert view.tree.currentIndex() == rows[start + 3]
    qtbot.waitUntil(drawn, timeout=5000)
    assert chart.draw_count == count + 1
