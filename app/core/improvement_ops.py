"""Improvement work on the facade: teams, aims, measures, data, PGSA cycles.

A mixin of `app.workspace.Workspace`, kept in its own module so the facade
stays small; it uses the facade's `_write`, `_existing` and `_store`.

Every change is a versioned `_write`. Deletion is a tombstone; a record whose
team is deleted is hidden by every read, so deleting a team needs no cascade
and `restore(table, id)` (the undo of a delete) brings everything back.
"""

from __future__ import annotations

import json
import math
from datetime import date
from typing import Any

from app.core.ids import derived_id, new_id
from app.core.improvement import (
    CHARTS, CYCLE_STATUSES, DECISIONS, DEVIATION_STATUSES, DIRECTIONS, FOLLOW_UPS,
    FREQUENCIES, MEASURE_TYPES, PROGRESS_SCALE, RULES, VALUE_KINDS, Aim, ChangeIdea,
    Cycle, DataPoint, Deviation, Measure, ProgressScore, Question, Session, Task, Team,
)
from app.core.schema import RECORD_TABLES
from app.core.store import StoreError
from app.core.validate import check_choice, clean_name, clean_text, pick_fields

_LIVE_TEAMS = "SELECT id FROM teams WHERE deleted = 0"


class ImprovementError(StoreError):
    """A value the user typed that improvement work cannot store."""


def parse_number(value: Any, what: str = "Värdet") -> float | None:
    """A number as typed: decimal comma or point, spaces as thousands separators.
    Empty means missing (None)."""
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        if value is not None and not math.isfinite(value):
            raise ImprovementError(f"{what} måste vara ett tal.")
        return None if value is None else float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    text = text.replace("\u2212", "-")  # the typographic minus sign
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ImprovementError(f"{what} måste vara ett tal, inte ”{value}”.") from None
    if not math.isfinite(number):
        raise ImprovementError(f"{what} måste vara ett tal.")
    return number


def parse_date(value: Any, what: str = "Datumet") -> str:
    """An ISO date (ÅÅÅÅ-MM-DD) or empty."""
    text = clean_text(value).strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ImprovementError(f"{what} ska skrivas ÅÅÅÅ-MM-DD, inte ”{text}”.") from None


def parse_period(value: Any) -> str:
    """A measurement period: a month (ÅÅÅÅ-MM) or a day (ÅÅÅÅ-MM-DD)."""
    text = clean_text(value).strip()
    try:
        if len(text) == 7:
            date.fromisoformat(text + "-01")
            return text
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ImprovementError(
            f"Perioden ska skrivas ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, inte ”{text}”.") from None


def _json(value: Any) -> list:
    return json.loads(value) if value else []


