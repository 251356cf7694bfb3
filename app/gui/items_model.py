"""The methods (sub-headings) of one matrix cell, with their assessments.

For one organisation every field is editable in place; for an area or the
county the model shows how the organisations are spread over the statuses.
Edits are not written here: they go to `apply`, which the window routes
through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.core.model import Assessment, CellState, CellSummary, Item
from app.gui.labels import (
    level_label, masked, plain_tooltip, status_label, status_symbol, status_text,
)
from app.gui.matrix_model import _two_lines
from app.workspace import LEVELS, STATUSES, Workspace

_ANY_INDEX = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw field value (status key, level key)

# Columns when one organisation is selected.
COL_TITLE, COL_STATUS, COL_NOTE, COL_COMPETENCE, COL_TRAINED, COL_NEED, COL_LEVEL = range(7)
UNIT_FIELDS = {COL_STATUS: "status", COL_NOTE: "note", COL_COMPETENCE: "competence",
               COL_TRAINED: "staff_trained", COL_NEED: "need", COL_LEVEL: "level"}
# Columns for an area or the county.
COL_IN_USE, COL_SPREAD = 1, 2

Apply = Callable[[str, str, dict], None]


class ItemsModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace, apply: Apply, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._apply = apply
        self._cell: tuple[str, str] | None = None
        self._scope: str | None = None
        self._single_unit = False
        self._items: list[Item] = []
        self._assessments: dict[str, Assessment] = {}
        self._spread: dict[str, dict[str, int]] = {}
        self.wrap_heads = False   # heads over two lines in a narrow view
        self._shown: tuple | None = None
        self.retired_unit = False

    # -- what is shown -----------------------------------------------------------

    @property
    def single_unit(self) -> bool:
        return self._single_unit

    @property
    def unit_id(self) -> str | None:
        return self._scope if self._single_unit else None

    def show(self, cell: tuple[str, str] | None, scope: str | None, single_unit: bool) -> None:
        if self._shown == (cell, scope, single_unit):
            return   # already shown, and kept current by refresh() (start-up selects twice)
        self._shown = (cell, scope, single_unit)
        self.beginResetModel()
        self._cell, self._scope, self._single_unit = cell, scope, single_unit
        self._load()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the assessments. Only the rows that changed are announced:
        a status key then repaints and refits its own row, not the whole list."""
        before, retired = self._rows(), self.retired_unit
        self._load()
        after = self._rows()
        if [row[0].id for row in after] != [row[0].id for row in before]:
            self.beginResetModel()
            self.endResetModel()
            return
        changed = [r for r, (old, new) in enumerate(zip(before, after))
                   if old != new or self.retired_unit != retired]   # retired: every row's keys
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], self.columnCount() - 1))

    def _rows(self) -> list[tuple]:
        """What each row shows: its method and its assessment or spread."""
        return [(i, self._assessments.get(i.id), self._spread.get(i.id)) for i in self._items]

    def _load(self) -> None:
        self._items = self._ws.items(*self._cell) if self._cell else []
        if self._single_unit:
            self._assessments = {i.id: self._ws.assessment(self._scope, i.id) for i in self._items}
            self._spread = {}
            # A retired organisation (shown by "Visa avvecklade") is read, not
            # changed: the core refuses it, so the keys say why instead.
            self.retired_unit = self._ws.unit(self._scope).retired
        else:
            self._assessments = {}
            self.retired_unit = False
            self._spread = self._ws.status_counts_of([i.id for i in self._items], self._scope)

    def row_of(self, item_id: str) -> int:
        """The row of a method, or -1 when it is not in this cell."""
        return next((r for r, item in enumerate(self._items) if item.id == item_id), -1)

    def item_at(self, row: int) -> Item | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def assessment_at(self, row: int) -> Assessment | None:
        item = self.item_at(row)
        return self._assessments.get(item.id) if item else None

    # -- Qt model interface ------------------------------------------------------

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else (7 if self._single_unit else 3)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self._single_unit:
            heads = [self.tr("Metod"), self.tr("Status"), self.tr("Anteckning"),
                     self.tr("Kompetens"), self.tr("Utbildad personal"), self.tr("Behov/brist"),
                     self.tr("Nivå")]
        else:
            heads = [self.tr("Metod"), self.tr("I bruk"), self.tr("Fördelning")]
        if not 0 <= section < len(heads):
            return None
        return _two_lines(heads[section]) if self.wrap_heads else heads[section]

    def set_wrap_heads(self, wrap: bool) -> None:
        if wrap != self.wrap_heads:
            self.wrap_heads = wrap
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (self._single_unit and index.column() in UNIT_FIELDS and not self._ws.read_only
                and not self.retired_unit):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < self.columnCount():
            return None
        column = index.column()
        if role == ITEM_ID_ROLE:
            return item.id
        if column == COL_TITLE:
            return self._title_data(item, role)
        if self._single_unit:
            return self._unit_data(self._assessments[item.id], column, role)
        return self._spread_data(self._spread[item.id], column, role)

    def _title_data(self, item: Item, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [item.title]
            if item.description:
                parts.append(item.description)
            if item.priority:
                parts.append(self.tr("Prioritet %1 (Socialstyrelsen)").replace(
                    "%1", str(item.priority)))
            if item.source:
                parts.append(self.tr("Källa: %1").replace("%1", item.source))
            if item.unconfirmed:
                parts.append(self.tr("Obekräftad uppgift – kontrollera mot riktlinjerna."))
            return plain_tooltip("\n".join(parts))
        if role == Qt.ItemDataRole.FontRole and item.priority and item.priority <= 3:
            font = QFont()
            font.setBold(True)  # "bör erbjudas": the guideline's strongest recommendations
            return font
        return None

    def _unit_data(self, assessment: Assessment, column: int, role: int):
        field = UNIT_FIELDS[column]
        value = getattr(assessment, field)
        if role == FIELD_ROLE or (role == Qt.ItemDataRole.EditRole and column != COL_STATUS
                                  and column != COL_LEVEL):
            return value if value is not None else ""
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_STATUS:
                return status_text(value)
            if column == COL_LEVEL:
                return level_label(value)
            return masked(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_STATUS:
                return self.tr("Tangenterna 0–5 sätter status, Enter skriver en anteckning")
            return plain_tooltip(masked(value)) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS and value == "unknown":
            return QColor("#595959")  # still 7:1 on white
        return None

    def _spread_data(self, counts: dict[str, int], column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if column == COL_IN_USE:
            # Of what is mapped, counted as the matrix counts: a cell of one method.
            use = CellSummary("", "", items=1, units=sum(counts.values()), counts=counts)
            if use.state != CellState.SHARE:     # not "0 av 0 kartlagda"
                return status_label("unknown" if use.state == CellState.UNMAPPED
                                    else "not_applicable")
            return self.tr("%1 av %2 kartlagda").replace("%1", str(use.in_use)).replace(
                "%2", str(use.mapped))
        if role == Qt.ItemDataRole.DisplayRole:
            # The statuses by symbol; not mapped and not applicable in words: "? 15"
            # and "– 2" read as a question and as minus two (workshop trial).
            shown = ["  ".join(f"{status_symbol(s)} {counts[s]}" for s in STATUSES
                               if counts.get(s) and s not in ("unknown", "not_applicable"))]
            shown += [f"{status_label(s).lower()} {counts[s]}"
                      for s in ("unknown", "not_applicable") if counts.get(s)]
            return "  ·  ".join(part for part in shown if part)
        return ", ".join(f"{status_label(s)}: {counts[s]}" for s in STATUSES if counts.get(s))

    def setData(self, index: _ANY_INDEX, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                   & Qt.ItemFlag.ItemIsEditable):
            return False
        field = UNIT_FIELDS[index.column()]
        if field == "status" and value not in STATUSES:
            return False
        if field == "level":
            value = value if value in LEVELS else None
        item = self.item_at(index.row())
        if getattr(self._assessments[item.id], field) == value:
            return True
        self._apply(self._scope, item.id, {field: value})
        return True
