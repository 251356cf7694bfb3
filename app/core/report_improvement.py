"""The improvement work in a report: teams, aims, measures with charts and
signals in words, PGSA cycles, progress, the agreement's follow-up, deviations.

Gathered through the facade's improvement API (issue 3) and the chart builder
`app.core.charts`. If this build lacks either, the report still works: the
improvement sections are left out (or shown without charts).
"""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.csv_export import has_improvement

if TYPE_CHECKING:
    from app.workspace import Workspace

CHART_DPI = 300              # sharp in print; ~150 kB a chart (200 dpi looked soft)
CHART_SIZE_IN = (6.6, 3.9)   # drawn at print size (before the words are cut off below)
# The words under the chart are PDF text in the report (searchable, sharp): the
# picture keeps only the labels' band below the axes.
WORDS_SHARE = 0.2


@dataclass
class MeasureContent:
    measure: Any                    # app.core.improvement.Measure
    points: list[Any]               # DataPoint, in period order
    aim: str = ""
    png: bytes | None = None        # the chart, drawn at CHART_DPI, without its words
    signals: list[str] = field(default_factory=list)   # Swedish sentences
    size_in: tuple[float, float] = CHART_SIZE_IN        # the picture's size at print size
    remarks: list[str] = field(default_factory=list)   # options the chart does not follow
    marks: list[str] = field(default_factory=list)     # what the marks on the chart are
    terms: frozenset[str] = frozenset()   # what the chart and its words use (report_guide)
    verdict: str = ""               # chart_verdict(): what the chart shows, in one word

    @property
    def latest(self) -> Any:
        present = [p for p in self.points if p.value is not None]
        return present[-1] if present else None


@dataclass
class TeamContent:
    team: Any
    unit_names: list[str]
    aims: list[Any]
    measures: list[MeasureContent]
    ideas: dict[str, str]
    cycles: list[Any]
    progress: list[Any]


@dataclass
class ImprovementContent:
    teams: list[TeamContent]
    follow_up: dict[str, list[tuple[str, MeasureContent]]]   # key -> (team name, measure)
    deviations: list[Any]
    team_names: dict[str, str]


def report_teams(ws: "Workspace", unit_ids: set[str], *, whole_county: bool,
                 team_id: str | None = None) -> tuple[list[Any], list[Any]]:
    """(teams, open deviations) a report covers: every team and deviation for the
    county; the teams working with the given organisations and the deviations of
    those teams or organisations; or one team (a team report) with its own
    deviations and those of its organisations that name no team. The report's
    content and its privacy check (report_scope) both ask here."""
    open_ = ws.deviations(open_only=True)
    if team_id is not None:
        team = ws.team(team_id)
        own = set(team.unit_ids)
        return [team], [d for d in open_ if d.team_id == team_id or (
            not d.team_id and d.unit_id in own)]
    teams = [t for t in ws.teams() if whole_county or unit_ids & set(t.unit_ids)]
    team_ids = {t.id for t in teams}
    return teams, [d for d in open_
                   if whole_county or d.team_id in team_ids or d.unit_id in unit_ids]


