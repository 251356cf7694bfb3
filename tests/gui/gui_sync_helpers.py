"""What the GUI's sync tests share with the core's: tests/core/sync_helpers.py
(its `tick`), importable here too without a second copy of it."""

from __future__ import annotations

import sys
from pathlib import Path

_CORE_TESTS = str(Path(__file__).resolve().parents[1] / "core")
if _CORE_TESTS not in sys.path:
    sys.path.append(_CORE_TESTS)

from sync_helpers import tick  # noqa: E402

__all__ = ["tick"]
