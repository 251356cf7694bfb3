"""Export and import of sync packages for one open workspace (the store's side).

Import order, so that a refused package changes nothing: read and validate the
whole file (app.sync.read_package), check it belongs to this workspace and
does not leave a gap, back the workspace up, then apply everything in one
transaction (the change rows, the record tables, the clock, the bookkeeping).
"""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.core import sync_conflicts
from app.core.hlc import pack, physical_ms
from app.core.ids import new_id
from app.core.store import Store, StoreError
from app.core.sync_conflicts import Conflict, now_text
from app.core.sync_merge import apply_rows, new_rows, seen_vector
from app.sync import (
    Package, PackageError, PackageGapError, read_manifest, read_package, write_package,
)

Progress = Callable[[str, float], None]


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass
class ExportResult:
    path: Path
    rows: int
    size: int
    full: bool


@dataclass
class ImportReport:
    """What an import did. `skipped`: "self" (the copy's own package) or
    "already" (nothing new); then nothing was changed."""

    path: Path
    sender: str
    sender_name: str
    created_at: str
    rows: int = 0
    new: int = 0
    records: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    clock_ahead: dict[str, float] = field(default_factory=dict)   # replica -> hours
    skipped: str | None = None
    backup: Path | None = None

    def summary(self) -> str:
        if self.skipped == "self":
            return "Paketet kommer från den här kopian; inget att importera."
        if self.skipped == "already":
            return f"Inget nytt från {self.sender_name}: allt fanns redan här."
        parts = ", ".join(f"{n} {sync_conflicts.TABLE_LABELS.get(t, t).lower()}"
                          for t, n in sorted(self.records.items()))
        text = f"{plural(self.new, 'ändring', 'ändringar')} från {self.sender_name} ({parts})."
        if self.conflicts:
            text += f" {plural(len(self.conflicts), 'konflikt', 'konflikter')} att granska."
        if self.clock_ahead:
            text += " Varning: avsändarens klocka går mer än ett dygn före."
        return text


@dataclass
class Preview:
    """What a package would bring, without changing anything."""

    path: Path
    sender: str
    sender_name: str
    created_at: str
    rows: int
    new: int
    records: dict[str, int]
    clock_ahead: dict[str, float]
    full: bool
    skipped: str | None = None     # "self" | "already"
    waiting: bool = False          # needs changes this copy lacks (a gap)


def ensure_bookkeeping(store: Store) -> None:
    """Files made while migration 3 was still empty lack the sync tables."""
    if store.read_only or "first_heard" in {c[1] for c in store.conn.execute(
            "PRAGMA table_info(sync_peers)")}:
        return
    from app.core.schema import _migration_3

    with store.transaction() as conn:
        conn.execute("DROP TABLE IF EXISTS sync_peers")   # a development version's
        _migration_3(conn)


def copy_name(store: Store) -> str:
    """The copy's name in packages: set by the user, else the computer's name (already
    stored in the file as the copy's home)."""
    return store.meta("copy_name") or socket.gethostname() or store.replica_id[:8]


STALE_DAYS = 60   # a copy silent this long no longer holds every package back


def peers(store: Store, *, active_only: bool = False) -> dict[str, dict[str, int]]:
    """peer replica (or full export) -> what it had seen, as learned from its newest
    package. `active_only`: without copies silent for STALE_DAYS (a retired laptop
    would otherwise make every package carry everything since; if it returns, its
    first package tells us what it has and a package it cannot take yet waits)."""
    from datetime import datetime, timedelta, timezone

    cutoff = (datetime.now(timezone.utc) - timedelta(days=STALE_DAYS)).isoformat(
        timespec="seconds")
    rows = store.conn.execute(
        "SELECT peer, seen, COALESCE(last_import_at, created_at, '') FROM sync_peers")
    return {peer: json.loads(seen) for peer, seen, heard in rows
            if not active_only or heard >= cutoff}


