"""Review and resolve sync conflicts: concurrent versions of a field that lost,
records deleted on one copy while another changed them, and organisations or
methods retired on one copy while another assessed them.

A compact table, one line per conflict (long values and copy names elided, the
whole in a tooltip), and below it the selected conflict in full: both values,
word-wrapped and scrollable, and who made them. "Behåll" and "Använd det andra"
each write a new version that follows the rejected one, so the conflict closes on
every copy it reaches; for a deleted record they keep the delete or restore the
record with the other copy's changes; for a retired one they keep it retired (the
work stays hidden) or bring it back.
"""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QSplitter,
    QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
)

from app.core.model import FINDING_CATEGORIES, LEVELS, STATUSES, UNIT_KINDS
from app.core.sync_conflicts import edit_label
from app.gui.core_messages import error_text
from app.gui.language import localise_decimal
from app.gui.labels import plain_tooltip, tr_label
from app.gui.screen_fit import fit_to_screen
from app.workspace import WorkspaceError

MAX_SHOWN = 300   # characters of a long text in a cell (elided anyway); the pane has all
MAX_TIP = 1500    # characters in a tooltip


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
    if isinstance(value, float):       # 0,2 in Swedish, as everywhere else
        return localise_decimal(f"{value:g}")
    return str(value)


class ConflictsDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("ConflictsDialog", "Post"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Fält"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Värdet som gäller"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Från"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Det andra värdet"),
               QT_TRANSLATE_NOOP("ConflictsDialog", "Från"))
    FIELD, COPY_KEPT, COPY_OTHER = 1, 3, 5
    MAX_COPY_EM, MAX_FIELD_EM = 12, 11     # widths of the narrow columns, in "M"s

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.conflicts: list = []
        self.names: dict[str, str] = {}
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
        self.table.setWordWrap(False)                       # one line per conflict
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.viewport().installEventFilter(self)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Konflikten i sin helhet"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)    # names a record, as typed
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
        self.table.itemSelectionChanged.connect(self._selected)
        fit_to_screen(self, min(1100, max(640, window.width() - 40)), 600)
        self.reload()

    # -- the table ---------------------------------------------------------------

    def copy(self, replica: str) -> str:
        if replica == getattr(self.window_.ws, "replica_id", None):   # the core's is Swedish
            return self.tr("den här kopian")
        return self.names.get(replica) or self.tr("kopia %1").replace("%1", replica[:8])

    def copies(self, replicas) -> str:
        return self.tr(" och ").join(dict.fromkeys(self.copy(r) for r in replicas))

    def cells(self, c) -> tuple[str, ...]:
        """The row's texts in full (the table shows them on one line, elided)."""
        record = f"{tr_label(c.table_label)}: {c.record_label}"
        if c.kind in ("deleted", "retired"):
            fields = ", ".join(dict.fromkeys(tr_label(edit_label(e[0])) for e in c.edits))
            changes = "; ".join(f"{tr_label(edit_label(e[0]))}: "
                                f"{display_value(e[0], e[1])}" for e in c.edits)
            if c.kind == "retired":
                kept, other = self.tr("Avvecklad"), self.tr("Döljer: %1")
            else:
                kept, other = display_value("deleted", 1), self.tr("Ändrad: %1")
            return (record, fields, kept, self.copy(c.kept_version[1]),
                    other.replace("%1", changes), self.copies(e[2] for e in c.edits))
        kept = display_value(c.field, c.kept)
        if c.clock_ahead:
            kept += self.tr("\n⚠ Vann med en klocka som går mer än ett dygn före.")
        return (record, tr_label(c.field_label), kept, self.copy(c.kept_version[1]),
                display_value(c.field, c.other), self.copy(c.other_replica))

    def reload(self) -> None:
        ws = self.window_.ws
        self.conflicts = ws.conflicts() if ws is not None else []
        self.names = ws.copy_names() if ws is not None else {}
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            for column, text in enumerate(self.cells(c)):
                line = " ".join(text.split())                 # one line
                item = QTableWidgetItem(line if len(line) <= MAX_SHOWN
                                        else line[:MAX_SHOWN] + " …")
                item.setToolTip(plain_tooltip(text if len(text) <= MAX_TIP
                                              else text[:MAX_TIP] + " …"))
                self.table.setItem(row, column, item)
        self._size_columns()
        count = len(self.conflicts)
        self.count_label.setText(self.tr("Inga konflikter att granska.") if not count else
                                 self.tr("1 olöst konflikt") if count == 1 else
                                 self.tr("%1 olösta konflikter").replace("%1", str(count)))
        if self.conflicts:
            self.table.selectRow(0)
        self._selected()

    def _size_columns(self) -> None:
        """Field and copy columns as wide as they need up to a limit (longer copy
        names elide, whole in the tooltip); record and the two values share the
        rest, 4 : 3 : 3. No heading is ever cut: each column is at least as wide
        as its heading, and the narrow columns give way first."""
        self.table.ensurePolished()            # the style sheet's font, not the default
        header = self.table.horizontalHeader()
        header.ensurePolished()
        metrics, em = self.table.fontMetrics(), self.table.fontMetrics().horizontalAdvance("M")
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        columns = range(self.table.columnCount())
        heading = [header.fontMetrics().horizontalAdvance(
            self.table.horizontalHeaderItem(c).text()) + em for c in columns]
        width = self.table.viewport().width()
        narrow = {}
        for column, limit, share in ((self.FIELD, self.MAX_FIELD_EM, 0.13),
                                     (self.COPY_KEPT, self.MAX_COPY_EM, 0.15),
                                     (self.COPY_OTHER, self.MAX_COPY_EM, 0.15)):
            widest = max([metrics.horizontalAdvance(self.table.item(r, column).text())
                          for r in range(self.table.rowCount())] or [0])
            narrow[column] = max(heading[column],
                                 min(widest + em, limit * em, int(share * width)))
        wide = {0: 4, 2: 3, 4: 3}
        least = sum(heading[c] for c in wide)
        spare = width - least - sum(narrow.values())
        if spare < 0:                          # narrow columns give way, to their headings
            give = {c: narrow[c] - heading[c] for c in narrow}
            total = sum(give.values()) or 1
            for column in narrow:
                narrow[column] -= round(min(-spare, total) * give[column] / total)
            spare = 0
        rest = width - sum(narrow.values())
        sizes = dict(narrow)
        weight = sum(wide.values())
        for column, share in wide.items():
            sizes[column] = max(heading[column], rest * share // weight)
        record = max([metrics.horizontalAdvance(self.table.item(r, 0).text())
                      for r in range(self.table.rowCount())] or [0]) + em
        if record < sizes[0]:                  # short names: the values get the room
            extra, sizes[0] = sizes[0] - max(record, heading[0]), max(record, heading[0])
            sizes[2] += extra // 2
            sizes[4] += extra - extra // 2
        over = sum(sizes.values()) - width     # rounding or headings: take it from record
        sizes[0] = max(heading[0], sizes[0] - max(over, 0))
        for column in columns:
            header.resizeSection(column, sizes[column])

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == event.Type.Resize:
            self._size_columns()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._size_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._size_columns()

    # -- the selected conflict -------------------------------------------------------

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _selected(self) -> None:
        conflict = self.selected()
        self.keep_button.setEnabled(conflict is not None)
        self.other_button.setEnabled(conflict is not None)
        kind = conflict.kind if conflict is not None else "field"
        if kind == "deleted":
            keep, other = self.tr("Behåll borttagen"), self.tr("Återställ posten med ändringen")
        elif kind == "retired":
            keep = self.tr("Behåll avvecklad")
            other = (self.tr("Återta organisationen") if conflict.table == "units" else
                     self.tr("Återta metoden") if conflict.table == "items" else
                     self.tr("Återta posten"))
        else:
            keep, other = self.tr("Behåll det nuvarande"), self.tr("Använd det andra värdet")
        self.keep_button.setText(keep)
        self.other_button.setText(other)
        self.details.setHtml(self.details_html(conflict) if conflict else "")

    def details_html(self, c) -> str:
        def block(heading: str, text: str) -> str:
            return (f"<p style='margin-top:8px'><b>{html.escape(heading)}</b></p>"
                    f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>")

        record = f"{tr_label(c.table_label)}: {c.record_label}"
        if c.kind in ("deleted", "retired"):
            said = (self.tr("Avvecklad på %1 medan %2 arbetade med den. Avvecklingen gäller "
                            "nu, så arbetet nedan visas inte; det finns kvar och visas igen "
                            "om den återtas.") if c.kind == "retired" else
                    self.tr("Borttagen på %1 medan %2 ändrade den. Borttagningen gäller nu; "
                            "ändringarna finns kvar och kan återställas med posten."))
            parts = [f"<p><b>{html.escape(record)}</b></p>", "<p>" + html.escape(
                said.replace("%1", self.copy(c.kept_version[1]))
                .replace("%2", self.copies(e[2] for e in c.edits))) + "</p>"]
            for fld, value, replica in c.edits:
                parts.append(block(self.tr("%1 (ändrad på %2)")
                                   .replace("%1", tr_label(edit_label(fld)))
                                   .replace("%2", self.copy(replica)),
                                   display_value(fld, value)))
            return "".join(parts)
        kept = display_value(c.field, c.kept)
        parts = [f"<p><b>{html.escape(record)} – {html.escape(tr_label(c.field_label))}</b></p>",
                 block(self.tr("Värdet som gäller (från %1)").replace(
                     "%1", self.copy(c.kept_version[1])), kept)]
        if c.clock_ahead:
            parts.append("<p>" + html.escape(self.tr(
                "⚠ Vann med en klocka som går mer än ett dygn före.")) + "</p>")
        parts.append(block(self.tr("Det andra värdet (från %1)").replace(
            "%1", self.copy(c.other_replica)), display_value(c.field, c.other)))
        return "".join(parts)

    def resolve(self, *, keep: bool) -> None:
        conflict = self.selected()
        if conflict is None:
            return
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
