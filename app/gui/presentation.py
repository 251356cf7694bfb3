"""Presentation mode: the matrix projected in a room, walked through like slides.

F11 (or the toolbar button) switches the main window to full screen with a
high-contrast view in large type; the organisation dock, menus and legends
are hidden. Keyboard only, so the facilitator never needs the mouse:

    PageDown/PageUp, Space   next / previous step (a cell, then its methods)
    ←/→                      previous / next cell, skipping the methods
    Home / End               matrix overview / parking lot
    0–5                      status of the current method (one organisation)
    Enter                    write the note (Enter saves, Esc cancels)
    P, then Enter            park a remark (parkeringsplats) without losing the place
    T / R                    start–stop / reset the exercise timer
    Ctrl + / Ctrl − / Ctrl 0 zoom
    Esc or F11               back to the normal window, exactly as it was
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QStackedWidget, QTableView, QToolBar, QVBoxLayout, QWidget,
)

from app.core.store import StoreError
from app.gui.labels import STATUS_KEYS, status_label, status_symbol, status_text
from app.gui.presentation_parts import (
    PARKED_MARKER, ExerciseTimer, NoteEditor, ParkCommand, ParkingEdit, Slide, WrappedHeaders,
    make_slides,
    parked_remarks,
)
from app.gui.theme import PRESENTATION_STATUS, presentation_style
from app.workspace import STATUSES

ZOOM_STEPS = (0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NO_FOCUS = Qt.FocusPolicy.NoFocus


class PresentationView(QWidget):
    """The slides of one scope (the county, an area or one organisation)."""

    def __init__(self, window) -> None:
        super().__init__()
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Presentationsläge"))
        self.window_ = window
        self.ws = window.ws
        self.matrix_model = window.mapping.matrix_model
        self.scope, self.single_unit = self.matrix_model.scope, self.matrix_model.single_unit
        self.zoom_index = ZOOM_STEPS.index(1.0)
        self.slides: list[Slide] = make_slides(self.ws)
        self.position = 0
        self.timer = ExerciseTimer(self)
        self._build(window.mapping.scope_label.text())
        # The window's shortcuts live in the (hidden) menus; these must still work.
        self.addActions([window.act_undo, window.act_redo])
        self.timer.changed.connect(self._show_timer)
        self.matrix_model.dataChanged.connect(self._model_changed)
        start = window.mapping.current_cell()
        if start is not None:
            self.go_to_cell(start)
        self.render()

    # -- construction --------------------------------------------------------

    def _label(self, name: str, wrap: bool = True) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build(self, scope_title: str) -> None:
        self.scope_label = self._label("presScope")
        self.scope_label.setText(scope_title)
        self.position_label = self._label("presPosition", wrap=False)
        self.timer_label = self._label("presTimer", wrap=False)
        self.timer_label.setAccessibleName(self.tr("Tidtagning"))
        self._show_timer(self.timer.text())
        top = QHBoxLayout()
        top.addWidget(self.scope_label, 1)
        top.addWidget(self.position_label)
        top.addSpacing(24)
        top.addWidget(self.timer_label)

        self.title_label = self._label("presTitle")
        self.summary_label = self._label("presSummary")
        self.overview = QTableView()
        self._overview_model = WrappedHeaders(self)
        self._overview_model.setSourceModel(self.matrix_model)
        self.overview.setModel(self._overview_model)
        self.overview.setFocusPolicy(_NO_FOCUS)
        self.overview.setWordWrap(True)
        self.overview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for header in (self.overview.horizontalHeader(), self.overview.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overview.verticalHeader().setMaximumWidth(420)
        self.methods = QListWidget()
        self.methods.setFocusPolicy(_NO_FOCUS)
        self.methods.setWordWrap(True)
        self.methods.setAccessibleName(self.tr("Metoder i rutan"))
        self.note = NoteEditor()
        self.note.setReadOnly(True)
        self.note.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.note.setAccessibleName(self.tr("Anteckning"))
        self.note.save.connect(self._save_note)
        self.note.cancel.connect(self._stop_editing)
        self.parked_list = QListWidget()
        self.parked_list.setFocusPolicy(_NO_FOCUS)
        self.parked_list.setWordWrap(True)
        self.body = QStackedWidget()
        cell_page = QWidget()
        cell_layout = QVBoxLayout(cell_page)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.addWidget(self.methods, 3)
        cell_layout.addWidget(self.note, 1)
        for page in (self.overview, cell_page, self.parked_list):
            self.body.addWidget(page)

        self.parking = ParkingEdit()
        self.parking.setAccessibleName(self.tr("Parkera en kommentar"))
        self.parking.setPlaceholderText(self.tr("Parkera en kommentar – Enter sparar, Esc avbryter"))
        self.parking.returnPressed.connect(self._save_parked)
        self.parking.cancel.connect(self._stop_editing)
        self.parking.hide()
        self.parked_label = self._label("presParked")
        self.message_label = self._label("presSummary")
        self.hints = self._label("presHints")
        self.hints.setText(self.tr(
            "PgDn/PgUp: nästa/föregående · ←/→: ruta · 0–5: status · Enter: anteckning · "
            "P: parkera · T/R: tidtagning · Ctrl +/−: zooma · Esc: avsluta"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.parking)
        layout.addWidget(self.message_label)
        layout.addWidget(self.parked_label)
        layout.addWidget(self.hints)
        self.apply_zoom()

    # -- size ------------------------------------------------------------------

    def base_px(self) -> int:
        """Type follows the screen: ~32 px at 720 lines, ~49 px at 1080."""
        return max(14, int(min(self.height() / 22, self.width() / 34) * ZOOM_STEPS[self.zoom_index]))

    def apply_zoom(self) -> None:
        self.setStyleSheet(presentation_style(self.base_px()))

    def zoom(self, step: int) -> None:
        self.zoom_index = (ZOOM_STEPS.index(1.0) if step == 0 else
                           max(0, min(len(ZOOM_STEPS) - 1, self.zoom_index + step)))
        self.apply_zoom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_zoom()

    # -- where we are ----------------------------------------------------------

    @property
    def slide(self) -> Slide:
        return self.slides[self.position]

    def current_item(self):
        slide = self.slide
        if slide.kind != "item":
            return None
        items = self.ws.items(*slide.cell)
        return items[slide.item_index] if slide.item_index < len(items) else None

    def step(self, delta: int) -> None:
        self.position = max(0, min(len(self.slides) - 1, self.position + delta))
        self.render()

    def step_cell(self, delta: int) -> None:
        """To the next/previous cell's own slide, skipping its methods."""
        cells = [i for i, s in enumerate(self.slides) if s.kind == "cell"]
        if delta > 0:
            later = [i for i in cells if i > self.position]
            self.position = later[0] if later else self.position
        else:
            here = self.slide.cell
            earlier = [i for i in cells if i < self.position and self.slides[i].cell != here]
            self.position = earlier[-1] if earlier else 0
        self.render()

    def go_to_cell(self, cell: tuple[str, str]) -> None:
        self.position = next(i for i, s in enumerate(self.slides) if s.cell == cell)

    # -- showing ---------------------------------------------------------------

    def _model_changed(self, *_args) -> None:
        """Any saved change (here, by undo, or a sync) shows at once."""
        self.render()

    def render(self) -> None:
        slide = self.slide
        self.message_label.clear()
        count = len(self.slides) - 2
        self.position_label.setText(self.tr("%1 / %2").replace("%1", str(
            min(max(self.position, 0), count))).replace("%2", str(count)))
        if slide.kind == "overview":
            self.title_label.setText(self.tr("Kartläggningsmatrisen"))
            self.summary_label.setText(self.tr("PgDn går igenom rutorna en i taget."))
            self.body.setCurrentWidget(self.overview)
        elif slide.kind == "parking":
            self._render_parking()
        else:
            self._render_cell(slide)
        self._render_parked_count()

    def _cell_title(self, cell: tuple[str, str]) -> str:
        row = next(r for r in self.ws.rows() if r.id == cell[0])
        column = next(c for c in self.ws.columns() if c.id == cell[1])
        return f"{row.title} – {column.title}"

    def _render_cell(self, slide: Slide) -> None:
        self.body.setCurrentIndex(1)
        items = self.ws.items(*slide.cell)
        summary = self.ws.matrix(self.scope).get(slide.cell)
        self.title_label.setText(self._cell_title(slide.cell))
        if summary is None or not summary.items:
            self.summary_label.setText(self.tr("Inga metoder i rutan"))
        elif summary.share_in_use is None:
            self.summary_label.setText(self.tr("Ej kartlagt"))
        else:
            self.summary_label.setText(self.tr("%1 av %2 metoder används (%3 %)").replace(
                "%1", str(summary.in_use)).replace("%2", str(summary.applicable)).replace(
                "%3", str(round(100 * summary.share_in_use))))
        self.methods.clear()
        for index, item in enumerate(items):
            entry = QListWidgetItem(f"{self._status_of(item)}   {item.title}")
            status = self._unit_status(item)
            if status:
                entry.setForeground(QColor(PRESENTATION_STATUS[status]))
            self.methods.addItem(entry)
            if index == slide.item_index:
                self.methods.setCurrentItem(entry)
                entry.setSelected(True)
                self.methods.scrollToItem(entry, QAbstractItemView.ScrollHint.PositionAtCenter)
        item = self.current_item()
        self.note.setVisible(item is not None)
        if item is not None and self.note.isReadOnly():
            self.note.setPlainText(self._note_of(item))
            self.note.setPlaceholderText(
                self.tr("Ingen anteckning – Enter skriver en") if self.single_unit else
                self.tr("Välj en organisation för att ändra status och anteckningar"))

    def _unit_status(self, item) -> str | None:
        return self.ws.assessment(self.scope, item.id).status if self.single_unit else None

    def _status_of(self, item) -> str:
        if self.single_unit:
            return status_text(self._unit_status(item))
        counts = self.ws.status_counts(item.id, self.scope)
        return "  ".join(f"{status_symbol(s)}{counts[s]}" for s in STATUSES if counts.get(s))

    def _note_of(self, item) -> str:
        if self.single_unit:
            return self.ws.assessment(self.scope, item.id).note
        counts = self.ws.status_counts(item.id, self.scope)
        return ", ".join(f"{status_label(s)}: {counts[s]}" for s in STATUSES if counts.get(s))

    def _render_parking(self) -> None:
        self.title_label.setText(self.tr("Parkeringsplatsen"))
        remarks = parked_remarks(self.ws)
        self.summary_label.setText(self.tr("%1 parkerade kommentarer").replace(
            "%1", str(len(remarks))))
        self.parked_list.clear()
        self.parked_list.addItems([f"• {r.title}" for r in remarks])
        self.body.setCurrentWidget(self.parked_list)

    def _render_parked_count(self) -> None:
        remarks = parked_remarks(self.ws)
        text = self.tr("Parkerat: %1").replace("%1", str(len(remarks)))
        self.parked_label.setText(f"{text} – {remarks[-1].title}" if remarks else text)

    def _show_timer(self, text: str) -> None:
        self.timer_label.setText(self.tr("Tid %1").replace("%1", text))
        self.timer_label.setProperty("running", self.timer.running)
        self.timer_label.style().unpolish(self.timer_label)
        self.timer_label.style().polish(self.timer_label)

    # -- changes ---------------------------------------------------------------

    def set_status(self, status: str) -> None:
        item = self.current_item()
        if item is None or not self.single_unit:
            self.message_label.setText(self.tr(
                "Välj en organisation och stega till en metod för att sätta status."))
            return
        if not self.ws.read_only:
            self.window_.apply_assessment(self.scope, item.id, {"status": status})

    def edit_note(self) -> None:
        if self.current_item() is None or not self.single_unit or self.ws.read_only:
            return
        self.note.setReadOnly(False)
        self.note.setFocus()
        self.note.moveCursor(self.note.textCursor().MoveOperation.End)

    def _save_note(self, text: str) -> None:
        item = self.current_item()
        self._stop_editing()
        if item is not None and text != self.ws.assessment(self.scope, item.id).note:
            self.window_.apply_assessment(self.scope, item.id, {"note": text})
        self.render()

    def park(self) -> None:
        if self.ws.read_only:
            return
        self.parking.clear()
        self.parking.show()
        self.parking.setFocus()

    def _save_parked(self) -> None:
        text = self.parking.text().strip()
        self._stop_editing()
        if not text:
            return
        where = self._cell_title(self.slide.cell) if self.slide.cell else self.tr("Matrisen")
        fields = {"category": "other", "level": "local",
                  "description": f"{PARKED_MARKER} – {self.scope_label.text()}: {where}",
                  "unit_id": self.scope if self.single_unit else None,
                  "cells": [self.slide.cell] if self.slide.cell else []}
        try:
            command = ParkCommand(self.tr("Parkera: %1").replace("%1", text[:40]),
                                  self.ws, text, fields)
        except (StoreError, OSError) as exc:
            self.window_.show_error(self.tr("Kommentaren kunde inte sparas"), str(exc))
            return
        self.window_.undo_stack.push(command)
        self.window_._warn_if_personal_data({"remark": text})
        self.render()

    def _stop_editing(self) -> None:
        self.note.setReadOnly(True)
        self.parking.hide()
        self.setFocus()
        self.render()

    # -- keys ------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(+1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom(-1)
        elif ctrl and key == Qt.Key.Key_0:
            self.zoom(0)
        elif ctrl or mods & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.step(+1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.step(-1)
        elif key == Qt.Key.Key_Right:
            self.step_cell(+1)
        elif key == Qt.Key.Key_Left:
            self.step_cell(-1)
        elif key == Qt.Key.Key_Home:
            self.position = 0
            self.render()
        elif key == Qt.Key.Key_End:
            self.position = len(self.slides) - 1
            self.render()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_0 in STATUS_KEYS:
            self.set_status(STATUS_KEYS[key - Qt.Key.Key_0])
        elif key in _ENTER:
            self.edit_note()
        elif key == Qt.Key.Key_P:
            self.park()
        elif key == Qt.Key.Key_T:
            self.timer.toggle()
        elif key == Qt.Key.Key_R:
            self.timer.reset()
        elif key == Qt.Key.Key_Escape:
            leave(self.window_)
        else:
            super().keyPressEvent(event)


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
    view = PresentationView(window)
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
    view.timer.stop()
    view.matrix_model.dataChanged.disconnect(view._model_changed)
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
    focus = before["focus"]
    (focus if focus is not None else window.mapping.matrix_view).setFocus()


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

    def update_enabled(*_):
        action.setEnabled(window.mapping is not None)

    window.stack.currentChanged.connect(update_enabled)
    update_enabled()
    from app.gui.language import install_menu

    install_menu(window)
    return action
