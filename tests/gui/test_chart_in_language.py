"""The improvement charts as the user sees them: in the interface's language, and
with larger type in presentation mode (following its zoom)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture()
def improvement(qtbot, demo_window):
    """improvement(): the main window on a copy of the demo, on the improvement tab
    with the P chart measure (signals, limits, target, cycles) selected."""

    def build():
        window = demo_window()
        view = window.improvement
        window.views.setCurrentWidget(view)
        measure = next(m for m in window.ws.measures() if m.chart == "p")
        view.select(measure.id)
        qtbot.waitUntil(lambda: view.chart.figure is not None
                        and view.chart.measure_id == measure.id)
        return window, view

    return build


def _figure_texts(figure) -> list[str]:
    ax = figure.axes[0]
    return ([t.get_text() for t in ax.texts] + [t.get_text() for t in figure.texts]
            + [ax.get_title(loc="left"), ax.get_ylabel()]
            + [t.get_text() for t in ax.get_yticklabels()])


def test_english_interface_shows_the_chart_in_english(qtbot, language, improvement):
    language("en")
    window, view = improvement()
    words = view.chart.signal_words
    assert any("points in a row above the mean" in w for w in words), words
    assert any(w.startswith("Too few crossings of the mean") for w in words)
    assert not any(sv in w for w in words for sv in ("punkter", "medelvärdet", "styrgräns",
                                                       "förbättring", "försämring"))
    texts = _figure_texts(view.chart.figure)
    joined = "\n".join(texts)
    for english in ("UCL ", "LCL ", "Mean ", "Target 80%", "P chart", "Proportion", "PDSA 1"):
        assert english in joined, english
    for swedish in ("ÖSG", "NSG", "Medel ", "Mål ", "P-diagram", "Andel\n", "PGSA",
                    "punkter", "medelvärdet", "styrgräns"):
        assert swedish not in joined + "\n", swedish
    assert any(t.endswith("%") and "." in t for t in texts)    # 52.7%, not 52,7 %


def test_swedish_interface_keeps_the_swedish_chart(qtbot, language, improvement):
    language("sv")
    window, view = improvement()
    assert any("punkter i rad över medelvärdet" in w for w in view.chart.signal_words)
    joined = "\n".join(_figure_texts(view.chart.figure))
    assert "ÖSG " in joined and "Mål 80 %" in joined and "P-diagram" in joined


def _type_px(figure) -> float:
    """Pixel size of the period labels' type as drawn on the screen."""
    label = figure.axes[0].get_xticklabels()[0]
    return label.get_fontsize() * figure.dpi / 72


def test_presentation_chart_has_larger_type_following_the_zoom(qtbot, language,
                                                               improvement):
    from app.gui import presentation

    language("en")
    window, view = improvement()
    normal_px = _type_px(view.chart.figure)
    presentation.enter(window)
    slide = window.presentation
    assert type(slide).__name__ == "ChartPresentation"
    window.showNormal()
    sizes = {}
    for width, height in ((1280, 720), (1920, 1080)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: slide.height() >= height - 2)
        drawn = slide.draw_count
        qtbot.waitUntil(lambda: slide.draw_count > drawn
                        and slide.figure.get_size_inches()[1] * 100 > height * 0.6)
        sizes[height] = _type_px(slide.figure) / slide.devicePixelRatioF()
        texts = "\n".join(_figure_texts(slide.figure))
        assert "UCL " in texts and "ÖSG" not in texts          # in English there too
    assert sizes[720] >= 1.3 * normal_px
    assert sizes[1080] >= 2.0 * normal_px and sizes[1080] > sizes[720]
    drawn = slide.draw_count
    qtbot.keyClick(slide, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: slide.draw_count > drawn)
    assert _type_px(slide.figure) > sizes[1080]
    drawn = slide.draw_count
    qtbot.keyClick(slide, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(slide, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: slide.draw_count > drawn
                    and _type_px(slide.figure) < sizes[1080])
    presentation.leave(window)
