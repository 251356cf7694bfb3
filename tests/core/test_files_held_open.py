"""Files another program holds (Windows): the rename that puts a finished file
in place is tried again while an antivirus scanner or indexer holds it, and a
target that stays open (a report in the PDF reader) is a sentence that says
so, with nothing lost. Windows' errors are simulated: PermissionError with
its `winerror`, as Python raises it there."""

from __future__ import annotations

import os

import pytest

from app.cli import main
from app.core import files
from app.workspace import Workspace


def held(winerror: int) -> PermissionError:
    exc = PermissionError(13, "Access is denied")
    exc.winerror = winerror
    return exc


@pytest.fixture()
def no_waiting(monkeypatch):
    monkeypatch.setattr(files.time, "sleep", lambda seconds: None)


def failing_replace(monkeypatch, times: int, winerror: int = 32) -> list:
    """os.replace fails `times` times, then does its work."""
    real, calls = os.replace, []

    def replace(source, target):
        calls.append((source, target))
        if len(calls) <= times:
            raise held(winerror)
        real(source, target)

    monkeypatch.setattr(files.os, "replace", replace)
    return calls


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_rename_is_tried_again_while_another_program_lets_go(tmp_path, monkeypatch,
                                                               no_waiting, winerror):
    source, target = tmp_path / "ny.tmp", tmp_path / "rapport.pdf"
    source.write_text("ny")
    target.write_text("gammal")
    calls = failing_replace(monkeypatch, 3, winerror)
    files.replace_file(source, target)
    assert len(calls) == 4 and target.read_text() == "ny" and not source.exists()


def test_a_file_held_too_long_raises_the_error_and_keeps_both_files(tmp_path, monkeypatch,
                                                                   no_waiting):
    source, target = tmp_path / "ny.tmp", tmp_path / "rapport.pdf"
    source.write_text("ny")
    target.write_text("gammal")
    calls = failing_replace(monkeypatch, 100)
    with pytest.raises(PermissionError):
        files.replace_file(source, target)
    assert len(calls) == len(files.RETRY_DELAYS) + 1
    assert source.read_text() == "ny" and target.read_text() == "gammal"


def test_a_plain_permission_error_is_not_tried_again(tmp_path, monkeypatch, no_waiting):
    """Elsewhere than Windows (no winerror) a refused rename is final at once."""
    calls = []

    def refused(source, target):
        calls.append(source)
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", refused)
    with pytest.raises(PermissionError):
        files.replace_file(tmp_path / "a", tmp_path / "b")
    assert len(calls) == 1


def test_a_report_still_open_in_the_pdf_reader_says_so(demo_file, tmp_path, monkeypatch,
                                                        no_waiting, capsys):
    out = tmp_path / "rapport.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--kind", "cycles"]) == 0
    earlier = out.read_bytes()
    failing_replace(monkeypatch, 100, winerror=5)
    assert main(["report", str(demo_file), "-o", str(out), "--kind", "cycles"]) == 2
    err = capsys.readouterr().err
    assert "rapport.pdf är öppen i ett annat program just nu. Stäng den där" in err
    assert "Traceback" not in err and "Errno" not in err and err.count("\n") == 1
    assert out.read_bytes() == earlier                   # the open report is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.pdf"]


def test_access_denied_to_a_new_file_is_no_permission_not_another_program(
        demo_file, tmp_path, monkeypatch, no_waiting, capsys):
    """Windows says "access denied" both for a file another program holds and
    for a folder without write rights: only over a file that is there (the
    report open in the reader) does the message say "open in another program"."""
    failing_replace(monkeypatch, 100, winerror=5)
    out = tmp_path / "ny-rapport.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--kind", "cycles"]) == 2
    err = capsys.readouterr().err
    assert "Ingen behörighet att skriva" in err and "annat program" not in err
    assert not out.exists()


def test_a_join_whose_rename_is_held_for_a_moment_succeeds(tmp_path, monkeypatch, no_waiting):
    with Workspace.create(tmp_path / "a.vardflata") as a:
        package = a.export_package(tmp_path / "allt.vardsync", full=True).path
        expected = a.snapshot()
    failing_replace(monkeypatch, 2)
    with Workspace.join(tmp_path / "ny.vardflata", package) as joined:
        assert joined.snapshot() == expected
    assert not list(tmp_path.glob("ny.vardflata.joining*"))


def test_a_join_whose_rename_stays_held_is_a_sentence_and_can_be_tried_again(
        tmp_path, monkeypatch, no_waiting):
    from app.core.store import StoreError

    with Workspace.create(tmp_path / "a.vardflata") as a:
        package = a.export_package(tmp_path / "allt.vardsync", full=True).path
    new = tmp_path / "ny.vardflata"
    failing_replace(monkeypatch, 100)
    with pytest.raises(StoreError, match="Den nya kopian kunde inte sparas som ny.vardflata: "
                                         "filen används av ett annat program just nu"):
        Workspace.join(new, package)
    assert not new.exists()
    monkeypatch.undo()
    with Workspace.join(new, package) as joined:          # nothing stands in the way
        assert joined.units()
