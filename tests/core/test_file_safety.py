"""Files the user names for output, and the file errors of reports, CSV and
backups: never written over what is not ours, always a Swedish sentence."""

from __future__ import annotations

import errno

import pytest

from app.cli import main


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("vardflata: "), err
    assert "Traceback" not in err and "Errno" not in err
    return err


def test_report_never_writes_over_the_workspace_or_a_file_that_is_not_a_pdf(
        demo_ws, tmp_path, capsys):
    """-o naming the workspace (or a file beside it), a sync package or a folder is
    refused in one line and the file stays as it was; an earlier PDF is replaced."""
    path = demo_ws.path
    package = tmp_path / "p.vardsync"
    demo_ws.export_package(package)
    before = path.read_bytes()[:100], package.read_bytes()
    for target in (path, f"{path}-wal", package):
        assert main(["report", str(path), "-o", str(target)]) == 2
        assert "skrivs inte över" in one_line_error(capsys)
    assert main(["report", str(path), "-o", str(tmp_path)]) == 2
    assert "är en mapp" in one_line_error(capsys)
    assert (path.read_bytes()[:100], package.read_bytes()) == before
    out = tmp_path / "r.pdf"
    assert main(["report", str(path), "-o", str(out), "--kind", "cycles", "--blank"]) == 0
    assert main(["report", str(path), "-o", str(out), "--kind", "cycles", "--blank"]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_export_csv_never_writes_over_a_file_that_is_not_csv(demo_ws, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    stray = out / "pgsa_cykler.csv"
    stray.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert main(["export-csv", str(demo_ws.path), str(out)]) == 2
    assert "inte är en CSV-fil" in one_line_error(capsys)
    assert stray.read_bytes().startswith(b"SQLite format 3\x00")
    assert sorted(p.name for p in out.iterdir()) == ["pgsa_cykler.csv"]
    stray.unlink()
    assert main(["export-csv", str(demo_ws.path), str(out)]) == 0
    assert main(["export-csv", str(demo_ws.path), str(out)]) == 0   # its own files: fine
    # The same file, opened in Excel and saved as "Unicode text" (UTF-16): still a
    # CSV file of the user's, written over by the next export like any other.
    stray.write_bytes("Nr;PGSA-cykel\r\n1;Test\r\n".encode("utf-16"))
    assert main(["export-csv", str(demo_ws.path), str(out)]) == 0


def test_a_failed_csv_export_keeps_the_earlier_export_whole(demo_ws, tmp_path, monkeypatch,
                                                           capsys):
    """A re-export that fails on its third file leaves all four earlier files as
    they were (written under temporary names, renamed only when all succeeded)."""
    import app.core.csv_export as csv_export

    out = tmp_path / "out"
    assert main(["export-csv", str(demo_ws.path), str(out)]) == 0
    earlier = {p.name: p.read_bytes() for p in out.iterdir()}
    demo_ws.set_assessment(demo_ws.units()[0].id, demo_ws.items()[0].id, note="ny text")
    write, calls = csv_export._write_rows, []

    def third_fails(*args):
        calls.append(args[0])
        if len(calls) == 3:
            raise OSError(errno.EIO, "Input/output error")
        return write(*args)

    monkeypatch.setattr(csv_export, "_write_rows", third_fails)
    assert main(["export-csv", str(demo_ws.path), str(out)]) == 2
    assert "läs- eller skrivfel" in one_line_error(capsys)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == earlier


def test_csv_export_on_a_full_disk_is_a_swedish_sentence(demo_ws, tmp_path, monkeypatch,
                                                         capsys):
    import app.core.csv_export as csv_export

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(csv_export, "_write_rows", full)
    out = tmp_path / "out"
    assert main(["export-csv", str(demo_ws.path), str(out)]) == 2
    assert "Disken är full" in one_line_error(capsys)
    assert not out.exists()          # the folder this export made is taken away again


@pytest.mark.parametrize("content", [b"PK\x03\x04" + bytes(range(256)) * 20,
                                     bytes(range(256)) * 40, b"en vanlig textfil\n"])
def test_a_file_that_is_no_database_opened_read_only_is_a_sentence(tmp_path, capsys,
                                                                    content):
    """As for a writable open: "Filen är ingen Vårdfläta-arbetsyta.", not
    sqlite3.DatabaseError (the report, CSV and --read-only paths open read-only)."""
    from app.workspace import Workspace, WorkspaceError

    path = tmp_path / "x.vardflata"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match="ingen Vårdfläta-arbetsyta"):
        Workspace.open(path, read_only=True)
    assert main(["report", str(path), "-o", str(tmp_path / "r.pdf")]) == 2
    assert "ingen Vårdfläta-arbetsyta" in one_line_error(capsys)
    assert main(["export-csv", str(path), str(tmp_path / "out")]) == 2
    assert "ingen Vårdfläta-arbetsyta" in one_line_error(capsys)
    assert path.read_bytes() == content


def _full_disk_backups(monkeypatch):
    """sqlite3.connect whose source connection fills the disk halfway through a backup."""
    import sqlite3

    connect = sqlite3.connect

    class FillsTheDisk:
        def __init__(self, conn):
            self.conn = conn

        def backup(self, dest):
            self.conn.backup(dest)
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13     # SQLITE_FULL
            raise error

        def close(self):
            self.conn.close()

    def fake(*args, **kwargs):
        conn = connect(*args, **kwargs)
        return FillsTheDisk(conn) if kwargs.get("uri") else conn

    monkeypatch.setattr(sqlite3, "connect", fake)


def test_a_backup_on_a_full_disk_raises_a_swedish_error_and_leaves_no_parts(
        demo_ws, monkeypatch):
    """Workspace.backup() raised raw sqlite3.OperationalError (the GUI's close, which
    catches OSError and WorkspaceError, failed silently) and left .part files."""
    from app.core.backup import BackupError, backup_dir
    from app.workspace import WorkspaceError

    _full_disk_backups(monkeypatch)
    for _ in range(2):
        with pytest.raises(BackupError, match="Disken är full") as caught:
            demo_ws.backup()
        assert isinstance(caught.value, OSError) and isinstance(caught.value, WorkspaceError)
    assert list(backup_dir(demo_ws.path).iterdir()) == []
    assert demo_ws.backups() == []


def test_an_io_error_on_a_nearly_full_disk_says_full_and_leaves_no_wal(demo_ws, monkeypatch):
    """The sync trial: with just under a backup's room left, SQLite said "disk I/O
    error" (read as a failing USB stick) and left .part-wal and .part-shm behind."""
    import shutil
    import sqlite3
    from collections import namedtuple

    from app.core import backup
    from app.core.backup import BackupError, backup_dir

    connect = sqlite3.connect

    class RunsOutOfRoom:
        def __init__(self, conn):
            self.conn = conn

        def backup(self, dest):
            self.conn.backup(dest)
            part = next(backup_dir(demo_ws.path).glob("*.part"))
            for suffix in ("-wal", "-shm"):      # as a WAL-mode copy has them
                part.with_name(part.name + suffix).write_bytes(b"x")
            raise sqlite3.OperationalError("disk I/O error")

        def close(self):
            self.conn.close()

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: RunsOutOfRoom(connect(*a, **k))
                        if k.get("uri") else connect(*a, **k))
    usage, real_usage = namedtuple("usage", "total used free"), shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 4096, 4096))
    with pytest.raises(BackupError, match="Disken är full"):
        demo_ws.backup()
    assert list(backup_dir(demo_ws.path).iterdir()) == []
    monkeypatch.setattr(backup.shutil, "disk_usage", real_usage)   # room: an I/O error
    with pytest.raises(BackupError, match="läs- eller skrivfel"):
        demo_ws.backup()
    assert list(backup_dir(demo_ws.path).iterdir()) == []


