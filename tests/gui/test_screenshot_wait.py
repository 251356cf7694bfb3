"""`vardflata screenshots` waits until the chart is really drawn (the first chart
after an install waits for matplotlib's font cache), not a fixed delay."""

from __future__ import annotations

import time
from types import SimpleNamespace

from app.cli_screenshots import _chart_drawn


class _SlowChart:
    """Drawn after `seconds`, as the first chart after an install."""

    def __init__(self, seconds: float) -> None:
        self.ready_at = time.monotonic() + seconds

    def is_current(self) -> bool:
        return time.monotonic() >= self.ready_at


def test_waits_for_a_slow_first_chart(qapp):
    chart = _SlowChart(1.2)                   # longer than the old fixed 0.8 s
    window = SimpleNamespace(presentation=None, improvement=SimpleNamespace(chart=chart))
    assert _chart_drawn(window, timeout_s=10)
    assert chart.is_current()


def test_gives_up_and_says_so_when_nothing_is_drawn(qapp):
    window = SimpleNamespace(presentation=_SlowChart(60), improvement=None)
    started = time.monotonic()
    assert not _chart_drawn(window, timeout_s=0.3)
    assert time.monotonic() - started < 5


def test_the_improvement_chart_reports_when_it_is_drawn(qtbot, opened):
    view = opened.improvement
    opened.views.setCurrentWidget(view)
    view.select(opened.ws.measures()[0].id)
    assert not view.chart.is_current()        # a drawing is pending
    qtbot.waitUntil(view.chart.is_current, timeout=20_000)
    assert view.chart.figure is not None and not view.chart.canvas.pixmap().isNull()
    opened.resize(1500, 800)                  # a new size: drawn again for it
    qtbot.waitUntil(lambda: view.chart.canvas.width() > 500)
    qtbot.waitUntil(view.chart.is_current, timeout=20_000)
    assert view.chart.canvas.pixmap().width() == view.chart.canvas.width()
