"""Keys a view keeps from the window's shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPushButton, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)   # the main keyboard's and the keypad's


def edits_with_f2(event) -> bool:
    """For a view's event(): F2 edits the view's cell (as F1 says) rather than
    triggering the window's F2, which renames the organisation last chosen in a
    tree that may not even be in sight. True when the event was taken."""
    if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_F2:
        event.accept()
        return True
    return False


def enter_clicks_buttons(root: QWidget) -> None:
    """Enter on a focused push button under root clicks it, as Space does. Qt
    does so only for a dialog's buttons (autoDefault); in the main window's
    views Enter did nothing, the start page's too: a new user's very first
    key (trial)."""
    for button in root.findChildren(QPushButton):
        button.setAutoDefault(True)
