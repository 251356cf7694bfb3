"""Finds clipped text in a laid-out window: labels, buttons and column heads
narrower (or lower) than their text needs, and the cells of a table that
promises to show every cell whole (the mapping matrix: property "wholeCells")
outside its viewport or too small for their text, which Qt would cut with "…".

Used by the accessibility tests at 100/150/200 % scaling and by
`vardflata screenshots`, which reports what it finds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QHeaderView, QLabel, QMenuBar, QStyleOptionViewItem,
    QTabBar, QToolBar, QWidget,
)

_SLACK = 2   # pixels of rounding


def _name(widget: QWidget, text: str) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''} {text[:50]!r}".replace("  ", " ")


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _label_clipped(label: QLabel) -> bool:
    if not label.text() or label.pixmap() and not label.pixmap().isNull():
        return False
    inner = label.contentsRect()
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + _SLACK
    hint = label.sizeHint()
    return hint.width() > label.width() + _SLACK or hint.height() > label.height() + _SLACK \
        or inner.width() <= 0


def heads_cut(header: QHeaderView) -> list[str]:
    """Heads wider than their section. The header's size hints use the style
    sheet's font (fontMetrics() would not), so they are what the text needs."""
    model = header.model()
    if model is None or header.isHidden():
        return []
    found = []
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            continue
        need = header.sectionSizeHint(section) if horizontal else header.sizeHint().width()
        have = header.sectionSize(section) if horizontal else header.width()
        if need > have + _SLACK:
            found.append(f"head {text!r}: {have}px < {need}px")
    return found


def cells_cut(view: QAbstractItemView) -> list[str]:
    """Cells of `view` not wholly in its viewport, or smaller than their text
    (wrapped at the cell's width) needs: what Qt would draw cut or elided."""
    model = view.model()
    if model is None:
        return []
    viewport = view.viewport().rect()
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect = view.visualRect(index)
            where = f"cell {row},{column} {str(index.data() or '')[:30]!r}"
            if not viewport.contains(rect):
                found.append(f"{where}: {rect.getRect()} outside {viewport.getRect()}")
                continue
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = rect
            need = view.itemDelegateForIndex(index).sizeHint(option, index)
            # No slack here: one pixel too few and Qt cuts the last line to "…".
            if need.width() > rect.width() or need.height() > rect.height():
                found.append(f"{where}: {rect.width()}x{rect.height()}px < "
                             f"{need.width()}x{need.height()}px")
    return found


def clipped(root: QWidget) -> list[str]:
    """Human-readable descriptions of text that does not fit, in `root`."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not _visible(widget, root) or isinstance(widget.parent(), (QMenuBar, QTabBar)):
            continue
        if isinstance(widget, QLabel) and _label_clipped(widget):
            found.append(_name(widget, widget.text()))
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QToolBar) \
                and widget.text() and widget.sizeHint().width() > widget.width() + _SLACK:
            found.append(_name(widget, widget.text()))
        elif isinstance(widget, QHeaderView):
            found.extend(heads_cut(widget))
        elif isinstance(widget, QAbstractItemView) and widget.property("wholeCells"):
            found.extend(cells_cut(widget))
    return found
