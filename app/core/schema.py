"""The workspace file's tables, and the numbered migrations that build them.

Every user-editable record table has a text id, the versioned fields listed in
RECORD_TABLES, and `deleted` (a tombstone, itself a versioned field). The
`changes` table is the log of every field change with its version: hybrid
logical clock + replica id, and the version it replaced (its base), which is
what file exchange needs to merge copies and find concurrent edits.
"""

from __future__ import annotations

import sqlite3

# table -> versioned fields (besides `deleted`), in column order.
RECORD_TABLES: dict[str, tuple[str, ...]] = {
    "guidelines": ("key", "title", "year", "publisher", "note"),
    "matrix_rows": ("key", "title", "position"),
    "matrix_columns": ("key", "title", "short", "position"),
    "areas": ("key", "name", "unconfirmed", "position", "retired"),
    "units": ("key", "name", "kind", "area_id", "position", "retired"),
    "items": (
        "key", "row_id", "column_id", "title", "description", "source",
        "guideline", "priority", "unconfirmed", "position", "retired",
    ),
    "assessments": (
        "unit_id", "item_id", "status", "note", "competence", "staff_trained",
        "need", "level",
    ),
    "findings": (
        "title", "description", "category", "level", "unit_id", "area_id",
        "cells", "status",
    ),
    # Improvement work (issue 3). Lists are JSON text in one field.
    "teams": ("name", "description", "unit_ids", "sessions", "position"),
    "aims": ("team_id", "title", "amount", "due", "description", "position"),
    "measures": (
        "team_id", "aim_id", "name", "type", "definition", "kind", "unit",
        "direction", "target", "frequency", "follow_up", "chart", "rules",
        "freeze", "splits", "position",
    ),
    "data_points": ("measure_id", "period", "value", "numerator", "denominator", "note"),
    # finding_id: the one finding of schema 4 and earlier, kept as the first of
    # finding_ids (migration 5) so that older packages still import.
    "change_ideas": ("team_id", "title", "description", "cells", "finding_id",
                     "finding_ids"),
    "pgsa_cycles": (
        "team_id", "aim_id", "change_idea_id", "previous_id", "number", "title",
        "status", "starts_on", "ends_on", "objective", "questions", "tasks", "data_plan",
        "measure_ids", "as_planned", "observations", "problems", "results",
        "learning", "decision", "next_step",
    ),
    "progress_scores": ("team_id", "month", "score", "note"),
    "deviations": (
        "team_id", "unit_id", "title", "description", "reported", "status",
        "correction", "corrected",
    ),
}

# Columns that refer to other records (checked at commit, so that records may
# arrive in any order inside one transaction).
FOREIGN_KEYS: dict[str, dict[str, str]] = {
    "units": {"area_id": "areas"},
    "items": {"row_id": "matrix_rows", "column_id": "matrix_columns"},
    "assessments": {"unit_id": "units", "item_id": "items"},
    "findings": {"unit_id": "units", "area_id": "areas"},
    "aims": {"team_id": "teams"},
    "measures": {"team_id": "teams", "aim_id": "aims"},
    "data_points": {"measure_id": "measures"},
    "change_ideas": {"team_id": "teams", "finding_id": "findings"},
    "pgsa_cycles": {"team_id": "teams", "aim_id": "aims", "change_idea_id": "change_ideas",
                    "previous_id": "pgsa_cycles"},
    "progress_scores": {"team_id": "teams"},
    "deviations": {"team_id": "teams", "unit_id": "units"},
}

# What a delete hides besides the record: every read leaves out the records of
# a deleted team, and a deleted measure's data points. Owner table -> the field
# of the hidden records that points at it.
HIDDEN_BY: dict[str, str] = {"teams": "team_id", "measures": "measure_id"}

# Tables whose record id derives from a natural key (ids.derived_id): an
# organisation's assessment of a method, a measure's value for a period, a team's
# score for a month. Two copies that each begin "the same" record write one
# record, so what a new record leaves empty (None, "") is no value of its own:
# Store.write neither stores nor versions it, or the later copy's empty default
# would win over the other copy's real note (sync trial).
SHARED_RECORDS = frozenset({"assessments", "data_points", "progress_scores"})

# What a retirement hides: the matrix leaves out a retired organisation's and a
# retired method's assessments. Owner table -> (table, field pointing at it) of
# the hidden records. A retired area hides nothing: its organisations are shown
# without an area, with their work. Nor is a finding hidden, not even one naming
# a retired organisation or linked to a retired method's matrix cell (a cell is
# never retired): so an edit of it elsewhere is no "retired" sync conflict. A
# table added here is named by that conflict too (app.core.sync_deletes reads this).
HIDDEN_WHEN_RETIRED: dict[str, tuple[tuple[str, str], ...]] = {
    "units": (("assessments", "unit_id"),), "items": (("assessments", "item_id"),)}

# Fields that are one value (a proportion's numerator, denominator and value):
# written as one version (Store.write's `together`) and chosen together when a
# sync conflict over one of them is resolved, so that copies never end with a
# mix of two sides that nobody entered.
WRITTEN_TOGETHER: dict[str, tuple[str, ...]] = {
    "data_points": ("numerator", "denominator", "value")}

SCHEMA_VERSION = 5


