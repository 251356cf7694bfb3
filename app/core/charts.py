"""Charts of a measure: run chart by default, I or P chart by choice.

`measure_figure(ws, measure_id)` builds a matplotlib `Figure` (Agg, never
pyplot) that the GUI shows with FigureCanvasQTAgg and the PDF reports embed.
Signalling points are marked on the chart AND explained in words under it
(`signal_texts`); PGSA cycles and notes are annotated on the time axis; a
frozen baseline and a split after a deliberate change are drawn.
The words are Swedish, or English with language="en" (the GUI passes the
interface's language; the reports stay Swedish): see app.core.chart_words.
font_scale enlarges the type for a projector (presentation mode).
matplotlib is imported lazily inside the drawing function: it costs ~0.5 s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app import spc
from app.core import chart_words

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
    """Something to mark on the time axis: a PGSA cycle, a note, a learning session."""
    position: int
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


def series_of(ws, measure_id: str) -> Series:
    points = ws.data_points(measure_id)
    return Series(tuple(p.period for p in points), tuple(p.value for p in points),
                  tuple(p.numerator for p in points), tuple(p.denominator for p in points),
                  tuple(p.note for p in points))


def _period_start(period: str) -> str:
    return period + "-01" if len(period) == 7 else period


def position_of(periods: tuple[str, ...], iso_date: str) -> int | None:
    """Index of the period a date falls in (the last one starting on or before it)."""
    if not iso_date or not periods:
        return None
    found = None
    for i, period in enumerate(periods):
        if _period_start(period) <= iso_date:
            found = i
    return found


def analyse(series: Series, chart: str = "run", *, rules: str = "anhoej",
            freeze: int | None = None, splits: tuple[str, ...] = ()) -> spc.ChartResult:
    """The spc analysis of a series; a P chart needs numerators and denominators."""
    n = len(series.periods)
    starts = [_period_start(p) for p in series.periods]
    cuts = set()
    for split in splits:     # a split starts at the first period on or after it
        i = next((k for k, start in enumerate(starts) if start >= _period_start(split)), n)
        if 0 < i < n:
            cuts.add(i)
    cuts = sorted(cuts)
    if freeze is not None and (freeze >= n or cuts):
        freeze = None          # a split wins over a freeze (as in qicharts2)
    options = {"rules": rules, "freeze": freeze, "split": cuts or None}
    if chart == "p":
        return spc.p_chart(series.numerators, series.denominators, **options)
    if chart == "i":
        return spc.i_chart(series.values, **options)
    return spc.run_chart(series.values, **options)


def measure_chart(ws, measure_id: str, *, chart: str | None = None,
                  rules: str | None = None, language: str = "sv") -> MeasureChart:
    """The analysed chart of a measure, with its cycles and notes as annotations
    (their words, "PGSA 3" or "PDSA 3", in the language)."""
    measure = ws.measure(measure_id)
    series = series_of(ws, measure_id)
    chart = chart or measure.chart
    proportion = measure.kind == "proportion"
    if chart == "p" and not (proportion and any(series.denominators)):
        chart = "run"          # a P chart needs counts and denominators
    result = analyse(series, chart, rules=rules or measure.rules, freeze=measure.freeze,
                     splits=measure.splits)
    notes = []
    k = 0
    for i, note in enumerate(series.notes):
        if note.strip():
            k += 1
            notes.append(Annotation(i, str(k), f"{k}: {series.periods[i]} – {note.strip()}"))
    for k, session in enumerate(ws.team(measure.team_id).sessions):
        pos = position_of(series.periods, session.date)
        if pos is not None:   # the Breakthrough timeline: lärandeseminarier
            notes.append(Annotation(pos, f"LS{k + 1}", f"{session.title} {session.date}",
                                    "session"))
    for cycle in ws.cycles(measure.team_id):
        linked = not cycle.measure_ids or measure_id in cycle.measure_ids
        pos = position_of(series.periods, cycle.starts_on)
        if linked and pos is not None:
            notes.append(Annotation(
                pos, chart_words.say("PGSA {number}", language, number=cycle.number),
                chart_words.say("PGSA {number}: {title}", language, number=cycle.number,
                                title=cycle.title), "cycle"))
    frozen = result.parts[0].baseline if len(result.parts) == 1 else None
    return MeasureChart(measure.name, measure.unit, chart, series, result, measure.target,
                        measure.direction, proportion,
                        frozen if frozen is not None and frozen < len(series.periods) else None,
                        tuple(notes))


# -- words ---------------------------------------------------------------------

def _fmt(x: float, percent: bool = False, language: str = "sv") -> str:
    """A number for the chart: decimal comma and "83,2 %" in Swedish, decimal
    point and "83.2%" in English."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if percent:
        text = f"{x * 100:.1f}".removesuffix(".0")
        return text + "%" if language == "en" else text.replace(".", ",") + " %"
    text = f"{x:.2f}".rstrip("0").rstrip(".") if abs(x) < 1000 else f"{x:.0f}"
    return text if language == "en" else text.replace(".", ",")


