"""Which records (and which of their fields) an export prints.

The privacy check looks for personnummer in exactly the text an export will
contain, and the report names where a character no font has stands: a note in
Kiruna does not stop Luleå's organisation report, and the blank PGSA form
holds no user text at all. When it is not certain that a text is left out, it
is counted in (a team's records are included whole, names of organisations
and areas a report may mention are included). CSV export holds everything:
`EVERYTHING`.

Light to import: no ReportLab, no matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.csv_export import has_improvement
from app.core.report_content import ReportOptions, scope_description

if TYPE_CHECKING:
    from app.workspace import Workspace


@dataclass(frozen=True)
class Pick:
    """The records of one table: those whose `column` is one of `ids` (all when
    ids is None), and of them `fields` (every text field when None)."""

    ids: frozenset[str] | None = None
    column: str = "id"
    fields: frozenset[str] | None = None


Selection = dict[str, Pick]      # table -> Pick; a table not listed: nothing of it
EVERYTHING: Selection | None = None

_ALL = Pick()


def _ids(values) -> frozenset[str]:
    return frozenset(v for v in values if v)


def report_selection(ws: "Workspace", kind: str, scope: str | None = None,
                     options: ReportOptions | None = None, *, blank: bool = False,
                     cycle_ids: list[str] | None = None) -> Selection:
    """What make_report(ws, …, kind, scope, options, blank, cycle_ids) prints
    besides the workspace's name (which every page's header carries). For a
    team report the scope is the team's id."""
    if kind == "csv":
        return {}  # callers use EVERYTHING for CSV; an empty selection is never it
    if kind == "cycles":
        return _cycles_selection(ws, scope, blank, cycle_ids)
    options = options or ReportOptions()
    if kind == "team":
        return _team_selection(ws, scope, options)
    scope_kind, _ = scope_description(ws, scope)
    units = ws.scope_units(scope)
    unit_ids = {u.id for u in units}
    selection: Selection = {
        "matrix_rows": Pick(fields=frozenset({"title"})),
        "matrix_columns": Pick(fields=frozenset({"title", "short"})),
        "items": Pick(fields=frozenset({"title"})),
    }
    names_of_units = set(unit_ids)
    names_of_areas = {u.area_id for u in units if u.area_id}
    if scope_kind == "county":
        selection["areas"] = Pick(fields=frozenset({"name"}))
    elif scope_kind == "area":
        names_of_areas.add(scope)
    fields: set[str] = set()
    if options.need_areas:
        fields |= {"competence", "staff_trained", "need"}
    if kind == "unit" and options.notes:
        fields |= {"note", "competence", "staff_trained", "need"}
    if fields:
        selection["assessments"] = Pick(frozenset(unit_ids), "unit_id", frozenset(fields))
    if options.findings:
        from app.core.report_content import _findings

        found = [f for by_category in _findings(ws, scope_kind, scope, units).values()
                 for group in by_category.values() for f in group]
        selection["findings"] = Pick(_ids(f.id for f in found))
        names_of_units |= {f.unit_id for f in found if f.unit_id}
        names_of_areas |= {f.area_id for f in found if f.area_id}
    if has_improvement(ws) and (options.improvement or options.follow_up or
                                options.deviations):
        names_of_units |= _improvement_records(ws, selection, unit_ids,
                                               whole_county=scope is None and kind == "county")
    if options.summary:
        _summary_records(ws, selection, scope_kind, scope, units,
                         whole_county=scope is None and kind == "county")
    if scope_kind == "county":
        selection["units"] = Pick(fields=frozenset({"name"}))
    else:
        selection["units"] = Pick(_ids(names_of_units), fields=frozenset({"name"}))
    if "areas" not in selection:
        selection["areas"] = Pick(_ids(names_of_areas), fields=frozenset({"name"}))
    return selection


def _improvement_records(ws, selection: Selection, unit_ids: set[str], *, whole_county: bool,
                         team_id: str | None = None) -> set[str]:
    """The teams' work, their open deviations and the teams named beside those
    (report_improvement.report_teams); returns the organisations they name."""
    from app.core.report_improvement import report_teams

    teams, deviations = report_teams(ws, unit_ids, whole_county=whole_county, team_id=team_id)
    team_ids = _ids(t.id for t in teams)
    _team_records(ws, selection, team_ids)
    selection["deviations"] = Pick(_ids(d.id for d in deviations))
    selection["teams"] = Pick(team_ids | _ids(d.team_id for d in deviations))
    return {u for t in teams for u in t.unit_ids} | {d.unit_id for d in deviations
                                                     if d.unit_id}


