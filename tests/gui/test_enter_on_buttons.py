"""Enter on a focused push button clicks it in the main window's views too,
not only in dialogs (Qt's autoDefault): on the start page Enter did nothing,
a new user's first key (trial); Space did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton


def presses(button: QPushButton, qtbot, key) -> int:
    """How many clicks `key` gives on the focused button (its own work,
    a dialog, disconnected)."""
    button.clicked.disconnect()
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, key)
    return len(clicks)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_the_start_pages_buttons_take_enter(window, qtbot, key):
    buttons = window.start_page.findChildren(QPushButton)
    assert [b.text() for b in buttons] == [
        "Öppna demo för Norrbotten", "Ny arbetsyta…", "Öppna arbetsyta…",
        "Starta en ny kopia från ett synkpaket…"]
    for button in buttons:
        assert presses(button, qtbot, key) == 1, button.text()


def test_the_views_buttons_take_enter(opened, qtbot):
    for view in (opened.findings_tab.widget, opened.improvement):
        opened.views.setCurrentWidget(view)
        shown = [b for b in view.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
        assert shown, view
        for button in shown:
            assert presses(button, qtbot, Qt.Key.Key_Return) == 1, button.text()
