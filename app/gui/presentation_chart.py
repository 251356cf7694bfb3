"""The improvement work projected: the chart of one measure full-screen, and
PageDown/PageUp to the next team's measures, with the same timer and parking lot.

matplotlib is imported when the first chart is drawn (never at start-up). The
figure is drawn at a resolution that makes its type large on the projector.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

from app.gui.presentation_base import KEY, ZOOM_STEPS, PresentationBase

FIGURE_WIDTH_IN = 7.5     # fewer inches on the screen = larger type
FIGURE_HEIGHT_IN = 4.4


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
        self.draw_count = 0
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
        return False

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

    def _draw_chart(self) -> None:
        """The figure, drawn with Agg at the label's size."""
        measure = self.measure
        size = self.chart_label.size()
        if measure is None or size.width() < 50 or size.height() < 50:
            return
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        from app.core import charts

        # As large as the figure's own layout allows: at least FIGURE_HEIGHT_IN
        # tall (room for the period labels and the words under the axes).
        ratio = self.devicePixelRatioF()
        width_px, height_px = size.width() * ratio, size.height() * ratio
        dpi = min(width_px / FIGURE_WIDTH_IN, height_px / FIGURE_HEIGHT_IN) \
            * ZOOM_STEPS[self.zoom_index]
        dpi = min(dpi, height_px / FIGURE_HEIGHT_IN)      # zooming in never cuts the words
        figure = charts.measure_figure(self.ws, measure.id, width_in=width_px / dpi,
                                       height_in=height_px / dpi)
        figure.set_dpi(dpi)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        buffer = canvas.buffer_rgba()
        image = QImage(bytes(buffer), buffer.shape[1], buffer.shape[0],
                       QImage.Format.Format_RGBA8888)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.chart_label.setPixmap(pixmap)
        self.draw_count += 1

    def zoom(self, step: int) -> None:
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
