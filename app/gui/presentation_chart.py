"""The improvement work projected: the chart of one measure full-screen, and
PageDown/PageUp to the next team's measures, with the same timer and parking lot.

matplotlib is imported when the first chart is drawn (never at start-up). The
chart is a picture in a label (drawn with Agg, as the improvement tab's
FigureCanvasQTAgg draws it): a slide has nothing to interact with, and a label
keeps the slide's layout simple. The figure fills the screen pixel for pixel,
its type (and, moderately, its lines) scaled with the presentation's type: the
screen's size and the zoom (Ctrl +/−).
Zooming in enlarges the chart's type only: the heading and the lines around the
chart keep their size at zoom 1, so the chart keeps most of the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy

from app.gui.improvement_chart import (
    CHART_POINTS, figure_pixmap, freeze_long_lived, release_old_figures,
)
from app.gui.keys import ENTER_KEYS
from app.gui.presentation_base import KEY, ZOOM_STEPS, PresentationBase

CHART_TYPE = 0.58         # the chart's small type (8 pt at scale 1) to the body type:
                          # ~18 px at 720 lines, ~28 px at 1080
WORDS_SHARE = 0.45        # of the height, at most, for period labels and words (cut after)


class ChartPresentation(PresentationBase):
    def __init__(self, window, start_measure: str | None = None) -> None:
        super().__init__(window, _initial_title())
        self.measures = [m for team in self.ws.teams() for m in self.ws.measures(team.id)]
        self.teams = {t.id: t for t in self.ws.teams()}
        ids = [m.id for m in self.measures]
        self.position = ids.index(start_measure) if start_measure in ids else 0
        self.chart_label = QLabel()
        self.chart_label.setObjectName("presChart")
        self.chart_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.chart_label.setAccessibleName(self.tr("Diagram"))
        self.body.addWidget(self.chart_label, 1)
        self.hints.setText(self.tr(
            "PgDn/PgUp: nästa/föregående mått · P: parkera · T/R: tidtagning, +/−: minuter · "
            "Ctrl +/−: zooma · Esc: avsluta"))
        self._redraw = QTimer(self, singleShot=True, interval=0)
        self._redraw.timeout.connect(self._draw_chart)
        # The chart's own room shrinks while a line shows under it (the typing
        # guard's warning): drawn again to fit, not cut at the top and bottom.
        self.chart_label.installEventFilter(self)
        self.draw_count = 0
        self.figure = None
        self._drawn: tuple | None = None
        self.render()

    @property
    def measure(self):
        return self.measures[self.position] if self.measures else None

    def step(self, delta: int) -> None:
        if self.measures:
            self.position = max(0, min(len(self.measures) - 1, self.position + delta))
        self.render()

    def extra_key(self, key: int) -> bool:
        if key in (KEY.Key_Home, KEY.Key_End):
            self.position = 0 if key == KEY.Key_Home else max(0, len(self.measures) - 1)
            self.render()
            return True
        if key in ENTER_KEYS:
            self.refuse(self.tr("Diagrammen har inga anteckningar här – P parkerar en "
                                "kommentar."), guard=True)
            return True
        return False

    def typing_hint(self) -> str:
        return self.tr("P: parkera en kommentar")

    def place(self) -> str | None:
        """The measure last shown, for the improvement view to select on leaving."""
        return self.measure.id if self.measure is not None else None

    def render(self) -> None:
        self.render_parked_count()
        measure = self.measure
        if measure is None:
            self.set_position(0, 0)
            self.title_label.setText(self.tr("Inga mått ännu"))
            self.summary_label.clear()
            self.chart_label.clear()
            return
        self.set_position(self.position + 1, len(self.measures))
        team = self.teams.get(measure.team_id)
        aim = next((a for a in self.ws.aims(measure.team_id) if a.id == measure.aim_id), None)
        scope = self.tr("Förbättringsarbete – %1").replace("%1", team.name if team else "")
        if aim is not None:
            scope += " · " + self.tr("Mål: %1").replace("%1", aim.title)
        self.scope_label.setText(scope)
        self.title_label.setText(measure.name)
        self.summary_label.hide()     # every pixel of height makes the chart's type larger
        self._redraw.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_redraw"):
            self._redraw.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.chart_label and event.type() == QEvent.Type.Resize:
            self._redraw.start()
        return super().eventFilter(watched, event)

    def _draw_chart(self) -> None:
        """The figure, drawn with Agg at the label's size."""
        measure = self.measure
        size = self.chart_label.size()
        if measure is None or size.width() < 50 or size.height() < 50:
            return
        from app.core import charts
        from app.gui.language import current_language

        freeze_long_lived()             # before the first figure (see there)
        # 100 dpi on the label's logical pixels (as the improvement tab's chart), so
        # the font scale alone makes the type large; the device ratio adds pixels.
        width_in, height_in = size.width() / 100, size.height() / 100
        figure = charts.measure_figure(
            self.ws, measure.id, width_in=width_in, height_in=height_in,
            language=current_language(), font_scale=self.font_scale(width_in, height_in),
            words_share=WORDS_SHARE, masked=True)   # projected: no personnummer
        wanted = self._wanted()
        self.chart_label.setPixmap(figure_pixmap(figure, wanted[-1]))
        self.figure = figure
        release_old_figures()
        self._drawn = wanted
        self.draw_count += 1

    def _wanted(self) -> tuple:
        measure = self.measure
        return (measure.id if measure else None, self.chart_label.width(),
                self.chart_label.height(), self.base_px(), self.devicePixelRatioF())

    def is_current(self) -> bool:
        """True when the chart shows the measure at the present size and zoom
        (nothing left to draw): what a screenshot waits for."""
        return not self._redraw.isActive() and (self.measure is None
                                                or self._drawn == self._wanted())

    def font_scale(self, width_in: float, height_in: float) -> float:
        """The chart's type in proportion to the presentation's (which follows the
        screen and the zoom), never smaller than on the improvement tab, and never
        so large that the axes lose their room (a figure of width_in × height_in at
        100 dpi: at scale 1 the chart wants ~5.5 × 2.4 in, and words; the drawing keeps
        the axes most of the height, cutting words and joining labels first)."""
        return max(1.0, min(self._wanted_scale(), self._largest_scale(width_in, height_in)))

    def _wanted_scale(self, zoom_index: int | None = None) -> float:
        zoom = None if zoom_index is None else ZOOM_STEPS[zoom_index]
        return self.base_px(zoom) * CHART_TYPE / CHART_POINTS

    @staticmethod
    def _largest_scale(width_in: float, height_in: float) -> float:
        return min(width_in / 5.5, height_in / 2.4)

    def apply_zoom(self) -> None:
        """The frame (scope, title, timer, hints) as at zoom 1 at most: zooming in
        is for the chart."""
        self.setStyleSheet(self.style_for(min(self.base_px(), self.base_px(1.0))))

    def zoom(self, step: int) -> None:
        """Ctrl + stops where the chart's type stops growing (it would change
        nothing, and Ctrl − would then seem to do nothing either)."""
        if step > 0 and self.zoom_index + 1 < len(ZOOM_STEPS):
            size = self.chart_label.size()
            largest = self._largest_scale(size.width() / 100, size.height() / 100)
            if self._wanted_scale(self.zoom_index) >= largest:
                return
        super().zoom(step)
        self._redraw.start()

    def park_context(self) -> dict:
        measure = self.measure
        where = measure.name if measure else self.tr("Förbättringsarbete")
        return {"where": f"{self.scope_label.text()}: {where}"}

    def detach(self) -> None:
        self._redraw.stop()


def _initial_title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ChartPresentation", "Förbättringsarbete")
