"""Review and resolve sync conflicts: concurrent versions of a field that lost,
records deleted on one copy while another changed them, and organisations or
methods retired on one copy while another assessed them.

A compact table, one line per conflict (long values and copy names elided, the
whole in a tooltip), and below it the selected conflict in full: both values,
word-wrapped and scrollable, and who made them when (local time, the copy by
name). "Behåll" and "Använd det andra" each write a new version that follows the
rejected one, so the conflict closes on every copy it reaches; "Slå ihop" (two
texts of a free-text field) keeps both, the current one first, the same way; for
a deleted record they keep the delete or restore the record with the other
copy's changes; for a retired one they keep it retired (the work stays hidden) or
bring it back, and say so when another retirement hides that work too.

By keyboard (workshop trial): Tab goes table → the conflict in full → the
buttons (Ctrl+Tab too, also out of the table), each choice has its Alt letter,
and Enter never resolves by itself: on the list or the text it moves to the
first choice and says which keys choose; on a button it presses that button,
and the line below the list says what was chosen.

Once the last conflict is resolved the list says so, and keeps its columns as
wide as for long texts (it had shrunk four of them to their headings).
"""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
    QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout,
)

from app.core.model import code_label
from app.core.sync_conflicts import (
    TABLE_LABELS, Conflict, can_merge, edit_label, version_time,
)
from app.gui.core_messages import error_text
from app.gui.keys import ENTER_KEYS
from app.gui.language import localise_decimal
from app.gui.labels import copy_label, plain_tooltip, tr_label
from app.gui.screen_fit import fit_to_screen
from app.gui.style import style_label
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
    label = code_label(field, value)
    if label is not None:
        return tr_label(label)
    if field == "cells" and isinstance(value, str):
        try:
            return _tr("%1 matrisrutor").replace("%1", str(len(json.loads(value))))
        except ValueError:
            pass
    if isinstance(value, float):       # 0,2 in Swedish, as everywhere else
        return localise_decimal(f"{value:g}")
    return str(value)