def improvement_content(ws: "Workspace", units: list[Any], *, whole_county: bool,
                        team_id: str | None = None, charts: bool = True,
                        tick: Callable[[str, float], None] = lambda text, share: None,
                        cancelled: Callable[[], bool] = lambda: False
                        ) -> ImprovementContent | None:
    """The teams that work with the given organisations (every team for the county,
    only team_id's for a team report). tick(text, share) before each measure's
    chart, share = the part done."""
    if not has_improvement(ws):
        return None
    from app.core.improvement import FOLLOW_UPS

    unit_ids = {u.id for u in units}
    names = {u.id: u.name for u in ws.units(include_retired=True)}
    teams, deviations = report_teams(ws, unit_ids, whole_county=whole_county,
                                     team_id=team_id)
    content = ImprovementContent([], {key: [] for key in FOLLOW_UPS}, [],
                                 {t.id: t.name for t in ws.teams()})
    by_team = {team.id: ws.measures(team.id) for team in teams}
    total, done = max(1, sum(map(len, by_team.values()))), 0
    for team in teams:
        aims = ws.aims(team.id)
        aim_titles = {a.id: a.title for a in aims}
        measures = []
        for m in by_team[team.id]:
            if cancelled():
                return content
            tick(f"Diagram: {m.name}", done / total)
            done += 1
            mc = MeasureContent(m, ws.data_points(m.id), aim_titles.get(m.aim_id or "", ""))
            picture = measure_chart(ws, m.id, draw=charts)
            mc.png, mc.signals, mc.size_in = picture.png, picture.signals, picture.size_in
            mc.remarks, mc.marks = picture.remarks, picture.marks
            mc.terms, mc.verdict = picture.terms, picture.verdict
            measures.append(mc)
            if m.follow_up in content.follow_up:
                content.follow_up[m.follow_up].append((team.name, mc))
        content.teams.append(TeamContent(
            team, [names.get(u, "?") for u in team.unit_ids], aims, measures,
            {i.id: i.title for i in ws.change_ideas(team.id)}, ws.cycles(team.id),
            ws.progress_scores(team.id)))
    content.deviations = deviations
    return content


@dataclass
class ChartPicture:
    png: bytes | None
    signals: list[str]
    size_in: tuple[float, float] = CHART_SIZE_IN
    remarks: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    terms: frozenset[str] = frozenset()
    verdict: str = ""


def measure_chart(ws: "Workspace", measure_id: str, *, draw: bool = True) -> ChartPicture:
    """The measure's chart as a PNG without the words under it (or None), and
    those words: its signals, remarks and what its marks mean, in Swedish."""
    try:
        from app.core import charts
    except ImportError:    # the chart builder is not in this build
        return ChartPicture(None, [])
    mc = charts.measure_chart(ws, measure_id)
    words = charts.signal_texts(mc.result, mc.series.periods, mc.direction)
    if not words and mc.series.periods:
        words = [charts.summary_text(mc.result)]
    picture = ChartPicture(None, [w for w in words if w],
                           remarks=[r for r in getattr(mc, "remarks", ()) if r],
                           marks=[a.text if a.kind != "session" else f"{a.label}: {a.text}"
                                  for a in mc.annotations],
                           verdict=chart_verdict(mc.result, mc.direction,
                                                 bool(mc.series.periods)))
    if draw and mc.series.periods:
        picture.png, picture.size_in = _chart_png(charts, mc)
    picture.terms = chart_terms(mc, drawn=picture.png is not None)
    return picture


def chart_verdict(result, direction: str | None, has_values: bool = True) -> str:
    """What a measure's chart shows, in one word (the summary's "Vad diagrammet
    visar", report_summary_pdf), from the signals its words name (signal_texts):
    "better" or "worse" when its latest signal with a side (a shift, a trend, a
    point outside a limit) lies on the better or the worse side of the measure's
    direction (an improving series has its old level on the worse side early and
    its new one on the better side last); "signal" for signals with no side to
    judge (too few crossings or runs, no direction, both sides at once); "none"
    without signals, "too_few" when there are too few points to judge (as
    summary_text says), "empty" with no values at all."""
    if not has_values:
        return "empty"
    if not result.signals:
        return "too_few" if result.runs.useful < 10 else "none"
    sided = [s for s in result.signals if s.side in ("above", "below", "up", "down")]
    if direction not in ("up", "down") or not sided:
        return "signal"
    last = max(s.end for s in sided)
    better = ("above", "up") if direction == "up" else ("below", "down")
    sides = {s.side in better for s in sided if s.end == last}
    if len(sides) > 1:
        return "signal"
    return "better" if sides.pop() else "worse"


def chart_terms(mc, *, drawn: bool) -> frozenset[str]:
    """What a reader of this measure meets (report_guide explains them): the
    rules its signal sentences follow ("rules:anhoej", "rules:ihi") once it has
    values, control limits ("limits", named in words even without a picture),
    and on a drawn chart its kind ("chart:run", "chart:i", "chart:p"), a frozen
    baseline ("frozen"), a split ("split") and the marks of learning sessions
    and PGSA cycles ("marks")."""
    result = mc.result
    if not mc.series.periods:
        return frozenset()
    terms = {f"rules:{result.rules}"}
    if result.lcl_line is not None:
        terms.add("limits")
    if drawn:
        terms.add(f"chart:{result.chart}")
        if mc.frozen is not None:
            terms.add("frozen")
        if len(result.parts) > 1:
            terms.add("split")
        if any(a.kind in ("session", "cycle") for a in mc.annotations):
            terms.add("marks")
    return frozenset(terms)


