"""Shared fixtures. Core tests need no QApplication; GUI tests use pytest-qt.

Qt runs offscreen, and QSettings/QStandardPaths point into a temporary
folder, so tests never touch the user's settings or write into the tree.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

try:  # Hypothesis keeps no example database in the source tree.
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("vardflata", database=None, deadline=None)
    _hypothesis_settings.load_profile("vardflata")
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    pass


@pytest.fixture(scope="session", autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                "XDG_STATE_HOME", "LOCALAPPDATA"):
        os.environ[var] = str(home / var.lower())
    # What exports remember of this copy (app.core.replica_marks): never the
    # developer's own, whatever their environment sets.
    os.environ["VARDFLATA_STATE_DIR"] = str(home / "state")
    os.environ["XDG_RUNTIME_DIR"] = str(home / "runtime")
    (home / "runtime").mkdir(mode=0o700)


@pytest.fixture()
def ws(tmp_path: Path):
    """A new workspace with the catalogue and Norrbotten's organisations."""
    from app.workspace import Workspace

    workspace = Workspace.create(tmp_path / "test.vardflata")
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The county demo, written once per session; copy it before changing it."""
    from app.core.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.vardflata"
    write_demo(path, "county").close()
    return path


@pytest.fixture()
def demo_ws(demo_file: Path, tmp_path: Path):
    """A private, writable copy of the county demo."""
    import shutil

    from app.workspace import Workspace

    target = tmp_path / "demo.vardflata"
    shutil.copy(demo_file, target)
    workspace = Workspace.open(target)
    yield workspace
    workspace.close()
