"""Charts of a measure: run chart by default, I or P chart by choice.

`measure_figure(ws, measure_id)` builds a matplotlib `Figure` (Agg, never
pyplot) that the GUI shows with FigureCanvasQTAgg and the PDF reports embed.
Signalling points are marked on the chart AND explained in words under it
(`signal_texts`); PGSA cycles and notes are annotated on the time axis; a
frozen baseline and a split after a deliberate change are drawn.
The words are Swedish, or English with language="en" (the GUI passes the
interface's language; the reports stay Swedish): see app.core.chart_words.
font_scale enlarges the type for a projector (presentation mode). Margins and
the labels on the time axis are laid out by the labels' measured size, so that
none covers another or a point, and the y axis's numbers stay where the data are
(a proportion within 0–100 %).
matplotlib is imported lazily inside the drawing function: it costs ~0.5 s.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from app import spc
from app.core import chart_words
from app.core.improvement_input import period_start

CENTER_NAMES = {"run": "medianen", "i": "medelvärdet", "p": "medelvärdet"}
_COLOURS = {"line": "#3b5b7a", "center": "#222222", "limit": "#b5651d", "signal": "#c0392b",
            "target": "#2e8b57", "cycle": "#6c3483", "split": "#7f8c8d"}


@dataclass(frozen=True)
class Series:
    """A measure's data in chart form (one entry per period)."""
    periods: tuple[str, ...]
    values: tuple[float | None, ...]
    numerators: tuple[float | None, ...]
    denominators: tuple[float | None, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Annotation:
    """Something to mark on the time axis: a PGSA cycle, a note, a learning session.

    position: the point's index; between two indexes (1.5) for a date in a gap
    between two periods; None for a cycle outside the periods that have values
    (before the first or after the last): not drawn, only said in words."""
    position: float | None
    label: str        # short, on the chart ("PGSA 3", "1", "LS2")
    text: str         # explained under the chart (not for sessions)
    kind: str = "note"  # "note", "cycle" or "session"


@dataclass(frozen=True)
class MeasureChart:
    """Everything the figure shows, computed without matplotlib."""
    title: str
    unit: str
    chart: str
    series: Series
    result: spc.ChartResult
    target: float | None
    direction: str
    proportion: bool
    frozen: int | None
    annotations: tuple[Annotation, ...] = field(default=())
    # Options of the measure the chart does not follow, in words (the language's):
    # a frozen baseline beside a split, a P chart of a measure that is no
    # proportion. Shown first under the chart: never a silent change.
    remarks: tuple[str, ...] = field(default=())


def series_of(ws, measure_id: str) -> Series:
    points = ws.data_points(measure_id)
    return Series(tuple(p.period for p in points), tuple(p.value for p in points),
                  tuple(p.numerator for p in points), tuple(p.denominator for p in points),
                  tuple(p.note for p in points))


def _period_end(period: str, frequency: str = "month") -> str:
    """The first day after a period: a month ("2026-03") is a month long, or a
    quarter's three months; a period named by its first day ("2026-03-02") is a
    week, a month or a quarter long by the measure's frequency."""
    start = date.fromisoformat(period_start(period))
    if frequency == "week" and len(period) == 10:
        return (start + timedelta(days=7)).isoformat()
    month = start.month - 1 + (3 if frequency == "quarter" else 1)
    year, month = start.year + month // 12, month % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1])).isoformat()


def position_of(periods: tuple[str, ...], iso_date: str,
                frequency: str = "month") -> float | None:
    """Where a date falls on the time axis: the index of the period it falls in;
    halfway between two indexes when it falls in the gap between two periods (a
    month without a value); None before the first period or after the last one
    ends. A date is never put at a period it does not belong to: a test started
    in November is not drawn at March, the last month with a value."""
    if not iso_date or not periods:
        return None
    for i, period in enumerate(periods):
        if iso_date < period_start(period):
            return None if i == 0 else i - 0.5
        end = _period_end(period, frequency)
        if i + 1 < len(periods):
            end = min(end, period_start(periods[i + 1]))
        if iso_date < end:
            return i
    return None


def split_positions(series: Series, splits: tuple[str, ...]) -> list[int]:
    """Where each part after the first starts: a split starts at the first period
    on or after it (a split before the first or after the last period is none)."""
    n = len(series.periods)
    starts = [period_start(p) for p in series.periods]
    cuts = set()
    for split in splits:
        i = next((k for k, start in enumerate(starts) if start >= period_start(split)), n)
        if 0 < i < n:
            cuts.add(i)
    return sorted(cuts)


def analyse(series: Series, chart: str = "run", *, rules: str = "anhoej",
            freeze: int | None = None, splits: tuple[str, ...] = ()) -> spc.ChartResult:
    """The spc analysis of a series; a P chart needs numerators and denominators.

    A split wins over a frozen baseline, as in qicharts2 (`freeze` is "ignored
    if part argument is given", R/qic.R): each part has its own centre and
    limits. measure_chart says so in the chart's words (`remarks`)."""
    n = len(series.periods)
    cuts = split_positions(series, splits)
    if freeze is not None and (freeze >= n or cuts):
        freeze = None          # all points so far are the baseline; or a split wins
    options = {"rules": rules, "freeze": freeze, "split": cuts or None}
    if chart == "p":
        return spc.p_chart(series.numerators, series.denominators, **options)
    if chart == "i":
        return spc.i_chart(series.values, **options)
    return spc.run_chart(series.values, **options)


def measure_chart(ws, measure_id: str, *, chart: str | None = None,
                  rules: str | None = None, language: str = "sv",
                  masked: bool = False) -> MeasureChart:
    """The analysed chart of a measure, with its cycles and notes as annotations
    (their words, "PGSA 3" or "PDSA 3", in the language). `masked`: a
    personnummer in a note or a cycle's title shows as 19121212-**** (for a
    chart projected to a room)."""
    if masked:
        from app.core.privacy import mask_personnummer as shown
    else:
        def shown(text: str) -> str:
            return text
    measure = ws.measure(measure_id)
    series = series_of(ws, measure_id)
    chart = chart or measure.chart
    proportion = measure.kind == "proportion"
    remarks = []
    if chart == "p" and not (proportion and any(series.denominators)) and (
            series.periods or not proportion):
        # A P chart needs counts and denominators: said in words. A proportion
        # with no values yet keeps its name on the empty chart ("… – P-diagram").
        chart = "run"
        if series.periods:
            remarks.append(chart_words.say(
                "P-diagram kräver täljare och nämnare: visas som seriediagram." if proportion
                else "P-diagram passar bara andelar (täljare/nämnare): visas som "
                     "seriediagram.", language))
    if measure.freeze and split_positions(series, measure.splits):
        remarks.append(chart_words.say(
            "Baslinjen ({count} punkter) används inte när diagrammet är delat: varje del "
            "har egen centrumlinje.", language, count=measure.freeze))
    result = analyse(series, chart, rules=rules or measure.rules, freeze=measure.freeze,
                     splits=measure.splits)
    notes = []
    k = 0
    for i, note in enumerate(series.notes):
        if note.strip():
            k += 1
            notes.append(Annotation(i, str(k),
                                    f"{k}: {series.periods[i]} – {shown(note.strip())}"))
    frequency = getattr(measure, "frequency", "month")
    for k, session in enumerate(ws.team(measure.team_id).sessions):
        pos = position_of(series.periods, session.date, frequency)
        if pos is not None:   # the Breakthrough timeline: lärandeseminarier
            notes.append(Annotation(pos, f"LS{k + 1}", f"{session.title} {session.date}",
                                    "session"))
    for cycle in ws.cycles(measure.team_id):
        linked = not cycle.measure_ids or measure_id in cycle.measure_ids
        if not linked or not cycle.starts_on or not series.periods:
            continue
        # A cycle is marked in the period it started in. One started before the
        # first value or after the last one has no place on the axis: it is said
        # in words under the chart, with its date, never drawn at a period it
        # does not belong to (a test in November at March, the last value).
        pos = position_of(series.periods, cycle.starts_on, frequency)
        text = chart_words.say("PGSA {number}: {title}", language, number=cycle.number,
                               title=shown(cycle.title))
        if pos is None:
            before = cycle.starts_on < period_start(series.periods[0])
            text = chart_words.say(
                "{cycle} – start {date}, före första värdet ({period})" if before
                else "{cycle} – start {date}, efter sista värdet ({period})", language,
                cycle=text, date=cycle.starts_on,
                period=series.periods[0 if before else -1])
        notes.append(Annotation(
            pos, chart_words.say("PGSA {number}", language, number=cycle.number), text,
            "cycle"))
    frozen = result.parts[0].baseline if len(result.parts) == 1 else None
    return MeasureChart(measure.name, measure.unit, chart, series, result, measure.target,
                        measure.direction, proportion,
                        frozen if frozen is not None and frozen < len(series.periods) else None,
                        tuple(notes), tuple(remarks))


# -- words ---------------------------------------------------------------------

def _fmt(x: float, percent: bool = False, language: str = "sv", places: int = 2) -> str:
    """A number for the chart: decimal comma and "83,2 %" in Swedish, decimal
    point and "83.2%" in English; at most `places` decimals (not a percentage)."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if percent:
        text = f"{x * 100:.1f}".removesuffix(".0")
        return text + "%" if language == "en" else text.replace(".", ",") + " %"
    text = f"{x:.{places}f}" if abs(x) < 1000 else f"{x:.0f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    text = "0" if text == "-0" else text            # a value rounded to nothing
    return text if language == "en" else text.replace(".", ",")


def _places(values) -> int:
    """The decimals a measure's values are given in (0, 1, else 2)."""
    given = [v for v in values if v is not None and not math.isnan(v)]
    for places in (0, 1):
        if all(abs(v * 10 ** places - round(v * 10 ** places)) < 1e-9 for v in given):
            return places
    return 2


def signal_texts(result: spc.ChartResult, periods: tuple[str, ...] | None = None,
                 direction: str | None = None, *, language: str = "sv") -> list[str]:
    """Each signal of a chart in words, e.g. "8 punkter i rad under medianen"
    (language "en": "8 points in a row below the median").

    periods name the points (else they are numbered from 1); with a direction
    ("up"/"down" is better) a trend also says whether it is an improvement or a
    worsening, and a shift or a point outside the limits on which side of the
    centre it lies: a run below the mean early in an improving series is the
    old level, not a worsening (the workshop trial read it as one).
    """
    def say(text: str, **fields) -> str:
        return chart_words.say(text, language, **fields)

    def where(i: int) -> str:
        return periods[i] if periods else say("punkt {number}", number=i + 1)

    def verdict(side: str | None) -> str:
        if direction not in ("up", "down") or side is None:
            return ""
        good = side in ("above", "up") if direction == "up" else side in ("below", "down")
        if side in ("up", "down"):           # a trend: a movement
            return say(" – en förbättring") if good else say(" – en försämring")
        return say(" – på den bättre sidan") if good else say(" – på den sämre sidan")

    centre = say(CENTER_NAMES.get(result.chart, "centrumlinjen"))
    split = len(result.parts) > 1
    texts = []
    for s in result.signals:
        part = say(" (del {number})", number=s.part + 1) if split else ""
        span = f"{where(s.start)}–{where(s.end)}"
        if s.kind == "shift":
            side = say("över" if s.side == "above" else "under")
            texts.append(say("{count} punkter i rad {side} {centre}{part}, {span}: "
                             "ett skift{verdict}.", count=s.count, side=side, centre=centre,
                             part=part, span=span, verdict=verdict(s.side)))
        elif s.kind == "crossings":
            texts.append(say("För få korsningar av {centre}{part}: {count}, minst {limit} "
                             "väntas av slumpen ({span}).", centre=centre, part=part,
                             count=s.count, limit=int(s.limit), span=span))
        elif s.kind == "runs":
            text = ("För få serier kring {centre}{part}: {count}, minst {limit} väntas av "
                    "slumpen ({span})." if s.side == "few" else
                    "För många serier kring {centre}{part}: {count}, högst {limit} väntas av "
                    "slumpen ({span}).")
            texts.append(say(text, centre=centre, part=part, count=s.count,
                             limit=int(s.limit), span=span))
        elif s.kind == "trend":
            way = say("stigande" if s.side == "up" else "sjunkande")
            texts.append(say("{count} punkter i rad {way}{part}, {span}: en trend{verdict}.",
                             count=s.count, way=way, part=part, span=span,
                             verdict=verdict(s.side)))
    texts.extend(_outside_texts(result, where, verdict, say))
    return texts


def _outside_texts(result: spc.ChartResult, where, verdict, say) -> list[str]:
    """Points beyond a control limit, one sentence per side (a list, not a wall)."""
    texts = []
    for side, limit, word in (("above", "övre", "över"), ("below", "nedre", "under")):
        points = [s.start for s in result.signals if s.kind == "outside" and s.side == side]
        if len(points) == 1:
            texts.append(say("Punkt utanför styrgränsen: {where} ligger {side} den {limit} "
                             "styrgränsen{verdict}.", where=where(points[0]), side=say(word),
                             limit=say(limit), verdict=verdict(side)))
        elif points:
            texts.append(say("{count} punkter utanför styrgränsen, {side} den {limit}: "
                             "{points}{verdict}.", count=len(points), side=say(word),
                             limit=say(limit), points=", ".join(where(i) for i in points),
                             verdict=verdict(side)))
    return texts


def summary_text(result: spc.ChartResult, *, language: str = "sv") -> str:
    """One sentence for a chart without signals (or an empty string)."""
    if result.signals:
        return ""
    if result.runs.useful < 10:
        return chart_words.say("För få punkter för att bedöma variationen (minst 10 behövs).",
                               language)
    return chart_words.say("Ingen signal: variationen ser slumpmässig ut.", language)


# -- drawing -------------------------------------------------------------------

_MIN_COLUMN = 48          # characters: narrower columns of words wrap too much
_ROW_PT = 12              # a row of 7 pt labels (flags, sessions) in boxes, with a gap, in points
_LABEL_OFFSET_PT = 4      # a label starts this far right of its line (points at scale 1)
_MAX_ROWS = 3             # rows of labels in a band, at most (then they are joined)
_BANDS_SHARE = 0.35        # of the axes' height, about, for the bands of labels and notes
_TICK_SPACING = 1.8       # the y axis's numbers this many lines of their type apart, at least


def measure_figure(ws, measure_id: str, *, chart: str | None = None, rules: str | None = None,
                   width_in: float = 8.0, height_in: float = 4.8, language: str = "sv",
                   font_scale: float = 1.0, words_share: float = 0.6, masked: bool = False):
    """The figure of a measure's chart (a matplotlib Figure, Agg); `masked` as
    for measure_chart."""
    return draw(measure_chart(ws, measure_id, chart=chart, rules=rules, language=language,
                              masked=masked),
                width_in=width_in, height_in=height_in, language=language,
                font_scale=font_scale, words_share=words_share)


@dataclass(frozen=True)
class _Scale:
    """Type grows with the font scale; lines and markers more moderately."""
    text: float
    line: float

    @classmethod
    def of(cls, font_scale: float) -> _Scale:
        s = max(0.5, float(font_scale))
        return cls(s, math.sqrt(s))

    @property
    def pt(self) -> float:
        """Inches in a point of type at this scale."""
        return self.text / 72


class _Type:
    """How wide a line of text really is (Agg's font metrics), in inches: labels are
    laid out by their size, not by a guess per character. The widths are measured
    on one small renderer at 100 dpi and remembered (_line_width_px): a redraw asks
    for the same periods, labels and words again, and measuring text costs more
    than drawing it."""

    def __init__(self, fig) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(fig)          # drawn with Agg, unless a GUI canvas takes it

    @staticmethod
    def width(text: str, size: float, weight: str = "normal") -> float:
        from matplotlib import rcParams

        family = tuple(rcParams["font.family"])     # a report may add fallback fonts
        return max((_line_width_px(line, float(size), weight, family)
                    for line in text.split("\n") if line), default=0.0) / _MEASURE_DPI


_MEASURE_DPI = 100
_measuring: list = []          # [renderer, {(size, weight, family): FontProperties}]


@lru_cache(maxsize=8192)
def _line_width_px(line: str, size: float, weight: str, family: tuple[str, ...]) -> float:
    """Width of one line of text in pixels at 100 dpi (Agg, in these font families)."""
    if not _measuring:
        from matplotlib.backends.backend_agg import RendererAgg

        _measuring.extend([RendererAgg(1, 1, _MEASURE_DPI), {}])
    renderer, fonts = _measuring
    font = fonts.get((size, weight, family))
    if font is None:
        from matplotlib.font_manager import FontProperties

        font = fonts[(size, weight, family)] = FontProperties(family=list(family), size=size,
                                                              weight=weight)
    return renderer.get_text_width_height_descent(line, font, ismath=False)[0]


def draw(mc: MeasureChart, *, width_in: float = 8.0, height_in: float = 4.8,
         language: str = "sv", font_scale: float = 1.0, words_share: float = 0.6):
    """Draw a MeasureChart: points, centre line, limits, target, signals, annotations.

    language: the words on the figure ("sv" or "en"); font_scale: type (and,
    moderately, lines and markers) this many times the size for a figure of
    these inches, e.g. on a projector; words_share: the most of the height the
    period labels and the words under the axes may take (more words are cut
    with "… och 3 till.").

    Margins follow the real size of the labels (the names at the right edge, the
    title, the period labels), and the labels on the time axis are laid out in
    rows so that none covers another, a point or the words of the chart.
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    def say(text: str, **fields) -> str:
        return chart_words.say(text, language, **fields)

    k = _Scale.of(font_scale)
    pt = k.pt
    r, n = mc.result, len(mc.series.periods)
    words = (signal_texts(r, mc.series.periods, mc.direction, language=language)
             or [summary_text(r, language=language)])
    notes = [a.text for a in mc.annotations if a.kind != "session"]
    footer = list(mc.remarks) + [w for w in words if w] + notes
    if len(footer) > 12:
        footer = footer[:11] + [say("… och {count} till.", count=len(footer) - 11)]
    fig = Figure(figsize=(width_in, height_in), dpi=100)
    type_ = _Type(fig)
    # Right: the names of the centre line, limits and target; left: the y labels.
    right = _right_label_texts(mc, say, language) if n else []
    right_in = max(0.2 * k.text, max((type_.width(t, 8 * k.text) for _, t, _ in right),
                                     default=0.0) + 4 * pt + 0.08)
    left_in = _left_margin(mc, type_, k, say, language)
    # A long title wraps rather than run off the figure.
    name = say({"run": "Seriediagram", "i": "I-diagram", "p": "P-diagram"}[r.chart])
    title = _wrap_measured([*mc.title.split(), "–", name], max(1.0, width_in - left_in - 0.1),
                           11 * k.text, type_)
    top_in = (11 * 1.2 * (title.count("\n") + 1) + 6 + 8) * pt + 0.04
    # Under the axes: the period labels at 45°, then the words (8 pt lines, wrapped
    # to the width, in one or two columns), all of it in proportion to the type.
    periods = mc.series.periods
    label_w = max((type_.width(p, 8 * k.text) for p in periods), default=0.0)
    step, upright = _period_labels(n, label_w, width_in - left_in - right_in, k)
    label_h = 8 * 1.2 * pt
    labels_in = (label_h if upright else (label_w + label_h) * 0.7071) \
        + (3.5 * k.line + 3.5 * k.text) / 72 + 6 * pt     # ticks, their pad, a gap
    line_in = 8 * 1.25 * pt
    sample = " ".join(footer) or "x"
    char_in = max(type_.width(sample, 8 * k.text) / len(sample), 1e-3)
    chars = max(20, int((width_in - 0.3) / char_in))
    # ...but the axes keep a fair part of a short figure: the words are cut before
    axes_min_in = min(0.5 * height_in, 2.2 * k.text)
    words_in = min(words_share * height_in, height_in - top_in - axes_min_in)
    max_lines = int((words_in - labels_in - 0.06 * k.text) / line_in)
    columns, lines = _footer_columns(footer, chars, max_lines, say)
    foot_in = 0.06 * k.text
    bottom_in = labels_in + line_in * lines + foot_in
    top, bottom = 1 - top_in / height_in, min(words_share, bottom_in / height_in)
    bottom = min(bottom, top - 0.1)            # a tiny figure: the axes before the words
    left, right_edge = left_in / width_in, 1 - right_in / width_in
    if right_edge - left < 0.25:               # a very narrow figure: the axes first
        left, right_edge = min(left, 0.3), max(right_edge, 0.7)
    fig.subplots_adjust(left=left, right=right_edge, top=top, bottom=bottom)
    axes_in = (width_in * (right_edge - left), max(height_in * (top - bottom), 0.1))
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=11 * k.text, loc="left", pad=6 * k.text, parse_math=False)
    if not n:
        ax.text(0.5, 0.5, say("Inga mätvärden ännu"), ha="center", va="center",
                transform=ax.transAxes, color="#666666", fontsize=10 * k.text)
        ax.set_xticks([])
        ax.set_yticks([])
        return fig
    x = list(range(n))
    values = [v for v in r.values]
    ax.plot(x, values, "-o", color=_COLOURS["line"], markersize=4 * k.line,
            linewidth=1.4 * k.line, zorder=3)
    sig_x = [i for i in x if r.signal_points[i]]
    if sig_x:
        ax.plot(sig_x, [values[i] for i in sig_x], "o", color=_COLOURS["signal"],
                markersize=7 * k.line, zorder=4, label="Signal")
    out_x = [i for i in x if r.outside[i]]
    if out_x:
        ax.plot(out_x, [values[i] for i in out_x], "D", markerfacecolor="none",
                markeredgecolor=_COLOURS["signal"], markersize=11 * k.line,
                markeredgewidth=1.0 * k.line, zorder=5)
    marks = _draw_lines(ax, mc, k, say)
    if mc.target is not None:
        ax.axhline(mc.target, color=_COLOURS["target"], linestyle=":", linewidth=1.6 * k.line)
    ax.set_xlim(-0.6, n - 0.4)
    data_range = _draw_annotations(ax, mc, values, axes_in, k, marks, type_, say)
    ax.set_xticks(x[::step])
    ax.set_xticklabels(periods[::step], rotation=0 if upright else 45,
                       ha="center" if upright else "right", fontsize=8 * k.text)
    _scale_range(ax, *data_range, mc.proportion, k, axes_in[1])
    _right_labels(ax, right, k, axes_in[1])
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _fmt(v, mc.proportion, language)))
    ax.tick_params(axis="y", labelsize=8 * k.text)
    ax.tick_params(length=3.5 * k.line, width=0.8 * k.line, pad=3.5 * k.text)
    ax.set_ylabel((say("Andel") if mc.proportion else mc.unit) or say("Värde"),
                  fontsize=9 * k.text, labelpad=4 * k.text, parse_math=False)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.6 * k.line)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    for spine in ("left", "bottom"):
        ax.spines[spine].set_linewidth(0.8 * k.line)
    column_in = ((chars - 4) // 2 + 4) * char_in
    for i, column in enumerate(columns):   # the shorter column padded: both start level
        text = "\n".join(column) + "\n" * (lines - _lines(column))
        fig.text(0.02 + i * column_in / width_in, foot_in / height_in, text,
                 fontsize=8 * k.text, va="bottom", ha="left", color="#222222",
                 linespacing=1.25, parse_math=False)
    return fig


def _period_labels(n: int, label_w: float, axes_w: float, k: _Scale) -> tuple[int, bool]:
    """(step, upright): every step-th period is named, so that neighbours never
    touch; upright (level) when the axis is wide enough to name nearly as many
    that way, else at 45°, which takes more height."""
    per_in = n / max(axes_w, 0.1)
    slanted = max(1, math.ceil(n / 14), math.ceil(0.18 * k.text * per_in))
    level = max(1, math.ceil(n / 14), math.ceil((label_w + 0.15 * k.text) * per_in))
    return (level, True) if level <= max(3, 2 * slanted) else (slanted, False)


def _wrap_measured(words: list[str], width_in: float, size: float, type_: _Type) -> str:
    """Words (each kept whole, e.g. "P chart") joined by spaces into lines no wider
    than width_in (a single word wider than that keeps a line of its own)."""
    lines: list[str] = []
    for word in words:
        if lines and type_.width(f"{lines[-1]} {word}", size) <= width_in:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def _left_margin(mc: MeasureChart, type_: _Type, k: _Scale, say, language: str) -> float:
    """Room for the y axis's numbers and its name, in inches."""
    r = mc.result
    levels = [v for v in r.values if v is not None and v == v]
    levels += [v for line in (r.lcl_line, r.ucl_line) if line is not None
               for v in line if v is not None and v == v]
    if mc.target is not None:
        levels.append(mc.target)
    if mc.proportion:
        widest = ["100 %", "0 %", "50 %"]
    else:
        low, high = (min(levels), max(levels)) if levels else (0.0, 1.0)
        span = (high - low) or abs(high) or 1.0
        widest = [_fmt(v, False, language) for v in (low - span * 0.3, high + span * 0.3)]
        widest += [_fmt(round(low + span / 3, 2), False, language)]
    number_in = max(type_.width(t, 8 * k.text) for t in widest)
    # the numbers, the ticks and their pad, the axis's name (9 pt) and its pad
    return max(0.55 * k.text,
               number_in + (3.5 * k.line + (3.5 + 9 * 1.2 + 4) * k.text) / 72 + 0.1)


def _footer_columns(items: list[str], chars: int, max_lines: int, say
                    ) -> tuple[list[list[str]], int]:
    """The words under the chart, wrapped, in one column; in two when one would be too
    tall and the figure is wide; cut with "… och 3 till." when even that is too tall.
    Returns (columns of wrapped texts, lines of the tallest)."""
    max_lines = max(1, max_lines)
    best: tuple[int, list[list[str]], int] | None = None
    for count in (1, 2) if chars >= 2 * _MIN_COLUMN + 4 else (1,):
        width = chars if count == 1 else (chars - 4) // 2
        for keep in range(len(items), -1, -1):
            shown = items[:keep]
            if keep < len(items):
                shown = shown + [say("… och {count} till.", count=len(items) - keep)]
            columns = _split([_wrap(t, width) for t in shown], count)
            lines = max(_lines(c) for c in columns)
            if lines <= max_lines:
                break
        if best is None or keep > best[0]:
            best = (keep, columns, lines)
        if keep == len(items):
            break
    if best[0] == 0 and len(items) > 1:    # the first signal and the count, if they fit
        first = [_wrap(f"{items[0]} {say('… och {count} till.', count=len(items) - 1)}",
                       chars)]
        if _lines(first) <= max_lines:
            return [first], _lines(first)
    return best[1], best[2]


def _lines(texts: list[str]) -> int:
    return sum(t.count("\n") + 1 for t in texts)


def _split(texts: list[str], count: int) -> list[list[str]]:
    """Texts in `count` (1 or 2) columns of about equal height, in reading order."""
    if count == 1 or len(texts) < 2:
        return [texts]
    cut = min(range(1, len(texts)), key=lambda i: (max(_lines(texts[:i]), _lines(texts[i:])),
                                                   -i))
    return [texts[:cut], texts[cut:]]


def _draw_lines(ax, mc: MeasureChart, k: _Scale, say) -> list[tuple[float, str, str]]:
    """Centre line and limits per part; the extension of a frozen baseline dashed.
    Returns the marks to name at the top of the axes: (x, word, colour)."""
    r = mc.result
    marks = []
    for i, part in enumerate(r.parts):
        a, b = part.start, part.stop
        if b <= a:
            continue
        base_end = a + part.baseline
        xs = [a - 0.5, base_end - 0.5]
        ax.plot(xs, [part.center] * 2, color=_COLOURS["center"], linewidth=1.2 * k.line)
        if base_end < b:       # frozen: the baseline's centre extended, dashed
            ax.plot([base_end - 0.5, b - 0.5], [part.center] * 2, color=_COLOURS["center"],
                    linewidth=1.0 * k.line, linestyle="--")
            _vlines(ax, [base_end - 0.5], color=_COLOURS["split"], linewidth=0.8 * k.line,
                    linestyle=":")
            marks.append((base_end - 0.5, say("Baslinje fryst"), _COLOURS["split"]))
        if r.lcl_line is not None:
            xs = [j + d for j in range(a, b) for d in (-0.5, 0.5)]
            for line in (r.lcl_line, r.ucl_line):
                ys = [line[j] for j in range(a, b) for _ in (0, 1)]
                ax.plot(xs, ys, color=_COLOURS["limit"], linewidth=1.0 * k.line,
                        linestyle="--")
        if i > 0:
            _vlines(ax, [a - 0.5], color=_COLOURS["split"], linewidth=1.2 * k.line)
            marks.append((a - 0.5, say("Ändring"), _COLOURS["split"]))
    return marks


def _vlines(ax, xs: list[float], *, color: str, linewidth: float, linestyle: str = "-",
            alpha: float | None = None, zorder: float = 2) -> None:
    """Vertical lines across the whole axes at xs: one collection for them all (as
    axvline draws each, but one artist instead of one per line)."""
    if xs:
        ax.vlines(xs, 0, 1, transform=ax.get_xaxis_transform(), colors=color,
                  linewidths=linewidth, linestyles=linestyle, alpha=alpha, zorder=zorder)


def _right_label_texts(mc: MeasureChart, say, language: str) -> list[tuple[float, str, str]]:
    """(level, text, colour) of the centre, limits and target, named at the right edge."""
    r, percent = mc.result, mc.proportion
    # One decimal more than the values have: "ÖSG 29,01" for whole days
    # claimed a precision the data never had (trial).
    places = min(2, _places(r.values) + 1)

    def fmt(v: float) -> str:
        return _fmt(v, percent, language, places)

    last = r.parts[-1]
    name = say("Median" if r.chart == "run" else "Medel")
    labels = [(last.center, f"{name} {fmt(last.center)}", _COLOURS["center"])]
    if r.lcl_line is not None and last.stop > last.start:
        labels += [(r.ucl_line[-1], f"{say('ÖSG')} {fmt(r.ucl_line[-1])}", _COLOURS["limit"]),
                   (r.lcl_line[-1], f"{say('NSG')} {fmt(r.lcl_line[-1])}", _COLOURS["limit"])]
    if mc.target is not None:     # as typed: 17,25 is no 17,3 for whole-number data
        target = _fmt(mc.target, percent, language, max(places, _places([mc.target])))
        labels.append((mc.target, f"{say('Mål')} {target}", _COLOURS["target"]))
    return labels


def _right_labels(ax, labels: list[tuple[float, str, str]], k: _Scale,
                  axes_height_in: float) -> None:
    """Centre, limits and target named at the right edge, pushed apart so they never
    overlap (positions in axes fractions, after the y limits are known)."""
    low, high = ax.get_ylim()
    spots = sorted(((y - low) / (high - low), text, colour) for y, text, colour in labels
                   if y == y and high > low)
    gap = max(0.075, 0.16 * k.text / axes_height_in)   # a line of 8 pt type and a little
    placed: list[float] = []
    for frac, _, _ in spots:
        placed.append(max(frac, placed[-1] + gap) if placed else frac)
    # the highest no higher than the top (where it would touch the title)
    overflow = (placed[-1] - 1.0 + 0.6 * 8 * k.pt / axes_height_in) if placed else 0
    if overflow > 0:          # shift down, keeping the gaps
        placed = [p - overflow for p in placed]
    for (_, text, colour), y in zip(spots, placed):
        ax.annotate(text, (1.0, y), xycoords="axes fraction", xytext=(4 * k.text, 0),
                    textcoords="offset points", va="center", fontsize=8 * k.text,
                    color=colour)


def _scale_range(ax, low: float, high: float, proportion: bool, k: _Scale,
                 axes_height_in: float) -> None:
    """Numbers, grid lines and the axis's line only where the data are, not in the
    bands above and below them that hold the labels; a proportion's axis runs from
    0 % to 100 % at most (no "-50 %" under a band of PGSA flags). As many numbers
    as the data's part of the axis holds with room between them (never one on
    another, however large the type)."""
    from matplotlib.ticker import MaxNLocator

    if proportion:
        low, high = max(low, 0.0), min(high, 1.0)
    if high <= low:
        return
    view = ax.get_ylim()
    band_in = axes_height_in * (high - low) / max(view[1] - view[0], 1e-12)
    spacing_in = _TICK_SPACING * 8 * 1.2 * k.pt
    most = max(1, min(8, int(band_in / spacing_in)))
    tol = 1e-9 * (high - low)
    ticks: list[float] = []
    for bins in range(most, 0, -1):
        found = [t for t in MaxNLocator(nbins=bins, steps=[1, 2, 2.5, 5, 10]
                                        ).tick_values(low, high)
                 if low - tol <= t <= high + tol]
        if len(found) - 1 <= most and (len(found) >= 2 or bins == 1):
            ticks = found
            break
    if len(ticks) < 2 and band_in >= spacing_in:   # the ends at least, when they fit
        ticks = [low, high] if not ticks else ticks
    ax.set_yticks(ticks)
    ax.set_ylim(*view)
    ax.spines["left"].set_bounds(low, high)


def _rows(spans: list[tuple[float, float]], max_rows: int) -> list[int] | None:
    """A row for each (start, end) so that labels in a row never touch (in order of
    start, the first row free); None when max_rows are not enough."""
    ends: list[float] = []
    rows = [0] * len(spans)
    for i in sorted(range(len(spans)), key=lambda i: spans[i][0]):
        start, end = spans[i]
        row = next((j for j, e in enumerate(ends) if start >= e), len(ends))
        if row == max_rows:
            return None
        if row == len(ends):
            ends.append(end)
        ends[row] = end
        rows[i] = row
    return rows


def _joined(texts: list[str]) -> str:
    """Labels that share a place in one: "PGSA 2, 3" (their common first word once),
    or "LS2, Ändring"."""
    heads = {t.rsplit(" ", 1)[0] for t in texts if " " in t}
    if len(heads) == 1 and all(" " in t for t in texts):
        return f"{heads.pop()} " + ", ".join(t.rsplit(" ", 1)[1] for t in texts)
    return ", ".join(texts)


def _label_rows(labels: list[tuple[float, str, str, float]], span, max_rows: int
                ) -> list[tuple[float, str, str, float, int]]:
    """Labels (x, text, colour, offset in points) in rows that never overlap: in at
    most max_rows rows, after joining the closest neighbours ("PGSA 2, 3") as long as
    they do not fit. Returns (x, text, colour, offset, row)."""
    groups = [[label] for label in sorted(labels, key=lambda label: label[0])]
    while True:
        shown = [(g[0][0], _joined([label[1] for label in g]), g[0][2], g[0][3])
                 for g in groups]
        rows = _rows([span(x, text, offset) for x, text, _, offset in shown], max_rows)
        if rows is not None or len(groups) == 1:
            return [(*label, row) for label, row in zip(shown, rows or [0] * len(shown))]
        i = min(range(len(groups) - 1), key=lambda i: groups[i + 1][0][0] - groups[i][-1][0])
        groups[i:i + 2] = [groups[i] + groups[i + 1]]


def _draw_annotations(ax, mc: MeasureChart, values: list[float],
                      axes_in: tuple[float, float], k: _Scale,
                      marks: list[tuple[float, str, str]], type_: _Type, say
                      ) -> tuple[float, float]:
    """PGSA cycles as flags at the foot of the time axis, learning sessions and the
    marks of a split or frozen baseline named at its top (each band in rows, so that
    no label covers another); notes as numbers beside their points, on the side the
    line leaves free. The y limits leave room for all of them; returns the range
    of the data's own (the y axis's numbers go no further)."""
    n = max(len(values), 1)
    axes_width_in, axes_height_in = axes_in
    per_in = n / max(axes_width_in, 0.1)      # x data units in an inch
    pt, row_in = k.pt, _ROW_PT * k.pt
    small = 7 * k.text

    right_end = ax.get_xlim()[1]

    def width(text: str) -> float:
        return (type_.width(text, small) + 5 * pt) * per_in

    def flipped(x: float, text: str, offset_pt: float) -> bool:
        """A label that would run past the axes' right end ends left of its line."""
        return x + offset_pt * pt * per_in + width(text) > right_end

    def span(x: float, text: str, offset_pt: float) -> tuple[float, float]:
        if flipped(x, text, offset_pt):
            end = x - offset_pt * pt * per_in
            return end - width(text), end
        start = x + offset_pt * pt * per_in
        return start, start + width(text)

    # The top band: learning sessions, "Ändring" and "Baslinje fryst"; the foot:
    # PGSA cycles as flags. Each label starts a little right of its line, on a
    # white box, so that the line never runs through its words.
    tops = [(x, word, colour, _LABEL_OFFSET_PT) for x, word, colour in marks]
    sessions = [a for a in mc.annotations if a.kind == "session"]
    tops += [(a.position, a.label, _COLOURS["split"], _LABEL_OFFSET_PT) for a in sessions]
    _vlines(ax, [a.position for a in sessions], color=_COLOURS["split"],
            linewidth=0.8 * k.line, linestyle=":", zorder=1)
    cycles = [a for a in mc.annotations if a.kind == "cycle" and a.position is not None]
    flags = [(a.position, a.label, _COLOURS["cycle"], _LABEL_OFFSET_PT) for a in cycles]
    _vlines(ax, [a.position for a in cycles], color=_COLOURS["cycle"],
            linewidth=0.8 * k.line, alpha=0.5, zorder=1)
    placed = _note_places(mc, values, k)
    # a number's height (7 pt, a white box) past its offset, in inches
    note_in = (max((o for *_, o in placed), default=0.0) + small * 1.5 + 2) / 72
    extra_top = note_in if any(above for _, _, above, _ in placed) else 0.0
    extra_bottom = note_in if any(not above for _, _, above, _ in placed) else 0.0
    # The bands and the notes take a fair part of the axes' height at most: the
    # labels are joined ("PGSA 2, 3") into fewer rows before the data are squeezed.
    band_in = _BANDS_SHARE * axes_height_in - extra_top - extra_bottom - 5 * pt
    top_rows, flag_rows = _band_rows(bool(tops), bool(flags), int(band_in / row_in))
    tops = _label_rows(tops, span, top_rows)
    box = {"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none",
           "alpha": 0.85}
    for x, text, colour, offset, row in tops:
        side = -1 if flipped(x, text, offset) else 1
        ax.annotate(text, (x, 1.0), xycoords=("data", "axes fraction"),
                    xytext=(side * offset * k.text, -(2 + _ROW_PT * row) * k.text),
                    textcoords="offset points", va="top", fontsize=small, color=colour,
                    ha="right" if side < 0 else "left", parse_math=False, bbox=box,
                    zorder=5)
    flags = _label_rows(flags, span, flag_rows)
    for x, text, colour, offset, row in flags:
        side = -1 if flipped(x, text, offset) else 1
        ax.annotate(text, (x, 0.0), xycoords=("data", "axes fraction"),
                    xytext=(side * offset * k.text, (3 + _ROW_PT * row) * k.text),
                    textcoords="offset points", va="bottom", fontsize=small, color=colour,
                    ha="right" if side < 0 else "left", parse_math=False, bbox=box,
                    zorder=5)
    top_count = 1 + max((row for *_, row in tops), default=-1)
    flag_count = 1 + max((row for *_, row in flags), default=-1)
    # The y limits: the data's own, and room for the bands and the notes.
    low, high = ax.get_ylim()
    top_band = top_count * row_in + (2 * pt if top_count else 0.0)
    foot_band = flag_count * row_in + (3 * pt if flag_count else 0.0)
    room = top_band + foot_band + extra_top + extra_bottom
    inner = max(axes_height_in - room, 0.35 * axes_height_in)
    per_unit = (high - low) / inner
    ax.set_ylim(low - (foot_band + extra_bottom) * per_unit,
                high + (top_band + extra_top) * per_unit)
    for a, y, above, offset in placed:
        ax.annotate(a.label, (a.position, y), xytext=(0, offset if above else -offset),
                    textcoords="offset points", ha="center",
                    va="bottom" if above else "top", fontsize=small, fontweight="bold",
                    color="#444444", zorder=6, parse_math=False,
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": "white",
                          "edgecolor": "none", "alpha": 0.85})
    return low, high


