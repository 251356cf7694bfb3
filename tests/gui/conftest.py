"""GUI fixtures: a main window on its own settings file, closed after the test."""

from __future__ import annotations

import pytest


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
def opened(window, demo_copy):
    """The main window with a private copy of the county demo open."""
    assert window.open_path(demo_copy)
    return window
