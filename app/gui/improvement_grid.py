"""The data grid of a measure: spreadsheet keys, and columns that all fit.

Period and numbers fit their contents; the note takes the rest (elided, whole
in its tooltip and editor), so a long note never widens the grid. The pane
asks for the width its columns need (`needed_width`), so that on a laptop's
1280 or 1366 pixels every column is seen without scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QHeaderView, QLineEdit, QStyledItemDelegate,
    QTableView,
)
from shiboken6 import isValid

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_LEAVE = (*_ENTER, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
FOCUS_BORDER = 3      # px: the style sheet's frame of the current cell (application.py)


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
    """Spreadsheet keys: type to edit, Enter saves and moves down, Delete removes."""

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

    def keyPressEvent(self, event) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() == Qt.Key.Key_Delete and not editing and self.currentIndex().isValid():
            self.delete_requested.emit(self.currentIndex().row())
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
