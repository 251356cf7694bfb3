"""Starting the GUI: QApplication, translations, style, the first workspace."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Vardflata")
    app.setApplicationName("Vardflata")
    app.setApplicationDisplayName("Vårdfläta")
    _install_translator(app)
    from app.gui import style

    style.install(app)
    return app


def _install_translator(app: QApplication) -> None:
    """Swedish by default, English from the compiled .qm, chosen in the
    settings (first start: the system locale); see app.gui.language."""
    from app.gui.language import install
    from app.gui.settings import Settings

    install(app, Settings())


def run_gui(path: Path | None = None, *, demo: bool = False, read_only: bool = False,
            exit_when_ready: bool = False, end_process: bool = False) -> int:
    """Start the GUI. A file named on the command line is opened in the window,
    which says what is wrong with it and offers what can be done (a read-only
    view, a backup to restore): double-clicked in a file manager, nobody sees
    stderr (robustness review: a file on a read-only stick showed nothing).
    With `exit_when_ready` (smoke tests, benchmarks) it is opened first, and a
    file that cannot be is one line on stderr (StoreError reaches the CLI)."""
    workspace = None
    if path is not None and exit_when_ready:
        from app.workspace import Workspace

        workspace = Workspace.open(path, read_only=read_only)
    app = make_application()
    from app.gui.main_window import MainWindow

    window = MainWindow()
    if window.first_start:
        from app.gui.screen_fit import maximize_on_small_screen

        maximize_on_small_screen(window)
    if workspace is not None:
        window.set_workspace(workspace)     # damaged: a StoreError, the CLI's one line
        window.settings.add_recent(path)
    elif path is not None:
        window.open_path(path, read_only=read_only)
    elif demo:
        window.open_demo()
    else:
        last = window.settings.last_file
        if last is not None and last.is_file():
            window.open_path(last)
    window.show()
    QTimer.singleShot(SETTLE_MS, _collect_after_start)
    if exit_when_ready:
        # Ready = the window with its workspace has been painted once.
        window.repaint()
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    if window.ws is not None:   # quit by other means than closing the window
        window.close()
    if end_process:
        _end_process(code)
    return code


SETTLE_MS = 2000


def _collect_after_start() -> None:
    """The cyclic collector, off during start-up (see app.cli.main), runs once
    now that the window is idle and is then on as usual."""
    import gc

    if not gc.isenabled():
        gc.collect()
        gc.enable()


def _end_process(code: int) -> None:
    """Leave at once once everything is on disk: the window has closed its
    workspace and synced the settings, and background backups are waited
    for. Python's and Qt's teardown (tens of milliseconds of freeing what
    the OS frees anyway) is skipped, so closing the window ends the program."""
    import os

    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
