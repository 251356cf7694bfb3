"""A workspace file that a failing USB stick has damaged, in the window: said at
once, and its backups offered, even when it cannot be worked in at all."""

from __future__ import annotations

import pytest

from app.core import backup
from app.workspace import Workspace
from tests.core.test_backup_damaged import damage, damage_meta, whole


@pytest.fixture()
def said(window, monkeypatch):
    found = []
    monkeypatch.setattr(window, "show_warning",
                        lambda title, text, removal=None: found.append((title, text)))
    return found


def test_a_damaged_file_is_said_soon_after_it_opens(qtbot, window, tmp_path, said):
    """Checked off the GUI thread (not when a report fails, nor after the
    backups have rotated): a warning that says what to do."""
    path = tmp_path / "län.vardflata"
    Workspace.create(path).close()
    assert window.open_path(path)
    window._auto_backup()
    qtbot.wait(300)
    assert said == []                                  # a whole file: nothing to say
    window.close_workspace()
    damage(path, at=0.8)
    if not window.open_path(path):                     # damaged where the views read
        pytest.skip("this damage is found when opening (the other test)")
    window._auto_backup()
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said[0][0] == "Arbetsytan är skadad" and "Säkerhetskopior" in said[0][1]


def test_a_file_too_damaged_to_show_offers_its_backups_and_restores_one(
        qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.gui import backup_dialog

    path = tmp_path / "län.vardflata"
    with Workspace.create(path) as ws:
        ws.backup()
        units = [u.name for u in ws.units()]
    chosen = backup.list_backups(path)[0].path
    damage(path, at=0)                                 # its first page gone
    asked = []

    def question(parent, title, text, *buttons):
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)

    def choose(dialog):
        dialog.chosen = chosen
        return True

    monkeypatch.setattr(backup_dialog.BackupDialog, "exec", choose)
    assert window.open_path(path)
    assert asked and asked[0][0] == "Arbetsytan är skadad"
    assert "Säkerhetskopior" in asked[0][1]
    assert [u.name for u in window.ws.units()] == units and whole(path)
    assert list(backup.backup_dir(path).glob("*-skadad"))   # the damaged file is kept too
    assert not [b for b in backup.list_backups(path) if "skadad" in b.path.name]


def test_refusing_the_restore_leaves_the_window_empty_and_the_file_as_it_was(
        qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "län.vardflata"
    with Workspace.create(path) as ws:
        ws.backup()
    damage(path, at=0)
    before = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Cancel)
    assert not window.open_path(path)
    assert window.ws is None and path.read_bytes() == before


def test_a_file_damaged_where_opening_reads_offers_its_backups(qtbot, window, tmp_path,
                                                              monkeypatch):
    """Its meta page gone: opening itself fails inside SQLite (a traceback before,
    from a double-clicked file too); now its backups are offered."""
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "län.vardflata"
    Workspace.create(path).close()
    backup.backup_file(path)
    damage_meta(path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, *a: (
        asked.append(title), QMessageBox.StandardButton.Cancel)[1])
    assert not window.open_path(path)
    assert asked == ["Arbetsytan är skadad"] and window.ws is None
