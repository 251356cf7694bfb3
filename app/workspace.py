"""The facade: every read and change of a workspace goes through `Workspace`.

Qt-free (tools, tests and the CLI use it without a QApplication). Every change
is versioned by the store, so file exchange needs no other write path.

    from app.workspace import Workspace
    with Workspace.create("län.vardflata") as ws:
        unit, item = ws.units()[0], ws.items()[0]
        ws.set_assessment(unit.id, item.id, status="partly", note="Införs 2027")
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app.core import seed
from app.core.ids import derived_id, new_id
from app.core.model import (
    ASSESSMENT_FIELDS, FINDING_CATEGORIES, FINDING_STATUSES, LEVELS, STATUSES, UNIT_KINDS, Area,
    Assessment, CellSummary, Finding, Item, MatrixColumn, MatrixRow, Unit,
)
from app.core.filelock import LockedError
from app.core.improvement_ops import ImprovementMixin
from app.core.lazy import lazy_module
from app.core.schema import HIDDEN_BY, RECORD_TABLES
from app.core.store import ReadOnlyError, Store, StoreError
from app.core.sync_ops import SyncMixin
from app.core.validate import check_choice, clean_name, clean_text, pick_fields

__all__ = [
    "Workspace", "WorkspaceError", "LockedError", "ReadOnlyError", "STATUSES", "LEVELS",
    "FINDING_CATEGORIES", "FINDING_STATUSES",
]

WorkspaceError = StoreError
_backup = lazy_module("app.core.backup")     # backups run after start-up, in the background
Listener = Callable[[str, str, dict], None]


class Workspace(ImprovementMixin, SyncMixin):
    """An open workspace file (one laptop's copy)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._listeners: list[Listener] = []
        self._rows: list[MatrixRow] | None = None
        self._columns: list[MatrixColumn] | None = None

    # -- lifecycle -----------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, *, name: str | None = None,
               catalogue: dict | None = None, organisations: dict | None = None) -> "Workspace":
        """A new workspace with the guideline catalogue and Norrbotten's organisations."""
        path = Path(path)
        store = Store.open(path, create=True)
        try:
            seed.load_catalogue(store, catalogue)
            seed.load_organisations(store, organisations)
            store.set_meta("name", name or path.stem)
        except BaseException:
            store.close()
            path.unlink(missing_ok=True)
            raise
        return cls(store)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> "Workspace":
        """Open a workspace file. Raises LockedError if another program has it open."""
        return cls(Store.open(Path(path), read_only=read_only))

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def workspace_id(self) -> str:
        return self._store.workspace_id

    @property
    def replica_id(self) -> str:
        return self._store.replica_id

    @property
    def name(self) -> str:
        return self._store.meta("name") or self.path.stem

    def rename(self, name: str) -> None:
        self._store.set_meta("name", clean_name(name, "Namnet"))

    @property
    def county_name(self) -> str:
        return self._store.meta("county_name") or "Länet"

    def add_listener(self, listener: Listener) -> None:
        """Call listener(table, record_id, {field: (old, new)}) after each change."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        """Stop calling a listener (a view that goes while the workspace stays)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def last_changes(self, table: str) -> dict[str, int]:
        """{record id: the newest version (hlc) among its fields'} for one table:
        when each record last changed (CSV columns, the newest parked remark)."""
        return dict(self._store.conn.execute(
            "SELECT record_id, MAX(hlc) FROM changes WHERE tbl = ? GROUP BY record_id",
            (table,)))

    def _write(self, table: str, record_id: str, fields: dict[str, Any], *,
               together: tuple[str, ...] = ()) -> dict:
        changed = self._store.write(table, record_id, fields, together=together)
        if changed:
            for listener in list(self._listeners):
                listener(table, record_id, changed)
        return changed

    # -- the matrix's dimensions and catalogue -------------------------------

    def rows(self) -> list[MatrixRow]:
        if self._rows is None:
            self._rows = [MatrixRow(**r) for r in self._store.select(
                "SELECT id, key, title, position FROM matrix_rows "
                "WHERE deleted = 0 ORDER BY position")]
        return self._rows

    def columns(self) -> list[MatrixColumn]:
        if self._columns is None:
            self._columns = [MatrixColumn(**c) for c in self._store.select(
                "SELECT id, key, title, short, position FROM matrix_columns "
                "WHERE deleted = 0 ORDER BY position")]
        return self._columns

    def items(self, row_id: str | None = None, column_id: str | None = None, *,
              include_retired: bool = False, _item_id: str | None = None) -> list[Item]:
        """Catalogue sub-headings (methods), in catalogue order."""
        rows = {r.id: r.title for r in self.rows()}
        columns = {c.id: c.title for c in self.columns()}
        sql = ("SELECT id, row_id, column_id, title, description, source, guideline, "
               "priority, unconfirmed, retired, position FROM items WHERE deleted = 0")
        params: list[Any] = []
        if _item_id is not None:      # one method (item()), not the whole catalogue
            sql += " AND id = ?"
            params.append(_item_id)
        if not include_retired:
            sql += " AND retired = 0"
        if row_id:
            sql += " AND row_id = ?"
            params.append(row_id)
        if column_id:
            sql += " AND column_id = ?"
            params.append(column_id)
        return [
            Item(row=rows.get(r["row_id"], ""), column=columns.get(r["column_id"], ""),
                 **{**r, "description": r["description"] or "", "source": r["source"] or "",
                    "guideline": r["guideline"] or "", "unconfirmed": bool(r["unconfirmed"]),
                    "retired": bool(r["retired"]), "position": r["position"] or 0})
            for r in self._store.select(sql + " ORDER BY position, title", params)
        ]

    def item(self, item_id: str) -> Item:
        found = self.items(include_retired=True, _item_id=item_id)
        if not found:
            raise KeyError(item_id)
        return found[0]

    def add_item(self, row_id: str, column_id: str, title: str, **fields: Any) -> str:
        """Add a sub-heading to a cell; returns its id."""
        if row_id not in {r.id for r in self.rows()} or column_id not in {
                c.id for c in self.columns()}:
            raise WorkspaceError("Okänd rad eller kolumn i matrisen.")
        position = self._store.conn.execute(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM items").fetchone()[0]
        item_id = new_id()
        self._write("items", item_id, {
            "row_id": row_id, "column_id": column_id, "title": clean_name(title, "Rubriken"),
            "position": position, "retired": 0,
            **pick_fields(fields, ("description", "source", "guideline", "priority")),
        })
        return item_id

    def update_item(self, item_id: str, **fields: Any) -> None:
        """Rename or otherwise change a sub-heading (only the fields given)."""
        values = pick_fields(fields, ("title", "description", "source", "guideline", "priority"))
        if "title" in values:
            values["title"] = clean_name(values["title"], "Rubriken")
        self._write("items", self._existing("items", item_id), values)

    def retire_item(self, item_id: str, retired: bool = True) -> None:
        """Retire (hide from the matrix, keep the history) or bring back a sub-heading."""
        self._write("items", self._existing("items", item_id), {"retired": int(retired)})

    # -- organisations and areas ---------------------------------------------

    def areas(self, *, include_retired: bool = False) -> list[Area]:
        sql = "SELECT id, name, unconfirmed, retired, position FROM areas WHERE deleted = 0"
        if not include_retired:
            sql += " AND retired = 0"
        return [Area(**{**a, "unconfirmed": bool(a["unconfirmed"]),
                        "retired": bool(a["retired"]), "position": a["position"] or 0})
                for a in self._store.select(sql + " ORDER BY position, name")]

    def units(self, *, area_id: str | None = None, include_retired: bool = False,
              _unit_id: str | None = None) -> list[Unit]:
        """Organisations (municipalities, the region's divisions, others)."""
        sql = "SELECT id, name, kind, area_id, retired, position FROM units WHERE deleted = 0"
        params: list[Any] = []
        if _unit_id is not None:      # one organisation (unit()), not all of them
            sql += " AND id = ?"
            params.append(_unit_id)
        if not include_retired:
            sql += " AND retired = 0"
        if area_id:
            sql += " AND area_id = ?"
            params.append(area_id)
        return [Unit(**{**u, "retired": bool(u["retired"]), "position": u["position"] or 0})
                for u in self._store.select(sql + " ORDER BY position, name", params)]

    def unit(self, unit_id: str) -> Unit:
        found = self.units(include_retired=True, _unit_id=unit_id)
        if not found:
            raise KeyError(unit_id)
        return found[0]

    def add_area(self, name: str) -> str:
        area_id = new_id()
        self._write("areas", area_id, {"name": clean_name(name, "Namnet"), "retired": 0,
                                       "unconfirmed": 0, "position": self._next("areas")})
        return area_id

    def update_area(self, area_id: str, *, name: str | None = None,
                    unconfirmed: bool | None = None) -> None:
        values: dict[str, Any] = {}
        if name is not None:
            values["name"] = clean_name(name, "Namnet")
        if unconfirmed is not None:
            values["unconfirmed"] = int(unconfirmed)
        self._write("areas", self._existing("areas", area_id), values)

    def retire_area(self, area_id: str, retired: bool = True) -> None:
        self._write("areas", self._existing("areas", area_id), {"retired": int(retired)})

    def add_unit(self, name: str, kind: str = "municipality", area_id: str | None = None) -> str:
        check_choice(kind, UNIT_KINDS, "Typ av organisation")
        if area_id is not None:
            self._existing("areas", area_id)
        unit_id = new_id()
        self._write("units", unit_id, {"name": clean_name(name, "Namnet"), "kind": kind,
                                       "area_id": area_id, "retired": 0,
                                       "position": self._next("units")})
        return unit_id

    def update_unit(self, unit_id: str, **fields: Any) -> None:
        """Rename, change kind, or move an organisation to another area (None: none)."""
        values = pick_fields(fields, ("name", "kind", "area_id"))
        if "name" in values:
            values["name"] = clean_name(values["name"], "Namnet")
        if "kind" in values:
            check_choice(values["kind"], UNIT_KINDS, "Typ av organisation")
        if values.get("area_id") is not None:
            self._existing("areas", values["area_id"])
        self._write("units", self._existing("units", unit_id), values)

    def retire_unit(self, unit_id: str, retired: bool = True) -> None:
        self._write("units", self._existing("units", unit_id), {"retired": int(retired)})

    # -- assessments ---------------------------------------------------------

    def assessment(self, unit_id: str, item_id: str) -> Assessment:
        """The assessment of one method in one organisation (defaults if none yet)."""
        row = self._store.conn.execute(
            f"SELECT {', '.join(ASSESSMENT_FIELDS)} FROM assessments "
            "WHERE id = ? AND deleted = 0", (derived_id(unit_id, item_id),)).fetchone()
        if row is None:
            return Assessment(unit_id, item_id)
        return _assessment(unit_id, item_id, row)

    def assessments(self, unit_id: str | None = None) -> list[Assessment]:
        """Every recorded assessment (of one organisation, or all)."""
        sql = (f"SELECT unit_id, item_id, {', '.join(ASSESSMENT_FIELDS)} FROM assessments "
               "WHERE deleted = 0")
        params: tuple = ()
        if unit_id:
            sql += " AND unit_id = ?"
            params = (unit_id,)
        return [_assessment(r[0], r[1], r[2:]) for r in self._store.conn.execute(sql, params)]

    def set_assessment(self, unit_id: str, item_id: str, **fields: Any) -> dict:
        """Change the given fields of an assessment; the others keep their values.

        Fields: status (a key of STATUSES), note, competence, staff_trained,
        need, level (a key of LEVELS or None). Returns {field: (old, new)}.
        """
        unknown = set(fields) - set(ASSESSMENT_FIELDS)
        if unknown:
            raise TypeError(f"unknown assessment field(s): {', '.join(sorted(unknown))}")
        values = dict(fields)
        if "status" in values:
            check_choice(values["status"], STATUSES, "Status")
        if values.get("level") is not None:
            check_choice(values["level"], LEVELS, "Nivå")
        for text in ("note", "competence", "staff_trained", "need"):
            if text in values:
                values[text] = clean_text(values[text])
        self._existing("units", unit_id)
        self._existing("items", item_id)
        self._not_retired(unit_id, item_id)
        record_id = derived_id(unit_id, item_id)
        if self._store.get("assessments", record_id) is None:
            values = {"unit_id": unit_id, "item_id": item_id, **values}
        return self._write("assessments", record_id, values)

    # -- the matrix, rolled up -----------------------------------------------

    def scope_units(self, scope: str | None = None) -> list[Unit]:
        """The organisations of a scope: None = the county, an area id or a unit id."""
        if scope is None:
            return self.units()
        if self._store.get("areas", scope) is not None:
            return self.units(area_id=scope)
        return [self.unit(scope)]

    def matrix(self, scope: str | None = None) -> dict[tuple[str, str], CellSummary]:
        """Per cell (row_id, column_id): how many methods are used, over a scope."""
        n_units, by_item = self._status_counts_by_item(scope)
        cells = {(r.id, c.id): CellSummary(r.id, c.id, units=n_units)
                 for r in self.rows() for c in self.columns()}
        for item_id, row_id, column_id in self._store.conn.execute(
                "SELECT id, row_id, column_id FROM items WHERE deleted = 0 AND retired = 0"):
            cell = cells.get((row_id, column_id))
            if cell is None:
                continue
            cell.items += 1
            for status, n in by_item.get(item_id, {}).items():
                cell.counts[status] = cell.counts.get(status, 0) + n
        for cell in cells.values():
            cell.counts["unknown"] = cell.total - sum(
                n for s, n in cell.counts.items() if s != "unknown")
        return cells

    def status_counts(self, item_id: str, scope: str | None = None) -> dict[str, int]:
        """How many organisations of a scope have each status for one method."""
        return self.status_counts_of([item_id], scope)[item_id]

    def status_counts_of(self, item_ids: list[str], scope: str | None = None
                         ) -> dict[str, dict[str, int]]:
        """status_counts for several methods at once (one query, e.g. a cell's)."""
        n_units, by_item = self._status_counts_by_item(scope, item_ids)
        result = {}
        for item_id in item_ids:
            counts = dict.fromkeys(STATUSES, 0)
            counts.update(by_item.get(item_id, {}))
            counts["unknown"] = n_units - sum(n for s, n in counts.items() if s != "unknown")
            result[item_id] = counts
        return result

    def _status_counts_by_item(self, scope: str | None, item_ids: list[str] | None = None
                               ) -> tuple[int, dict[str, dict[str, int]]]:
        """(organisations in scope, {item_id: {status: count}}) of recorded statuses."""
        units_sql, params = self._scope_sql(scope)
        n_units = self._store.conn.execute(
            f"SELECT COUNT(*) FROM ({units_sql})", params).fetchone()[0]
        items_sql, item_params = "", ()
        if item_ids is not None:
            items_sql = f" AND item_id IN ({', '.join('?' * len(item_ids))})"
            item_params = tuple(item_ids)

        def counts(units: str, unit_params: tuple = ()) -> list[tuple[str, str, int]]:
            return self._store.conn.execute(
                "SELECT item_id, status, COUNT(*) FROM assessments WHERE deleted = 0"
                f"{units}{items_sql} GROUP BY 1, 2", (*unit_params, *item_params)).fetchall()

        if scope is None:
            # The county: count over every organisation, then take away the few
            # retired or deleted ones. Testing each row for membership would cost
            # more than the count itself (assessments_by_item is in order).
            parts = [(counts(""), 1), (counts(
                " AND unit_id IN (SELECT id FROM units WHERE deleted = 1 OR retired = 1)"), -1)]
        else:
            parts = [(counts(f" AND unit_id IN ({units_sql})", params), 1)]
        by_item: dict[str, dict[str, int]] = {}
        for rows, sign in parts:
            for item, status, n in rows:
                if status and status != "unknown":
                    per_status = by_item.setdefault(item, {})
                    per_status[status] = per_status.get(status, 0) + sign * n
        by_item = {item: kept for item, per_status in by_item.items()
                   if (kept := {s: n for s, n in per_status.items() if n})}
        return n_units, by_item

    def _scope_sql(self, scope: str | None) -> tuple[str, tuple]:
        """SQL selecting the ids of a scope's active organisations."""
        sql = "SELECT id FROM units WHERE deleted = 0 AND retired = 0"
        if scope is None:
            return sql, ()
        if self._store.get("areas", scope) is not None:
            return sql + " AND area_id = ?", (scope,)
        return "SELECT id FROM units WHERE id = ?", (self._existing("units", scope),)

    # -- findings (förbättringsområden) --------------------------------------

    def finding(self, finding_id: str) -> Finding:
        found = [f for f in self.findings() if f.id == finding_id]
        if not found:
            raise KeyError(finding_id)
        return found[0]

    def findings(self, *, unit_id: str | None = None) -> list[Finding]:
        sql = ("SELECT id, title, description, category, level, unit_id, area_id, cells, "
               "status FROM findings WHERE deleted = 0")
        params: tuple = ()
        if unit_id:
            sql += " AND unit_id = ?"
            params = (unit_id,)
        return [
            Finding(**{**f, "description": f["description"] or "",
                       "cells": tuple(tuple(c) for c in json.loads(f["cells"] or "[]"))})
            for f in self._store.select(sql + " ORDER BY title", params)
        ]

    def add_finding(self, title: str, *, category: str = "other", level: str = "local",
                    description: str = "", unit_id: str | None = None,
                    area_id: str | None = None,
                    cells: Iterable[tuple[str, str]] = (), status: str = "open") -> str:
        finding_id = new_id()
        self._write("findings", finding_id, self._finding_values(
            title=title, category=category, level=level, description=description,
            unit_id=unit_id, area_id=area_id, cells=cells, status=status))
        return finding_id

    def update_finding(self, finding_id: str, **fields: Any) -> None:
        self._write("findings", self._existing("findings", finding_id),
                    self._finding_values(**fields))

    def delete_finding(self, finding_id: str, deleted: bool = True) -> None:
        """Delete (a tombstone) or, with deleted=False, bring back a finding."""
        if self._store.get("findings", finding_id) is None:
            raise KeyError(f"findings: {finding_id}")
        self._write("findings", finding_id, {"deleted": int(deleted)})

    def _finding_values(self, **fields: Any) -> dict[str, Any]:
        values = pick_fields(fields, ("title", "description", "category", "level", "unit_id",
                                "area_id", "cells", "status"))
        if "title" in values:
            values["title"] = clean_name(values["title"], "Rubriken")
        if "description" in values:
            values["description"] = clean_text(values["description"])
        if "category" in values:
            check_choice(values["category"], FINDING_CATEGORIES, "Kategori")
        if "level" in values:
            check_choice(values["level"], LEVELS, "Nivå")
        if "status" in values:
            check_choice(values["status"], FINDING_STATUSES, "Status")
        if values.get("unit_id") is not None:
            self._existing("units", values["unit_id"])
        if values.get("area_id") is not None:
            self._existing("areas", values["area_id"])
        if "cells" in values:
            values["cells"] = json.dumps(sorted({(str(r), str(c)) for r, c in values["cells"]}))
        return values

    # -- whole-workspace views -----------------------------------------------

    def record(self, table: str, record_id: str) -> dict[str, Any] | None:
        """One record's stored fields, a deleted one's too (`deleted` says so);
        None for an unknown table or id. For showing where a change or a
        privacy hit stands, whatever the table."""
        return self._store.get(table, record_id) if table in RECORD_TABLES else None

    def snapshot(self) -> dict[str, Any]:
        """The workspace's content as canonical JSON-serialisable data.

        Without per-copy bookkeeping (replica ids, clocks, the change log), so
        two copies that hold the same content compare equal.
        """
        content: dict[str, Any] = {"workspace_id": self.workspace_id}
        for table, fields in RECORD_TABLES.items():
            columns = ("id",) + fields + ("deleted",)
            content[table] = {
                row[0]: dict(zip(columns[1:], row[1:]))
                for row in self._store.conn.execute(
                    f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")
            }
        return content

    # -- backups -------------------------------------------------------------

    def backup(self, *, keep: int | None = None) -> Path:
        """Write a rotating automatic backup (SQLite backup API), keeping `keep`
        (backup.KEEP when not given); returns its path. Raises
        backup.BackupError (a WorkspaceError and an OSError) in Swedish."""
        return _backup.backup_file(self.path, keep=_backup.KEEP if keep is None else keep)

    def backups(self) -> list["_backup.BackupInfo"]:
        return _backup.list_backups(self.path)

    # -- helpers -------------------------------------------------------------

    def _existing(self, table: str, record_id: str) -> str:
        """A live record's id, else KeyError: also for a record that a deleted
        team or measure hides, which every read leaves out. Sync relies on it:
        a change made under a delete this copy holds would be no conflict here
        and one on every other copy (app.core.sync_deletes)."""
        row = self._store.conn.execute(
            f"SELECT deleted FROM {table} WHERE id = ?", (record_id,)).fetchone()
        if row is None or row[0]:
            raise KeyError(f"{table}: {record_id}")
        for owner, ref in HIDDEN_BY.items():
            if ref in RECORD_TABLES[table] and table != owner:
                (parent,) = self._store.conn.execute(
                    f"SELECT {ref} FROM {table} WHERE id = ?", (record_id,)).fetchone()
                if parent is not None:
                    self._existing(owner, parent)
        return record_id

    def _not_retired(self, unit_id: str, item_id: str) -> None:
        """A retired organisation's or method's assessments are hidden: refuse to
        change them until it is brought back. Sync relies on it, as on _existing:
        work done under a retirement this copy holds would be a conflict on every
        other copy (app.core.sync_deletes)."""
        unit, item = self._store.get("units", unit_id), self._store.get("items", item_id)
        if unit["retired"]:
            raise WorkspaceError(f"{unit['name']} är avvecklad. Återta organisationen för "
                                 "att ändra dess kartläggning.")
        if item["retired"]:
            raise WorkspaceError(f"Metoden {item['title']} är avvecklad. Återta metoden för "
                                 "att ändra kartläggningen av den.")

    def _next(self, table: str) -> int:
        return self._store.conn.execute(
            f"SELECT COALESCE(MAX(position), 0) + 1 FROM {table}").fetchone()[0]


def restore_backup(backup_path: str | Path, target: str | Path) -> Path:
    """Put a backup in place of a (closed) workspace file; the current file is
    itself backed up first, so a restore never loses anything."""
    return _backup.restore(Path(backup_path), Path(target))


def _assessment(unit_id: str, item_id: str, row: Iterable[Any]) -> Assessment:
    status, note, competence, trained, need, level = row
    return Assessment(unit_id, item_id, status or "unknown", note or "", competence or "",
                      trained or "", need or "", level)