def _summary_records(ws, selection: Selection, scope_kind: str, scope: str | None, units,
                     *, whole_county: bool) -> None:
    """What the summary (report_summary) prints besides the names of the scope's
    areas and organisations: the improvement areas' titles, and the teams'
    names, aims and measures (a measure's name, and its unit beside its values).
    Added to what the other sections print, never narrowing it."""
    from app.core.report_content import _findings

    found = [f for by_category in _findings(ws, scope_kind, scope, units).values()
             for group in by_category.values() for f in group]
    _add(selection, "findings", Pick(_ids(f.id for f in found), fields=frozenset({"title"})))
    if not has_improvement(ws):
        return
    from app.core.report_improvement import report_teams

    teams, _ = report_teams(ws, {u.id for u in units}, whole_county=whole_county)
    team_ids = _ids(t.id for t in teams)
    _add(selection, "teams", Pick(team_ids, fields=frozenset({"name"})))
    _add(selection, "aims", Pick(team_ids, "team_id", frozenset({"title"})))
    _add(selection, "measures", Pick(team_ids, "team_id", frozenset({"name", "unit"})))


def _add(selection: Selection, table: str, pick: Pick) -> None:
    """selection with pick's records and fields too: the union of both (a Pick
    covers the records of one column, so one of another column counts whole)."""
    had = selection.get(table)
    if had is None:
        selection[table] = pick
        return
    if had.column != pick.column:
        selection[table] = Pick(None, had.column, None if had.fields is None or
                                pick.fields is None else had.fields | pick.fields)
        return
    ids = None if had.ids is None or pick.ids is None else had.ids | pick.ids
    fields = None if had.fields is None or pick.fields is None else had.fields | pick.fields
    selection[table] = Pick(ids, had.column, fields)


def _team_selection(ws, team_id: str | None, options: ReportOptions) -> Selection:
    """A team report: the team's name and organisations (on the cover), and its
    work whole when any part of it is printed."""
    team = next((t for t in ws.teams() if t.id == team_id), None) \
        if has_improvement(ws) else None
    if team is None:        # none, or deleted meanwhile: make_report says so
        return {}
    selection: Selection = {"teams": Pick(frozenset({team_id}))}
    names_of_units = set(team.unit_ids)
    if options.improvement or options.follow_up or options.deviations:
        names_of_units |= _improvement_records(ws, selection, set(), whole_county=False,
                                               team_id=team_id)
    selection["units"] = Pick(_ids(names_of_units), fields=frozenset({"name"}))
    return selection


def _team_records(ws, selection: Selection, team_ids: frozenset[str]) -> None:
    """A team's work, whole: aims, measures with their data, ideas, cycles, progress."""
    for table in ("aims", "measures", "change_ideas", "pgsa_cycles", "progress_scores"):
        selection[table] = Pick(team_ids, "team_id")
    measure_ids = _ids(m.id for t in team_ids for m in ws.measures(t))
    selection["data_points"] = Pick(measure_ids, "measure_id")


def _cycles_selection(ws, scope, blank, cycle_ids) -> Selection:
    """The worksheets: each cycle whole, and the names printed beside it."""
    if blank or not has_improvement(ws):
        return {}
    units = {u.id for u in ws.scope_units(scope)}
    teams = [t for t in ws.teams() if scope is None or units & set(t.unit_ids)]
    cycles = [c for t in teams for c in ws.cycles(t.id)
              if cycle_ids is None or c.id in cycle_ids]
    if not cycles:
        return {}
    team_ids = _ids(c.team_id for c in cycles)
    selection: Selection = {
        "pgsa_cycles": Pick(_ids(c.id for c in cycles)),
        "teams": Pick(team_ids, fields=frozenset({"name"})),
        "aims": Pick(team_ids, "team_id", frozenset({"title"})),
        "change_ideas": Pick(_ids(c.change_idea_id for c in cycles), fields=frozenset({"title"})),
        "measures": Pick(_ids(i for c in cycles for i in c.measure_ids),
                         fields=frozenset({"name"})),
    }
    if scope is not None:       # the running header names the scope
        kind, _ = scope_description(ws, scope)
        table = "areas" if kind == "area" else "units"
        selection[table] = Pick(frozenset({scope}), fields=frozenset({"name"}))
    return selection


def where_chars_stand(ws: "Workspace", selection: Selection, chars: set[str],
                      limit: int = 8) -> list[str]:
    """Warnings (Swedish) naming where the texts with these characters stand."""
    from app.core.privacy import _Names, iter_texts, where_of

    places: list[tuple[str, str]] = []
    for label, value in (("Arbetsytans namn", ws.name), ("Länets namn", ws.county_name)):
        found = _in_order(value, chars)
        if found:
            places.append((found, label))
    names = _Names(ws)
    for table, record, field_name, value in iter_texts(ws, selection):
        found = _in_order(value, chars)
        if found:
            places.append((found, where_of(names, table, record, field_name)))
    shown = "".join(sorted(chars))
    if not places:
        return [f"Tecken som inget typsnitt på datorn har skrivs som �: {shown}"]
    lines = [f"Tecken som inget typsnitt på datorn har skrivs som �: {found} – {where}"
             for found, where in places[:limit]]
    if len(places) > limit:
        lines.append(f"… och {len(places) - limit} ställen till med tecken som inget "
                     "typsnitt på datorn har.")
    return lines


def _in_order(value: str, chars: set[str]) -> str:
    """The characters of value that are in chars, once each, as they come."""
    return "".join(dict.fromkeys(ch for ch in value if ch in chars))
