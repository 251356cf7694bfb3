"""Safety of the workspace file: one writer, crashes, backups, clocks and ids."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.hlc import HybridClock, physical_ms
from app.core.ids import derived_id, new_id
from app.workspace import LockedError, Workspace, restore_backup


def test_a_second_writer_is_refused_but_may_read(tmp_path):
    path = tmp_path / "w.vardflata"
    with Workspace.create(path) as first:
        with pytest.raises(LockedError):
            Workspace.open(path)
        with Workspace.open(path, read_only=True) as reader:
            assert len(reader.units()) == len(first.units())
    Workspace.open(path).close()  # the lock goes with the writer


def test_a_second_process_is_refused_while_the_first_writes(tmp_path):
    path = tmp_path / "w.vardflata"
    with Workspace.create(path):
        code = ("import sys\nfrom app.workspace import Workspace, LockedError\n"
                "try:\n    Workspace.open(sys.argv[1])\nexcept LockedError:\n    sys.exit(3)\n")
        result = subprocess.run([sys.executable, "-c", code, str(path)])
        assert result.returncode == 3


def test_kill_9_while_editing_loses_at_most_the_edit_in_flight(tmp_path):
    path = tmp_path / "crash.vardflata"
    Workspace.create(path).close()
    script = textwrap.dedent("""
        import sys
        from app.workspace import Workspace
        ws = Workspace.open(sys.argv[1])
        unit, items = ws.units()[0], ws.items()
        n = 0
        while True:
            item = items[n % len(items)]
            ws.set_assessment(unit.id, item.id, note=f"edit {n}")
            print(n, flush=True)
            n += 1
    """)
    proc = subprocess.Popen([sys.executable, "-c", script, str(path)],
                            stdout=subprocess.PIPE, text=True)
    done = -1
    deadline = time.monotonic() + 30
    while done < 150 and time.monotonic() < deadline:
        done = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert done >= 150
    with Workspace.open(path) as ws:  # the OS released the lock with the process
        assert ws._store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        unit, items = ws.units()[0], ws.items()
        n_items = len(items)
        # Every edit reported as committed is there: per method, the note is the
        # last reported edit of that method or a later one (the child keeps
        # writing between its last report and the kill).
        for n in range(max(0, done - n_items + 1), done + 1):
            note = ws.assessment(unit.id, items[n % n_items].id).note
            kept = int(note.split()[1])
            assert kept >= n and kept % n_items == n % n_items, (n, note)


def test_backups_rotate_and_restore_without_losing_the_current_state(tmp_path):
    path = tmp_path / "b.vardflata"
    with Workspace.create(path) as ws:
        unit, item = ws.units()[0], ws.items()[0]
        ws.set_assessment(unit.id, item.id, status="planned")
        first = ws.backup(keep=3)
        for _ in range(4):
            ws.backup(keep=3)
        assert len(ws.backups()) == 3
        assert first not in [b.path for b in ws.backups()]
        kept = ws.backups()[-1].path
        ws.set_assessment(unit.id, item.id, status="systematic")
        replica, latest = ws.replica_id, ws._store.clock.last
    safety = restore_backup(kept, path)
    with Workspace.open(path) as ws:
        assert ws.assessment(unit.id, item.id).status == "planned"
        # A new copy, whose next version sorts after all the replaced file signed.
        assert ws.replica_id != replica
        ws.set_assessment(unit.id, item.id, note="efter återställningen")
        assert ws._store.clock.last > latest
    with Workspace.open(safety, read_only=True) as saved:
        assert saved.assessment(unit.id, item.id).status == "systematic"


def test_a_damaged_backup_is_not_restored(tmp_path):
    path = tmp_path / "b.vardflata"
    with Workspace.create(path) as ws:
        backup = ws.backup()
    data = bytearray(backup.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    backup.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises((ValueError, sqlite3.DatabaseError)):
        restore_backup(backup, path)
    assert path.read_bytes() == before


def test_hybrid_clock_never_goes_back_and_passes_what_it_sees():
    wall = [1_000]
    clock = HybridClock(wall_ms=lambda: wall[0])
    a = clock.tick()
    wall[0] = 500  # the laptop's clock is set back
    b = clock.tick()
    assert b > a
    clock.observe(a + 10_000_000)
    assert clock.tick() > a + 10_000_000
    wall[0] = 10**9
    assert physical_ms(clock.tick()) == 10**9


def test_ids_are_uuid7_and_derived_ids_are_stable():
    ids = [new_id() for _ in range(1000)]
    assert len(set(ids)) == 1000
    assert all(i[12] == "7" for i in ids)          # version nibble
    assert derived_id("a", "b") == derived_id("a", "b") != derived_id("b", "a")


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",))), min_size=1, max_size=3))
def test_derived_ids_are_exactly_uuid5_so_existing_files_keep_their_ids(parts):
    import uuid

    namespace = uuid.UUID("6f1c2f0e-6a51-4d6e-9a0e-7661f1a9d2b1")
    assert derived_id(*parts) == uuid.uuid5(namespace, "\x1f".join(parts)).hex


def test_the_clock_never_goes_back_across_connections_and_reopen(tmp_path):
    path = tmp_path / "clock.vardflata"
    with Workspace.create(path) as ws:
        unit, item = ws.units()[0], ws.items()[0]
        worker = ws.worker_copy()              # a second connection, as a sync worker has
        ws._store.clock.observe(ws._store.clock.last + (3_600_000 << 16))  # a peer 1 h ahead
        ws.set_assessment(unit.id, item.id, status="planned")
        worker.rename("Namn")                  # saves its own, older clock
        worker.close()
        last = ws._store.conn.execute("SELECT MAX(hlc) FROM changes").fetchone()[0]
        assert int(ws._store.meta("clock")) >= last
    # Even if the saved clock were lost, the log itself keeps the next version later.
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'clock'")
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        ws.set_assessment(unit.id, item.id, status="systematic")
        rows = ws._store.conn.execute(
            "SELECT hlc, value FROM changes WHERE tbl = 'assessments' AND field = 'status' "
            "ORDER BY hlc").fetchall()
        assert [v for _, v in rows] == ["planned", "systematic"]
        assert rows[0][0] < rows[1][0]
