"""The PGSA worksheet fits small and scaled screens: its fields scroll, Spara and
Avbryt stay visible on the screen, and a field that gets the focus scrolls into
view. Each case runs in its own process with an offscreen screen of a given
size (the offscreen platform's configfile) and QT_SCALE_FACTOR."""

from __future__ import annotations

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
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(20)
    found["title_on_agera"] = shown_in_scroll(form.widget("titleEdit"))   # from Planera's end
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
def test_worksheet_fits_the_screen_with_its_buttons(window_process, scale,
                                                     screen_w, screen_h):
    width, height = int(screen_w / float(scale)), int(screen_h / float(scale))
    found = window_process(_SCRIPT, width, height, scale=scale, screen=(screen_w, screen_h))
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
    else:     # Agera fits below the head, which shows whole (the trial's was cut)
        assert found["title_on_agera"], found


_LONG_AIM = textwrap.dedent("""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QComboBox
    from app.gui.layout_check import clipped
    ws, view = w.ws, w.improvement
    cycle = ws.cycles()[0]
    # The trial's aim, long, and the cycle on the team's aim: "… (teamets mål)".
    for aim in ws.aims(cycle.team_id):
        ws.update_aim(aim.id, title="Minst 80 % av personer med samsjuklighet har en SIP "
                                    "inom 30 dagar senast december 2026")
    ws.update_cycle(cycle.id, aim_id=None)
    QTest.qWait(20)
    form = view.open_cycle(cycle.id)
    form.activateWindow()
    QTest.qWait(60)
    scroll = form.content_scroll

    def whole(widget):
        viewport = scroll.viewport()
        top_left = widget.mapTo(viewport, widget.rect().topLeft())
        return viewport.rect().contains(QRect(top_left, widget.size()))

    def look(size):
        found = {"size": size, "sideways": scroll.horizontalScrollBar().maximum(),
                 "clipped": clipped(form), "left": []}
        # Every field the keyboard reaches, on every page: never scrolled sideways
        # (the labels cut to "amn på testet", "eam:") and each list whole.
        for page in range(form.phase_tabs.count()):
            form.phase_tabs.setCurrentIndex(page)
            form.widget("titleEdit").setFocus()
            for _ in range(14):
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                focus = QApplication.focusWidget()
                if scroll.horizontalScrollBar().value() != 0:
                    found["left"].append(focus.objectName())
                if isinstance(focus, QComboBox) and not whole(focus):
                    found["left"].append("cut " + focus.objectName())
        found["tooltip"] = form.widget("aimCombo").toolTip()
        return found

    results = [look("fitted")]
    form.resize(820, 728)                   # the size the trial had
    QTest.qWait(20)
    results.append(look("820x728"))
    print(json.dumps(results))
    form.reject(); w.close()
""")


@pytest.mark.parametrize("screen_w, screen_h", [(1024, 768), (1366, 768)])
def test_a_long_aim_never_makes_the_worksheet_scroll_sideways(window_process,
                                                              screen_w, screen_h):
    """Trial: a long aim widened the form past the dialog (820 × 728): a field
    taking the focus scrolled it sideways, cutting the labels, and the lists'
    arrows were cut off."""
    results = window_process(_LONG_AIM, screen_w, screen_h, screen=(screen_w, screen_h))
    for found in results:
        assert found["sideways"] == 0, found
        assert found["clipped"] == [], found
        assert found["left"] == [], found
        assert found["tooltip"].endswith("(teamets mål)"), found   # the whole aim, to read
