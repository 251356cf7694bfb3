"""The chart of the selected measure, with its options (chart, rules, baseline, split).

The baseline takes effect as its value changes, once it has settled for a
moment (`FREEZE_SETTLE_MS`): holding the arrow key is one change to undo, not
one per point.

matplotlib is imported only when the panel is first shown, so start-up stays
light; redraws are coalesced (a burst of typing draws once).

The canvas is a FigureCanvasQTAgg showing the core's Figure (app.core.charts).
Unlike matplotlib's own canvas it never stretches a figure to a new size: the
words, labels and margins are laid out for a size, so a resize asks the panel
for a new figure (`resized`). The figure is drawn at the screen's device pixel
ratio (sharp at 150 % and 200 %, never a thumbnail), its type in proportion to
the interface's font. The pane takes the room the layout gives it and asks for
no more than a modest minimum, so the tab never scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontInfo, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget,
)

from app.core.improvement import CHARTS
from app.gui.labels import escape, tr_label
from app.gui.language import current_language


CHART_POINTS = 8 * 100 / 72   # pixels of the chart's small type (8 pt) at font scale 1
DPI = 100                     # the figures are laid out in inches at 100 dpi (logical pixels)
FREEZE_SETTLE_MS = 500        # the baseline applies once its value has rested this long
# Another measure is drawn once the tree has rested this long: stepping through
# the tree with the arrow keys drew every measure passed, twice (the trial's
# ~1 s a step), each draw a tenth of a second or more of the GUI thread.
SWITCH_SETTLE_MS = 150


def figure_pixmap(figure, ratio: float) -> QPixmap:
    """A figure laid out in inches at 100 dpi, drawn for a screen of this device
    pixel ratio: as many device pixels as the ratio asks, shown at the logical size.
    (The presentation's chart, a picture in a label.)"""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure.set_dpi(DPI * ratio)
    canvas = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else \
        FigureCanvasAgg(figure)
    canvas.draw()
    return _pixmap(canvas.get_renderer(), ratio)


def _image(renderer, ratio: float) -> QImage:
    """The renderer's pixels as a QImage of their own (a copy) at this pixel ratio."""
    buffer = renderer.buffer_rgba()
    image = QImage(bytes(buffer), int(renderer.width), int(renderer.height),
                   QImage.Format.Format_RGBA8888)
    image.setDevicePixelRatio(ratio)
    return image


def _pixmap(renderer, ratio: float) -> QPixmap:
    pixmap = QPixmap.fromImage(_image(renderer, ratio))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


_heap_frozen = False


def freeze_long_lived() -> None:
    """Before the first chart: what lives now (the program's modules, windows and
    workspace, matplotlib) is long-lived; Python's collector need not scan it again.

    A figure is a web of reference cycles (some 4,000 objects), so only the cyclic
    collector frees it, and every dozen redraws or so that ran a full collection
    over the whole program: 40-60 ms inside some redraw, its worst case. Frozen
    (gc.freeze), those objects are never scanned again, so release_old_figures
    frees a replaced figure in about a millisecond."""
    import gc
    import importlib

    global _heap_frozen
    if not _heap_frozen:
        for module in ("matplotlib.figure", "matplotlib.backends.backend_agg"):
            importlib.import_module(module)      # what figures need: long-lived too
        gc.collect()
        gc.freeze()
        _heap_frozen = True


def release_old_figures() -> None:
    """Free the figure a redraw has just replaced, now, while it is small work
    (after freeze_long_lived: a collection of what is young, ~1 ms)."""
    import gc

    freeze_long_lived()
    gc.collect()


_CANVAS_CLASS = None


def chart_canvas_class():
    """ChartCanvas, a FigureCanvasQTAgg: made when the first chart is shown, since
    importing matplotlib's Qt canvas costs half a second at start-up."""
    global _CANVAS_CLASS
    if _CANVAS_CLASS is not None:
        return _CANVAS_CLASS
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    class ChartCanvas(FigureCanvasQTAgg):
        """The chart: matplotlib's Qt canvas showing a figure laid out for its size.
        Its size is the layout's to choose (the size policy ignores any hint), down
        to a modest minimum; `resized` asks for a new figure for the new size (or
        the new device pixel ratio) instead of stretching the one shown."""

        resized = Signal()

        def __init__(self, parent=None) -> None:
            super().__init__(Figure(figsize=(1, 1), dpi=DPI))
            if parent is not None:
                self.setParent(parent)
            self.setMouseTracking(False)       # nothing in the chart answers the mouse
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            metrics = self.fontMetrics()
            # about 36 characters by 15 lines of the interface's type: a chart, not a stamp
            self.setMinimumSize(36 * metrics.averageCharWidth(), 15 * metrics.height())

        def sizeHint(self) -> QSize:
            return self.minimumSize()

        def minimumSizeHint(self) -> QSize:
            return self.minimumSize()

        def show_figure(self, figure, ratio: float) -> None:
            """Show a figure (laid out in inches at 100 dpi for this canvas's
            logical size), drawn now with Agg at the device pixel ratio."""
            figure.set_canvas(self)
            self.figure = figure
            self._set_device_pixel_ratio(ratio)
            figure.set_dpi(DPI * ratio)
            self.draw()                         # Agg now; Qt paints it soon

        def show_nothing(self) -> None:
            size = self.size()
            self.show_figure(Figure(figsize=(max(size.width(), 1) / DPI,
                                             max(size.height(), 1) / DPI), dpi=DPI),
                             self.devicePixelRatioF() or 1.0)

        def pixmap(self) -> QPixmap:
            """What the canvas shows, as a picture (device pixels, at its ratio)."""
            renderer = getattr(self, "renderer", None)
            if renderer is None:
                return QPixmap()
            return _pixmap(renderer, self.device_pixel_ratio)

        def _drawn_for_widget(self) -> bool:
            """The last drawing covers the widget: drawn for its size and ratio."""
            renderer = getattr(self, "renderer", None)
            if renderer is None or renderer.dpi != self.figure.dpi:
                return False
            width, height = self.get_width_height(physical=True)
            ratio = self.device_pixel_ratio
            return ((int(renderer.width), int(renderer.height)) == (width, height)
                    and abs(width - self.width() * ratio) <= 1
                    and abs(height - self.height() * ratio) <= 1)

        def paintEvent(self, event) -> None:
            if self._drawn_for_widget():
                super().paintEvent(event)        # matplotlib's own: the Agg buffer
                return
            # Between a resize and the new figure (a frame): the last drawing as it
            # was, on white, rather than matplotlib's copy of a region it never drew.
            painter = QPainter(self)
            painter.fillRect(event.rect(), QColor("white"))
            renderer = getattr(self, "renderer", None)
            if renderer is not None:
                painter.drawImage(0, 0, _image(renderer, self.device_pixel_ratio))
            painter.end()

        def resizeEvent(self, event) -> None:
            # Not FigureCanvasQT's, which would stretch the figure to the new size:
            # the panel lays a new one out for it.
            QWidget.resizeEvent(self, event)
            self.resized.emit()

        def event(self, event) -> bool:
            if event.type() == QEvent.Type.DevicePixelRatioChange:   # another screen
                self.resized.emit()
            return super().event(event)

    _CANVAS_CLASS = ChartCanvas
    return ChartCanvas


def __getattr__(name: str):
    if name == "ChartCanvas":        # made on first use (matplotlib stays off start-up)
        return chart_canvas_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ChartPanel(QWidget):
    """Shows `charts.measure_figure` for one measure; options change the measure."""

    option_changed = Signal(str, object)   # field of the measure, new value
    freeze_changed = Signal(str, object)   # measure id, its new baseline (None: none)
    split_requested = Signal()
    redrawn = Signal()

    def __init__(self, ws, parent=None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.measure_id: str | None = None
        self.canvas = None
        self.figure = None
        self._drawn: tuple | None = None
        self.signal_words: list[str] = []
        self.draw_count = 0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.redraw)
        # The baseline typed or stepped: applied when it has settled, to the
        # measure it was changed for (`_freeze_for`), even if another is shown by then.
        self._freeze_timer = QTimer(self, singleShot=True, interval=FREEZE_SETTLE_MS)
        self._freeze_timer.timeout.connect(self._freeze_edited)
        self._freeze_for: str | None = None
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
        self.ihi_check.setToolTip(self.tr("Skift = 6 punkter i rad, trend = 5 punkter i rad, "
                                          "för få eller för många serier (annars Anhøjs "
                                          "regler). En astronomisk punkt bedöms med ögat."))
        self.freeze_spin = QSpinBox()
        self.freeze_spin.setRange(0, 999)
        self.freeze_spin.setSpecialValueText(self.tr("ingen"))
        self.freeze_spin.setSuffix(self.tr(" punkter"))
        # A label of its own: a prefix would vanish behind "ingen" (no baseline).
        self.freeze_label = QLabel(self.tr("Baslinje: ").strip())
        self.freeze_label.setBuddy(self.freeze_spin)
        self.freeze_spin.setToolTip(self.tr("Frys centrumlinje och gränser efter så här många "
                                            "punkter"))
        label = QLabel(self.tr("Diagramt&yp:"))
        label.setBuddy(self.chart_combo)
        for w in (label, self.chart_combo, self.ihi_check, self.freeze_label, self.freeze_spin):
            options.addWidget(w)
        options.addStretch(1)
        # Splitting starts at a period chosen in the grid: the view puts these under it.
        self.split_row = QWidget()
        split_row = QHBoxLayout(self.split_row)
        split_row.setContentsMargins(0, 0, 0, 0)
        self.split_button = QPushButton(self.tr("De&la här"))
        self.split_button.setToolTip(self.tr("Ny del av diagrammet från vald period, efter en "
                                             "avsiktlig ändring"))
        self.unsplit_button = QPushButton(self.tr("Ta bort delning"))
        split_row.addWidget(self.split_button)
        split_row.addWidget(self.unsplit_button)
        split_row.addStretch(1)
        # What the lines and marks mean, in words, for the chart shown (the PDF
        # has its reading guide; the screen had nothing): the view puts it above
        # the grid and the chart, across both.
        self.legend = QLabel()
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Så läser du diagrammet"))
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend_terms: list[str] = []
        self.legend.hide()                 # until a chart is drawn
        self.placeholder = QLabel(self.tr("Välj ett mått för att se diagrammet."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        layout.addWidget(self.placeholder, 1)
        self._layout = layout
        self.chart_combo.activated.connect(
            lambda _: self.option_changed.emit("chart", self.chart_combo.currentData()))
        self.ihi_check.clicked.connect(
            lambda on: self.option_changed.emit("rules", "ihi" if on else "anhoej"))
        self.freeze_spin.valueChanged.connect(self._freeze_changing)
        self.freeze_spin.editingFinished.connect(self._freeze_edited)   # Enter: at once
        self.split_button.clicked.connect(self.split_requested)
        self.unsplit_button.clicked.connect(lambda: self.option_changed.emit("splits", ()))

    def _freeze_changing(self, _value: int) -> None:
        """The baseline stepped or typed: applied when it settles (or on Enter)."""
        self._freeze_for = self.measure_id
        self._freeze_timer.start()

    def _freeze_edited(self) -> None:
        """The baseline in the spin box, to the measure it was set for. Only a
        value the user changed (the measure's own is shown with signals blocked):
        leaving the box after another measure was selected writes nothing."""
        self._freeze_timer.stop()
        measure_id, self._freeze_for = self._freeze_for, None
        if not measure_id or self._ws.read_only:
            return
        try:
            stored = self._ws.measure(measure_id).freeze
        except KeyError:            # removed meanwhile (an undo, a sync)
            return
        value = self.freeze_spin.value() or None
        if value != stored:
            self.freeze_changed.emit(measure_id, value)

    def flush_freeze(self) -> None:
        """A baseline still settling applied now (the view goes, another measure
        comes): it belongs to the measure it was changed for."""
        if self._freeze_timer.isActive():
            self._freeze_edited()

    def show_measure(self, measure_id: str | None) -> None:
        self.flush_freeze()
        if measure_id != self.measure_id:
            self._timer.setInterval(SWITCH_SETTLE_MS)   # back to 0 in redraw()
        self.measure_id = measure_id
        self.schedule()

    def schedule(self) -> None:
        """Redraw soon (once, however many changes arrive before)."""
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._timer.start()

    def is_current(self) -> bool:
        """True when the picture shows the measure at the canvas's present size
        (nothing left to draw): what a screenshot waits for."""
        if self._timer.isActive():
            return False
        if self.measure_id is None:
            return True
        return self.canvas is not None and self._drawn == self._wanted()

    def _wanted(self) -> tuple:
        return (self.measure_id, self.canvas.width(), self.canvas.height(),
                self.canvas.devicePixelRatioF())

    def font_scale(self) -> float:
        """The chart's type in proportion to the interface's: its small type (8 pt
        at scale 1) about as large as the menus' and labels'."""
        return max(0.9, min(2.5, QFontInfo(self.font()).pixelSize() / CHART_POINTS))

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        canvas_class = chart_canvas_class()      # matplotlib imported here
        freeze_long_lived()
        self.canvas = canvas_class()
        self.canvas.resized.connect(self.schedule)   # a new size: a new layout of the words
        self._layout.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.hide()
        self.canvas.show()
        self._layout.activate()       # its place in the layout now: drawn once, at its size

    def redraw(self) -> None:
        from app.core import charts

        self._timer.setInterval(0)       # a switch's settling is over, drawn or not
        enabled = self.measure_id is not None
        for w in (self.chart_combo, self.ihi_check, self.freeze_label, self.freeze_spin,
                  self.split_button, self.unsplit_button):
            w.setEnabled(enabled and not self._ws.read_only)
        if not enabled:
            if self.canvas is not None:
                self.canvas.show_nothing()
            self._show_legend(None)
            self.figure = None
            self._drawn = None
            self.signal_words = []
            return
        try:
            measure = self._ws.measure(self.measure_id)
        except KeyError:
            self.measure_id = None
            return self.redraw()
        self._ensure_canvas()
        language = current_language()      # the chart's words as the menus'
        mc = charts.measure_chart(self._ws, self.measure_id, language=language)
        self._show_options(measure, mc)
        self._show_legend(mc)
        # The legend's and the options' new lines laid out first, so that the
        # figure is drawn once, at the size the canvas keeps (it was drawn again
        # when the legend took its height).
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.signal_words = charts.signal_texts(mc.result, mc.series.periods, mc.direction,
                                                language=language)
        # Inches at 100 dpi on the canvas's logical pixels; the device pixel ratio
        # adds pixels, never shrinks the picture.
        wanted = self._wanted()
        size = self.canvas.minimumSize().expandedTo(self.canvas.size())
        figure = charts.draw(mc, width_in=size.width() / DPI, height_in=size.height() / DPI,
                             language=language, font_scale=self.font_scale())
        charts.mark_signal_spans(figure, mc)      # too few crossings: shaded, not only said
        self.canvas.show_figure(figure, wanted[3])
        # the words, for a screen reader: what the chart does not follow, then its signals
        self.canvas.setAccessibleDescription("\n".join([*mc.remarks, *self.signal_words]))
        self.figure = figure
        release_old_figures()              # the figure replaced, freed now
        self._drawn = wanted
        self.draw_count += 1
        # What the layout asked for while this was drawn is drawn (a resize before
        # the figure took its size).
        self._timer.stop()
        self.redrawn.emit()

    def legend_items(self, mc) -> list[tuple[str, str, str]]:
        """(key, term, explanation) of what the chart shows, in plain words: its
        centre line, control limits, the marks of its signals and the learning
        sessions, only those it has (the target and the cycles are named on it)."""
        from app.core import charts

        if mc is None or not mc.series.periods:
            return []
        r = mc.result
        items = []
        if r.chart == "run":
            items.append(("center", self.tr("Median"),
                          self.tr("mittlinjen, hälften av punkterna över och hälften under")))
        else:
            items.append(("center", self.tr("Medel"), self.tr("mittlinjen, medelvärdet")))
        if r.lcl_line is not None:
            items.append(("limits", self.tr("ÖSG/NSG"),
                          self.tr("styrgränserna, inom dem varierar värdena av slumpen")))
        if any(r.signal_points):
            items.append(("points", self.tr("Röd punkt"),
                          self.tr("del av en signal (se texten under diagrammet)")))
        if any(r.outside):
            items.append(("outside", self.tr("Romb"), self.tr("utanför styrgränserna")))
        kinds = {kind for _, _, kind in charts.signal_spans(r)}
        if "crossings" in kinds:
            items.append(("span", self.tr("Skuggat"),
                          self.tr("för få korsningar av mittlinjen")))
        elif "runs" in kinds:
            items.append(("span", self.tr("Skuggat"),
                          self.tr("för få eller för många serier")))
        kinds = {a.kind for a in mc.annotations if a.position is not None}
        if "session" in kinds:
            items.append(("sessions", self.tr("LS"), self.tr("lärandeseminarium")))
        return items

    def _show_legend(self, mc) -> None:
        items = self.legend_items(mc)
        self.legend_terms = [key for key, _, _ in items]
        self.legend.setText(" · ".join(f"<b>{escape(term)}</b>: {escape(words)}"
                                       for _, term, words in items))
        rules = mc.result.rules if mc is not None else "anhoej"
        self.legend.setToolTip(self.tr(
            "En signal är ett mönster som slumpen sällan ger: ett tecken på en verklig "
            "förändring. Skift: 6 punkter eller fler i rad på samma sida om mittlinjen; "
            "trend: 5 punkter eller fler i rad som stiger eller sjunker; för få eller för "
            "många serier.") if rules == "ihi" else self.tr(
            "En signal är ett mönster som slumpen sällan ger: ett tecken på en verklig "
            "förändring. Skift: fler punkter i rad på samma sida om mittlinjen än slumpen "
            "brukar ge; för få korsningar av mittlinjen (Anhøjs regler)."))
        self.legend.setVisible(bool(items))

    def _show_options(self, measure, mc) -> None:
        """The measure's options in the row above the chart, as the chart follows
        them: P only for a proportion, and no baseline to freeze while the chart is
        split (qicharts2 ignores it then; the chart says so in words too)."""
        from app.core import charts

        writable = not self._ws.read_only
        for w in (self.chart_combo, self.ihi_check, self.freeze_spin):
            w.blockSignals(True)        # showing the measure's options is no change
        proportion = measure.kind == "proportion"
        p_item = self.chart_combo.model().item(self.chart_combo.findData("p"))
        p_item.setEnabled(proportion)
        p_item.setToolTip("" if proportion else self.tr(
            "Bara för mått med andelar (täljare/nämnare)"))
        shown = measure.chart if proportion or measure.chart != "p" else mc.chart
        self.chart_combo.setCurrentIndex(self.chart_combo.findData(shown))
        self.ihi_check.setChecked(measure.rules == "ihi")
        if not self._freeze_timer.isActive():    # not while the user's value settles
            self.freeze_spin.setValue(measure.freeze or 0)
        for w in (self.chart_combo, self.ihi_check, self.freeze_spin):
            w.blockSignals(False)
        split = bool(charts.split_positions(mc.series, measure.splits))
        for w in (self.freeze_label, self.freeze_spin):
            w.setEnabled(writable and not split)
        self.freeze_spin.setToolTip(
            self.tr("Baslinjen används inte när diagrammet är delat: varje del har egen "
                    "centrumlinje. Ta bort delningen för att frysa baslinjen.") if split
            else self.tr("Frys centrumlinje och gränser efter så här många punkter"))
        self.unsplit_button.setEnabled(bool(measure.splits) and writable)
