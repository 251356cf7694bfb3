"""PGSA cycles, monthly progress and deviations on the facade (part of
`ImprovementMixin`, which supplies the shared helpers `_select`, `_one`,
`_optional_ref` and `_ids`; the facade supplies `_write` and `_existing`)."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from app.core.ids import derived_id, new_id
from app.core.lazy import lazy_module
from app.core.improvement_input import (
    ImprovementError, json_list, parse_date, parse_number, parse_period,
)
from app.core.schema import RECORD_TABLES
from app.core.validate import check_choice, clean_name, clean_text, pick_fields

if TYPE_CHECKING:   # the annotations' names
    from app.core.improvement import Cycle, Deviation, ProgressScore

# The record types and choices load with the first improvement call,
# not at start-up (the mapping needs none of them).
records = lazy_module("app.core.improvement")

# The question a quick capture's prediction answers, when the caller gives none.
QUICK_QUESTION = "Vad händer när vi testar?"


class _Inherit:
    """quick_cycle's "not given": taken over from the cycle it builds on (None
    is given, and means none)."""

    def __repr__(self) -> str:
        return "INHERIT"


INHERIT: Any = _Inherit()


class CyclesMixin:
    """PGSA cycles (the worksheet, quick capture, ramps), progress, deviations."""

    # -- PGSA cycles -------------------------------------------------------------

    def cycles(self, team_id: str | None = None, *, status: str | None = None,
               change_idea_id: str | None = None) -> list[Cycle]:
        """The PGSA log, filtered by team, status and change idea."""
        where, params = "", ()
        for key, value in (("team_id", team_id), ("status", status),
                           ("change_idea_id", change_idea_id)):
            if value:
                where, params = f"{where} AND {key} = ?", (*params, value)
        by_team = f"(SELECT position FROM teams WHERE teams.id = team_id), team_id, {_IN_ORDER}"
        numbers = self._cycle_numbers(team_id)
        return [_cycle(r, numbers) for r in self._select("pgsa_cycles", where, params, by_team)]

    def cycle(self, cycle_id: str) -> Cycle:
        row = self._one("pgsa_cycles", cycle_id, dict)
        return _cycle(row, self._cycle_numbers(row["team_id"]))

    def _cycle_numbers(self, team_id: str | None = None) -> dict[str, int]:
        """The number each cycle shows, per team: its stored number, or, where a
        cycle before it (by stored number, then creation) shows that number
        already, the next one up. Two copies that each number a cycle offline
        store the same number; this gives them 1 and 2 alike on every copy after
        the exchange. A collision moves the numbers after it up too (stored 1, 1, 2
        show as 1, 2, 3), alike on every copy; without one no number changes.
        Removed cycles count too, so that bringing one back renumbers nothing."""
        where, params = ("WHERE team_id = ?", (team_id,)) if team_id else ("", ())
        numbers: dict[str, int] = {}
        team, shown = None, 0
        for cycle_id, cycle_team, number in self._store.conn.execute(
                f"SELECT id, team_id, number FROM pgsa_cycles {where} "
                f"ORDER BY team_id, {_IN_ORDER}", params):
            shown = max(number or 0, shown + 1 if cycle_team == team else 1)
            team, numbers[cycle_id] = cycle_team, shown
        return numbers

    def add_cycle(self, team_id: str, title: str, **fields: Any) -> str:
        """A PGSA cycle with any worksheet fields (see `Cycle`). Numbered per team."""
        cycle_id = new_id()
        number = max(self._cycle_numbers(self._existing("teams", team_id)).values(),
                     default=0) + 1
        empty = dict.fromkeys(("objective", "data_plan", "observations", "problems",
                               "results", "learning", "next_step", "starts_on", "ends_on"), "")
        self._write("pgsa_cycles", cycle_id, {
            "team_id": team_id, "aim_id": None, "change_idea_id": None, "previous_id": None,
            "number": number, "status": "plan", "questions": "[]", "tasks": "[]",
            "measure_ids": "[]", "as_planned": None, "decision": None, **empty,
            **self._cycle_values(title=title, **fields)})
        return cycle_id

    def quick_cycle(self, team_id: str, objective: str, *, prediction: str = "",
                    question: str = QUICK_QUESTION, previous_id: str | None = None,
                    aim_id: Any = INHERIT, change_idea_id: Any = INHERIT,
                    measure_ids: Any = INHERIT, starts_on: str | None = None) -> str:
        """Capture a new cycle in a workshop: objective (and prediction) now, the rest
        later. It starts on `starts_on` (ÅÅÅÅ-MM-DD), today when not given or empty.
        Following a previous cycle, it takes over the aim, change idea and
        measures that are not given (`cycle_inheritance`); given, even as None or
        [], they are the cycle's own. A prediction is stored with `question`: a
        caller with a user in another language passes the question in it (a
        script's cycles get the Swedish one)."""
        when = parse_date(starts_on) if starts_on and starts_on.strip() else ""
        fields: dict[str, Any] = {"objective": objective,
                                  "starts_on": when or date.today().isoformat()}
        if previous_id:
            fields["previous_id"] = previous_id
        given = {"aim_id": aim_id, "change_idea_id": change_idea_id, "measure_ids": measure_ids}
        for key, inherited in self.cycle_inheritance(previous_id).items():
            fields[key] = inherited if given[key] is INHERIT else given[key]
        if prediction.strip():
            fields["questions"] = [records.Question(question, prediction)]
        title = clean_name(objective, "Syftet", limit=None)    # free text, cut to a title
        return self.add_cycle(team_id, title[:80], **fields)

    def cycle_inheritance(self, previous_id: str | None) -> dict[str, Any]:
        """What a new cycle following `previous_id` takes over from it: its aim,
        change idea and measures, those removed since left out (nothing without a
        previous cycle). The quick capture shows these before the cycle is made."""
        if not previous_id:
            return {"aim_id": None, "change_idea_id": None, "measure_ids": []}
        previous = self.cycle(previous_id)
        live_aims = {a.id for a in self.aims(previous.team_id)}
        live_ideas = {i.id for i in self.change_ideas(previous.team_id)}
        live_measures = {m.id for m in self.measures(previous.team_id)}
        return {"aim_id": previous.aim_id if previous.aim_id in live_aims else None,
                "change_idea_id": (previous.change_idea_id
                                   if previous.change_idea_id in live_ideas else None),
                "measure_ids": [m for m in previous.measure_ids if m in live_measures]}

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
            check_choice(values["status"], records.CYCLE_STATUSES, "Status")
        if values.get("decision") is not None:
            check_choice(values["decision"], records.DECISIONS, "Beslut")
        if "as_planned" in values and values["as_planned"] is not None:
            values["as_planned"] = int(bool(values["as_planned"]))
        for key, table in (("aim_id", "aims"), ("previous_id", "pgsa_cycles")):
            if key in values:
                values[key] = self._optional_ref(table, values[key])
        if values.get("change_idea_id"):
            # A removed idea stays the idea a cycle tested (and an undo may bring
            # back the link to it).
            values["change_idea_id"] = self._known("change_ideas", values["change_idea_id"])
        if cycle_id and values.get("previous_id") and cycle_id in {
                c.id for c in self.ramp(values["previous_id"])}:
            raise ImprovementError("En cykel kan inte bygga på sig själv.")
        if "measure_ids" in values:
            values["measure_ids"] = self._ids("measures", values["measure_ids"])
        if "questions" in values:
            qs = [q if isinstance(q, records.Question) else records.Question(*q)
                  for q in values["questions"]]
            values["questions"] = json.dumps(
                [{"question": clean_text(q.question), "prediction": clean_text(q.prediction)}
                 for q in qs if q.question.strip() or q.prediction.strip()],
                ensure_ascii=False)
        if "tasks" in values:
            ts = [t if isinstance(t, records.Task) else records.Task(*t) for t in values["tasks"]]
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
        if number not in records.PROGRESS_SCALE:
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
        values = self._deviation_values(title=title, **fields)
        if values.get("status") == "corrected" and not values.get("corrected"):
            values["corrected"] = date.today().isoformat()
        self._write("deviations", deviation_id, {
            "team_id": None, "unit_id": None, "description": "",
            "reported": date.today().isoformat(), "status": "reported", "correction": "",
            "corrected": "", **values})
        return deviation_id

    def update_deviation(self, deviation_id: str, **fields: Any) -> dict:
        """Change a deviation. Set to corrected (Åtgärdad) without a date, it is
        dated today; set back to an open status, its corrected date is cleared
        (unless given). Returns {field: (old, new)}, also of the date filled in:
        an undo must restore `corrected` too."""
        values = self._deviation_values(**fields)
        current = self._store.get("deviations", deviation_id) or {}
        if "status" in values and "corrected" not in fields:
            if values["status"] != "corrected":
                values["corrected"] = ""
            elif not current.get("corrected"):
                values["corrected"] = date.today().isoformat()
        elif values.get("status") == "corrected" and not values.get("corrected"):
            values["corrected"] = current.get("corrected") or date.today().isoformat()
        return self._write("deviations", self._existing("deviations", deviation_id), values)

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
            check_choice(values["status"], records.DEVIATION_STATUSES, "Status")
        for key, table in (("team_id", "teams"), ("unit_id", "units")):
            if key in values:
                values[key] = self._optional_ref(table, values[key])
        return values


# The order cycles are numbered in: stored number, then creation (a cycle's
# number is written once, when it is made), then id; the same on every copy.
_IN_ORDER = ("number, (SELECT MIN(hlc) FROM changes WHERE tbl = 'pgsa_cycles' "
             "AND record_id = pgsa_cycles.id AND field = 'number'), id")


# -- rows to dataclasses ------------------------------------------------------


def _cycle(r: dict, numbers: dict[str, int]) -> Cycle:
    texts = {k: r[k] or "" for k in ("objective", "data_plan", "observations", "problems",
                                     "results", "learning", "next_step", "starts_on",
                                     "ends_on")}
    return records.Cycle(**{
        **r, **texts, "number": numbers.get(r["id"], r["number"]),
        "questions": tuple(records.Question(**q) for q in json_list(r["questions"])),
        "tasks": tuple(records.Task(**t) for t in json_list(r["tasks"])),
        "measure_ids": tuple(json_list(r["measure_ids"])),
        "as_planned": None if r["as_planned"] is None else bool(r["as_planned"])})


def _progress(r: dict) -> ProgressScore:
    return records.ProgressScore(r["id"], r["team_id"], r["month"], r["score"], r["note"] or "")


def _deviation(r: dict) -> Deviation:
    return records.Deviation(**{**r, **{k: r[k] or "" for k in (
        "description", "reported", "correction", "corrected")}})
