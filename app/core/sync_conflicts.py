"""Sync conflicts: concurrent versions of one field that lost, for the user to review.

An import flags the fields where it met more than one version (table
`sync_conflict_fields`); the open conflicts of a flagged field are always
recomputed from the change log, so a resolution made on any copy (a new
version that causally follows the rejected one) closes it everywhere.

A second kind lives on the `deleted` field: a record deleted on one copy while
another changed it (see app.core.sync_deletes). The delete stays; the conflict
shows the edit and can bring the record back with it. A third, on `retired`: an
organisation or method retired while another copy assessed it, shown the same way.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from collections.abc import Iterable, Sequence

from app.core.hlc import pack, physical_ms
from app.core.sync_deletes import (
    HIDING_FIELDS, deleted_conflict_keys, deleted_edits, reassert_lost_edits,
)
from app.core.sync_merge import Key, field_versions, open_siblings, winner_and_losers

__all__ = ["Conflict", "ClockJudge", "field_conflicts", "open_conflicts", "flag",
           "edit_label", "edit_text", "can_merge", "merged_text", "MERGEABLE_FIELDS",
           "version_time",
           "has_open_siblings", "record_label", "reassert_lost_edits",
           "deleted_conflict_keys", "HIDING_FIELDS"]

CLOCK_AHEAD_MS = 24 * 3600 * 1000   # a version more than a day ahead of our wall clock

TABLE_LABELS = {
    "guidelines": "Riktlinje", "matrix_rows": "Matrisrad", "matrix_columns": "Matriskolumn",
    "areas": "Samverkansområde", "units": "Organisation", "items": "Metod",
    "assessments": "Bedömning", "findings": "Förbättringsområde", "teams": "Team",
    "aims": "Mål", "measures": "Mått", "data_points": "Mätvärde",
    "change_ideas": "Förändringsidé", "pgsa_cycles": "PGSA-cykel",
    "progress_scores": "Utvecklingsbedömning", "deviations": "Avvikelse",
}
FIELD_LABELS = {
    "name": "Namn", "title": "Rubrik", "description": "Beskrivning", "status": "Status",
    "note": "Anteckning", "competence": "Kompetens", "staff_trained": "Utbildad personal",
    "need": "Behov", "level": "Nivå", "deleted": "Borttagen", "retired": "Avvecklad",
    "area_id": "Samverkansområde", "kind": "Typ", "category": "Kategori", "cells": "Matrisrutor",
    "position": "Ordning", "priority": "Prioritet", "value": "Värde", "period": "Period",
    "numerator": "Täljare", "denominator": "Nämnare",
}


# Free text, where two notes written at once can both be kept ("Slå ihop"): never a
# code, a number, a name or title (one line), nor a proportion's numbers.
MERGEABLE_FIELDS = frozenset((
    "note", "description", "competence", "staff_trained", "need", "definition",
    "objective", "data_plan", "observations", "problems", "results", "learning",
    "next_step", "correction"))


def can_merge(conflict: "Conflict") -> bool:
    """A conflict of two texts of a free-text field, both with something written."""
    return (conflict.kind == "field" and conflict.field in MERGEABLE_FIELDS
            and all(isinstance(v, str) and v.strip()
                    for v in (conflict.kept, conflict.other)))


def merged_text(kept: str, other: str) -> str:
    """Both texts: the current one, a blank line, the other one."""
    return f"{kept.strip()}\n\n{other.strip()}"


def version_time(version: tuple[int, str]) -> datetime:
    """When a version (hlc, replica) was written, by its author's clock (UTC)."""
    return datetime.fromtimestamp(physical_ms(version[0]) / 1000, timezone.utc)


def edit_label(name: str) -> str:
    """What a deleted record's conflict lists as changed: a field of its own
    ("Rubrik") or a record it hides ("Mått", see sync_deletes)."""
    return FIELD_LABELS.get(name) or TABLE_LABELS.get(name) or name


def edit_text(edit: Sequence) -> str:
    """One change in such a list: "Rubrik", or a hidden record by name:
    "Mått ”Väntetid”"."""
    name, value = edit[0], edit[1]
    if name in TABLE_LABELS:
        return f"{TABLE_LABELS[name]} ”{value}”"
    return edit_label(name)


