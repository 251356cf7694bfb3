"""The improvement chart at 150 % and 200 % display scaling, and the chart in
presentation mode with zoom: drawn at the screen's device pixel ratio (never a
thumbnail), type in proportion to the interface's, a proportion's axis within
0–100 %, and a header that leaves the chart most of the screen."""

from __future__ import annotations

import textwrap

import pytest
from PySide6.QtCore import Qt

_SCALED_SCRIPT = textwrap.dedent("""
    import time

    def _sharp(image, ratio):
        # Device pixels drawn one by one: a picture drawn at 100 dpi and scaled up
        # by the ratio repeats its pixels, so neighbours along a row would nearly
        # all be pairs; at the device's pixels, many neighbours differ.
        rows = range(image.height() // 4, image.height(), max(1, image.height() // 12))
        changes = pairs = 0
        for y in rows:
            row = [image.pixel(x, y) for x in range(image.width())]
            changes += sum(a != b for a, b in zip(row, row[1:]))
            pairs += sum(a != b for a, b in zip(row[::2], row[1::2]))
        return pairs / max(changes, 1)
    from PySide6.QtGui import QFontInfo
    from PySide6.QtTest import QTest
    view = w.improvement
    w.views.setCurrentWidget(view)
    measure = next(m for m in w.ws.measures() if m.chart == "p")
    view.select(measure.id)
    chart = view.chart
    deadline, settled = time.monotonic() + 60, 0
    while settled < 2 and time.monotonic() < deadline:
        QTest.qWait(50)
        settled = settled + 1 if chart.is_current() and chart.figure is not None else 0
    figure, canvas = chart.figure, chart.canvas
    ax = figure.axes[0]
    low, high = ax.get_ylim()
    ticks = [t.get_text() for t, v in zip(ax.get_yticklabels(), ax.get_yticks())
             if low <= v <= high]
    ratio = canvas.devicePixelRatioF()
    print(json.dumps({
        "ratio": ratio,
        "canvas": [canvas.width(), canvas.height()],
        "pixmap": [chart.canvas.pixmap().width(), chart.canvas.pixmap().height()],
        "grab": [canvas.grab().width(), canvas.grab().height(),
                 canvas.grab().devicePixelRatio()],
        "sharp": _sharp(canvas.grab().toImage(), ratio),
        "figure_px": [round(x * figure.dpi) for x in figure.get_size_inches()],
        "ticks": ticks,
        "chart_type_px": ax.get_xticklabels()[0].get_fontsize() * figure.dpi / 72 / ratio,
        "ui_type_px": QFontInfo(chart.font()).pixelSize(),
    }))
    w.close()
""")


@pytest.mark.parametrize("scale, width, height", [
    ("1", 1280, 800), ("1.5", 1280, 720), ("2", 960, 540)], ids=["100%", "150%", "200%"])
def test_chart_is_drawn_at_the_device_pixel_ratio(window_process, scale, width, height):
    found = window_process(_SCALED_SCRIPT, width, height, scale=scale)
    ratio = found["ratio"]
    assert ratio == pytest.approx(float(scale))
    width_px, height_px = found["canvas"]
    assert width_px >= 200 and height_px >= 200          # a chart, not a thumbnail
    # every device pixel of the pane drawn: the figure as large as the pane
    assert found["pixmap"] == pytest.approx([width_px * ratio, height_px * ratio], abs=1)
    assert found["figure_px"] == pytest.approx(found["pixmap"], abs=1)
    # and the canvas paints them all: a grab of it has the device's pixels
    grab_w, grab_h, grab_ratio = found["grab"]
    assert grab_ratio == pytest.approx(ratio)
    assert [grab_w, grab_h] == pytest.approx([width_px * ratio, height_px * ratio], abs=1)
    if ratio == 2:                     # not a 100-dpi picture doubled (then ~0)
        assert found["sharp"] > 0.3
    # type in proportion to the interface's, whatever the scaling
    assert 0.85 * found["ui_type_px"] <= found["chart_type_px"] <= 1.3 * found["ui_type_px"]
    # a proportion: never below 0 % nor above 100 %
    numbers = [float(t.replace("\N{MINUS SIGN}", "-").replace(" %", "").replace(",", "."))
               for t in found["ticks"]]
    assert numbers and all(0 <= v <= 100 for v in numbers), found["ticks"]


def _type_px(figure) -> float:
    label = figure.axes[0].get_xticklabels()[0]
    return label.get_fontsize() * figure.dpi / 72


