"""The improvement work in a report: teams, aims, measures with charts and
signals in words, PGSA cycles, progress, the agreement's follow-up, deviations.

Gathered through the facade's improvement API (issue 3) and the chart builder
`app.core.charts`. If this build lacks either, the report still works: the
improvement sections are left out (or shown without charts).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.csv_export import has_improvement

if TYPE_CHECKING:
    from app.workspace import Workspace

CHART_DPI = 200
CHART_SIZE_IN = (6.6, 3.9)   # drawn at print size, so 200 dpi is 200 dpi on paper


@dataclass
class MeasureContent:
    measure: Any                    # app.core.improvement.Measure
    points: list[Any]               # DataPoint, in period order
    aim: str = ""
    png: bytes | None = None        # the chart, drawn at CHART_DPI
    signals: list[str] = field(default_factory=list)   # Swedish sentences

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


def improvement_content(ws: "Workspace", units: list[Any], *, whole_county: bool,
                        charts: bool = True, tick: Callable[[str], None] = lambda text: None,
                        cancelled: Callable[[], bool] = lambda: False
                        ) -> ImprovementContent | None:
    """The teams that work with the given organisations (every team for the county)."""
    if not has_improvement(ws):
        return None
    from app.core.improvement import FOLLOW_UPS

    unit_ids = {u.id for u in units}
    names = {u.id: u.name for u in ws.units(include_retired=True)}
    teams = [t for t in ws.teams() if whole_county or unit_ids & set(t.unit_ids)]
    content = ImprovementContent([], {key: [] for key in FOLLOW_UPS}, [],
                                 {t.id: t.name for t in ws.teams()})
    for team in teams:
        aims = ws.aims(team.id)
        aim_titles = {a.id: a.title for a in aims}
        measures = []
        for m in ws.measures(team.id):
            if cancelled():
                return content
            tick(f"Diagram: {m.name}")
            mc = MeasureContent(m, ws.data_points(m.id), aim_titles.get(m.aim_id or "", ""))
            mc.png, mc.signals = measure_chart(ws, m.id, draw=charts)
            measures.append(mc)
            if m.follow_up in content.follow_up:
                content.follow_up[m.follow_up].append((team.name, mc))
        content.teams.append(TeamContent(
            team, [names.get(u, "?") for u in team.unit_ids], aims, measures,
            {i.id: i.title for i in ws.change_ideas(team.id)}, ws.cycles(team.id),
            ws.progress_scores(team.id)))
    team_ids = {t.id for t in teams}
    content.deviations = [
        d for d in ws.deviations(open_only=True)
        if whole_county or d.team_id in team_ids or d.unit_id in unit_ids]
    return content


def measure_chart(ws: "Workspace", measure_id: str, *, draw: bool = True
                  ) -> tuple[bytes | None, list[str]]:
    """(PNG of the measure's chart or None, its signals in Swedish words)."""
    try:
        from app.core import charts
    except ImportError:    # the chart builder is not in this build
        return None, []
    mc = charts.measure_chart(ws, measure_id)
    words = charts.signal_texts(mc.result, mc.series.periods, mc.direction)
    if not words and mc.series.periods:
        words = [charts.summary_text(mc.result)]
    if not draw or not mc.series.periods:
        return None, [w for w in words if w]
    figure = charts.draw(mc, width_in=CHART_SIZE_IN[0], height_in=CHART_SIZE_IN[1])
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI)
    return buffer.getvalue(), [w for w in words if w]


def cycle_content(ws: "Workspace", cycle_id: str) -> dict[str, Any]:
    """One PGSA cycle with the names the worksheet prints beside it."""
    cycle = ws.cycle(cycle_id)
    team = ws.team(cycle.team_id)
    aim = ws.aim(cycle.aim_id).title if cycle.aim_id else ""
    if not aim:
        aims = ws.aims(cycle.team_id)
        aim = aims[0].title if len(aims) == 1 else ""
    idea = ws.change_idea(cycle.change_idea_id).title if cycle.change_idea_id else ""
    measures = {m.id: m.name for m in ws.measures(cycle.team_id)}
    return {"cycle": cycle, "team": team.name, "aim": aim, "idea": idea,
            "measures": [measures[i] for i in cycle.measure_ids if i in measures]}