@dataclass(frozen=True)
class Conflict:
    """One concurrent version that lost: `kept` is the field's value now, `other`
    the losing value (from the copy `other_replica`)."""

    table: str
    record_id: str
    field: str
    kept: Any
    other: Any
    kept_version: tuple[int, str]
    other_version: tuple[int, str]
    record_label: str = ""
    clock_ahead: bool = False   # the kept value won with a clock far ahead
    # "field": two values of one field; "deleted": the record was deleted (kept,
    # by kept_version's copy) while other copies changed it: `edits` holds
    # (field, value, the copy that changed it), the newest change is other_version,
    # and `other` (0) is the record restored with those changes; a record the
    # delete hides is there by its table and name (see edit_label). "retired":
    # likewise an organisation or method retired (field `retired`) while other
    # copies assessed it; `edits` holds only the records it hides.
    kind: str = "field"
    edits: tuple[tuple[str, Any, str], ...] = ()
    # A "retired" conflict: the other deleted or retired records that hide the
    # work it names too, (table, name, "retired" or "deleted"): bringing this one
    # back does not show that work yet (sync_deletes: it moves to their conflict).
    also_hidden_by: tuple[tuple[str, str, str], ...] = ()

    @property
    def other_replica(self) -> str:
        return self.other_version[1]

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)


def now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ClockJudge:
    """Which versions were stamped by a wall clock far ahead of ours, and by whom.

    A copy whose clock runs ahead stamps its versions from it. A copy that merely
    received such a version moves its clock past it and stamps last + 1: the same
    millisecond, a higher counter. So in a far-ahead millisecond the author of the
    first version is the culprit, and the other copies' versions there were dragged
    along (not blamed again and again until real time catches up). The counter says
    nothing on its own: a copy's second edit within one millisecond of its own
    clock has counter 1 and is just as far ahead.
    """

    def __init__(self, conn: sqlite3.Connection, replicas: Iterable[str] | None = None,
                 rows: Sequence = (), now_ms: int | None = None) -> None:
        self.conn = conn
        self.now_ms = time.time_ns() // 1_000_000 if now_ms is None else now_ms
        self.limit = pack(self.now_ms + CLOCK_AHEAD_MS + 1) - 1   # above: far ahead
        self._replicas = None if replicas is None else set(replicas)
        self._first: dict[int, tuple[int, str]] = {}   # ms -> first version among rows
        for row in rows:
            if row[4] > self.limit:
                ms, version = physical_ms(row[4]), (row[4], row[5])
                if ms not in self._first or version < self._first[ms]:
                    self._first[ms] = version
        self._origin: dict[int, str] = {}

    def far_ahead(self, hlc: int) -> bool:
        return hlc > self.limit

    def blamed(self, hlc: int, replica: str) -> bool:
        """Stamped more than a day ahead by its author's own clock."""
        if hlc <= self.limit:
            return False
        ms = physical_ms(hlc)
        if ms not in self._origin:
            if self._replicas is None:
                self._replicas = {r for (r,) in self.conn.execute(
                    "SELECT replica FROM changes GROUP BY replica")}
            firsts = [self._first[ms]] if ms in self._first else []
            for other in sorted(self._replicas | {replica}):
                first = self.conn.execute(
                    "SELECT MIN(hlc) FROM changes WHERE replica = ? AND hlc >= ? AND hlc < ?",
                    (other, pack(ms), pack(ms + 1))).fetchone()[0]
                if first is not None:
                    firsts.append((first, other))
            self._origin[ms] = min(firsts)[1] if firsts else replica
        return self._origin[ms] == replica


