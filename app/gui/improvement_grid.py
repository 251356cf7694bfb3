"""The data grid of a measure: spreadsheet keys, and columns that all fit.

Period and numbers fit their contents; the note takes the rest (elided, whole
in its tooltip and editor), so a long note never widens the grid. The pane
asks for the width its columns need (`needed_width`), so that on a laptop's
1280 or 1366 pixels every column is seen without scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


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
        down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache   # Enter
        index = self.currentIndex()
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
