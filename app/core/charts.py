"""Charts of a measure: run chart by default, I or P chart by choice.

`measure_figure(ws, measure_id)` builds a matplotlib `Figure` (Agg, never
pyplot) that the GUI shows with FigureCanvasQTAgg and the PDF reports embed.
Signalling points are marked on the chart AND explained in Swedish words
under it (`signal_texts`); PGSA cycles and notes are annotated on the time
axis; a frozen baseline and a split after a deliberate change are drawn.
matplotlib is imported lazily inside the drawing function: it costs ~0.5 s.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app import spc

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
                  rules: str | None = None) -> MeasureChart:
    """The analysed chart of a measure, with its cycles and notes as annotations."""
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
            notes.append(Annotation(pos, f"PGSA {cycle.number}",
                                    f"PGSA {cycle.number}: {cycle.title}", "cycle"))
    frozen = result.parts[0].baseline if len(result.parts) == 1 else None
    return MeasureChart(measure.name, measure.unit, chart, series, result, measure.target,
                        measure.direction, proportion,
                        frozen if frozen is not None and frozen < len(series.periods) else None,
                        tuple(notes))


# -- words ---------------------------------------------------------------------

def _fmt(x: float, percent: bool = False) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if percent:
        return f"{x * 100:.1f}".replace(".", ",").removesuffix(",0") + " %"
    text = f"{x:.2f}".rstrip("0").rstrip(".") if abs(x) < 1000 else f"{x:.0f}"
    return text.replace(".", ",")


def signal_texts(result: spc.ChartResult, periods: tuple[str, ...] | None = None,
                 direction: str | None = None) -> list[str]:
    """Each signal of a chart in Swedish words, e.g. "8 punkter i rad under medianen".

    periods name the points (else they are numbered from 1); with a direction
    ("up"/"down" is better) a shift, trend or outside point also says whether
    it is an improvement or a worsening.
    """
    def where(i: int) -> str:
        return periods[i] if periods else f"punkt {i + 1}"

    def verdict(side: str | None) -> str:
        if direction not in ("up", "down") or side is None:
            return ""
        good = side in ("above", "up") if direction == "up" else side in ("below", "down")
        return " – en förbättring" if good else " – en försämring"

    centre = CENTER_NAMES.get(result.chart, "centrumlinjen")
    split = len(result.parts) > 1
    texts = []
    for s in result.signals:
        part = f" (del {s.part + 1})" if split else ""
        span = f"{where(s.start)}–{where(s.end)}"
        if s.kind == "shift":
            side = "över" if s.side == "above" else "under"
            texts.append(f"{s.count} punkter i rad {side} {centre}{part}, {span}: "
                         f"ett skift{verdict(s.side)}.")
        elif s.kind == "crossings":
            texts.append(f"För få korsningar av {centre}{part}: {s.count}, minst "
                         f"{int(s.limit)} väntas av slumpen ({span}).")
        elif s.kind == "trend":
            way = "stigande" if s.side == "up" else "sjunkande"
            texts.append(f"{s.count} punkter i rad {way}{part}, {span}: "
                         f"en trend{verdict(s.side)}.")
    texts.extend(_outside_texts(result, where, verdict))
    return texts


def _outside_texts(result: spc.ChartResult, where, verdict) -> list[str]:
    """Points beyond a control limit, one sentence per side (a list, not a wall)."""
    texts = []
    for side, limit, word in (("above", "övre", "över"), ("below", "nedre", "under")):
        points = [s.start for s in result.signals if s.kind == "outside" and s.side == side]
        if len(points) == 1:
            texts.append(f"Punkt utanför styrgränsen: {where(points[0])} ligger {word} den "
                         f"{limit} styrgränsen{verdict(side)}.")
        elif points:
            texts.append(f"{len(points)} punkter utanför styrgränsen, {word} den {limit}: "
                         f"{', '.join(where(i) for i in points)}{verdict(side)}.")
    return texts


def summary_text(result: spc.ChartResult) -> str:
    """One sentence for a chart without signals (or an empty string)."""
    if result.signals:
        return ""
    if result.runs.useful < 10:
        return "För få punkter för att bedöma variationen (minst 10 behövs)."
    return "Ingen signal: variationen ser slumpmässig ut."


# -- drawing -------------------------------------------------------------------

def measure_figure(ws, measure_id: str, *, chart: str | None = None, rules: str | None = None,
                   width_in: float = 8.0, height_in: float = 4.8):
    """The figure of a measure's chart (a matplotlib Figure, Agg)."""
    return draw(measure_chart(ws, measure_id, chart=chart, rules=rules),
                width_in=width_in, height_in=height_in)


