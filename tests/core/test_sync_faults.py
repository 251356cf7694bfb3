"""Every refused package leaves the workspace exactly as it was."""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app import sync
from app.core import sync_exchange
from app.sync import PackageError
from app.workspace import Workspace


@pytest.fixture()
def pair(tmp_path: Path):
    a = Workspace.create(tmp_path / "a.vardflata")
    a.export_package(tmp_path / "start.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    unit, item = a.units()[0], a.items()[0]
    a.set_assessment(unit.id, item.id, status="partly", note="Från A")
    a.add_finding("Gemensam rutin")
    package = a.export_package(tmp_path / "good.vardsync").path
    yield a, b, package
    a.close()
    b.close()


def file_state(ws: Workspace) -> tuple[bytes, bytes]:
    wal = Path(f"{ws.path}-wal")
    return ws.path.read_bytes(), wal.read_bytes() if wal.exists() else b""


def content(ws: Workspace):
    log = ws._store.conn.execute("SELECT * FROM changes ORDER BY 1, 2, 3, 4, 5").fetchall()
    return ws.snapshot(), log


def rewrite(source: Path, target: Path, *, manifest=None, changes: bytes | None = None,
            extra: dict[str, bytes] | None = None) -> Path:
    """A copy of a package with members replaced (re-zipped, so CRCs are valid)."""
    with zipfile.ZipFile(source) as archive:
        head = json.loads(archive.read(sync.MANIFEST))
        payload = archive.read(sync.CHANGES)
    if manifest:
        head.update(manifest)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(sync.MANIFEST, json.dumps(head))
        archive.writestr(sync.CHANGES, payload if changes is None else changes)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return target


def refused(ws: Workspace, package: Path, match: str) -> None:
    before_bytes, before = file_state(ws), content(ws)
    with pytest.raises(PackageError, match=match):
        ws.import_package(package)
    assert file_state(ws) == before_bytes, "the workspace file was touched"
    assert content(ws) == before
    assert ws.backups() == []


def test_the_good_package_is_accepted(pair):
    _, b, package = pair
    assert b.import_package(package).new > 0


def test_truncated(pair, tmp_path):
    _, b, package = pair
    data = package.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 30):
        target = tmp_path / f"cut{cut}.vardsync"
        target.write_bytes(data[:cut])
        refused(b, target, "skadat|ofullständigt")


def test_corrupt_bytes(pair, tmp_path):
    _, b, package = pair
    data = bytearray(package.read_bytes())
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo(sync.CHANGES)
    middle = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[middle] ^= 0xFF
    target = tmp_path / "corrupt.vardsync"
    target.write_bytes(bytes(data))
    refused(b, target, "skadat")


def test_contents_that_do_not_match_the_manifest(pair, tmp_path):
    _, b, package = pair
    with zipfile.ZipFile(package) as archive:
        head = json.loads(archive.read(sync.MANIFEST))
    tables = {**head["tables"], "findings": head["tables"]["findings"] + 1}
    target = rewrite(package, tmp_path / "lying.vardsync", manifest={"tables": tables})
    refused(b, target, "ändrats")


def test_tampered_content_with_valid_zip(pair, tmp_path):
    _, b, package = pair
    with zipfile.ZipFile(package) as archive:
        text = archive.read(sync.CHANGES).decode()
    target = rewrite(package, tmp_path / "tampered.vardsync",
                     changes=text.replace("Från A", "Från X").encode())
    refused(b, target, "ändrats")


def test_tampered_row_with_matching_checksum(pair, tmp_path):
    _, b, package = pair
    payload = json.dumps([["units", "x" * 32, "password", "v", 5, "a" * 32, None, None]])
    target = rewrite(package, tmp_path / "bad-field.vardsync", changes=payload.encode(),
                     manifest=_checksums(payload.encode(), 1))
    refused(b, target, "okänd tabell")


@pytest.mark.parametrize("row, why", [
    (["units", "id; DROP TABLE", "name", "v", 5, "a" * 32, None, None], "ogiltigt id"),
    (["units", "a" * 32, "name", [1], 5, "a" * 32, None, None], "ogiltigt värde"),
    (["units", "a" * 32, "name", "v", -5, "a" * 32, None, None], "ogiltig version"),
    (["units", "a" * 32, "name", "v", 5, "nobody", None, None], "ogiltig avsändare"),
    (["units", "a" * 32, "name", "v", 5, "a" * 32, 9, "b" * 32], "tidigare version"),
    (["units", "a" * 32, "name", os.urandom(600_000).hex(), 5, "a" * 32, None, None],
     "för stort"),
    (["units", "a" * 32, "name"], "fel form"),
])
def test_invalid_rows(pair, tmp_path, row, why):
    _, b, package = pair
    payload = json.dumps([row]).encode()
    target = rewrite(package, tmp_path / "row.vardsync", changes=payload,
                     manifest=_checksums(payload, 1))
    refused(b, target, why)