def _create_record_table(db: sqlite3.Connection, table: str) -> None:
    """A record table as RECORD_TABLES and FOREIGN_KEYS describe it now.

    Only for the migration that first creates the table; a later change to an
    existing table needs a migration of its own (ALTER TABLE).
    """
    refs = FOREIGN_KEYS.get(table, {})
    columns = ["id TEXT PRIMARY KEY NOT NULL"]
    for field in RECORD_TABLES[table]:
        ref = refs.get(field)
        deferred = f" REFERENCES {ref}(id) DEFERRABLE INITIALLY DEFERRED"
        columns.append(field + (deferred if ref else ""))
    columns.append("deleted INTEGER NOT NULL DEFAULT 0")
    db.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
    for field in refs:
        if (table, field) != ("assessments", "unit_id"):  # covered by assessments_rollup
            db.execute(f"CREATE INDEX {table}_{field} ON {table} ({field})")


MAPPING_TABLES = ("guidelines", "matrix_rows", "matrix_columns", "areas", "units", "items",
                  "assessments", "findings")


def _migration_1(db: sqlite3.Connection) -> None:
    """The first schema: metadata, change log and the mapping's record tables."""
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        """CREATE TABLE replicas (
               id TEXT PRIMARY KEY, created_at TEXT NOT NULL, home TEXT,
               parent TEXT)"""
    )
    db.execute(
        """CREATE TABLE changes (
               hlc INTEGER NOT NULL, replica TEXT NOT NULL,
               tbl TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
               value,
               base_hlc INTEGER, base_replica TEXT,
               PRIMARY KEY (tbl, record_id, field, hlc, replica)
           ) WITHOUT ROWID"""
    )
    db.execute("CREATE INDEX changes_by_replica ON changes (replica, hlc)")
    for table in MAPPING_TABLES:
        _create_record_table(db, table)
    # Covering index for the matrix roll-ups (unit -> item -> status).
    db.execute(
        "CREATE INDEX assessments_rollup ON assessments (unit_id, item_id, status, deleted)"
    )


# Improvement work (issue 3): teams, aims, measures, data points, change ideas,
# PGSA cycles, progress scores, deviations. Add their entries to RECORD_TABLES
# (and FOREIGN_KEYS) and list them here.
IMPROVEMENT_TABLES: tuple[str, ...] = (
    "teams", "aims", "measures", "data_points", "change_ideas", "pgsa_cycles",
    "progress_scores", "deviations",
)


def _migration_2(db: sqlite3.Connection) -> None:
    """Improvement work's record tables."""
    for table in IMPROVEMENT_TABLES:
        _create_record_table(db, table)


def _migration_3(db: sqlite3.Connection) -> None:
    """Bookkeeping for file exchange (per copy, not synced as records).

    What each copy has seen is not stored: every copy holds, per replica, a
    gap-free prefix of that replica's changes (packages that would leave a gap
    are refused), so MAX(hlc) per replica of `changes` is the copy's version
    vector. Stored here is only what cannot be derived from the log:
    - sync_peers: what each other copy had seen, learned from its packages
      (a package addressed to a known copy then carries only what it lacks;
      an unaddressed package carries everything). Rows of kind 'join' were
      written by earlier versions for full exports and are no longer used;
    - sync_received: packages already imported (folder sync skips them);
    - sync_conflict_fields: fields where an import met concurrent versions
      (or a version from a clock far ahead, clock_*); the open conflicts are
      recomputed from the log for these fields.
    IF NOT EXISTS: files created before this migration had an empty one.
    """
    db.execute(
        """CREATE TABLE IF NOT EXISTS sync_peers (
               peer TEXT PRIMARY KEY, name TEXT, stamp INTEGER NOT NULL,
               created_at TEXT, seen TEXT NOT NULL, last_import_at TEXT,
               kind TEXT NOT NULL DEFAULT 'peer', first_heard INTEGER)"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS sync_received (
               package_id TEXT PRIMARY KEY, sender TEXT NOT NULL, created_at TEXT,
               imported_at TEXT NOT NULL, rows INTEGER NOT NULL, new_rows INTEGER NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS sync_conflict_fields (
               tbl TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
               found_at TEXT NOT NULL, clock_hlc INTEGER, clock_replica TEXT,
               PRIMARY KEY (tbl, record_id, field)) WITHOUT ROWID"""
    )


def _migration_4(db: sqlite3.Connection) -> None:
    """Covering index for the roll-up by method (item -> status, over units):
    the county matrix is then one ordered scan instead of a sort of every
    assessment (a national file opens in a third of the time). It starts
    with item_id, so the plain item_id index goes."""
    db.execute("DROP INDEX IF EXISTS assessments_item_id")
    db.execute("CREATE INDEX IF NOT EXISTS assessments_by_item "
               "ON assessments (item_id, status, deleted, unit_id)")


def _migration_5(db: sqlite3.Connection) -> None:
    """A change idea links to several findings: change_ideas.finding_ids (a JSON
    list). Existing links are kept without rewriting a record: while an idea's
    finding_ids is unset (NULL, as after this ALTER), its list is its old
    finding_id alone (see improvement_ops._idea). So the table stays what its
    change log says, and a copy joined from a package agrees with this one.
    The column exists already in a file whose migration 2 created the table
    from today's RECORD_TABLES."""
    columns = {r[1] for r in db.execute("PRAGMA table_info(change_ideas)")}
    if "finding_ids" not in columns:
        db.execute("ALTER TABLE change_ideas ADD COLUMN finding_ids")


MIGRATIONS = {1: _migration_1, 2: _migration_2, 3: _migration_3, 4: _migration_4,
              5: _migration_5}


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the file's schema up to SCHEMA_VERSION; returns the version found.

    Each migration runs in its own transaction (the connection is in
    autocommit mode, so DDL is transactional only inside BEGIN/COMMIT).
    """
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise NewerSchemaError(found)
    for version in range(found + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return found


class NewerSchemaError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version
