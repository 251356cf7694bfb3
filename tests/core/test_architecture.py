"""The core is Qt-free and the start-up path stays light (import contracts)."""

from __future__ import annotations

import subprocess
import sys

CORE_MODULES = ["app.workspace", "app.spc", "app.core.store", "app.core.seed",
                "app.core.demo", "app.core.backup", "app.cli"]


def _modules_after_import(*modules: str) -> set[str]:
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "print('\\n'.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    return set(out.split())


def test_core_imports_no_qt_nor_heavy_libraries():
    loaded = _modules_after_import(*CORE_MODULES)
    assert "app.workspace" in loaded
    for heavy in ("PySide6", "shiboken6", "matplotlib", "reportlab"):
        assert not any(m == heavy or m.startswith(heavy + ".") for m in loaded), heavy


def test_every_core_module_is_qt_free():
    import pkgutil

    import app.core

    names = [f"app.core.{m.name}" for m in pkgutil.iter_modules(app.core.__path__)]
    loaded = _modules_after_import(*names)
    assert len(names) >= 8
    assert not any(m.startswith("PySide6") for m in loaded)


_START_UP = """
import sys
from pathlib import Path
from app.gui.application import run_gui
run_gui(Path(sys.argv[1]), exit_when_ready=True)
lazy = [m for m, module in sys.modules.items() if type(module).__name__ == "_LazyModule"]
print(" ".join(sorted(set(sys.modules) - set(lazy))))
"""


def test_gui_start_up_loads_only_what_the_first_window_shows(demo_file, tmp_path):
    """The real start-up (window painted with the county demo) leaves the
    charts, PDFs, other tabs, sync and the improvement records unloaded."""
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", _START_UP, str(demo_file)], check=True,
                         capture_output=True, text=True, env=env).stdout
    loaded = set(out.split())
    assert {"PySide6.QtWidgets", "app.gui.main_window", "app.workspace"} <= loaded
    for unwanted in ("matplotlib", "reportlab", "app.gui.findings_view",
                     "app.gui.improvement_view", "app.gui.presentation_matrix",
                     "app.core.improvement", "app.core.privacy", "app.core.sync",
                     "app.core.reports", "app.core.sync_exchange", "app.sync", "uuid",
                     "socket"):
        assert not any(m == unwanted or m.startswith(unwanted + ".") for m in loaded), unwanted