def _p_chart_slide(qtbot, window, width: int, height: int):
    """The demo's P chart as a presentation slide in a window of this size, drawn."""
    from app.gui import presentation

    view = window.improvement
    window.views.setCurrentWidget(view)
    view.select(next(m for m in window.ws.measures() if m.chart == "p").id)
    presentation.enter(window)
    slide = window.presentation
    window.showNormal()
    window.resize(width, height)
    qtbot.waitUntil(lambda: slide.height() >= height - 2)
    qtbot.waitUntil(lambda: slide.figure is not None and slide.is_current())
    return slide


@pytest.mark.parametrize("width, height, minimum_px", [(1280, 720, 18), (1920, 1080, 24)])
def test_presentation_zoom_enlarges_the_chart_not_the_header(qtbot, opened, width, height,
                                                             minimum_px):
    """Ctrl++ four times once made the heading grow and the chart a thin strip of
    tiny type; now the heading keeps its size and the chart's type grows."""
    from app.gui import presentation

    slide = _p_chart_slide(qtbot, opened, width, height)
    ratio = slide.devicePixelRatioF()
    normal_px = _type_px(slide.figure) / ratio
    header = slide.title_label.geometry().bottom()
    title_px = slide.title_label.font().pixelSize()
    assert normal_px >= minimum_px                     # legible on a projector
    for _ in range(4):
        qtbot.keyClick(slide, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: slide.is_current())
    zoomed_px = _type_px(slide.figure) / ratio
    assert zoomed_px > normal_px                       # the chart's type grew...
    assert slide.title_label.font().pixelSize() == title_px      # ...the heading did not
    assert slide.title_label.geometry().bottom() <= header
    assert slide.chart_label.height() >= 0.65 * height          # the chart keeps the screen
    words = "\n".join(t.get_text() for t in slide.figure.texts)
    assert "punkter i rad" in words                    # a signal in words, not only "… och"
    for _ in range(6):                                 # zooming out shrinks both
        qtbot.keyClick(slide, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: slide.is_current())
    assert slide.title_label.font().pixelSize() < title_px
    presentation.leave(opened)


_ROOM_SCRIPT = textwrap.dedent("""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QScrollArea
    found = {"tree_before": w.tree_dock.isVisible()}
    w.views.setCurrentIndex(2)                    # Förbättringsarbete
    QTest.qWait(100)
    view = w.improvement
    scroll = view.findChildren(QScrollArea)[0]
    found["tree_on_improvement"] = w.tree_dock.isVisible()
    for _ in range(50):         # a loaded machine: the tab's relayout may take a while
        if not scroll.horizontalScrollBar().isVisible():
            break
        QTest.qWait(20)
    found["sideways"] = scroll.horizontalScrollBar().isVisible()
    w.views.setCurrentIndex(0)
    QTest.qWait(50)
    found["tree_after"] = w.tree_dock.isVisible()
    print(json.dumps(found))
    w.close()
""")


@pytest.mark.parametrize("scale, width, height", [
    ("1", 1280, 800),             # a laptop: the data grid and chart need the room
    ("2", 960, 540),              # 200 % of a 1920 × 1080 screen
])
def test_the_improvement_tab_fits_by_borrowing_the_tree_on_a_narrow_screen(
        window_process, scale, width, height):
    """The improvement tab does not use the organisation tree: the tree steps
    aside while that tab is shown, so nothing scrolls sideways, and it comes
    back on the other tabs."""
    found = window_process(_ROOM_SCRIPT, width, height, scale=scale)
    assert found["tree_before"] and found["tree_after"]
    assert found["tree_on_improvement"] is False
    assert not found["sideways"]


@pytest.mark.parametrize("width, height", [(1280, 720), (1920, 1080)])
def test_every_presentation_zoom_step_changes_the_chart_and_keeps_it_readable(
        qtbot, opened, width, height):
    """Ctrl + once enlarged the chart for three steps, then did nothing (and the y
    axis's numbers overlapped): every step that counts grows the type, the others
    are refused, and the numbers stay apart on a plot that keeps its height."""
    from app.gui import presentation

    slide = _p_chart_slide(qtbot, opened, width, height)
    previous = _type_px(slide.figure)
    for _ in range(8):
        index = slide.zoom_index
        qtbot.keyClick(slide, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: slide.is_current())
        now = _type_px(slide.figure)
        assert (slide.zoom_index == index and now == previous) or now > previous
        previous = now
        figure = slide.figure
        renderer = figure.canvas.get_renderer()
        ax = figure.axes[0]
        low, high = ax.get_ylim()
        boxes = sorted((t.get_window_extent(renderer) for t, v in
                        zip(ax.get_yticklabels(), ax.get_yticks()) if low <= v <= high),
                       key=lambda b: b.y0)
        assert len(boxes) >= 2
        assert all(b.y0 > a.y1 for a, b in zip(boxes, boxes[1:]))
        assert ax.get_window_extent(renderer).height >= 0.45 * figure.bbox.height
    presentation.leave(opened)
