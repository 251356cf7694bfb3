"""The sync dialogs can be used as a new user would: conflicts straight after an
import, every dialog within a small or scaled screen, Enter exports, and a
dialog closed (or the program quitting) under a running job is no error."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from app.gui import screen_fit, sync_worker
from app.gui.backup_dialog import BackupDialog
from app.gui.conflicts_view import ConflictsDialog
from app.gui.join_dialog import open_join
from app.gui.sync_dialog import SyncDialog, open_export, open_sync
from app.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


def visible_dialogs(kind) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


# -- 1. the conflicts can be resolved straight after the import -------------------------

def test_conflicts_after_an_import_can_be_resolved_at_once(qtbot, copies):
    window, _, package = copies
    sync = open_sync(window, package=package)
    qtbot.waitUntil(sync.apply_button.isEnabled, timeout=10000)
    sync.apply_button.click()
    qtbot.waitUntil(lambda: sync.pages.currentIndex() == 2, timeout=10000)
    assert "Konflikter att granska: 1." in sync.summary_text.text()
    sync.conflicts_button.click()
    qtbot.wait(50)
    # The finished sync dialog is gone: nothing modal keeps the conflicts view from use.
    assert not visible_dialogs(SyncDialog)
    assert QApplication.activeModalWidget() is None
    [conflicts] = visible_dialogs(ConflictsDialog)
    assert conflicts.table.rowCount() == 1
    QTest.mouseClick(conflicts.other_button, Qt.MouseButton.LeftButton)
    assert conflicts.table.rowCount() == 0
    unit, item = window.ws.units()[0], window.ws.items()[0]
    assert window.ws.assessment(unit.id, item.id).note == "Rutin finns men följs inte alltid."
    conflicts.close()


# -- 2. every dialog fits the screen -----------------------------------------------------

def test_fit_to_screen_gives_no_more_than_the_screen():
    dialog = QDialog()
    wide = QRect(0, 0, 1366, 728)
    assert screen_fit.fit_to_screen(dialog, 620, 420, wide) == (620, 420)
    assert dialog.size().toTuple() == (620, 420)
    # 1366 × 768 at 200 %: 683 × 384 with room for the frame.
    small = QRect(0, 0, 683, 384)
    width, height = screen_fit.fit_to_screen(dialog, 1100, 600, small)
    assert width <= 683 - 16 and height <= 384 - 48
    assert dialog.size().toTuple() == (width, height)


def test_fit_to_screen_uses_the_parents_screen(window):
    dialog = QDialog(window)
    assert screen_fit.available_geometry(dialog) == window.screen().availableGeometry()


SMALL = QRect(0, 0, 683, 384)         # 1366 × 768 at 200 %
MEDIUM = QRect(0, 0, 911, 512)        # 1366 × 768 at 150 %


def assert_fits(dialog, area: QRect, buttons) -> None:
    QApplication.processEvents()
    assert dialog.width() <= area.width() - screen_fit.FRAME_WIDTH, dialog.size()
    assert dialog.height() <= area.height() - screen_fit.FRAME_HEIGHT, dialog.size()
    for button in buttons:
        assert button.isVisible()
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), (button.text(), corner, dialog.size())


@pytest.mark.parametrize("area", [MEDIUM, SMALL])
def test_dialogs_fit_a_small_screen(qtbot, copies, monkeypatch, area):
    window, _, package = copies
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: area)
    window.ws.import_package(package)                    # one conflict to show

    conflicts = ConflictsDialog(window)
    qtbot.addWidget(conflicts)
    conflicts.show()
    assert_fits(conflicts, area, [conflicts.keep_button, conflicts.other_button])

    sync = open_sync(window, package=package)
    sync.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(sync)
    qtbot.waitUntil(lambda: "Kiruna-laptop" in sync.preview_text.text(), timeout=10000)
    # A folder of many packages: the preview scrolls, the buttons stay.
    sync.preview_text.setText("\n".join(f"Från kopia {n}: 3 nya ändringar" for n in range(60)))
    assert_fits(sync, area, [sync.apply_button, sync.close_button])
    sync.close()

    export = open_export(window)
    export.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(export)
    assert_fits(export, area, [export.export_button, export.close_button])
    export.close()

    join = open_join(window, package.with_name("start.vardsync"))
    join.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(join)
    qtbot.waitUntil(join.start_button.isEnabled, timeout=10000)
    assert_fits(join, area, [join.start_button, join.cancel_button])
    join.close()

    backup = BackupDialog(window.ws.path, window.ws.backups(), window)
    qtbot.addWidget(backup)
    backup.show()
    assert_fits(backup, area, [backup.restore_button])
    backup.close()


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_conflicts_and_sync_dialogs_at_a_real_scaling(window_process, scale):
    """1366 × 768 at 150 % and 200 %, the screen as Qt sees it: the buttons are on it."""
    found = window_process("""
        import json, time
        from PySide6.QtWidgets import QApplication
        from app.gui.conflicts_view import ConflictsDialog
        from app.gui.sync_dialog import open_sync
        w.showMaximized()
        area = QApplication.primaryScreen().availableGeometry()
        package = w.ws.export_package(work / "p.vardsync").path

        def bottoms(dialog, buttons):
            QApplication.processEvents()
            return [dialog.mapToGlobal(dialog.rect().bottomRight()).y()] + [
                b.mapToGlobal(b.rect().bottomRight()).y() for b in buttons]

        conflicts = ConflictsDialog(w)
        conflicts.show()
        out = {"area": area.height(),
               "conflicts": bottoms(conflicts, [conflicts.keep_button, conflicts.other_button])}
        conflicts.close()
        sync = open_sync(w, package=package)
        reading, start = sync.preview_text.text(), time.monotonic()
        while sync.preview_text.text() == reading and time.monotonic() - start < 30:
            QApplication.processEvents()
            time.sleep(0.01)
        out["sync"] = bottoms(sync, [sync.apply_button, sync.close_button])
        sync.close()
        print(json.dumps(out))
    """, 1280, 720, scale=scale, screen=(1366, 768))
    assert found["area"] == round(768 / float(scale))
    for name in ("conflicts", "sync"):
        assert max(found[name]) < found["area"], (name, found)


# -- 3. Enter exports ---------------------------------------------------------------------

def test_enter_in_the_export_dialog_exports_and_opens_no_chooser(qtbot, copies, tmp_path,
                                                                 monkeypatch):
    window, _, _ = copies
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kw: asked.append(args) or ("", "")))
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    target = tmp_path / "till-usb.vardsync"
    dialog.path_edit.setText(str(target))
    dialog.name_edit.setText("Luleå-kontoret")
    dialog.name_edit.setFocus()
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert asked == []                                 # no file chooser
    qtbot.waitUntil(lambda: "Klart" in dialog.result_label.text(), timeout=10000)
    assert dialog.export_button.isDefault()
    assert target.exists()
    assert window.ws.copy_name == "Luleå-kontoret"
    dialog.close()


# -- 4. closing under a running job ------------------------------------------------------

def _held(monkeypatch, method: str) -> threading.Event:
    """Make a Workspace method wait (at most 10 s) until the returned gate is set:
    a sync job that is still running."""
    gate = threading.Event()
    original = getattr(Workspace, method)

    def slow(self, *args, **kw):
        gate.wait(10)
        return original(self, *args, **kw)

    monkeypatch.setattr(Workspace, method, slow)
    return gate


def test_the_export_dialog_stays_open_while_it_writes(qtbot, copies, tmp_path, monkeypatch):
    window, _, _ = copies
    gate = _held(monkeypatch, "export_package")
    dialog = open_export(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "p.vardsync"))
    dialog.export_button.click()
    assert not dialog.close_button.isEnabled()
    dialog.reject()                                    # Esc
    dialog.close()                                     # the window's close button
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: "Klart" in dialog.result_label.text(), timeout=10000)
    assert dialog.close_button.isEnabled()
    assert (tmp_path / "p.vardsync").exists()
    dialog.close()
    assert not dialog.isVisible()


def test_a_job_whose_signals_are_gone_ends_without_an_error(qtbot, capfd):
    """Python tearing the program down under a running job deletes its signals first."""
    import shiboken6

    gate = threading.Event()
    ended = threading.Event()

    def job(progress):
        gate.wait(10)
        progress("Klart", 1.0)
        ended.set()
        return "written"

    heard = []
    worker = sync_worker.start_plain(job, on_done=heard.append, on_error=heard.append)
    shiboken6.delete(worker.signals)
    gate.set()
    assert ended.wait(10)
    qtbot.waitUntil(lambda: sync_worker.QThreadPool.globalInstance().activeThreadCount() == 0,
                    timeout=10000)
    time.sleep(0.1)
    assert heard == []
    err = capfd.readouterr().err
    assert "Traceback" not in err and "RuntimeError" not in err, err


def test_a_closed_preview_hears_nothing_and_the_worker_is_released(qtbot, copies,
                                                                   monkeypatch):
    window, _, package = copies
    gate = _held(monkeypatch, "preview_package")
    sync = open_sync(window, package=package)
    sync.close()                                       # not busy while it reads: closes
    qtbot.waitUntil(lambda: not visible_dialogs(SyncDialog), timeout=5000)
    del sync
    qtbot.wait(50)                                     # deleted (WA_DeleteOnClose)
    gate.set()
    qtbot.waitUntil(lambda: sync_worker.running() == 0, timeout=10000)


QUIT_WHILE_EXPORTING = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app.gui import sync_worker
from app.workspace import Workspace

app = QApplication([])
path = Path(sys.argv[1])
ws = Workspace.create(path / "a.vardflata", name="Norrbotten")

def job(copy, progress):
    time.sleep(0.5)
    return copy.export_package(path / "p.vardsync")

sync_worker.start(ws, job, on_done=lambda r: None, on_error=lambda m: None)
QTimer.singleShot(50, app.quit)      # the user quits while the package is written
app.exec()
print("after quit", (path / "p.vardsync").exists())
"""


def test_quitting_while_a_package_is_written_finishes_it(tmp_path):
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(QUIT_WHILE_EXPORTING),
                           str(tmp_path)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "after quit True" in done.stdout
    assert "Traceback" not in done.stderr and "RuntimeError" not in done.stderr, done.stderr
    assert [p.name for p in tmp_path.glob("*.vardsync*")] == ["p.vardsync"]   # no .part
