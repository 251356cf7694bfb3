"""What the sync tests share: three copies of one workspace, sending a package
from one copy to another, and a tick of the clock so that versions land in the
order a test means."""

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


def make_trio(tmp_path: Path, names: tuple[str, str] = ("Luleå kommun", "Kiruna")
              ) -> tuple[Workspace, Workspace, Workspace]:
    """The county's copy and two joined from its start package, named `names`."""
    a = Workspace.create(tmp_path / "a.vardflata", name="Länet")
    a.set_copy_name("Länssamordnaren")
    a.export_package(tmp_path / "start.vardsync")
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    b.set_copy_name(names[0])
    c = Workspace.join(tmp_path / "c.vardflata", tmp_path / "start.vardsync")
    c.set_copy_name(names[1])
    return a, b, c