def test_not_a_package(pair, tmp_path):
    a, b, _ = pair
    text = tmp_path / "notes.vardsync"
    text.write_text("hej")
    refused(b, text, "inget Vårdfläta-synkpaket")
    refused(b, a.path, "inget Vårdfläta-synkpaket")          # a workspace file
    other_zip = tmp_path / "other.vardsync"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "hej")
    refused(b, other_zip, "inget Vårdfläta-synkpaket")
    refused(b, tmp_path, "inget Vårdfläta-synkpaket")         # a folder
    with pytest.raises(PackageError, match="finns inte"):
        b.import_package(tmp_path / "missing.vardsync")


def test_other_workspace(pair, tmp_path):
    _, b, _ = pair
    with Workspace.create(tmp_path / "annan.vardflata", name="Västerbotten") as other:
        other.export_package(tmp_path / "annan.vardsync")
    refused(b, tmp_path / "annan.vardsync", "annan arbetsyta.*Västerbotten")


def test_newer_format(pair, tmp_path):
    _, b, package = pair
    target = rewrite(package, tmp_path / "new.vardsync",
                     manifest={"format_version": sync.FORMAT_VERSION + 1})
    refused(b, target, "nyare version")


def _with_a_new_field(package: Path, target: Path, schema: int | None) -> Path:
    """The package as a newer program might write it: one more field."""
    import hashlib

    with zipfile.ZipFile(package) as archive:
        rows = json.loads(archive.read(sync.CHANGES))
    row = list(rows[0])
    row[2] = "colour"
    rows.append(row)
    payload = json.dumps(rows).encode()
    manifest = {"rows": len(rows), "changes_size": len(payload),
                "changes_sha256": hashlib.sha256(payload).hexdigest(),
                "tables": {**json.loads(zipfile.ZipFile(package).read(sync.MANIFEST))["tables"]}}
    manifest["tables"][row[0]] += 1
    if schema is not None:
        manifest["schema"] = schema
    return rewrite(package, target, manifest=manifest, changes=payload)


def test_a_field_from_a_newer_schema_asks_for_an_update_not_damage(pair, tmp_path):
    """A newer program adds fields; this one cannot keep them, and says why."""
    _, b, package = pair
    assert json.loads(zipfile.ZipFile(package).read(sync.MANIFEST))["schema"] == \
        sync.SCHEMA_VERSION
    newer = _with_a_new_field(package, tmp_path / "newer.vardsync", sync.SCHEMA_VERSION + 1)
    refused(b, newer, "nyare version.*Uppdatera programmet")
    same = _with_a_new_field(package, tmp_path / "same.vardsync", sync.SCHEMA_VERSION)
    refused(b, same, "ogiltig ändring .okänd tabell eller okänt fält")
    refused(b, rewrite(package, tmp_path / "bad.vardsync", manifest={"schema": "6"}),
            "skadat")


@pytest.mark.parametrize("name", ["../evil.json", "/etc/passwd", "sub/changes.json",
                                  "..\\win.json", "C:evil"])
def test_unsafe_member_names(pair, tmp_path, name):
    _, b, package = pair
    target = rewrite(package, tmp_path / "unsafe.vardsync", extra={name: b"x"})
    refused(b, target, "inte är säkra")


def test_zip_bomb(pair, tmp_path):
    _, b, package = pair
    target = rewrite(package, tmp_path / "bomb.vardsync", changes=b"[" + b" " * 50_000_000 + b"]")
    assert target.stat().st_size < 200_000
    refused(b, target, "orimlig storlek")


def test_size_limit_holds_whatever_the_ratio(pair, tmp_path, monkeypatch):
    _, b, package = pair
    monkeypatch.setattr(sync, "MAX_CHANGES_BYTES", 1000)
    monkeypatch.setattr(sync, "MAX_RATIO", 10**9)
    refused(b, package, "orimlig storlek")


def test_read_only_workspace(pair, tmp_path):
    _, b, package = pair
    path = b.path
    b.close()
    with Workspace.open(path, read_only=True) as ro:
        before = content(ro)
        with pytest.raises(PackageError, match="skrivskyddad"):
            ro.import_package(package)
        assert content(ro) == before


def _fail_mid_apply(monkeypatch, error: Exception) -> list:
    """Insert the rows, then fail: the transaction must roll everything back."""
    real = sync_exchange.apply_rows
    calls = []

    def half_then_fail(conn, rows, **kwargs):
        real(conn, rows, **kwargs)
        calls.append(conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0])
        raise error

    monkeypatch.setattr(sync_exchange, "apply_rows", half_then_fail)
    return calls


def test_read_only_file_during_apply(pair, monkeypatch):
    _, b, package = pair
    before = content(b)
    calls = _fail_mid_apply(monkeypatch, sqlite3.OperationalError(
        "attempt to write a readonly database"))
    with pytest.raises(PackageError, match="skrivskyddad"):
        b.import_package(package)
    assert calls and content(b) == before


