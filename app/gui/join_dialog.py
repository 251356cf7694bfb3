"""Start a new copy of a workspace from a sync package (a new laptop), in the GUI.

Arkiv → Synkronisering → Starta en ny kopia från ett synkpaket…, also with no
workspace open: choose the package, see what it is (the workspace's name, who
sent it, when), choose where the new .vardflata goes, start it, open it. The
package is read and the copy written off the GUI thread; `Workspace.join`
removes its file again if anything fails, so nothing half-written is left.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QVBoxLayout,
)

from app.core.sync_exchange import COPY_NAME_LIMIT, package_copy_name
from app.gui import sync_worker
from app.gui.core_messages import error_text
from app.gui.screen_fit import fit_to_screen
from app.gui.settings import files_folder
from app.gui.sync_dialog import SYNC_FILTER, BusyDialog, heard_text, sync_progress_text

WORKSPACE_FILTER = "Vårdfläta-arbetsyta (*.vardflata)"


def choose_and_join(window) -> "JoinDialog | None":
    start = files_folder(window.ws.path if window.ws is not None else None)
    name, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("JoinDialog", "Välj synkpaket att starta från"),
        str(start), SYNC_FILTER)
    return open_join(window, Path(name)) if name else None


def open_join(window, package: Path) -> "JoinDialog":
    dialog = JoinDialog(window, package)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog


# Names Windows keeps for devices, with or without an extension (CON.vardflata too).
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
             *(f"lpt{n}" for n in range(1, 10))}


def file_stem(workspace_name: str) -> str:
    """A file name (without extension) from a workspace's name, safe on every
    system: ':' and the like dropped ("Demo: Norrbotten" -> "Demo Norrbotten"),
    a slash between words a dash ("Luleå/Boden" -> "Luleå-Boden"), spaces
    collapsed, no trailing dots or spaces, no device name like CON."""
    stem = re.sub(r'[:*?"<>\x00-\x1f\x7f]+', " ", workspace_name)   # gone
    stem = re.sub(r"\s*[\\/|]+\s*", "-", stem)                  # a separator: a dash
    stem = " ".join(stem.split()).strip(" .-")
    head, dot, rest = stem.partition(".")
    if head.strip().casefold() in _RESERVED:        # Windows: CON, also CON.txt
        stem = f"{head.strip()} arbetsyta{dot}{rest}"
    return stem[:120].rstrip(" .") or "arbetsyta"


def default_target(workspace_name: str, folder: Path) -> Path:
    """A file name from the workspace's name that does not exist yet."""
    stem = file_stem(workspace_name)
    target = folder / f"{stem}.vardflata"
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}).vardflata"
        number += 1
    return target


