"""Clocks in packages (audit 4, items 5, 6 and 8): impossible versions are refused
before anything changes, every version a far-ahead clock stamped is caught, a
duplicated row is refused before the backup, and file errors are Swedish."""

from __future__ import annotations

import errno
import hashlib
import json
import sqlite3
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from app import sync
from app.core import sync_exchange
from app.core.store import Store, os_error_text
from app.sync import PackageError
from app.workspace import Workspace

DAY_MS = 24 * 3600 * 1000


@pytest.fixture()
def pair(tmp_path: Path):
    a = Workspace.create(tmp_path / "a.vardflata")
    a.export_package(tmp_path / "start.vardsync")
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    yield a, b
    a.close()
    b.close()


def forge(package: Path, target: Path, rows: list | None = None, **manifest) -> Path:
    """A package re-written with other rows or manifest fields, its checksums
    recomputed: what anyone can do (the checksums detect damage, not forgery)."""
    with zipfile.ZipFile(package) as archive:
        head = json.loads(archive.read(sync.MANIFEST))
        old_rows = json.loads(archive.read(sync.CHANGES))
    rows = old_rows if rows is None else rows
    payload = json.dumps(rows).encode()
    head.update(changes_sha256=hashlib.sha256(payload).hexdigest(), changes_size=len(payload),
                rows=len(rows), tables=dict(Counter(r[0] for r in rows)), **manifest)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(sync.MANIFEST, json.dumps(head))
        archive.writestr(sync.CHANGES, payload)
    return target


def file_state(ws: Workspace) -> tuple[bytes, bytes]:
    wal = Path(f"{ws.path}-wal")
    return ws.path.read_bytes(), wal.read_bytes() if wal.exists() else b""


def edited_package(a: Workspace, path: Path) -> tuple[Path, list]:
    a.update_item(a.items()[0].id, title="Ärlig rubrik")
    package = a.export_package(path).path
    with zipfile.ZipFile(package) as archive:
        return package, json.loads(archive.read(sync.CHANGES))