def plan_base(store: Store, seen: dict[str, int], peer: str | None = None) -> dict[str, int]:
    """What the recipients hold for sure: the given peer's vector, or the least of
    every recently heard peer's (and recent full export's); empty when none is known."""
    known = peers(store, active_only=peer is None)
    if peer is not None:
        base = known.get(peer, {})
    elif known:
        base = {r: min(vector.get(r, 0) for vector in known.values()) for r in seen}
    else:
        base = {}
    return {r: min(h, seen[r]) for r, h in base.items() if r in seen and min(h, seen[r]) > 0}


def export(store: Store, workspace_name: str, path: Path, *, full: bool = False,
           peer: str | None = None) -> ExportResult:
    """Write what the recipients may lack: the difference against what the given peer
    (or every known peer) has seen; everything when full or when none is known."""
    _check_target(store, path)
    ensure_bookkeeping(store)
    seen = seen_vector(store.conn)
    base = {} if full else plan_base(store, seen, peer)
    if not base and not store.read_only:
        # A new copy may start from this package without us ever hearing from it:
        # count it as a peer that has seen what we have now.
        with store.transaction() as conn:
            conn.execute("DELETE FROM sync_peers WHERE kind = 'join' AND peer NOT IN ("
                         "SELECT peer FROM sync_peers WHERE kind = 'join' "
                         "ORDER BY first_heard DESC LIMIT 20)")   # keep the table small
            now = store.clock.tick()   # later than every peer heard of so far
            conn.execute("INSERT INTO sync_peers (peer, kind, stamp, first_heard, created_at, "
                         "seen) VALUES (?, 'join', ?, ?, ?, ?)",
                         (new_id(), now, now, now_text(), json.dumps(seen)))
    # changes.json is built by SQLite's JSON functions: no Python object per row.
    # Reals go through Python's repr (SQLite prints 15 digits: not a round trip).
    # Primary-key order, so the recipient's B-tree inserts are appends.
    store.conn.create_function("exact_real", 1, float.__repr__, deterministic=True)
    try:
        count, text = store.conn.execute(
            "SELECT COUNT(*), COALESCE(json_group_array(json_array(tbl, record_id, field, "
            "CASE WHEN typeof(value) = 'real' THEN json(exact_real(value)) ELSE value END, "
            "hlc, replica, base_hlc, base_replica)), '[]') FROM (SELECT * FROM changes "
            + ("WHERE hlc > COALESCE(json_extract(?, '$.\"' || replica || '\"'), 0) "
               if base else "WHERE ? IS NOT NULL ")
            + "ORDER BY tbl, record_id, field, hlc, replica)", (json.dumps(base),)).fetchone()
        tables = dict(store.conn.execute(
            "SELECT tbl, COUNT(*) FROM changes "
            + ("WHERE hlc > COALESCE(json_extract(?, '$.\"' || replica || '\"'), 0) "
               if base else "WHERE ? IS NOT NULL ")
            + "GROUP BY tbl", (json.dumps(base),)))
    except sqlite3.Error:   # infinity or NaN in a value, or a BLOB
        raise PackageError("Arbetsytan innehåller ett värde som inte kan exporteras "
                           "(ogiltigt tal).") from None
    manifest = {
        "workspace_id": store.workspace_id, "workspace_name": workspace_name,
        "county_name": store.meta("county_name") or "",
        "sender": store.replica_id, "sender_name": copy_name(store),
        "package_id": new_id(), "created_at": now_text(), "stamp": store.clock.last,
        "base": base, "seen": seen, "tables": tables,
    }
    size = write_package(path, manifest, text.encode("utf-8"), count)
    return ExportResult(Path(path), count, size, not base)


def _check_target(store: Store, path: Path) -> None:
    """A package may replace an older package, never a workspace or another file."""
    if not path.exists():
        return
    if path.is_dir() or path.resolve() == store.path.resolve():
        raise PackageError(f"{path.name} är ingen fil för ett synkpaket; välj ett annat namn.")
    try:
        read_manifest(path)
    except PackageError:
        raise PackageError(f"Filen {path.name} finns redan och är inget synkpaket; den skrivs "
                           "inte över. Välj ett annat namn.") from None


