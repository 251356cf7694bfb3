"""Findings (förbättringsområden): what the mapping showed must be developed.

A tab beside the matrix. It lists the findings of the selected scope (an
organisation, an area with its organisations, or the whole county), typed by
the seed's categories and level and linked to matrix cells. New findings
start from the selected organisation and matrix cell, so recording one in a
workshop takes a title and Enter.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app.core.model import Finding
from app.gui.choices import check_list, checked_keys, choice_combo, matrix_cells
from app.gui.keys import ENTER_KEYS
from app.gui.labels import category_label, level_label, plain_tooltip, tr_label
from app.gui.style import style_label
from app.workspace import FINDING_CATEGORIES, FINDING_STATUSES, LEVELS, Workspace

_ANY_INDEX = QModelIndex | QPersistentModelIndex
COL_TITLE, COL_CATEGORY, COL_LEVEL, COL_WHERE, COL_CELLS, COL_STATUS, COL_IDEAS = range(7)
# The columns that share what the others leave: the finding's title most.
SHARES = {COL_TITLE: 0.3, COL_CATEGORY: 0.16, COL_CELLS: 0.27, COL_IDEAS: 0.27}
FINDING_FIELDS = ("title", "description", "category", "level", "unit_id", "area_id", "cells",
                  "status")


class FindingsModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._scope: str | None = None
        self._cell: tuple[str, str] | None = None
        self._findings: list[Finding] = []
        self._names: dict[str, str] = {}
        self._cell_names: dict[tuple[str, str], str] = {}
        self._ideas: dict[str, list[str]] = {}     # finding -> its change ideas' titles

    def show(self, scope: str | None, cell: tuple[str, str] | None = None) -> None:
        """Findings of a scope (None = county), optionally only those of one cell."""
        self._scope, self._cell = scope, cell
        self.refresh()

    def refresh(self) -> None:
        ws = self._ws
        self._names = {u.id: u.name for u in ws.units(include_retired=True)}
        self._names.update({a.id: a.name for a in ws.areas(include_retired=True)})
        rows = {r.id: r for r in ws.rows()}
        columns = {c.id: c for c in ws.columns()}
        # The matrix's headings as the matrix shows them (translated, short column).
        self._cell_names = {(r, c): f"{tr_label(rows[r].title)} – "
                                    f"{tr_label(columns[c].short or columns[c].title)}"
                            for r in rows for c in columns}
        self._ideas = {}
        for idea in ws.change_ideas():       # the ideas that answer each finding
            for finding_id in idea.finding_ids:
                self._ideas.setdefault(finding_id, []).append(idea.title)
        units = {u.id for u in ws.scope_units(self._scope)}
        findings = []
        for finding in ws.findings():
            in_scope = (self._scope is None or finding.unit_id in units
                        or finding.area_id == self._scope)
            if in_scope and (self._cell is None or self._cell in finding.cells):
                findings.append(finding)
        self.beginResetModel()
        self._findings = findings
        self.endResetModel()

    def finding_at(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def row_of(self, finding_id: str) -> int:
        return next((r for r, f in enumerate(self._findings) if f.id == finding_id), -1)

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        heads = [self.tr("Förbättringsområde"), self.tr("Kategori"), self.tr("Nivå"),
                 self.tr("Organisation/område"), self.tr("Rutor i matrisen"), self.tr("Status"),
                 self.tr("Förändringsidéer")]
        return heads[section] if 0 <= section < len(heads) else None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        finding = self.finding_at(index.row()) if index.isValid() else None
        if finding is None or not 0 <= index.column() < 7:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:       # names and text as typed, not markup
            if index.column() == COL_TITLE:
                return plain_tooltip("\n\n".join(
                    p for p in (finding.title, finding.description) if p))
            return plain_tooltip(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == COL_TITLE:
            return finding.title
        if column == COL_CATEGORY:
            return category_label(finding.category)
        if column == COL_LEVEL:
            return level_label(finding.level)
        if column == COL_WHERE:
            place = finding.unit_id or finding.area_id
            return self._names.get(place, "") if place else self.tr("Hela länet")
        if column == COL_CELLS:
            return "; ".join(self._cell_names.get(tuple(c), "?") for c in finding.cells)
        if column == COL_IDEAS:
            return "; ".join(self._ideas.get(finding.id, []))
        return tr_label(FINDING_STATUSES.get(finding.status, finding.status))


class FindingDialog(QDialog):
    """Create or edit one finding: the values are read back with `values()`."""

    def __init__(self, ws: Workspace, finding: Finding | None, *, scope: str | None,
                 cell: tuple[str, str] | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Förbättringsområde"))
        self.setMinimumWidth(640)
        self.title = QLineEdit(finding.title if finding else "")
        self.title.setAccessibleName(self.tr("Rubrik"))
        self.description = QPlainTextEdit(finding.description if finding else "")
        self.description.setAccessibleName(self.tr("Beskrivning"))
        self.description.setTabChangesFocus(True)
        self.category = choice_combo(FINDING_CATEGORIES, finding.category if finding else "other")
        self.level = choice_combo(LEVELS, finding.level if finding else "local")
        self.status = choice_combo(FINDING_STATUSES, finding.status if finding else "open")
        places = [(None, self.tr("Hela länet"))]
        places += [(("area", a.id), self.tr("Samverkansområde: %1").replace("%1", a.name))
                   for a in ws.areas()]
        places += [(("unit", u.id), u.name) for u in ws.units()]
        if finding is not None:
            current = (("unit", finding.unit_id) if finding.unit_id
                       else ("area", finding.area_id) if finding.area_id else None)
        elif scope is None:
            current = None
        else:
            current = ("area", scope) if scope in {a.id for a in ws.areas()} else ("unit", scope)
        self.place = choice_combo(dict(places), current)
        if finding is None:
            # A new finding's level follows where it applies, until chosen: "Lokalt"
            # for the whole county read oddly (re-trial).
            self._level_chosen = False
            self.level.activated.connect(lambda _i: setattr(self, "_level_chosen", True))
            self.place.currentIndexChanged.connect(lambda _i: self._follow_place())
            self._follow_place()
        chosen = {tuple(c) for c in finding.cells} if finding else ({cell} if cell else set())
        self.cells = check_list(matrix_cells(ws), chosen, self.tr("Rutor i matrisen"))
        self.cells.setMinimumHeight(260)
        form = QFormLayout()
        form.addRow(self.tr("&Rubrik:"), self.title)
        form.addRow(self.tr("&Beskrivning:"), self.description)
        form.addRow(self.tr("&Kategori:"), self.category)
        form.addRow(self.tr("&Nivå:"), self.level)
        form.addRow(self.tr("&Gäller:"), self.place)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("R&utor:"), self.cells)
        # Spara/Avbryt, like every other form of the app.
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _follow_place(self) -> None:
        if self._level_chosen:
            return
        place = self.place.currentData()
        level = {None: "county", "area": "intra_regional", "unit": "local"}[
            place[0] if place else None]
        self.level.setCurrentIndex(self.level.findData(level))

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("Skriv en rubrik."))
            self.title.setFocus()
            return
        self.accept()

    def values(self) -> dict:
        place = self.place.currentData()
        cells = checked_keys(self.cells)
        return {
            "title": self.title.text(), "description": self.description.toPlainText(),
            "category": self.category.currentData(), "level": self.level.currentData(),
            "status": self.status.currentData(),
            "unit_id": place[1] if place and place[0] == "unit" else None,
            "area_id": place[1] if place and place[0] == "area" else None,
            "cells": sorted(cells),
        }


class FindingsView(QWidget):
    """The findings of the window's current scope, with add, edit and delete."""

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.model = FindingsModel(window.ws, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Förbättringsområden"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive
                                        if column in SHARES
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)        # resized: the shares again
        self.model.modelReset.connect(lambda: QTimer.singleShot(0, self._share_width))
        # Wrapped text: rows follow their contents whenever the widths change.
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.title = QLabel()
        style_label(self.title, "scopeTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)      # holds a name, as typed
        self.only_cell = QCheckBox(self.tr("Bara den valda rutan i matrisen"))
        self.only_cell.toggled.connect(lambda _checked: self.refresh())
        add = QPushButton(self.tr("&Nytt förbättringsområde…"))
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Ändra…"))
        edit.clicked.connect(self.edit_current)
        delete = QPushButton(self.tr("&Ta bort"))
        delete.clicked.connect(self.delete_current)
        self.buttons = [add, edit, delete]
        bar = QHBoxLayout()
        bar.addWidget(self.only_cell)
        bar.addStretch(1)
        for button in self.buttons:
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._share_width)    # after the columns fitted to contents
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in ENTER_KEYS and not event.modifiers()
                & ~Qt.KeyboardModifier.KeypadModifier):
            # Enter opens the finding, as it opens a cycle in the PGSA log: the
            # trial pressed it on a row and nothing happened.
            if self.window_.ws.read_only:
                self.window_.statusBar().showMessage(
                    self.tr("Arbetsytan är öppnad skrivskyddad."), 5000)
            self.edit_current()
            return True
        return super().eventFilter(watched, event)

    def _share_width(self) -> None:
        """The free width by SHARES: equal, the finding's title was the narrowest
        column and cut "mödrahälsovården" to "mödrahälsovård…" (re-trial)."""
        header = self.table.horizontalHeader()
        fitted = sum(header.sectionSize(c) for c in range(self.model.columnCount())
                     if c not in SHARES)
        words = {c: self._longest_word(c) for c in SHARES}   # none cut to "gemensam…"
        spare = max(0, self.table.viewport().width() - fitted - sum(words.values()))
        for column, share in SHARES.items():
            header.resizeSection(column, words[column] + int(spare * share))

    def _longest_word(self, column: int) -> int:
        metrics = self.table.fontMetrics()
        widest = max((metrics.horizontalAdvance(word)
                      for row in range(self.model.rowCount())
                      for word in str(self.model.index(row, column).data() or "").split()),
                     default=0)
        return max(60, widest + 20)   # the cell's margins and the focus ring

    def _cell(self) -> tuple[str, str] | None:
        mapping = self.window_.mapping
        return mapping.current_cell() if mapping is not None else None

    def refresh(self) -> None:
        window = self.window_
        scope = window.current_scope()
        kept = self.current()
        self.model.show(scope, self._cell() if self.only_cell.isChecked() else None)
        # The row stays on its finding through the model's reset (an edit, an
        # undo, a sync): it had jumped to the first row after Ändra (trial).
        row = self.model.row_of(kept.id) if kept is not None else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, COL_TITLE))
        name = window.tree.currentIndex().data() if window.tree.currentIndex().isValid() else ""
        self.title.setText(self.tr("Förbättringsområden – %1").replace("%1", name or ""))
        for button in self.buttons:
            button.setEnabled(not window.ws.read_only)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()        # change ideas linked on the improvement tab meanwhile

    def current(self) -> Finding | None:
        return self.model.finding_at(self.table.currentIndex().row())

    def add(self) -> None:
        window = self.window_
        dialog = FindingDialog(window.ws, None, scope=window.current_scope(), cell=self._cell(),
                               parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_finding(self.create(dialog.values()))

    def show_finding(self, finding_id: str | None) -> None:
        """The keyboard on a finding's row (a new one: it had stayed on the
        check box, and Enter did nothing with what was just written; trial)."""
        row = self.model.row_of(finding_id) if finding_id else -1
        if row < 0:        # outside what the list shows (Bara den valda rutan)
            return
        self.table.setCurrentIndex(self.model.index(row, COL_TITLE))
        self.table.setFocus()

    def create(self, values: dict) -> str | None:
        """Add a finding as one undoable change (undo deletes it, redo brings it back)."""
        ws = self.window_.ws
        created: dict[str, str] = {}

        def apply(state: dict) -> None:
            if "id" not in created:
                fields = {k: v for k, v in values.items() if k != "title"}
                created["id"] = ws.add_finding(values["title"], **fields)
            else:
                ws.delete_finding(created["id"], state["deleted"])

        # The typed text rides along in `new` so the personnummer check sees it.
        typed = {"title": values["title"], "description": values.get("description", "")}
        self.window_.run_change(lambda: self.tr("Nytt förbättringsområde"), apply,
                                {"deleted": True}, {"deleted": False, **typed})
        return created.get("id")

    def edit_current(self) -> None:
        finding = self.current()
        if finding is None or self.window_.ws.read_only:
            return
        dialog = FindingDialog(self.window_.ws, finding, scope=None, cell=None, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.update(finding, dialog.values())

    def update(self, finding: Finding, values: dict) -> None:
        old = {f: getattr(finding, f) for f in FINDING_FIELDS}
        old["cells"] = [tuple(c) for c in old["cells"]]
        new = {f: v for f, v in values.items() if old.get(f) != v}
        if not new:
            return
        old = {f: old[f] for f in new}
        ws = self.window_.ws
        self.window_.run_change(lambda: self.tr("Ändra förbättringsområde"),
                                lambda v: ws.update_finding(finding.id, **v), old, new)

    def delete_current(self) -> None:
        finding = self.current()
        if finding is None or self.window_.ws.read_only:
            return
        ws = self.window_.ws
        self.window_.run_change(lambda: self.tr("Ta bort förbättringsområde"),
                                lambda v: ws.delete_finding(finding.id, v["deleted"]),
                                {"deleted": False}, {"deleted": True})
