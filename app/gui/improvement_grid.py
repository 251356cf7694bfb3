"""The data grid of a measure: spreadsheet keys, and columns that all fit.

Tab moves from cell to cell and, after the last cell (Shift+Tab: before the
first), on out of the grid; Ctrl+Tab and Ctrl+Shift+Tab leave it at once, as
in Qt's other widgets that use Tab themselves, so the keyboard is never trapped
in it. Space starts editing the cell with its value kept and selected (as F2),
never replacing a stored value with a blank.

Period and numbers fit their contents; the note takes the rest (elided, whole
in its tooltip and editor), so a long note never widens the grid. The pane
asks for the width its columns need (`needed_width`), so that on a laptop's
1280 or 1366 pixels every column is seen without scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QHeaderView, QLineEdit, QStyledItemDelegate,
    QTableView, QWidget,
)
from shiboken6 import isValid

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TAB = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_LEAVE = (*_ENTER, *_TAB)
FOCUS_BORDER = 3      # px: the style sheet's frame of the current cell (application.py)


def _forward(event) -> bool:
    """Tab goes forward; Shift+Tab (Backtab, or Tab with Shift) backward."""
    return event.key() == Qt.Key.Key_Tab and \
        not event.modifiers() & Qt.KeyboardModifier.ShiftModifier


class GridDelegate(QStyledItemDelegate):
    """Checks what is typed before it reaches the model: a mistyped period or
    number is said (`report`, the window's error message) and stays in its
    editor to be corrected, instead of an exception in a Qt slot or a value
    saved under the wrong period. Cells are as wide as their text plus the
    focus frame, so the current cell is never elided."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self.check = None       # callable(index, text) -> Exception | None
        self.report = None      # callable(error): the window's error message
        self._busy = False      # a message is on its way or a write under way

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        return size.grownBy(QMargins(FOCUS_BORDER + 2, 0, FOCUS_BORDER + 2, 0))

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        editor.setProperty("gridRow", index.row())
        editor.setProperty("gridColumn", index.column())
        return editor

    def _error(self, editor) -> Exception | None:
        if self.check is None or not isinstance(editor, QLineEdit):
            return None
        index = self._view.model().index(editor.property("gridRow"),
                                         editor.property("gridColumn"))
        return self.check(index, editor.text()) if index.isValid() else None

    def eventFilter(self, editor, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusOut and self._busy:
            return True         # the message took the focus: the editor stays as it is
        if kind == QEvent.Type.KeyPress and event.key() in _LEAVE:
            error = self._error(editor)
            if error is not None:
                self._say(error, editor, QPersistentModelIndex(), "")
                return True     # the editor stays open, with what was typed
        if kind == QEvent.Type.KeyPress and event.key() in _TAB \
                and isinstance(self._view, DataView) and self._view.leaves(event):
            # Out of the grid: what was typed is saved, and the focus goes on.
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._view.leave(_forward(event))
            return True
        return super().eventFilter(editor, event)

    def setModelData(self, editor, model, index) -> None:
        error = self._error(editor)
        if error is not None:   # left by a click or focus: said, then given back
            self._say(error, None, QPersistentModelIndex(index), editor.text())
            return
        self._busy = True       # a failed write shows a message: no second commit
        try:
            super().setModelData(editor, model, index)
        finally:
            self._busy = False

    def _say(self, error: Exception, editor, index: QPersistentModelIndex, text: str) -> None:
        if self._busy:
            return
        self._busy = True

        def show() -> None:
            try:
                if self.report is not None:
                    self.report(error)
            finally:
                self._busy = False
            self._restore(editor, index, text)

        QTimer.singleShot(0, self, show)

    def _restore(self, editor, index: QPersistentModelIndex, text: str) -> None:
        """Back into the editor, with the text to correct."""
        if editor is not None and isValid(editor) and editor.isVisible():
            editor.setFocus()
            editor.selectAll()
            return
        if not index.isValid():
            return
        view = self._view
        view.setCurrentIndex(view.model().index(index.row(), index.column()))
        view.edit(view.currentIndex())
        for editor in view.findChildren(QLineEdit):
            if editor.isVisible() and editor.property("gridRow") == index.row() \
                    and editor.property("gridColumn") == index.column():
                editor.setText(text)
                editor.selectAll()
                editor.setFocus()


class DataView(QTableView):
    """Spreadsheet keys: type to edit, Enter saves and moves down, Delete removes;
    Tab past the last cell, or Ctrl+Tab, leaves the grid."""

    delete_requested = Signal(int)   # row
    flush = None                     # callable: apply pending model refreshes

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAccessibleName(self.tr("Mätvärden"))

    def _move_down(self, row: int, column: int) -> None:
        # Later, once the model has taken in the new value (and a new last row):
        # `flush` applies the refresh that the write scheduled.
        def move() -> None:
            if self.flush is not None:
                self.flush()
            self.setCurrentIndex(self.model().index(
                min(row + 1, self.model().rowCount() - 1), column))

        QTimer.singleShot(0, self, move)

    def closeEditor(self, editor, hint) -> None:
        index = self.currentIndex()
        # Enter; not a click elsewhere, which closes the editor with the same hint
        # after the current cell has moved on.
        down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and \
            (editor.property("gridRow"), editor.property("gridColumn")) == \
            (index.row(), index.column())
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if down else hint)
        if down and index.isValid():
            self._move_down(index.row(), index.column())

    # -- leaving by Tab -----------------------------------------------------------

    def _at_edge(self, forward: bool) -> bool:
        """The current cell is the last one Tab reaches (forward) or the first."""
        model, index = self.model(), self.currentIndex()
        if model is None or not index.isValid():
            return False
        last = (model.rowCount() - 1, model.columnCount() - 1) if forward else (0, 0)
        return (index.row(), index.column()) == last

    def leaves(self, event) -> bool:
        """Whether this Tab key takes the focus out of the grid: Ctrl+Tab always,
        Tab after the last cell, Shift+Tab before the first."""
        return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier) \
            or self._at_edge(_forward(event))

    def leave(self, forward: bool) -> bool:
        """The focus to the widget after the grid (before it), as Tab from a
        widget that does not use Tab itself."""
        return QWidget.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        # Tab and Shift+Tab (without Ctrl) arrive here; the item view's own turns
        # them into a move to the next cell, wrapping round at the end.
        if self.state() != QAbstractItemView.State.EditingState and self._at_edge(forward):
            return self.leave(forward)
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in _TAB and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.leave(_forward(event))      # Ctrl+Tab: out of the grid, from any cell
            return
        if event.key() == Qt.Key.Key_Delete and not editing and self.currentIndex().isValid():
            self.delete_requested.emit(self.currentIndex().row())
            return
        if event.key() == Qt.Key.Key_Space and not editing \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            # Not a key typed into the cell (which would replace its value with a
            # blank): editing starts with the value kept and selected, as F2.
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event)
                return
        if event.key() in _ENTER and not editing:
            index = self.currentIndex()
            if index.isValid():
                self._move_down(index.row(), index.column())
                return
        super().keyPressEvent(event)

    # -- columns ---------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Period and numbers fit their contents, the note takes the rest."""
        header = self.horizontalHeader()
        last = self.model().columnCount() - 1
        for column in range(last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if last >= 0:
            header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)

    def needed_width(self) -> int:
        """The width at which every column is whole: each column's contents or
        head, whichever is wider, the note at least as wide as its head, the
        vertical scroll bar and the frame."""
        header = self.horizontalHeader()
        count = self.model().columnCount() if self.model() is not None else 0
        columns = sum(max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
                      for c in range(count - 1))
        # A stretched section is never narrower than the default section size.
        note = max(header.sectionSizeHint(count - 1), header.defaultSectionSize()) \
            if count else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return columns + note + bar + 2 * self.frameWidth()
