"""Rotating automatic backups of a workspace file, and restoring one.

Backups go to a folder beside the workspace (`<name>-backups/`) so they travel
with it on a USB stick. They are made with SQLite's backup API, which copies
a consistent state even while the file is open and in WAL mode.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP = 10
SUFFIX = ".vardflata"


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
    """
    source = sqlite3.connect(f"{workspace.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return write_backup(source, workspace, keep=keep)
    finally:
        source.close()


def write_backup(conn: sqlite3.Connection, workspace: Path, *, keep: int = KEEP) -> Path:
    folder = backup_dir(workspace)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{workspace.stem}-{stamp}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        dest.close()
    partial.replace(target)  # a backup is complete or absent, never half-written
    for old in list_backups(workspace)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


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
        safety = write_backup(current, workspace, keep=KEEP + 1)
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
    for sidecar in ("-wal", "-shm"):
        Path(f"{workspace}{sidecar}").unlink(missing_ok=True)
    partial.replace(workspace)
    return safety


def _latest_version(conn: sqlite3.Connection) -> int:
    saved = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
    logged = conn.execute("SELECT MAX(hlc) FROM changes").fetchone()[0]
    return max(int(saved[0] or 0) if saved else 0, logged or 0)
