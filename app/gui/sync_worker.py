"""Sync work off the GUI thread.

A QRunnable that opens its own connection to the workspace file
(`Workspace.worker_copy`: SQLite connections are not shared between threads)
and runs one job on it: read and validate a package, import it, sync a
folder, write a package. The store is single-writer, so while a job runs the
dialog that started it is modal and the window writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.workspace import Workspace

Job = Callable[[Workspace, Callable[[str, float], None]], Any]


class WorkerSignals(QObject):
    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str)


class PlainWorker(QRunnable):
    """A job that needs no open workspace (reading a package, starting a new copy)."""

    def __init__(self, job: Callable[[Callable[[str, float], None]], Any]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._job(self.signals.progress.emit)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash
            self.signals.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.signals.finished.emit(result)


def start_plain(job, *, on_done, on_error, on_progress=None) -> PlainWorker:
    return _launch(PlainWorker(job), on_done, on_error, on_progress)


class SyncWorker(QRunnable):
    def __init__(self, ws: Workspace, job: Job) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._ws = ws
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            copy = self._ws.worker_copy()
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash
            self.signals.failed.emit(str(exc))
            return
        try:
            result, error = self._job(copy, self.signals.progress.emit), None
        except Exception as exc:  # noqa: BLE001
            # StoreError/PackageError carry a Swedish sentence; anything else is
            # shown as is rather than crashing the window.
            result, error = None, str(exc) or type(exc).__name__
        finally:
            # Closed before the window hears of it: it may reopen the file at once.
            copy.close()
        if error is None:
            self.signals.finished.emit(result)
        else:
            self.signals.failed.emit(error)


def start(ws: Workspace, job: Job, *, on_done, on_error, on_progress=None) -> SyncWorker:
    return _launch(SyncWorker(ws, job), on_done, on_error, on_progress)


def _launch(worker, on_done, on_error, on_progress):
    worker.signals.finished.connect(on_done)
    worker.signals.failed.connect(on_error)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(worker)
    return worker
