"""The team's view: who the team is, its aims, and the Breakthrough timeline —
learning sessions (lärandeseminarier) and the action periods (arbetsperioder)
between them, with the one the team is in now marked.

Shown in place of the data grid and chart while a team or an aim is selected.
The timeline is drawn (TimelineStrip) and also listed in a table, which says
the same in words (for a screen reader, and whole names).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.gui.labels import escape

CURRENT = QColor("#1f6f43")    # the step the team is in now (text beside it says so too)
DONE = QColor("#8a8f98")
COMING = QColor("#2b5797")


def step_name(step) -> str:
    """A session by its own name; a period as Arbetsperiod k."""
    from PySide6.QtCore import QCoreApplication

    if step.kind == "session":
        return step.title
    return QCoreApplication.translate("TeamOverview", "Arbetsperiod %1").replace(
        "%1", str(step.number))


def _state(step, today: str) -> str:
    if step.current:
        return "now"
    return "done" if step.end < today else "coming"


class TimelineStrip(QWidget):
    """Sessions as points on a line, the action periods between them as bars of
    equal width (the dates say how long), the current one filled and named
    "nu"; before the first session and after the last a dashed tail."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.steps: list = []
        self.phase = "none"
        self.today = date.today().isoformat()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Tidslinje"))

    def show_team(self, team, today: str) -> None:
        self.steps = team.timeline(today) if team is not None else []
        self.phase = team.phase(today) if team is not None else "none"
        self.today = today
        self.setAccessibleDescription("; ".join(
            f"{step_name(s)} {s.start}" + (f"–{s.end}" if s.end != s.start else "")
            + (" " + self.tr("(nu)") if s.current else "") for s in self.steps))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, int(5.2 * self.fontMetrics().height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, int(5.2 * self.fontMetrics().height()))

    def _now_text(self) -> str:
        return self.tr("Nu")

    def layout_x(self) -> tuple[list[float], float, float]:
        """(x of each session, the width of a session's label box, the tail's width)."""
        metrics = self.fontMetrics()
        sessions = [s for s in self.steps if s.kind == "session"]
        n = len(sessions)
        char = metrics.averageCharWidth()
        tail = 9 * char
        left = tail if self.phase == "before" else char
        right = self.width() - (tail if self.phase == "after" else char)
        usable = max(right - left, 1)
        widest = max((metrics.horizontalAdvance(t) for s in sessions
                      for t in (s.title, s.start)), default=0) + 2 * char
        box = min(widest, usable / n)
        if n == 1:
            return [left + usable / 2], box, tail
        step = (usable - box) / (n - 1)
        return [left + box / 2 + k * step for k in range(n)], box, tail

    def paintEvent(self, _event) -> None:
        sessions = [s for s in self.steps if s.kind == "session"]
        if not sessions:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line_h = metrics.height()
        char = metrics.averageCharWidth()
        width = self.width()
        xs, box_w, tail = self.layout_x()
        y = 1.9 * line_h                                # the axis
        text = self.palette().color(QPalette.ColorRole.WindowText)
        bold = QFont(self.font())
        bold.setBold(True)
        # Periods: a bar between two sessions, named above it.
        for k, step in enumerate(s for s in self.steps if s.kind == "period"):
            x0, x1 = xs[k], xs[k + 1]
            state = _state(step, self.today)
            color = {"now": CURRENT, "done": DONE, "coming": COMING}[state]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color if state == "now" else color.lighter(135))
            painter.drawRect(QRectF(x0, y - line_h * 0.3, x1 - x0, line_h * 0.6))
            if state == "now":                         # where in the period today is
                share = _share(step.start, step.end, self.today)
                painter.setPen(QPen(text, 2))
                painter.drawLine(QPointF(x0 + share * (x1 - x0), y - line_h * 0.55),
                                 QPointF(x0 + share * (x1 - x0), y + line_h * 0.55))
            painter.setFont(bold if state == "now" else self.font())
            painter.setPen(CURRENT if state == "now" else text)
            label = step_name(step) + (f" – {self._now_text().lower()}" if state == "now"
                                       else "")
            label = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, max(int(x1 - x0 - 2 * char), 0))
            painter.drawText(QRectF(x0, y - 1.7 * line_h, x1 - x0, line_h),
                             Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self.font())
        # Dashed tails: before the first and after the last session.
        painter.setPen(QPen(DONE, 2, Qt.PenStyle.DashLine))
        if self.phase == "before":
            painter.drawLine(QPointF(char, y), QPointF(xs[0], y))
        if self.phase == "after":
            painter.drawLine(QPointF(xs[-1], y), QPointF(width - char, y))
        # Sessions: a diamond, the name below, the date under it.
        for x, step in zip(xs, sessions):
            state = _state(step, self.today)
            color = {"now": CURRENT, "done": DONE, "coming": COMING}[state]
            r = line_h * 0.45
            diamond = QPolygonF([QPointF(x + dx, y + dy)
                                 for dx, dy in ((0, -r), (r, 0), (0, r), (-r, 0))])
            painter.setPen(QPen(color.darker(130), 1))
            painter.setBrush(color)
            painter.drawPolygon(diamond)
            painter.setFont(bold if state == "now" else self.font())
            painter.setPen(text)
            fm = painter.fontMetrics()
            name = fm.elidedText(step.title, Qt.TextElideMode.ElideRight, int(box_w))
            painter.drawText(QRectF(x - box_w / 2, y + 0.6 * line_h, box_w, line_h),
                             Qt.AlignmentFlag.AlignCenter, name)
            painter.drawText(QRectF(x - box_w / 2, y + 1.6 * line_h, box_w, line_h),
                             Qt.AlignmentFlag.AlignCenter, step.start)
        # Now, outside the sessions: a marker above the tail.
        if self.phase in ("before", "after"):
            x = (char + xs[0]) / 2 if self.phase == "before" else (xs[-1] + width - char) / 2
            x = min(max(x, tail / 2), width - tail / 2)
            painter.setFont(bold)
            painter.setPen(CURRENT)
            painter.drawText(QRectF(x - tail / 2, y - 1.7 * line_h, tail, line_h),
                             Qt.AlignmentFlag.AlignCenter, "▼ " + self._now_text())
        painter.end()


