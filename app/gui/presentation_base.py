"""What every presentation view shares: large high-contrast type that follows the
screen, zoom, the exercise timer, the parking lot and the common keys.

A subclass (the matrix walk-through, the charts of the improvement work) puts
its slide into `self.body`, and implements `step`, `render` and `park_context`.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.store import StoreError
from app.core.privacy import mask_personnummer
from app.gui.presentation_parts import (
    PARKED_MARKER, ExerciseTimer, ParkCommand, ParkingEdit, parked_remarks,
)
from app.gui.theme import presentation_style

ZOOM_STEPS = (0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
KEY = Qt.Key


class PresentationBase(QWidget):
    def __init__(self, window, scope_title: str) -> None:
        super().__init__()
        self.setObjectName("presentation")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Presentationsläge"))
        self.window_ = window
        self.ws = window.ws
        self.zoom_index = ZOOM_STEPS.index(1.0)
        self.timer = ExerciseTimer(self)
        self._build_frame(scope_title)
        # The window's shortcuts live in the (hidden) menus; these must still work.
        self.addActions([window.act_undo, window.act_redo])
        self.timer.changed.connect(self._show_timer)

    # -- construction --------------------------------------------------------

    def label(self, name: str, wrap: bool = True) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build_frame(self, scope_title: str) -> None:
        self.scope_label = self.label("presScope")
        self.scope_label.setText(scope_title)
        self.position_label = self.label("presPosition", wrap=False)
        self.timer_label = self.label("presTimer", wrap=False)
        self.timer_label.setAccessibleName(self.tr("Tidtagning"))
        self._show_timer(self.timer.text())
        top = QHBoxLayout()
        top.addWidget(self.scope_label, 1)
        top.addWidget(self.position_label)
        top.addSpacing(24)
        top.addWidget(self.timer_label)
        self.title_label = self.label("presTitle")
        self.summary_label = self.label("presSummary")
        self.body = QVBoxLayout()
        self.parking = ParkingEdit()
        self.parking.setAccessibleName(self.tr("Parkera en kommentar"))
        self.parking.setPlaceholderText(self.tr("Parkera en kommentar – Enter sparar, Esc avbryter"))
        self.parking.returnPressed.connect(self._save_parked)
        self.parking.cancel.connect(self.stop_editing)
        self.parking.hide()
        self.message_label = self.label("presSummary")
        self.message_label.hide()
        self.parked_label = self.label("presParked")
        self.hints = self.label("presHints")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.parking)
        layout.addWidget(self.message_label)
        layout.addWidget(self.parked_label)
        layout.addWidget(self.hints)
        self.apply_zoom()

    # -- size ------------------------------------------------------------------

    def base_px(self, zoom: float | None = None) -> int:
        """Type follows the screen: ~32 px at 720 lines, ~49 px at 1080; times the
        zoom (Ctrl +/−), or the zoom given."""
        zoom = ZOOM_STEPS[self.zoom_index] if zoom is None else zoom
        return max(14, int(min(self.height() / 22, self.width() / 34) * zoom))

    def apply_zoom(self) -> None:
        self.setStyleSheet(presentation_style(self.base_px()))

    def zoom(self, step: int) -> None:
        self.zoom_index = (ZOOM_STEPS.index(1.0) if step == 0 else
                           max(0, min(len(ZOOM_STEPS) - 1, self.zoom_index + step)))
        self.apply_zoom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.apply_zoom()

    # -- for subclasses ----------------------------------------------------------

    def step(self, delta: int) -> None:
        raise NotImplementedError

    def render(self) -> None:
        raise NotImplementedError

    def park_context(self) -> dict:
        """Where a parked remark belongs: description, unit_id, cells."""
        raise NotImplementedError

    def extra_key(self, key: int) -> bool:
        """Keys of one kind of view; True when handled."""
        return False

    # -- shared parts ------------------------------------------------------------

    def set_position(self, number: int, count: int) -> None:
        self.position_label.setText(self.tr("%1 / %2").replace("%1", str(number)).replace(
            "%2", str(count)))

    def show_message(self, text: str) -> None:
        """A line that says why a key did nothing (hidden when empty)."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def render_parked_count(self) -> None:
        remarks = parked_remarks(self.ws)
        text = self.tr("Parkerat: %1").replace("%1", str(len(remarks)))
        self.parked_label.setText(f"{text} – {mask_personnummer(remarks[-1].title)}"
                                  if remarks else text)

    def _show_timer(self, text: str) -> None:
        if self.timer.time_is_up:
            label = self.tr("Tiden är ute")
        elif self.timer.limit_ms is not None:
            label = self.tr("Kvar %1").replace("%1", text)
        else:
            label = self.tr("Tid %1").replace("%1", text)
        self.timer_label.setText(label)
        self.timer_label.setProperty("running", self.timer.running)
        self.timer_label.setProperty("up", self.timer.time_is_up)
        self.timer_label.style().unpolish(self.timer_label)
        self.timer_label.style().polish(self.timer_label)

    def park(self) -> None:
        if self.ws.read_only:
            self.show_message(self.tr("Arbetsytan är skrivskyddad."))
            return
        self.parking.clear()
        self.parking.show()
        self.parking.setFocus()

    def _save_parked(self) -> None:
        text = self.parking.text().strip()
        self.stop_editing()
        if not text:
            return
        context = self.park_context()
        fields = {"category": "other", "level": "local",
                  "description": f"{PARKED_MARKER} – {context['where']}",
                  "unit_id": context.get("unit_id"), "cells": context.get("cells", [])}
        try:
            short = textwrap.shorten(text, 48, placeholder=" …")   # whole words
            command = ParkCommand(self.tr("Parkera: %1").replace("%1", short),
                                  self.ws, text, fields)
        except (StoreError, OSError) as exc:
            self.window_.show_error(self.tr("Kommentaren kunde inte sparas"), exc)
            return
        self.window_.undo_stack.push(command)
        self.window_._warn_if_personal_data({"remark": text})
        self.render()

    def stop_editing(self) -> None:
        self.parking.hide()
        self.setFocus()
        self.render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from app.gui.presentation import leave

        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (KEY.Key_Plus, KEY.Key_Equal):
            self.zoom(+1)
        elif ctrl and key == KEY.Key_Minus:
            self.zoom(-1)
        elif ctrl and key == KEY.Key_0:
            self.zoom(0)
        elif ctrl or mods & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
        elif key in (KEY.Key_PageDown, KEY.Key_Space, KEY.Key_Down):
            self.step(+1)
        elif key in (KEY.Key_PageUp, KEY.Key_Backspace, KEY.Key_Up):
            self.step(-1)
        elif key == KEY.Key_P:
            self.park()
        elif key == KEY.Key_T:
            self.timer.toggle()
        elif key == KEY.Key_R:
            self.timer.reset()
        elif key == KEY.Key_Plus:
            self.timer.add_minutes(+1)
        elif key == KEY.Key_Minus:
            self.timer.add_minutes(-1)
        elif key == KEY.Key_Escape:
            leave(self.window_)
        elif not self.extra_key(key):
            super().keyPressEvent(event)
