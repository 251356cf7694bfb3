"""Synchronisation in the GUI: export, import with preview, sync folder.

The entries under Arkiv → Synkronisering come from `app.gui.menus`.
Import and folder sync show a preview (what comes in, from whom) read off the
GUI thread, then progress while a worker applies it through its own
connection (the dialog is modal, so the window writes nothing meanwhile),
then a summary. Afterwards the window reopens the workspace so every view
shows the merged content.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from app.core.files import file_slug
from app.core.sync_conflicts import FIELD_LABELS, TABLE_LABELS
from app.core.sync_exchange import COPY_NAME_LIMIT
from app.gui import sync_worker
from app.gui.core_messages import CoreMessages, error_text
from app.gui.labels import copy_label, tr_label
from app.gui.language import localise_decimal
from app.gui.screen_fit import fit_to_screen
from app.gui.settings import files_folder
from app.gui.style import style_label
from app.workspace import WorkspaceError

SYNC_FILTER = "Vårdfläta synkpaket (*.vardsync)"



# The core's progress messages while a package is applied (app.core.sync_*).
sync_progress_text = CoreMessages("SyncDialog", (
    QT_TRANSLATE_NOOP("SyncDialog", "Säkerhetskopierar arbetsytan"),
    QT_TRANSLATE_NOOP("SyncDialog", "Läser och kontrollerar paketet"),
    QT_TRANSLATE_NOOP("SyncDialog", "Tillämpar ändringarna"),
    QT_TRANSLATE_NOOP("SyncDialog", "Sparar ändringarna"),
    QT_TRANSLATE_NOOP("SyncDialog", "Bygger posterna"),
    QT_TRANSLATE_NOOP("SyncDialog", "Letar efter konflikter"),
    QT_TRANSLATE_NOOP("SyncDialog", "Skriver det egna paketet"),
    QT_TRANSLATE_NOOP("SyncDialog", "Klart"),
), ((r"Läser (.*)", QT_TRANSLATE_NOOP("SyncDialog", "Läser %1")),))

def open_export(window) -> "ExportDialog | None":
    if window.ws is None:
        return None
    dialog = ExportDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)   # its worker writes (bookkeeping): the window must not
    dialog.show()
    return dialog


def choose_and_import(window) -> "SyncDialog | None":
    if window.ws is None:
        return None
    name, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("SyncDialog", "Importera synkpaket"),
        str(files_folder(window.ws.path)), SYNC_FILTER)
    return open_sync(window, package=Path(name)) if name else None


def choose_folder(window) -> Path | None:
    if window.ws is None:
        return None
    start = window.ws.sync_folder_path or files_folder(window.ws.path)
    name = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("SyncDialog", "Välj synkmapp"), str(start))
    if not name:
        return None
    window.ws.set_sync_folder(name)
    # Choosing it syncs nothing yet: the trial waited for a sync that F5 makes.
    window.statusBar().showMessage(QCoreApplication.translate(
        "SyncDialog", "Synkmapp: %1 – F5 synkroniserar med den.").replace("%1", name), 12000)
    return Path(name)


def sync_with_folder(window) -> "SyncDialog | None":
    if window.ws is None:
        return None
    folder = window.ws.sync_folder_path or choose_folder(window)
    return open_sync(window, folder=folder) if folder else None


def open_sync(window, *, package: Path | None = None,
              folder: Path | None = None) -> "SyncDialog":
    dialog = SyncDialog(window, package=package, folder=folder)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog


def open_conflicts(window):
    from app.gui.conflicts_view import ConflictsDialog

    if window.ws is None:
        return None
    for dialog in window.findChildren(ConflictsDialog):   # one window, brought forward
        if dialog.isVisible():
            dialog.reload()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = ConflictsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncDialog", text)


def table_counts(records: dict[str, int]) -> str:
    return ", ".join(f"{tr_label(TABLE_LABELS.get(t, t)).lower()}: {n}" for t, n in
                     sorted(records.items())) or _tr("inga")


PREVIEW_LINES = 10     # records named in a preview; then "och N till"


def change_line(change, names: dict[str, str] | None = None) -> str:
    """One record a package changes: "Luleå – AUDIT (bedömning): status, anteckning",
    "… : ny", "… – konflikt", and who wrote it when not the sender ("… – skrivet
    på Piteå – kansliet": the sender passes on what other copies wrote)."""
    words = {"deleted": _tr("borttagen"), "restored": _tr("återställd"),
             "retired": _tr("avvecklad"), "reinstated": _tr("återtagen")}
    if change.new:
        what = [_tr("ny")]
    else:
        what = [words.get(f) or tr_label(FIELD_LABELS[f]).lower()
                for f in change.fields if f in words or f in FIELD_LABELS]
        if any(f not in words and f not in FIELD_LABELS for f in change.fields):
            what.append(_tr("andra uppgifter"))
    line = _tr("%1 (%2)").replace("%1", change.label).replace(
        "%2", tr_label(TABLE_LABELS.get(change.table, change.table)).lower())
    if what:
        line = _tr("%1: %2").replace("%1", line).replace("%2", ", ".join(dict.fromkeys(what)))
    if change.writers:
        who = ", ".join(copy_label(names, r) for r in change.writers)
        line = _tr("%1 – skrivet på %2").replace("%1", line).replace("%2", who)
    if change.conflict:
        line = _tr("%1 – konflikt").replace("%1", line)
    return "• " + line


def preview_changes(preview) -> list[str]:
    """What an import would change, by name (at most PREVIEW_LINES records, then
    how many more), and how many conflicts it would make."""
    if preview.conflicts is None:      # not known (a read-only workspace)
        return [_tr("Poster som berörs: %1.").replace("%1", table_counts(preview.records))]
    lines = [_tr("Det här ändras:")]
    lines += [change_line(c, preview.names) for c in preview.changes[:PREVIEW_LINES]]
    rest = preview.changed - min(len(preview.changes), PREVIEW_LINES)
    if rest > 0:
        lines.append(_tr("och %1 till.").replace("%1", str(rest)))
    lines.append(_tr("Importen ger inga konflikter.") if not preview.conflicts else
                 _tr("Importen ger 1 konflikt att granska efteråt (Arkiv → Synkronisering → "
                     "Konflikter).") if preview.conflicts == 1 else
                 _tr("Importen ger %1 konflikter att granska efteråt (Arkiv → "
                     "Synkronisering → Konflikter).").replace("%1", str(preview.conflicts)))
    return lines


def clock_warning(hours: float) -> str:
    """A sender's clock ahead of ours, in hours, or days when over 48 hours."""
    if hours > 48:
        return _tr("Varning: avsändarens klocka går %1 dagar före. Ändringar som vinner på "
                   "grund av det visas som konflikter.").replace("%1", f"{hours / 24:.0f}")
    return _tr("Varning: avsändarens klocka går %1 timmar före. Ändringar som vinner på "
               "grund av det visas som konflikter.").replace("%1", f"{hours:.0f}")


def result_summary(result) -> str:
    """What an import or a folder sync did, in the user's language (the core's
    own summary() is Swedish, for the command line)."""
    if hasattr(result, "imported"):                       # a folder sync
        new = sum(r.new for r in result.imported)
        parts = [_tr("Paket med nytt: %1, nya ändringar: %2.")
                 .replace("%1", str(len(result.imported))).replace("%2", str(new))]
        if result.export_error:
            parts.append(_tr("Det egna paketet kunde inte skrivas: %1")
                         .replace("%1", error_text(result.export_error)))
        elif result.exported:
            parts.append(_tr("Eget paket skrivet, ändringar: %1.")
                         .replace("%1", str(result.exported.rows)))
        else:
            parts.append(_tr("Eget paket oförändrat."))
        if result.waiting:
            parts.append(_tr("Paket som väntar på äldre ändringar: %1. Det som saknas kommer "
                             "med de andra kopiornas nästa synkronisering.")
                         .replace("%1", str(len(result.waiting))))
        if result.refused:
            parts.append(_tr("Paket som inte kunde läsas: %1.")
                         .replace("%1", str(len(result.refused))))
        if result.clock_ahead:
            parts.append(clock_warning(max(result.clock_ahead.values())))
    elif result.skipped == "self":
        return _tr("Paketet kommer från den här kopian; inget att importera.")
    elif result.skipped == "already":
        return _tr("Inget nytt från %1: allt fanns redan här.").replace("%1", result.sender_name)
    else:
        parts = [_tr("Nya ändringar från %1: %2 (%3).").replace("%1", result.sender_name)
                 .replace("%2", str(result.new)).replace("%3", table_counts(result.records))]
        if result.clock_ahead:
            parts.append(clock_warning(max(result.clock_ahead.values())))
    if result.conflicts:
        parts.append(_tr("Konflikter att granska: %1.").replace("%1", str(len(result.conflicts))))
    return " ".join(parts)


def heard_text(iso: str) -> str:
    """When a copy was last heard from, as local date and time."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def save_copy_name(ws, edit: QLineEdit) -> str | None:
    """Save the copy's name typed in `edit` (also the computer's name, typed as the
    greyed placeholder shows it: then it is chosen, not a fallback). Returns why
    it was refused, in the user's language, else None."""
    name = edit.text().strip()
    if not name or name == ws.chosen_copy_name or ws.read_only:
        return None
    try:
        ws.set_copy_name(name)
    except WorkspaceError as exc:
        return error_text(exc)
    return None


