"""Review and resolve sync conflicts: concurrent versions of a field that lost.

Each row: the record, the field, the value kept now, the other value and the
copy it came from. "Behåll" and "Använd det andra" each write a new version
that follows the rejected one, so the conflict closes on every copy it reaches.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from app.core.model import FINDING_CATEGORIES, LEVELS, STATUSES, UNIT_KINDS
from app.workspace import WorkspaceError

MAX_SHOWN = 300   # characters of a long text in a cell; the tooltip has all of it


def display_value(field: str, value: Any, tr=lambda s: s) -> str:
    """A value as the user knows it: Swedish labels for codes, '(tomt)' for nothing."""
    if value is None or value == "":
        return tr("(tomt)")
    if field == "deleted":
        return tr("Borttagen") if value else tr("Finns")
    if field in ("retired", "unconfirmed"):
        return tr("Ja") if value else tr("Nej")
    for codes in ((STATUSES, "status"), (LEVELS, "level"), (FINDING_CATEGORIES, "category"),
                  (UNIT_KINDS, "kind")):
        table, name = codes
        if field == name and value in table:
            label = table[value]
            return tr(label[0] if isinstance(label, tuple) else label)
    if field == "cells" and isinstance(value, str):
        try:
            return tr("%1 matrisrutor").replace("%1", str(len(json.loads(value))))
        except ValueError:
            pass
    return str(value)


class ConflictsDialog(QDialog):
    COLUMNS = ("Post", "Fält", "Värdet som gäller", "Från", "Det andra värdet", "Från")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.conflicts: list = []
        self.setWindowTitle(self.tr("Konflikter"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Två kopior ändrade samma uppgift samtidigt. Det senare värdet gäller nu; det "
            "andra sparades här. Välj vilket som ska gälla – valet följer med vid nästa "
            "synkronisering."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.count_label = QLabel()
        self.count_label.setObjectName("cellTitle")
        layout.addWidget(self.count_label)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Konflikter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.keep_button = buttons.addButton(self.tr("Behåll det nuvarande"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button = buttons.addButton(self.tr("Använd det andra värdet"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.clicked.connect(lambda: self.resolve(keep=True))
        self.other_button.clicked.connect(lambda: self.resolve(keep=False))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(1040, 460)
        self.reload()

    def reload(self) -> None:
        ws = self.window_.ws
        self.conflicts = ws.conflicts() if ws is not None else []
        names = ws.copy_names() if ws is not None else {}
        self.table.setRowCount(len(self.conflicts))
        tr = self.tr
        def copy(replica: str) -> str:
            return names.get(replica) or tr("kopia %1").replace("%1", replica[:8])

        for row, c in enumerate(self.conflicts):
            kept = display_value(c.field, c.kept, tr)
            if c.clock_ahead:
                kept += tr("\n⚠ Vann med en klocka som går mer än ett dygn före.")
            cells = (f"{tr(c.table_label)}: {c.record_label}", tr(c.field_label), kept,
                     copy(c.kept_version[1]), display_value(c.field, c.other, tr),
                     copy(c.other_replica))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text if len(text) <= MAX_SHOWN
                                        else text[:MAX_SHOWN] + " …")
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        count = len(self.conflicts)
        self.count_label.setText(tr("Inga konflikter att granska.") if not count else
                                 tr("1 olöst konflikt") if count == 1 else
                                 tr("%1 olösta konflikter").replace("%1", str(count)))
        if self.conflicts:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.keep_button.setEnabled(has)
        self.other_button.setEnabled(has)

    def resolve(self, *, keep: bool) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.conflicts[rows[0].row()]
        try:
            self.window_.ws.resolve_conflict(conflict, keep=keep)
        except WorkspaceError as exc:
            self.message.setText(str(exc))
        else:
            # Older undo steps could write their stale values over the resolution.
            self.window_.undo_stack.clear()
            self.message.setText(self.tr("Löst: %1 – %2.").replace(
                "%1", conflict.record_label).replace("%2", self.tr(conflict.field_label)))
        self.reload()
