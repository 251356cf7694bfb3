"""Merging received change rows into a workspace: the versioned write path of sync.

Works generically over every table of RECORD_TABLES and the `changes` log.
Per field, the version with the greatest (hlc, replica) wins, so every copy
decides the same way whatever order packages arrive in. The record tables are
only a materialised view of the winners; this module keeps them in step in
the same transaction as the log, like `Store.write` does for local edits.

Every copy holds, per replica, a gap-free prefix of that replica's changes
(a package that would leave a gap is refused), so a row is new exactly when
its hlc is above the copy's highest hlc of its replica.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from app.core.schema import RECORD_TABLES
from app.core.sync_deletes import OWNED_TABLES, deleted_owners, hiding_fields

Row = Sequence  # [tbl, record_id, field, value, hlc, replica, base_hlc, base_replica]
Key = tuple[str, str, str]
Progress = Callable[[str, float], None]

_COLUMNS = "tbl, record_id, field, value, hlc, replica, base_hlc, base_replica"


def seen_vector(conn: sqlite3.Connection) -> dict[str, int]:
    """replica -> highest hlc this copy holds (the copy's version vector)."""
    return dict(conn.execute("SELECT replica, MAX(hlc) FROM changes GROUP BY replica"))


def new_rows(rows: list[Row], seen: dict[str, int], conn: sqlite3.Connection | None = None,
             own: str | None = None) -> list[Row]:
    """The rows this copy lacks. With `own` (a full package), also this copy's own
    changes that it no longer holds, e.g. after a backup was restored: compared
    one by one, since a restored copy's own history can have a hole."""
    if not seen:
        return rows
    fresh = [r for r in rows if r[4] > seen.get(r[5], 0)]
    if own is not None and conn is not None:
        echoed = [r for r in rows if r[5] == own and r[4] <= seen.get(own, 0)]
        if echoed:
            held = set(conn.execute(
                "SELECT tbl, record_id, field, hlc FROM changes WHERE replica = ?", (own,)))
            fresh += [r for r in echoed if (r[0], r[1], r[2], r[4]) not in held]
    return fresh


@dataclass
class Applied:
    new: int = 0
    records: dict[str, int] = field(default_factory=dict)   # table -> records touched
    multi: list[Key] = field(default_factory=list)          # fields with > 1 version
    winners: dict[Key, tuple[int, str]] = field(default_factory=dict)  # new winners
    # deleted (or retired) records touched, or hiding a record touched (a deleted
    # team's new measure, a retired organisation's new assessment)
    deleted: list[tuple[str, str]] = field(default_factory=list)


def apply_rows(conn: sqlite3.Connection, rows: list[Row], *,
               progress: Progress | None = None, name: str = "",
               seen: dict[str, int] | None = None) -> Applied:
    """Insert new change rows and bring the record tables to the winners.

    Call inside a transaction, with rows already filtered by `new_rows`; `seen`:
    the copy's version vector they were filtered with (read here if not given);
    `name` (the package's file) is for the message if a row contradicts the log.
    """
    if not rows:
        return Applied()
    empty = conn.execute("SELECT 1 FROM changes LIMIT 1").fetchone() is None
    if empty:
        return _apply_to_empty(conn, rows, progress, name)
    return _apply(conn, rows, progress, name, seen_vector(conn) if seen is None else seen)


def _apply_to_empty(conn: sqlite3.Connection, rows: list[Row],
                    progress: Progress | None, name: str) -> Applied:
    """A new copy (join): insert the log, then build each table's records with one
    GROUP BY in SQLite (no per-row Python), fixing up fields with several versions."""
    _progress(progress, "Sparar ändringarna", 0.4)
    # Secondary indexes are built once afterwards (a sort), not row by row.
    indexes = _drop_indexes(conn)
    _insert_changes(conn, "INSERT INTO changes", rows, name)
    for _, sql in indexes:
        conn.execute(sql)
    _progress(progress, "Bygger posterna", 0.7)
    applied = Applied(new=len(rows))
    for tbl in sorted({r[0] for r in rows}):
        columns = RECORD_TABLES[tbl] + ("deleted",)
        # Exact while a field has one version (MAX of a single value); the
        # fields with several versions are corrected below.
        picks = [f"MAX(CASE WHEN field = '{c}' THEN value END)" for c in columns]
        picks[-1] = f"COALESCE({picks[-1]}, 0)"
        conn.execute(f"INSERT INTO {tbl} (id, {', '.join(columns)}) "
                     f"SELECT record_id, {', '.join(picks)} FROM changes WHERE tbl = ? "
                     "GROUP BY record_id", (tbl,))
        applied.records[tbl] = conn.execute(
            f"SELECT COUNT(*) FROM {tbl}").fetchone()[0]
        applied.deleted += [(tbl, i) for (i,) in conn.execute(
            f"SELECT id FROM {tbl} WHERE {_hidden_sql(tbl)}")]
    applied.multi = [tuple(k) for k in conn.execute(
        "SELECT tbl, record_id, field FROM changes GROUP BY tbl, record_id, field "
        "HAVING COUNT(*) > 1")]
    for key in applied.multi:
        tbl, record_id, fld = key
        winner = conn.execute(
            "SELECT hlc, replica, value FROM changes WHERE tbl = ? AND record_id = ? "
            "AND field = ? ORDER BY hlc DESC, replica DESC LIMIT 1", key).fetchone()
        conn.execute(f"UPDATE {tbl} SET {fld} = ? WHERE id = ?", (winner[2], record_id))
        applied.winners[key] = (winner[0], winner[1])
    return applied


def _apply(conn: sqlite3.Connection, rows: list[Row], progress: Progress | None,
           name: str, seen: dict[str, int]) -> Applied:
    """An existing copy: insert the rows into the log, then bring the records to the
    winners: records new to this copy built whole from the log with one GROUP BY
    (as a join does), the others field by field, the winner picked by SQLite.

    `seen`: this copy's version vector before the rows: since every copy holds a
    gap-free prefix of each replica's changes, the new rows are exactly those
    above it, so their keys are found in the log itself (no second copy of the
    rows is staged), except a full package's echo of our own lost changes.
    """
    _progress(progress, "Sparar ändringarna", 0.3)
    bulk = len(rows) > conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0]
    indexes = _drop_indexes(conn) if bulk else []   # a big import: one sort instead
    _insert_changes(conn, "INSERT INTO changes", rows, name)
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_keys (tbl TEXT, record_id TEXT, "
                 "field TEXT, hlc INTEGER, replica TEXT, "
                 "PRIMARY KEY (tbl, record_id, field, hlc, replica)) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.sync_keys")
    for replica in sorted(set(map(itemgetter(5), rows))):
        conn.execute("INSERT INTO temp.sync_keys SELECT tbl, record_id, field, hlc, replica "
                     "FROM changes WHERE replica = ? AND hlc > ?", (replica, seen.get(replica, 0)))
    staged = conn.execute("SELECT COUNT(*) FROM temp.sync_keys").fetchone()[0]
    echoed = [r for r in rows if r[4] <= seen.get(r[5], 0)] if staged < len(rows) else []
    if echoed:
        conn.executemany("INSERT OR IGNORE INTO temp.sync_keys VALUES (?, ?, ?, ?, ?)",
                         [(r[0], r[1], r[2], r[4], r[5]) for r in echoed])
    _progress(progress, "Bygger posterna", 0.55)
    applied = Applied(new=len(rows))
    pairs = conn.execute("SELECT DISTINCT tbl, field FROM temp.sync_keys").fetchall()
    tables = sorted({t for t, _ in pairs})
    for tbl in tables:
        applied.records[tbl] = conn.execute(
            "SELECT COUNT(DISTINCT record_id) FROM temp.sync_keys WHERE tbl = ?",
            (tbl,)).fetchone()[0]
    # Records this copy has (only they can hold versions older than these rows).
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS sync_old (tbl TEXT, record_id TEXT, "
                 "PRIMARY KEY (tbl, record_id)) WITHOUT ROWID")
    conn.execute("DELETE FROM temp.sync_old")
    for tbl in tables:
        conn.execute(f"INSERT INTO temp.sync_old SELECT DISTINCT tbl, record_id "
                     f"FROM temp.sync_keys WHERE tbl = ? AND record_id IN (SELECT id FROM {tbl})",
                     (tbl,))
    # … each changed field from its winning version.
    for tbl, fld in pairs:
        conn.execute(
            f"UPDATE {tbl} SET {fld} = (SELECT c.value FROM changes c WHERE c.tbl = ? "
            f"AND c.record_id = {tbl}.id AND c.field = ? "
            "ORDER BY c.hlc DESC, c.replica DESC LIMIT 1) "
            "WHERE id IN (SELECT record_id FROM temp.sync_keys WHERE tbl = ? AND field = ?)",
            (tbl, fld, tbl, fld))
    # Records new here: whole, exact while a field has one version; the fields
    # with several versions are set from their winners below.
    for tbl in tables:
        columns = RECORD_TABLES[tbl] + ("deleted",)
        picks = [f"MAX(CASE WHEN field = '{c}' THEN value END)" for c in columns]
        picks[-1] = f"COALESCE({picks[-1]}, 0)"
        conn.execute(f"INSERT INTO {tbl} (id, {', '.join(columns)}) "
                     f"SELECT record_id, {', '.join(picks)} FROM changes WHERE tbl = ? "
                     f"AND record_id IN (SELECT DISTINCT record_id FROM temp.sync_keys "
                     f"WHERE tbl = ? AND record_id NOT IN (SELECT id FROM {tbl})) "
                     "GROUP BY record_id", (tbl, tbl))
    _progress(progress, "Letar efter konflikter", 0.85)
    # Fields with several versions: among the new rows, or with older ones here.
    # A new record's field is set from its winner here (the GROUP BY took the
    # greatest value); a field of a record this copy had is right already.
    fresh = {tuple(k) for k in conn.execute(
        "SELECT s.tbl, s.record_id, s.field FROM temp.sync_keys s WHERE NOT EXISTS ("
        "SELECT 1 FROM temp.sync_old o WHERE o.tbl = s.tbl AND o.record_id = s.record_id) "
        "GROUP BY s.tbl, s.record_id, s.field HAVING COUNT(*) > 1")}
    applied.multi = sorted(fresh | {tuple(k) for k in conn.execute(
        "SELECT DISTINCT s.tbl, s.record_id, s.field FROM temp.sync_old o "
        "CROSS JOIN temp.sync_keys s ON s.tbl = o.tbl AND s.record_id = o.record_id "
        "WHERE EXISTS (SELECT 1 FROM changes c WHERE c.tbl = s.tbl "
        "AND c.record_id = s.record_id AND c.field = s.field "
        "AND (c.hlc != s.hlc OR c.replica != s.replica))")})
    for key in applied.multi:
        tbl, record_id, fld = key
        winner = conn.execute(
            "SELECT hlc, replica, value FROM changes WHERE tbl = ? AND record_id = ? "
            "AND field = ? ORDER BY hlc DESC, replica DESC LIMIT 1", key).fetchone()
        if key in fresh:
            conn.execute(f"UPDATE {tbl} SET {fld} = ? WHERE id = ?", (winner[2], record_id))
        applied.winners[key] = (winner[0], winner[1])
    for tbl in tables:
        applied.deleted += [(tbl, i) for (i,) in conn.execute(
            f"SELECT id FROM {tbl} WHERE ({_hidden_sql(tbl)}) AND id IN ("
            "SELECT record_id FROM temp.sync_keys WHERE tbl = ?)", (tbl,))]
    owners = deleted_owners(conn, [t for t in tables if t in OWNED_TABLES],
                            "SELECT record_id FROM temp.sync_keys WHERE tbl = ?")
    applied.deleted += [o for o in owners if o not in applied.deleted]
    conn.execute("DELETE FROM temp.sync_keys")
    conn.execute("DELETE FROM temp.sync_old")
    return applied