class BusyDialog(QDialog):
    """A dialog that stays open while its work runs (`busy`): Esc and the
    window's close button wait, so the work's result always has a window."""

    busy = False

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)


class ExportDialog(BusyDialog):
    """Where to write the package, and for whom: without a recipient it carries
    everything (any copy can take it, a new computer can start from it); addressed
    to a known copy it carries only what that copy lacks. While the package is
    written the dialog stays open (`busy`): the window must not write meanwhile."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Exportera synkpaket"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Ett synkpaket är en fil med dina ändringar (och dem du fått från andra "
            "kopior). Skicka den med e-post eller på ett USB-minne och importera den på "
            "den andra datorn."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Mottagare"))
        # A long copy name must not make the dialog wider than the screen.
        self.recipient.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recipient.setMinimumContentsLength(16)
        self.recipient.addItem(self.tr("En annan eller ny dator (allt)"), None)
        self._names = {copy.replica: copy.name for copy in window.ws.known_copies()}
        for copy in window.ws.known_copies():
            self.recipient.addItem(
                self.tr("%1 – senast hörd %2").replace("%1", copy.name)
                .replace("%2", heard_text(copy.last_heard)), copy.replica)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        form.addRow(self.tr("&Mottagare:"), self.recipient)
        # Empty until someone names it (the computer's name, often "vm" or a serial
        # number, shown greyed): the first export is where a recognisable name is set.
        ws = window.ws
        self.name_edit = QLineEdit(ws.copy_name if ws.copy_name_chosen else "")
        self.name_edit.setMaxLength(COPY_NAME_LIMIT)
        self.name_edit.setPlaceholderText(ws.copy_name)
        self.name_edit.setAccessibleName(self.tr("Den här kopians namn"))
        name_label = QLabel(self.tr("Den här kopians &namn (visas för mottagarna):"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        layout.addLayout(form)
        if not ws.copy_name_chosen:
            hint = QLabel(self.tr("Ge kopian ett namn som mottagarna känner igen, t.ex. "
                                  "”Luleå – samordnarens dator”; annars heter den som "
                                  "datorn (%1).")
                          .replace("%1", ws.copy_name))
            hint.setTextFormat(Qt.TextFormat.PlainText)
            hint.setWordWrap(True)
            layout.addWidget(hint)
            # Said until a name is typed (it stayed, as if none had been: re-trial),
            # its room kept: the dialog jumped under the keys as it went.
            policy = hint.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            hint.setSizePolicy(policy)
            self.name_edit.textChanged.connect(lambda text: hint.setVisible(not text.strip()))
        self.recipient_hint = QLabel()
        self.recipient_hint.setTextFormat(Qt.TextFormat.PlainText)   # a copy's name, as typed
        self.recipient_hint.setWordWrap(True)
        layout.addWidget(self.recipient_hint)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Fil att skriva"))
        self._suggested = ""       # the last name suggested: any other is the user's, kept
        browse = QPushButton(self.tr("Välj…"))
        browse.setAutoDefault(False)        # Enter in a field exports, never opens the chooser
        browse.clicked.connect(self._browse)
        path_label = QLabel(self.tr("&Fil att skriva:"))   # the field had no label (re-trial)
        path_label.setBuddy(self.path_edit)
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.result_label = QLabel()
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)     # a file's name, errors
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.export_button = self.buttons.addButton(
            self.tr("Exportera"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Default once in the dialog: made default before, it was not the
        # dialog's, and showing made Stäng the default (Enter closed).
        self.export_button.setDefault(True)
        self._recipient_changed()
        # The name typed here names the file too (it is saved only on export).
        self.name_edit.textChanged.connect(self._suggest_path)
        # Wide enough for the longest recipient ("… – senast hörd 2026-11-25
        # 00:38" was cut: re-trial), where the screen has room (the list itself
        # asks for 16 letters only, so that a long name never widens the
        # dialog past the screen).
        widest = max(self.recipient.fontMetrics().horizontalAdvance(self.recipient.itemText(i))
                     for i in range(self.recipient.count()))
        extra = widest + 60 - self.recipient.sizeHint().width()   # its arrow and frame
        fit_to_screen(self, max(640, min(self.sizeHint().width() + max(0, extra), 960)), 320)

    def peer(self) -> str | None:
        return self.recipient.currentData()

    def _suggest_path(self) -> None:
        if self.path_edit.text() in ("", self._suggested):
            self._suggested = str(self._suggested_path())
            self.path_edit.setText(self._suggested)

    def _recipient_changed(self) -> None:
        self._suggest_path()
        self.recipient_hint.setText(
            self.tr("Paketet innehåller allt, så att vilken kopia som helst kan läsa in "
                    "det och en ny dator kan starta från det.") if self.peer() is None else
            self.tr("Paketet innehåller bara det som %1 saknar (ett litet paket). Det "
                    "passar bara den kopian.").replace("%1", self._names[self.peer()]))

    def _suggested_path(self) -> Path:
        """In the folder shown (the one chosen, else the usual one): the
        workspace, this copy and the recipient in plain ASCII, and the date
        ("norrbotten-lulea-till-kiruna-2026-11-25.vardsync"). The trial's
        "workshop-Dator A – processledare.vardsync" had spaces and a dash
        that mail programs mangle, and a package for one copy took the full
        package's name and wrote over it."""
        from datetime import date

        ws = self.window_.ws
        shown = self.path_edit.text().strip()
        folder = Path(shown).parent if shown else files_folder(ws.path)
        peer = self.peer()
        to = f"till-{file_slug(self._names[peer]) or peer[:8]}" if peer else "allt"
        copy = self.name_edit.text().strip() or ws.copy_name
        parts = (file_slug(ws.path.stem), file_slug(copy), to, date.today().isoformat())
        return folder / ("-".join(p for p in parts if p) + ".vardsync")

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Spara synkpaket"),
                                              self.path_edit.text(), SYNC_FILTER)
        if name:
            self.path_edit.setText(name if name.endswith(".vardsync") else name + ".vardsync")

    def export(self) -> None:
        path, peer = Path(self.path_edit.text()), self.peer()
        refused = save_copy_name(self.window_.ws, self.name_edit)
        if refused is not None:       # nothing exported: the name first, as in SyncDialog
            self.result_label.setText(self.tr("Namnet sparades inte: %1").replace(
                "%1", refused))
            self.result_label.setStyleSheet("color: #b00020;")
            return
        self._busy(True)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Skriver %1 …").replace("%1", path.name))
        self._worker = sync_worker.start(
            self.window_.ws, lambda w, _progress: _export_and_scan(w, path, peer),
            on_done=self._done, on_error=self._failed)

    def _done(self, done) -> None:
        result, hits = done
        if self.window_.ws is not None:
            self.window_.ws.reload_after_worker()   # the worker's clock
        kind = self.tr("fullständigt") if result.full else self.tr("det mottagaren saknar")
        text = (self.tr("Klart: 1 ändring (%2), %3 kB i %4.") if result.rows == 1
                else self.tr("Klart: %1 ändringar (%2), %3 kB i %4."))
        text = (text.replace("%1", str(result.rows)).replace("%2", kind)
                .replace("%3", localise_decimal(f"{result.size / 1024:.1f}"))
                .replace("%4", result.path.name))
        if hits:
            # Typing warned already; the package goes by e-mail and USB stick.
            text += "\n" + self.tr(
                "⚠ %1 text(er) ser ut att innehålla personnummer och följer med paketet, "
                "först: %2. Ta bort dem och exportera paketet igen innan det skickas.").replace(
                "%1", str(len(hits))).replace("%2", str(hits[0]))
            self.result_label.setStyleSheet("color: #b00020;")
        self.result_label.setText(text)
        self._busy(False)

    def _failed(self, message: str) -> None:
        self.result_label.setText(self.tr("Kunde inte exportera: %1").replace(
            "%1", error_text(message)))
        self.result_label.setStyleSheet("color: #b00020;")
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)


