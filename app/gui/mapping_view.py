"""The mapping view: the matrix heatmap above, the selected cell's methods below.

Keyboard first: arrows move between cells; Enter goes down to the methods;
there, arrows move between methods and columns, 0–5 set the status, typing
in a text column writes there, Enter writes the note (or edits the current
cell) and Esc goes back to the matrix.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHeaderView, QLabel, QPlainTextEdit, QSplitter,
    QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from app.gui.items_model import (
    COL_COMPETENCE, COL_LEVEL, COL_NEED, COL_NOTE, COL_STATUS, COL_TRAINED, FIELD_ROLE,
    ItemsModel,
)
from app.gui.keys import ENTER_KEYS, edits_with_f2
from app.gui.labels import STATUS_KEYS, level_label, status_text
from app.gui.lazy_tab import laid_out
from app.gui.matrix_model import MatrixModel
from app.gui.matrix_view import MatrixView, head_metrics
from app.gui.own_viewport import own_viewport
from app.gui.style import TABLE_RING, focus_ring, style_label
from app.gui.theme import CURRENT_ROW
from app.workspace import LEVELS, STATUSES


class ItemsView(QTableView):
    """The methods of a cell. Keys, for one organisation:
    0–5 on the method or its status set the status; in a text column any key
    starts writing there; F2 edits the current cell, and so does Enter (on the
    method or its status, Enter writes the note); Esc goes back to the matrix."""

    status_key = Signal(int, str)   # row, status
    level_key = Signal(int, object)  # row, level (None: none)
    escape_pressed = Signal()
    not_editable = Signal()         # a status key where statuses cannot be set
    typed_in_choice = Signal(int)   # a letter in the status or level column

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        own_viewport(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(self.tr("Metoder i vald ruta"))

    def event(self, event) -> bool:
        return edits_with_f2(event) or super().event(event)

    ROW_FRAME = 3       # px: the frame of the current method's row

    def _row_rect(self, row: int) -> QRect:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return QRect()
        return self.visualRect(model.index(row, 0)).united(
            self.visualRect(model.index(row, model.columnCount() - 1)))

    def _keyed(self) -> bool:
        """Whether the keys go to this list (to it, or to an editor in it)."""
        return self.hasFocus() or self.state() == QAbstractItemView.State.EditingState

    def paintEvent(self, event) -> None:
        """The current method's row framed whole while the list has the keys:
        the row the status keys change, seen from the back of a room (the pale
        selection alone was not, on a projector)."""
        super().paintEvent(event)
        rect = self._row_rect(self.currentIndex().row())
        if rect.isEmpty() or not self._keyed():
            return
        painter = QPainter(self.viewport())
        pen = QPen(QColor(CURRENT_ROW), self.ROW_FRAME)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = self.ROW_FRAME // 2
        painter.drawRect(rect.adjusted(half, half, -half - 1, -half - 1))
        if self.hasFocus():         # the cell's own ring, whole over the row's frame
            focus_ring(painter, self.visualRect(self.currentIndex()), TABLE_RING)
        painter.end()

    def _update_row(self, row: int) -> None:
        rect = self._row_rect(row)
        if not rect.isEmpty():
            self.viewport().update(rect)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        if current.row() != previous.row():
            self._update_row(previous.row())
            self._update_row(current.row())

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self._update_row(self.currentIndex().row())

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        # An editor closed by a click elsewhere: the list had the keys through it
        # and gets no focus-out of its own (review: the frame stayed on screen).
        super().closeEditor(editor, hint)
        self._update_row(self.currentIndex().row())

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self._update_row(self.currentIndex().row())

    def _editable(self, index: QModelIndex) -> bool:
        return index.isValid() and bool(self.model().flags(index) & Qt.ItemFlag.ItemIsEditable)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if self.state() != QAbstractItemView.State.EditingState and index.isValid():
            row, column = index.row(), index.column()
            digit = event.key() - Qt.Key.Key_0
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier)
            if plain and digit in STATUS_KEYS and column in (0, COL_STATUS):
                if self._editable(self.model().index(row, COL_STATUS)):
                    self.status_key.emit(row, STATUS_KEYS[digit])
                else:
                    self.not_editable.emit()
                return
            # In the level column as in the status column: 0 none, 1–3 the levels.
            if plain and column == COL_LEVEL and 0 <= digit <= len(LEVELS) \
                    and self._editable(index):
                self.level_key.emit(row, list(LEVELS)[digit - 1] if digit else None)
                return
            if event.key() in ENTER_KEYS:
                # On the method or its status, Enter writes the note (the
                # legend says so); in the other columns it edits that cell.
                target = self.model().index(row, COL_NOTE) if column in (0, COL_STATUS) \
                    else index
                if self._editable(target):
                    self.setCurrentIndex(target)
                    self.edit(target)
                return
            if event.key() == Qt.Key.Key_F2 and self._editable(index):
                self.edit(index)
                return
            # Text typed one column too far (into Nivå, past Behov/brist) opened
            # the list of choices, which took every letter and saved none
            # (workshop trial): it is refused, spaces too, with where to write
            # instead. F2 opens the list.
            text = event.text()     # with AltGr (Ctrl+Alt on Windows) too: "@", "€"
            if column in (COL_STATUS, COL_LEVEL) and text and text.isprintable():
                self.typed_in_choice.emit(column)
                return
        if event.key() == Qt.Key.Key_Escape and self.state() != QAbstractItemView.State.EditingState:
            self.escape_pressed.emit()
            return
        # A key typed on a text cell opens its editor with the key: it takes the
        # cell's place, as in a spreadsheet (the trial's "Saknas" typed on
        # "2 medarbetare utbildade" gave "…utbildadeSaknas"). Enter and F2 edit
        # the text as it stands; Esc keeps it, Ctrl+Z brings it back.
        delegate = self.itemDelegateForIndex(index) if index.isValid() else None
        typing = isinstance(delegate, TextDelegate) and bool(event.text().strip()) \
            and self.state() != QAbstractItemView.State.EditingState
        if typing:
            delegate.replacing = True
        try:
            super().keyPressEvent(event)
        finally:
            if typing:
                delegate.replacing = False


class TextDelegate(QStyledItemDelegate):
    """Typed text in several lines: the editor shows at least three lines, also
    in a low row; Enter saves, Shift+Enter starts a new line, Esc cancels."""

    def createEditor(self, parent, option, index):
        editor = _TextEditor(parent)
        editor.commit.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    replacing = False      # a key typed on the cell opens the editor (ItemsView)

    def setEditorData(self, editor, index) -> None:
        if not editor.property("started"):      # keep a first typed key
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
            if self.replacing:
                editor.selectAll()              # the typed key takes the text's place
            else:
                editor.moveCursor(QTextCursor.MoveOperation.End)
            editor.setProperty("started", True)

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    # An editor at least this many average characters wide: a note column of a
    # narrow screen (95 pixels at 1024 x 768) is too narrow to write in.
    EDITOR_CHARS = 36

    def updateEditorGeometry(self, editor, option, index) -> None:
        rect = option.rect
        metrics = editor.fontMetrics()
        lines = metrics.lineSpacing() * 3 + 12
        width = max(rect.width(), metrics.averageCharWidth() * self.EDITOR_CHARS)
        # Over the next columns, never past the viewport's right edge.
        room = editor.parentWidget().width() if editor.parentWidget() else width
        width = min(width, max(rect.width(), room))
        x = min(rect.x(), max(0, room - width))
        editor.setGeometry(x, rect.y(), width, max(rect.height(), lines))


class _TextEditor(QPlainTextEdit):
    commit = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.Box)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.commit.emit()
            return
        super().keyPressEvent(event)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for the status and level columns."""

    def __init__(self, choices: list[tuple[object, str]], parent=None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for value, label in self._choices:
            box.addItem(label, value)
        return box

    def setEditorData(self, editor: QComboBox, index) -> None:
        value = index.data(FIELD_ROLE)
        editor.setCurrentIndex(max(0, editor.findData(value if value != "" else None)))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MappingView(QWidget):
    """Matrix + methods of the selected cell, for one scope."""

    methods_cramped = Signal()   # the method list, sized, still scrolls sideways

    def __init__(self, matrix: MatrixModel, items: ItemsModel, parent=None) -> None:
        super().__init__(parent)
        self.matrix_model, self.items_model = matrix, items
        self._sizing_pending = False
        self.scope_label = QLabel()
        style_label(self.scope_label, "scopeTitle")
        self.scope_label.setWordWrap(True)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)   # names, as typed
        self.matrix_view = MatrixView()
        self.matrix_view.setModel(matrix)
        self.legend = QLabel(self._legend_text())
        self.legend.setWordWrap(True)
        style_label(self.legend, "legend")
        self.cell_label = QLabel()
        style_label(self.cell_label, "cellTitle")
        self.cell_label.setWordWrap(True)
        self.cell_label.setTextFormat(Qt.TextFormat.PlainText)
        self.items_view = ItemsView()
        self.items_view.setModel(items)
        self.items_view.setItemDelegateForColumn(
            COL_STATUS, ChoiceDelegate([(s, status_text(s)) for s in STATUSES], self))
        self.items_view.setItemDelegateForColumn(
            COL_LEVEL, ChoiceDelegate([(None, self.tr("(ingen)"))]
                                      + [(lv, level_label(lv)) for lv in LEVELS], self))
        self._text_delegate = TextDelegate(self)
        for column in (COL_NOTE, COL_COMPETENCE, COL_TRAINED, COL_NEED):
            self.items_view.setItemDelegateForColumn(column, self._text_delegate)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.scope_label)
        top_layout.addWidget(self.matrix_view, 1)
        top_layout.addWidget(self.legend)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.cell_label)
        bottom_layout.addWidget(self.items_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("mappingSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        # Room for the methods too: at 1280 × 800 a cell's methods should show.
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        # The matrix never folds away: its minimum is what its smallest type needs.
        self.splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        # Rows follow their wrapped text once the shared columns have their width.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self.items_view.resizeRowsToContents)
        self.items_view.horizontalHeader().sectionResized.connect(
            lambda *_: self._rows_timer.start(0))
        self.matrix_view.selectionModel().currentChanged.connect(self._cell_changed)
        self.matrix_view.enter_pressed.connect(self.focus_items)
        self.items_view.escape_pressed.connect(self.matrix_view.setFocus)
        self.items_view.status_key.connect(self._set_status)
        self.items_view.level_key.connect(
            lambda row, level: self.items_model.setData(self.items_model.index(row, COL_LEVEL),
                                                        level))
        items.dataChanged.connect(self._fit_after_edit)
        # Methods added, retired or reordered: each row fitted to its own method's
        # text again (the heights stayed with the row numbers).
        items.modelReset.connect(self._fit_after_edit)
        matrix.dataChanged.connect(self._place_legend)        # after the matrix's own fit
        self.splitter.splitterMoved.connect(self._place_legend)
        self.matrix_view.minimum_changed.connect(self._keep_matrix_room)
        self.matrix_view.setCurrentIndex(matrix.index(0, 0))

    def _legend_text(self) -> str:
        # Each key with its status on one line: a wrap had left "4: ●" at the end
        # of a line and "Används systematiskt" at the start of the next.
        keys = "   ".join(f"{key}: {status_text(status)}".replace(" ", "\u00a0")
                           for key, status in STATUS_KEYS.items())
        return (self.tr("Färg: andel i bruk av de kartlagda metoderna (ljus = få, mörk = "
                        "många). Tangenter i metodlistan – %1   ·   Enter: anteckning   ·   "
                        "Esc: tillbaka till matrisen").replace("%1", keys)
                + "   ·   " + self.tr("Fetstil: prioritet 1–3 i riktlinjerna"))

    def _set_status(self, row: int, status: str) -> None:
        """A number key in the method list: the model routes it through undo."""
        self.items_model.setData(self.items_model.index(row, COL_STATUS), status)

    def current_cell(self) -> tuple[str, str] | None:
        index = self.matrix_view.currentIndex()
        return self.matrix_model.cell_ids(index) if index.isValid() else None

    def select_cell(self, row_id: str, column_id: str) -> None:
        self.matrix_view.setCurrentIndex(self.matrix_model.index_of(row_id, column_id))

    def select_item(self, item_id: str, column: int | None = None) -> None:
        """Make a method of the current cell the current row (keeping the column)."""
        row = self.items_model.row_of(item_id)
        if row < 0:
            return
        current = self.items_view.currentIndex()
        if column is None:
            column = current.column() if current.isValid() else COL_STATUS
        column = min(column, self.items_model.columnCount() - 1)
        self.items_view.setCurrentIndex(self.items_model.index(row, column))
        self.items_view.selectionModel().select(
            self.items_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def show_scope(self, scope: str | None, single_unit: bool, title: str) -> None:
        self.scope_label.setText(title)
        self.matrix_model.set_scope(scope, single_unit)
        self._cell_changed(self.matrix_view.currentIndex())

    def focus_items(self) -> None:
        view = self.items_view
        view.setFocus()
        if not view.currentIndex().isValid() and self.items_model.rowCount():
            view.setCurrentIndex(self.items_model.index(0, COL_STATUS))
            view.selectionModel().select(
                self.items_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        # The method the number keys change is in sight: the list had kept the
        # last cell's scrolling, and a key changed a method the room could not
        # see (trial at 1024 x 768: DUDIT set while ADDIS and MINI showed).
        if view.currentIndex().isValid():
            view.scrollTo(view.currentIndex())

    def _cell_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            return
        row_id, column_id = self.matrix_model.cell_ids(index)
        row = self.matrix_model.headerData(index.row(), Qt.Orientation.Vertical,
                                           Qt.ItemDataRole.ToolTipRole)
        column = self.matrix_model.headerData(index.column(), Qt.Orientation.Horizontal,
                                              Qt.ItemDataRole.ToolTipRole)
        self.cell_label.setText(f"{row} – {column}")
        self.items_model.show((row_id, column_id), self.matrix_model.scope,
                              self.matrix_model.single_unit)
        # Another cell's methods from their first, and from the Metod column:
        # the scrolling of the last cell's list said nothing about these.
        self.items_view.scrollToTop()
        self.items_view.horizontalScrollBar().setValue(0)
        if self.isVisible() and laid_out(self):
            self._size_item_columns()
        else:                  # sized when shown (start-up: once, not per step)
            self._sizing_pending = True

    def _size_item_columns(self) -> None:
        """Method and status fit their text; the typed-text columns share the rest
        and wrap, so notes are readable in the room instead of cut to "…"."""
        self._sizing_pending = False
        view, model = self.items_view, self.items_model
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        fitted = [0, COL_STATUS, COL_LEVEL] if model.single_unit else [0, 1]
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            view.resizeColumnToContents(column)
            # Room for the focus frame, so the current cell is never cut either.
            view.setColumnWidth(column, view.columnWidth(column) + 16)
        # Every column head stays readable (also at 200 % and in English): the
        # shared columns are at least as wide as their heads, and a long method
        # title wraps rather than squeezing them.
        shared = [c for c in range(model.columnCount()) if c not in fitted]
        width = view.viewport().width() - view.verticalScrollBar().sizeHint().width() - 4

        def need() -> int:
            """What the widest head of the shared columns needs (as heads wrap now)."""
            return max([self._head_need(c) for c in shared] or [0])

        # A column wraps its text at the spaces, but a word longer than the column
        # is cut to "…" ("3 medarbet…" at 1024 x 768): none is narrower than
        # its longest word, even if the list then scrolls sideways.
        words = {c: self._longest_word(c) for c in [0] + shared}
        # Where status and level on one line would push the last columns out of
        # sight (1024 wide beside the tree), they too break at their spaces.
        model.set_wrap_heads(True)
        least = sum(max(need(), words[c]) for c in [0] + shared)
        if sum(view.columnWidth(c) for c in fitted) - view.columnWidth(0) + least > width:
            for column in fitted[1:]:
                view.setColumnWidth(column, max(self._longest_word(column),
                                                self._head_need(column)))
        room = width - sum(view.columnWidth(c) for c in fitted[1:])
        # Heads over two lines when one line each leaves the methods too little room.
        model.set_wrap_heads(False)
        if room - need() * len(shared) < 200:
            model.set_wrap_heads(True)
        header.setMinimumSectionSize(max(need(), 40))
        keep = {c: max(need(), words[c]) for c in shared}     # what each shared column keeps
        spare = room - sum(keep.values())
        # The method's title may take a third of the room; typed text wraps in the rest.
        view.setColumnWidth(0, max(need(), words[0],
                                   min(view.columnWidth(0), spare, room // 3)))
        rest = room - view.columnWidth(0)
        if COL_NOTE in shared:
            # The note is what the group writes most: twice the share of the others.
            others = sum(keep.values()) - keep[COL_NOTE]   # what the others must keep
            header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(COL_NOTE, max(need(), words[COL_NOTE],
                                              min(2 * rest // (len(shared) + 1), rest - others)))
            rest -= view.columnWidth(COL_NOTE)
        stretched = [c for c in shared if c != COL_NOTE]
        for column in stretched:
            if words[column] > rest // max(1, len(stretched)):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                view.setColumnWidth(column, words[column])
        # A row is never lower than one line plus the focus frame, nor higher
        # than eight lines: a long note must not push the other methods (and its
        # own name) out of view. Its whole text is in the tooltip and the editor.
        line = view.fontMetrics().height()
        view.verticalHeader().setMinimumSectionSize(line + 14)
        view.verticalHeader().setMaximumSectionSize(8 * line + 14)
        view.resizeRowsToContents()
        if sum(view.columnWidth(c) for c in range(model.columnCount())) > view.viewport().width():
            self.methods_cramped.emit()

    def _head_need(self, column: int) -> int:
        """The width a column's head needs, in the bold type it is drawn in."""
        metrics = head_metrics(self.items_view.horizontalHeader())
        text = str(self.items_model.headerData(column, Qt.Orientation.Horizontal) or "")
        return max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 20

    def _longest_word(self, column: int, rows=None) -> int:
        """The width the longest word of a column's texts (of `rows`, else all)
        needs, with room for the focus frame (a cell laid out one pixel wide:
        a word on each line)."""
        view, model = self.items_view, self.items_model
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = QRect(0, 0, 1, 1000)
        rows = range(model.rowCount()) if rows is None else rows
        widths = [view.itemDelegateForIndex(index).sizeHint(option, index).width()
                  for index in (model.index(row, column) for row in rows)
                  if index.isValid() and index.data()]
        return max(widths, default=0) + 8

    def _fit_after_edit(self, top_left: QModelIndex | None = None,
                        bottom_right: QModelIndex | None = None, *_roles) -> None:
        """A status or level just set may be wider than its column ("Inomregionalt"
        was cut to "Inomregio…" until the next cell): then all columns are fitted
        again; otherwise only the changed rows (`top_left` to `bottom_right`;
        all after a reset) grow or shrink with their text."""
        view, model = self.items_view, self.items_model
        if not (self.isVisible() and laid_out(self)):
            self._sizing_pending = True        # sized when shown (start-up: once)
            return
        rows = (range(top_left.row(), bottom_right.row() + 1) if top_left is not None
                else range(model.rowCount()))
        fitted = (COL_STATUS, COL_LEVEL) if model.single_unit else (1,)
        # A typed word longer than its column ("Sjuksköterskor") was cut to
        # "Sjuksköter…" until another cell was chosen (trial): then too.
        typed = [c for c in range(1, model.columnCount()) if c not in fitted]
        if any(view.sizeHintForIndex(model.index(row, c)).width() + 16 > view.columnWidth(c)
               for c in fitted for row in rows) or any(
                self._longest_word(c, rows) > view.columnWidth(c) for c in typed):
            self._size_item_columns()
        else:
            for row in rows:
                view.resizeRowToContents(row)

    # Below this height (logical pixels: 1366 x 768 at 200 %) the legend, four
    # lines there, would leave the matrix without one whole row; F1 lists the
    # same keys, and every cell says its numbers in words.
    LEGEND_MIN_HEIGHT = 520

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_legend()
        if self.items_model.rowCount():
            if laid_out(self):
                self._size_item_columns()
            else:
                self._sizing_pending = True

    def after_layout(self) -> None:
        """The tab widget has laid its pages out (the window has opened): fit
        the matrix and the method list to their final size, once."""
        self.matrix_view.fit()
        if self._sizing_pending and self.items_model.rowCount():
            self._size_item_columns()

    def move_divider(self, direction: int) -> bool:
        """The divider between the matrix and the methods by about one method
        row: up (direction -1, more methods) or down (+1, more matrix), within
        what each side needs (the matrix's type shrinks to its smallest). False
        when it is already at that end."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        step = 2 * self.items_view.fontMetrics().height() + 8
        least_top = self.splitter.widget(0).minimumSizeHint().height()
        least_bottom = self.splitter.widget(1).minimumSizeHint().height()
        top = max(least_top, min(total - least_bottom, sizes[0] + direction * step))
        if top == sizes[0] or total <= 0:
            return False
        self.splitter.setSizes([top, total - top])
        self._place_legend()          # as after a drag (setSizes does not say splitterMoved)
        return True

    def _keep_matrix_room(self) -> None:
        """A matrix that needs more room (another scope's longer cells) gets it
        from the methods at once, not when the splitter next lays itself out."""
        top = self.splitter.widget(0)
        sizes = self.splitter.sizes()
        need = top.minimumSizeHint().height()
        if sizes[0] < need < sum(sizes):
            self.splitter.setSizes([need, sum(sizes) - need])

    def _place_legend(self, *_args) -> None:
        """The legend shows where the matrix keeps its full-size type with it:
        on a projector's 1024 × 768 its three lines are better spent on the
        cells (F1 lists the same keys, and every cell says its numbers)."""
        legend, matrix = self.legend, self.matrix_view
        spacing = max(0, self.splitter.widget(0).layout().spacing())
        need = legend.heightForWidth(matrix.width()) + spacing
        room = matrix.height() + (legend.height() + spacing if legend.isVisible() else 0)
        legend.setVisible(self.height() >= self.LEGEND_MIN_HEIGHT
                          and room - need >= matrix.comfortable_height())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._sizing_pending and self.items_model.rowCount() and laid_out(self):
            self._size_item_columns()
