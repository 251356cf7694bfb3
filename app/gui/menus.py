"""Menu entries for reports and file exchange, without loading their dialogs.

The dialogs (and ReportLab, zip handling, …) are imported when an entry is
chosen, so they stay off the start-up path.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


def install_report_actions(window) -> None:
    """Arkiv → Rapporter och export."""
    tr = QCoreApplication.translate
    entries = [(tr("ReportDialog", "&Länsrapport (PDF)…"), "county"),
               (tr("ReportDialog", "&Organisationsrapport (PDF)…"), "unit"),
               (tr("ReportDialog", "&Teamrapport (PDF)…"), "team"),
               (tr("ReportDialog", "&PGSA-blankett (PDF)…"), "cycles"),
               (tr("ReportDialog", "Exportera &CSV…"), "csv")]
    window.report_actions = []
    for text, kind in entries:
        action = window.report_menu.addAction(text)
        action.triggered.connect(lambda _=False, k=kind: _open_report(window, k))
        window.report_actions.append(action)

    def enable() -> None:
        for action in window.report_actions:
            action.setEnabled(window.ws is not None)
    window.report_menu.aboutToShow.connect(enable)
    enable()


def _open_report(window, kind: str) -> None:
    from app.gui.report_dialog import open_report_dialog

    open_report_dialog(window, kind)


def install_sync_actions(window) -> None:
    """Arkiv → Synkronisering."""
    tr = QCoreApplication.translate
    menu = window.sync_menu
    entries = [
        ("export", tr("SyncDialog", "&Exportera synkpaket…"), "open_export"),
        ("import", tr("SyncDialog", "&Importera synkpaket…"), "choose_and_import"),
        ("folder", tr("SyncDialog", "Synkronisera med &mapp…"), "sync_with_folder"),
        ("choose", tr("SyncDialog", "&Välj synkmapp…"), "choose_folder"),
        ("conflicts", tr("SyncDialog", "&Konflikter…"), "open_conflicts"),
        ("join", tr("SyncDialog", "Starta en &ny kopia från ett synkpaket…"), "choose_and_join"),
    ]
    window.sync_actions = {}
    for key, text, function in entries:
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False, f=function: _sync(window, f))
        window.sync_actions[key] = action
    menu.insertSeparator(window.sync_actions["conflicts"])
    menu.insertSeparator(window.sync_actions["join"])
    # The round of a shared-folder workshop ("everyone syncs now") by one key,
    # as a mail program fetches with F5, not Alt+A and a menu walk each time.
    window.sync_actions["folder"].setShortcut(QKeySequence("F5"))

    def enable() -> None:
        ws = window.ws
        writable = ws is not None and not ws.read_only
        for key, action in window.sync_actions.items():
            action.setEnabled(True if key == "join" else
                              ws is not None if key == "export" else writable)

    def count_conflicts() -> None:
        # When the menu opens, not at start-up: counting loads the sync code.
        ws = window.ws
        count = len(ws.conflicts()) if ws is not None and not ws.read_only else 0
        window.sync_actions["conflicts"].setText(
            tr("SyncDialog", "&Konflikter (%1)…").replace("%1", str(count)) if count
            else tr("SyncDialog", "&Konflikter…"))
    menu.aboutToShow.connect(enable)
    menu.aboutToShow.connect(count_conflicts)
    window.update_sync_actions = enable    # on opening and closing, for F5 to work
    enable()


def _sync(window, function: str) -> None:
    if function == "choose_and_join":   # needs no open workspace
        from app.gui.join_dialog import choose_and_join

        choose_and_join(window)
        return
    from app.gui import sync_dialog

    getattr(sync_dialog, function)(window)