def draw(mc: MeasureChart, *, width_in: float = 8.0, height_in: float = 4.8):
    """Draw a MeasureChart: points, centre line, limits, target, signals, annotations."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    r, n = mc.result, len(mc.series.periods)
    words = signal_texts(r, mc.series.periods, mc.direction) or [summary_text(r)]
    notes = [a.text for a in mc.annotations if a.kind != "session"]
    footer = [w for w in words if w] + notes
    if len(footer) > 12:
        footer = footer[:11] + [f"… och {len(footer) - 11} till."]
    fig = Figure(figsize=(width_in, height_in), dpi=100)
    # Room under the axes for the words: 8 pt lines (~0.135 in), wrapped to the width,
    # below the rotated period labels (~0.75 in).
    chars = max(40, int((width_in - 0.3) * 15))
    footer = [_wrap(t, chars) for t in footer]
    lines = sum(t.count("\n") + 1 for t in footer)
    # A long title wraps (11 pt: ~0.085 in a character) rather than run off the figure.
    name = {"run": "Seriediagram", "i": "I-diagram", "p": "P-diagram"}[r.chart]
    title = _wrap(f"{mc.title} – {name}", max(24, int((width_in - 0.9) * 11)), indent="")
    top_in = 0.3 + 0.2 * (title.count("\n") + 1)
    bottom_in = 0.8 + 0.135 * lines
    fig.subplots_adjust(left=0.7 / width_in, right=1 - 1.05 / width_in,
                        top=1 - top_in / height_in, bottom=min(0.6, bottom_in / height_in))
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=11, loc="left")
    if not n:
        ax.text(0.5, 0.5, "Inga mätvärden ännu", ha="center", va="center",
                transform=ax.transAxes, color="#666666")
        ax.set_xticks([])
        ax.set_yticks([])
        return fig
    x = list(range(n))
    values = [v for v in r.values]
    ax.plot(x, values, "-o", color=_COLOURS["line"], markersize=4, linewidth=1.4, zorder=3)
    sig_x = [i for i in x if r.signal_points[i]]
    if sig_x:
        ax.plot(sig_x, [values[i] for i in sig_x], "o", color=_COLOURS["signal"],
                markersize=7, zorder=4, label="Signal")
    out_x = [i for i in x if r.outside[i]]
    if out_x:
        ax.plot(out_x, [values[i] for i in out_x], "D", markerfacecolor="none",
                markeredgecolor=_COLOURS["signal"], markersize=11, zorder=5)
    _draw_lines(ax, mc)
    if mc.target is not None:
        ax.axhline(mc.target, color=_COLOURS["target"], linestyle=":", linewidth=1.6)
    _draw_annotations(ax, mc, values, width_in)
    step = max(1, math.ceil(n / 14))
    ax.set_xticks(x[::step])
    ax.set_xticklabels(mc.series.periods[::step], rotation=45, ha="right", fontsize=8)
    ax.set_xlim(-0.6, n - 0.4)
    _right_labels(ax, mc)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _fmt(v, mc.proportion)))
    ax.tick_params(axis="y", labelsize=8)
    ax.set_ylabel(("Andel" if mc.proportion else mc.unit) or "Värde", fontsize=9)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    fig.text(0.02, 0.06 / height_in, "\n".join(footer), fontsize=8, va="bottom", ha="left",
             color="#222222", linespacing=1.25)
    return fig


def _draw_lines(ax, mc: MeasureChart) -> None:
    """Centre line and limits per part; the extension of a frozen baseline dashed."""
    r = mc.result
    for k, part in enumerate(r.parts):
        a, b = part.start, part.stop
        if b <= a:
            continue
        base_end = a + part.baseline
        xs = [a - 0.5, base_end - 0.5]
        ax.plot(xs, [part.center] * 2, color=_COLOURS["center"], linewidth=1.2)
        if base_end < b:       # frozen: the baseline's centre extended, dashed
            ax.plot([base_end - 0.5, b - 0.5], [part.center] * 2, color=_COLOURS["center"],
                    linewidth=1.0, linestyle="--")
            ax.axvline(base_end - 0.5, color=_COLOURS["split"], linewidth=0.8, linestyle=":")
            ax.annotate("Baslinje fryst", (base_end - 0.5, 1.0),
                        xycoords=("data", "axes fraction"), xytext=(3, -10),
                        textcoords="offset points", fontsize=7, color=_COLOURS["split"])
        if r.lcl_line is not None:
            xs = [i + d for i in range(a, b) for d in (-0.5, 0.5)]
            for line in (r.lcl_line, r.ucl_line):
                ys = [line[i] for i in range(a, b) for _ in (0, 1)]
                ax.plot(xs, ys, color=_COLOURS["limit"], linewidth=1.0, linestyle="--")
        if k > 0:
            ax.axvline(a - 0.5, color=_COLOURS["split"], linewidth=1.2)
            ax.annotate("Ändring", (a - 0.5, 1.0), xycoords=("data", "axes fraction"),
                        xytext=(3, -10), textcoords="offset points", fontsize=7,
                        color=_COLOURS["split"])


def _right_labels(ax, mc: MeasureChart) -> None:
    """Centre, limits and target named at the right edge, pushed apart so they never
    overlap (positions in axes fractions, after the y limits are known)."""
    r, percent = mc.result, mc.proportion
    last = r.parts[-1]
    name = "Median" if r.chart == "run" else "Medel"
    labels = [(last.center, f"{name} {_fmt(last.center, percent)}", _COLOURS["center"])]
    if r.lcl_line is not None and last.stop > last.start:
        labels += [(r.ucl_line[-1], f"ÖSG {_fmt(r.ucl_line[-1], percent)}", _COLOURS["limit"]),
                   (r.lcl_line[-1], f"NSG {_fmt(r.lcl_line[-1], percent)}", _COLOURS["limit"])]
    if mc.target is not None:
        labels.append((mc.target, f"Mål {_fmt(mc.target, percent)}", _COLOURS["target"]))
    low, high = ax.get_ylim()
    spots = sorted(((y - low) / (high - low), text, colour) for y, text, colour in labels
                   if y == y and high > low)
    gap = 0.075
    placed: list[float] = []
    for frac, _, _ in spots:
        placed.append(max(frac, placed[-1] + gap) if placed else frac)
    overflow = (placed[-1] - 1.0) if placed else 0
    if overflow > 0:          # shift down, keeping the gaps
        placed = [p - overflow for p in placed]
    for (_, text, colour), y in zip(spots, placed):
        ax.annotate(text, (1.0, y), xycoords="axes fraction", xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=8, color=colour)


def _draw_annotations(ax, mc: MeasureChart, values: list[float], width_in: float) -> None:
    """PGSA cycles as flags at the foot of the time axis (stacked when close);
    notes as numbers above their points."""
    n = max(len(values), 1)
    points_per_label = 0.5 * n / (0.77 * width_in)   # a label is ~0.5 in wide
    row_ends: list[float] = []                       # last position used in each row
    rows = 0
    for a in sorted(mc.annotations, key=lambda a: a.position):
        if a.kind == "cycle":
            row = next((k for k, end in enumerate(row_ends)
                        if a.position - end >= points_per_label), len(row_ends))
            if row == len(row_ends):
                row_ends.append(a.position)
            row_ends[row] = a.position
            rows = max(rows, row + 1)
            ax.axvline(a.position, color=_COLOURS["cycle"], linewidth=0.8, alpha=0.5,
                       zorder=1)
            ax.annotate(a.label, (a.position, 0.0), xycoords=("data", "axes fraction"),
                        xytext=(2, 3 + 10 * row), textcoords="offset points", fontsize=7,
                        color=_COLOURS["cycle"])
        elif a.kind == "session":
            ax.axvline(a.position, color=_COLOURS["split"], linewidth=0.8, linestyle=":",
                       zorder=1)
            ax.annotate(a.label, (a.position, 1.0), xycoords=("data", "axes fraction"),
                        xytext=(2, -9), textcoords="offset points", fontsize=7,
                        color=_COLOURS["split"])
        else:
            y = values[a.position]
            if y == y:
                ax.annotate(a.label, (a.position, y), xytext=(0, 7), textcoords="offset points",
                            ha="center", fontsize=7, fontweight="bold", color="#444444")
    if rows:                  # a band at the foot for the flags, clear of the points
        low, high = ax.get_ylim()
        ax.set_ylim(low - (high - low) * 0.09 * rows, high)


def _wrap(text: str, width: int, indent: str = "   ") -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width, subsequent_indent=indent)) or text
