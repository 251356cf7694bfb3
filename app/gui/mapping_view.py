"""The mapping view: the matrix heatmap above, the selected cell's methods below.

Keyboard first: arrows move between cells; Enter goes down to the methods;
there, arrows move between methods and columns, 0–5 set the status, typing
in a text column writes there, Enter writes the note (or edits the current
cell) and Esc goes back to the matrix.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPen, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFrame, QHeaderView, QLabel, QPlainTextEdit, QSplitter, QStyle,
    QStyledItemDelegate, QStyleOptionHeader, QStyleOptionViewItem, QTableView, QVBoxLayout,
    QWidget,
)

from app.gui.items_model import (
    COL_COMPETENCE, COL_LEVEL, COL_NEED, COL_NOTE, COL_STATUS, COL_TRAINED, FIELD_ROLE,
    ItemsModel,
)
from app.gui.keys import edits_with_f2
from app.gui.labels import STATUS_KEYS, level_label, status_text
from app.gui.lazy_tab import laid_out
from app.gui.matrix_model import MatrixModel
from app.gui.theme import FOCUS_INNER, FOCUS_OUTER
from app.workspace import LEVELS, STATUSES

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def head_metrics(header: QHeaderView) -> QFontMetrics:
    """Metrics of a column head as drawn: bold (the current column's head is).
    Not sectionSizeHint(), which never returns less than the minimum section
    size and so would only ever grow."""
    bold = QFont(header.font())
    bold.setBold(True)
    return QFontMetrics(bold)


class FocusRingDelegate(QStyledItemDelegate):
    """A two-colour focus ring (black outside, yellow inside) that stands out on
    the lightest and the darkest heat colours alike (WCAG technique C40).

    The text keeps RING pixels clear of the cell's edges, where the ring is
    drawn, and is set in `point_size` when the matrix has had to make its type
    smaller to show every cell whole (see MatrixView.fit)."""

    RING = 7

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.point_size: float | None = None

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if self.point_size:
            option.font.setPointSizeF(self.point_size)
            option.fontMetrics = QFontMetrics(option.font)

    def _inner(self, option) -> QStyleOptionViewItem:
        inner = QStyleOptionViewItem(option)
        ring = self.RING
        inner.rect = option.rect.adjusted(ring, ring, -ring, -ring)
        return inner

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt's name
        """What a cell needs: its text wrapped inside the ring, and the ring."""
        inner = self._inner(option) if option.rect.isValid() else option
        size = super().sizeHint(inner, index)
        return QSize(size.width() + 2 * self.RING, size.height() + 2 * self.RING)

    def text_size(self, option, text: str, point: float, metrics: QFontMetrics) -> QSize:
        """sizeHint for a cell showing `text` in type of `point` (`metrics` its
        font's), asked of the style directly: what initStyleOption would
        fill in from the matrix model (centred text, no icon, no check box)
        without its dozen model lookups per cell. The matrix measures a few
        hundred cells when it fits itself, so this is its start-up time."""
        inner = QStyleOptionViewItem(self._inner(option) if option.rect.isValid() else option)
        inner.font.setPointSizeF(point)
        inner.fontMetrics = metrics
        inner.displayAlignment = Qt.AlignmentFlag.AlignCenter
        inner.text = self.displayText(text, inner.locale)     # "\n" as Qt shows it
        inner.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        widget = option.widget or self.parent()
        size = widget.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, inner,
                                               QSize(), widget)
        return QSize(size.width() + 2 * self.RING, size.height() + 2 * self.RING)

    def paint(self, painter, option, index) -> None:
        # The heat colour stays visible under the selection; the ring marks it,
        # thicker while the matrix has the keyboard focus.
        state = QStyle.StateFlag
        marked = bool(option.state & (state.State_HasFocus | state.State_Selected))
        focused = bool(option.state & state.State_HasFocus)
        option.state &= ~(state.State_HasFocus | state.State_Selected)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(option.rect, background)
        super().paint(painter, self._inner(option), index)
        if marked:
            painter.save()
            rings = ((FOCUS_OUTER, 4, 2), (FOCUS_INNER, 3, 5)) if focused else (
                (FOCUS_OUTER, 2, 1), (FOCUS_INNER, 2, 3))
            for colour, width, inset in rings:
                painter.setPen(QPen(QColor(colour), width))
                painter.drawRect(option.rect.adjusted(inset, inset, -inset - 1, -inset - 1))
            painter.restore()


def head_size(header: QHeaderView, text: str) -> QSize:
    """The size a head of `text` needs, as the header computes it (bold type)."""
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.orientation = header.orientation()
    option.text = text
    option.fontMetrics = head_metrics(header)
    return header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option,
                                           QSize(), header)


class _Layout(NamedTuple):
    """One way of laying out the matrix: whether it fits, how the heads break,
    the column heads' height and each row's height."""
    fits: bool
    wrap_rows: bool
    wrap_columns: bool
    heads: int
    rows: list[int]


class MatrixView(QTableView):
    """The 4 × 5 heatmap, always whole: all four rows and five columns in view,
    every cell's text unelided, down to a narrow window beside the tree (a
    1024 × 768 projector, 1366 × 768 at 125 %).

    To fit, in this order: column heads break over two lines, row heads too,
    and the cells' type steps down from the view's own size to MIN_POINT.
    Only below that does the matrix scroll, and its minimum size (what the
    splitter and the window keep for it) is what MIN_POINT needs."""

    enter_pressed = Signal()
    minimum_changed = Signal()
    MIN_POINT = 9.0
    STEP = 0.5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixView")
        self.setProperty("wholeCells", True)       # layout_check: no cell may be cut
        self._ring = FocusRingDelegate(self)
        self.setItemDelegate(self._ring)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows are given their heights by fit(), each what its cells need.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setMinimumSectionSize(40)
        self.verticalHeader().setMinimumSectionSize(24)
        self.setAccessibleName(self.tr("Kartläggningsmatris"))
        self._fitting = False
        self._minimum = QSize(0, 0)
        self._comfortable = 0
        self._fitted_for = None
        self._size_cache: dict[tuple[float, int, str], QSize] = {}

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_cache.clear()          # measured in another type or style
        super().changeEvent(event)

    def setModel(self, model) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        # New texts (another scope, a change) may need another size of type.
        model.dataChanged.connect(self.fit)
        model.modelReset.connect(self.fit)
        model.headerDataChanged.connect(self.fit)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        self.fit()
        super().resizeEvent(event)

    def point_size(self) -> float:
        """The cells' type now (the view's own size unless it had to shrink)."""
        return self._ring.point_size or self.font().pointSizeF()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self._minimum.expandedTo(QSize(80, 80))

    # -- fitting -------------------------------------------------------------------

    def _heads(self, orientation: Qt.Orientation, wrap: bool) -> QSize:
        """What the widest and the highest head of `orientation` need, each
        head broken over two lines or not (`wrap`)."""
        model = self.model()
        horizontal = orientation == Qt.Orientation.Horizontal
        header = self.horizontalHeader() if horizontal else self.verticalHeader()
        flag = "wrap_heads" if horizontal else "wrap_row_heads"
        count = model.columnCount() if horizontal else model.rowCount()
        was = getattr(model, flag)
        setattr(model, flag, wrap)
        sizes = [head_size(header, str(model.headerData(s, orientation) or ""))
                 for s in range(count)]
        setattr(model, flag, was)
        return QSize(max(s.width() for s in sizes), max(s.height() for s in sizes))

    def _cells_need(self, texts: list[list[str]], point: float, width: int
                    ) -> tuple[int, list[int]]:
        """The width the widest of the cells' `texts` (by row) needs in type of
        `point`, and the height each row needs, its columns `width` wide."""
        grid = 1 if self.showGrid() else 0      # a section's last pixel is the grid line
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(0, 0, width - grid, 1000)
        ring = self._ring
        # A cell's size follows from its text alone (one font, centred, no
        # icons): sizes already measured are looked up, so that a status key
        # measures only the cell it changed, not all twenty at every step.
        cache = self._size_cache
        font = QFont(option.font)
        font.setPointSizeF(point)
        metrics = QFontMetrics(font)
        sizes = []
        for texts_of_row in texts:
            row = []
            for text in texts_of_row:
                key = (point, width, text)
                if key not in cache:
                    cache[key] = ring.text_size(option, text, point, metrics)
                row.append(cache[key])
            sizes.append(row)
        if len(cache) > 4000:                   # many scopes and sizes: start again
            cache.clear()
        return (max(s.width() for row in sizes for s in row) + grid,
                [max(s.height() for s in row) + grid for row in sizes])

    def _sizes(self) -> list[float]:
        base = self.font().pointSizeF()
        sizes = [base]
        while sizes[-1] - self.STEP >= self.MIN_POINT - 1e-6:
            sizes.append(round(sizes[-1] - self.STEP, 2))
        return sizes

    def fit(self, *_args) -> None:
        """Choose heads, type and row heights so that the whole matrix shows."""
        model = self.model()
        if self._fitting or model is None or not model.rowCount() or not model.columnCount():
            return
        if not self.isVisible() or not laid_out(self):
            return                            # fitted when shown and laid out
        # The same size and texts need no new fit (a resize of another pane,
        # the signals of the fit's own changes to the heads).
        tip = Qt.ItemDataRole.ToolTipRole
        texts = [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
                 for r in range(model.rowCount())]
        key = (self.size(), self.font().pointSizeF(), self.frameWidth(), self.showGrid(),
               tuple(map(tuple, texts)),
               tuple(model.headerData(s, o, tip) for o, n in (
                   (Qt.Orientation.Horizontal, model.columnCount()),
                   (Qt.Orientation.Vertical, model.rowCount())) for s in range(n)))
        if key == self._fitted_for:
            return
        self._fitted_for = key
        self._fitting = True
        minimum = self._minimum
        try:
            self._fit(model, texts)
        finally:
            self._fitting = False
        if self._minimum != minimum:
            self.minimum_changed.emit()      # outside the fit: the room given is fitted anew

    def _fit(self, model, texts: list[list[str]]) -> None:
        frame = 2 * self.frameWidth()
        room = QSize(self.width() - frame, self.height() - frame)
        columns = model.columnCount()
        sizes = self._sizes()
        row_heads = {wrap: self._heads(Qt.Orientation.Vertical, wrap) for wrap in (False, True)}
        one_line, two_lines = (self._heads(Qt.Orientation.Horizontal, wrap)
                               for wrap in (False, True))

        laid: dict[tuple[bool, float], _Layout] = {}

        def layout(wrap_rows: bool, point: float) -> _Layout:
            if (wrap_rows, point) in laid:
                return laid[wrap_rows, point]
            column = (room.width() - row_heads[wrap_rows].width()) // columns
            heads = one_line if one_line.width() <= column else two_lines
            widest, rows = self._cells_need(texts, point, column)
            rows = [max(row, row_heads[wrap_rows].height()) for row in rows]
            fits = (max(widest, heads.width()) <= column
                    and heads.height() + sum(rows) <= room.height())
            laid[wrap_rows, point] = _Layout(fits, wrap_rows, heads is two_lines,
                                             heads.height(), rows)
            return laid[wrap_rows, point]

        def best(point: float) -> _Layout | None:
            """Of the two ways of the row heads that fit in type of `point`, the
            one that leaves the cells the fewer lines (one line in a tie)."""
            fitting = [t for t in (layout(False, point), layout(True, point)) if t.fits]
            return min(fitting, key=lambda t: (sum(t.rows), t.wrap_rows)) if fitting else None

        # The largest type that fits. Smaller type never needs more room, so
        # after the full size and the smallest, halve the sizes between.
        point = sizes[0]
        chosen = best(point)
        if chosen is None:
            point = sizes[-1]
            chosen = best(point)
            if chosen is None:
                chosen = layout(True, point)
            else:
                low, high = 1, len(sizes) - 1     # sizes[high] fits, sizes[0] does not
                while low < high:
                    middle = (low + high) // 2
                    if best(sizes[middle]) is not None:
                        high = middle
                    else:
                        low = middle + 1
                point = sizes[high]
                chosen = best(point)
        # Rows of one height where they fit so; else each gets what it needs
        # and a share of what is left (a cell of three lines, the others two).
        height = room.height() - chosen.heads
        rows = chosen.rows
        if max(rows) * len(rows) <= height:
            rows = [max(rows)] * len(rows)
        spare = max(0, height - sum(rows))
        rows = [row + spare // len(rows) for row in rows]
        rows[-1] += max(0, height - sum(rows))
        # The height its full-size type would need here (the legend gives way
        # to it), and what the smallest type needs: the view's minimum size,
        # and the sections' when even that does not fit.
        self._comfortable = frame + min(t.heads + sum(t.rows) for t in
                                        (layout(False, sizes[0]), layout(True, sizes[0])))
        # Laid out one pixel wide, a cell is as wide as its longest word.
        narrow = max(self._cells_need(texts, sizes[-1], 2 * self._ring.RING + 2)[0],
                     two_lines.width())
        column = (room.width() - row_heads[True].width()) // columns
        lowest = [max(row, row_heads[True].height())
                  for row in self._cells_need(texts, sizes[-1], max(narrow, column))[1]]
        self._ring.point_size = None if point == sizes[0] else point
        model.set_wrap_row_heads(chosen.wrap_rows)
        model.set_wrap_heads(chosen.wrap_columns)
        self.horizontalHeader().setMinimumSectionSize(narrow)
        vertical = self.verticalHeader()
        vertical.setMinimumSectionSize(min(lowest))
        for row, size in enumerate(rows if chosen.fits else lowest):
            vertical.resizeSection(row, size)
        minimum = QSize(frame + row_heads[True].width() + narrow * columns,
                        frame + two_lines.height() + sum(lowest))
        if minimum != self._minimum:
            self._minimum = minimum
            self.updateGeometry()
        # Heads and sections in place now, not at the next turn of the event
        # loop: what is asked of the view right after (a cell's place) is true.
        self.updateGeometries()
        self.horizontalHeader().resizeSections()
        self.viewport().update()

    def comfortable_height(self) -> int:
        """The height in which the cells keep the view's full-size type."""
        return self._comfortable


