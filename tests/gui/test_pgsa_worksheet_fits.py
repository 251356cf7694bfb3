"""The PGSA worksheet fits small and scaled screens: its fields scroll, Spara and
Avbryt stay visible on the screen, and a field that gets the focus scrolls into
view. Each case runs in its own process with an offscreen screen of a given
size (the offscreen platform's configfile) and QT_SCALE_FACTOR."""

from __future__ import annotations

import json
import textwrap

import pytest

_SCRIPT = textwrap.dedent("""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    from app.gui.layout_check import clipped
    view = w.improvement
    view.cycles_view.setCurrentIndex(view.cycles_model.index(0, 0))
    form = view.open_selected_cycle()
    form.activateWindow()
    QTest.qWait(60)

    def rect(widget):
        top_left = widget.mapToGlobal(widget.rect().topLeft())
        return [top_left.x(), top_left.y(), widget.width(), widget.height()]

    def shown_in_scroll(widget):
        viewport = form.content_scroll.viewport()
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        return viewport.rect().contains(QRect(top_left, widget.size()))

    buttons = form.findChild(QDialogButtonBox, "buttonBox")
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    found = {"available": list(form.screen().availableGeometry().getRect()),
             "dialog": list(form.frameGeometry().getRect()),
             "inside": rect(form), "save": rect(save),
             "save_visible": save.isVisible(), "clipped": clipped(form)}
    # Tab from the first field through the header to the Planera tab's first field.
    order = [QApplication.focusWidget().objectName()]
    for _ in range(8):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    found["tab_order"] = order
    # A mnemonic to the last field of Planera scrolls it into view, and back up.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(20)
    measures = form.widget("measuresList")
    found["measures_focused"] = QApplication.focusWidget() is measures
    found["measures_shown"] = shown_in_scroll(measures)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(20)
    found["title_shown"] = shown_in_scroll(form.widget("titleEdit"))
    found["scrolls"] = form.content_scroll.verticalScrollBar().maximum() > 0
    found["sideways"] = form.content_scroll.horizontalScrollBar().maximum()
    print(json.dumps(found))
    form.reject(); w.close()
""")


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize("scale, screen_w, screen_h", [
    ("1", 1366, 768),       # 100 % on the laptops
    ("1.5", 1920, 1080),    # 150 % on a full-HD screen: 1280 × 720 logical
    ("2", 1920, 1080),      # 200 % on a full-HD screen: 960 × 540 logical
    ("2", 1366, 768),       # 200 % on the laptops: 683 × 384 logical
], ids=["1366x768-100%", "1920x1080-150%", "1920x1080-200%", "1366x768-200%"])
def test_worksheet_fits_the_screen_with_its_buttons(window_process, tmp_path, scale,
                                                     screen_w, screen_h):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": screen_w, "height": screen_h,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    width, height = int(screen_w / float(scale)), int(screen_h / float(scale))
    found = window_process(_SCRIPT, width, height, scale=scale,
                           platform=f"offscreen:configfile={config}")
    assert found["available"] == [0, 0, width, height]      # the screen is as configured
    assert _inside(found["dialog"], found["available"]), found
    assert found["save_visible"]
    assert _inside(found["save"], found["inside"]), found    # not cut by the dialog's edge
    assert _inside(found["save"], found["available"]), found
    assert found["clipped"] == []
    assert found["tab_order"] == [
        "titleEdit", "aimCombo", "changeIdeaCombo", "previousCombo", "statusCombo",
        "startsEdit", "endsEdit", "qt_tabwidget_tabbar", "objectiveEdit"]
    assert found["measures_focused"] and found["measures_shown"]
    assert found["title_shown"]
    assert found["sideways"] == 0      # only down: the form is as narrow as the screen
    if float(scale) >= 2:
        assert found["scrolls"]       # the worksheet is taller than these screens
