"""A full disk while closing or switching workspaces: the backup taken on the
way out fails, and the workspace is closed and unlocked all the same, with
every change already saved."""

from __future__ import annotations

import shutil
import sqlite3

from app.core.store import lock_path
from app.workspace import Workspace


def _full_disk(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def test_closing_on_a_full_disk_closes_and_unlocks(opened, select_unit, monkeypatch):
    path = opened.ws.path
    select_unit(opened, "Kiruna")
    unit = next(u for u in opened.ws.units() if u.name == "Kiruna")
    item = opened.ws.items()[0]
    opened.ws.set_assessment(unit.id, item.id, note="Sparad före stängning")
    opened._changed_since_backup = True
    monkeypatch.setattr(type(opened.ws), "backup", _full_disk)
    opened.close()
    assert opened.ws is None
    assert not lock_path(path).exists()
    with Workspace.open(path) as ws:
        assert ws.assessment(unit.id, item.id).note == "Sparad före stängning"


def test_switching_workspaces_on_a_full_disk_opens_the_other(opened, demo_file, tmp_path,
                                                             monkeypatch):
    first = opened.ws.path
    other = tmp_path / "other.vardflata"
    shutil.copy(demo_file, other)
    opened._changed_since_backup = True
    monkeypatch.setattr(type(opened.ws), "backup", _full_disk)
    assert opened.open_path(other)
    assert opened.ws.path == other
    assert not lock_path(first).exists()


def test_a_workspace_on_a_read_only_stick_is_offered_read_only(window, demo_copy,
                                                                monkeypatch):
    """The folder cannot be written (the lock file cannot be made): the user is
    asked, as for a file open elsewhere, and gets a read-only view."""
    import errno

    from PySide6.QtWidgets import QMessageBox

    from app.core.filelock import FileLock

    def read_only_medium(self):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(FileLock, "acquire", read_only_medium)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Open)
    assert window.open_path(demo_copy)
    assert window.ws.read_only
    title, text = asked[0][1], asked[0][2]
    assert title == "Arbetsytan kan inte ändras här"
    assert f"Kan inte skriva i mappen {demo_copy.parent}" in text and "skrivskyddad" in text
