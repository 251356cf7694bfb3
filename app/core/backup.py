"""Rotating automatic backups of a workspace file, and restoring one.

Backups go to a folder beside the workspace (`<name>-backups/`) so they travel
with it on a USB stick. They are made with SQLite's backup API, which copies
a consistent state even while the file is open and in WAL mode.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.files import replace_file
from app.core.store import StoreError, is_damage

KEEP = 10
SUFFIX = ".vardflata"
# A backup being written, and SQLite's files beside it (its journal; a copy of a
# WAL-mode file briefly has a WAL of its own until it is made self-contained).
PARTS = (".part", ".part-journal", ".part-wal", ".part-shm")
STALE_PART_S = 3600                  # older than this, a part file is a failed backup's


class BackupError(StoreError, OSError):
    """A backup that could not be written (disk full, read-only medium, …), in
    Swedish. Both a StoreError and an OSError, so callers that catch either hear it."""


DAMAGED = ("Arbetsytan verkar vara skadad: SQLite hittar fel i filen (en USB-sticka som "
           "slutar fungera kan göra så). Ingen ny säkerhetskopia togs, så de äldre finns "
           "kvar. Återställ den senaste hela: Arkiv → Säkerhetskopior.")


DAMAGED_SUFFIX = "-skadad"     # a damaged file's copy beside the backups, not one of them


class DamagedError(BackupError):
    """The workspace file is damaged (DAMAGED): its backup would be too, and
    would rotate the good ones out, so none is written."""


def is_whole(conn: sqlite3.Connection) -> bool:
    """SQLite's quick check of a file: its pages and records readable and
    consistent (not that every index matches, which takes far longer)."""
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def file_is_whole(workspace: Path) -> bool:
    """is_whole for a workspace file, through a read-only connection of its own
    (any thread, while the file is open for writing elsewhere)."""
    try:
        conn = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return is_whole(conn)
    finally:
        conn.close()


def write_through(workspace: Path) -> bool:
    """Copy what the WAL holds into the workspace file itself (a passive
    checkpoint), through a connection of its own (any thread, while the file
    is open for writing elsewhere). Until SQLite's own checkpoint at 4 MB of
    WAL, the file alone held none of a workshop's work: copied to a USB stick
    while the program ran, without its -wal beside it, it was an empty file
    ("ingen Vårdfläta-arbetsyta"; new-user trial). Returns whether all of the
    WAL went in: a reader still on an older snapshot (the quick check, a
    backup) keeps the newer pages out, and the caller tries again."""
    conn = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=rw", uri=True, timeout=1)
    try:
        busy, log, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        conn.close()
    return not busy and done == log


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int


def backup_dir(workspace: Path) -> Path:
    return workspace.with_name(f"{workspace.stem}-backups")


def backup_file(workspace: Path, *, keep: int = KEEP) -> Path:
    """Back up a workspace through a connection of its own.

    Safe from any thread and while the workspace is open for writing: WAL
    lets this reader see a consistent state without blocking the writer.
    Raises BackupError (a StoreError and an OSError) with a Swedish sentence.
    """
    try:
        source = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise backup_error(exc, workspace) from None
    try:
        return write_backup(source, workspace, keep=keep)
    finally:
        source.close()


def write_backup(conn: sqlite3.Connection, workspace: Path, *, keep: int = KEEP,
                 damaged_too: bool = False) -> Path:
    """Raises BackupError (nothing half-written is left behind), DamagedError
    when the copy fails SQLite's quick check: a damaged file's backups would
    rotate the good ones out (robustness review: ten backups of a file a
    failing stick had damaged, and none whole left). `damaged_too` keeps it
    anyway: the copy taken of the file a restore replaces."""
    folder = backup_dir(workspace)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{workspace.stem}-{stamp}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    whole = True
    try:
        folder.mkdir(exist_ok=True)
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            whole = is_whole(dest)
        finally:
            dest.close()
        if not whole and damaged_too:
            # Kept, but not as a backup: never offered to restore (it would be
            # refused as damaged) nor counted, where it would rotate a good one out.
            target = target.with_name(target.name + DAMAGED_SUFFIX)
            whole = True
        if whole:
            replace_file(partial, target)  # a backup is complete or absent, never half-written
    except (OSError, sqlite3.Error) as exc:
        _discard(target.with_name(target.name + part) for part in PARTS)
        if is_damage(exc):
            raise DamagedError(DAMAGED) from None
        if _no_room(folder, workspace):
            # SQLite may say "disk I/O error" (its shared memory could not grow)
            # when the real cause, which the user can act on, is a full disk.
            exc = OSError(errno.ENOSPC, "No space left on device")
        raise backup_error(exc, target) from None
    if not whole:
        _discard(target.with_name(target.name + part) for part in PARTS)
        raise DamagedError(DAMAGED)
    _discard(old.path for old in list_backups(workspace)[keep:])
    _discard(_stale_parts(workspace))
    return target


def backup_error(exc: OSError | sqlite3.Error, target: Path) -> BackupError:
    """A Swedish sentence for a failed backup (app.sync.file_error's, which
    knows OS errors; SQLite's are given the errno they stand for)."""
    from app.sync import file_error

    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        exc = OSError(_SQLITE_ERRNO.get(code), str(exc))
    return BackupError(str(file_error(exc, target)))


# SQLITE_PERM, _READONLY, _IOERR, _FULL, _CANTOPEN
_SQLITE_ERRNO = {3: errno.EACCES, 8: errno.EROFS, 10: errno.EIO, 13: errno.ENOSPC,
                 14: errno.ENOENT}


def _discard(paths) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def _no_room(folder: Path, workspace: Path) -> bool:
    """Less free space where the backup goes than the workspace needs."""
    try:
        size = sum(Path(f"{workspace}{s}").stat().st_size for s in ("", "-wal")
                   if Path(f"{workspace}{s}").exists())
        return shutil.disk_usage(folder if folder.exists() else folder.parent).free < size
    except OSError:
        return False


def _stale_parts(workspace: Path) -> list[Path]:
    """Part files that failed backups left behind (a crash, a kill): not ones a
    backup running just now is writing."""
    folder = backup_dir(workspace)
    found = []
    for part in PARTS:
        for path in folder.glob(f"{workspace.stem}-*{SUFFIX}{part}"):
            try:
                if time.time() - path.stat().st_mtime > STALE_PART_S:
                    found.append(path)
            except OSError:
                continue
    return found


def list_backups(workspace: Path) -> list[BackupInfo]:
    """Backups of a workspace, newest first."""
    folder = backup_dir(workspace)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{workspace.stem}-*{SUFFIX}"):
        stat = path.stat()
        found.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def restore(backup: Path, workspace: Path) -> Path:
    """Replace a closed workspace file by a backup. The current file is backed
    up first; returns the path of that safety copy.

    The restored file continues as a new copy (a replica id of its own) with
    its clock past every version the replaced file had signed: its owner's
    later changes are already out with the other copies, and new ones must
    neither reuse their versions nor sort before them.
    """
    check = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise ValueError("Säkerhetskopian är skadad.")
    finally:
        check.close()
    partial = workspace.with_name(workspace.name + ".restoring")
    shutil.copyfile(backup, partial)      # first: rotation below may remove `backup`
    current = sqlite3.connect(workspace)
    try:
        clock = _latest_version(current)
        try:
            safety = write_backup(current, workspace, keep=KEEP + 1, damaged_too=True)
        except DamagedError:            # too damaged for SQLite to copy: its bytes
            safety = _copy_bytes(workspace)
    finally:
        current.close()
    restored = sqlite3.connect(partial)
    try:
        with restored:
            restored.execute(
                "UPDATE meta SET value = CAST(MAX(CAST(value AS INTEGER), ?) AS TEXT) "
                "WHERE key = 'clock'", (clock,))
            # Not this file's home any more: opening it forks a new replica id.
            restored.execute("UPDATE meta SET value = 'restored' WHERE key = 'replica_home'")
    finally:
        restored.close()
    try:
        for sidecar in ("-wal", "-shm"):
            Path(f"{workspace}{sidecar}").unlink(missing_ok=True)
        replace_file(partial, workspace)      # a scanner may hold the file a moment
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    return safety


def _latest_version(conn: sqlite3.Connection) -> int:
    """The newest version the file signed or saw. Of a damaged file (the reason
    for many a restore) what can be read, and now: its versions were signed
    before now, unless its clock ran ahead."""
    latest, readable = 0, True
    for sql in ("SELECT MAX(CAST(value AS INTEGER)) FROM meta WHERE key = 'clock'",
                "SELECT MAX(hlc) FROM changes"):
        try:
            latest = max(latest, conn.execute(sql).fetchone()[0] or 0)
        except sqlite3.DatabaseError:
            readable = False
    if not readable:
        from app.core.hlc import pack

        latest = max(latest, pack(time.time_ns() // 1_000_000))
    return latest


def _copy_bytes(workspace: Path) -> Path:
    """The file (and its WAL) copied as they are, beside the backups: what a
    restore replaces is kept even when SQLite cannot read it."""
    folder = backup_dir(workspace)
    folder.mkdir(exist_ok=True)
    # Not named as a backup, as in write_backup.
    target = folder / f"{workspace.stem}-{datetime.now():%Y%m%d-%H%M%S-%f}{SUFFIX}{DAMAGED_SUFFIX}"
    try:
        shutil.copyfile(workspace, target)
        wal = Path(f"{workspace}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
    except OSError as exc:
        raise backup_error(exc, target) from None
    return target
