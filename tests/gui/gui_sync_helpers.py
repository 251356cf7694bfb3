"""What the GUI's sync tests share with the core's: tests/core/sync_helpers.py
(its `tick`), importable here too without a second copy of it."""

from __future__ import annotations

import sys
from pathlib import Path

_CORE_TESTS = str(Path(__file__).resolve().parents[1] / "core")
if _CORE_TESTS not in sys.path:
    sys.path.append(_CORE_TESTS)

from sync_helpers import tick  # noqa: E402

__all__ = ["shown_conflicts", "tick"]


def shown_conflicts(qtbot, window, size: tuple[int, int] | None = None):
    """The window's conflicts view, shown (and kept when closed), of `size`."""
    from PySide6.QtCore import Qt

    from app.gui.sync_dialog import open_conflicts

    view = open_conflicts(window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    if size is not None:
        view.resize(*size)
    qtbot.waitExposed(view)
    return view
