"""What every presentation view shares: large high-contrast type that follows the
screen, zoom, the exercise timer, the parking lot and the common keys.

A subclass (the matrix walk-through, the charts of the improvement work) puts
its slide into `self.body`, and implements `step`, `render`, `park_context`
and `typing_hint`.

Typing with no text field open: the single-letter commands (Space, P, T, R,
+/−, the status digits) must not turn a sentence typed into the room into
slides skipped, a reset timer or a parked "pen: rutin saknas" (a workshop
trial). A printable key that is no command starts a guard: it says on screen
that nothing typed is kept, and swallows the keys that follow until a
deliberate key (Enter, Esc, the page and arrow keys) or a pause; a command
pressed just before it (the word's first letter) is taken back. A key that
could do nothing (Enter with no method to write to) arms the same guard.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.store import StoreError
from app.core.privacy import mask_personnummer
from app.gui.keys import ENTER_KEYS
from app.gui.presentation_parts import (
    PARKED_MARKER, ParkCommand, ParkingBox, parked_remarks, session_timer,
)
from app.gui.theme import PRESENTATION, presentation_style

ZOOM_STEPS = (0.6, 0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
KEY = Qt.Key
# Keys that are never typing: they end the typing guard and do their work.
DELIBERATE_KEYS = frozenset({
    KEY.Key_PageDown, KEY.Key_PageUp, KEY.Key_Down, KEY.Key_Up, KEY.Key_Left, KEY.Key_Right,
    KEY.Key_Home, KEY.Key_End, KEY.Key_Return, KEY.Key_Enter,
})
WORD_GAP_MS = 1500   # a command this soon before a stray letter was the word's first letter
QUIET_MS = 2500      # the typing guard ends after this long without a key


def extra_style(base_px: int) -> str:
    """The parts the theme's presentation style does not know: the parking box
    and the typing guard's warning (black on the accent, as the time-up timer)."""
    t = PRESENTATION
    return f"""
    #presentation QLabel#presMessage {{ font-size: {int(base_px * 0.8)}px;
                                       color: {t['accent']}; }}
    #presentation QLabel#presMessage[warning="true"] {{ color: {t['accent_text']};
        background: {t['accent']}; }}
    #presentation QFrame#presParkingBox {{ background: {t['panel']};
        border: 4px solid {t['accent']}; }}
    #presentation QLabel#presParkingTitle {{ font-size: {int(base_px * 0.8)}px;
        font-weight: bold; color: {t['accent']}; }}
    #presentation QLabel#presParkingHelp {{ font-size: {max(12, int(base_px * 0.55))}px;
        color: {t['muted']}; }}
    #presentation QLabel#presDetails {{ font-size: {int(base_px * 0.7)}px; }}
    """


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
        self.timer = session_timer(window)
        self.typing = False                   # the typing guard (see the module's doc)
        self._quiet = QTimer(self, singleShot=True, interval=QUIET_MS)
        self._quiet.timeout.connect(self.end_typing)
        self._since_command = QElapsedTimer()
        self._take_back = None                # undoes the last single-key command
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
        self.parking_box = ParkingBox(
            self.tr("Parkera en kommentar på parkeringsplatsen"),
            self.tr("Enter sparar · Esc avbryter"), self.tr("Skriv kommentaren här"))
        self.parking = self.parking_box.edit
        self.parking.setAccessibleName(self.tr("Parkera en kommentar"))
        self.parking.returnPressed.connect(self._save_parked)
        self.parking.textEdited.connect(self._keep_first_letter)
        self._parked_letter: tuple[str, QElapsedTimer] | None = None
        self.parking.cancel.connect(self.stop_editing)
        self.parking_box.hide()
        self.message_label = self.label("presMessage")
        self.message_label.hide()
        self.parked_label = self.label("presParked")
        self.hints = self.label("presHints")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 12)
        layout.addLayout(top)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.parking_box)
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
        self.setStyleSheet(self.style_for(self.base_px()))

    @staticmethod
    def style_for(base_px: int) -> str:
        return presentation_style(base_px) + extra_style(base_px)

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

    def typing_hint(self) -> str:
        """What the typing guard says can be done instead (Enter, P)."""
        raise NotImplementedError

    # -- shared parts ------------------------------------------------------------

    def set_position(self, number: int, count: int) -> None:
        self.position_label.setText(self.tr("%1 / %2").replace("%1", str(number)).replace(
            "%2", str(count)))

    def show_message(self, text: str, warning: bool = False) -> None:
        """A line that says why a key did nothing (hidden when empty)."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        if self.message_label.property("warning") != warning:
            self.message_label.setProperty("warning", warning)
            margin = 12 if warning else 0           # inside the warning's background
            self.message_label.setContentsMargins(margin, margin // 3, margin, margin // 3)
            self.message_label.style().unpolish(self.message_label)
            self.message_label.style().polish(self.message_label)

    def refuse(self, text: str, guard: bool = False) -> None:
        """A key could do nothing here: say why; with `guard`, keep what is typed
        next from running as commands (Enter, then the sentence meant for a note:
        its first letter may be a command, P, T, R or Space)."""
        self.show_message(text)
        if guard:
            self.typing = True
            self._quiet.start()

    def end_typing(self) -> None:
        self._quiet.stop()
        if self.typing:
            self.typing = False
            self.show_message("")

    def _stray_key(self) -> None:
        """A printable key that is no command: typing with no text field open."""
        if self._take_back is not None and self._since_command.isValid() \
                and self._since_command.elapsed() <= WORD_GAP_MS:
            self._take_back()               # the commands were the words' first letters
        self._take_back = None
        self.typing = True
        self._quiet.start()
        self._warn_typing()

    def _warn_typing(self) -> None:
        # Esc first takes this away (one pressed to "cancel" the typing must not
        # leave the mode), so the warning says so: the trial took it to be stuck.
        self.show_message(self.tr("Ingen textruta är öppen – det du skriver sparas inte.")
                          + "\n" + self.typing_hint() + " · "
                          + self.tr("Esc: bort med varningen"), warning=True)

    def _warned(self) -> bool:
        return bool(self.message_label.property("warning")) and self.message_label.isVisible()

    def render_parked_count(self) -> None:
        """How many remarks are parked, and the newest: the confirmation of P."""
        remarks = parked_remarks(self.ws)
        text = self.tr("Parkerat: %1").replace("%1", str(len(remarks)))
        if remarks:
            newest = textwrap.shorten(mask_personnummer(remarks[-1].title), 90,
                                      placeholder=" …")
            text = f"{text} – {self.tr('senast: %1').replace('%1', newest)}"
        self.parked_label.setText(text)

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
            self.refuse(self.tr("Arbetsytan är skrivskyddad."))
            return
        self.show_message("")
        self.parking.clear()
        self.parking_box.show()
        self.parking.setFocus()

    def _keep_first_letter(self, text: str) -> None:
        """Typing went on right after a capital P opened the parking box
        ("Problemet är stort"): the P was the sentence's first letter, so it goes
        back in front, and the box says what Enter does with it. A P pressed as
        the command is a small p, or is followed by a capital or a pause."""
        opened, self._parked_letter = self._parked_letter, None
        if opened is None:
            return
        letter, since = opened
        if letter.isupper() and since.elapsed() <= WORD_GAP_MS and text[:1].islower():
            self.parking.setText(letter + text)
            self.show_message(self.tr("Det du skrev hamnade i parkeringsrutan: Enter parkerar "
                                      "det, Esc tar bort det."), warning=True)

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
        self.parking_box.hide()
        self.setFocus()
        self.render()

    def release(self) -> None:
        """Before the view goes: the window's timer runs on without it."""
        self._quiet.stop()
        self.timer.changed.disconnect(self._show_timer)

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
        elif key == KEY.Key_Escape:
            if self.typing and self._warned():
                self.end_typing()          # Esc takes the warning away; a second one leaves
            else:
                self.end_typing()
                leave(self.window_)
        elif self.typing and key not in DELIBERATE_KEYS:
            self._quiet.start()            # swallowed: part of what is being typed
            if not self._warned():
                self._warn_typing()
        else:
            self.end_typing()
            self._command(key, event)

    def _command(self, key: int, event: QKeyEvent) -> None:
        """One key as a command, remembered so that it can be taken back if it
        turns out to be the first letter of a word."""
        stack = self.window_.undo_stack
        before = (self.position, stack.index(), self.timer.snapshot())
        if key in (KEY.Key_PageDown, KEY.Key_Space, KEY.Key_Down):
            self.step(+1)
        elif key in (KEY.Key_PageUp, KEY.Key_Up):
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
        elif not self.extra_key(key):
            text = event.text()
            if text and text.isprintable() or key == KEY.Key_Backspace:
                self._stray_key()
            else:
                super().keyPressEvent(event)
            return
        # Commands in a quick run ("3", Space: the start of "3 av dem") are taken
        # back together, the latest first, if a stray letter follows.
        earlier = self._take_back if self._since_command.isValid() \
            and self._since_command.elapsed() <= WORD_GAP_MS else None
        self._take_back = None
        if key == KEY.Key_P:
            self._parked_letter = (event.text(), QElapsedTimer())
            self._parked_letter[1].start()
        elif event.text() and event.text().isprintable() and key not in ENTER_KEYS:
            done = stack.index()
            timed = key in (KEY.Key_T, KEY.Key_R, KEY.Key_Plus, KEY.Key_Minus)

            def take_back() -> None:
                self._go_back(before, done, timed)
                if earlier is not None:
                    earlier()
            self._take_back = take_back
            self._since_command.start()

    def _go_back(self, before: tuple, done: int, timed: bool) -> None:
        position, index, timer = before
        stack = self.window_.undo_stack
        if stack.index() == done == index + 1:
            stack.undo()                     # a status set by a digit
        if timed:
            self.timer.restore(timer)
        if self.position != position:
            self.position = position
            self.render()