@pytest.mark.parametrize("hlc", [(1 << 63) - 1,                               # the audit's
                                 ((time.time_ns() // 1_000_000 + 400 * DAY_MS) << 16)])
def test_a_version_beyond_a_year_ahead_is_refused_and_changes_nothing(pair, tmp_path, hlc):
    a, b = pair
    package, rows = edited_package(a, tmp_path / "good.vardsync")
    row = next(r for r in rows if r[2] == "title" and r[3] == "Ärlig rubrik")
    row[3], row[4] = "FRAMTID", hlc
    bad = forge(package, tmp_path / "bad.vardsync", rows)
    before = file_state(b)
    with pytest.raises(PackageError, match="mer än ett år fram i tiden"):
        b.import_package(bad)
    with pytest.raises(PackageError, match="mer än ett år fram i tiden"):
        b.preview_package(bad)
    assert file_state(b) == before and b.backups() == []
    b.update_item(b.items()[0].id, title="Går att ändra")          # no OverflowError
    assert b.item(b.items()[0].id).title == "Går att ändra"


@pytest.mark.parametrize("field", ["stamp", "seen", "base"])
def test_a_manifest_clock_beyond_a_year_ahead_is_refused(pair, tmp_path, field):
    a, b = pair
    package, rows = edited_package(a, tmp_path / "good.vardsync")
    far = (1 << 63) - 1
    value = far if field == "stamp" else {a.replica_id: far}
    bad = forge(package, tmp_path / "bad.vardsync", rows, **{field: value})
    before = file_state(b)
    with pytest.raises(PackageError, match="mer än ett år fram i tiden"):
        b.import_package(bad)
    assert file_state(b) == before


def test_a_clock_days_ahead_is_still_accepted_and_shown(pair, tmp_path):
    a, b = pair
    wall = a._store.clock._wall_ms
    a._store.clock._wall_ms = lambda: wall() + 30 * DAY_MS
    a.update_item(a.items()[0].id, title="Från en dator med fel datum")
    a._store.clock._wall_ms = wall
    report = b.import_package(a.export_package(tmp_path / "p.vardsync").path)
    assert report.new == 1 and 29 * 24 < report.clock_ahead[a.replica_id] < 31 * 24


def test_every_version_a_far_ahead_clock_stamped_is_caught(pair, tmp_path):
    """The audit's s6: several edits within one millisecond of a clock ahead have
    counters 1, 2, …; each must be flagged, not only the first."""
    a, b = pair
    frozen = time.time_ns() // 1_000_000 + 10 * DAY_MS
    b._store.clock._wall_ms = lambda: frozen          # every edit in the same millisecond
    unit, items = a.units()[0], a.items()
    b.set_assessment(unit.id, items[0].id, note="B framtid")
    b.set_assessment(unit.id, items[1].id, note="B framtid 2")
    b.update_item(items[0].id, title="B rubrik")
    b.update_unit(a.units()[1].id, name="B namn")
    counters = {h & 0xFFFF for (h,) in b._store.conn.execute(
        "SELECT hlc FROM changes WHERE replica = ?", (b.replica_id,))}
    assert len(counters) > 1                           # the premise: counters beyond 0
    a.set_assessment(unit.id, items[0].id, note="A nu")
    a.set_assessment(unit.id, items[1].id, note="A nu 2")
    a.update_item(items[0].id, title="A rubrik")
    a.update_unit(a.units()[1].id, name="A namn")
    preview = a.preview_package(b.export_package(tmp_path / "b.vardsync").path)
    assert set(preview.clock_ahead) == {b.replica_id}
    report = a.import_package(tmp_path / "b.vardsync")
    assert set(report.clock_ahead) == {b.replica_id}
    conflicts = a.conflicts()
    assert {(c.kept, c.other) for c in conflicts} >= {
        ("B framtid", "A nu"), ("B framtid 2", "A nu 2"), ("B rubrik", "A rubrik"),
        ("B namn", "A namn")}
    assert all(c.clock_ahead for c in conflicts)


def test_folder_summary_warns_of_a_clock_ahead(pair, tmp_path):
    a, b = pair
    folder = tmp_path / "delad"
    folder.mkdir()
    wall = b._store.clock._wall_ms
    b._store.clock._wall_ms = lambda: wall() + 5 * DAY_MS
    b.add_finding("Från framtiden")
    b._store.clock._wall_ms = wall
    b.sync_folder(folder)
    report = a.sync_folder(folder)
    assert b.replica_id in report.clock_ahead
    assert "klocka går mer än ett dygn före" in report.summary()


def test_a_duplicated_row_is_refused_before_the_backup_and_names_the_file(pair, tmp_path):
    a, b = pair
    package, rows = edited_package(a, tmp_path / "good.vardsync")
    bad = forge(package, tmp_path / "dubbel.vardsync", rows + [rows[-1]])
    before = file_state(b)
    with pytest.raises(PackageError, match="dubbel.vardsync.*samma ändring två gånger"):
        b.import_package(bad)
    assert file_state(b) == before and b.backups() == []


@pytest.mark.parametrize("error, swedish", [
    (OSError(errno.EROFS, "Read-only file system"), "skrivskyddad"),
    (OSError(errno.ENOSPC, "No space left on device"), "disken är full"),
    (OSError(errno.EIO, "Input/output error"), "läs- eller skrivfel"),
    (OSError(errno.EACCES, "Permission denied"), "behörighet saknas"),
    (sqlite3.OperationalError("database or disk is full"), "disken är full"),
    (sqlite3.OperationalError("disk I/O error"), "läs- eller skrivfel"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "skrivskyddad"),
])
def test_file_errors_are_said_in_swedish(error, swedish):
    assert swedish in os_error_text(error)


@pytest.mark.parametrize("error", [sqlite3.OperationalError("disk I/O error"),
                                   OSError(errno.EIO, "Input/output error")])
def test_an_io_error_during_import_is_swedish_and_changes_nothing(pair, tmp_path, monkeypatch,
                                                                  error):
    a, b = pair
    a.add_finding("Ny")
    package = a.export_package(tmp_path / "p.vardsync").path
    snapshot = b.snapshot()
    real = sync_exchange.apply_rows

    def fail(conn, rows, **kwargs):
        real(conn, rows, **kwargs)
        raise error

    monkeypatch.setattr(sync_exchange, "apply_rows", fail)
    with pytest.raises(PackageError) as caught:
        b.import_package(package, backup=False)
    assert "läs- eller skrivfel på disken" in str(caught.value)
    assert "error" not in str(caught.value).lower()
    assert b.snapshot() == snapshot


def test_a_package_that_cannot_be_written_says_why_in_swedish(pair, tmp_path, monkeypatch):
    a, _ = pair

    def broken(self, *args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", broken)
    with pytest.raises(PackageError, match="läs- eller skrivfel") as caught:
        a.export_package(tmp_path / "ut.vardsync")
    assert "Input/output" not in str(caught.value)


def test_read_only_medium_opens_read_only(tmp_path, monkeypatch):
    """A workspace on a write-protected stick: SQLite cannot make the WAL's shared
    memory file beside it and says "unable to open database file". The file
    closed cleanly, it opens read-only (immutable), not as "no workspace"."""
    path = tmp_path / "b.vardflata"
    Workspace.create(path, name="På USB-minnet").close()
    real = sqlite3.connect
    calls = []

    class NoShm:
        """A connection on a read-only medium: its first read fails."""

        def __init__(self, conn):
            self.conn = conn

        def execute(self, *args):
            raise sqlite3.OperationalError("unable to open database file")

        def close(self):
            self.conn.close()

    def connect(database, *args, **kwargs):
        calls.append(database)
        conn = real(database, *args, **kwargs)
        return NoShm(conn) if "immutable" not in database else conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    with Workspace.open(path, read_only=True) as ws:
        assert ws.name == "På USB-minnet" and ws.read_only
    assert "immutable=1" in calls[-1]
    monkeypatch.setattr(sqlite3, "connect", real)
    Path(f"{path}-wal").write_bytes(b"x" * 100)      # not closed cleanly: say so plainly
    monkeypatch.setattr(sqlite3, "connect", connect)
    with pytest.raises(Exception) as caught:
        Workspace.open(path, read_only=True)
    assert "ingen Vårdfläta-arbetsyta" not in str(caught.value)
    assert "kunde inte öppnas" in str(caught.value)


def test_store_open_on_a_read_only_folder_is_swedish(tmp_path, monkeypatch):
    from app.core import filelock

    path = tmp_path / "b.vardflata"
    Workspace.create(path).close()

    def read_only(self):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(filelock.FileLock, "acquire", read_only)
    with pytest.raises(Exception) as caught:
        Store.open(path)
    assert "skrivskyddad" in str(caught.value) and "Read-only" not in str(caught.value)
