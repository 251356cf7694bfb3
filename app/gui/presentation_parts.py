"""Parts of the presentation mode: the exercise timer, the note editor, the
slide sequence, the parking box, the parking lot's undoable write and its
lists' whole rows."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, QEvent, QMargins, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QFrame, QLabel, QLineEdit, QPlainTextEdit, QStyledItemDelegate, QVBoxLayout,
)

from app.gui.keys import ENTER_KEYS
from app.workspace import Workspace

# Parked remarks are findings (förbättringsområden) of category "other" whose
# description starts with this marker, so they show up with the other
# findings for follow-up and need no table of their own.
PARKED_MARKER = "Parkeringsplats"


class WholeRowsDelegate(QStyledItemDelegate):
    """Draws no row that the list's bottom edge would cut: projected, half a
    line of text (a list shortened by the typing warning at 1366 x 768) reads
    as a rendering fault. The gap and the scroll bar say there is more; the
    current row is scrolled into view whole anyway."""

    def paint(self, painter, option, index) -> None:
        view = self.parent()
        if option.rect.top() > 0 and option.rect.bottom() >= view.viewport().height():
            return
        super().paint(painter, option, index)


@dataclass(frozen=True)
class Slide:
    """One step of the walk-through: the matrix overview, a whole cell, one
    method (sub-heading) of a cell, or the parking lot."""

    kind: str                                # "overview", "cell", "item", "parking"
    cell: tuple[str, str] | None = None      # (row_id, column_id)
    item_index: int = -1                     # index among the cell's methods


def make_slides(ws: Workspace) -> list[Slide]:
    slides = [Slide("overview")]
    for row in ws.rows():
        for column in ws.columns():
            cell = (row.id, column.id)
            slides.append(Slide("cell", cell))
            slides.extend(Slide("item", cell, i) for i in range(len(ws.items(*cell))))
    slides.append(Slide("parking"))
    return slides


def parked_remarks(ws: Workspace) -> list:
    """The parked remarks, oldest first: the last is the one parked (or changed)
    most recently, which the footer confirms (ws.findings() is by title)."""
    changed = ws.last_changes("findings")
    remarks = [f for f in ws.findings() if f.category == "other"
               and f.description.startswith(PARKED_MARKER)]
    return sorted(remarks, key=lambda f: changed.get(f.id) or 0)


class ParkCommand(QUndoCommand):
    """Add a parked remark as a finding; undo removes it (a tombstone)."""

    def __init__(self, label: str, ws: Workspace, text: str, fields: dict) -> None:
        super().__init__(label)
        self._ws, self._fields = ws, {"title": text, **fields}
        self.finding_id = ws.add_finding(**self._fields)  # raises before push on failure
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.finding_id = self._ws.add_finding(**self._fields)

    def undo(self) -> None:
        self._ws.delete_finding(self.finding_id)


class ExerciseTimer(QObject):
    """A stopwatch for group exercises: start/stop and reset by key. With a
    limit (whole minutes, + and −) it counts down and says when time is up."""

    changed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._clock = QElapsedTimer()
        self._banked_ms = 0
        self.limit_ms: int | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(lambda: self.changed.emit(self.text()))

    @property
    def running(self) -> bool:
        return self._clock.isValid()

    def elapsed_ms(self) -> int:
        return self._banked_ms + (self._clock.elapsed() if self.running else 0)

    def toggle(self) -> None:
        if self.running:
            self._banked_ms = self.elapsed_ms()
            self._clock.invalidate()
            self._tick.stop()
        else:
            self._clock.start()
            self._tick.start()
        self.changed.emit(self.text())

    def stop(self) -> None:
        if self.running:
            self.toggle()

    def reset(self) -> None:
        self._banked_ms = 0
        if self.running:
            self._clock.restart()
        self.changed.emit(self.text())

    def snapshot(self) -> tuple:
        """The timer's state, to go back to when a key turns out to have been
        the first letter of a word typed with no text field open."""
        return self.elapsed_ms(), self.running, self.limit_ms

    def restore(self, state: tuple) -> None:
        elapsed, running, self.limit_ms = state
        self._banked_ms = elapsed
        self._clock.invalidate()
        self._tick.stop()
        if running:
            self._clock.start()
            self._tick.start()
        self.changed.emit(self.text())

    def add_minutes(self, minutes: int) -> None:
        """Lengthen or shorten the countdown; at zero it is a stopwatch again."""
        limit = (self.limit_ms or 0) + minutes * 60_000
        self.limit_ms = limit if limit > 0 else None
        self.changed.emit(self.text())

    @property
    def time_is_up(self) -> bool:
        return self.limit_ms is not None and self.elapsed_ms() >= self.limit_ms

    def text(self) -> str:
        """mm:ss elapsed, or left of the countdown (rounded up: 0:00 is the end)."""
        if self.limit_ms is None:
            seconds = self.elapsed_ms() // 1000
        else:
            seconds = -(-max(0, self.limit_ms - self.elapsed_ms()) // 1000)
        return f"{seconds // 60:02d}:{seconds % 60:02d}"


def session_timer(window) -> ExerciseTimer:
    """The window's one exercise timer: it keeps running (or counting down) when
    the presentation is left and entered again, or shows another scope, until
    the user resets it (a trial's "Kvar 02:58" came back as "Tid 00:00")."""
    timer = getattr(window, "presentation_timer", None)
    if timer is None:
        timer = window.presentation_timer = ExerciseTimer(window)
    return timer


NOTE_LINES = 4    # the least a note shows: two notes merged, or what came before the typing
NOTE_MARGIN = 4   # px of the text from the box's padding (the document's own margin was 4)


class NoteEditor(QPlainTextEdit):
    """The note of the current method: Enter saves, Shift+Enter is a new line,
    Esc cancels. Read-only until the presenter presses Enter.

    It asks for NOTE_LINES lines of its type (the slide gives it whatever room
    is left over beyond that; MatrixPresentation.share_room) and shows whole
    lines only: the text area is a
    whole number of lines high, the rest of the box a margin below it. A trial
    at 1366 x 768 had about two lines, the second cut in half when the typing
    warning took its room, and saw only the last line while typing."""

    save = Signal(str)
    cancel = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # The margin is the viewport's instead (_fit_whole_lines): the lines
        # then start at the text area's top edge, and a whole number fills it.
        self.document().setDocumentMargin(0)
        self._fit_whole_lines()

    def line_height(self) -> int:
        """One line of the note's type, as the editor lays it out (the height
        of a QTextLine, rounded up: the same at every size from 10 to 90 px)."""
        return max(1, math.ceil(QFontMetricsF(self.font()).height()))

    def visible_lines(self) -> int:
        """How many whole lines the text area shows."""
        return (self.viewport().height() - 1) // self.line_height()

    def _chrome(self) -> int:
        """The box's border and padding, top and bottom, the margin above and
        below the text, and the pixel QPlainTextEdit wants beyond its lines
        (with exactly n lines' height it scrolls n lines)."""
        return 2 * self.frameWidth() + 2 * NOTE_MARGIN + 1

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # NOTE_LINES, and no more: the slide's stretch gives the note the rest.
        return QSize(super().sizeHint().width(), self._chrome() + NOTE_LINES * self.line_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # One line when even the methods' current row and the note's lines do
        # not fit (zoomed far in): the note gives way, the headings stay whole.
        return QSize(super().minimumSizeHint().width(), self._chrome() + self.line_height())

    def _fit_whole_lines(self) -> None:
        inner = self.contentsRect().height() - 2 * NOTE_MARGIN - 1
        line = self.line_height()
        spare = inner - max(1, inner // line) * line if inner > line else 0
        margins = QMargins(NOTE_MARGIN, NOTE_MARGIN, NOTE_MARGIN, NOTE_MARGIN + max(0, spare))
        if self.viewportMargins() != margins:
            self.setViewportMargins(margins)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._fit_whole_lines()
        super().resizeEvent(event)
        if not self.isReadOnly():
            # Being written: the line typed on stays in view when the slide's
            # layout changes under it (the typing warning going, say).
            self.ensureCursorVisible()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()              # the type follows the zoom
            self._fit_whole_lines()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():
            event.ignore()
            return
        if event.key() in ENTER_KEYS and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.save.emit(self.toPlainText())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel.emit()
            return
        super().keyPressEvent(event)


class ParkingEdit(QLineEdit):
    """One line for a remark; Esc cancels (Enter is QLineEdit.returnPressed)."""

    cancel = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel.emit()
            return
        super().keyPressEvent(event)
        if event.key() in ENTER_KEYS:
            # QLineEdit passes Enter on to its parent after returnPressed: the
            # slide would then also open its note editor.
            event.accept()



class ParkingBox(QFrame):
    """The parking lot's own box: a heading that says what it is, the text
    field (focused when shown) and how to save or cancel. Shown by P only, so
    a remark never starts silently in a sentence typed elsewhere (a trial's
    "gruppen" opened parking at its "p" and parked "pen: rutin saknas")."""

    def __init__(self, title: str, help_text: str, placeholder: str) -> None:
        super().__init__()
        self.setObjectName("presParkingBox")
        self.title = QLabel(title)
        self.title.setObjectName("presParkingTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = ParkingEdit()
        self.edit.setPlaceholderText(placeholder)
        self.help = QLabel(help_text)
        self.help.setObjectName("presParkingHelp")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        layout.addWidget(self.help)