class ImprovementMixin:
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
            sessions = [s if isinstance(s, Session) else Session(*s) for s in values["sessions"]]
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
        self._write("measures", measure_id, {
            "team_id": self._existing("teams", team_id), "aim_id": None, "type": "process",
            "definition": "", "kind": "count", "unit": "", "direction": "up", "target": None,
            "frequency": "month", "follow_up": None,
            "chart": "p" if kind == "proportion" else "run", "rules": "anhoej",
            "freeze": None, "splits": "[]",
            "position": self._next_position("measures", team_id),
            **self._measure_values(name=name, **fields)})
        return measure_id

    def update_measure(self, measure_id: str, **fields: Any) -> None:
        self._write("measures", self._existing("measures", measure_id),
                    self._measure_values(**fields))

    def _measure_values(self, **fields: Any) -> dict[str, Any]:
        values = pick_fields(fields, RECORD_TABLES["measures"][1:-1])
        if "name" in values:
            values["name"] = clean_name(values["name"], "Måttets namn")
        for key in ("definition", "unit"):
            if key in values:
                values[key] = clean_text(values[key])
        for key, choices, what in (("type", MEASURE_TYPES, "Typ av mått"),
                                   ("kind", VALUE_KINDS, "Typ av värde"),
                                   ("direction", DIRECTIONS, "Riktning"),
                                   ("frequency", FREQUENCIES, "Frekvens"),
                                   ("chart", CHARTS, "Diagram"), ("rules", RULES, "Regler")):
            if key in values:
                check_choice(values[key], choices, what)
        if values.get("follow_up") is not None:
            check_choice(values["follow_up"], FOLLOW_UPS, "Uppföljning")
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
        if current is None or current["deleted"]:
            values = {"measure_id": measure_id, "period": period, "value": None,
                      "numerator": None, "denominator": None, "note": "", **values,
                      "deleted": 0}
        return self._write("data_points", record_id, values)

    def delete_data_point(self, measure_id: str, period: str) -> None:
        self.delete_record("data_points", derived_id(measure_id, parse_period(period)))

    # -- change ideas ------------------------------------------------------------

    def change_ideas(self, team_id: str | None = None) -> list[ChangeIdea]:
        where, params = ("AND team_id = ?", (team_id,)) if team_id else ("", ())
        return [_idea(r) for r in self._select("change_ideas", where, params, "title")]

    def change_idea(self, idea_id: str) -> ChangeIdea:
        return self._one("change_ideas", idea_id, _idea)

    def add_change_idea(self, team_id: str, title: str, **fields: Any) -> str:
        """A förändringsidé, linkable to matrix cells (row_id, column_id) and a finding."""
        idea_id = new_id()
        self._write("change_ideas", idea_id, {
            "team_id": self._existing("teams", team_id), "description": "", "cells": "[]",
            "finding_id": None, **self._idea_values(title=title, **fields)})
        return idea_id

    def update_change_idea(self, idea_id: str, **fields: Any) -> None:
        self._write("change_ideas", self._existing("change_ideas", idea_id),
                    self._idea_values(**fields))

    def _idea_values(self, **fields: Any) -> dict[str, Any]:
        values = pick_fields(fields, ("title", "description", "cells", "finding_id"))
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
        if "finding_id" in values:
            values["finding_id"] = self._optional_ref("findings", values["finding_id"])
        return values

    # -- PGSA cycles -------------------------------------------------------------

    def cycles(self, team_id: str | None = None, *, status: str | None = None,
               change_idea_id: str | None = None) -> list[Cycle]:
        """The PGSA log, filtered by team, status and change idea."""
        where, params = "", ()
        for key, value in (("team_id", team_id), ("status", status),
                           ("change_idea_id", change_idea_id)):
            if value:
                where, params = f"{where} AND {key} = ?", (*params, value)
        return [_cycle(r) for r in self._select(
            "pgsa_cycles", where, params, "team_id, number, starts_on")]

    def cycle(self, cycle_id: str) -> Cycle:
        return self._one("pgsa_cycles", cycle_id, _cycle)

    def add_cycle(self, team_id: str, title: str, **fields: Any) -> str:
        """A PGSA cycle with any worksheet fields (see `Cycle`). Numbered per team."""
        cycle_id = new_id()
        number = self._store.conn.execute(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM pgsa_cycles WHERE team_id = ?",
            (self._existing("teams", team_id),)).fetchone()[0]
        empty = dict.fromkeys(("objective", "data_plan", "observations", "problems",
                               "results", "learning", "next_step", "starts_on", "ends_on"), "")
        self._write("pgsa_cycles", cycle_id, {
            "team_id": team_id, "aim_id": None, "change_idea_id": None, "previous_id": None,
            "number": number, "status": "plan", "questions": "[]", "tasks": "[]",
            "measure_ids": "[]", "as_planned": None, "decision": None, **empty,
            **self._cycle_values(title=title, **fields)})
        return cycle_id

    def quick_cycle(self, team_id: str, objective: str, *, prediction: str = "",
                    change_idea_id: str | None = None, previous_id: str | None = None) -> str:
        """Capture a new cycle in a workshop: objective (and prediction) now, the rest
        later. Following a previous cycle, it inherits its aim, change idea and measures."""
        fields: dict[str, Any] = {"objective": objective, "starts_on": date.today().isoformat()}
        if previous_id:
            previous = self.cycle(previous_id)
            fields.update(previous_id=previous_id, aim_id=previous.aim_id,
                          change_idea_id=previous.change_idea_id,
                          measure_ids=previous.measure_ids)
        if change_idea_id:
            fields["change_idea_id"] = change_idea_id
        if prediction.strip():
            fields["questions"] = [Question("Vad händer när vi testar?", prediction)]
        title = clean_name(objective, "Syftet")
        return self.add_cycle(team_id, title[:80], **fields)

    def update_cycle(self, cycle_id: str, **fields: Any) -> None:
        self._write("pgsa_cycles", self._existing("pgsa_cycles", cycle_id),
                    self._cycle_values(cycle_id=cycle_id, **fields))

    def ramp(self, cycle_id: str) -> list[Cycle]:
        """The chain of cycles this one builds on, first cycle first."""
        chain, seen = [], set()
        current: str | None = cycle_id
        while current and current not in seen:
            seen.add(current)
            try:
                cycle = self.cycle(current)
            except KeyError:
                break
            chain.append(cycle)
            current = cycle.previous_id
        return chain[::-1]

    def _cycle_values(self, cycle_id: str | None = None, **fields: Any) -> dict[str, Any]:
        values = pick_fields(fields, RECORD_TABLES["pgsa_cycles"][1:])
        values.pop("team_id", None)  # a cycle stays with its team
        values.pop("number", None)
        if "title" in values:
            values["title"] = clean_name(values["title"], "Cykelns namn")
        for key in ("objective", "data_plan", "observations", "problems", "results",
                    "learning", "next_step"):
            if key in values:
                values[key] = clean_text(values[key])
        for key in ("starts_on", "ends_on"):
            if key in values:
                values[key] = parse_date(values[key])
        if "status" in values:
            check_choice(values["status"], CYCLE_STATUSES, "Status")
        if values.get("decision") is not None:
            check_choice(values["decision"], DECISIONS, "Beslut")
        if "as_planned" in values and values["as_planned"] is not None:
            values["as_planned"] = int(bool(values["as_planned"]))
        for key, table in (("aim_id", "aims"), ("change_idea_id", "change_ideas"),
                           ("previous_id", "pgsa_cycles")):
            if key in values:
                values[key] = self._optional_ref(table, values[key])
        if cycle_id and values.get("previous_id") and cycle_id in {
                c.id for c in self.ramp(values["previous_id"])}:
            raise ImprovementError("En cykel kan inte bygga på sig själv.")
        if "measure_ids" in values:
            values["measure_ids"] = self._ids("measures", values["measure_ids"])
        if "questions" in values:
            qs = [q if isinstance(q, Question) else Question(*q) for q in values["questions"]]
            values["questions"] = json.dumps(
                [{"question": clean_text(q.question), "prediction": clean_text(q.prediction)}
                 for q in qs if q.question.strip() or q.prediction.strip()],
                ensure_ascii=False)
        if "tasks" in values:
            ts = [t if isinstance(t, Task) else Task(*t) for t in values["tasks"]]
            values["tasks"] = json.dumps(
                [{k: clean_text(getattr(t, k)) for k in ("what", "who", "when", "where")}
                 for t in ts if any(getattr(t, k).strip() for k in ("what", "who", "when",
                                                                   "where"))],
                ensure_ascii=False)
        return values

    # -- progress (IHI assessment scale) -------------------------------------

    def progress_scores(self, team_id: str) -> list[ProgressScore]:
        return [_progress(r) for r in self._select(
            "progress_scores", "AND team_id = ?", (team_id,), "month")]

    def set_progress(self, team_id: str, month: str, score: Any, note: str = "") -> dict:
        """The team's monthly score on the IHI scale (0.5–5.0 in steps of 0.5)."""
        number = parse_number(score, "Poängen")
        if number not in PROGRESS_SCALE:
            raise ImprovementError("Poängen ska vara 0,5–5,0 i steg om 0,5.")
        month = parse_period(month)[:7]
        record_id = derived_id(self._existing("teams", team_id), month)
        return self._write("progress_scores", record_id, {
            "team_id": team_id, "month": month, "score": number, "note": clean_text(note),
            "deleted": 0})

    # -- deviations (avvikelser) -----------------------------------------------

    def deviations(self, team_id: str | None = None, *, open_only: bool = False
                   ) -> list[Deviation]:
        where, params = ("AND team_id = ?", (team_id,)) if team_id else ("", ())
        if open_only:
            where += " AND status != 'corrected'"
        return [_deviation(r) for r in self._select(
            "deviations", where, params, "reported DESC, title")]

    def add_deviation(self, title: str, **fields: Any) -> str:
        """An avvikelse reported locally; status `reported` until corrected."""
        deviation_id = new_id()
        self._write("deviations", deviation_id, {
            "team_id": None, "unit_id": None, "description": "",
            "reported": date.today().isoformat(), "status": "reported", "correction": "",
            "corrected": "", **self._deviation_values(title=title, **fields)})
        return deviation_id

    def update_deviation(self, deviation_id: str, **fields: Any) -> None:
        values = self._deviation_values(**fields)
        if values.get("status") == "corrected" and not values.get("corrected"):
            current = self._store.get("deviations", deviation_id) or {}
            if not current.get("corrected"):
                values["corrected"] = date.today().isoformat()
        self._write("deviations", self._existing("deviations", deviation_id), values)

    def _deviation_values(self, **fields: Any) -> dict[str, Any]:
        values = pick_fields(fields, RECORD_TABLES["deviations"])
        if "title" in values:
            values["title"] = clean_name(values["title"], "Avvikelsen")
        for key in ("description", "correction"):
            if key in values:
                values[key] = clean_text(values[key])
        for key in ("reported", "corrected"):
            if key in values:
                values[key] = parse_date(values[key])
        if "status" in values:
            check_choice(values["status"], DEVIATION_STATUSES, "Status")
        for key, table in (("team_id", "teams"), ("unit_id", "units")):
            if key in values:
                values[key] = self._optional_ref(table, values[key])
        return values


