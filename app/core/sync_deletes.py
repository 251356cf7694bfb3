"""A record deleted on one copy while another copy changed it.

Per field the later version wins, and a delete is a version of the field
`deleted`; so a delete made without knowing of an edit elsewhere used to hide
that edit without a trace. The delete still wins (the same on every copy), but
the edit becomes a conflict the user sees ("borttagen på X medan Y ändrade …")
and can answer by restoring the record with the edit: a new version of
`deleted` that syncs like any resolution.

Every copy must reach the same answer from the log alone, and the log keeps no
version vector per change. So:

- A change of one of the record's fields that is newer (hlc, replica) than the
  delete was made without knowing of it: nobody edits a record they hold as
  deleted (the program refuses). That is always such a conflict.
- A change older than the delete may or may not have been known to the deleter.
  The copy where the two first meet can tell: it held one of them, and the other
  came in a package whose sender lacked the first. (A package carries every
  change its sender has that the recipient may lack, so a copy holding a delete
  holds everything the deleter held when it deleted.) That copy writes the
  edit again, the same value based on the edit, with its own clock, which is
  past the delete: the first rule then shows the conflict on every copy, and no
  value changes anywhere.

A delete also hides records of the deleted one's own: the reads leave out
whatever belongs to a deleted team, and a deleted measure's data points. A
measure, data point or cycle added there on another copy meanwhile is such an
edit too: it counts among the record's changes (one entry per hidden record,
named by its table), so the conflict shows it and restoring the team brings it
back into view.

A retirement (the field `retired` of an organisation or a method) hides work
the same way: the matrix leaves out a retired organisation's and a retired
method's assessments (schema.HIDDEN_WHEN_RETIRED). An assessment made on
another copy that did not know of the retirement is such a change of the
retired record (kind "retired", "Avvecklad"), found and made visible by the
same rules. The retired record's own fields are not: it stays in sight among
the retired ones, and a rename there hides nothing. Work the retiring copy held
when it retired is no conflict: the person who retired saw it. A copy that
holds a retirement refuses new work under it (Workspace.set_assessment), as it
does under a delete, so that every change after a retirement was made without
knowing of it.

An assessment hidden by two retirements, its organisation's and its method's,
each perhaps made on another copy, is named once: under the first of them in
HIDDEN_WHEN_RETIRED's order (the organisation) that did not know of its newest
change. Each such retirement is a question of its own, asked one at a time, so
that answering one never loses the other:
- the organisation brought back: the work is still hidden by the method, and
  moves to the method's conflict (if that retirement did not know of it either);
  bringing the method back too shows it, keeping it retired hides it;
- the organisation kept retired: that retirement now knows of the work, which
  moves to the method's conflict likewise (keeping the organisation was no
  answer about the method); if the method is then brought back, the work stays
  hidden by the organisation, as chosen;
- a retirement that knew of the work (made later, on a copy that held it) names
  it nowhere, but does not silence the other: the work stays named under the one
  that did not know (restoring that one then shows nothing new, a question too
  many rather than one too few: the log cannot tell a retirement made while the
  work was in sight from one made while another retirement hid it).
The rule reads only the log's winners, so every copy names the same work under
the same retirement whatever order the packages came in. A retirement's field
stays watched (sync_conflict_fields) while it hides work it did not know of, even
work another retirement names today, so that the work moves on every copy.

What a retirement does not hide is no such conflict: a finding
(förbättringsområde) naming a retired organisation, or linked to the matrix cell
of a retired method, stays in the list (the findings of the county, the CSV
export that marks it, the PDF), and a cell (a row and a need area) is never
retired. An edit of such a finding elsewhere is a change like any other.

Resolutions (app.core.sync_ops): keep it deleted (retired) = a new delete
(retirement) after every change of the record; restore = `deleted` (`retired`)
0 after it. Either closes the conflict on every copy it reaches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from app.core.hlc import HybridClock
from app.core.schema import HIDDEN_BY, HIDDEN_WHEN_RETIRED, RECORD_TABLES

Record = tuple[str, str]          # (table, record_id)
# (field, value, the copy that made the change, hlc, replica of the newest version);
# for a hidden record of the deleted one's own: (its table, its name, ...)
Edit = tuple[str, Any, str, int, str]

# The fields whose truth hides a record's work; each is also the kind of the
# conflict that lists what it hid (sync_conflicts.Conflict.kind).
HIDING_FIELDS = ("deleted", "retired")

# (owner table, hiding field) -> ((table, field pointing at the owner), ...) of the
# records it hides: a deleted team's or measure's own (schema.HIDDEN_BY: every
# table with that field), a retired organisation's or method's assessments.
_HIDDEN_IN: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    **{(owner, "deleted"): tuple((t, ref) for t, fields in RECORD_TABLES.items()
                                 if ref in fields)
       for owner, ref in HIDDEN_BY.items()},
    **{(owner, "retired"): children for owner, children in HIDDEN_WHEN_RETIRED.items()}}
OWNED_TABLES = frozenset(t for children in _HIDDEN_IN.values() for t, _ in children)


def hiding_fields(table: str) -> tuple[str, ...]:
    """The fields of a table that can hide work: `deleted`, and `retired` where
    a retirement hides records (an organisation, a method)."""
    return ("deleted", "retired") if (table, "retired") in _HIDDEN_IN else ("deleted",)


def hide_winner(conn: sqlite3.Connection, table: str, record_id: str,
                field: str = "deleted") -> tuple[int, str, Any] | None:
    """(hlc, replica, value) of the record's winning `deleted` (or `retired`) version."""
    return conn.execute(
        "SELECT hlc, replica, value FROM changes WHERE tbl = ? AND record_id = ? "
        "AND field = ? ORDER BY hlc DESC, replica DESC LIMIT 1",
        (table, record_id, field)).fetchone()



