"""A workspace file that a failing USB stick has damaged: its backups would be
damaged too, and ten of them rotated every whole backup out (robustness
review). Now no damaged backup is written, and the good ones stay."""

from __future__ import annotations

import random
import sqlite3

import pytest

from app.core import backup
from app.workspace import Workspace


def damage(path, at: float = 0.5) -> None:
    """8 kB of noise (always the same) at `at` of the file, as a failing stick
    writes."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(int(size * at))
        f.write(random.Random(7).randbytes(8192))


@pytest.fixture()
def damaged(tmp_path):
    path = tmp_path / "län.vardflata"
    with Workspace.create(path) as ws:
        for _ in range(3):
            ws.backup()
    good = [b.path for b in backup.list_backups(path)]
    damage(path)
    return path, good


def whole(path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def test_a_damaged_file_is_found_and_its_backups_keep_the_good_ones(damaged):
    path, good = damaged
    assert not backup.file_is_whole(path)
    with Workspace.open(path) as ws:
        for _ in range(backup.KEEP + 1):
            with pytest.raises(backup.DamagedError, match="Säkerhetskopior"):
                ws.backup()
    kept = [b.path for b in backup.list_backups(path)]
    assert kept == good and all(whole(p) for p in kept)
    assert not list(backup.backup_dir(path).glob("*.part*"))   # nothing half-written left


def test_a_whole_file_is_found_whole(tmp_path):
    path = tmp_path / "län.vardflata"
    Workspace.create(path).close()
    assert backup.file_is_whole(path)
    assert not backup.file_is_whole(tmp_path / "finns-inte.vardflata")


def test_restoring_over_a_damaged_file_keeps_a_copy_of_it_and_brings_back_a_whole_one(
        damaged):
    path, good = damaged
    safety = backup.restore(good[0], path)       # the damaged file, kept: nothing is lost
    assert safety.exists() and not whole(safety)
    assert safety.name.endswith(backup.DAMAGED_SUFFIX)   # beside the backups, not one
    assert safety not in [b.path for b in backup.list_backups(path)]
    assert whole(path) and backup.file_is_whole(path)
    with Workspace.open(path) as ws:
        assert ws.units()


def test_restoring_over_a_file_sqlite_cannot_read_at_all_keeps_its_bytes(tmp_path):
    """Its first page gone: no version can be read from it, and SQLite cannot
    copy it. Its bytes are kept beside the backups, and the restored file's
    clock is at least now (after every version it can have signed)."""
    import time

    from app.core.hlc import physical_ms

    path = tmp_path / "län.vardflata"
    with Workspace.create(path) as ws:
        ws.backup()
    chosen = backup.list_backups(path)[0].path
    damage(path, at=0)
    before = path.read_bytes()
    safety = backup.restore(chosen, path)
    assert safety.read_bytes() == before and "skadad" in safety.name
    assert whole(path)
    clock = sqlite3.connect(path).execute(
        "SELECT value FROM meta WHERE key = 'clock'").fetchone()[0]
    assert physical_ms(int(clock)) >= time.time_ns() // 1_000_000 - 60_000



def damage_meta(path) -> None:
    """The meta table's page gone: opening itself reads it."""
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xff" * size)


def test_a_file_damaged_where_opening_reads_is_a_sentence_not_a_traceback(tmp_path, capsys):
    from app.cli import main
    from app.core.store import StoreError, lock_path

    path = tmp_path / "län.vardflata"
    Workspace.create(path).close()
    damage_meta(path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="län.vardflata är skadad.*Säkerhetskopior"):
        Workspace.open(path)
    assert not lock_path(path).exists()                 # the lock went with the refusal
    assert main(["report", str(path), "-o", str(tmp_path / "r.pdf")]) == 2
    assert "är skadad" in capsys.readouterr().err
    assert path.read_bytes() == before                  # nothing written to it