def test_full_disk_during_apply(pair, monkeypatch):
    _, b, package = pair
    before = content(b)
    calls = _fail_mid_apply(monkeypatch, sqlite3.OperationalError("database or disk is full"))
    with pytest.raises(PackageError, match="Disken är full"):
        b.import_package(package)
    assert calls and content(b) == before
    monkeypatch.undo()
    assert b.import_package(package).new > 0      # and it works once there is room


def test_full_disk_for_the_backup(pair, monkeypatch):
    _, b, package = pair
    before_bytes, before = file_state(b), content(b)

    def no_room(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(type(b), "backup", no_room)
    with pytest.raises(PackageError, match="säkerhetskopia"):
        b.import_package(package)
    assert file_state(b) == before_bytes and content(b) == before


def test_full_disk_when_exporting_leaves_no_partial_file(pair, tmp_path, monkeypatch):
    a, _, _ = pair

    def no_room(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", no_room)
    with pytest.raises(PackageError, match="Disken är full"):
        a.export_package(tmp_path / "out.vardsync")
    assert sorted(p.name for p in tmp_path.glob("out*")) == []


def test_package_from_self_is_a_no_op(pair):
    a, _, package = pair
    before_bytes = file_state(a)
    report = a.import_package(package)
    assert report.skipped == "self"
    assert file_state(a) == before_bytes


def killed_while_applying(code: str) -> None:
    """Run `code` in a real process that SIGKILL ends in the middle of applying
    a package's rows (inside the transaction)."""
    script = f"""
import os, signal
from app.core import sync_exchange
from app.workspace import Workspace
real = sync_exchange.apply_rows
def apply_then_die(conn, rows, **kwargs):
    real(conn, rows, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
sync_exchange.apply_rows = apply_then_die
{code}
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == -signal.SIGKILL


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_import_killed_half_way_leaves_the_workspace_as_before(pair, tmp_path):
    """A real process killed with SIGKILL in the middle of the apply transaction."""
    _, b, package = pair
    path = b.path
    before = content(b)
    b.close()
    killed_while_applying(f"ws = Workspace.open({str(path)!r})\n"
                          f"ws.import_package({str(package)!r}, backup=False)")
    with Workspace.open(path) as reopened:
        assert content(reopened) == before
        assert reopened._store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reopened.import_package(package).new > 0


@pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")
def test_a_join_killed_half_way_leaves_no_workspace_and_can_be_tried_again(tmp_path):
    """Killed in the middle of its import, a join had left an empty file that
    opened as an empty workspace and refused the next try ("Filen finns
    redan"). Now the new copy appears only once whole."""
    with Workspace.create(tmp_path / "a.vardflata") as a:
        a.set_assessment(a.units()[0].id, a.items()[0].id, status="partly")
        package = a.export_package(tmp_path / "allt.vardsync", full=True).path
        expected = a.snapshot()
    new = tmp_path / "ny.vardflata"
    killed_while_applying(f"Workspace.join({str(new)!r}, {str(package)!r})")
    assert not new.exists()
    assert list(tmp_path.glob("ny.vardflata.joining*"))   # what the kill left, aside
    own = "SELECT id, parent FROM replicas"
    with Workspace.join(new, package) as joined:
        assert joined.snapshot() == expected
        replicas = joined._store.conn.execute(own).fetchall()
        assert len(replicas) == 1 and replicas[0][1] is None    # built elsewhere, no fork
    assert not list(tmp_path.glob("ny.vardflata.joining*"))
    with Workspace.open(new) as reopened:                 # at home: no new replica id
        assert reopened._store.conn.execute(own).fetchall() == replicas


def _checksums(payload: bytes, rows: int) -> dict:
    import hashlib
    from collections import Counter

    decoded = json.loads(payload)
    tables = dict(Counter(r[0] for r in decoded if isinstance(r, list) and r))
    return {"rows": rows, "changes_size": len(payload), "tables": tables,
            "changes_sha256": hashlib.sha256(payload).hexdigest(), "base": {}}



def test_read_only_sync_folder_still_imports_and_says_why(pair, tmp_path, monkeypatch):
    a, b, _ = pair
    folder = tmp_path / "delad"
    folder.mkdir()
    a.sync_folder(folder)

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(sync.zipfile.ZipFile, "writestr", read_only)
    report = b.sync_folder(folder)
    assert report.imported and report.imported[0].new > 0
    assert report.export_error and "skrivskyddad" in report.export_error
    assert "kunde inte skrivas" in report.summary()
    assert sorted(p.name for p in folder.iterdir()) == [a.outgoing_name()]


def test_export_never_overwrites_a_workspace_or_other_file(pair, tmp_path):
    a, _, package = pair
    before = a.path.read_bytes()
    with pytest.raises(PackageError, match="annat namn"):
        a.export_package(a.path)
    assert a.path.read_bytes() == before
    notes = tmp_path / "anteckningar.txt"
    notes.write_text("viktigt")
    with pytest.raises(PackageError, match="skrivs inte över"):
        a.export_package(notes)
    assert notes.read_text() == "viktigt"
    assert a.export_package(package).rows >= 0      # an older package may be replaced