def field_winners(conn: sqlite3.Connection, table: str, record_id: str) -> list[tuple]:
    """The winning version of each other field: (field, hlc, replica, value, base_hlc,
    base_replica)."""
    winners: dict[str, tuple] = {}
    for row in conn.execute(
            "SELECT field, hlc, replica, value, base_hlc, base_replica FROM changes "
            "WHERE tbl = ? AND record_id = ? AND field != 'deleted' "
            "ORDER BY field, hlc DESC, replica DESC", (table, record_id)):
        winners.setdefault(row[0], row)
    return list(winners.values())


def hidden_records(conn: sqlite3.Connection, table: str, record_id: str,
                   field: str = "deleted") -> list[Record]:
    """The live records that the record's delete (`field` "retired": retirement)
    hides: a team's aims, measures, cycles … and those measures' data points; a
    retired organisation's assessments (one query per table and level)."""
    found: list[Record] = []
    frontier = {table: [record_id]}
    while frontier:
        below: dict[str, list[str]] = {}
        for owner, ids in frontier.items():
            for child, ref in _HIDDEN_IN.get((owner, field), ()):
                for part in _chunks(ids):
                    rows = [i for (i,) in conn.execute(
                        f"SELECT id FROM {child} WHERE {ref} IN "
                        f"({', '.join('?' * len(part))}) AND deleted = 0 ORDER BY id", part)]
                    found += [(child, i) for i in rows]
                    if (child, field) in _HIDDEN_IN and rows:
                        below.setdefault(child, []).extend(rows)
        frontier = below
    return found


def hiding_owners(conn: sqlite3.Connection, table: str, record_id: str) -> list[Record]:
    """The deleted (or retired) records that hide one record, at any level above it."""
    return deleted_owners(conn, (), "", start={table: [record_id]})


def deleted_owners(conn: sqlite3.Connection, tables: Iterable[str], touched_sql: str, *,
                   start: dict[str, list[str]] | None = None) -> list[Record]:
    """The deleted (or retired) records that hide some record a package touched, at
    any level above it: a data point's deleted measure, and its measure's deleted
    team; an assessment's retired organisation or method. `touched_sql` gives the
    ids of a table's touched records (one ? for the table); `start`, or the ids
    themselves, {table: [id, …]}."""
    owners: list[Record] = []
    seen: set[tuple[str, str, str]] = set()

    def climb(table: str, where: str, params: tuple, above: dict[str, list[str]]) -> None:
        for (owner, hides), children in _HIDDEN_IN.items():
            for child, ref in children:
                if child != table:
                    continue
                for owner_id, hidden in conn.execute(
                        f"SELECT DISTINCT o.id, o.{hides} FROM {table} r JOIN {owner} o "
                        f"ON o.id = r.{ref} WHERE r.id IN ({where})", params).fetchall():
                    if (owner, owner_id, hides) in seen:
                        continue
                    seen.add((owner, owner_id, hides))
                    if hidden and (owner, owner_id) not in owners:
                        owners.append((owner, owner_id))
                    if owner in OWNED_TABLES:
                        above.setdefault(owner, []).append(owner_id)

    # The first level straight from the package's records (perhaps a million data
    # points), in SQL; the levels above from the few owners found.
    above: dict[str, list[str]] = {t: list(ids) for t, ids in (start or {}).items()
                                   if t in OWNED_TABLES}
    for table in tables:
        if table in OWNED_TABLES:
            climb(table, touched_sql, (table,), above)
    while above:
        frontier, above = above, {}
        for table, ids in frontier.items():
            for part in _chunks(ids):
                climb(table, ", ".join("?" * len(part)), tuple(part), above)
    return owners


