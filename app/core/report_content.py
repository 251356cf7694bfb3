"""What a report says, gathered from the workspace (no layout, no ReportLab).

`mapping_content` collects the matrix roll-ups, the competences and gaps per
need area and the findings; `report_improvement` adds the improvement work.
The layout modules (`report_sections`, `report_pdf`) only place this.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from app.core.model import (
    FINDING_CATEGORIES, LEVELS, STATUSES, Assessment, CellState, CellSummary, Finding, Item,
    MatrixColumn, MatrixRow, StatusTally, Unit,
)

if TYPE_CHECKING:
    from app.workspace import Workspace

KIND_TITLES = {
    "county": "Länsrapport",
    "unit": "Organisationsrapport",
    "cycles": "PGSA-blanketter",
    "team": "Teamrapport",
}


# The county report made for one samverkansområde is that area's report.
AREA_TITLE = "Områdesrapport"


def report_title(kind: str, scope_kind: str = "county") -> str:
    """The report's title on its cover, in its page header and in the PDF's
    metadata: "Områdesrapport" for a county report of one area, never
    "Länsrapport" for less than the county."""
    if kind == "county" and scope_kind == "area":
        return AREA_TITLE
    return KIND_TITLES.get(kind, "Rapport")


@dataclass
class ReportOptions:
    """What to include (the dialog's check boxes; the CLI includes everything)."""

    # Sammanfattning, one or two pages in plain Swedish first in a county, area or
    # organisation report; alone, the short version for politicians
    # (short_options). Asked for: the dialog and the CLI tick it; ReportOptions()
    # in a script leaves it out.
    summary: bool = False
    matrix: bool = True            # the heatmap matrices
    organisations: bool = True     # one matrix per organisation (county report)
    need_areas: bool = True        # competences and gaps per need area
    findings: bool = True
    improvement: bool = True       # aims, measures, cycles, team progress
    charts: bool = True
    follow_up: bool = True         # the agreement's follow-up
    deviations: bool = True
    notes: bool = True             # every method with its notes (organisation report)


def short_options() -> ReportOptions:
    """The short version for politicians and a steering group: the summary
    alone, after the cover."""
    return ReportOptions(**{name: name == "summary" for name in vars(ReportOptions())})


@dataclass
class ScopeMatrix:
    title: str
    kind: str                      # "county", "area" or "unit"
    cells: dict[tuple[str, str], CellSummary]
    units: int


@dataclass
class MethodUse(StatusTally):
    """How one method is used over the report's scope, counted as the matrix
    counts (StatusTally): its share in use is of the organisations that have
    mapped it, and how many have not is said beside it (`unmapped`)."""

    item: Item
    counts: dict[str, int] = field(default_factory=dict)
    units: int = 0
    competences: dict[str, list[str]] = field(default_factory=dict)  # text -> units
    needs: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (text, level)
    not_applicable_by: list[str] = field(default_factory=list)  # units: "Ej aktuellt"

    @property
    def total(self) -> int:
        return self.units

    @property
    def not_mapped_anywhere(self) -> bool:
        """Nothing applicable is mapped in the scope and organisations are still
        to map the method (CellState.UNMAPPED): there is no share in use, so it
        is no gap. Some may have answered "Ej aktuellt" (`nobody_assessed` says
        whether anyone has answered at all)."""
        return self.state == CellState.UNMAPPED

    @property
    def nobody_assessed(self) -> bool:
        """No organisation in the scope has given the method any status but "Ej
        kartlagt". "Ej aktuellt" is an answer: the matrix counts it as mapped
        (kartlagd), so a method one organisation marked not applicable is not
        one that "ingen organisation har bedömt"."""
        return self.total > 0 and self.unmapped == self.total

    def breakdown(self) -> dict[str, int]:
        """Every status with its count over the scope, an organisation with no
        assessment of the method counted as not mapped ("unknown"), as the matrix
        counts it: the counts add up to the organisations in the scope."""
        counts = {key: self.counts.get(key, 0) for key in STATUSES}
        counts["unknown"] = self.unmapped
        return counts


@dataclass
class NeedArea:
    column: MatrixColumn
    strengths: list[MethodUse]     # methods in use somewhere, most used first
    gaps: list[MethodUse]          # used by fewer than half of who mapped them, or with needs
    unmapped: list[MethodUse] = field(default_factory=list)   # nobody has assessed them yet
    # Assessed only as "Ej aktuellt" so far, the other organisations still to map
    # them: no share in use and no gap, but not "unassessed" either.
    only_not_applicable: list[MethodUse] = field(default_factory=list)


@dataclass
class UnitMethods:
    """The organisation report's full list: one need area's methods, by row."""

    column: MatrixColumn
    rows: list[tuple[MatrixRow, list[tuple[Item, Assessment]]]]


@dataclass
class MappingProgress:
    """How far the mapping of a scope has come: organisations that have mapped at
    least one method, and organisation × method assessments done and left."""

    units: int = 0                 # organisations in the scope
    units_started: int = 0         # of them, with at least one method mapped
    assessments: int = 0           # organisation × method pairs (active methods)
    done: int = 0                  # of them mapped (any status but "Ej kartlagt")

    @property
    def left(self) -> int:
        return self.assessments - self.done


@dataclass
class ReportContent:
    kind: str
    title: str
    scope_label: str
    workspace: str
    county: str
    created: date
    rows: list[MatrixRow]
    columns: list[MatrixColumn]
    options: ReportOptions
    unit_names: dict[str, str]
    area_names: dict[str, str]
    unit_count: int = 0
    item_count: int = 0
    matrices: list[ScopeMatrix] = field(default_factory=list)
    need_areas: list[NeedArea] = field(default_factory=list)
    findings: dict[str, dict[str, list[Finding]]] = field(default_factory=dict)
    unit_methods: list[UnitMethods] = field(default_factory=list)
    improvement: Any = None        # report_improvement.ImprovementContent or None
    team_units: list[str] = field(default_factory=list)   # a team report's organisations
    progress: MappingProgress | None = None
    # Left out of the per-organisation (and per-area) matrices: nothing mapped yet.
    unmapped_units: list[str] = field(default_factory=list)
    unmapped_areas: list[str] = field(default_factory=list)
    # The ids of the scope's organisations with at least one method mapped.
    started: frozenset[str] = frozenset()


def whole_word(county: str) -> str:
    """"hela länet" for a county, "hela landet" for a workspace of all Sweden (the
    national demo's "Sverige (fiktiv demo)")."""
    first = county.split()[0].casefold() if county.split() else ""
    return "hela landet" if first in ("sverige", "sweden") else "hela länet"


def scope_description(ws: "Workspace", scope: str | None) -> tuple[str, str]:
    """(kind, Swedish label) of a scope: None = the county, an area id or a unit id."""
    if scope is None:
        return "county", f"{ws.county_name} – {whole_word(ws.county_name)}"
    areas = {a.id: a.name for a in ws.areas(include_retired=True)}
    if scope in areas:
        return "area", f"Samverkansområde {areas[scope]}"
    return "unit", ws.unit(scope).name


def team_report_content(ws: "Workspace", team_id: str, options: ReportOptions, *,
                        today: date | None = None) -> ReportContent:
    """What a team report's cover says: the team and the organisations it works
    with (the rest of the report is the improvement work, `report_improvement`)."""
    team = ws.team(team_id)
    names = {u.id: u.name for u in ws.units(include_retired=True)}
    return ReportContent(
        kind="team", title=KIND_TITLES["team"], scope_label=team.name, workspace=ws.name,
        county=ws.county_name, created=today or date.today(), rows=[], columns=[],
        options=options, unit_names=names,
        area_names={a.id: a.name for a in ws.areas(include_retired=True)},
        unit_count=len(team.unit_ids),
        team_units=[names.get(u, "?") for u in team.unit_ids])


def mapping_content(ws: "Workspace", kind: str, scope: str | None,
                    options: ReportOptions, *, today: date | None = None,
                    tick=lambda: None) -> ReportContent:
    """The mapping part of a report. tick() is called once per organisation."""
    scope_kind, label = scope_description(ws, scope)
    units = ws.scope_units(scope)
    content = ReportContent(
        kind=kind, title=report_title(kind, scope_kind), scope_label=label,
        workspace=ws.name, county=ws.county_name, created=today or date.today(),
        rows=ws.rows(), columns=ws.columns(), options=options,
        unit_names={u.id: u.name for u in ws.units(include_retired=True)},
        area_names={a.id: a.name for a in ws.areas(include_retired=True)})
    items = ws.items()
    content.unit_count, content.item_count = len(units), len(items)
    assessments = _assessments(ws, units)
    mapped_by = _mapped_by(items, assessments)
    started = set(mapped_by)
    content.progress = MappingProgress(
        units=len(units), units_started=len(started), assessments=len(units) * len(items),
        done=len(mapped_by))
    content.started = frozenset(started)
    if options.matrix:
        content.matrices = _matrices(ws, content, scope_kind, scope, label, units, started,
                                     options, tick)
    if options.need_areas:
        content.need_areas = _need_areas(content, items, units, assessments)
    if options.findings:
        content.findings = _findings(ws, scope_kind, scope, units)
    if kind == "unit" and options.notes and len(units) == 1:
        content.unit_methods = _unit_methods(content, items, units[0], assessments)
    return content


def _mapped_by(items: list[Item], assessments: dict[tuple[str, str], Assessment]
               ) -> list[str]:
    """The organisation of each mapped assessment of an active method: how many
    are done, and (as a set) which organisations have started."""
    active = {i.id for i in items}
    return [unit_id for (unit_id, item_id), a in assessments.items()
            if a.status != "unknown" and item_id in active]


def _matrices(ws, content: ReportContent, scope_kind, scope, label, units, started,
              options, tick) -> list[ScopeMatrix]:
    """The scope's matrix, then (the county) each area's and each organisation's.
    An area or organisation with nothing mapped gets no matrix of "ej kartlagt"
    but is named in content.unmapped_areas / unmapped_units (the trial's county
    report was 14 pages of empty matrices)."""
    found = [ScopeMatrix(label, scope_kind, ws.matrix(scope), len(units))]
    if scope_kind == "county":
        for area in ws.areas():
            members = ws.units(area_id=area.id)
            if not members:
                continue                  # nothing to map: not "ännu inte kartlagt"
            if not any(u.id in started for u in members):
                content.unmapped_areas.append(area.name)
                continue
            found.append(ScopeMatrix(f"Samverkansområde {area.name}", "area",
                                     ws.matrix(area.id), len(members)))
    if scope_kind != "unit" and options.organisations:
        for unit in units:
            if unit.id in started:
                found.append(ScopeMatrix(unit.name, "unit", ws.matrix(unit.id), 1))
            else:
                content.unmapped_units.append(unit.name)
            tick()
    return found


def _assessments(ws, units: list[Unit]) -> dict[tuple[str, str], Assessment]:
    wanted = {u.id for u in units}
    if len(units) == 1:
        found = ws.assessments(units[0].id)
    else:
        found = [a for a in ws.assessments() if a.unit_id in wanted]
    return {(a.unit_id, a.item_id): a for a in found}


def _need_areas(content: ReportContent, items: list[Item], units: list[Unit],
                assessments: dict[tuple[str, str], Assessment]) -> list[NeedArea]:
    names = content.unit_names
    by_item: dict[str, MethodUse] = {i.id: MethodUse(i, units=len(units)) for i in items}
    for (unit_id, item_id), a in assessments.items():
        use = by_item.get(item_id)
        if use is None:
            continue
        use.counts[a.status] = use.counts.get(a.status, 0) + 1
        for text in (a.competence, a.staff_trained):
            if text.strip():
                use.competences.setdefault(text.strip(), []).append(names[unit_id])
        if a.need.strip():
            use.needs.setdefault((a.need.strip(), a.level or ""), []).append(names[unit_id])
        if a.status == "not_applicable":
            use.not_applicable_by.append(names[unit_id])
    order = {names[u.id]: n for n, u in enumerate(units)}   # the scope's order
    for use in by_item.values():
        use.not_applicable_by.sort(key=lambda name: order.get(name, len(order)))
    areas = []
    for column in content.columns:
        uses = [by_item[i.id] for i in items if i.column_id == column.id]
        strengths = sorted((u for u in uses if u.in_use), key=lambda u: (-u.share_in_use, u.item.title))
        # A gap is what those who mapped the method say (fewer than half use it),
        # or a need someone noted; a method with nothing applicable mapped is not
        # a gap but not mapped yet, listed apart: those nobody has assessed, and
        # those only said to be "Ej aktuellt" so far (an answer, as the matrix
        # counts it: never "ingen organisation har bedömt den").
        gaps = sorted((u for u in uses if u.applicable > 0 and (
                           u.needs or (u.share_in_use is not None and u.share_in_use < 0.5))),
                      key=lambda u: (-1.0 if u.share_in_use is None else u.share_in_use,
                                     u.item.title))
        unmapped = sorted((u for u in uses if u.not_mapped_anywhere and not u.needs),
                          key=lambda u: u.item.title.casefold())
        areas.append(NeedArea(column, strengths, gaps,
                              [u for u in unmapped if u.nobody_assessed],
                              [u for u in unmapped if not u.nobody_assessed]))
    return areas


def _findings(ws, scope_kind: str, scope: str | None,
              units: list[Unit]) -> dict[str, dict[str, list[Finding]]]:
    """Findings by level, then category, in the vocabularies' order."""
    unit_ids = {u.id for u in units}
    area_ids = {u.area_id for u in units if u.area_id}
    if scope_kind == "area":
        area_ids = {scope}

    def relevant(f: Finding) -> bool:
        if scope_kind == "county":
            return True
        if f.unit_id:
            return f.unit_id in unit_ids
        if f.area_id:
            return f.area_id in area_ids
        return f.level != "local"   # county-wide findings concern everyone

    grouped: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    for f in ws.findings():
        if relevant(f):
            grouped[f.level][f.category].append(f)
    return {level: {cat: grouped[level][cat] for cat in FINDING_CATEGORIES
                    if grouped[level].get(cat)}
            for level in LEVELS if grouped.get(level)}


def _unit_methods(content: ReportContent, items: list[Item], unit: Unit,
                  assessments: dict[tuple[str, str], Assessment]) -> list[UnitMethods]:
    result = []
    for column in content.columns:
        rows = []
        for row in content.rows:
            listed = [(i, assessments.get((unit.id, i.id)) or Assessment(unit.id, i.id))
                      for i in items if i.column_id == column.id and i.row_id == row.id]
            if listed:
                rows.append((row, listed))
        result.append(UnitMethods(column, rows))
    return result
