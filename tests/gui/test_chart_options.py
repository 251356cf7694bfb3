"""The chart's options as the chart follows them, and the chart's canvas.

- A split wins over a frozen baseline (as in qicharts2): the baseline's control
  is disabled while the chart is split, and the chart says so in words.
- P is offered only for a proportion; an old record with P on another kind is
  shown (and said) as the run chart it is drawn as.
- The canvas is matplotlib's FigureCanvasQTAgg showing the core's figure, laid
  out anew for each size rather than stretched.
"""

from __future__ import annotations

import pytest


def _drawn(qtbot, chart, after: int) -> None:
    qtbot.waitUntil(lambda: chart.draw_count > after and chart.is_current(), timeout=20_000)


@pytest.fixture()
def improvement_tab(opened, qtbot):
    view = opened.improvement
    opened.views.setCurrentWidget(view)
    return view


def test_a_split_disables_the_frozen_baseline_and_the_chart_says_so(opened, qtbot,
                                                                    improvement_tab):
    view, chart, ws = improvement_tab, improvement_tab.chart, opened.ws
    measure = next(m for m in ws.measures() if m.freeze)          # "Baslinje: 12 punkter"
    view.select(measure.id)
    _drawn(qtbot, chart, 0)
    assert chart.freeze_spin.isEnabled() and chart.freeze_spin.value() == measure.freeze
    assert "används inte" not in chart.canvas.accessibleDescription()
    periods = [p.period for p in ws.data_points(measure.id)]
    drawn = chart.draw_count
    ws.update_measure(measure.id, splits=[periods[16]])
    chart.schedule()
    _drawn(qtbot, chart, drawn)
    assert len(chart.figure.axes[0].get_lines()) > 0
    assert not chart.freeze_spin.isEnabled() and not chart.freeze_label.isEnabled()
    assert chart.freeze_spin.value() == measure.freeze       # kept, for when it is joined
    assert "delat" in chart.freeze_spin.toolTip()
    words = "\n".join(t.get_text() for t in chart.figure.texts)
    assert f"Baslinjen ({measure.freeze} punkter) används inte när diagrammet är delat" in words
    assert f"Baslinjen ({measure.freeze} punkter) används inte" in \
        chart.canvas.accessibleDescription()
    drawn = chart.draw_count
    ws.update_measure(measure.id, splits=[])
    chart.schedule()
    _drawn(qtbot, chart, drawn)
    assert chart.freeze_spin.isEnabled()


def test_p_is_offered_only_for_a_proportion(opened, qtbot, improvement_tab):
    view, chart, ws = improvement_tab, improvement_tab.chart, opened.ws
    combo = chart.chart_combo
    p_row = combo.findData("p")
    count = next(m for m in ws.measures() if m.kind == "count")
    view.select(count.id)
    _drawn(qtbot, chart, 0)
    assert not combo.model().item(p_row).isEnabled()
    assert "andelar" in combo.model().item(p_row).toolTip()
    share = next(m for m in ws.measures() if m.kind == "proportion")
    drawn = chart.draw_count
    view.select(share.id)
    _drawn(qtbot, chart, drawn)
    assert combo.model().item(p_row).isEnabled()
    assert combo.currentData() == share.chart


def test_an_old_p_record_on_a_count_shows_the_run_chart_it_draws(opened, qtbot,
                                                                 improvement_tab):
    view, chart, ws = improvement_tab, improvement_tab.chart, opened.ws
    count = next(m for m in ws.measures() if m.kind == "count")
    ws._write("measures", count.id, {"chart": "p"})   # as an older version let it be stored
    view.select(count.id)
    _drawn(qtbot, chart, 0)
    assert chart.chart_combo.currentData() == "run"     # what the chart is, not "P-diagram"
    assert chart.figure.axes[0].get_title(loc="left").endswith("Seriediagram")
    words = "\n".join(t.get_text() for t in chart.figure.texts)
    assert "P-diagram passar bara andelar (täljare/nämnare): visas som seriediagram." in words
    assert "P-diagram passar bara andelar" in chart.canvas.accessibleDescription()


def test_the_canvas_is_matplotlibs_qt_canvas_laid_out_for_each_size(opened, qtbot,
                                                                     improvement_tab):
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from PySide6.QtGui import QColor

    view, chart = improvement_tab, improvement_tab.chart
    view.select(next(m for m in opened.ws.measures() if m.chart == "p").id)
    _drawn(qtbot, chart, 0)
    canvas = chart.canvas
    assert isinstance(canvas, FigureCanvasQTAgg)
    assert canvas.figure is chart.figure
    width, height = canvas.width(), canvas.height()
    assert tuple(chart.figure.get_size_inches() * 100) == pytest.approx((width, height),
                                                                        abs=0.5)
    shot = canvas.grab().toImage()
    assert shot.width() == width and shot.height() == height
    colours = {shot.pixelColor(x, y).name() for x in range(0, width, 7)
               for y in range(0, height, 7)}
    assert QColor("#c0392b").name() in colours or len(colours) > 20   # a chart, not blank
    first = chart.figure
    drawn = chart.draw_count
    opened.resize(opened.width() + 240, opened.height() + 80)
    qtbot.waitUntil(lambda: canvas.width() != width)
    _drawn(qtbot, chart, drawn)
    assert chart.figure is not first and canvas.figure is chart.figure   # a new layout...
    assert tuple(chart.figure.get_size_inches() * 100) == pytest.approx(
        (canvas.width(), canvas.height()), abs=0.5)                      # ...for the size
    assert first.get_size_inches() * 100 == pytest.approx((width, height), abs=0.5)


def test_a_redraw_frees_the_figure_it_replaces_at_once(opened, qtbot, improvement_tab):
    """A figure is a web of reference cycles: left to Python's collector, a dozen
    redraws' worth waited for a full collection of the whole program, 40-60 ms
    inside some later redraw (the redraw's worst case)."""
    import gc
    import weakref

    view, chart = improvement_tab, improvement_tab.chart
    view.select(next(m for m in opened.ws.measures() if m.chart == "p").id)
    _drawn(qtbot, chart, 0)
    old = weakref.ref(chart.figure)
    gc.disable()                       # no collection but the panel's own
    try:
        chart.redraw()
        assert chart.figure is not None and old() is None
    finally:
        gc.enable()
