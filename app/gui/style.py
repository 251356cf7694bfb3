"""The normal theme's look, drawn by a proxy style instead of a style sheet.

An application style sheet puts every widget through QStyleSheetStyle: about
10 ms of start-up (a fifth of what the app adds to a bare window; see
tests/benchmarks/bench_startup.py) and slower painting ever after. The look
it gave is small enough to draw here:

- a dark orange focus frame (theme.FOCUS, 3:1 against white, the window and
  the selection) on the focused cell of a table (3 px, its text kept clear of
  it), of a tree or list (2 px), on an empty view's frame, on push and tool
  buttons, text fields (a cell's editor too), spin boxes, check boxes and
  the menu bar's item while the menu bar has the keyboard:
  keyboard use must show where it is, in a projected room too;
- push buttons with a 3:1 border (lighter when disabled), light grey, darker
  when hovered and pressed, padded as the style sheet had them;
- 11 pt type in tables and trees, and the titles' type (`style_label`).

Presentation mode keeps its own style sheets (app.gui.presentation_base):
it is entered later, never at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QLabel, QPlainTextEdit,
    QProxyStyle, QPushButton, QStyle, QStyleOptionViewItem, QTableView, QTextEdit,
)

from app.gui.theme import (
    BUTTON, BUTTON_BORDER, BUTTON_DISABLED_BORDER, BUTTON_DISABLED_TEXT, BUTTON_HOVER,
    BUTTON_PADDING, BUTTON_PRESSED, FOCUS, LEGEND,
    SELECTION, SELECTION_TEXT,
)

VIEW_POINT = 11.0
# objectName -> (point size, top and bottom margin in px).
TITLES = {"scopeTitle": (15.0, 4), "cellTitle": (12.0, 4), "startTitle": (22.0, 0)}

_PE = QStyle.PrimitiveElement
_CE = QStyle.ControlElement
_STATE = QStyle.StateFlag


def focus_ring(painter, rect, width: int, radius: float = 0.0) -> None:
    """A frame of `width` px inside `rect`."""
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing, radius > 0)
    painter.setPen(QPen(QColor(FOCUS), width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), radius, radius)
    painter.restore()


class VardflataStyle(QProxyStyle):
    """The platform's style with the focus frames and buttons above."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == _PE.PE_FrameFocusRect:
            if option.state & _STATE.State_Item:
                focus_ring(painter, option.rect, _item_ring(widget))
            elif not isinstance(widget, QPushButton):   # a button's frame shows it
                focus_ring(painter, option.rect, 2, 2)   # check boxes, tabs, lists
            return
        if element == _PE.PE_PanelButtonCommand:
            self._button(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if not option.state & _STATE.State_HasFocus:
            return
        if element == _PE.PE_FrameLineEdit or (
                element == _PE.PE_PanelLineEdit and getattr(option, "lineWidth", 1) == 0
                and not isinstance(widget.parentWidget() if widget is not None else None,
                                   (QAbstractSpinBox, QComboBox))):
            focus_ring(painter, option.rect, 2, 2)   # a field, framed or not (a cell's editor)

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802
        if element == _CE.CE_ItemViewItem and (option.state & _STATE.State_HasFocus
                                               or _rings_its_cells(widget)):
            self._item_clear_of_ring(option, painter, widget)
            return
        super().drawControl(element, option, painter, widget)
        if element == _CE.CE_MenuBarItem and option.state & _STATE.State_Selected \
                and not option.state & _STATE.State_Sunken \
                and widget is not None and widget.hasFocus():
            # The menu bar has the keyboard (Esc out of an open menu, Alt alone):
            # the platform style shows nothing, and no other widget has a frame.
            focus_ring(painter, option.rect, 2, 2)
            return
        if element == _CE.CE_ShapedFrame and option.state & _STATE.State_HasFocus and (
                isinstance(widget, (QPlainTextEdit, QTextEdit)) or _empty_view(widget)):
            focus_ring(painter, option.rect, 2, 2)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ToolButton, QStyle.ComplexControl.CC_SpinBox) \
                and option.state & _STATE.State_HasFocus:
            focus_ring(painter, option.rect, 2, 2)

    def sizeFromContents(self, kind, option, size, widget=None) -> QSize:  # noqa: N802
        if kind == QStyle.ContentsType.CT_PushButton:
            # The style sheet's padding (4 px, 8 px) and border (1 px), and no
            # minimum width: a short label makes a short button.
            return QSize(size.width() + 2 * (BUTTON_PADDING[1] + 1),
                         size.height() + 2 * (BUTTON_PADDING[0] + 1))
        if kind == QStyle.ContentsType.CT_ItemViewItem and _rings_its_cells(widget):
            # What _item_clear_of_ring paints: its text wrapped
            # clear of the ring, and the ring above and below it. Sized for
            # the whole cell, a tall note lost its last line under the ring
            # when focused, and its first and last lines touched it (trial).
            inner = QStyleOptionViewItem(option)
            if inner.rect.isValid():     # (a 1 px cell, for the longest word, stays one)
                inner.rect.setWidth(max(1, inner.rect.width() - 2 * TABLE_RING))
            size = super().sizeFromContents(kind, inner, size, widget)
            return QSize(size.width() + 2 * TABLE_RING, size.height() + 2 * TABLE_RING)
        return super().sizeFromContents(kind, option, size, widget)

    def _item_clear_of_ring(self, option, painter, widget) -> None:
        """A cell with its background whole and its text kept clear of the
        focus ring (drawn over the cell's edge, where text would run under
        it). A table's every cell is laid out so, focused or not, as it is
        sized (sizeFromContents): its text does not move when the focus comes."""
        width = _item_ring(widget)
        super().drawPrimitive(_PE.PE_PanelItemViewItem, option, painter, widget)
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(width, 0, -width, 0)
        inner.state &= ~_STATE.State_HasFocus
        super().drawControl(_CE.CE_ItemViewItem, inner, painter, widget)
        if option.state & _STATE.State_HasFocus:
            focus_ring(painter, option.rect, width)

    @staticmethod
    def _button(option, painter) -> None:
        state = option.state
        border = BUTTON_BORDER
        if not state & _STATE.State_Enabled:
            fill, border = BUTTON, BUTTON_DISABLED_BORDER
        elif state & (_STATE.State_Sunken | _STATE.State_On):
            fill = BUTTON_PRESSED
        elif state & _STATE.State_MouseOver:
            fill = BUTTON_HOVER
        else:
            fill = BUTTON
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setBrush(QColor(fill))
        painter.setPen(QPen(QColor(border), 1))
        painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.restore()
        if state & _STATE.State_HasFocus:
            focus_ring(painter, option.rect, 2, 4)


