"""Presentation mode: the matrix (or a chart of the improvement work) projected
in a room, walked through like slides.

F11 (or the toolbar button) switches the main window to full screen with a
high-contrast view in large type; the organisation dock, menus and legends
are hidden. Keyboard only, so the facilitator never needs the mouse:

    PageDown/PageUp, Space   next / previous step (a cell, then its methods)
    ←/→                      previous / next cell, skipping the methods
    Home / End               matrix overview / parking lot
    0–5                      status of the current method (one organisation)
    Enter                    write the note (Enter saves, Esc cancels); on a
                             cell's own slide, its first method's
    P, then Enter            park a remark (parkeringsplats) without losing the place
    T / R                    start–stop / reset the exercise timer, which runs on
                             when the mode is left and entered again
    Ctrl + / Ctrl − / Ctrl 0 zoom
    Esc or F11               back to the normal window as it was, on the cell
                             and method (or measure) last shown

Typed text with no text field open never runs as commands (the typing guard,
presentation_base.py).

From the improvement tab (Förbättringsarbete) it shows the chart of one measure
full-screen instead, PageDown/PageUp stepping through the measures.
The views are in presentation_matrix.py and presentation_chart.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar


# -- switching the main window in and out -----------------------------------------


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def is_active(window) -> bool:
    return getattr(window, "presentation", None) is not None


def toggle(window) -> None:
    leave(window) if is_active(window) else enter(window)


def enter(window) -> None:
    if is_active(window) or window.mapping is None:
        return
    window._before_presentation = {
        "state": window.windowState(), "geometry": window.geometry(),
        "dock": window.tree_dock.isVisible(), "menu": window.menuBar().isVisible(),
        "toolbar": window.presentation_toolbar.isVisible(),
        "status": window.statusBar().isVisible(), "page": window.stack.currentWidget(),
        "focus": window.focusWidget(),
    }
    tab = getattr(window, "improvement_tab", None)
    improvement = tab.built if tab is not None else None   # never built just for this
    if improvement is not None and window.views.currentWidget() is improvement:
        from app.gui.presentation_chart import ChartPresentation

        view = ChartPresentation(window, improvement.measure_id)
    else:
        from app.gui.presentation_matrix import MatrixPresentation

        view = MatrixPresentation(window)
    window.presentation = view
    # A stacked widget is as wide as its widest page: let the hidden tabs
    # shrink, so the presentation fits a small (or 200 %-scaled) screen.
    window._before_presentation["policy"] = window.views.sizePolicy()
    ignored = QSizePolicy.Policy.Ignored
    window.views.setSizePolicy(ignored, ignored)
    window.stack.addWidget(view)
    window.stack.setCurrentWidget(view)
    for widget in (window.tree_dock, window.menuBar(), window.presentation_toolbar,
                   window.statusBar()):
        widget.hide()
    window.showFullScreen()
    view.setFocus()


def leave(window) -> None:
    view = getattr(window, "presentation", None)
    if view is None:
        return
    before = window._before_presentation
    place = view.place()
    view.release()
    view.detach()
    window.presentation = None
    window.views.setSizePolicy(before["policy"])
    window.stack.setCurrentWidget(before["page"])
    window.stack.removeWidget(view)
    view.deleteLater()
    state = before["state"]
    if state & Qt.WindowState.WindowFullScreen:
        pass  # the user had it full screen already
    elif state & Qt.WindowState.WindowMaximized:
        window.showMaximized()
    else:
        window.showNormal()
        window.setGeometry(before["geometry"])
    window.tree_dock.setVisible(before["dock"])
    window.menuBar().setVisible(before["menu"])
    window.presentation_toolbar.setVisible(before["toolbar"])
    window.statusBar().setVisible(before["status"])
    _show_place(window, view, place)
    try:
        before["focus"].setFocus()
    except (AttributeError, RuntimeError):   # none, or deleted meanwhile
        window.mapping.matrix_view.setFocus()


def _show_place(window, view, place) -> None:
    """The main window on what was shown last: the cell and method of the
    walk-through (a trial ended on Narkotika and came back to the first cell),
    or the measure of the charts."""
    from app.gui.presentation_chart import ChartPresentation

    if isinstance(view, ChartPresentation):
        tab = getattr(window, "improvement_tab", None)
        improvement = tab.built if tab is not None else None     # never built for this
        if place is not None and improvement is not None:
            improvement.select(place)
        return
    cell, item_id = place
    if cell is None or window.mapping is None:
        return
    if window.mapping.current_cell() != cell:
        window.mapping.select_cell(*cell)
    if item_id is not None:
        window.mapping.select_item(item_id)


def install(window) -> QAction:
    """The F11 action, a toolbar with it, and an entry in the View menu."""
    action = QAction(_tr("&Presentationsläge"), window)
    action.setShortcuts([QKeySequence("F11")])
    action.setToolTip(_tr("Presentationsläge för projektor, helskärm (F11)"))
    action.triggered.connect(lambda: toggle(window))
    window.addAction(action)   # works while the toolbar and menus are hidden
    window.presentation = None
    window.act_present = action
    toolbar = QToolBar(_tr("Verktygsfält"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(action)
    window.addToolBar(toolbar)
    window.presentation_toolbar = toolbar
    for menu_action in window.menuBar().actions():
        view_text = QCoreApplication.translate("MainWindow", "&Visa")
        if menu_action.menu() is not None and menu_action.text() == view_text:
            menu_action.menu().addSeparator()
            menu_action.menu().addAction(action)

    def update_enabled(*_):   # the current action: install runs again on a new language
        window.act_present.setEnabled(window.mapping is not None)

    if not getattr(window, "_presentation_installed", False):
        window.stack.currentChanged.connect(update_enabled)
        window._presentation_installed = True
    update_enabled()
    from app.gui.language import install_menu

    install_menu(window)
    return action
