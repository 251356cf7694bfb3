"""Improvement work on the facade: teams, aims, measures, data, change ideas;
PGSA cycles, progress and deviations come from `CyclesMixin`.

A mixin of `app.workspace.Workspace`, kept in its own modules so the facade
stays small; it uses the facade's `_write`, `_existing` and `_store`.

Every change is a versioned `_write`. Deletion is a tombstone; a record whose
team is deleted is hidden by every read, so deleting a team needs no cascade
and `restore(table, id)` (the undo of a delete) brings everything back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from app.core.ids import derived_id, new_id
from app.core.lazy import lazy_module
from app.core.improvement_cycles import CyclesMixin
from app.core.improvement_input import (  # noqa: F401 - ImprovementError is public here
    ImprovementError, json_list, parse_date, parse_number, parse_period,
)
from app.core.schema import RECORD_TABLES, WRITTEN_TOGETHER
from app.core.store import ReadOnlyError, StoreError
from app.core.validate import check_choice, clean_name, clean_text, pick_fields

if TYPE_CHECKING:   # the annotations' names
    from app.core.improvement import Aim, ChangeIdea, DataPoint, Measure, Team
    from app.core.improvement_paste import DataBlock

# The record types and choices load with the first improvement call,
# not at start-up (the mapping needs none of them).
records = lazy_module("app.core.improvement")
paste = lazy_module("app.core.improvement_paste")

_LIVE_TEAMS = "SELECT id FROM teams WHERE deleted = 0"


def _p_only_for_proportions() -> ImprovementError:
    return ImprovementError("P-diagram passar bara mått med andelar (täljare och nämnare).")


class ImprovementMixin(CyclesMixin):
    """Methods of Workspace for the Breakthrough work (issue 3)."""

    # -- generic helpers -----------------------------------------------------

    def _select(self, table: str, where: str = "", params: tuple = (),
                order: str = "id") -> list[dict[str, Any]]:
        fields = ", ".join(("id",) + RECORD_TABLES[table])
        sql = f"SELECT {fields} FROM {table} WHERE deleted = 0"
        if "team_id" in RECORD_TABLES[table]:
            sql += f" AND (team_id IS NULL OR team_id IN ({_LIVE_TEAMS}))"
        return self._store.select(f"{sql} {where} ORDER BY {order}", params)

    def _one(self, table: str, record_id: str, convert) -> Any:
        rows = self._select(table, "AND id = ?", (record_id,))
        if not rows:
            raise KeyError(f"{table}: {record_id}")
        return convert(rows[0])

    def _optional_ref(self, table: str, record_id: str | None) -> str | None:
        return self._existing(table, record_id) if record_id else None

    def _ids(self, table: str, ids: Any) -> str:
        return json.dumps([self._existing(table, str(i)) for i in dict.fromkeys(ids or ())])

    def _next_position(self, table: str, team_id: str) -> int:
        return self._store.conn.execute(
            f"SELECT COALESCE(MAX(position), 0) + 1 FROM {table} WHERE team_id = ?",
            (team_id,)).fetchone()[0]

    def delete_record(self, table: str, record_id: str) -> None:
        """Tombstone one improvement record (a team hides everything of its own)."""
        self._write(table, self._existing(table, record_id), {"deleted": 1})

    def restore(self, table: str, record_id: str) -> None:
        """Bring a deleted record back (the undo of a delete)."""
        if self._store.get(table, record_id) is None:
            raise KeyError(f"{table}: {record_id}")
        self._write(table, record_id, {"deleted": 0})

    # -- teams -------------------------------------------------------------------

    def teams(self) -> list[Team]:
        return [_team(r) for r in self._select("teams", order="position, name")]

    def team(self, team_id: str) -> Team:
        return self._one("teams", team_id, _team)

    def add_team(self, name: str, **fields: Any) -> str:
        """A förbättringsteam. Fields: description, unit_ids, sessions
        (learning sessions as (title, ISO date) pairs or Session objects)."""
        team_id = new_id()
        position = self._store.conn.execute(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM teams").fetchone()[0]
        self._write("teams", team_id, {"description": "", "unit_ids": "[]", "sessions": "[]",
                                       "position": position,
                                       **self._team_values(name=name, **fields)})
        return team_id

    def update_team(self, team_id: str, **fields: Any) -> None:
        self._write("teams", self._existing("teams", team_id), self._team_values(**fields))

    def _team_values(self, **fields: Any) -> dict[str, Any]:
        values = pick_fields(fields, ("name", "description", "unit_ids", "sessions"))
        if "name" in values:
            values["name"] = clean_name(values["name"], "Teamets namn")
        if "description" in values:
            values["description"] = clean_text(values["description"])
        if "unit_ids" in values:
            values["unit_ids"] = self._ids("units", values["unit_ids"])
        if "sessions" in values:
            sessions = [s if isinstance(s, records.Session) else records.Session(*s)
                        for s in values["sessions"]]
            if any(not str(s.date).strip() for s in sessions):
                raise ImprovementError("Varje lärandeseminarium behöver ett datum "
                                       "(ÅÅÅÅ-MM-DD).")
            values["sessions"] = json.dumps(sorted(
                ({"title": clean_name(s.title, "Seminariets namn"),
                  "date": parse_date(s.date, "Seminariets datum")} for s in sessions),
                key=lambda s: s["date"]), ensure_ascii=False)
        return values

    # -- aims ------------------------------------------------------------------

    def aims(self, team_id: str | None = None) -> list[Aim]:
        where, params = ("AND team_id = ?", (team_id,)) if team_id else ("", ())
        return [_aim(r) for r in self._select("aims", where, params, "position, title")]

    def aim(self, aim_id: str) -> Aim:
        return self._one("aims", aim_id, _aim)

    def add_aim(self, team_id: str, title: str, **fields: Any) -> str:
        """A mål: what (title), how much (amount), by when (due)."""
        aim_id = new_id()
        self._write("aims", aim_id, {
            "team_id": self._existing("teams", team_id), "amount": "", "due": "",
            "description": "", "position": self._next_position("aims", team_id),
            **self._aim_values(title=title, **fields)})
        return aim_id

    def update_aim(self, aim_id: str, **fields: Any) -> None:
        self._write("aims", self._existing("aims", aim_id), self._aim_values(**fields))

    def _aim_values(self, **fields: Any) -> dict[str, Any]:
        values = pick_fields(fields, ("title", "amount", "due", "description"))
        if "title" in values:
            values["title"] = clean_name(values["title"], "Målet")
        for key in ("amount", "description"):
            if key in values:
                values[key] = clean_text(values[key])
        if "due" in values:
            values["due"] = parse_date(values["due"], "Måldatumet")
        return values

    # -- measures --------------------------------------------------------------

    def measures(self, team_id: str | None = None, aim_id: str | None = None) -> list[Measure]:
        where, params = "", ()
        if team_id:
            where, params = "AND team_id = ?", (team_id,)
        if aim_id:
            where, params = where + " AND aim_id = ?", (*params, aim_id)
        return [_measure(r) for r in self._select("measures", where, params, "position, name")]

    def measure(self, measure_id: str) -> Measure:
        return self._one("measures", measure_id, _measure)

    def add_measure(self, team_id: str, name: str, **fields: Any) -> str:
        """A mått. Fields: aim_id, type, definition, kind, unit, direction,
        target, frequency, follow_up, chart, rules, freeze, splits."""
        measure_id = new_id()
        kind = fields.get("kind", "count")
        if fields.get("chart") == "p" and kind != "proportion":
            raise _p_only_for_proportions()
        self._write("measures", measure_id, {
            "team_id": self._existing("teams", team_id), "aim_id": None, "type": "process",
            "definition": "", "kind": "count", "unit": "", "direction": "up", "target": None,
            "frequency": "month", "follow_up": None,
            "chart": "run", "rules": "anhoej",   # the run chart by default (issue 3)
            "freeze": None, "splits": "[]",
            "position": self._next_position("measures", team_id),
            **self._measure_values(name=name, **fields)})
        return measure_id

    def update_measure(self, measure_id: str, **fields: Any) -> None:
        values = self._measure_values(**fields)
        current = self.measure(self._existing("measures", measure_id))
        if values.get("chart", current.chart) == "p" and \
                values.get("kind", current.kind) != "proportion":
            if "chart" in values:
                raise _p_only_for_proportions()
            values["chart"] = "run"   # no longer a proportion: its P chart goes with it
        self._write("measures", measure_id, values)

    def _measure_values(self, **fields: Any) -> dict[str, Any]:
        values = pick_fields(fields, RECORD_TABLES["measures"][1:-1])
        if "name" in values:
            values["name"] = clean_name(values["name"], "Måttets namn")
        for key in ("definition", "unit"):
            if key in values:
                values[key] = clean_text(values[key])
        for key, choices, what in (("type", records.MEASURE_TYPES, "Typ av mått"),
                                   ("kind", records.VALUE_KINDS, "Typ av värde"),
                                   ("direction", records.DIRECTIONS, "Riktning"),
                                   ("frequency", records.FREQUENCIES, "Frekvens"),
                                   ("chart", records.CHARTS, "Diagram"),
                                   ("rules", records.RULES, "Regler")):
            if key in values:
                check_choice(values[key], choices, what)
        if values.get("follow_up") is not None:
            check_choice(values["follow_up"], records.FOLLOW_UPS, "Uppföljning")
        if "aim_id" in values:
            values["aim_id"] = self._optional_ref("aims", values["aim_id"])
        if "target" in values:
            values["target"] = parse_number(values["target"], "Målvärdet")
        if values.get("freeze") is not None:
            freeze = parse_number(values["freeze"], "Baslinjen")
            if freeze is None or freeze < 1 or freeze != int(freeze):
                raise ImprovementError("Baslinjen är ett antal punkter (minst 1).")
            values["freeze"] = int(freeze)
        if "splits" in values:
            values["splits"] = json.dumps(sorted({parse_period(p) for p in values["splits"]}))
        return values

    # -- data points -----------------------------------------------------------

    def data_points(self, measure_id: str) -> list[DataPoint]:
        """The measure's data, in period order."""
        return [_point(r) for r in self._select(
            "data_points", "AND measure_id = ?", (measure_id,), "period")]

    def data_point(self, measure_id: str, period: str) -> DataPoint | None:
        rows = self._select("data_points", "AND id = ?",
                            (derived_id(measure_id, parse_period(period)),))
        return _point(rows[0]) if rows else None

    def set_data_point(self, measure_id: str, period: str, **fields: Any) -> dict:
        """Set value (or numerator and denominator), note of one period.

        One record per measure and period (a derived id), so two laptops that
        enter the same month write the same record. Numbers may be typed with
        a decimal comma. Returns {field: (old, new)}.
        """
        record_id, values, together = self._point_values(measure_id, period, fields)
        return self._write("data_points", record_id, values, together=together)

    def _point_values(self, measure_id: str, period: str,
                      fields: dict[str, Any]) -> tuple[str, dict[str, Any], tuple[str, ...]]:
        """What `set_data_point` writes, checked against what is stored: (record
        id, values, the fields written together), or an ImprovementError."""
        values = pick_fields(fields, ("value", "numerator", "denominator", "note"))
        for key, what in (("value", "Värdet"), ("numerator", "Täljaren"),
                          ("denominator", "Nämnaren")):
            if key in values:
                values[key] = parse_number(values[key], what)
        if "note" in values:
            values["note"] = clean_text(values["note"])
        period = parse_period(period)
        record_id = derived_id(self._existing("measures", measure_id), period)
        current = self._store.get("data_points", record_id)
        if current is not None and current["deleted"]:
            current = None       # a deleted period starts afresh, not from its old numbers
        merged = {**(current or {}), **values}
        num, den = merged.get("numerator"), merged.get("denominator")
        if den is not None and den <= 0:
            raise ImprovementError("Nämnaren måste vara större än 0.")
        if num is not None and num < 0:
            raise ImprovementError("Täljaren får inte vara negativ.")
        if num is not None and den is not None:
            if num > den:
                raise ImprovementError("Täljaren får inte vara större än nämnaren.")
            values["value"] = num / den
        elif ({"numerator", "denominator"} & values.keys() and "value" not in values
              and _derived(current)):
            # A proportion's value comes from numerator/denominator: with either
            # cleared there is no value (the grid and the chart show none).
            values["value"] = None
        if current is None:
            values = {"measure_id": measure_id, "period": period, "value": None,
                      "numerator": None, "denominator": None, "note": "", **values,
                      "deleted": 0}
        together = (WRITTEN_TOGETHER["data_points"] if _derived(current) or _derived(merged)
                    else ())
        return record_id, values, together

    def read_data_block(self, measure_id: str, text: str, *, start: str | None = None,
                        fields: Sequence[str] | None = None) -> DataBlock:
        """A block of the measure's data pasted from a spreadsheet or a text file,
        read and checked line by line (`improvement_paste.read_data_block`, with
        the measure's kind and frequency); nothing is written. Write its lines
        with `set_data_points(measure_id, block.points(), lines=block.line_numbers())`.
        A read-only workspace refuses at once, as every write does there."""
        if self.read_only:
            raise ReadOnlyError("Arbetsytan är öppnad skrivskyddad.")
        measure = self.measure(self._existing("measures", measure_id))
        return paste.read_data_block(text, measure.kind, measure.frequency, start=start,
                               fields=fields)

    def set_data_points(self, measure_id: str,
                        points: Sequence[tuple[str, dict[str, Any] | None]], *,
                        lines: Sequence[int] | None = None) -> dict[str, dict]:
        """Set many periods of a measure at once (a paste, or its undo): all or
        nothing. `points` are (period, fields) as `set_data_point` takes them,
        or (period, None) to delete the period. Every one is checked against
        what is stored before anything is written; the first that cannot be
        stored raises an ImprovementError naming it (its line of `lines`, a
        pasted block's line numbers, or else its period), and nothing is
        written. Then one transaction, each record a versioned write of the
        store (as `_write`, whose listeners are told after the commit).
        Returns {period: {field: (old, new)}} for the periods that changed."""
        prepared = self._prepare_points(measure_id, points, lines)
        changed: dict[str, tuple[str, dict]] = {}
        with self._store.transaction():
            for period, record_id, values, together in prepared:
                done = self._store.write("data_points", record_id,
                                         {"deleted": 1} if values is None else values,
                                         together=together)
                if done:
                    changed[period] = (record_id, done)
        # Listeners hear of the changes once they are committed, never of some
        # that a failure of the last write (a full disk) rolled back.
        for record_id, done in changed.values():
            for listener in list(self._listeners):
                listener("data_points", record_id, done)
        return {period: done for period, (_, done) in changed.items()}

    def check_data_points(self, measure_id: str,
                          points: Sequence[tuple[str, dict[str, Any] | None]], *,
                          lines: Sequence[int] | None = None) -> None:
        """Raise the ImprovementError `set_data_points` would, writing nothing
        (a paste is checked whole before it becomes a change to undo)."""
        self._prepare_points(measure_id, points, lines)

    def _prepare_points(self, measure_id: str,
                        points: Sequence[tuple[str, dict[str, Any] | None]],
                        lines: Sequence[int] | None) -> list[tuple[str, str, dict | None, tuple]]:
        """(period, record id, values or None to delete, together) of each point
        that `set_data_points` writes, every one checked against what is stored."""
        measure_id = self._existing("measures", measure_id)
        prepared: list[tuple[str, str, dict | None, tuple]] = []
        seen: set[str] = set()
        for index, (period, fields) in enumerate(points):
            try:
                period = parse_period(period)
                if period in seen:
                    raise ImprovementError("Perioden finns två gånger.")
                seen.add(period)
                if fields is None:
                    record_id = derived_id(measure_id, period)
                    current = self._store.get("data_points", record_id)
                    if current is not None and not current["deleted"]:
                        prepared.append((period, record_id, None, ()))
                    continue
                record_id, values, together = self._point_values(measure_id, period, fields)
            except StoreError as exc:
                if lines is not None:
                    raise ImprovementError(
                        f"Rad {lines[index]} i det inklistrade ({period}): {exc}") from None
                raise ImprovementError(f"Perioden {period}: {exc}") from None
            prepared.append((period, record_id, values, together))
        return prepared

    def delete_data_point(self, measure_id: str, period: str) -> None:
        self.delete_record("data_points", derived_id(measure_id, parse_period(period)))

    # -- change ideas ------------------------------------------------------------

    def change_ideas(self, team_id: str | None = None) -> list[ChangeIdea]:
        where, params = ("AND team_id = ?", (team_id,)) if team_id else ("", ())
        return [_idea(r) for r in self._select("change_ideas", where, params, "title")]

    def change_idea(self, idea_id: str) -> ChangeIdea:
        """One change idea, also a removed one (`.removed`): the cycles that
        tested it keep it, and name it."""
        rows = self._store.select(
            f"SELECT id, {', '.join(RECORD_TABLES['change_ideas'])}, deleted "
            "FROM change_ideas WHERE id = ?", (idea_id,))
        if not rows or rows[0]["team_id"] not in self._live_team_ids():
            raise KeyError(f"change_ideas: {idea_id}")
        return _idea(rows[0])

    def _live_team_ids(self) -> set[str]:
        return {r["id"] for r in self._store.select(_LIVE_TEAMS)}

    def add_change_idea(self, team_id: str, title: str, **fields: Any) -> str:
        """A förändringsidé, linkable to matrix cells (row_id, column_id) and to
        findings (`finding_ids`; `finding_id` is one finding, as it once was)."""
        idea_id = new_id()
        self._write("change_ideas", idea_id, {
            "team_id": self._existing("teams", team_id), "description": "", "cells": "[]",
            "finding_id": None, "finding_ids": "[]",
            **self._idea_values(title=title, **fields)})
        return idea_id

    def update_change_idea(self, idea_id: str, **fields: Any) -> None:
        self._write("change_ideas", self._existing("change_ideas", idea_id),
                    self._idea_values(**fields))

    def _idea_values(self, **fields: Any) -> dict[str, Any]:
        values = pick_fields(fields, ("title", "description", "cells", "finding_ids",
                                      "finding_id"))
        if "title" in values:
            values["title"] = clean_name(values["title"], "Förändringsidén")
        if "description" in values:
            values["description"] = clean_text(values["description"])
        if "cells" in values:
            rows, columns = {r.id for r in self.rows()}, {c.id for c in self.columns()}
            cells = sorted({(str(r), str(c)) for r, c in values["cells"]})
            if any(r not in rows or c not in columns for r, c in cells):
                raise ImprovementError("Okänd ruta i matrisen.")
            values["cells"] = json.dumps(cells)
        if "finding_id" in values:     # one finding: the list of it alone
            one = values.pop("finding_id")
            values.setdefault("finding_ids", [one] if one else [])
        if "finding_ids" in values:
            # A removed finding may stay linked (its delete can be undone).
            ids = [self._known("findings", str(i)) for i in dict.fromkeys(
                values["finding_ids"] or ())]
            values["finding_ids"] = json.dumps(ids)
            values["finding_id"] = ids[0] if ids else None   # the first, as before
        return values

    def _known(self, table: str, record_id: str) -> str:
        """A record that exists, tombstoned or not (a link may outlive a delete)."""
        if self._store.get(table, record_id) is None:
            raise KeyError(f"{table}: {record_id}")
        return record_id


