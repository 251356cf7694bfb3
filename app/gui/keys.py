"""Keys a view keeps from the window's shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)   # the main keyboard's and the keypad's


def edits_with_f2(event) -> bool:
    """For a view's event(): F2 edits the view's cell (as F1 says) rather than
    triggering the window's F2, which renames the organisation last chosen in a
    tree that may not even be in sight. True when the event was taken."""
    if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_F2:
        event.accept()
        return True
    return False
