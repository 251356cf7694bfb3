"""`vardflata sync export|import|join|folder`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.workspace import Workspace


@pytest.fixture()
def started(tmp_path: Path) -> tuple[Path, Path]:
    a = tmp_path / "a.vardflata"
    Workspace.create(a, name="Norrbotten").close()
    assert main(["sync", "export", str(a), str(tmp_path / "start.vardsync"), "--full"]) == 0
    b = tmp_path / "b.vardflata"
    assert main(["sync", "join", str(b), str(tmp_path / "start.vardsync")]) == 0
    return a, b


def snapshot(path: Path) -> dict:
    with Workspace.open(path, read_only=True) as ws:
        return ws.snapshot()


def test_export_join_import_round_trip(started, tmp_path, capsys):
    a, b = started
    assert main(["sync", "export", str(a), str(tmp_path / "s2.vardsync"), "--full"]) == 0
    assert main(["sync", "join", str(tmp_path / "c.vardflata"), str(tmp_path / "s2.vardsync")]) == 0
    out = capsys.readouterr().out
    assert "ändringar (fullständigt)" in out and "ny kopia av ”Norrbotten”" in out
    with Workspace.open(a) as ws:
        ws.add_finding("Gemensam rutin för AUDIT")
    assert main(["sync", "export", str(a), str(tmp_path / "a1.vardsync")]) == 0
    assert main(["sync", "import", str(b), str(tmp_path / "a1.vardsync")]) == 0
    assert "ändringar från" in capsys.readouterr().out
    assert snapshot(a) == snapshot(b)


def test_conflicts_are_listed(started, tmp_path, capsys):
    a, b = started
    for path, note, status in ((a, "från A", "partly"), (b, "från B", "planned")):
        with Workspace.open(path) as ws:
            ws.set_assessment(ws.units()[0].id, ws.items()[0].id, note=note, status=status)
    main(["sync", "export", str(b), str(tmp_path / "b1.vardsync")])
    capsys.readouterr()
    assert main(["sync", "import", str(a), str(tmp_path / "b1.vardsync")]) == 0
    out = capsys.readouterr().out
    assert "konflikt: Arjeplog" in out and "”från B”" in out and "”från A”" in out
    # A status by its label, not its code (re-trial: "behöll 'partly'").
    assert "”Används delvis”" in out and "”Planeras”" in out and "'partly'" not in out


def test_refused_package_is_one_line_exit_2_and_changes_nothing(started, tmp_path, capsys):
    _, b = started
    before = b.read_bytes()
    bad = tmp_path / "bad.vardsync"
    bad.write_bytes(b"PK\x03\x04 cut short")
    assert main(["sync", "import", str(b), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "skadat" in err and "Traceback" not in err
    assert b.read_bytes() == before


def test_refusal_from_a_real_process(started, tmp_path):
    _, b = started
    other = tmp_path / "annan.vardflata"
    Workspace.create(other, name="Annan").close()
    main(["sync", "export", str(other), str(tmp_path / "annan.vardsync")])
    result = subprocess.run(
        [sys.executable, "-m", "app", "sync", "import", str(b), str(tmp_path / "annan.vardsync")],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "annan arbetsyta" in result.stderr


def test_join_refuses_an_existing_file(started, tmp_path, capsys):
    a, _ = started
    before = a.read_bytes()
    assert main(["sync", "join", str(a), str(tmp_path / "start.vardsync")]) == 2
    assert "finns redan" in capsys.readouterr().err
    assert a.read_bytes() == before


def test_missing_files_are_user_errors(tmp_path, capsys):
    assert main(["sync", "import", str(tmp_path / "nej.vardflata"), "x.vardsync"]) == 2
    assert "Arbetsytan finns inte" in capsys.readouterr().err


def test_a_folder_given_as_a_package_is_named_a_folder(started, tmp_path, capsys):
    a, _ = started
    folder = tmp_path / "paket.vardsync"
    folder.mkdir()
    assert main(["sync", "import", str(a), str(folder)]) == 2
    error = capsys.readouterr().err
    assert "är en mapp" in error and "sync folder" in error and "finns inte" not in error


def test_folder_sync(started, tmp_path, capsys):
    a, b = started
    folder = tmp_path / "delad"
    folder.mkdir()
    with Workspace.open(b) as ws:
        ws.add_area("Malmfälten")
    for _ in range(2):
        for path in (a, b):
            assert main(["sync", "folder", str(path), str(folder)]) == 0
    assert "eget paket" in capsys.readouterr().out
    assert snapshot(a) == snapshot(b)
    assert main(["sync", "folder", str(a), str(tmp_path / "saknas")]) == 2
    assert "Synkmappen finns inte" in capsys.readouterr().err


def test_export_warns_of_a_personnummer_that_goes_with_the_package(started, tmp_path, capsys):
    a, _ = started
    assert main(["sync", "export", str(a), str(tmp_path / "ren.vardsync"), "--full"]) == 0
    assert "personnummer" not in capsys.readouterr().err
    with Workspace.open(a) as ws:
        ws.add_finding("Klienten 19121212-1212 ringde")
    assert main(["sync", "export", str(a), str(tmp_path / "med.vardsync"), "--full"]) == 0
    err = capsys.readouterr().err
    assert "varning: 1 text(er) ser ut att innehålla personnummer" in err
    assert "19121212-1212" not in err and "****" in err