class ItemsView(QTableView):
    """The methods of a cell. Keys, for one organisation:
    0–5 on the method or its status set the status; in a text column any key
    starts writing there; F2 edits the current cell, and so does Enter (on the
    method or its status, Enter writes the note); Esc goes back to the matrix."""

    status_key = Signal(int, str)   # row, status
    escape_pressed = Signal()
    not_editable = Signal()         # a status key where statuses cannot be set

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
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
            if event.key() in _ENTER:
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
        if event.key() == Qt.Key.Key_Escape and self.state() != QAbstractItemView.State.EditingState:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


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

    def setEditorData(self, editor, index) -> None:
        if not editor.property("started"):      # keep a first typed key
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.moveCursor(QTextCursor.MoveOperation.End)
            editor.setProperty("started", True)

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        rect = option.rect
        lines = editor.fontMetrics().lineSpacing() * 3 + 12
        editor.setGeometry(rect.x(), rect.y(), rect.width(), max(rect.height(), lines))


class _TextEditor(QPlainTextEdit):
    commit = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.Box)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
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

    def __init__(self, matrix: MatrixModel, items: ItemsModel, parent=None) -> None:
        super().__init__(parent)
        self.matrix_model, self.items_model = matrix, items
        self._sizing_pending = False
        self.scope_label = QLabel()
        self.scope_label.setObjectName("scopeTitle")
        self.scope_label.setWordWrap(True)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)   # names, as typed
        self.matrix_view = MatrixView()
        self.matrix_view.setModel(matrix)
        self.legend = QLabel(self._legend_text())
        self.legend.setWordWrap(True)
        self.legend.setObjectName("legend")
        self.cell_label = QLabel()
        self.cell_label.setObjectName("cellTitle")
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
        items.dataChanged.connect(self._fit_after_edit)
        # Methods added, retired or reordered: each row fitted to its own method's
        # text again (the heights stayed with the row numbers).
        items.modelReset.connect(self._fit_after_edit)
        matrix.dataChanged.connect(self._place_legend)        # after the matrix's own fit
        self.splitter.splitterMoved.connect(self._place_legend)
        self.matrix_view.minimum_changed.connect(self._keep_matrix_room)
        self.matrix_view.setCurrentIndex(matrix.index(0, 0))

    def _legend_text(self) -> str:
        keys = "   ".join(f"{key}: {status_text(status)}" for key, status in STATUS_KEYS.items())
        return (self.tr("Färg: andel av metoderna som används (ljus = få, mörk = många). "
                        "Tangenter i metodlistan – %1   ·   Enter: anteckning   ·   "
                        "Esc: tillbaka till matrisen").replace("%1", keys))

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
        self.items_view.setFocus()
        if not self.items_view.currentIndex().isValid() and self.items_model.rowCount():
            self.items_view.setCurrentIndex(self.items_model.index(0, COL_STATUS))
            self.items_view.selectionModel().select(
                self.items_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

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
        metrics = head_metrics(header)
        room = view.viewport().width() - view.verticalScrollBar().sizeHint().width() - 4 \
            - sum(view.columnWidth(c) for c in fitted[1:])

        def need() -> int:
            lines = [line for c in shared for line in str(model.headerData(
                c, Qt.Orientation.Horizontal) or "").split("\n")]
            return max([metrics.horizontalAdvance(line) + 20 for line in lines] or [0])

        # Heads over two lines when one line each leaves the methods too little room.
        model.set_wrap_heads(False)
        if room - need() * len(shared) < 200:
            model.set_wrap_heads(True)
        header.setMinimumSectionSize(max(need(), 40))
        spare = room - need() * len(shared)
        # A column wraps its text at the spaces, but a word longer than the column
        # is cut to "…" ("3 medarbet…" at 1024 x 768): none is narrower than
        # its longest word, even if the list then scrolls sideways.
        words = {c: self._longest_word(c) for c in [0] + shared}
        # The method's title may take a third of the room; typed text wraps in the rest.
        view.setColumnWidth(0, max(need(), words[0],
                                   min(view.columnWidth(0), spare, room // 3)))
        rest = room - view.columnWidth(0)
        if COL_NOTE in shared:
            # The note is what the group writes most: twice the share of the others.
            others = (len(shared) - 1) * need()          # what the others must keep
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

    def _longest_word(self, column: int) -> int:
        """The width the longest word of a column's texts needs, with room for
        the focus frame (a cell laid out one pixel wide: a word on each line)."""
        view, model = self.items_view, self.items_model
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = QRect(0, 0, 1, 1000)
        widths = [view.itemDelegateForIndex(index).sizeHint(option, index).width()
                  for index in (model.index(row, column) for row in range(model.rowCount()))
                  if index.data()]
        return max(widths, default=0) + 8

    def _fit_after_edit(self, *_args) -> None:
        """A status or level just set may be wider than its column ("Inomregionalt"
        was cut to "Inomregio…" until the next cell): then all columns are fitted
        again; otherwise only the rows grow with their text."""
        view, model = self.items_view, self.items_model
        if not (self.isVisible() and laid_out(self)):
            self._sizing_pending = True        # sized when shown (start-up: once)
            return
        fitted = (COL_STATUS, COL_LEVEL) if model.single_unit else (1,)
        if any(view.sizeHintForColumn(c) + 16 > view.columnWidth(c) for c in fitted):
            self._size_item_columns()
        else:
            view.resizeRowsToContents()

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