def deleted_edits(conn: sqlite3.Connection, table: str, record_id: str,
                  deleted: tuple[int, str], field: str = "deleted", *,
                  named_elsewhere: bool = False) -> list[Edit]:
    """The record's fields whose winning version came after the delete `deleted`
    (hlc, replica), each with the copy that really made the change (a change written
    again to make it visible names its first author); then one entry per hidden
    record changed after the delete, with its newest such change. (A change after
    the delete is its field's winner or older than it: either way the winner is
    after the delete.) The hidden records come by table and name. With `field`
    "retired", `deleted` is the retirement and only the records it hides count,
    less those that another retirement names (see the module's docstring), unless
    `named_elsewhere`."""
    after = tuple(deleted)
    edits = [] if field != "deleted" else [
        (fld, value, _author(conn, table, record_id, fld, (hlc, replica, value, bh, br)),
         hlc, replica)
        for fld, hlc, replica, value, bh, br in field_winners(conn, table, record_id)
        if (hlc, replica) > after]
    by_table: dict[str, list[str]] = {}
    hidden: list[Edit] = []
    for child, child_id in hidden_records(conn, table, record_id, field):
        by_table.setdefault(child, []).append(child_id)
    for child, ids in by_table.items():
        for part in _chunks(ids):
            newest: dict[str, tuple] = {}
            for row in conn.execute(
                    "SELECT record_id, field, hlc, replica, value, base_hlc, base_replica "
                    f"FROM changes WHERE tbl = ? AND record_id IN ({', '.join('?' * len(part))}) "
                    "AND field != 'deleted' AND (hlc > ? OR (hlc = ? AND replica > ?)) "
                    "ORDER BY record_id, hlc DESC, replica DESC",
                    (child, *part, after[0], after[0], after[1])):
                newest.setdefault(row[0], row)
            if field == "retired" and not named_elsewhere:
                for child_id in _named_before(conn, table, child, {
                        i: (r[2], r[3]) for i, r in newest.items()}):
                    del newest[child_id]
            for child_id in part:
                if child_id in newest:
                    _, fld, hlc, replica, value, bh, br = newest[child_id]
                    author = _author(conn, child, child_id, fld, (hlc, replica, value, bh, br))
                    hidden.append((child, _name(conn, child, child_id), author, hlc, replica))
    return edits + sorted(hidden, key=lambda e: (e[0], str(e[1])))   # by name, to read


