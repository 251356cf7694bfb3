"""The open workspace file, looked after off the GUI thread: checked a few
seconds after it is opened (SQLite's quick check, so that a file a failing USB
stick damaged is said at once, not when a report fails, nor after its backups
have rotated the good ones out), then the hourly automatic backup when one is
due; and written through (backup.write_through) soon after each change, so that
the file alone, copied while the program runs, holds the work (a checkpoint
fsyncs, which on a USB stick can take a moment)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.core.lazy import lazy_module

backups = lazy_module("app.core.backup")


class FileCheck(QObject):
    """Lives in the GUI thread; `damaged` and `written` reach it from the
    pools' threads."""

    damaged = Signal(str)          # the workspace's path
    # (path, the caller's count of changes when asked, whether all went in)
    written = Signal(str, int, bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # One write-through at a time, and one to wait for before the file is
        # closed or replaced (its connection holds the file open: on Windows a
        # restore could not replace it).
        self._through = QThreadPool(self)
        self._through.setMaxThreadCount(1)

    def start(self, path: Path, *, back_up: bool) -> None:
        QThreadPool.globalInstance().start(lambda: self._check(path, back_up))

    def write_through(self, path: Path, generation: int) -> None:
        self._through.start(lambda: self._write_through(path, generation))

    def wait_written(self, msecs: int = 5000) -> None:
        self._through.waitForDone(msecs)

    # -- in the pools' threads -----------------------------------------------------

    def _check(self, path: Path, back_up: bool) -> None:
        try:
            if not backups.file_is_whole(path):
                self.damaged.emit(str(path))
                return
            if back_up:
                backups.backup_file(path)
        except Exception:  # noqa: BLE001 - a background task must never crash the app
            pass

    def _write_through(self, path: Path, generation: int) -> None:
        try:
            whole = backups.write_through(path)
        except Exception:  # noqa: BLE001 - the WAL still holds it; the next one may do
            whole = False
        self.written.emit(str(path), generation, whole)
