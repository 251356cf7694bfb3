"""The SQLite workspace file: connection, transactions and versioned writes.

Every change of a record field goes through `Store.write` (or `insert_new`
for records that do not exist yet), which records the change with its
version in the `changes` log in the same transaction as the new value. File
exchange therefore needs no change to any write path.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from app.core import replica_marks, schema
from app.core.filelock import FileLock, LockedError
from app.core.files import in_use
from app.core.hlc import HybridClock
from app.core.ids import new_id

Value = Any  # None, int, float or str: what SQLite stores as is


class StoreError(Exception):
    """A problem with the workspace file that the user can understand."""


class ReadOnlyError(StoreError):
    pass


def _now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _host_name() -> str:
    """The machine's name, as socket.gethostname() gives it, without
    importing the socket module at start-up (where uname has it)."""
    try:
        return os.uname().nodename
    except AttributeError:   # Windows
        import socket

        return socket.gethostname()


def lock_path(path: Path) -> Path:
    path = Path(path).resolve()   # one lock per file, whatever link led to it
    return path.with_name(path.name + "-lock")


def is_damage(exc: BaseException) -> bool:
    """An SQLite error that says the file is damaged (SQLITE_CORRUPT, _NOTADB)."""
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in (11, 26)


def delete_files(path: Path) -> None:
    """A workspace file and SQLite's files beside it (not its lock file)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def remove_workspace(path: Path) -> None:
    """delete_files under the file's lock: LockedError, and nothing removed,
    while a program has it open (its work would go)."""
    lock = FileLock(lock_path(path))
    lock.acquire()
    try:
        delete_files(path)
    finally:
        lock.release()


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool,
                 lock: FileLock | None) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self._depth = 0
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        self.workspace_id: str = meta["workspace_id"]
        self.replica_id: str = meta["replica_id"]
        # Never behind a version this copy already signed, even if the saved
        # clock is older (e.g. a file restored from a backup).
        own = conn.execute("SELECT MAX(hlc) FROM changes WHERE replica = ?",
                           (self.replica_id,)).fetchone()[0] or 0
        self.clock = HybridClock(max(int(meta.get("clock") or 0), own))
        if not read_only:
            self._ensure_own_replica(meta.get("replica_home"), own)

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, create: bool = False, read_only: bool = False,
             workspace_id: str | None = None) -> "Store":
        """Open (or create) a file; `workspace_id` joins a new file to an existing
        workspace (sync's join) instead of starting a new one."""
        path = Path(path)
        if create and path.exists():
            raise StoreError(f"Filen finns redan: {path}")
        if not create and not path.is_file():
            raise StoreError(f"Arbetsytan finns inte: {path}")
        lock = None
        if not read_only:
            lock = FileLock(lock_path(path))
            try:
                lock.acquire()
            except LockedError:
                raise
            except OSError as exc:  # e.g. a read-only USB stick
                # Which folder: the file may be opened from a recent list or a
                # shared folder the user does not have in mind (robustness review).
                raise ReadOnlyError(f"Kan inte skriva i mappen {path.parent}: "
                                    f"{os_error_text(exc)}") from None
        try:
            conn = cls._connect(path, create=create, read_only=read_only)
            if create:
                cls._initialise(conn, workspace_id)
            elif not read_only:
                schema.migrate(conn)
            return cls(conn, path, read_only=read_only, lock=lock)
        except sqlite3.DatabaseError as exc:
            if lock:
                lock.release()
            if not is_damage(exc):
                raise
            # Damaged where opening reads (its meta): a sentence, not a traceback.
            raise StoreError(f"{path.name} är skadad: SQLite hittar fel i filen och kan inte "
                             "öppna den. Återställ en säkerhetskopia (Arkiv → "
                             "Säkerhetskopior).") from None
        except BaseException:
            if lock:
                lock.release()
            raise

    @staticmethod
    def _connect(path: Path, *, create: bool, read_only: bool) -> sqlite3.Connection:
        uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"Kan inte öppna filen: {os_error_text(exc)}") from None
        if read_only and not create:
            conn = Store._readable(conn, path)
        if not create:
            Store._check_workspace(conn)  # before touching a foreign file's settings
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 2000")
            if not read_only:
                # WAL: a crash or kill -9 loses at most the transaction in flight.
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            conn.close()
            raise friendly_error(exc) from None
        return conn

    @staticmethod
    def _readable(conn: sqlite3.Connection, path: Path) -> sqlite3.Connection:
        """A workspace (WAL mode) on a read-only medium cannot get the shared-memory
        file SQLite wants beside it ("unable to open database file"). Closed cleanly,
        with no -wal file, the main file holds everything: read it as immutable.
        A file that is no database at all (a sync package, a text) is left to
        _check_workspace, which says so as it does for a writable open."""
        try:
            conn.execute("PRAGMA user_version").fetchone()
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            wal = Path(f"{path}-wal")
            if "unable to open" not in str(exc) or (wal.exists() and wal.stat().st_size):
                raise friendly_error(exc) from None
        except sqlite3.DatabaseError:   # "file is not a database"
            return conn
        return sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True,
                               isolation_level=None, check_same_thread=False)

    @staticmethod
    def _check_workspace(conn: sqlite3.Connection) -> None:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            has_meta = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
            ).fetchone()
        except sqlite3.DatabaseError:
            has_meta, version = None, 0
        if not has_meta or version < 1:
            conn.close()
            raise StoreError("Filen är ingen Vårdfläta-arbetsyta.")
        if version > schema.SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                "Arbetsytan är skapad med en nyare version av Vårdfläta. "
                "Uppdatera programmet för att öppna den."
            )

    @staticmethod
    def _initialise(conn: sqlite3.Connection, workspace_id: str | None = None) -> None:
        schema.migrate(conn)
        replica = new_id()
        with _transaction(conn):
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("workspace_id", workspace_id or new_id()), ("replica_id", replica),
                 ("replica_home", None), ("created_at", _now_text()), ("clock", "0")],
            )
            conn.execute(
                "INSERT INTO replicas (id, created_at) VALUES (?, ?)", (replica, _now_text())
            )

    def _ensure_own_replica(self, home: str | None, own: int) -> None:
        """Give a copied file a replica id of its own.

        A file is at home on one machine at one path. Found anywhere else it
        is a copy, and two copies must never sign changes with the same id.
        Found at home with fewer of its own changes (its newest: `own`) than
        already left in packages, it is an older copy put back over itself and
        forks too: other copies would take its next change as following the
        lost ones and never ask for them (see app.core.replica_marks).
        """
        here = f"{_host_name()}\n{self.path.resolve()}"
        if home == here:
            sent = replica_marks.sent(self.replica_id)
            if own >= sent:
                return
            # Like backup.restore: new versions sort after those that went out.
            self.clock.observe(sent)
        with self.transaction():
            if home is not None:
                parent, self.replica_id = self.replica_id, new_id()
                self.conn.execute(
                    "INSERT INTO replicas (id, created_at, parent) VALUES (?, ?, ?)",
                    (self.replica_id, _now_text(), parent),
                )
                self._set_meta("replica_id", self.replica_id)
            self.conn.execute(
                "UPDATE replicas SET home = ? WHERE id = ?", (here, self.replica_id)
            )
            self._set_meta("replica_home", here)

    def make_home(self, path: Path) -> None:
        """This copy's home is `path`: a file built under another name (a join
        in progress) and renamed there once whole, where opening it must not
        take it for a copy of itself and fork a new replica id."""
        here = f"{_host_name()}\n{Path(path).resolve()}"
        with self.transaction():
            self.conn.execute("UPDATE replicas SET home = ? WHERE id = ?",
                              (here, self.replica_id))
            self._set_meta("replica_home", here)

    def close(self) -> None:
        if self.conn is None:
            return
        try:
            if not self.read_only:
                self.conn.execute("PRAGMA optimize")
            self.conn.close()
        finally:
            self.conn = None
            if self._lock:
                self._lock.release()

    # -- transactions and metadata -------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside commit together or not at all (nestable)."""
        if self.read_only:
            raise ReadOnlyError("Arbetsytan är öppnad skrivskyddad.")
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with _transaction(self.conn):
                yield self.conn
                self._save_clock()
        finally:
            self._depth = 0

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction():
            self._set_meta(key, value)

    def _save_clock(self) -> None:
        """Store the clock, never lowering it: another connection to the file (a
        worker's) may have saved a later one meanwhile."""
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('clock', ?) ON CONFLICT(key) DO UPDATE "
            "SET value = CAST(MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) "
            "AS TEXT)", (str(self.clock.last),))

    def _set_meta(self, key: str, value: str | None) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- versioned writes ----------------------------------------------------

    def write(self, table: str, record_id: str, fields: Mapping[str, Value], *,
              together: tuple[str, ...] = ()) -> dict[str, tuple]:
        """Change the given fields of a record (creating it if needed).

        Returns {field: (old, new)} for the fields whose value changed; fields
        given their current value are not recorded as changes, except those of
        `together` when one of them changes: fields that are one value (a
        proportion's numerator, denominator and value) get one version, so that
        sync, which merges field by field, takes all of them from one copy.

        A new record of schema.SHARED_RECORDS (one id for one natural key, which
        two copies may both begin) leaves its empty fields (None, "") unset and
        unversioned: they are defaults, not values, and must not win
        over what the other copy wrote (`together` counts as one field: set if
        any of it is). Their readers take NULL as empty, and "" written over
        NULL is no change either.
        """
        columns = _columns(table)
        unknown = set(fields) - set(columns)
        if unknown:
            raise ValueError(f"{table} has no field(s) {sorted(unknown)}")
        with self.transaction() as conn:
            current = self.get(table, record_id)
            shared = table in schema.SHARED_RECORDS
            if current is None and shared:
                fields = _without_defaults(fields, together)
            changed = {
                f: ((current or {}).get(f), v)
                for f, v in fields.items()
                if current is None or (current[f] != v and not (
                    shared and current[f] in _EMPTY and v in _EMPTY))
            }
            if not changed:
                return {}
            versioned = {f: new for f, (_, new) in changed.items()}
            if current is not None and versioned.keys() & set(together):
                versioned.update({f: fields.get(f, current[f]) for f in together
                                  if f not in versioned})
            self._log_versions(table, record_id, {
                f: (value, self.last_version(table, record_id, f))
                for f, value in versioned.items()})
            self._forget_personnummer_taken_out(table, record_id, changed)
            names = list(changed)
            conn.execute(
                f"INSERT INTO {table} (id, {', '.join(names)}) "
                f"VALUES (?{', ?' * len(names)}) ON CONFLICT(id) DO UPDATE SET "
                + ", ".join(f"{n} = excluded.{n}" for n in names),
                (record_id, *(changed[n][1] for n in names)),
            )
            return changed

    def _forget_personnummer_taken_out(self, table: str, record_id: str,
                                       changed: Mapping[str, tuple]) -> None:
        """A typed text that held a personnummer and no longer does: its digits
        go from the field's older versions in the log too ("xxxxxxxx-xxxx", as
        packages send them). A number deleted by hand had stayed in the file's
        history, on a laptop that could be lost; the content is unchanged."""
        taken_out = [f for f, (old, new) in changed.items()
                     if isinstance(old, str) and _SIX_DIGITS.search(old)]
        if not taken_out:
            return
        from app.core.privacy import contains_personnummer, typed_text_fields

        for field in taken_out:
            old, new = changed[field]
            if (field not in typed_text_fields(table) or not contains_personnummer(old)
                    or isinstance(new, str) and contains_personnummer(new)):
                continue
            self.blank_personnummer_in_log(self.conn.execute(
                "SELECT tbl, record_id, field, hlc, replica, value FROM changes "
                "WHERE tbl = ? AND record_id = ? AND field = ? AND typeof(value) = 'text'",
                (table, record_id, field)).fetchall())

    def blank_personnummer_in_log(self, rows: Iterable[tuple]) -> int:
        """Blank the personnummer in these change-log rows' values, (tbl,
        record_id, field, hlc, replica, value) each, in place: "xxxxxxxx-xxxx",
        the length kept. Returns how many values changed."""
        from app.core.privacy import blank_personnummer

        blanked = [(blank, *key) for *key, value in rows
                   if (blank := blank_personnummer(value)) != value]
        self.conn.executemany(
            "UPDATE changes SET value = ? WHERE tbl = ? AND record_id = ? AND field = ? "
            "AND hlc = ? AND replica = ?", blanked)
        return len(blanked)

    def write_version(self, table: str, record_id: str, field: str, value: Value,
                      base: tuple[int, str]) -> int:
        """Record a new version of one field that replaces a chosen version."""
        return self.write_versions(table, record_id, {field: (value, base)})

    def write_versions(self, table: str, record_id: str,
                       versions: Mapping[str, tuple[Value, tuple]]) -> int:
        """Record new versions of fields, {field: (value, base)}, in one version
        (one hlc), each replacing a chosen version.

        Unlike `write`, a value may equal the current one and its base is given:
        resolving a sync conflict by keeping a value must still be a change that
        causally follows the version the user rejected.
        """
        unknown = set(versions) - set(_columns(table))
        if unknown:
            raise ValueError(f"{table} has no field(s) {sorted(unknown)}")
        with self.transaction() as conn:
            current = self.get(table, record_id) or {}
            hlc = self._log_versions(table, record_id, versions)
            names = list(versions)
            conn.execute(
                f"INSERT INTO {table} (id, {', '.join(names)}) "
                f"VALUES (?{', ?' * len(names)}) ON CONFLICT(id) DO UPDATE SET "
                + ", ".join(f"{n} = excluded.{n}" for n in names),
                (record_id, *(versions[n][0] for n in names)))
            # A conflict resolved to the text without the personnummer: as `write`.
            self._forget_personnummer_taken_out(table, record_id, {
                f: (current.get(f), value) for f, (value, _base) in versions.items()})
            return hlc

    def last_version(self, table: str, record_id: str, field: str) -> tuple:
        """(hlc, replica) of a field's newest version, (None, None) if it has none."""
        return self.conn.execute(
            "SELECT hlc, replica FROM changes WHERE tbl = ? AND record_id = ? "
            "AND field = ? ORDER BY hlc DESC, replica DESC LIMIT 1",
            (table, record_id, field)).fetchone() or (None, None)

    def _log_versions(self, table: str, record_id: str,
                      versions: Mapping[str, tuple[Value, tuple]]) -> int:
        """Log {field: (value, base)} as one new version; returns its hlc. A new
        version must sort after those it replaces, whatever our clock says."""
        self.clock.observe(max((base[0] or 0) for _, base in versions.values()))
        hlc = self.clock.tick()
        self.conn.executemany(_INSERT_CHANGE, [
            (hlc, self.replica_id, table, record_id, field, value, *base)
            for field, (value, base) in versions.items()])
        return hlc

    def insert_new(self, table: str, records: Iterable[Mapping[str, Value]]) -> list[str]:
        """Create many new records at once (catalogue load, demo data).

        A record without an "id" gets a new one. Only non-empty fields are
        logged as changes; new records have no earlier version to replace.
        """
        columns = _columns(table)
        ids, change_rows, value_rows = [], [], []
        with self.transaction() as conn:
            hlc = self.clock.tick()
            for record in records:
                record_id = record.get("id") or new_id()
                ids.append(record_id)
                values = [record.get(c) for c in columns[:-1]] + [record.get("deleted", 0)]
                value_rows.append((record_id, *values))
                change_rows.extend(
                    (hlc, self.replica_id, table, record_id, c, v, None, None)
                    for c, v in zip(columns, values)
                    if v is not None and not (c == "deleted" and v == 0)
                )
            conn.executemany(
                f"INSERT INTO {table} (id, {', '.join(columns)}) "
                f"VALUES (?{', ?' * len(columns)})",
                value_rows,
            )
            conn.executemany(_INSERT_CHANGE, change_rows)
        return ids

    # -- reads -----------------------------------------------------------------

    def get(self, table: str, record_id: str) -> dict[str, Value] | None:
        _columns(table)
        cur = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id,))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip((d[0] for d in cur.description), row))

    def select(self, sql: str, params: Iterable[Value] = ()) -> list[dict[str, Value]]:
        cur = self.conn.execute(sql, tuple(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


_EMPTY = (None, "")
_SIX_DIGITS = re.compile(r"\d{6}")   # cheap first look for a personnummer


def _without_defaults(fields: Mapping[str, Value],
                      together: tuple[str, ...]) -> dict[str, Value]:
    """A new shared record's fields without its empty defaults (see Store.write)."""
    group = [f for f in together if f in fields]
    keep_group = any(fields[f] not in _EMPTY for f in group)
    return {f: v for f, v in fields.items()
            if v not in _EMPTY or (keep_group and f in group)}


# A plain INSERT: a version this copy signs is new by construction, and if it
# ever were not, failing loudly beats a log that disagrees with the record.
_INSERT_CHANGE = (
    "INSERT INTO changes "
    "(hlc, replica, tbl, record_id, field, value, base_hlc, base_replica) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _columns(table: str) -> tuple[str, ...]:
    try:
        return schema.RECORD_TABLES[table] + ("deleted",)
    except KeyError:
        raise ValueError(f"unknown table {table!r}") from None


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        raise friendly_error(exc) from exc


def friendly_error(exc: sqlite3.Error) -> StoreError:
    """A sentence the user understands for the file errors they can cause."""
    text = str(exc).lower()
    if "full" in text:
        return StoreError("Disken är full. Ändringen sparades inte; frigör utrymme och försök igen.")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError("Filen eller mappen är skrivskyddad. Ändringen sparades inte.")
    if "locked" in text or "busy" in text:
        return StoreError("Arbetsytan används av ett annat program just nu. Försök igen.")
    if "not a database" in text or "malformed" in text:
        return StoreError("Filen är skadad eller ingen Vårdfläta-arbetsyta.")
    return StoreError(f"Filfel: {os_error_text(exc)}")


def os_error_text(exc: BaseException) -> str:
    """The common OS and SQLite file errors in Swedish (their own texts are English:
    "Read-only file system", "database or disk is full", "disk I/O error"), as a
    phrase to fill into a sentence."""
    return str(_os_reason(exc))


def _os_reason(exc: BaseException) -> StoreError:
    # Each phrase is written as an error of its own, so that the GUI's list of the
    # core's messages (tools/update_translations.py) has it, and translates it
    # where it fills in another message.
    import errno

    if in_use(exc):
        return StoreError("filen används av ett annat program just nu")
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code in (errno.ENOSPC, errno.EDQUOT) or "full" in text or "no space" in text:
        return StoreError("disken är full")
    if code == errno.EROFS or "read-only" in text or "readonly" in text:
        return StoreError("filen eller mappen är skrivskyddad")
    if code in (errno.EACCES, errno.EPERM) or "permission" in text or "not permitted" in text:
        return StoreError("behörighet saknas")
    if code == errno.EIO or "i/o error" in text or "input/output" in text:
        return StoreError("läs- eller skrivfel på disken (kontrollera USB-minnet eller disken)")
    if code == errno.ENOENT or "no such file" in text:
        return StoreError("filen eller mappen finns inte")
    if "unable to open" in text:
        return StoreError("filen kunde inte öppnas (saknad mapp, behörighet eller "
                          "skrivskyddat medium?)")
    if "locked" in text or "busy" in text:
        return StoreError("filen används av ett annat program just nu")
    return StoreError(getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)