def signal_texts(result: spc.ChartResult, periods: tuple[str, ...] | None = None,
                 direction: str | None = None, *, language: str = "sv") -> list[str]:
    """Each signal of a chart in words, e.g. "8 punkter i rad under medianen"
    (language "en": "8 points in a row below the median").

    periods name the points (else they are numbered from 1); with a direction
    ("up"/"down" is better) a shift, trend or outside point also says whether
    it is an improvement or a worsening.
    """
    def say(text: str, **fields) -> str:
        return chart_words.say(text, language, **fields)

    def where(i: int) -> str:
        return periods[i] if periods else say("punkt {number}", number=i + 1)

    def verdict(side: str | None) -> str:
        if direction not in ("up", "down") or side is None:
            return ""
        good = side in ("above", "up") if direction == "up" else side in ("below", "down")
        return say(" – en förbättring") if good else say(" – en försämring")

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


def measure_figure(ws, measure_id: str, *, chart: str | None = None, rules: str | None = None,
                   width_in: float = 8.0, height_in: float = 4.8, language: str = "sv",
                   font_scale: float = 1.0, words_share: float = 0.6):
    """The figure of a measure's chart (a matplotlib Figure, Agg)."""
    return draw(measure_chart(ws, measure_id, chart=chart, rules=rules, language=language),
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


def draw(mc: MeasureChart, *, width_in: float = 8.0, height_in: float = 4.8,
         language: str = "sv", font_scale: float = 1.0, words_share: float = 0.6):
    """Draw a MeasureChart: points, centre line, limits, target, signals, annotations.

    language: the words on the figure ("sv" or "en"); font_scale: type (and,
    moderately, lines and markers) this many times the size for a figure of
    these inches, e.g. on a projector; words_share: the most of the height the
    period labels and the words under the axes may take (more words are cut
    with "… och 3 till.").
    """
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    def say(text: str, **fields) -> str:
        return chart_words.say(text, language, **fields)

    k = _Scale.of(font_scale)
    r, n = mc.result, len(mc.series.periods)
    words = (signal_texts(r, mc.series.periods, mc.direction, language=language)
             or [summary_text(r, language=language)])
    notes = [a.text for a in mc.annotations if a.kind != "session"]
    footer = [w for w in words if w] + notes
    if len(footer) > 12:
        footer = footer[:11] + [say("… och {count} till.", count=len(footer) - 11)]
    fig = Figure(figsize=(width_in, height_in), dpi=100)
    # Room under the axes for the words: 8 pt lines (~0.135 in), wrapped to the width,
    # below the rotated period labels (~0.75 in); all of it in proportion to the type.
    chars = max(40, int((width_in - 0.3) * 15 / k.text))
    # A long title wraps (11 pt: ~0.085 in a character) rather than run off the figure.
    name = say({"run": "Seriediagram", "i": "I-diagram", "p": "P-diagram"}[r.chart])
    title = _wrap(f"{mc.title} – {name}", max(24, int((width_in - 0.9) * 11 / k.text)),
                  indent="")
    top_in = (0.3 + 0.2 * (title.count("\n") + 1)) * k.text
    labels_in, line_in = 0.8 * k.text, 0.135 * k.text
    max_lines = int((words_share * height_in - labels_in) / line_in)
    columns, lines = _footer_columns(footer, chars, max_lines, say)
    bottom_in = labels_in + line_in * lines
    top, bottom = 1 - top_in / height_in, min(words_share, bottom_in / height_in)
    fig.subplots_adjust(left=0.7 * k.text / width_in, right=1 - 1.05 * k.text / width_in,
                        top=top, bottom=bottom)
    axes_in = (width_in * (1 - 1.75 * k.text / width_in), max(height_in * (top - bottom), 0.1))
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=11 * k.text, loc="left", pad=6 * k.text)
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
    _draw_lines(ax, mc, k, say)
    if mc.target is not None:
        ax.axhline(mc.target, color=_COLOURS["target"], linestyle=":", linewidth=1.6 * k.line)
    _draw_annotations(ax, mc, values, axes_in, k)
    # Period labels at 45°: every step-th, so that neighbours never touch.
    step = max(1, math.ceil(n / 14), math.ceil(n * 0.18 * k.text / max(axes_in[0], 0.1)))
    ax.set_xticks(x[::step])
    ax.set_xticklabels(mc.series.periods[::step], rotation=45, ha="right",
                       fontsize=8 * k.text)
    ax.set_xlim(-0.6, n - 0.4)
    _right_labels(ax, mc, k, axes_in[1], say, language)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _fmt(v, mc.proportion, language)))
    ax.tick_params(axis="y", labelsize=8 * k.text)
    ax.tick_params(length=3.5 * k.line, width=0.8 * k.line, pad=3.5 * k.text)
    ax.set_ylabel((say("Andel") if mc.proportion else mc.unit) or say("Värde"),
                  fontsize=9 * k.text, labelpad=4 * k.text)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.6 * k.line)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    for spine in ("left", "bottom"):
        ax.spines[spine].set_linewidth(0.8 * k.line)
    column_in = ((chars - 4) // 2 + 4) * k.text / 15
    for i, column in enumerate(columns):   # the shorter column padded: both start level
        text = "\n".join(column) + "\n" * (lines - _lines(column))
        fig.text(0.02 + i * column_in / width_in, 0.06 * k.text / height_in, text,
                 fontsize=8 * k.text, va="bottom", ha="left", color="#222222",
                 linespacing=1.25)
    return fig


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


def _draw_lines(ax, mc: MeasureChart, k: _Scale, say) -> None:
    """Centre line and limits per part; the extension of a frozen baseline dashed."""
    r = mc.result
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
            ax.axvline(base_end - 0.5, color=_COLOURS["split"], linewidth=0.8 * k.line,
                       linestyle=":")
            ax.annotate(say("Baslinje fryst"), (base_end - 0.5, 1.0),
                        xycoords=("data", "axes fraction"), xytext=(3 * k.text, -10 * k.text),
                        textcoords="offset points", fontsize=7 * k.text,
                        color=_COLOURS["split"])
        if r.lcl_line is not None:
            xs = [j + d for j in range(a, b) for d in (-0.5, 0.5)]
            for line in (r.lcl_line, r.ucl_line):
                ys = [line[j] for j in range(a, b) for _ in (0, 1)]
                ax.plot(xs, ys, color=_COLOURS["limit"], linewidth=1.0 * k.line,
                        linestyle="--")
        if i > 0:
            ax.axvline(a - 0.5, color=_COLOURS["split"], linewidth=1.2 * k.line)
            ax.annotate(say("Ändring"), (a - 0.5, 1.0), xycoords=("data", "axes fraction"),
                        xytext=(3 * k.text, -10 * k.text), textcoords="offset points",
                        fontsize=7 * k.text, color=_COLOURS["split"])


def _right_labels(ax, mc: MeasureChart, k: _Scale, axes_height_in: float, say,
                  language: str) -> None:
    """Centre, limits and target named at the right edge, pushed apart so they never
    overlap (positions in axes fractions, after the y limits are known)."""
    r, percent = mc.result, mc.proportion

    def fmt(v: float) -> str:
        return _fmt(v, percent, language)

    last = r.parts[-1]
    name = say("Median" if r.chart == "run" else "Medel")
    labels = [(last.center, f"{name} {fmt(last.center)}", _COLOURS["center"])]
    if r.lcl_line is not None and last.stop > last.start:
        labels += [(r.ucl_line[-1], f"{say('ÖSG')} {fmt(r.ucl_line[-1])}", _COLOURS["limit"]),
                   (r.lcl_line[-1], f"{say('NSG')} {fmt(r.lcl_line[-1])}", _COLOURS["limit"])]
    if mc.target is not None:
        labels.append((mc.target, f"{say('Mål')} {fmt(mc.target)}", _COLOURS["target"]))
    low, high = ax.get_ylim()
    spots = sorted(((y - low) / (high - low), text, colour) for y, text, colour in labels
                   if y == y and high > low)
    gap = max(0.075, 0.16 * k.text / axes_height_in)   # a line of 8 pt type and a little
    placed: list[float] = []
    for frac, _, _ in spots:
        placed.append(max(frac, placed[-1] + gap) if placed else frac)
    overflow = (placed[-1] - 1.0) if placed else 0
    if overflow > 0:          # shift down, keeping the gaps
        placed = [p - overflow for p in placed]
    for (_, text, colour), y in zip(spots, placed):
        ax.annotate(text, (1.0, y), xycoords="axes fraction", xytext=(4 * k.text, 0),
                    textcoords="offset points", va="center", fontsize=8 * k.text,
                    color=colour)


def _draw_annotations(ax, mc: MeasureChart, values: list[float],
                      axes_in: tuple[float, float], k: _Scale) -> None:
    """PGSA cycles as flags at the foot of the time axis (stacked when close);
    notes as numbers above their points."""
    n = max(len(values), 1)
    axes_width_in, axes_height_in = axes_in
    points_per_in = n / max(axes_width_in, 0.1)
    row_ends: list[float] = []    # in each row: the position where the last label ends
    rows = 0
    for a in sorted(mc.annotations, key=lambda a: a.position):
        if a.kind == "cycle":
            # 7 pt type: ~0.6 of its size a character, 2 pt in from the line and a gap
            label_in = (len(a.label) * 0.6 * 7 + 5) * k.text / 72
            row = next((i for i, end in enumerate(row_ends) if a.position >= end),
                       len(row_ends))
            if row == len(row_ends):
                row_ends.append(0.0)
            row_ends[row] = a.position + label_in * points_per_in
            rows = max(rows, row + 1)
            ax.axvline(a.position, color=_COLOURS["cycle"], linewidth=0.8 * k.line, alpha=0.5,
                       zorder=1)
            ax.annotate(a.label, (a.position, 0.0), xycoords=("data", "axes fraction"),
                        xytext=(2 * k.text, (3 + 10 * row) * k.text),
                        textcoords="offset points", fontsize=7 * k.text,
                        color=_COLOURS["cycle"])
        elif a.kind == "session":
            ax.axvline(a.position, color=_COLOURS["split"], linewidth=0.8 * k.line,
                       linestyle=":", zorder=1)
            ax.annotate(a.label, (a.position, 1.0), xycoords=("data", "axes fraction"),
                        xytext=(2 * k.text, -9 * k.text), textcoords="offset points",
                        fontsize=7 * k.text, color=_COLOURS["split"])
        else:
            y = values[a.position]
            if y == y:
                ax.annotate(a.label, (a.position, y), xytext=(0, 7 * k.text),
                            textcoords="offset points", ha="center", fontsize=7 * k.text,
                            fontweight="bold", color="#444444")
    if rows:                  # a band at the foot for the flags, clear of the points
        low, high = ax.get_ylim()
        share = max(0.09, min(0.2, 0.2 * k.text / axes_height_in))  # a row of 7 pt flags
        ax.set_ylim(low - (high - low) * share * rows, high)


def _wrap(text: str, width: int, indent: str = "   ") -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width, subsequent_indent=indent)) or text
