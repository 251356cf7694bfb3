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
    assert list(out.iterdir()) == []


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