def _note_places(mc: MeasureChart, values: list[float], k: _Scale
                 ) -> list[tuple[Annotation, float, bool, float]]:
    """Notes: a number beside its point, above or below where the line is not.
    Returns (annotation, y, above, offset in points)."""
    placed = []
    r = mc.result
    for a in mc.annotations:
        if a.kind in ("cycle", "session") or a.position is None \
                or not 0 <= a.position < len(values):
            continue
        y = values[a.position]
        if y is None or y != y:
            continue
        near = [values[j] for j in (a.position - 1, a.position + 1)
                if 0 <= j < len(values) and values[j] is not None and values[j] == values[j]]
        above = sum(max(0.0, v - y) for v in near) <= sum(max(0.0, y - v) for v in near)
        size = 11 if r.outside[a.position] else 7 if r.signal_points[a.position] else 4
        offset = size * 0.71 * k.line + 1.0 * k.line + 2 * k.text   # past the marker
        placed.append((a, y, above, offset))
    return placed


def _band_rows(top: bool, foot: bool, rows: int) -> tuple[int, int]:
    """The most rows of labels for the top band and the foot (at least one each
    that has labels, at most _MAX_ROWS), together no more than rows."""
    top_rows, foot_rows = (_MAX_ROWS if top else 0), (_MAX_ROWS if foot else 0)
    while top_rows + foot_rows > max(rows, int(top) + int(foot)):
        if top_rows >= foot_rows:
            top_rows -= 1
        else:
            foot_rows -= 1
    return max(top_rows, 1), max(foot_rows, 1)


