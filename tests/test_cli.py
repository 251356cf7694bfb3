"""The command line as a user meets it: subprocesses, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app import __version__
from app.core.store import lock_path
from app.workspace import Workspace


def vardflata(*args: str, timeout: float = 60, home=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if home is not None:   # the GUI's settings go here, not to the user's own
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, timeout=timeout, env=env)


def run_script(script: str, home) -> subprocess.CompletedProcess:
    """Python code run as its own program with the GUI's settings in `home`;
    it must end well."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    return result


def assert_user_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_version():
    result = vardflata("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"vardflata {__version__}"


def test_demo_writes_a_fictional_county_workspace(tmp_path):
    path = tmp_path / "demo.vardflata"
    result = vardflata("demo", str(path))
    assert result.returncode == 0, result.stderr
    assert "fiktiva" in result.stdout
    with Workspace.open(path) as ws:
        assert len([u for u in ws.units() if u.kind == "municipality"]) == 14
        assessed = [a for a in ws.assessments() if a.status != "unknown"]
        assert len(assessed) > 100
        assert ws.findings() and all("fiktiv" in f.title + f.description for f in ws.findings())
    assert_user_error(vardflata("demo", str(path)), "finns redan")


def test_national_demo_has_290_municipalities_and_21_regions(tmp_path):
    path = tmp_path / "national.vardflata"
    assert vardflata("demo", str(path), "--scale", "national").returncode == 0
    with Workspace.open(path) as ws:
        units = ws.units()
        assert len([u for u in units if u.kind == "municipality"]) == 290
        assert len(ws.areas()) == 21


@pytest.mark.parametrize("args, words", [
    (["/no/such/file.vardflata"], ["finns inte"]),
    (["demo", "/tmp/x.vardflata", "--scale", "planet"], ["planet"]),
    (["sync", "export"], ["sync export"]),
    (["report"], ["report"]),
    (["export-csv"], ["export-csv"]),
    (["--bogus"], ["--bogus"]),
])
def test_user_errors_are_one_line_and_exit_2(args, words):
    assert_user_error(vardflata(*args), *words)


def test_a_foreign_file_is_a_user_error_not_a_traceback(tmp_path):
    path = tmp_path / "foreign.vardflata"
    path.write_bytes(b"PK\x03\x04 definitely not sqlite" * 50)
    assert_user_error(vardflata(str(path), "--exit-when-ready"), "Vårdfläta-arbetsyta")
    assert path.read_bytes() == b"PK\x03\x04 definitely not sqlite" * 50


def test_the_cyclic_collector_is_off_during_start_up_and_on_once_idle(demo_file, tmp_path):
    import shutil

    path = tmp_path / "gc.vardflata"
    shutil.copy(demo_file, path)
    script = f"""
import gc, sys
import app.gui.application as application
from PySide6.QtWidgets import QApplication
application.SETTLE_MS = 50
collect = application._collect_after_start
def check():
    print("during start-up:", gc.isenabled())
    collect()
    print("once idle:", gc.isenabled())
    QApplication.instance().quit()
application._collect_after_start = check
sys.argv = ["vardflata", {str(path)!r}]
from app.cli import main
main()
"""
    result = run_script(script, tmp_path)
    assert result.stdout.split("\n")[:2] == ["during start-up: False", "once idle: True"]


def test_start_up_hands_python_no_widget_of_unknown_type(demo_file, tmp_path):
    """A plain QWidget made by Qt (a view's own viewport) reaching Python
    makes PySide create every QWidget subclass to find its type, about 7 ms
    of start-up (app.gui.own_viewport). Unused classes stay unmade, and so do
    those of the menus' dialogs."""
    import shutil

    path = tmp_path / "types.vardflata"
    shutil.copy(demo_file, path)
    script = f"""
import sys
import PySide6.QtWidgets as widgets
import app.gui.application as application
end = application._end_process
def check(code):
    made = [name for name in ("QCalendarWidget", "QWizard", "QMdiArea", "QLCDNumber",
                              "QInputDialog", "QMessageBox", "QFileDialog")  # dialogs
            if name in vars(widgets)]
    print("unused classes made:", made)
    end(code)
application._end_process = check
sys.argv = ["vardflata", {str(path)!r}, "--exit-when-ready"]
from app.cli import main
main()
"""
    result = run_script(script, tmp_path)
    assert "unused classes made: []" in result.stdout.splitlines(), result.stdout


def test_exit_when_ready_opens_paints_and_exits(demo_file, tmp_path):
    import shutil

    path = tmp_path / "smoke.vardflata"
    shutil.copy(demo_file, path)
    result = vardflata(str(path), "--exit-when-ready", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # The program ends without Python's teardown; what must be on disk is:
    # the settings (the file is now a recent one), the workspace closed and
    # unlocked.
    settings = (tmp_path / "config" / "Vardflata" / "Vardflata.conf").read_text("utf-8")
    assert "smoke.vardflata" in settings
    assert not lock_path(path).exists()
    with Workspace.open(path) as ws:
        assert len(ws.units()) > 10


def test_demo_force_never_removes_a_workspace_open_elsewhere(tmp_path):
    path = tmp_path / "open.vardflata"
    with Workspace.create(path) as ws:
        ws.rename("Pågående arbete")
        assert_user_error(vardflata("demo", str(path), "--force"), "öppen")
        assert ws.name == "Pågående arbete"
    with Workspace.open(path) as ws:
        assert ws.name == "Pågående arbete"
    assert vardflata("demo", str(path), "--force").returncode == 0


@pytest.mark.parametrize("args", [[], ["demo"], ["report"], ["export-csv"], ["sync"],
                                  ["sync", "join"], ["screenshots"]])
def test_help_is_swedish_like_the_rest(args):
    result = vardflata(*args, "--help")
    assert result.returncode == 0
    for english in ("usage:", "positional arguments", "options:", "show this help",
                    "workspace", "OUTPUT"):
        assert english not in result.stdout, english
    assert result.stdout.startswith("användning: vardflata")
    assert "visa den här hjälpen och avsluta" in result.stdout


def test_argparse_mistakes_are_said_in_swedish():
    assert_user_error(vardflata("report"), "detta saknas", "ARBETSYTA")
    assert_user_error(vardflata("demo", "x.vardflata", "--scale", "planet"), "ogiltigt val")


_EDIT_AND_CLOSE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.gui.application import make_application, run_gui

make_application()                     # the timer needs the application's event loop

def edit_and_close():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
    unit, item = window.ws.units()[0], window.ws.items()[0]
    window.apply_assessment(unit.id, item.id, {"note": "Sparat före avslut"})
    window.close()                     # as the user closes the window

QTimer.singleShot(200, edit_and_close)
run_gui(Path(sys.argv[1]), end_process=True)
print("not reached: the process ends in run_gui")
"""


def test_closing_the_window_ends_the_program_with_everything_on_disk(demo_file, tmp_path):
    """The program leaves without Python's teardown; an edit made just before
    closing, the settings and the unlocked file are all there afterwards."""
    import shutil

    path = tmp_path / "close.vardflata"
    shutil.copy(demo_file, path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", _EDIT_AND_CLOSE, str(path)], env=env,
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "not reached" not in result.stdout
    assert not lock_path(path).exists()
    assert (tmp_path / "config" / "Vardflata" / "Vardflata.conf").is_file()
    with Workspace.open(path) as ws:
        assert ws.assessment(ws.units()[0].id, ws.items()[0].id).note == "Sparat före avslut"


def test_help_lists_every_subcommand_with_what_it_does():
    from app.cli import SUBCOMMAND_HELP, SUBCOMMANDS

    assert set(SUBCOMMAND_HELP) == set(SUBCOMMANDS)
    out = vardflata("--help").stdout
    for name, text in SUBCOMMAND_HELP.items():
        assert any(line.split() == [name, *text.split()] for line in out.splitlines()), name
