"""What the report's summary (Sammanfattning) says, gathered (no layout).

One or two pages in plain Swedish for a steering group or politicians: how far
the mapping has come, the share of the mapped methods in use over the scope and
per samverkansområde (the county) or organisation (an area), the matrix's
strongest and weakest cells, the improvement areas by level, and the
improvement work: teams, aims, measures with their latest value and what their
chart shows, PGSA cycles. Only the workspace's own numbers, counted as the rest
of the report counts them: the matrix roll-ups (`Workspace.matrix`, shares of
what is mapped, StatusTally), the mapping's progress and the findings of
`report_content`, the teams and charts of `report_improvement`.
`report_summary_pdf` lays it out.

Light to import: no ReportLab, no matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.core.model import LEVELS, CellState, CellSummary, Finding, StatusTally, whole_percent
from app.core.report_content import MappingProgress, ReportContent

if TYPE_CHECKING:
    from app.core.report_improvement import ImprovementContent
    from app.workspace import Workspace

# A cell of the matrix is compared with the others only with this many mapped
# assessments (where the method is applicable) behind its share: two answers
# say nothing about a county. One organisation has fewer methods in a cell.
CELL_FLOOR = 5
CELL_FLOOR_UNIT = 3
CELLS_SHOWN = 3          # strongest and weakest cells named, each
PARTS_SHOWN = 24         # areas (or organisations) in the table, at most
TITLES_SHOWN = 3         # improvement areas named per level
TEAMS_SHOWN = 8          # improvement teams in the table, at most
MEASURES_SHOWN = 16      # and their measures, at most


@dataclass
class Tally(StatusTally):
    """Statuses summed over several cells of the matrix (or several matrices):
    the share in use of what is mapped, as the matrix counts it."""

    counts: dict[str, int] = field(default_factory=dict)
    pairs: int = 0                 # organisation × method pairs counted

    @property
    def total(self) -> int:
        return self.pairs

    def add(self, cells) -> "Tally":
        for cell in cells:
            self.pairs += cell.total
            for status, n in cell.counts.items():
                self.counts[status] = self.counts.get(status, 0) + n
        return self

    @property
    def percent(self) -> int | None:
        share = self.share_in_use
        return None if share is None else whole_percent(share)


@dataclass
class PartShare:
    """One samverkansområde (or organisation) of the scope and its share in use."""

    name: str
    units: int                     # organisations in it
    started: int                   # of them, with something mapped
    tally: Tally


@dataclass
class CellShare:
    row: str
    column: str
    cell: CellSummary

    @property
    def percent(self) -> int:
        return whole_percent(self.cell.share_in_use or 0.0)


@dataclass
class Summary:
    scope_kind: str                # "county", "area" or "unit"
    scope_label: str
    created: Any                   # date
    progress: MappingProgress
    share: Tally                   # the whole scope's
    parts_kind: str = ""           # "area", "unit", or "" (no table: one organisation)
    parts: list[PartShare] = field(default_factory=list)     # highest share first
    parts_left: int = 0            # not in the table (beyond PARTS_SHOWN)
    cell_floor: int = CELL_FLOOR
    cells_enough: int = 0          # cells with at least cell_floor mapped
    strongest: list[CellShare] = field(default_factory=list)
    weakest: list[CellShare] = field(default_factory=list)
    findings: dict[str, list[Finding]] = field(default_factory=dict)   # level -> findings
    improvement: "ImprovementContent | None" = None

    @property
    def nothing_mapped(self) -> bool:
        return self.progress.units_started == 0

    @property
    def finding_count(self) -> int:
        return sum(map(len, self.findings.values()))


def summary_content(ws: "Workspace", content: ReportContent, scope: str | None,
                    improvement: "ImprovementContent | None") -> Summary:
    """The summary of a county, area or organisation report, from what the report
    has gathered (content: report_content.mapping_content; improvement:
    report_improvement.improvement_content, None when the build has none)."""
    from app.core.report_content import _findings, scope_description

    scope_kind, _ = scope_description(ws, scope)
    units = ws.scope_units(scope)
    cells = content.matrices[0].cells if content.matrices else ws.matrix(scope)
    progress = content.progress or MappingProgress()
    summary = Summary(scope_kind, content.scope_label, content.created, progress,
                      Tally().add(cells.values()), improvement=improvement)
    if scope_kind != "unit" and not summary.nothing_mapped:
        summary.parts_kind = "area" if scope_kind == "county" else "unit"
        parts = _area_parts(ws, units, content.started) if scope_kind == "county" else \
            _unit_parts(ws, units, content.started)
        parts.sort(key=lambda p: (p.tally.share_in_use is None,
                                  -(p.tally.share_in_use or 0.0), -p.tally.mapped))
        summary.parts, summary.parts_left = parts[:PARTS_SHOWN], max(0, len(parts) - PARTS_SHOWN)
    summary.cell_floor = CELL_FLOOR_UNIT if scope_kind == "unit" else CELL_FLOOR
    _cells(summary, content, cells)
    by_level = _findings(ws, scope_kind, scope, units)
    summary.findings = {level: [f for group in by_level[level].values() for f in group]
                        for level in LEVELS if level in by_level}
    return summary


def _area_parts(ws, units, started) -> list[PartShare]:
    """The county's samverkansområden (those with organisations), then the
    organisations in none of them, grouped and named as the organisation tree
    has them: the region's divisions ("Regionens verksamheter") and the others
    ("Utan område")."""
    parts = []
    for area in ws.areas():
        members = [u for u in units if u.area_id == area.id]
        if members:
            parts.append(_part(ws, area.name, members, started, [area.id]))
    area_ids = {a.id for a in ws.areas()}
    outside = [u for u in units if u.area_id not in area_ids]
    for title, members in (
            ("Regionens verksamheter", [u for u in outside if u.kind == "region_division"]),
            ("Utan område", [u for u in outside if u.kind != "region_division"])):
        if members:
            parts.append(_part(ws, title, members, started, [u.id for u in members]))
    return parts


def _unit_parts(ws, units, started) -> list[PartShare]:
    return [_part(ws, u.name, [u], started, [u.id]) for u in units]


def _part(ws, name: str, members, started, scopes: list[str]) -> PartShare:
    """A row of the table: the organisations `members`, their share summed over
    the matrices of `scopes` (an area's roll-up, or each organisation's)."""
    tally = Tally()
    for scope in scopes:
        tally.add(ws.matrix(scope).values())
    return PartShare(name, len(members), sum(u.id in started for u in members), tally)


def _cells(summary: Summary, content: ReportContent, cells) -> None:
    """The strongest and the weakest cells with enough mapped to compare them;
    none named twice, and none when every such cell has the same share."""
    rows = {r.id: r.title for r in content.rows}
    columns = {c.id: c.short or c.title for c in content.columns}
    order = {(r.id, c.id): n for n, (r, c) in enumerate(
        (r, c) for r in content.rows for c in content.columns)}
    enough = [CellShare(rows.get(r, "?"), columns.get(c, "?"), cell)
              for (r, c), cell in cells.items()
              if cell.state == CellState.SHARE and cell.mapped >= summary.cell_floor]
    summary.cells_enough = len(enough)
    if len(enough) < 2 or len({c.percent for c in enough}) == 1:
        return
    shown = min(CELLS_SHOWN, len(enough) // 2)
    position = {id(c): order.get((c.cell.row_id, c.cell.column_id), 0) for c in enough}
    summary.strongest = sorted(enough, key=lambda c: (-c.cell.share_in_use, -c.cell.mapped,
                                                      position[id(c)]))[:shown]
    summary.weakest = sorted(enough, key=lambda c: (c.cell.share_in_use, -c.cell.mapped,
                                                    position[id(c)]))[:shown]