# -- rows to dataclasses ------------------------------------------------------

def _team(r: dict) -> Team:
    return Team(r["id"], r["name"], r["description"] or "", tuple(_json(r["unit_ids"])),
                tuple(Session(s["title"], s["date"]) for s in _json(r["sessions"])),
                r["position"] or 0)


def _aim(r: dict) -> Aim:
    return Aim(r["id"], r["team_id"], r["title"], r["amount"] or "", r["due"] or "",
               r["description"] or "", r["position"] or 0)


def _measure(r: dict) -> Measure:
    return Measure(**{**r, "definition": r["definition"] or "", "unit": r["unit"] or "",
                      "splits": tuple(_json(r["splits"])), "position": r["position"] or 0})


def _point(r: dict) -> DataPoint:
    return DataPoint(**{**r, "note": r["note"] or ""})


def _idea(r: dict) -> ChangeIdea:
    return ChangeIdea(r["id"], r["team_id"], r["title"], r["description"] or "",
                      tuple(tuple(c) for c in _json(r["cells"])), r["finding_id"])


def _cycle(r: dict) -> Cycle:
    texts = {k: r[k] or "" for k in ("objective", "data_plan", "observations", "problems",
                                     "results", "learning", "next_step", "starts_on",
                                     "ends_on")}
    return Cycle(**{**r, **texts,
                    "questions": tuple(Question(**q) for q in _json(r["questions"])),
                    "tasks": tuple(Task(**t) for t in _json(r["tasks"])),
                    "measure_ids": tuple(_json(r["measure_ids"])),
                    "as_planned": None if r["as_planned"] is None else bool(r["as_planned"])})


def _progress(r: dict) -> ProgressScore:
    return ProgressScore(r["id"], r["team_id"], r["month"], r["score"], r["note"] or "")


def _deviation(r: dict) -> Deviation:
    return Deviation(**{**r, **{k: r[k] or "" for k in (
        "description", "reported", "correction", "corrected")}})
