"""GUI fixtures: a main window on its own settings file, closed after the test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

# Opens a private copy of the demo in a main window `w` of width × height
# (argv), in a process of its own; the test's script goes on from there.
_OPEN_WINDOW = textwrap.dedent("""
    import json, shutil, sys, tempfile
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from app.gui.application import make_application
    from app.gui.settings import Settings
    app = make_application()
    from app.gui.main_window import MainWindow
    width, height, demo = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    work = Path(tempfile.mkdtemp())
    shutil.copy(demo, work / "d.vardflata")
    w = MainWindow(Settings(QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)))
    w.resize(width, height); w.show(); w.open_path(work / "d.vardflata")
""")


@pytest.fixture(autouse=True)
def no_window_left_open():
    """A test leaves no window showing. One left open (a worksheet asking
    whether to save, as pytest-qt closed it) lived on into the tests after
    it, on a workspace closed under it: in one CI run every later test failed
    with an error from the Qt event loop. Such a window is hidden and deleted,
    and the test that left it fails here, by name."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    left = [w for w in app.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.hide()
        widget.deleteLater()
    assert not left, "left open: " + ", ".join(
        f"{type(w).__name__} {w.objectName() or w.windowTitle()!r}" for w in left)


@pytest.fixture()
def create_report(qtbot):
    """create_report(dialog, path): the report dialog's Skapa to `path`, waited
    for until its work off the GUI thread has ended."""

    def create(dialog, path) -> None:
        dialog.output.setText(str(path))
        dialog.create_button.click()
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=60000)

    return create


@pytest.fixture(scope="session")
def translation_tool():
    """tools/update_translations.py as a module (a script, outside the package)."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    from app.gui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture()
def window(qtbot, settings):
    from app.gui.application import make_application
    from app.gui.main_window import MainWindow

    make_application()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture()
def select_unit():
    """select_unit(window, name): select a tree node, as a click would."""
    from PySide6.QtCore import Qt

    def select(window, name: str):
        model = window.tree_model
        matches = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
                              Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        assert matches, name
        window.tree.setCurrentIndex(matches[0])
        return matches[0]

    return select


@pytest.fixture()
def demo_copy(demo_file, tmp_path):
    """A private copy of the county demo file."""
    import shutil

    path = tmp_path / "demo.vardflata"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture()
def kiruna(window, demo_copy, select_unit):
    """The window on a copy of the county demo with Kiruna chosen and the
    matrix focused; the fixture is Kiruna's unit record."""
    assert window.open_path(demo_copy)
    select_unit(window, "Kiruna")
    window.mapping.matrix_view.setFocus()
    return next(u for u in window.ws.units() if u.name == "Kiruna")


@pytest.fixture()
def opened(window, demo_copy):
    """The main window with a private copy of the county demo open."""
    assert window.open_path(demo_copy)
    return window


@pytest.fixture()
def demo_window(qtbot, settings, demo_file, tmp_path):
    """demo_window(): a new main window, shown at 1280×800, on a fresh copy of the
    county demo. Built when called, so a test can choose the language first (the
    `window` fixture is built before the test runs); closed after the test."""
    import shutil

    from app.gui.main_window import MainWindow

    made = []

    def build():
        path = tmp_path / f"demo-{len(made)}.vardflata"
        shutil.copy(demo_file, path)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        assert window.open_path(path)
        made.append(window)
        return window

    yield build
    for window in made:
        window.close()


@pytest.fixture()
def window_process(demo_file, tmp_path):
    """window_process(script, width, height, scale=, language=, pseudo=, screen=)
    runs `script` in a fresh process with display scaling (QT_SCALE_FACTOR)
    after the demo has been opened in a main window `w`; the script prints a
    JSON object as its last line, which is returned. `screen` = (width, height)
    gives the offscreen platform one screen of that size (else its 800 × 800)."""

    def run(script: str, width: int, height: int, *, scale: str = "1", language: str = "sv",
            pseudo: bool = False, screen: tuple[int, int] | None = None) -> dict:
        platform = "offscreen"
        if screen is not None:
            config = tmp_path / f"screen-{screen[0]}x{screen[1]}.json"
            config.write_text(json.dumps({"screens": [{
                "name": "screen", "x": 0, "y": 0, "width": screen[0], "height": screen[1],
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
            platform = f"offscreen:configfile={config}"
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "QT_SCALE_FACTOR": scale,
               "VARDFLATA_LANGUAGE": language, "VARDFLATA_PSEUDO": "1" if pseudo else "0",
               "XDG_CONFIG_HOME": str(tmp_path)}
        done = subprocess.run(
            [sys.executable, "-c", _OPEN_WINDOW + textwrap.dedent(script), str(width),
             str(height), str(demo_file)], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout.strip().splitlines()[-1])

    return run


@pytest.fixture()
def language(monkeypatch, qapp):
    """language('en') installs that language for one test, Swedish again after."""
    from app.gui import language as lang
    from app.gui.application import make_application

    make_application()

    def use(code: str, pseudo: bool = False) -> None:
        monkeypatch.setenv("VARDFLATA_LANGUAGE", code)
        monkeypatch.setenv("VARDFLATA_PSEUDO", "1" if pseudo else "0")
        lang.install(qapp)

    yield use
    monkeypatch.setenv("VARDFLATA_LANGUAGE", "sv")
    monkeypatch.setenv("VARDFLATA_PSEUDO", "0")
    lang.install(qapp)


@pytest.fixture()
def copies(window, tmp_path):
    """The window has copy A open; B (Kiruna's laptop) has edits, one concurrent
    with A's (a conflict on the note); yields (window, B, B's package)."""
    from app.workspace import Workspace

    a_path = tmp_path / "a.vardflata"
    with Workspace.create(a_path, name="Norrbotten") as a:
        a.export_package(tmp_path / "start.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    b.set_copy_name("Kiruna-laptop")
    assert window.open_path(a_path)
    unit, item = window.ws.units()[0], window.ws.items()[0]
    window.ws.set_assessment(unit.id, item.id, note="Rutin finns men följs inte alltid.")
    b.set_assessment(unit.id, item.id, status="partly",
                     note="Två medarbetare utbildade i AUDIT under hösten.")
    b.add_finding("Gemensam rutin för AUDIT i mödrahälsovården", category="guidelines")
    package = b.export_package(tmp_path / "kiruna.vardsync").path
    yield window, b, package
    b.close()


@pytest.fixture()
def conflicts_view(qtbot, copies):
    """The conflicts view at 1024 × 600 on the window's copy, after B's package:
    one conflict of two notes."""
    from gui_sync_helpers import shown_conflicts

    window, _, package = copies
    window.ws.import_package(package)
    view = shown_conflicts(qtbot, window, (1024, 600))
    yield view
    view.close()
