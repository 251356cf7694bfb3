"""A warning while typing: text that looks like a personnummer, in any editor.

Installed once per main window. Every line edit
and text edit that gets the keyboard focus is watched; when its text looks
like a personnummer (app.core.privacy.typing_warning), the window's status
bar says so at once (the main window warns again when the change is saved,
and the privacy check stops it before every export).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

EDITORS = (QLineEdit, QPlainTextEdit, QTextEdit)
WATCHED = "vardflataPrivacyWatched"
SHOW_MS = 10000


class PrivacyWatch(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self.last_warning: str | None = None
        self._shown: tuple[object, str] | None = None   # (editor, message) said last
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        if not isinstance(new, EDITORS) or not self._belongs(new):
            return
        mark = f"{WATCHED}-{id(self)}"
        if not new.property(mark):
            new.setProperty(mark, True)
            new.textChanged.connect(self._text_changed)

    def _belongs(self, widget) -> bool:
        """Whether widget is in this window or one of its dialogs."""
        while widget is not None:
            if widget is self._window:
                return True
            widget = widget.parentWidget()
        return False

    def _text_changed(self, *_args) -> None:
        editor = self.sender()
        if not isinstance(editor, EDITORS):
            return
        text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        from app.core.privacy import typing_warning   # on the first keystroke, not at start

        warning = typing_warning(text)
        if warning and warning != self.last_warning:
            self._shown = (editor, "⚠ " + warning)
            self._window.statusBar().showMessage(self._shown[1], SHOW_MS)
        elif not warning and self._shown is not None and self._shown[0] is editor:
            # The number typed away in the editor that had it: its warning goes
            # (only this one's, still shown: not the save's, nor another text's).
            self._window.withdraw_message(self._shown[1])
            self._shown = None
        self.last_warning = warning


def install_privacy_watch(window) -> PrivacyWatch:
    window.privacy_watch = PrivacyWatch(window)
    return window.privacy_watch