def _export_and_scan(ws, path: Path, peer):
    """In the worker: the package, and the personnummer-like texts it carries
    (the workspace's texts in use; those written over are left out of it)."""
    from app.core.privacy import scan_workspace

    return ws.export_package(path, peer=peer), scan_workspace(ws)


class SyncDialog(BusyDialog):
    """Preview → progress → summary, for one package or a sync folder."""

    def __init__(self, window, *, package: Path | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.package, self.folder = package, folder
        self.result = None
        self.busy = False   # applying: the dialog cannot be closed (Esc included)
        self.setWindowTitle(self.tr("Synkronisering"))
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        # Which copy this is, by a name the others will see (workshop trial: two
        # laptops both named by their host, "vm"): set it here on the first sync.
        ws = window.ws
        form = QFormLayout()
        self.name_edit = QLineEdit(ws.copy_name if ws.copy_name_chosen else "")
        self.name_edit.setMaxLength(COPY_NAME_LIMIT)
        self.name_edit.setPlaceholderText(ws.copy_name)
        self.name_edit.setAccessibleName(self.tr("Den här kopians namn"))
        self.name_edit.setEnabled(not ws.read_only)
        name_label = QLabel(self.tr("Den här kopians &namn:"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        layout.addLayout(form)
        self.name_hint = QLabel(self.tr(
            "Visas för de andra kopiorna, t.ex. i deras konfliktlista. Ge kopian ett namn "
            "som de känner igen, t.ex. ”Luleå – samordnarens dator”; annars heter den som "
            "datorn (%1).").replace("%1", ws.copy_name) if not ws.copy_name_chosen else
            self.tr("Visas för de andra kopiorna, t.ex. i deras konfliktlista."))
        self.name_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.name_hint.setWordWrap(True)
        layout.addWidget(self.name_hint)
        layout.addWidget(self.pages)
        self.preview_text = self._page(self.tr("Förhandsgranskning"))
        self.progress_text = self._page(self.tr("Synkroniserar …"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_text.parentWidget().layout().insertWidget(2, self.progress_bar)
        self.summary_text = self._page(self.tr("Resultat"))
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("Importera") if package else self.tr("Synkronisera"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.conflicts_button = self.buttons.addButton(
            self.tr("Granska &konflikter…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Avbryt"))
        self.apply_button.clicked.connect(self.apply)
        self.conflicts_button.clicked.connect(self._show_conflicts)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 420)
        self.preview_text.setText(self.tr("Läser och kontrollerar …"))
        self._worker = sync_worker.start(window.ws, self._preview_job,
                                         on_done=self._previewed, on_error=self._failed)

    def _page(self, title: str) -> QLabel:
        page = QWidget()
        box = QVBoxLayout(page)
        heading = QLabel(title)
        style_label(heading, "cellTitle")
        text = QLabel()
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(heading)
        box.addWidget(text)
        box.addStretch(1)
        # A long text scrolls, so the buttons stay on a small screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self.pages.addWidget(scroll)
        return text

    # -- preview ---------------------------------------------------------------

    def _preview_job(self, ws, _progress):
        if self.package is not None:
            return [ws.preview_package(self.package)]
        from app.sync import PackageError

        if not Path(self.folder).is_dir():
            raise PackageError(self.tr("Synkmappen finns inte eller går inte att nå: %1")
                               .replace("%1", str(self.folder)))
        # One after the other, as the sync imports them: their conflicts add up.
        return ws.preview_packages(ws.folder_packages(self.folder))

    def _previewed(self, previews: list) -> None:
        lines, can_apply = [], self.folder is not None
        if self.folder is not None:
            lines.append(self.tr("Synkmapp: %1").replace("%1", str(self.folder)))
            if not previews:
                lines.append(self.tr("Inga nya paket från andra kopior. Ditt eget paket "
                                     "skrivs så att de andra får dina ändringar."))
        for preview in previews:
            if isinstance(preview, tuple):
                lines.append(self.tr("%1: kan inte läsas – %2")
                             .replace("%1", preview[0]).replace("%2", error_text(preview[1])))
                continue
            lines.append("")
            lines.append(self.tr("Från %1 (exporterat %2), fil %3")
                         .replace("%1", preview.sender_name)
                         .replace("%2", heard_text(preview.created_at))   # local time
                         .replace("%3", preview.path.name))
            if preview.skipped == "self":
                lines.append(self.tr("Paketet kommer från den här kopian; inget att göra."))
            elif preview.waiting:
                lines.append(self.tr("Paketet bygger på ändringar som saknas här. Importera "
                                     "äldre paket först, eller be om ett fullständigt paket."))
            elif preview.skipped == "already":
                lines.append(self.tr("Inget nytt: allt i paketet finns redan här."))
            else:
                can_apply = True
                lines.append((self.tr("1 ny ändring av %2 i paketet.") if preview.new == 1
                              else self.tr("%1 nya ändringar av %2 i paketet."))
                             .replace("%1", str(preview.new)).replace("%2", str(preview.rows)))
                lines += preview_changes(preview)
            if preview.clock_ahead:
                lines.append(clock_warning(max(preview.clock_ahead.values())))
        self.preview_text.setText("\n".join(lines).strip())
        self.apply_button.setEnabled(can_apply)
        self.apply_button.setDefault(True)

    # -- apply -------------------------------------------------------------------

    def apply(self) -> None:
        refused = save_copy_name(self.window_.ws, self.name_edit)
        if refused is not None:
            self.name_hint.setText(refused)
            return
        self.name_edit.setEnabled(False)
        self.busy = True
        self.pages.setCurrentIndex(1)
        self.apply_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress_text.setText(self.tr("Säkerhetskopierar och läser in …"))
        if self.package is not None:
            package = self.package
            job = lambda ws, progress: ws.import_package(package, progress=progress)  # noqa: E731
        else:
            folder = self.folder
            job = lambda ws, progress: ws.sync_folder(folder, progress=progress)  # noqa: E731
        self._worker = sync_worker.start(self.window_.ws, job, on_done=self._applied,
                                         on_error=self._failed, on_progress=self._progress)

    def _progress(self, text: str, fraction: float) -> None:
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(int(fraction * 100))
        self.progress_text.setText(sync_progress_text(text))

    def _applied(self, result) -> None:
        self.result = result
        text = result_summary(result)
        waiting = getattr(result, "waiting", [])
        refused = getattr(result, "refused", [])
        details = [self.tr("Väntar på äldre ändringar: %1").replace("%1", n) for n in waiting]
        details += [f"{name}: {error_text(why)}" for name, why in refused]
        if getattr(result, "backup", None) is not None:
            details.append(self.tr("Säkerhetskopia före importen: %1")
                           .replace("%1", result.backup.name))
        self.summary_text.setText("\n\n".join([text, *details]))
        self.conflicts_button.setVisible(bool(result.conflicts))
        self._finish()
        self._refresh_window()
        self._focus_next_step()

    def _failed(self, message: str) -> None:
        message = error_text(message)    # the core's Swedish sentence, in the UI's language
        if self.package is not None:     # one package: all or nothing
            text = self.tr("Inget ändrades. %1").replace("%1", message)
        else:                            # a folder: packages read before the error stay
            text = self.tr("Synkroniseringen avbröts: %1 Paket som redan lästs in finns "
                           "kvar.").replace("%1", message)
        self.summary_text.setText(text)
        self.summary_text.setStyleSheet("color: #b00020;")
        self._finish()
        self._refresh_window()
        self._focus_next_step()

    def _finish(self) -> None:
        self.busy = False
        self.pages.setCurrentIndex(2)
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Stäng"))
        self.apply_button.hide()

    def _focus_next_step(self) -> None:
        """The keyboard to what comes next, Granska konflikter or Stäng, shown
        as such: it was on the hidden Importera, and nothing showed it (trial)."""
        button = self.close_button if self.conflicts_button.isHidden() else self.conflicts_button
        button.setDefault(True)
        button.setFocus()

    def _refresh_window(self) -> None:
        """Every view shows the merged content, where the user was. The undo
        history starts anew: an older step could write its stale values over
        what was received (as after a resolved conflict)."""
        window = self.window_
        if window.ws is None:
            return
        window.ws.reload_after_worker()
        window.undo_stack.clear()
        window.refresh_views()

    def _show_conflicts(self) -> None:
        """The sync is finished: its modal dialog closes, or it would keep the
        conflicts view from being used."""
        window = self.window_
        self.accept()
        dialog = open_conflicts(window)
        if dialog is not None:
            dialog.activateWindow()
