"""The matrix heatmap: a 4 × 5 table view that always shows whole, fitting its
heads, type and row heights to the room it is given (projectors included),
and its two-colour focus ring."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QStyleOptionHeader,
    QStyleOptionViewItem, QTableView,
)

from app.gui.keys import ENTER_KEYS
from app.gui.lazy_tab import laid_out
from app.gui.own_viewport import own_viewport
from app.gui.theme import FOCUS_INNER, FOCUS_OUTER


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
        own_viewport(self)
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
        self._laid_out_as: tuple | None = None
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
        if event.key() in ENTER_KEYS:
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        self.fit()
        super().resizeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Texts changed while hidden (another organisation chosen from another
        # tab) are fitted now: a fit skips a hidden view, and showing it again
        # needs no resize. The same size and texts cost nothing (see fit).
        self.fit()

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
        # The same layout as before (a status key's new text fits as the old
        # did): the changed cells repaint themselves; all of them only when
        # the type or the rows changed.
        laid_out_as = (point, chosen.wrap_rows, chosen.wrap_columns, tuple(rows), narrow)
        if laid_out_as != self._laid_out_as:
            self._laid_out_as = laid_out_as
            self.viewport().update()

    def comfortable_height(self) -> int:
        """The height in which the cells keep the view's full-size type."""
        return self._comfortable
