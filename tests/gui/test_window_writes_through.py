"""The window writes the WAL through into the workspace file soon after a
change and at once when the user turns to another program, off the GUI
thread, so that the file alone, copied to a USB stick while the program
runs, holds the work (new-user trial: the copy was empty)."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui import main_window as main_window_module
from app.workspace import Workspace


def note_in_copy(path, tmp_path, unit_id, item_id) -> str | None:
    copy = tmp_path / "usb.vardflata"
    shutil.copyfile(path, copy)
    try:
        with Workspace.open(copy, read_only=True) as copied:
            return copied.assessment(unit_id, item_id).note
    except Exception:                        # an empty or half-written copy
        return None
    finally:
        copy.unlink()


def test_a_change_reaches_the_file_itself_soon_after(opened, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(main_window_module, "WRITE_THROUGH_MS", 50)
    ws = opened.ws
    unit, item = ws.units()[0], ws.items()[0]
    ws.set_assessment(unit.id, item.id, note="Skrivet på workshopen")
    qtbot.waitUntil(lambda: note_in_copy(ws.path, tmp_path, unit.id, item.id)
                    == "Skrivet på workshopen", timeout=10_000)


def test_turning_to_another_program_writes_through_at_once(opened, qtbot, tmp_path):
    ws = opened.ws
    unit, item = ws.units()[0], ws.items()[0]
    ws.set_assessment(unit.id, item.id, note="Innan filen kopieras")
    assert opened._write_through_timer.isActive()          # 2 s after the change …
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert not opened._write_through_timer.isActive()      # … or now: to Explorer
    qtbot.waitUntil(lambda: note_in_copy(ws.path, tmp_path, unit.id, item.id)
                    == "Innan filen kopieras", timeout=10_000)


def test_a_write_through_a_reader_held_back_is_tried_again(opened, qtbot, tmp_path,
                                                           monkeypatch):
    from app.core import backup

    monkeypatch.setattr(main_window_module, "WRITE_THROUGH_MS", 50)
    real, calls = backup.write_through, []

    def held_back_once(path):
        calls.append(path)
        return real(path) and len(calls) > 1     # the first: as if a reader held pages back

    monkeypatch.setattr(backup, "write_through", held_back_once)
    ws = opened.ws
    unit, item = ws.units()[0], ws.items()[0]
    ws.set_assessment(unit.id, item.id, note="Trots kontrollen")
    qtbot.waitUntil(lambda: opened.written_through, timeout=10_000)
    assert len(calls) >= 2
    assert note_in_copy(ws.path, tmp_path, unit.id, item.id) == "Trots kontrollen"
