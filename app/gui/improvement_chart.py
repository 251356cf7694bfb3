"""The chart of the selected measure, with its options (chart, rules, baseline, split).

matplotlib is imported only when the panel is first shown, so start-up stays
light; redraws are coalesced (a burst of typing draws once).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from app.core.improvement import CHARTS
from app.gui.labels import tr_label
from app.gui.language import current_language


class ChartPanel(QWidget):
    """Shows `charts.measure_figure` for one measure; options change the measure."""

    option_changed = Signal(str, object)   # field of the measure, new value
    split_requested = Signal()
    redrawn = Signal()

    def __init__(self, ws, parent=None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.measure_id: str | None = None
        self.canvas = None
        self.figure = None
        self.signal_words: list[str] = []
        self.draw_count = 0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.redraw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The options live in a row of their own, which the view places above the
        # grid and the chart so that neither is squeezed.
        self.options = QWidget()
        options = QHBoxLayout(self.options)
        options.setContentsMargins(0, 0, 0, 0)
        self.chart_combo = QComboBox()
        self.chart_combo.setAccessibleName(self.tr("Diagramtyp"))
        for key, label in CHARTS.items():
            self.chart_combo.addItem(tr_label(label), key)
        self.ihi_check = QCheckBox(self.tr("IHI:s regler"))
        self.ihi_check.setToolTip(self.tr("Skift = 6 punkter i rad, trend = 5 punkter i rad "
                                          "(annars Anhøjs regler)"))
        self.freeze_spin = QSpinBox()
        self.freeze_spin.setRange(0, 999)
        self.freeze_spin.setSpecialValueText(self.tr("ingen"))
        self.freeze_spin.setPrefix(self.tr("Baslinje: "))
        self.freeze_spin.setSuffix(self.tr(" punkter"))
        self.freeze_spin.setToolTip(self.tr("Frys centrumlinje och gränser efter så här många "
                                            "punkter"))
        label = QLabel(self.tr("&Diagram:"))
        label.setBuddy(self.chart_combo)
        for w in (label, self.chart_combo, self.ihi_check, self.freeze_spin):
            options.addWidget(w)
        options.addStretch(1)
        # Splitting starts at a period chosen in the grid: the view puts these under it.
        self.split_row = QWidget()
        split_row = QHBoxLayout(self.split_row)
        split_row.setContentsMargins(0, 0, 0, 0)
        self.split_button = QPushButton(self.tr("Dela &här"))
        self.split_button.setToolTip(self.tr("Ny del av diagrammet från vald period, efter en "
                                             "avsiktlig ändring"))
        self.unsplit_button = QPushButton(self.tr("Ta bort delning"))
        split_row.addWidget(self.split_button)
        split_row.addWidget(self.unsplit_button)
        split_row.addStretch(1)
        self.placeholder = QLabel(self.tr("Välj ett mått för att se diagrammet."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.placeholder, 1)
        self._layout = layout
        self.chart_combo.activated.connect(
            lambda _: self.option_changed.emit("chart", self.chart_combo.currentData()))
        self.ihi_check.clicked.connect(
            lambda on: self.option_changed.emit("rules", "ihi" if on else "anhoej"))
        self.freeze_spin.editingFinished.connect(self._freeze_edited)
        self.split_button.clicked.connect(self.split_requested)
        self.unsplit_button.clicked.connect(lambda: self.option_changed.emit("splits", ()))

    def _freeze_edited(self) -> None:
        value = self.freeze_spin.value() or None
        if self.measure_id and value != self._ws.measure(self.measure_id).freeze:
            self.option_changed.emit("freeze", value)

    def show_measure(self, measure_id: str | None) -> None:
        self.measure_id = measure_id
        self.schedule()

    def schedule(self) -> None:
        """Redraw soon (once, however many changes arrive before)."""
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._timer.start()

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.canvas = FigureCanvasQTAgg(Figure())
        self.canvas.setMinimumSize(320, 240)
        self.canvas.installEventFilter(self)   # a new size needs a new layout of the words
        self._layout.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.hide()

    def redraw(self) -> None:
        from app.core import charts

        enabled = self.measure_id is not None
        for w in (self.chart_combo, self.ihi_check, self.freeze_spin, self.split_button,
                  self.unsplit_button):
            w.setEnabled(enabled and not self._ws.read_only)
        if not enabled:
            if self.canvas is not None:
                self.canvas.figure.clear()
                self.canvas.draw_idle()
            self.signal_words = []
            return
        try:
            measure = self._ws.measure(self.measure_id)
        except KeyError:
            self.measure_id = None
            return self.redraw()
        self._ensure_canvas()
        for w in (self.chart_combo, self.ihi_check, self.freeze_spin):
            w.blockSignals(True)        # showing the measure's options is no change
        self.chart_combo.setCurrentIndex(self.chart_combo.findData(measure.chart))
        self.ihi_check.setChecked(measure.rules == "ihi")
        self.freeze_spin.setValue(measure.freeze or 0)
        for w in (self.chart_combo, self.ihi_check, self.freeze_spin):
            w.blockSignals(False)
        self.unsplit_button.setEnabled(bool(measure.splits) and not self._ws.read_only)
        language = current_language()      # the chart's words as the menus'
        mc = charts.measure_chart(self._ws, self.measure_id, language=language)
        self.signal_words = charts.signal_texts(mc.result, mc.series.periods, mc.direction,
                                                language=language)
        width = max(self.canvas.width(), 320) / 100
        height = max(self.canvas.height(), 240) / 100
        figure = charts.draw(mc, width_in=width, height_in=height, language=language)
        figure.set_canvas(self.canvas)
        self.canvas.figure = figure
        self.figure = figure
        self.canvas.draw()
        self.draw_count += 1
        self.redrawn.emit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            self.schedule()   # words and margins are laid out for the size
        return False
