"""Reports and CSV export off the GUI thread.

The worker opens its own read-only connection to the workspace file (WAL lets
it read while the window keeps its writable one), runs the privacy check,
then writes the PDF or the CSV files. It never touches the window's
Workspace object, so the GUI thread and the worker share nothing but signals.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, Signal

from app.core.report_content import ReportOptions


@dataclass
class Job:
    workspace: Path
    output: Path                   # the PDF, or the folder for CSV
    kind: str                      # "county", "unit", "team", "cycles" or "csv"
    scope: str | None = None       # an area or unit id; a team report: the team's id
    options: ReportOptions = field(default_factory=ReportOptions)
    blank: bool = False
    allow_personal_data: bool = False
    cycle_ids: list[str] | None = None    # PGSA worksheets: only these cycles


class ReportWorker(QThread):
    """Runs one job; emits exactly one of finished_ok, privacy_hits, failed, cancelled
    (and warnings just before finished_ok when the report could not print all as typed)."""

    progress = Signal(float, str)
    privacy_hits = Signal(list)     # [PrivacyHit], when not allowed: nothing was written
    warnings = Signal(list)         # [Swedish sentence]: written, but not all as typed
    finished_ok = Signal(str)       # the PDF or folder written
    failed = Signal(str)            # a sentence in the user's language
    cancelled = Signal()

    def __init__(self, job: Job, parent=None) -> None:
        super().__init__(parent)
        self.job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def stop_and_wait(self) -> None:
        self._stop.set()
        self.wait()

    def run(self) -> None:  # noqa: D401 - QThread entry point
        from app.core.reports import is_cancel
        from app.workspace import Workspace

        job = self.job
        try:
            with Workspace.open(job.workspace, read_only=True) as ws:
                if not job.allow_personal_data:   # the text this export will contain
                    from app.core.privacy import scan_export

                    hits = scan_export(ws, job.kind, job.scope, job.options,
                                       blank=job.blank, cycle_ids=job.cycle_ids)
                    if hits:
                        self.privacy_hits.emit(hits)
                        return
                found: list[str] = []
                written = self._write(ws, found.append)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a sentence
            if is_cancel(exc):
                self.cancelled.emit()
            else:
                self.failed.emit(_sentence(exc))
            return
        if found:
            self.warnings.emit(found)
        self.finished_ok.emit(str(written))

    def _write(self, ws, warn) -> Path:
        job = self.job
        report = self.progress.emit
        stop = self._stop.is_set
        if job.kind == "csv":
            from app.core.csv_export import export_csv

            export_csv(ws, job.output, progress=report, cancelled=stop)
            return job.output
        from app.core.reports import make_report

        return make_report(ws, job.output, job.kind, job.scope, options=job.options,
                           progress=report, cancelled=stop, blank=job.blank,
                           cycle_ids=job.cycle_ids, warn=warn)


def _sentence(exc: Exception) -> str:
    """The failure as a sentence in the user's language (translate is thread-safe)."""
    from app.core.store import StoreError
    from app.gui.core_messages import error_text

    if isinstance(exc, StoreError):
        return error_text(exc)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "ReportWorker", "Filen kan inte skrivas (saknar behörighet): %1").replace(
            "%1", str(exc.filename))
    if isinstance(exc, OSError):
        return QCoreApplication.translate("ReportWorker", "Filen kan inte skrivas: %1").replace(
            "%1", str(exc.strerror or exc))
    return QCoreApplication.translate("ReportWorker", "Rapporten kunde inte skapas: %1").replace(
        "%1", error_text(exc))


_RUNNING: set[ReportWorker] = set()


def make_worker(job: Job) -> ReportWorker:
    """A worker that outlives its dialog if need be, and is stopped (cancelled,
    waited for) before the application quits: a QThread must never be destroyed
    while it runs. Connect its signals, then start() it."""
    worker = ReportWorker(job)
    _RUNNING.add(worker)
    worker.finished.connect(lambda: _RUNNING.discard(worker))
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(worker.stop_and_wait)
    return worker
