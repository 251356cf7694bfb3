"""A tab page whose real widget is built the first time it is shown or asked for.

Views the user may never open in a session (the improvement work, with its
chart canvas) then cost nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


def laid_out(widget: QWidget) -> bool:
    """Whether the TabWidget holding `widget` (if any) has laid its pages out:
    until then the widget's size is provisional, and fitting contents to it
    is work thrown away (see TabWidget.showEvent)."""
    parent = widget.parentWidget()
    while parent is not None:
        if not getattr(parent, "pages_laid_out", True):
            return False
        parent = parent.parentWidget()
    return True


class LazyTab(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent=None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> QWidget | None:
        """The real widget if it exists (never builds it)."""
        return self._widget

    @property
    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget = self._factory()
            self.layout().addWidget(self._widget)
        return self._widget

    def showEvent(self, event) -> None:
        self.widget  # noqa: B018 - builds on first show
        super().showEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        # The tab's Alt letter gives the keyboard to the page itself when the
        # page was just built: nothing showed it, and the arrows did nothing
        # (new-user trial). On to the view's first control, as Qt does when
        # it finds the page's controls.
        control = self._first_control()
        if control is not None:
            control.setFocus(Qt.FocusReason.TabFocusReason)

    def _first_control(self) -> QWidget | None:
        """The view's first control that Tab reaches, in its focus order."""
        if self._widget is None:
            return None
        widget = self._widget.nextInFocusChain()
        while widget is not self._widget and widget is not self:
            if (self._widget.isAncestorOf(widget) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and widget.isVisibleTo(self._widget) and widget.focusProxy() is None):
                return widget
            widget = widget.nextInFocusChain()
        return None


class TabWidget(QTabWidget):
    """A QTabWidget that treats a LazyTab and its real widget as the same page,
    so callers can pass and compare the view itself (window.improvement)."""

    laid_out = Signal()

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pages_laid_out = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Qt shows the pages first, at a provisional size, and lays them out
        # only here: views that fit their contents to their size (the matrix)
        # wait for this rather than fit twice while the window opens.
        self.pages_laid_out = True
        super().showEvent(event)
        self.laid_out.emit()

    def _page(self, widget: QWidget | None) -> QWidget | None:
        for index in range(self.count()):
            page = super().widget(index)
            if isinstance(page, LazyTab) and page.built is widget and widget is not None:
                return page
        return widget

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt's name
        page = super().currentWidget()
        return page.widget if isinstance(page, LazyTab) else page

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        super().setCurrentWidget(self._page(widget))

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt's name
        return super().indexOf(self._page(widget))