def _share(start: str, end: str, today: str) -> float:
    """How far into [start, end] today is (0–1)."""
    try:
        a, b, t = (date.fromisoformat(x) for x in (start, end, today))
    except ValueError:
        return 0.5
    return min(max((t - a).days / max((b - a).days, 1), 0.0), 1.0)


class TeamOverview(QWidget):
    """The selected team: organisations, description, aims, the timeline in a
    picture and a table, and what else it has (measures, cycles, ideas)."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self._view = view
        self.team_id: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("teamHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)     # a name, as typed
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        box = QGroupBox(self.tr("Genombrottsmetodens tidslinje"))
        timeline = QVBoxLayout(box)
        self.now = QLabel()
        self.now.setObjectName("timelineNow")
        self.now.setWordWrap(True)
        self.now.setTextFormat(Qt.TextFormat.PlainText)         # session names, as typed
        self.strip = TimelineStrip()
        self.steps = QTableWidget(0, 4)
        self.steps.setHorizontalHeaderLabels([self.tr("Steg"), self.tr("Från"), self.tr("Till"),
                                              self.tr("Läge")])
        self.steps.setAccessibleName(self.tr("Lärandeseminarier och arbetsperioder"))
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.verticalHeader().setVisible(False)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.edit_button = QPushButton(self.tr("Ändra teamet och dess &lärandeseminarier…"))
        self.edit_button.clicked.connect(lambda: view.edit_team(self.team_id))
        timeline.addWidget(self.now)
        timeline.addWidget(self.strip)
        timeline.addWidget(self.steps)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        timeline.addLayout(buttons)
        self.hint = QLabel(self.tr("Välj ett mått i listan till vänster för dess mätvärden "
                                   "och diagram, eller lägg till ett."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(box)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def show_team(self, team_id: str | None, today: str | None = None) -> None:
        self.team_id = team_id
        ws = self._view.ws
        today = today or date.today().isoformat()
        try:
            team = ws.team(team_id) if team_id else None
        except KeyError:          # just deleted: the tree is being rebuilt
            team, self.team_id = None, None
        self.heading.setText(team.name if team else self.tr("Inget team valt"))
        self.strip.show_team(team, today)
        self.edit_button.setEnabled(team is not None and not ws.read_only)
        if team is None:
            self.about.setText(self.tr("Lägg till ett förbättringsteam med Nytt team…"))
            self.now.setText("")
            self.steps.setRowCount(0)
            self._fit_steps()
            return
        self.about.setText(self._about(ws, team))
        self.now.setText(self._now(team, today))
        steps = team.timeline(today)
        states = {"now": self.tr("pågår nu"), "done": self.tr("klar"),
                  "coming": self.tr("kommande")}
        self.steps.setRowCount(len(steps))
        for row, step in enumerate(steps):
            state = _state(step, today)
            cells = (step_name(step), step.start, step.end if step.kind == "period" else "",
                     ("▶ " if state == "now" else "") + states[state])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if state == "now":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.steps.setItem(row, column, item)
        self._fit_steps()

    def _fit_steps(self) -> None:
        """The table as high as its rows (it is short: a few sessions)."""
        self.steps.resizeRowsToContents()
        rows = sum(self.steps.rowHeight(r) for r in range(self.steps.rowCount()))
        self.steps.setFixedHeight(self.steps.horizontalHeader().sizeHint().height() + rows
                                  + 2 * self.steps.frameWidth())

    def _about(self, ws, team) -> str:
        names = {u.id: u.name for u in ws.units(include_retired=True)}
        units = ", ".join(names.get(u, "?") for u in team.unit_ids) or self.tr("(inga)")
        # The labels outside the f-strings: lupdate does not look inside them.
        units_label, aim_label = self.tr("Organisationer:"), self.tr("Mål:")
        parts = [f"<b>{escape(units_label)}</b> {escape(units)}"]
        if team.description:
            parts.append(escape(team.description))
        for aim in ws.aims(team.id):
            due = self.tr("till %1").replace("%1", aim.due) if aim.due else ""
            extra = ", ".join(p for p in (aim.amount, due) if p)
            parts.append(f"<b>{escape(aim_label)}</b> {escape(aim.title)}"
                         + (f" ({escape(extra)})" if extra else ""))
        counts = self.tr("Mått: %1 · PGSA-cykler: %2 · Förändringsidéer: %3")
        parts.append(counts.replace("%1", str(len(ws.measures(team.id))))
                     .replace("%2", str(len(ws.cycles(team.id))))
                     .replace("%3", str(len(ws.change_ideas(team.id)))))
        return "<br>".join(parts)

    def _now(self, team, today: str) -> str:
        phase = team.phase(today)
        if phase == "none":
            return self.tr("Inga lärandeseminarier inlagda ännu: lägg till dem med knappen "
                           "nedan.")
        if phase == "before":
            first = team.timeline(today)[0]
            return self.tr("Nu (%1): förberedelse inför %2 den %3.").replace(
                "%1", today).replace("%2", first.title).replace("%3", first.start)
        if phase == "after":
            last = team.timeline(today)[-1]
            return self.tr("Nu (%1): efter det sista lärandeseminariet (%2, %3) – teamet "
                           "arbetar vidare på egen hand.").replace("%1", today).replace(
                "%2", last.title).replace("%3", last.start)
        current = next(s for s in team.timeline(today) if s.current)
        if current.kind == "session":
            return self.tr("Nu (%1): %2, i dag.").replace("%1", today).replace(
                "%2", current.title)
        return self.tr("Nu (%1): %2, från %3 till %4.").replace("%1", today).replace(
            "%2", step_name(current)).replace("%3", current.start).replace("%4", current.end)