def chart_texts(mc) -> list[str]:
    """Every text a chart may print (for the fonts it needs)."""
    return [mc.title, mc.unit, *(a.label for a in mc.annotations),
            *(a.text for a in mc.annotations), *getattr(mc, "remarks", ())]


class _NoFindfont(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("findfont")


@contextlib.contextmanager
def quiet_fonts():
    """matplotlib's complaints about fonts, kept off stderr while a chart is drawn:
    a glyph no font has is reported by the report itself, with where it stands,
    and a fallback font without bold ("findfont: Failed to find font weight bold")
    is simply used in its regular weight."""
    import warnings

    log = logging.getLogger("matplotlib.font_manager")
    quiet = _NoFindfont()
    log.addFilter(quiet)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from font")
            yield
    finally:
        log.removeFilter(quiet)


def chart_figure(charts, mc):
    """The chart for the PDF: drawn at print size in the fonts its texts need,
    and without the words under the axes (the report prints them as text)."""
    import matplotlib

    from app.core.report_fonts import chart_families
    from app.core.report_pdf import font_finder

    families = chart_families(font_finder(), chart_texts(mc))
    with matplotlib.rc_context({"font.family": families}), quiet_fonts():
        figure = charts.draw(mc, width_in=CHART_SIZE_IN[0], height_in=CHART_SIZE_IN[1],
                             words_share=WORDS_SHARE)
        below = min((ax.get_position().y0 for ax in figure.axes), default=0.0)
        for words in [t for t in figure.texts if t.get_position()[1] < below]:
            words.remove()
    return figure, families


def _chart_png(charts, mc) -> tuple[bytes, tuple[float, float]]:
    """Drawn once at CHART_DPI, the white band the words left below cut off."""
    import matplotlib
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    figure, families = chart_figure(charts, mc)
    with matplotlib.rc_context({"font.family": families}), quiet_fonts():
        figure.set_dpi(CHART_DPI)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        pixels = np.asarray(canvas.buffer_rgba())[:, :, :3]
    inked = np.flatnonzero((pixels < 250).any(axis=(1, 2)))
    bottom = min(len(pixels), int(inked[-1]) + 1 + CHART_DPI // 30) if len(inked) else \
        len(pixels)
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(pixels[:bottom])).save(buffer, format="PNG",
                                                                compress_level=6)
    height, width = bottom, pixels.shape[1]
    return buffer.getvalue(), (width / CHART_DPI, height / CHART_DPI)


def cycle_aim(ws: "Workspace", cycle) -> tuple[str, bool]:
    """The overall aim a PGSA cycle serves: its own, or when it has none and its
    team has just one aim, that one (every test of the team serves it). Returns
    (title, from the team): one from the team is always said to be, on the
    printed worksheet and in the app's, never shown as if recorded for the cycle."""
    aim = ws.aim(cycle.aim_id).title if cycle.aim_id else ""
    if aim:
        return aim, False
    aims = ws.aims(cycle.team_id)
    return (aims[0].title, True) if len(aims) == 1 else ("", False)


def cycle_content(ws: "Workspace", cycle_id: str) -> dict[str, Any]:
    """One PGSA cycle with the names the worksheet prints beside it."""
    cycle = ws.cycle(cycle_id)
    team = ws.team(cycle.team_id)
    aim, from_team = cycle_aim(ws, cycle)
    if from_team:
        aim = f"{aim} (teamets mål)"
    idea = ws.change_idea(cycle.change_idea_id).title if cycle.change_idea_id else ""
    measures = {m.id: m.name for m in ws.measures(cycle.team_id)}
    return {"cycle": cycle, "team": team.name, "aim": aim, "idea": idea,
            "measures": [measures[i] for i in cycle.measure_ids if i in measures]}