def _team(r: dict) -> Team:
    return records.Team(
        r["id"], r["name"], r["description"] or "", tuple(json_list(r["unit_ids"])),
        tuple(records.Session(s["title"], s["date"]) for s in json_list(r["sessions"])),
        r["position"] or 0)


def _aim(r: dict) -> Aim:
    return records.Aim(r["id"], r["team_id"], r["title"], r["amount"] or "", r["due"] or "",
                       r["description"] or "", r["position"] or 0)


def _measure(r: dict) -> Measure:
    return records.Measure(**{
        **r, "definition": r["definition"] or "", "unit": r["unit"] or "",
        "splits": tuple(json_list(r["splits"])), "position": r["position"] or 0})


def _point(r: dict) -> DataPoint:
    return records.DataPoint(**{**r, "note": r["note"] or ""})


def _idea(r: dict) -> ChangeIdea:
    # finding_ids unset (NULL): an idea from before it existed, linked to one finding
    # at most (finding_id); the list then is that finding alone.
    findings = (json_list(r["finding_ids"]) if r["finding_ids"] is not None
                else [r["finding_id"]] if r["finding_id"] else [])
    return records.ChangeIdea(r["id"], r["team_id"], r["title"], r["description"] or "",
                              tuple(tuple(c) for c in json_list(r["cells"])),
                              tuple(findings), bool(r.get("deleted")))


def _derived(point: dict | None) -> bool:
    """Whether a data point's value comes from numerator and denominator."""
    return point is not None and (point.get("numerator") is not None
                                  or point.get("denominator") is not None)
