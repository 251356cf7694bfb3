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
}

# Columns that refer to other records (checked at commit, so that records may
# arrive in any order inside one transaction).
FOREIGN_KEYS: dict[str, dict[str, str]] = {
    "units": {"area_id": "areas"},
    "items": {"row_id": "matrix_rows", "column_id": "matrix_columns"},
    "assessments": {"unit_id": "units", "item_id": "items"},
    "findings": {"unit_id": "units", "area_id": "areas"},
}

SCHEMA_VERSION = 1


def _migration_1(db: sqlite3.Connection) -> None:
    """The first schema: metadata, change log and the record tables."""
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
    for table, fields in RECORD_TABLES.items():
        refs = FOREIGN_KEYS.get(table, {})
        columns = ["id TEXT PRIMARY KEY NOT NULL"]
        for field in fields:
            ref = refs.get(field)
            deferred = f" REFERENCES {ref}(id) DEFERRABLE INITIALLY DEFERRED"
            columns.append(field + (deferred if ref else ""))
        columns.append("deleted INTEGER NOT NULL DEFAULT 0")
        db.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
        for field in refs:
            if (table, field) != ("assessments", "unit_id"):  # covered below
                db.execute(f"CREATE INDEX {table}_{field} ON {table} ({field})")
    # Covering index for the matrix roll-ups (unit -> item -> status).
    db.execute(
        "CREATE INDEX assessments_rollup ON assessments (unit_id, item_id, status, deleted)"
    )


MIGRATIONS = {1: _migration_1}


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