def _hidden_sql(table: str) -> str:
    """SQL true for a record that is deleted, or retired where that hides work."""
    return " OR ".join(hiding_fields(table))


def _drop_indexes(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """Drop the log's secondary indexes (to be rebuilt with one sort); their SQL."""
    indexes = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                           "AND tbl_name = 'changes' AND sql IS NOT NULL").fetchall()
    for index, _ in indexes:
        conn.execute(f'DROP INDEX "{index}"')
    return indexes


def _insert_changes(conn: sqlite3.Connection, into: str, rows: list[Row],
                    name: str) -> None:
    try:
        conn.executemany(f"{into} ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    except sqlite3.IntegrityError:
        # A change twice within the package is refused by app.sync before the
        # backup; this is one the log already holds, under another value.
        from app.sync import PackageError

        raise PackageError(f"Synkpaketet {name} innehåller en ändring som redan "
                           "finns här med ett annat värde. Det importeras inte.") from None


def _progress(progress: Progress | None, text: str, fraction: float) -> None:
    if progress is not None:
        progress(text, fraction)


# -- versions of one field and its concurrent losers ---------------------------------

Version = tuple  # (hlc, replica, value, base_hlc, base_replica)


def field_versions(conn: sqlite3.Connection, key: Key) -> list[Version]:
    return conn.execute(
        "SELECT hlc, replica, value, base_hlc, base_replica FROM changes "
        "WHERE tbl = ? AND record_id = ? AND field = ?", key).fetchall()


def winner_and_losers(versions: list[Version]) -> tuple[Version, list[Version]]:
    """The winning version, and the concurrent losers the user should review.

    A loser is an open sibling (see `open_siblings`) whose value differs from
    the winner's.
    """
    winner, siblings = open_siblings(versions)
    return winner, [v for v in siblings if v[2] != winner[2]]


def open_siblings(versions: list[Version]) -> tuple[Version, list[Version]]:
    """The winning version, and the versions it did not causally follow (not in
    the winner's chain of bases) that no other version replaced (nobody's base,
    and no later version by the same copy, which knew its own: a version its
    own author or a later editor replaced is history).

    A sibling with the winner's value is no conflict today, but becomes one when
    a copy that held only one of them writes again; so a field stays watched
    while it has open siblings, whatever their values.
    """
    winner = max(versions, key=lambda v: (v[0], v[1]))
    by_version = {(v[0], v[1]): v for v in versions}
    chain: set[tuple] = set()
    base = (winner[3], winner[4])
    while base[0] is not None and base not in chain:
        chain.add(base)
        previous = by_version.get(base)
        if previous is None:
            break
        base = (previous[3], previous[4])
    replaced = {(v[3], v[4]) for v in versions if v[3] is not None}
    latest: dict[str, int] = {}
    for v in versions:
        latest[v[1]] = max(latest.get(v[1], v[0]), v[0])
    siblings = [v for v in versions
                if v is not winner and (v[0], v[1]) not in chain
                and (v[0], v[1]) not in replaced and latest[v[1]] == v[0]]
    return winner, sorted(siblings, key=lambda v: (v[0], v[1]))