class JoinDialog(BusyDialog):
    def __init__(self, window, package: Path) -> None:
        super().__init__(window)
        self.window_ = window
        self.package = Path(package)
        self.manifest: dict | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Starta en ny kopia"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "En ny dator får sin egen kopia av arbetsytan från ett synkpaket som en annan "
            "kopia har exporterat utan mottagare. Därefter synkroniserar kopiorna med "
            "varandra."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.package_label = QLabel(self.package.name)
        self.workspace_label = QLabel(self.tr("Läser paketet …"))
        self.sender_label = QLabel()
        self.date_label = QLabel()
        for label in (self.package_label, self.workspace_label, self.sender_label,
                      self.date_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            # The file's name and the manifest's names come from another machine:
            # shown as written, never as rich text.
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Synkpaket:"), self.package_label)
        form.addRow(self.tr("Arbetsyta:"), self.workspace_label)
        form.addRow(self.tr("Från:"), self.sender_label)
        form.addRow(self.tr("Exporterat:"), self.date_label)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Den nya arbetsytans fil"))
        self.browse_button = QPushButton(self.tr("Välj…"))
        self.browse_button.setAutoDefault(False)     # Enter starts the copy, never the chooser
        self.browse_button.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("Spara som:"), row)
        # The new copy's name, as the others will see it (workshop trial: two laptops
        # named by their host, "vm", could not be told apart).
        import socket

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(COPY_NAME_LIMIT)
        self.name_edit.setPlaceholderText(socket.gethostname())
        self.name_edit.setAccessibleName(self.tr("Den nya kopians namn"))
        name_label = QLabel(self.tr("Den nya kopians &namn:"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        name_hint = QLabel(self.tr("Visas för de andra kopiorna. Ge den ett namn de känner "
                                   "igen, t.ex. ”Luleå – samordnarens dator”; annars heter "
                                   "den som datorn."))
        name_hint.setWordWrap(True)
        form.addRow("", name_hint)
        layout.addLayout(form)
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)    # holds file names, errors
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Starta kopian och öppna den"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Avbryt"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 330)
        package = self.package

        def read(_progress):
            from app.sync import read_manifest

            return read_manifest(package)

        self._worker = sync_worker.start_plain(read, on_done=self._read, on_error=self._unreadable)

    # -- the package -------------------------------------------------------------

    def _read(self, manifest: dict) -> None:
        self.manifest = manifest
        name = manifest.get("workspace_name") or self.tr("(namnlös)")
        county = manifest.get("county_name")
        self.workspace_label.setText(f"{name} ({county})" if county and county not in name
                                     else name)
        self.sender_label.setText(package_copy_name(manifest.get("sender_name"))
                                  or manifest["sender"][:12])
        self.date_label.setText(heard_text(manifest.get("created_at", "")))
        full = not any(manifest["base"].values())
        if not full:
            self._error(self.tr(
                "Paketet innehåller bara det som en viss kopia saknade och kan inte starta "
                "en ny kopia. Be om ett paket som är exporterat utan mottagare (”En annan "
                "eller ny dator (allt)”)."))
            return
        folder = files_folder(self.window_.ws.path if self.window_.ws is not None else None)
        self.path_edit.setText(str(default_target(name, folder)))
        self.message.setText(self.tr("%1 ändringar. Välj var den nya arbetsytan ska sparas.")
                             .replace("%1", str(manifest["rows"])))
        self.start_button.setEnabled(True)
        self.start_button.setDefault(True)

    def _unreadable(self, message: str) -> None:
        self.workspace_label.setText("–")
        self._error(error_text(message))

    def _error(self, text: str, *, can_start: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;")
        self.start_button.setEnabled(can_start)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara den nya arbetsytan"), self.path_edit.text(), WORKSPACE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.path_edit.setText(name if name.endswith(".vardflata") else name + ".vardflata")

    # -- starting the copy ---------------------------------------------------------

    def start(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._error(self.tr("Välj var den nya arbetsytan ska sparas."), can_start=True)
            return
        target = Path(text if text.endswith(".vardflata") else text + ".vardflata")
        if target.exists():
            self._error(self.tr("%1 finns redan. Välj ett annat namn; en befintlig fil "
                                "skrivs aldrig över.").replace("%1", target.name),
                        can_start=True)
            return
        if not target.parent.is_dir():
            self._error(self.tr("Mappen finns inte: %1").replace("%1", str(target.parent)),
                        can_start=True)
            return
        self.busy = True
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Startar kopian …"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        for widget in (self.start_button, self.cancel_button, self.path_edit,
                       self.browse_button, self.name_edit):
            widget.setEnabled(False)
        package, name = self.package, " ".join(self.name_edit.text().split())

        def join(progress):
            from app.workspace import Workspace, WorkspaceError

            ws = Workspace.join(target, package, progress=progress)
            refused = ""     # the copy is made: a name refused is said, not a failed join
            try:
                if name:
                    try:
                        ws.set_copy_name(name)
                    except WorkspaceError as exc:
                        refused = str(exc)
            finally:
                ws.close()
            return target, refused

        self._worker = sync_worker.start_plain(join, on_done=self._joined,
                                               on_error=self._failed,
                                               on_progress=self._progress)

    def _progress(self, text: str, fraction: float) -> None:
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(int(fraction * 100))
        self.message.setText(sync_progress_text(text))

    def _joined(self, result: tuple[Path, str]) -> None:
        target, refused = result
        self.busy = False
        self.progress_bar.hide()
        opened = self.window_.open_path(target)
        if opened and not refused:
            self.accept()
            return
        self.cancel_button.setEnabled(True)
        if refused:
            self.cancel_button.setText(self.tr("Stäng"))
        if not opened:
            text = self.tr("Kopian %1 skapades men kunde inte öppnas.").replace(
                "%1", str(target))
            if refused:
                text += " " + self.tr("Namnet sparades inte: %1").replace(
                    "%1", error_text(refused))
        else:
            text = self.tr("Kopian skapades och är öppnad, men namnet sparades inte: %1 Ge "
                           "kopian ett namn när du synkroniserar.").replace(
                               "%1", error_text(refused))
        self._error(text)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.progress_bar.hide()
        for widget in (self.start_button, self.cancel_button, self.path_edit,
                       self.browse_button, self.name_edit):
            widget.setEnabled(True)
        self._error(self.tr("Ingen ny kopia skapades. %1").replace("%1", error_text(message)),
                    can_start=True)
