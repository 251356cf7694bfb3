"""Fixtures shared by the core tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import make_trio


@pytest.fixture()
def trio(tmp_path: Path):
    """Three named copies of one workspace (sync_helpers.make_trio), closed after."""
    a, b, c = make_trio(tmp_path)
    yield a, b, c
    for ws in (a, b, c):
        ws.close()
