"""Review and resolve sync conflicts: concurrent versions of a field that lost.

Each row: the record, the field, the value kept now, the other value and the
copy it came from. "Behåll" and "Använd det andra" each write a new version
that follows the rejected one, so the conflict closes on every copy it reaches.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout,
)

from app.core.model import FINDING_CATEGORIES, LEVELS, STATUSES, UNIT_KINDS
from app.gui.core_messages import error_text
from app.gui.labels import tr_label
from app.workspace import WorkspaceError

MAX_SHOWN = 300   # characters of a long text in a cell; the tooltip has all of it


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictsDialog", text)


def display_value(field: str, value: Any) -> str:
    """A value as the user knows it: labels for codes, '(tomt)' for nothing."""
    if value is None or value == "":
        return _tr("(tomt)")
    if field == "deleted":
        return _tr("Borttagen") if value else _tr("Finns")
    if field in ("retired", "unconfirmed"):
        return _tr("Ja") if value else _tr("Nej")
    for codes in ((STATUSES, "status"), (LEVELS, "level"), (FINDING_CATEGORIES, "category"),
                  (UNIT_KINDS, "kind")):
        table, name = codes
        if field == name and value in table:
            label = table[value]
            return tr_label(label[0] if isinstance(label, tuple) else label)
    if field == "cells" and isinstance(value, str):
        try:
            return _tr("%1 matrisrutor").replace("%1", str(len(json.loads(value))))
        except ValueError:
            pass
    return str(value)


class ConflictsDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("ConflictsDialog", "Post"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Fält"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Värdet som gäller"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Från"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Det andra värdet"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Från"))

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
        own = getattr(ws, "replica_id", None)

        def copy(replica: str) -> str:
            if replica == own:     # the core names it in Swedish
                return self.tr("den här kopian")
            return names.get(replica) or self.tr("kopia %1").replace("%1", replica[:8])

        for row, c in enumerate(self.conflicts):
            kept = display_value(c.field, c.kept)
            if c.clock_ahead:
                kept += self.tr("\n⚠ Vann med en klocka som går mer än ett dygn före.")
            # The core's table and field names are listed for translation ("Domain").
            cells = (f"{tr_label(c.table_label)}: {c.record_label}", tr_label(c.field_label),
                     kept, copy(c.kept_version[1]), display_value(c.field, c.other),
                     copy(c.other_replica))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text if len(text) <= MAX_SHOWN
                                        else text[:MAX_SHOWN] + " …")
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        count = len(self.conflicts)
        self.count_label.setText(self.tr("Inga konflikter att granska.") if not count else
                                 self.tr("1 olöst konflikt") if count == 1 else
                                 self.tr("%1 olösta konflikter").replace("%1", str(count)))
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
            self.message.setText(error_text(exc))
        else:
            # Older undo steps could write their stale values over the resolution.
            self.window_.undo_stack.clear()
            self.message.setText(self.tr("Löst: %1 – %2.").replace(
                "%1", conflict.record_label).replace("%2", tr_label(conflict.field_label)))
        self.reload()
