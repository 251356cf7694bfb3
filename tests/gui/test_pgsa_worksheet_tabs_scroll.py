"""Switching the PGSA worksheet's page (Alt+P/G/U/A, Ctrl+Tab, Ctrl+Shift+Tab) shows
the page's first row whole, its label and its field, and the field that takes
the keyboard whole with it. Trial (1366 × 768, by keyboard): Alt+A scrolled the
worksheet so that Beslut, Agera's first row, was cut at the top: Nästa cykel
had grown as tall as the tallest page (Planera, with its tables) and was
scrolled to alone. Each screen runs in its own process (the offscreen
platform's configfile, as test_pgsa_worksheet_fits); on each, the worksheet is
also made lower, as a taskbar and a title bar make it."""

from __future__ import annotations

import textwrap

import pytest

_SCRIPT = textwrap.dedent("""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QFormLayout
    view = w.improvement
    view.cycles_view.setCurrentIndex(view.cycles_model.index(0, 0))
    form = view.open_selected_cycle()
    form.activateWindow()
    viewport = form.content_scroll.viewport()

    def settle():
        for _ in range(3):
            QApplication.processEvents()

    def key(k, modifiers=Qt.KeyboardModifier.AltModifier):
        QTest.keyClick(QApplication.focusWidget(), k, modifiers)
        settle()

    def cut(widget):
        top_left = widget.mapTo(viewport, QPoint(0, 0))
        return not viewport.rect().contains(QRect(top_left, widget.size()))

    found = []

    def check(step):
        page = form.phase_tabs.currentWidget()
        rows = page.layout()
        focus = QApplication.focusWidget()
        shown = [rows.itemAt(0, QFormLayout.ItemRole.LabelRole).widget(),
                 rows.itemAt(0, QFormLayout.ItemRole.FieldRole).widget(), focus]
        wrong = sorted({w.objectName() for w in shown if cut(w)})
        if wrong or not page.isAncestorOf(focus):
            found.append({"viewport": viewport.height(), "step": step,
                          "page": page.objectName(), "focus": focus.objectName(),
                          "cut": wrong})

    P, G, U, A, H = Qt.Key.Key_P, Qt.Key.Key_G, Qt.Key.Key_U, Qt.Key.Key_A, Qt.Key.Key_H
    CTRL = Qt.KeyboardModifier.ControlModifier

    def switch_all():
        # From the title at the top: each page's mnemonic in turn.
        key(P)
        form.widget("titleEdit").setFocus()
        settle()
        for letter, name in ((G, "G"), (U, "U"), (A, "A"), (P, "P")):
            key(letter)
            check("Alt+" + name + " in turn")
        # From Planera scrolled to its end (Mått …, Alt+H) to another page.
        for letter, name in ((G, "G"), (U, "U"), (A, "A")):
            key(P)
            key(H)
            key(letter)
            check("Alt+" + name + " from Planera's end")
        # The tab widget's own keys, from Planera's end and back.
        key(P)
        key(H)
        for _ in range(3):
            key(Qt.Key.Key_Tab, CTRL)
            check("Ctrl+Tab")
        for _ in range(2):
            key(Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
            check("Ctrl+Shift+Tab")

    settle()
    switch_all()
    fitted = viewport.height()
    for height in (467, 420, 292):    # 467: Beslut was cut halfway, 292: 200 % on 1366 × 768
        if height < fitted:
            form.resize(form.width(), form.height() - (viewport.height() - height))
            settle()
            switch_all()
    print(json.dumps({"fitted": fitted, "wrong": found}))
    form.reject(); w.close()
""")


@pytest.mark.parametrize("scale, screen_w, screen_h", [
    ("1", 1366, 768),
    ("1", 1024, 768),
    ("1", 1920, 1080),
    ("1.5", 1366, 768),
    ("2", 1366, 768),
], ids=["1366x768-100%", "1024x768-100%", "1920x1080-100%", "1366x768-150%",
        "1366x768-200%"])
def test_switching_page_shows_its_first_row_and_the_focus_whole(window_process, scale,
                                                                  screen_w, screen_h):
    width, height = int(screen_w / float(scale)), int(screen_h / float(scale))
    found = window_process(_SCRIPT, width, height, scale=scale, screen=(screen_w, screen_h))
    assert found["wrong"] == [], found
