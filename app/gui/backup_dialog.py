"""Choose an automatic backup to restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout,
)

from app.core.backup import BackupInfo
from app.gui.screen_fit import fit_to_screen


class BackupDialog(QDialog):
    def __init__(self, workspace: Path, found: list[BackupInfo], parent=None) -> None:
        super().__init__(parent)
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Vårdfläta sparar automatiskt säkerhetskopior av %1 i mappen %2.\n"
            "Välj en för att återställa den. Den nuvarande versionen sparas först.")
            .replace("%1", workspace.name).replace("%2", f"{workspace.stem}-backups"))
        intro.setTextFormat(Qt.TextFormat.PlainText)      # the file's name, as it is
        intro.setWordWrap(True)                           # a long name: never wider than the screen
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Säkerhetskopior"))
        for info in found:
            entry = QListWidgetItem(self.tr("%1   (%2 kB)")
                                    .replace("%1", info.created.strftime("%Y-%m-%d %H:%M:%S"))
                                    .replace("%2", f"{info.size // 1024:,}".replace(",", " ")))
            entry.setData(256, str(info.path))
            self.list.addItem(entry)
        if not found:
            self.list.addItem(self.tr("(inga säkerhetskopior ännu)"))
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Återställ"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(found))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 360)

    def _confirm(self) -> None:
        entry = self.list.currentItem()
        if entry is None or not entry.data(256):
            return
        answer = QMessageBox.question(
            self, self.tr("Återställ säkerhetskopia"),
            self.tr("Arbetsytan ersätts med kopian från %1. Fortsätt?").replace(
                "%1", entry.text().split("   ")[0]))
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = Path(entry.data(256))
            self.accept()