def preview(store: Store, path: Path) -> Preview:
    ensure_bookkeeping(store)
    package = _read_for(store, path)
    seen = seen_vector(store.conn)
    incoming = new_rows(package.rows, seen)
    result = Preview(Path(path), package.sender, package.sender_name,
                     package.manifest.get("created_at", ""), len(package.rows),
                     len(incoming), _record_counts(incoming), _clock_ahead(incoming),
                     package.full)
    if package.sender == store.replica_id:
        result.skipped = "self"
    elif _gaps(package, seen):
        result.waiting = True
    elif not incoming:
        result.skipped = "already"
    return result


def import_package(store: Store, path: Path, *, backup: Callable[[], Path] | None,
                   progress: Progress | None = None,
                   package: Package | None = None) -> ImportReport:
    """Import a package file (or one already read and validated from it)."""
    _step(progress, "Läser och kontrollerar paketet", 0.0)
    ensure_bookkeeping(store)
    package = _read_for(store, path, package)
    report = ImportReport(Path(path), package.sender, package.sender_name,
                          package.manifest.get("created_at", ""), rows=len(package.rows))
    if package.sender == store.replica_id:
        report.skipped = "self"
        return report
    if store.read_only:
        raise PackageError("Arbetsytan är öppnad skrivskyddad; paketet kan inte importeras.")
    seen = seen_vector(store.conn)
    if _gaps(package, seen):
        _guarded(store, lambda conn: _remember_peer(conn, package, store.clock.last))
        raise PackageGapError(
            f"Synkpaketet från {package.sender_name} bygger på ändringar som den här kopian "
            "inte har fått ännu. Importera först de paket som kom före det, eller be "
            "avsändaren om ett fullständigt paket.")
    incoming = new_rows(package.rows, seen, store.conn,
                        store.replica_id if package.full else None)
    if not incoming:
        report.skipped = "already"
        _guarded(store, lambda conn: _remember(conn, package, 0, store.clock.last))
        return report
    if backup is not None:
        _step(progress, "Säkerhetskopierar arbetsytan", 0.1)
        try:
            report.backup = backup()
        except (OSError, sqlite3.Error) as exc:
            raise PackageError("Kunde inte göra en säkerhetskopia före importen, så inget "
                               f"importerades: {getattr(exc, 'strerror', None) or exc}") from None
    _step(progress, "Tillämpar ändringarna", 0.2)

    def apply(conn: sqlite3.Connection) -> None:
        applied = apply_rows(conn, incoming, progress=progress)
        store.clock.observe(max(r[4] for r in incoming))
        clock = {k: v for k, v in applied.winners.items() if sync_conflicts.is_far_ahead(v[0])}
        conflicts = [c for k in applied.multi
                     for c in sync_conflicts.field_conflicts(conn, k, clock.get(k))]
        # Watch every field with concurrent versions, also those whose values
        # agree today: a later edit on a copy that held only one of them makes
        # the other a conflict, and every copy must then show it alike.
        watched = {(c.table, c.record_id, c.field) for c in conflicts}
        watched.update(k for k in applied.multi if sync_conflicts.has_open_siblings(conn, k))
        sync_conflicts.flag(conn, sorted(watched), clock)
        _remember(conn, package, applied.new, store.clock.last)
        report.new, report.records, report.conflicts = applied.new, applied.records, conflicts

    _guarded(store, apply)
    report.clock_ahead = _clock_ahead(incoming)
    _step(progress, "Klart", 1.0)
    return report


def _read_for(store: Store, path: Path, package: Package | None = None) -> Package:
    package = package or read_package(path)
    if package.workspace_id != store.workspace_id:
        other = package.manifest.get("workspace_name") or "okänd"
        raise PackageError(f"Synkpaketet hör till en annan arbetsyta (”{other}”) och kan "
                           "inte importeras hit.")
    return package


