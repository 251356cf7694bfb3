"""The data grid of a measure: spreadsheet keys, and columns that all fit.

Tab moves from cell to cell and, after the last cell (Shift+Tab: before the
first), on out of the grid; Ctrl+Tab and Ctrl+Shift+Tab leave it at once, as
in Qt's other widgets that use Tab themselves, so the keyboard is never trapped
in it. Space starts editing the cell with its value kept and selected (as F2),
never replacing a stored value with a blank. F2 edits the cell (not the
window's F2, which renames an organisation in a tree that may be hidden).

A value stored in a new row whose period sorts before others moves the row to
its place: the current cell, and the editor Tab opened, go with it (the model
moves rows instead of resetting), so the next keys land where the user looks.
Enter after a run of Tabs goes down to the column where the run started, as
in a spreadsheet: Täljare, Tab, Nämnare, Enter gives the next row's Täljare.
Tab, from an editor or a cell, goes on to the next cell that can be written (past the
computed Andel and the periods of stored rows), and a key typed on a cell that
cannot be written says why there: no key typed is lost without a word.

Ctrl+C copies the selected cells as tab-separated text, as the grid shows
them (decimal comma), for a spreadsheet. Ctrl+V pastes a block from a
spreadsheet or a text file (tabs, or semicolons): lines that begin with a
period set those periods; lines of values only fill the columns from the
current cell rightward, period after period from its row's. The whole block is
read and checked first (the core's `read_data_block` and `set_data_points`):
one line wrong and nothing is written, and the message names the line. A paste
is one change on the undo stack, and the cells it wrote are selected.

Period and numbers fit their contents; the note takes the rest (elided, whole
in its tooltip and editor), so a long note never widens the grid. The pane
asks for the width its columns need (`needed_width`), so that on a laptop's
1280 or 1366 pixels every column is seen without scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent, QItemSelection, QItemSelectionModel, QMargins, QModelIndex, QPersistentModelIndex,
    Qt, QTimer, Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QHeaderView, QLineEdit, QMenu,
    QStyledItemDelegate, QTableView, QToolTip, QWidget,
)
from shiboken6 import isValid

from app.core.store import ReadOnlyError, StoreError
from app.gui.core_messages import error_text
from app.gui.keys import ENTER_KEYS, edits_with_f2
from app.gui.style import TABLE_RING

_TAB = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_LEAVE = (*ENTER_KEYS, *_TAB)
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right,
          Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End)


def edited_index(editor) -> QModelIndex:
    """The cell an editor of the grid edits, wherever its row has moved since."""
    index = editor.property("gridIndex")
    if isinstance(index, QPersistentModelIndex) and index.isValid():
        return index.model().index(index.row(), index.column())
    return QModelIndex()


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
        return size.grownBy(QMargins(TABLE_RING + 2, 0, TABLE_RING + 2, 0))

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        # Persistent: the row may move to its sorted place while the editor is open.
        editor.setProperty("gridIndex", QPersistentModelIndex(index))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt's name
        """The cell's value into its editor, all of it selected so that typing
        replaces it (as in a spreadsheet). The grid's refresh after each value
        written sets every open editor's data again (Qt does so for a range
        that changed): an editor typed into keeps what is typed, and one that
        had its value selected keeps it selected. The trial lost both: the
        first letters of a note typed right after Tab, and Tab, 23 on a
        Nämnare of 26 gave 2623 (the refresh had put the cursor at the end)."""
        if not isinstance(editor, QLineEdit):
            super().setEditorData(editor, index)
            return
        if editor.isModified():
            return
        text, cursor = editor.text(), editor.cursorPosition()
        whole = editor.selectedText() == text              # also a new, empty editor
        super().setEditorData(editor, index)
        if whole:
            editor.selectAll()
        elif editor.text() == text:   # the cursor where the user put it (Home, then 1)
            editor.setCursorPosition(cursor)

    def _error(self, editor) -> Exception | None:
        if self.check is None or not isinstance(editor, QLineEdit):
            return None
        index = edited_index(editor)
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
        if kind == QEvent.Type.KeyPress and event.key() in ENTER_KEYS \
                and isinstance(self._view, DataView) and isinstance(editor, QLineEdit):
            # Saved and closed now, not after the key (Qt queues it): keys typed
            # right after Enter, while the program was busy, went on into this
            # editor. The view moves down at once, so they go to the next row.
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
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
            if editor.isVisible() and edited_index(editor) == view.currentIndex():
                editor.setText(text)
                editor.selectAll()
                editor.setFocus()


class DataView(QTableView):
    """Spreadsheet keys: type to edit, Enter saves and moves down (after Tabs, to
    the column where they began), Delete removes the period's measurement, F2
    and Space edit; Tab past the last cell, or Ctrl+Tab, leaves the grid;
    Ctrl+C copies the selected cells, Ctrl+V pastes a block. The current cell
    follows its period when rows move, and is never left unset."""

    delete_requested = Signal(int)   # row
    flush = None                     # callable: apply pending model refreshes
    change = None                    # callable(text, apply, old, new, reveal) -> bool:
                                     # a change through the window's undo stack
    report = None                    # callable(error): the window's error message

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        # A rectangle of cells (Shift+arrows, a drag): what Ctrl+C copies.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setAccessibleName(self.tr("Mätvärden"))
        self._tab_start = QPersistentModelIndex()   # where a run of Tabs began
        self._kept: tuple | None = None             # the current cell over a reset

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        if model is not None:
            model.modelAboutToBeReset.connect(self._keep_current)
            model.modelReset.connect(self._restore_current)
            # A row that moved to its sorted place (or one put in above) stays in sight.
            model.layoutChanged.connect(self._show_current)
            model.rowsInserted.connect(self._show_current)

    def event(self, event) -> bool:
        return edits_with_f2(event) or super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # The keyboard's cell stays in sight when the grid gets shorter (the
        # chart's legend taking its lines once the chart is drawn).
        if self.hasFocus() and event.size().height() < event.oldSize().height() \
                and self.currentIndex().isValid():
            self.scrollTo(self.currentIndex())

    # -- the current cell over changes of the rows ------------------------------------

    def _show_current(self, *_) -> None:
        def show() -> None:
            if self.currentIndex().isValid():
                self.scrollTo(self.currentIndex())

        QTimer.singleShot(0, self, show)      # once the view has laid out its rows

    def _keep_current(self) -> None:
        model, index = self.model(), self.currentIndex()
        self._kept = None
        if index.isValid() and hasattr(model, "period"):
            self._kept = (getattr(model.measure, "id", None), model.period(index.row()),
                          index.row(), index.column())

    def _restore_current(self) -> None:
        """After a reset of the same measure's rows (another kind of value), the
        current cell is on the same period again, never nowhere."""
        model, kept, self._kept = self.model(), self._kept, None
        if kept is None or getattr(model.measure, "id", None) != kept[0] \
                or not model.rowCount():
            return
        _, period, old_row, column = kept
        row = model.row_of(period)
        if row is None:
            row = min(old_row, model.rowCount() - 1)
        self.setCurrentIndex(model.index(row, min(column, model.columnCount() - 1)))

    def _flush(self) -> None:
        """The model takes in what was just written, now: `flush` applies the
        refresh that the write scheduled (on a zero-length timer), so that the
        next key, even one already waiting, goes to the cell that follows."""
        if self.flush is not None:
            self.flush()

    # -- Enter: down, to the column where a run of Tabs began -------------------------

    def _tabbed_from(self, index: QModelIndex) -> None:
        """A Tab from `index`: a run of Tabs begins here, or goes on in its row."""
        start = self._tab_start
        if not start.isValid() or start.row() != index.row():
            self._tab_start = QPersistentModelIndex(index)

    def _move_down(self, index: QModelIndex) -> None:
        """To the next row, below the period just written wherever its row has
        gone: in the column where the run of Tabs in this row began, if any."""
        start, self._tab_start = self._tab_start, QPersistentModelIndex()
        column = start.column() if start.isValid() and start.row() == index.row() \
            else index.column()
        written = QPersistentModelIndex(index)
        self._flush()
        model = self.model()
        if written.isValid() and model.rowCount():
            below = model.index(min(written.row() + 1, model.rowCount() - 1), column)
            self.setCurrentIndex(self._past_the_period(below))
            self.scrollTo(below)

    def _past_the_period(self, index: QModelIndex) -> QModelIndex:
        """The new row's period is there already (the next one, suggested):
        Enter from a row begun at its period goes on to the new row's first
        value, where the next number belongs. The trial's second value, typed
        on the period, was refused as no period. Shift+Tab goes back to it. (A
        stored row keeps the period column: nothing typed there changes it.)"""
        model = index.model()
        if index.isValid() and getattr(model, "is_new", None) and model.is_new(index.row()) \
                and model.field(index.column()) == "period":
            for column in range(index.column() + 1, model.columnCount()):
                cell = model.index(index.row(), column)
                if cell.flags() & Qt.ItemFlag.ItemIsEditable:
                    return cell
        return index

    def closeEditor(self, editor, hint) -> None:
        index = self.currentIndex()
        edited = edited_index(editor)
        # Enter; not a click elsewhere, which closes the editor with the same hint
        # after the current cell has moved on.
        down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and \
            edited.isValid() and edited == index
        tab = hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                       QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        if tab and edited.isValid():
            self._tabbed_from(edited)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if down else hint)
        if down and index.isValid():
            self._move_down(index)

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        # Tab, from an editor or a cell: on to the next cell that can be written,
        # past the computed Andel and the periods of stored rows, so that what
        # is typed next goes into a cell (typed on Andel, a note went nowhere;
        # re-trial). The arrows still reach every cell.
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if forward or action == QAbstractItemView.CursorAction.MovePrevious:
            model, index = self.model(), self.currentIndex()
            columns = model.columnCount()
            cell = index.row() * columns + index.column()
            step = 1 if forward else -1
            for other in range(cell + step, model.rowCount() * columns if forward else -1, step):
                target = model.index(*divmod(other, columns))
                if target.flags() & Qt.ItemFlag.ItemIsEditable:
                    return target
        return super().moveCursor(action, modifiers)

    def mousePressEvent(self, event) -> None:
        self._tab_start = QPersistentModelIndex()
        super().mousePressEvent(event)

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
        index = self.currentIndex()
        if not editing and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_cells()
            return
        if not editing and event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        if event.key() in _TAB and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.leave(_forward(event))      # Ctrl+Tab: out of the grid, from any cell
            return
        if event.key() in _MOVES:
            self._tab_start = QPersistentModelIndex()
        if event.key() in _TAB and not editing and index.isValid():
            self._tabbed_from(index)
        if event.key() == Qt.Key.Key_Delete and not editing and index.isValid():
            self._delete(index)
            return
        if event.key() == Qt.Key.Key_Space and not editing \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            # Not a key typed into the cell (which would replace its value with a
            # blank): editing starts with the value kept and selected, as F2.
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event)
                return
        if event.key() in ENTER_KEYS and not editing:
            if index.isValid():
                self._move_down(index)
                return
        text = event.text()
        if not editing and index.isValid() and text.strip() and text.isprintable() \
                and not index.flags() & Qt.ItemFlag.ItemIsEditable and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier):
            self._say_read_only(index)
            return
        super().keyPressEvent(event)

    def _say_read_only(self, index: QModelIndex) -> None:
        """A key typed on a cell that cannot be written: why, at the cell."""
        why = getattr(self.model(), "read_only_reason", None)
        text = why(index) if why is not None else ""
        if text:
            rect = self.visualRect(index)
            QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), text,
                              self.viewport(), rect)

    def _delete(self, index: QModelIndex) -> None:
        """Delete: the period's measurement goes (the whole row: a proportion's value
        is its two numbers), undoably; on the note, only the note. The current
        cell stays in place, on the row that takes the deleted one's place (the
        last period's: emptied in place, DataPointsModel.refresh)."""
        model, row, column = self.model(), index.row(), index.column()
        stored = row < model.rowCount() - 1          # not the blank row
        if stored and model.field(column) == "note":
            # On the note, Delete empties the note (as in a spreadsheet), not the
            # measurement beside it.
            if index.data():
                model.setData(index, "")
            return
        self.delete_requested.emit(row)
        if stored:
            self._flush()
            if model.rowCount():
                here = model.index(min(row, model.rowCount() - 1), column)
                self.setCurrentIndex(here)
                self.scrollTo(here)

    # -- the clipboard -------------------------------------------------------------

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.model() is None or getattr(self.model(), "measure", None) is None:
            return
        menu = QMenu(self)
        copy = menu.addAction(self.tr("&Kopiera") + "\tCtrl+C", self.copy_cells)
        copy.setEnabled(bool(self.selectedIndexes()))
        menu.addAction(self.tr("Klistra &in") + "\tCtrl+V", self.paste_clipboard)
        menu.exec(event.globalPos())

    def copy_cells(self) -> str:
        """The selected cells (or the current one) to the clipboard, as
        tab-separated text with the decimal comma the grid shows."""
        model = self.model()
        indexes = self.selectedIndexes() or [self.currentIndex()]
        text = model.clipboard_text(indexes) if model is not None else ""
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def paste_clipboard(self) -> bool:
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Paste a block: read and checked whole, then written as one undoable
        change, or not at all, with the reason said (which line, and why).
        Values without periods go from the current cell (the selection's top
        left) rightward and downward. The cells written are selected."""
        model = self.model()
        if model is None or model.measure is None:
            return False
        index = self._paste_start()
        try:
            block = model.read_paste(text, index)
            old, new, apply = model.paste_change(block)
        except ReadOnlyError as exc:       # as any edit of a read-only workspace
            self._report(exc)
            return False
        except (StoreError, OSError) as exc:
            self._report(error_text(exc) + "\n\n" + self.tr("Inget klistrades in."))
            return False
        periods = [line.period for line in block.lines]
        first, last = min(periods), max(periods)
        span = first if first == last else f"{first}–{last}"
        window = self.window()
        bar = window.statusBar() if hasattr(window, "statusBar") else None
        before = bar.currentMessage() if bar is not None else ""
        if self.change is None or not self.change(
                lambda: self.tr("Klistra in mätvärden (%1)").replace("%1", span),
                apply, old, new, ("measures", model.measure.id, first)):
            return False
        self._flush()
        self._select_pasted(set(periods), block)
        if bar is not None and bar.currentMessage() == before:   # not over a warning
            said = self.tr("Mätvärden inklistrade: %1 (%2). Ctrl+Z ångrar.").replace(
                "%1", str(len(periods))).replace("%2", span)
            if block.header:
                said += " " + self.tr("Den första raden lästes som kolumnrubriker.")
            bar.showMessage(said, 10000)
        return True

    def _paste_start(self) -> QModelIndex:
        """Where values without periods begin: the top left of the selection,
        or the current cell."""
        selected = self.selectedIndexes()
        if selected:
            row = min(i.row() for i in selected)
            column = min(i.column() for i in selected)
            return self.model().index(row, column)
        return self.currentIndex()

    def _select_pasted(self, periods: set[str], block) -> None:
        """The rows just written selected, in the columns the block wrote."""
        model = self.model()
        rows = [r for r in range(len(model.points)) if model.period(r) in periods]
        if not rows:
            return
        written = {name for line in block.lines for name in line.fields}
        if model.measure.kind == "proportion" and written & {"numerator", "denominator"}:
            written.add("value")           # the Andel they give
        if block.with_periods:
            written.add("period")
        columns = [c for c in range(model.columnCount()) if model.field(c) in written]
        if not columns:
            return
        top_left = model.index(rows[0], columns[0])
        selection = QItemSelection(top_left, model.index(rows[-1], columns[-1]))
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(top_left, flags.NoUpdate)
        self.selectionModel().select(selection, flags.ClearAndSelect)
        self.scrollTo(top_left)

    def _report(self, error: Exception) -> None:
        if self.report is not None:
            self.report(error)

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