def test_a_backup_that_cannot_write_its_file_is_a_swedish_error(demo_ws, monkeypatch):
    from app.core import files
    from app.core.backup import BackupError

    def read_only(source, target):
        raise OSError(errno.EROFS, "Read-only file system", str(source))

    monkeypatch.setattr(files.os, "replace", read_only)
    with pytest.raises(BackupError, match="skrivskyddad") as caught:
        demo_ws.backup()
    assert "Errno" not in str(caught.value)


def test_rotation_removes_parts_failed_backups_left_long_ago(demo_ws):
    import os

    from app.core.backup import backup_dir

    folder = backup_dir(demo_ws.path)
    folder.mkdir()
    stem = demo_ws.path.stem
    old = [folder / f"{stem}-20200101-000000-000000.vardflata.part",
           folder / f"{stem}-20200101-000000-000000.vardflata.part-journal"]
    fresh = folder / f"{stem}-20990101-000000-000000.vardflata.part"   # being written now
    for path in (*old, fresh):
        path.write_bytes(b"x" * 100)
    for path in old:
        os.utime(path, (0, 0))
    made = demo_ws.backup()
    assert sorted(folder.iterdir()) == sorted([made, fresh])
    assert [b.path for b in demo_ws.backups()] == [made]


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "Disken är full"),
                                         (errno.EROFS, "skrivskyddad")])
def test_report_file_errors_are_swedish_sentences(demo_file, tmp_path, monkeypatch, capsys,
                                                   code, words):
    from app.core import report_pdf

    def fails(self, *args, **kwargs):
        raise OSError(code, "English words", str(tmp_path / ".r.pdf.tmp"))

    monkeypatch.setattr(report_pdf._Doc, "build", fails)
    out = tmp_path / "r.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--kind", "cycles", "--blank"]) == 2
    assert words in one_line_error(capsys)
    assert list(tmp_path.iterdir()) == []


def test_demo_into_a_folder_is_refused_in_swedish(tmp_path, capsys):
    for force in ([], ["--force"]):
        assert main(["demo", str(tmp_path), *force]) == 2
        assert "är en mapp" in one_line_error(capsys)
    assert tmp_path.is_dir()