def _empty_view(widget) -> bool:
    """A list or table with nothing in it: no cell to frame, so the view's own
    frame shows the focus (an empty list of sessions, of conflicts resolved)."""
    if not isinstance(widget, QAbstractItemView) or widget.model() is None:
        return False
    return widget.model().rowCount(widget.rootIndex()) == 0


TABLE_RING = 3       # px: the focus frame of a table's current cell


def _rings_its_cells(widget) -> bool:
    """A table whose cells _item_clear_of_ring draws (the matrix's delegate
    draws and sizes its own, wider ring)."""
    return isinstance(widget, QTableView) and not hasattr(widget.itemDelegate(), "RING")


def _item_ring(view) -> int:
    """A table's cells are roomy enough for 3 px; a tree's and a list's rows
    are one line of type, where 2 px leaves the letters whole."""
    return TABLE_RING if isinstance(view, QTableView) else 2


def install(app: QApplication) -> None:
    """The style, the palette and the views' type; before any widget is made
    (fonts by class apply to widgets made afterwards). The selection is
    black on light blue (15:1) in every view."""
    if not isinstance(app.style(), VardflataStyle):    # once (tests make the app often)
        app.setStyle(VardflataStyle())
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(SELECTION_TEXT))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor(BUTTON_DISABLED_TEXT))
    app.setPalette(palette)
    # Tables and trees in larger type, their heads in the ordinary type. The
    # views' font is not marked as set, so that their heads (class fonts of
    # their own) do not inherit its size; their editors do.
    font = QFont(app.font())
    font.setPointSizeF(VIEW_POINT)
    font.setResolveMask(0)
    for view in ("QTableView", "QTreeView"):
        app.setFont(font, view)
    heads = QFont()
    heads.fromString(app.font().toString())     # equal to the app's, but not a copy of
    app.setFont(heads, "QHeaderView")           # it, which Qt would let the view override


def style_label(label: QLabel, name: str) -> None:
    """Give label the look of `name`: a title of TITLES (bold, its size) or
    "legend" (dark grey text). The name is also its objectName."""
    label.setObjectName(name)
    if name == "legend":
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(LEGEND))
        label.setPalette(palette)
        return
    point, margin = TITLES[name]
    font = QFont(label.font())
    font.setPointSizeF(point)
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, margin, 0, margin)
