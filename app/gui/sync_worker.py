"""Sync work off the GUI thread.

A QRunnable that opens its own connection to the workspace file
(`Workspace.worker_copy`: SQLite connections are not shared between threads)
and runs one job on it: read and validate a package, import it, sync a
folder, write a package. The store is single-writer, so while a job runs the
dialog that started it is modal and the window writes nothing.

A job is never cut short by its dialog: a dialog closed meanwhile (a
preview's) just hears nothing, and when the application quits it first waits
for the jobs under way, so a package being written is finished (and a package
is written atomically anyway, app.sync.write_package).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from app.workspace import Workspace

Job = Callable[[Workspace, Callable[[str, float], None]], Any]


class WorkerSignals(QObject):
    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str)


def _emit(signal, *args) -> bool:
    """Report to the GUI thread, unless there is no one left to hear it: when
    Python tears the application down under a running job its signals go
    first, and the job's end is not an error then."""
    try:
        signal.emit(*args)
    except RuntimeError:        # "Signal source has been deleted"
        return False
    return True


def _report(worker, signal, *args) -> None:
    """The job's end; a worker no one can hear is let go here (else the GUI
    thread lets it go once it has heard)."""
    if not _emit(signal, *args):
        _running.pop(id(worker), None)


def _progress(signals: WorkerSignals) -> Callable[[str, float], None]:
    return lambda text, fraction: _emit(signals.progress, text, fraction)


class PlainWorker(QRunnable):
    """A job that needs no open workspace (reading a package, starting a new copy)."""

    def __init__(self, job: Callable[[Callable[[str, float], None]], Any]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._job = job
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._job(_progress(self.signals))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a crash
            _report(self, self.signals.failed, str(exc) or type(exc).__name__)
        else:
            _report(self, self.signals.finished, result)


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
            _report(self, self.signals.failed, str(exc))
            return
        try:
            result, error = self._job(copy, _progress(self.signals)), None
        except Exception as exc:  # noqa: BLE001
            # StoreError/PackageError carry a Swedish sentence; anything else is
            # shown as is rather than crashing the window.
            result, error = None, str(exc) or type(exc).__name__
        finally:
            # Closed before the window hears of it: it may reopen the file at once.
            copy.close()
        if error is None:
            _report(self, self.signals.finished, result)
        else:
            _report(self, self.signals.failed, error)


def start(ws: Workspace, job: Job, *, on_done, on_error, on_progress=None) -> SyncWorker:
    return _launch(SyncWorker(ws, job), on_done, on_error, on_progress)


# Workers that have not reported yet. The dialog that started one may be closed
# and deleted while it runs (a preview, say); held here, its signals outlive the
# dialog, and the result goes nowhere: Qt drops a connection whose receiver is gone.
_running: dict[int, QRunnable] = {}
_quit_waits: set[int] = set()      # the applications told to wait for them


def wait_for_running() -> None:
    """Block until every job has ended (the application is quitting)."""
    QThreadPool.globalInstance().waitForDone()


def _launch(worker, on_done, on_error, on_progress):
    worker.signals.finished.connect(on_done)
    worker.signals.failed.connect(on_error)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)

    key = id(worker)                    # not the worker: its connections would hold it

    def release(*_args) -> None:        # in the GUI thread, after the dialog heard it
        _running.pop(key, None)

    worker.signals.finished.connect(release)
    worker.signals.failed.connect(release)
    _running[key] = worker
    app = QCoreApplication.instance()
    if app is not None and id(app) not in _quit_waits:
        _quit_waits.add(id(app))
        app.aboutToQuit.connect(wait_for_running)
    QThreadPool.globalInstance().start(worker)
    return worker


def running() -> int:
    """How many workers have not reported yet (for tests and a clean exit)."""
    return len(_running)