def _wrap(text: str, width: int, indent: str = "   ") -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width, subsequent_indent=indent)) or text


# -- signals of a whole stretch, drawn (added for the screen; draw() is unchanged) --

SPAN_SIGNALS = ("crossings", "runs")   # signals of a stretch, not of single points


def signal_spans(result: spc.ChartResult) -> list[tuple[int, int, str]]:
    """(first, last point, kind) of each signal that is about a stretch of the
    chart rather than its points: too few crossings of the centre line, too few
    or too many runs. A shift, a trend or a point outside the limits already
    has its points marked (`signal_points`); these had only their words."""
    return [(s.start, s.end, s.kind) for s in result.signals if s.kind in SPAN_SIGNALS]


def mark_signal_spans(fig, mc: MeasureChart) -> int:
    """Shade, lightly in the signal colour, the stretch of each signal_spans
    signal on a figure from draw(), behind the points, so that a run chart's
    "för få korsningar" is seen on the chart and not only read under it.
    Returns how many stretches were shaded (none on an empty chart)."""
    spans = signal_spans(mc.result) if mc.series.periods else []
    if not spans or not fig.axes:
        return 0
    ax = fig.axes[0]
    for first, last, _kind in spans:
        ax.axvspan(first - 0.5, last + 0.5, color=_COLOURS["signal"], alpha=0.08, zorder=0,
                   linewidth=0, gid="signal-span")
    return len(spans)