def _named_before(conn: sqlite3.Connection, table: str, child: str,
                  newest: dict[str, tuple[int, str]]) -> set[str]:
    """Of the `child` records that a retired `table` record hides, each with its
    newest change `newest` (hlc, replica) made after that retirement: those that a
    retirement earlier in HIDDEN_WHEN_RETIRED's order also hides without having
    known of that change. That one names them (each hidden record once)."""
    found: set[str] = set()
    retirements: dict[tuple[str, str], tuple[int, str]] = {}
    for owner, children in HIDDEN_WHEN_RETIRED.items():
        if owner == table:
            break
        for hidden, ref in children:
            if hidden != child:
                continue
            ids = [i for i in newest if i not in found]
            for part in _chunks(ids):
                for child_id, owner_id in conn.execute(
                        f"SELECT r.id, o.id FROM {child} r JOIN {owner} o ON o.id = r.{ref} "
                        f"WHERE r.id IN ({', '.join('?' * len(part))}) AND o.retired", part):
                    if (owner, owner_id) not in retirements:
                        winner = hide_winner(conn, owner, owner_id, "retired")
                        retirements[(owner, owner_id)] = (
                            (winner[0], winner[1]) if winner else (1 << 63, ""))
                    if retirements[(owner, owner_id)] < newest[child_id]:
                        found.add(child_id)
    return found


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    """Ids in slices that fit SQLite's limit of bound parameters."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _name(conn: sqlite3.Connection, table: str, record_id: str) -> str:
    from app.core.sync_conflicts import record_label   # it builds on this module

    return record_label(conn, table, record_id)


def _author(conn: sqlite3.Connection, table: str, record_id: str, fld: str,
            version: tuple) -> str:
    hlc, replica, value, base_hlc, base_replica = version
    seen = set()
    while base_hlc is not None and (base_hlc, base_replica) not in seen:
        seen.add((base_hlc, base_replica))
        row = conn.execute(
            "SELECT value, base_hlc, base_replica FROM changes WHERE tbl = ? AND "
            "record_id = ? AND field = ? AND hlc = ? AND replica = ?",
            (table, record_id, fld, base_hlc, base_replica)).fetchone()
        if row is None or row[0] != value:
            break
        replica = base_replica
        base_hlc, base_replica = row[1], row[2]
    return replica


def deleted_conflict_keys(conn: sqlite3.Connection,
                          records: Iterable[Record]) -> list[tuple[str, str, str]]:
    """The `deleted` (and `retired`) fields of those records that are deleted (or
    retired) with later edits of what that hides: the fields to watch, also when
    another retirement names that work today (see the module's docstring)."""
    keys = []
    for table, record_id in records:
        for field in hiding_fields(table):
            winner = hide_winner(conn, table, record_id, field)
            if winner and winner[2] and deleted_edits(conn, table, record_id, winner[:2],
                                                      field, named_elsewhere=True):
                keys.append((table, record_id, field))
    return keys


def reassert_lost_edits(conn: sqlite3.Connection, records: Iterable[Record],
                        seen_before: dict[str, int], sender_seen: dict[str, int],
                        replica_id: str, clock: HybridClock) -> list[Record]:
    """At an import (inside its transaction, after the rows are applied): where a
    delete and an edit it did not know of meet here for the first time, write the
    edit again after the delete (see the module's docstring). `records`: the
    deleted records the package touched; `seen_before`: this copy's version vector
    before the import; `sender_seen`: the sender's. Returns the records written
    again, one entry per field written (their owners' conflicts must then be
    watched here too: an edit written again past one retirement can be past
    another retirement of the record, which the package did not touch)."""
    if not seen_before:
        return []     # a new copy (a join): every change is new here, so met first elsewhere
    rows: dict[tuple[str, str, str], tuple] = {}
    for table, record_id in records:
        for hiding in hiding_fields(table):
            winner = hide_winner(conn, table, record_id, hiding)
            if not winner or not winner[2]:
                continue
            d_hlc, d_replica = winner[0], winner[1]
            delete_new = d_hlc > seen_before.get(d_replica, 0)
            family = [*([(table, record_id)] if hiding == "deleted" else []),
                      *hidden_records(conn, table, record_id, hiding)]
            found = False
            for tbl, rid in family:
                for fld, hlc, replica, value, _, _ in field_winners(conn, tbl, rid):
                    if (hlc, replica) > (d_hlc, d_replica):
                        continue      # visible as it is
                    edit_new = hlc > seen_before.get(replica, 0)
                    if edit_new and not delete_new:
                        unknown = True    # we held the delete, not the edit: nor did its author
                    elif delete_new and not edit_new:
                        unknown = sender_seen.get(replica, 0) < hlc   # the sender lacked it
                    else:
                        unknown = False   # both new: the sender's copy met them first
                    if unknown:
                        rows[(tbl, rid, fld)] = (value, hlc, replica)
                        found = True
            if found:
                clock.observe(d_hlc)
    if not rows:
        return []
    stamp = clock.tick()
    conn.executemany(
        "INSERT INTO changes (hlc, replica, tbl, record_id, field, value, base_hlc, "
        "base_replica) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(stamp, replica_id, t, r, f, v, h, rep) for (t, r, f), (v, h, rep) in rows.items()])
    return [(t, r) for t, r, _ in rows]