def flag(conn: sqlite3.Connection, keys: list[Key],
         clock: dict[Key, tuple[int, str]] | None = None) -> None:
    """Remember fields to check for conflicts (inside the import's transaction)."""
    found = now_text()
    conn.executemany(
        "INSERT INTO sync_conflict_fields (tbl, record_id, field, found_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [(*k, found) for k in keys])
    for key, version in (clock or {}).items():
        conn.execute(
            "INSERT INTO sync_conflict_fields (tbl, record_id, field, found_at, clock_hlc, "
            "clock_replica) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, record_id, field) DO UPDATE SET "
            "clock_hlc = excluded.clock_hlc, clock_replica = excluded.clock_replica",
            (*key, found, *version))


def field_conflicts(conn: sqlite3.Connection, key: Key,
                    clock_version: tuple[int, str] | None = None,
                    judge: ClockJudge | None = None) -> list[Conflict]:
    versions = field_versions(conn, key)
    if not versions:
        return []
    judge = judge or ClockJudge(conn)
    winner, losers = winner_and_losers(versions)
    label = record_label(conn, key[0], key[1])
    ahead = judge.blamed(winner[0], winner[1])
    found = [Conflict(*key, kept=winner[2], other=v[2], kept_version=(winner[0], winner[1]),
                      other_version=(v[0], v[1]), record_label=label, clock_ahead=ahead)
             for v in losers]
    if key[2] in HIDING_FIELDS and winner[2]:
        edits = deleted_edits(conn, key[0], key[1], (winner[0], winner[1]), key[2])
        if edits:
            found.append(Conflict(
                *key, kept=winner[2], other=0, kept_version=(winner[0], winner[1]),
                other_version=max((e[3], e[4]) for e in edits), record_label=label,
                clock_ahead=ahead, kind=key[2],
                edits=tuple((e[0], e[1], e[2]) for e in edits),
                also_hidden_by=(also_hidden_by(conn, *key, edits)
                                if key[2] == "retired" else ())))
    if clock_version == (winner[0], winner[1]) and winner[3] is not None:
        # A version from a clock far ahead replaced a value: show it, even though
        # it causally followed that value.
        replaced = next((v for v in versions if (v[0], v[1]) == (winner[3], winner[4])), None)
        if replaced is not None and replaced[2] != winner[2] and not any(
                c.other_version == (replaced[0], replaced[1]) for c in found):
            found.append(Conflict(*key, kept=winner[2], other=replaced[2],
                                  kept_version=(winner[0], winner[1]),
                                  other_version=(replaced[0], replaced[1]),
                                  record_label=label, clock_ahead=True))
    return found


def also_hidden_by(conn: sqlite3.Connection, table: str, record_id: str, field: str,
                   edits: Sequence) -> tuple[tuple[str, str, str], ...]:
    """The other deleted or retired records hiding the work that the record's
    retirement names (`edits`, by table and name): an assessment of a retired
    organisation whose method is retired too. Read only, for the words."""
    from app.core.sync_deletes import hidden_records, hiding_owners

    named = {(e[0], e[1]) for e in edits}
    owners: dict[tuple[str, str], None] = {}
    for child, child_id in hidden_records(conn, table, record_id, field):
        if named and (child, record_label(conn, child, child_id)) in named:
            for owner in hiding_owners(conn, child, child_id):
                if owner != (table, record_id):
                    owners[owner] = None
    found = []
    for owner, owner_id in owners:
        deleted = conn.execute(f"SELECT deleted FROM {owner} WHERE id = ?",
                               (owner_id,)).fetchone()
        found.append((owner, record_label(conn, owner, owner_id),
                      "deleted" if deleted and deleted[0] else "retired"))
    return tuple(sorted(found))


def open_conflicts(conn: sqlite3.Connection) -> tuple[list[Conflict], list[Key]]:
    """(open conflicts, flagged fields that have none any more)."""
    conflicts, closed = [], []
    judge = ClockJudge(conn)
    for tbl, record_id, fld, clock_hlc, clock_replica in conn.execute(
            "SELECT tbl, record_id, field, clock_hlc, clock_replica "
            "FROM sync_conflict_fields ORDER BY found_at, tbl, record_id, field").fetchall():
        clock = (clock_hlc, clock_replica) if clock_hlc is not None else None
        found = field_conflicts(conn, (tbl, record_id, fld), clock, judge)
        conflicts.extend(found)
        if (not found and not has_open_siblings(conn, (tbl, record_id, fld))
                and not _hides_unknown_work(conn, (tbl, record_id, fld))):
            closed.append((tbl, record_id, fld))
    return conflicts, closed


def _hides_unknown_work(conn: sqlite3.Connection, key: Key) -> bool:
    """A retirement that hides work it did not know of, which another retirement's
    conflict names today: watched still, for the work moves here when that one is
    answered (sync_deletes)."""
    return key[2] in HIDING_FIELDS and key in deleted_conflict_keys(conn, [key[:2]])


def has_open_siblings(conn: sqlite3.Connection, key: Key) -> bool:
    versions = field_versions(conn, key)
    return bool(versions) and bool(open_siblings(versions)[1])


def record_label(conn: sqlite3.Connection, table: str, record_id: str) -> str:
    """A human name for a record: its name or title; an assessment by its
    organisation and method ("Luleå – AUDIT")."""
    if table == "assessments":
        row = conn.execute(
            "SELECT u.name, i.title FROM assessments a LEFT JOIN units u ON u.id = a.unit_id "
            "LEFT JOIN items i ON i.id = a.item_id WHERE a.id = ?", (record_id,)).fetchone()
        if row and (row[0] or row[1]):
            return f"{row[0] or '?'} – {row[1] or '?'}"
    elif table in ("data_points", "progress_scores"):
        # A period alone ("2026-03") does not say whose: its measure's or team's name.
        owner, ref, when = (("measures", "measure_id", "period") if table == "data_points"
                            else ("teams", "team_id", "month"))
        row = conn.execute(
            f"SELECT o.name, r.{when} FROM {table} r LEFT JOIN {owner} o ON o.id = r.{ref} "
            "WHERE r.id = ?", (record_id,)).fetchone()
        if row and row[1]:
            return f"{row[0]}: {row[1]}" if row[0] else str(row[1])
    else:
        columns = {c[1] for c in conn.execute(f"PRAGMA table_info({table})")}
        for name in ("name", "title", "period", "month"):
            if name in columns:
                row = conn.execute(f"SELECT {name} FROM {table} WHERE id = ?",
                                   (record_id,)).fetchone()
                if row and row[0]:
                    return str(row[0])
    return f"{TABLE_LABELS.get(table, table)} {record_id[:8]}"
