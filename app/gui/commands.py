"""Undoable changes. An undo is itself a new, versioned change of the workspace."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

Apply = Callable[[dict], object]
Text = str | Callable[[], str]     # a function, so the text follows a change of language


class Change(QUndoCommand):
    """Set some fields through `apply`; undo sets their earlier values.

    The first redo happens before the command is pushed (see `push_change`),
    so a write that fails (full disk, read-only stick) never enters the stack.
    """

    def __init__(self, text: Text, apply: Apply, old: dict, new: dict,
                 reveal: Callable[[], None] | None = None) -> None:
        super().__init__(text() if callable(text) else text)
        self._text = text
        self._apply, self._old, self._new = apply, dict(old), dict(new)
        self._reveal = reveal
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False  # already applied by push_change
            return
        self._apply(self._new)
        self._show()

    def undo(self) -> None:
        self._apply(self._old)
        self._show()

    def retranslate(self) -> None:
        """The Edit menu's text in the language just chosen (a text given as a
        function is built again; a plain one stays)."""
        if callable(self._text):
            self.setText(self._text())

    def _show(self) -> None:
        """Bring what changed into view: an undo may concern an organisation
        other than the one on screen, and must not happen out of sight."""
        if self._reveal is not None:
            self._reveal()


def retranslate_stack(stack: QUndoStack) -> None:
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, Change):
            command.retranslate()


def push_change(stack: QUndoStack, text: Text, apply: Apply, old: dict, new: dict,
                reveal: Callable[[], None] | None = None) -> None:
    """Apply a change now and make it undoable. Exceptions propagate, unpushed."""
    apply(new)
    stack.push(Change(text, apply, old, new, reveal))
