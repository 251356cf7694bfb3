"""What the sync tests share: sending a package from one copy to another, and a
tick of the clock so that versions land in the order a test means."""

from __future__ import annotations

import time
from pathlib import Path

from app.workspace import Workspace


def send(src: Workspace, dst: Workspace, tmp_path: Path, name: str):
    path = tmp_path / f"{name}.vardsync"
    src.export_package(path)
    return dst.import_package(path, backup=False)


def tick() -> None:
    time.sleep(0.003)   # versions in distinct milliseconds, so the order is the one meant
