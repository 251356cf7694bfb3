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


def test_gui_start_up_path_does_not_import_matplotlib_or_reportlab():
    loaded = _modules_after_import("app.gui.application", "app.gui.main_window")
    assert "PySide6.QtWidgets" in loaded
    assert not any(m.startswith(("matplotlib", "reportlab")) for m in loaded)