def _gaps(package: Package, seen: dict[str, int]) -> dict[str, int]:
    return {r: h for r, h in package.base.items() if h > seen.get(r, 0)}


def _guarded(store: Store, work: Callable[[sqlite3.Connection], Any]) -> None:
    """One transaction; a failure (disk full, read-only file) is a refusal that
    leaves the workspace as it was."""
    try:
        with store.transaction() as conn:
            work(conn)
    except PackageError:
        raise
    except StoreError as exc:
        raise PackageError(f"Importen avbröts och inget ändrades: {exc}") from None
    except sqlite3.IntegrityError:
        raise PackageError("Synkpaketet hänvisar till poster som saknas eller motsäger "
                           "arbetsytan; inget importerades.") from None
    except sqlite3.Error as exc:
        raise PackageError(f"Importen avbröts och inget ändrades: {exc}") from None
    except OSError as exc:
        raise PackageError(f"Importen avbröts och inget ändrades: {exc.strerror}") from None


def _remember(conn: sqlite3.Connection, package: Package, new: int, our_clock: int) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO sync_received (package_id, sender, created_at, imported_at, "
        "rows, new_rows) VALUES (?, ?, ?, ?, ?, ?)",
        (package.package_id, package.sender, package.manifest.get("created_at"), now_text(),
         len(package.rows), new))
    _remember_peer(conn, package, our_clock)


def _remember_peer(conn: sqlite3.Connection, package: Package, our_clock: int) -> None:
    """What the sender has seen, from its newest package (a stale one teaches nothing)."""
    conn.execute(
        "INSERT INTO sync_peers (peer, name, stamp, created_at, seen, last_import_at, "
        "first_heard) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (peer) DO UPDATE SET "
        "name = excluded.name, stamp = excluded.stamp, created_at = excluded.created_at, "
        "seen = excluded.seen, last_import_at = excluded.last_import_at "
        "WHERE excluded.stamp >= sync_peers.stamp",
        (package.sender, package.sender_name, package.manifest["stamp"],
         package.manifest.get("created_at"), json.dumps(package.seen), now_text(), our_clock))
    # A copy first heard of after a full export, holding all of it, is most likely
    # the one that started from it: that export need no longer hold packages back.
    first_heard, seen = conn.execute("SELECT first_heard, seen FROM sync_peers WHERE peer = ?",
                                     (package.sender,)).fetchone()
    seen = json.loads(seen)
    for join_id, exported_at, join_seen in conn.execute(
            "SELECT peer, first_heard, seen FROM sync_peers WHERE kind = 'join'").fetchall():
        if exported_at <= first_heard and all(
                seen.get(r, 0) >= h for r, h in json.loads(join_seen).items()):
            conn.execute("DELETE FROM sync_peers WHERE peer = ?", (join_id,))


def _record_counts(rows: list) -> dict[str, int]:
    records: dict[str, set[str]] = {}
    for row in rows:
        records.setdefault(row[0], set()).add(row[1])
    return {t: len(ids) for t, ids in records.items()}


def _clock_ahead(rows: list) -> dict[str, float]:
    """replica -> hours ahead of our wall clock, for versions more than a day ahead."""
    now_ms = time.time_ns() // 1_000_000
    limit = pack(now_ms + sync_conflicts.CLOCK_AHEAD_MS)
    ahead: dict[str, float] = {}
    if not rows or max(map(itemgetter(4), rows)) <= limit:
        return ahead
    for row in rows:
        if row[4] > limit and sync_conflicts.is_far_ahead(row[4], now_ms):
            hours = (physical_ms(row[4]) - now_ms) / 3_600_000
            ahead[row[5]] = max(ahead.get(row[5], 0.0), round(hours, 1))
    return ahead


def _step(progress: Progress | None, text: str, fraction: float) -> None:
    if progress is not None:
        progress(text, fraction)