def when_text(version: tuple[int, str]) -> str:
    """When a version was written, in local time ("2026-11-24 14:05")."""
    try:
        return version_time(version).astimezone().strftime("%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):
        return "?"


def _plain(text: str) -> str:
    """A button's text without its Alt marker, to quote it."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


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
        # Which laptop this is: two copies of one workspace look alike on a projector.
        self.copy_label = QLabel()
        self.copy_label.setTextFormat(Qt.TextFormat.PlainText)     # a name, as typed
        layout.addWidget(self.copy_label)
        self.count_label = QLabel()
        style_label(self.count_label, "cellTitle")
        layout.addWidget(self.count_label)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setAccessibleName(self.tr("Konflikter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)                       # one line per conflict
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)      # Tab leaves the list (workshop trial)
        self.table.installEventFilter(self)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Said inside the list once the last conflict is resolved: a bare white box
        # under the headings looked broken on the projector (workshop trial).
        self.empty_label = QLabel(self.tr("Alla konflikter är lösta. Esc stänger fönstret."),
                                  self.table.viewport())
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_label.hide()
        # After the label is made: its ChildAdded reaches eventFilter before self.details is.
        self.table.viewport().installEventFilter(self)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Konflikten i sin helhet"))
        self.details.setOpenLinks(False)
        self.details.setTabChangesFocus(True)
        self.details.installEventFilter(self)
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
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Stän&g"))
        self.keep_button = buttons.addButton(self.tr("&Behåll det nuvarande"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button = buttons.addButton(self.tr("&Använd det andra värdet"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = buttons.addButton(self.tr("&Slå ihop"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setToolTip(self.tr(
            "Behåll båda texterna: den nuvarande, en tom rad, den andra."))
        self.keep_button.clicked.connect(lambda: self.resolve(keep=True))
        self.other_button.clicked.connect(lambda: self.resolve(keep=False))
        self.merge_button.clicked.connect(self.merge)
        buttons.rejected.connect(self.reject)
        # No default button: Enter is handled in keyPressEvent, never a silent choice.
        for button in buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        self.choices = (self.keep_button, self.other_button, self.merge_button)
        layout.addWidget(buttons)
        order = (self.table, self.details, *self.choices, self.close_button)
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)
        self.table.itemSelectionChanged.connect(self._selected)
        fit_to_screen(self, min(1100, max(640, window.width() - 40)), 600)
        self.reload()

    # -- the table ---------------------------------------------------------------

    def copy(self, replica: str) -> str:
        if replica == getattr(self.window_.ws, "replica_id", None):   # the core's is Swedish
            return self.tr("den här kopian")
        return copy_label(self.names, replica)

    def copy_named(self, replica: str) -> str:
        """The copy, this one by its name too ("den här kopian (Luleå-laptop)")."""
        ws = self.window_.ws
        if ws is not None and replica == ws.replica_id:
            return self.tr("den här kopian (%1)").replace("%1", ws.copy_name)
        return self.copy(replica)

    def by_when(self, version: tuple[int, str]) -> str:
        """Who wrote a version and when: "Kiruna-laptop, 2026-11-24 14:05"."""
        return self.tr("%1, %2").replace("%1", self.copy(version[1])).replace(
            "%2", when_text(version))

    def hiders(self, c) -> str:
        """The other retirements (or deletes) that hide a conflict's work too."""
        return self.tr(" och ").join(
            (self.tr("%1: %2 (avvecklad)") if hides == "retired" else
             self.tr("%1: %2 (borttagen)")).replace("%1", tr_label(TABLE_LABELS.get(t, t)))
            .replace("%2", label) for t, label, hides in c.also_hidden_by)

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

    def tips(self, c) -> dict[int, str]:
        """Who wrote each value when, in the copy columns' tooltips (the pane below
        says it too); a deleted or retired record's changes: by whom."""
        tips = {self.COPY_KEPT: self.by_when(c.kept_version)}
        if c.kind == "field":
            tips[self.COPY_OTHER] = self.by_when(c.other_version)
        return tips

    def reload(self) -> None:
        row_before = self.table.currentRow()
        ws = self.window_.ws
        self.conflicts = ws.conflicts() if ws is not None else []
        self.names = ws.copy_names() if ws is not None else {}
        self.copy_label.setText(self.tr("Den här kopian: %1").replace(
            "%1", ws.copy_name) if ws is not None else "")
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            tips = self.tips(c)
            for column, text in enumerate(self.cells(c)):
                line = " ".join(text.split())                 # one line
                item = QTableWidgetItem(line if len(line) <= MAX_SHOWN
                                        else line[:MAX_SHOWN] + " …")
                tip = tips.get(column, text)
                item.setToolTip(plain_tooltip(tip if len(tip) <= MAX_TIP
                                              else tip[:MAX_TIP] + " …"))
                self.table.setItem(row, column, item)
        self._size_columns()
        count = len(self.conflicts)
        self.count_label.setText(self.tr("Inga olösta konflikter") if not count else
                                 self.tr("1 olöst konflikt") if count == 1 else
                                 self.tr("%1 olösta konflikter").replace("%1", str(count)))
        self.empty_label.setVisible(not count)
        if self.conflicts:
            self.table.selectRow(min(max(row_before, 0), len(self.conflicts) - 1))
        self._selected()

    def _size_columns(self) -> None:
        """Field and copy columns as wide as they need up to a limit (longer copy
        names elide, whole in the tooltip); record and the two values share the
        rest, 4 : 3 : 3. No heading is ever cut: each column is at least as wide
        as its heading, and the narrow columns give way first."""
        self.table.ensurePolished()            # the view's own font (app.gui.style)
        header = self.table.horizontalHeader()
        header.ensurePolished()
        metrics, em = self.table.fontMetrics(), self.table.fontMetrics().horizontalAdvance("M")
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        columns = range(self.table.columnCount())
        heading = [header.fontMetrics().horizontalAdvance(
            self.table.horizontalHeaderItem(c).text()) + em for c in columns]
        width = self.table.viewport().width()
        rows = range(self.table.rowCount())
        # An empty list (every conflict resolved) has no texts to measure: sized as
        # for long ones, not for none, which shrank four columns to their headings.
        endless = 10 ** 6 if not rows else 0

        # What each column's texts need, measured once.
        need = {c: max([metrics.horizontalAdvance(self.table.item(r, c).text())
                        for r in rows] or [endless]) + em for c in columns}
        narrow = {}
        for column, limit, share in ((self.FIELD, self.MAX_FIELD_EM, 0.13),
                                     (self.COPY_KEPT, self.MAX_COPY_EM, 0.15),
                                     (self.COPY_OTHER, self.MAX_COPY_EM, 0.15)):
            narrow[column] = max(heading[column],
                                 min(need[column], limit * em, int(share * width)))
        wide = {0: 4, 2: 3, 4: 3}
        least = sum(heading[c] for c in wide)
        spare = width - least - sum(narrow.values())
        if spare < 0:                          # narrow columns give way, to their headings
            give = {c: narrow[c] - heading[c] for c in narrow}
            total = sum(give.values()) or 1
            for column in narrow:
                narrow[column] -= round(min(-spare, total) * give[column] / total)
        rest = width - sum(narrow.values())
        sizes = dict(narrow)
        weight = sum(wide.values())
        for column, share in wide.items():
            sizes[column] = max(heading[column], rest * share // weight)
        record = need[0]
        if record < sizes[0]:                  # short names: the values get the room
            extra, sizes[0] = sizes[0] - max(record, heading[0]), max(record, heading[0])
            sizes[2] += extra // 2
            sizes[4] += extra - extra // 2
        # A copy's name whole, up to twice MAX_COPY_EM, from a value column's
        # room to spare (new-user trial: "Piteå – Lenas bär…" beside short values).
        for copy in (self.COPY_KEPT, self.COPY_OTHER):
            short = min(need[copy], 2 * self.MAX_COPY_EM * em) - sizes[copy]
            for value in (2, 4):
                give = max(0, min(short, sizes[value] - max(need[value], heading[value])))
                sizes[value] -= give
                sizes[copy] += give
                short -= give
        over = sum(sizes.values()) - width     # rounding or headings: take it from record
        sizes[0] = max(heading[0], sizes[0] - max(over, 0))
        for column in columns:
            header.resizeSection(column, sizes[column])

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == event.Type.Resize:
            self.empty_label.setGeometry(self.table.viewport().rect())
            self._size_columns()
        elif (watched in (self.table, self.details) and event.type() == QEvent.Type.KeyPress
              and self._ctrl_tab(event)):
            return True
        return super().eventFilter(watched, event)

    def _ctrl_tab(self, event) -> bool:
        """Ctrl+Tab and Ctrl+Shift+Tab move on as Tab does, from the list and the
        text too (which would keep them); true when the event was taken."""
        if (event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                or not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            return False
        backwards = (event.key() == Qt.Key.Key_Backtab
                     or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        self.focusNextPrevChild(not backwards)
        return True

    def keyPressEvent(self, event) -> None:
        """Enter presses the button that has the focus; on the list or the text it
        only moves to the choices, and says which keys choose (workshop trial: it
        silently kept the current value)."""
        if self._ctrl_tab(event):
            event.accept()
            return
        if event.key() in ENTER_KEYS:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                if focus.isEnabled():
                    focus.click()
            elif self.selected() is not None:
                self.to_choices()
            event.accept()
            return
        super().keyPressEvent(event)

    def to_choices(self) -> None:
        """The first choice gets the focus; the line below the list names the keys."""
        shown = [b for b in self.choices if b.isVisible() and b.isEnabled()]
        if not shown:
            return
        shown[0].setFocus(Qt.FocusReason.TabFocusReason)
        self._hint = True         # said for this conflict: another row clears it
        self.message.setText(self.tr("Välj: %1. Enter eller blanksteg trycker på knappen "
                                     "som är markerad, Esc stänger utan att välja.")
                             .replace("%1", self.tr(", ").join(
                                 self.tr("Alt+%1 %2").replace(
                                     "%1", self._letter(b.text())).replace(
                                     "%2", _plain(b.text()).lower()) for b in shown)))

    @staticmethod
    def _letter(text: str) -> str:
        """The mnemonic's letter ("&Behåll" → "B"); "" without one (or a lone "&"
        at the end)."""
        text = text.replace("&&", "")
        at = text.find("&")
        return text[at + 1:at + 2].upper() if at >= 0 else ""

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

    _hint = False

    def _selected(self) -> None:
        conflict = self.selected()
        if self._hint:
            self._hint = False
            self.message.clear()
        self.keep_button.setEnabled(conflict is not None)
        self.other_button.setEnabled(conflict is not None)
        kind = conflict.kind if conflict is not None else "field"
        if kind == "deleted":
            keep = self.tr("&Behåll borttagen")
            other = self.tr("Åte&rställ posten med ändringen")
        elif kind == "retired":
            keep = self.tr("&Behåll avvecklad")
            other = (self.tr("Åte&rta organisationen") if conflict.table == "units" else
                     self.tr("Åte&rta metoden") if conflict.table == "items" else
                     self.tr("Åte&rta posten"))
        else:
            keep, other = self.tr("&Behåll det nuvarande"), self.tr("&Använd det andra värdet")
        self.keep_button.setText(keep)
        self.other_button.setText(other)
        mergeable = conflict is not None and can_merge(conflict)
        self.merge_button.setVisible(mergeable)
        self.merge_button.setEnabled(mergeable)
        self.details.setHtml(self.details_html(conflict) if conflict else "")

    def details_html(self, c) -> str:
        def block(heading: str, text: str) -> str:
            return (f"<p style='margin-top:8px'><b>{html.escape(heading)}</b></p>"
                    f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>")

        record = f"{tr_label(c.table_label)}: {c.record_label}"
        if c.kind in ("deleted", "retired"):
            if c.kind == "retired" and c.also_hidden_by:
                # Bringing this one back does not show the work yet (sync_deletes).
                said = self.tr(
                    "Avvecklad på %1 medan %2 arbetade med den. Avvecklingen gäller nu, så "
                    "arbetet nedan visas inte; det finns kvar. Det döljs också av %3, så "
                    "det visas först när även den återtas.").replace("%3", self.hiders(c))
            elif c.kind == "retired":
                said = self.tr("Avvecklad på %1 medan %2 arbetade med den. Avvecklingen "
                               "gäller nu, så arbetet nedan visas inte; det finns kvar och "
                               "visas igen om den återtas.")
            else:
                said = self.tr("Borttagen på %1 medan %2 ändrade den. Borttagningen gäller "
                               "nu; ändringarna finns kvar och kan återställas med posten.")
            parts = [f"<p><b>{html.escape(record)}</b></p>", "<p>" + html.escape(
                said.replace("%1", self.tr("%1 den %2").replace(
                    "%1", self.copy_named(c.kept_version[1]))
                    .replace("%2", when_text(c.kept_version)))
                .replace("%2", self.copies(e[2] for e in c.edits))) + "</p>"]
            for fld, value, replica in c.edits:
                parts.append(block(self.tr("%1 (ändrad på %2)")
                                   .replace("%1", tr_label(edit_label(fld)))
                                   .replace("%2", self.copy(replica)),
                                   display_value(fld, value)))
            return "".join(parts)
        kept = display_value(c.field, c.kept)
        parts = [f"<p><b>{html.escape(record)} – {html.escape(tr_label(c.field_label))}</b></p>",
                 block(self.tr("Värdet som gäller (skrivet på %1, %2)").replace(
                     "%1", self.copy_named(c.kept_version[1])).replace(
                     "%2", when_text(c.kept_version)), kept)]
        if c.clock_ahead:
            parts.append("<p>" + html.escape(self.tr(
                "⚠ Vann med en klocka som går mer än ett dygn före.")) + "</p>")
        parts.append(block(self.tr("Det andra värdet (skrivet på %1, %2)").replace(
            "%1", self.copy_named(c.other_replica)).replace("%2", when_text(c.other_version)),
            display_value(c.field, c.other)))
        return "".join(parts)

    def resolve(self, *, keep: bool) -> None:
        chosen = self.keep_button if keep else self.other_button
        self._resolve(chosen, lambda ws, c: ws.resolve_conflict(c, keep=keep), keep)

    def merge(self) -> None:
        conflict = self.selected()
        if conflict is not None and can_merge(conflict):
            self._resolve(self.merge_button, lambda ws, c: ws.merge_conflict(c), True)

    def _resolve(self, chosen, write, keep: bool) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        choice = _plain(chosen.text())
        merged = False
        try:
            write(self.window_.ws, conflict)
        except WorkspaceError as exc:
            self.message.setText(error_text(exc))
        else:
            merged = chosen is self.merge_button
            # Older undo steps could write their stale values over the resolution.
            self.window_.undo_stack.clear()
            said = self.tr("Löst: %1 – %2. Valt: %3.").replace(
                "%1", conflict.record_label).replace(
                "%2", tr_label(conflict.field_label)).replace("%3", choice)
            if conflict.kind == "retired" and not keep and conflict.also_hidden_by:
                said += " " + self.tr("Arbetet döljs fortfarande av %1.").replace(
                    "%1", self.hiders(conflict))
            self.message.setText(said)
        self._hint = False
        self.reload()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)   # on to the next conflict
        if merged:
            self._next_version_of(conflict)

    def _next_version_of(self, merged: Conflict) -> None:
        """Three copies wrote one text: a merge keeps two, and a third version is
        still a conflict of its own. It is selected and said, or the next key
        ("Behåll det nuvarande", as for the others) drops it (new-user trial)."""
        same = (merged.table, merged.record_id, merged.field)
        row = next((n for n, c in enumerate(self.conflicts)
                    if (c.table, c.record_id, c.field) == same), None)
        if row is None:
            return
        self.table.selectRow(row)
        self.message.setText(self.message.text() + " " + self.tr(
            "En version till av samma text väntar: Slå ihop igen för att behålla även den."))
