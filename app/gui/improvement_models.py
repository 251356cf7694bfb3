"""Table models of the improvement view: a measure's data points, the PGSA log.

Edits are not written here: they go to `apply(period, fields)`, which the
view routes through the window's undo stack (as the matrix does).
"""

from __future__ import annotations

from collections.abc import Callable
from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt,
)

from app.core.improvement import CYCLE_STATUSES, DECISIONS, Cycle, DataPoint, Measure
from app.core.improvement_input import (  # noqa: F401 - next_period: the grid's, from the core
    ImprovementError, next_period, parse_number, parse_period,
)
from app.gui.labels import plain_tooltip, tr_label
from app.gui.language import localise_decimal, with_percent

_ANY_INDEX = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _number(x: float | None) -> str:
    """A number in the chosen language (decimal comma in Swedish), no needless decimals."""
    if x is None:
        return ""
    text = f"{x:.4f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))
    return localise_decimal(text)


_NUMBER_WHAT = {"value": "Värdet", "numerator": "Täljaren", "denominator": "Nämnaren"}


PROPORTION_FIELDS = ("period", "numerator", "denominator", "value", "note")
COUNT_FIELDS = ("period", "value", "note")


class DataPointsModel(QAbstractTableModel):
    """One row per period, plus a last row for the next period (type to add).

    A change of the data moves, inserts and removes rows rather than resetting
    the model: the current cell and an open editor stay with their period. The
    new row whose period was typed (say 2025-09, before the last period) takes
    its sorted place once a value is stored, with the editor the user tabbed
    into, and a new last row appears; a reset would close that editor and send
    the next keys nowhere (trial C: the denominator typed next was lost)."""

    def __init__(self, ws, apply: Callable[[str, dict], None], parent=None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._apply = apply
        self.measure: Measure | None = None
        self.points: list[DataPoint] = []
        self._new_period = ""
        self._held = False           # the new row's period was typed: it stays
                                     # until a value is stored in it
        self._kept = False           # the new row took the last period, deleted
                                     # (Delete, its redo, a sync): it stays while
                                     # it is still the last, no gap before it
        self._new_row = True         # the new row is shown (not only within `refresh`)

    # columns depend on the kind of value: proportions have numerator/denominator
    def fields(self) -> tuple[str, ...]:
        if self.measure is not None and self.measure.kind == "proportion":
            return PROPORTION_FIELDS
        return COUNT_FIELDS

    def columns(self) -> list[tuple[str, str]]:
        unit = f" ({self.measure.unit})" if self.measure is not None and self.measure.unit \
            else ""
        heads = {"period": self.tr("Period"), "numerator": self.tr("Täljare"),
                 "denominator": self.tr("Nämnare"), "note": self.tr("Anteckning"),
                 "value": self.tr("Andel") if self.fields() is PROPORTION_FIELDS
                 else self.tr("Värde") + unit}
        return [(field, heads[field]) for field in self.fields()]

    def field(self, column: int) -> str:
        # Asked for every cell painted and sized: the fields alone, not the
        # translated heads (30 000 translations a measure switch, ~1/4 of it).
        return self.fields()[column]

    def show(self, measure_id: str | None) -> None:
        self.beginResetModel()
        self.measure = self._ws.measure(measure_id) if measure_id else None
        self._held = self._kept = False
        self._load()
        self.endResetModel()

    def refresh(self) -> None:
        if self.measure is None:
            return
        columns = self.columnCount()
        try:
            self.measure = self._ws.measure(self.measure.id)
        except KeyError:
            self.show(None)
            return
        points = self._ws.data_points(self.measure.id)
        if self.columnCount() != columns:      # another kind of value: other columns
            self.beginResetModel()
            self._load()
            self.endResetModel()
            return
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)   # the unit
        stored = {p.period: p for p in points}
        last_before = self.points[-1].period if self.points else None
        # 1. Periods gone (deleted here, an undo, a file exchange): their rows go.
        for row in reversed(range(len(self.points))):
            if self.points[row].period not in stored:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.points[row]
                self.endRemoveRows()
        shown = {p.period for p in self.points}
        # 2. The new row's period stored: the row takes its sorted place, with
        #    the current cell and any editor on it (persistent indexes follow).
        if self._new_period in stored and self._new_period not in shown:
            self.layoutAboutToBeChanged.emit()
            before = [p.period for p in self.points] + [self._new_period]
            self.points.append(stored[self._new_period])
            self.points.sort(key=lambda p: p.period)
            self._new_row = False
            rows = {p.period: row for row, p in enumerate(self.points)}
            moved = self.persistentIndexList()
            self.changePersistentIndexList(moved, [
                self.index(rows[before[i.row()]], i.column()) for i in moved])
            self.layoutChanged.emit()
            self._held = False
            shown.add(self._new_period)
        # 3. Other new periods (an undo, a file exchange) at their sorted place.
        for period in sorted(set(stored) - shown):
            row = sum(p.period < period for p in self.points)
            self.beginInsertRows(QModelIndex(), row, row)
            self.points.insert(row, stored[period])
            self.endInsertRows()
        self.points = [stored[p.period] for p in self.points]    # the values now
        # 4. The new row: the period after the last, unless typed; the last
        #    period's own when that was deleted (the row is emptied in place, as
        #    in a spreadsheet: the trial's blank row had jumped two months on,
        #    and in sparse data it would go back to the month after the last).
        following = self._following()
        last = self.points[-1].period if self.points else ""
        gone = last_before if last_before is not None and last_before not in stored \
            and last < last_before else None
        if not self._new_row:
            self.beginInsertRows(QModelIndex(), len(self.points), len(self.points))
            self._new_period, self._new_row, self._kept = following, True, False
            self.endInsertRows()
        elif self._held:
            if self._new_period in stored:
                self._new_period, self._held = following, False
        elif gone is not None:
            self._new_period, self._kept = gone, True
        elif not (self._kept and self._new_period not in stored and self._new_period > last):
            self._new_period, self._kept = following, False
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _following(self) -> str:
        last = self.points[-1].period if self.points else None
        return next_period(last, self.measure.frequency)

    def _load(self) -> None:
        self.points = self._ws.data_points(self.measure.id) if self.measure else []
        self._new_row = True
        if self.measure is not None:
            self._new_period = self._following()
            self._held = self._kept = False

    def row_of(self, period: str) -> int | None:
        """The row of `period` (the new row's, if it is that one), or None."""
        for row in range(self.rowCount()):
            if self.period(row) == period:
                return row
        return None

    def period(self, row: int) -> str:
        return self.points[row].period if row < len(self.points) else self._new_period

    def is_new(self, row: int) -> bool:
        """The last, new row: its period the next one, suggested, until typed over."""
        return self._new_row and row == len(self.points)

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        if parent.isValid() or self.measure is None:
            return 0
        return len(self.points) + int(self._new_row)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns()[section][1]
        return None

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field = self.field(index.column())
        proportion_value = field == "value" and self.measure.kind == "proportion"
        if (field == "period" and not self.is_new(index.row())) or proportion_value or self._ws.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def read_only_reason(self, index: _ANY_INDEX) -> str:
        """Why nothing can be typed into the cell ("" if it can)."""
        if not index.isValid() or self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return ""
        if self._ws.read_only:
            return self.tr("Arbetsytan är öppnad skrivskyddad.")
        if self.field(index.column()) == "period":
            return self.tr("Perioden kan inte ändras här: skriv en ny period i den sista, "
                           "tomma raden.")
        return self.tr("Andelen räknas ut av täljaren och nämnaren.")

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, field = index.row(), self.field(index.column())
        point = self.points[row] if row < len(self.points) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field == "period":
                return self.period(row)
            if point is None:
                return ""
            if field == "note":
                return point.note
            value = getattr(point, field)
            if field == "value" and self.measure.kind == "proportion" and value is not None:
                return with_percent(_number(round(value * 100, 1)))
            return _number(value)
        if role == Qt.ItemDataRole.ForegroundRole and point is None and field == "period":
            return Qt.GlobalColor.darkGray
        if role == Qt.ItemDataRole.ToolTipRole and point is None:
            return self.tr("Skriv ett värde här för att lägga till nästa period.")
        if role == Qt.ItemDataRole.ToolTipRole and field == "note" and point.note:
            return plain_tooltip(point.note)     # whole, where the column elides it
        if role == Qt.ItemDataRole.TextAlignmentRole and field not in ("period", "note"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def check(self, index: _ANY_INDEX, text: str) -> Exception | None:
        """Why `text` cannot go into the cell (the core's message), or None."""
        if self.measure is None or not index.isValid():
            return None
        field = self.field(index.column())
        try:
            if field == "period" and str(text).strip():
                period = parse_period(text)
                if period in {p.period for p in self.points}:
                    return ImprovementError(self.tr(
                        "Perioden %1 finns redan: skriv värdet på dess rad.").replace(
                        "%1", period))
            elif field in _NUMBER_WHAT:
                parse_number(text, _NUMBER_WHAT[field])
        except ImprovementError as exc:
            return exc
        return None

    def setData(self, index: _ANY_INDEX, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.measure is None:
            return False
        row, field = index.row(), self.field(index.column())
        if field == "period":                  # the new row's period, before any value
            if self.check(index, value) is not None:
                return False
            text = str(value).strip()
            if text and parse_period(text) != self._new_period:
                self._new_period, self._held = parse_period(text), True
            self.dataChanged.emit(index, index)
            return True
        if row == len(self.points) and not str(value).strip():
            return False                       # nothing typed into the new row
        self._apply(self.period(row), {field: value})
        return True


    # -- the clipboard ------------------------------------------------------------------

    def clipboard_text(self, indexes) -> str:
        """The cells as tab-separated lines, each as the grid shows it (decimal
        comma, Andel in per cent), for a spreadsheet: the smallest rectangle
        around them, the blank row for the next period left out. A cell with a
        tab, a line break or a quote is quoted as a spreadsheet quotes it."""
        cells = [i for i in indexes if i.isValid() and i.row() < len(self.points)]
        if not cells:
            return ""
        rows = range(min(i.row() for i in cells), max(i.row() for i in cells) + 1)
        columns = range(min(i.column() for i in cells), max(i.column() for i in cells) + 1)

        def cell(row: int, column: int) -> str:
            text = str(self.data(self.index(row, column)) or "")
            if any(c in text for c in '\t\n\r"'):
                text = '"' + text.replace('"', '""') + '"'
            return text

        return "".join("\t".join(cell(r, c) for c in columns) + "\n" for r in rows)

    def read_paste(self, text: str, index: _ANY_INDEX):
        """A pasted block read for this measure (`Workspace.read_data_block`):
        without periods in it, its values go into the columns from `index`
        rightward, period after period from its row's. Raises the core's error."""
        start = fields = None
        if index.isValid() and self.field(index.column()) != "period":
            start = self.period(index.row())
            fields = list(self.fields()[index.column():])
        return self._ws.read_data_block(self.measure.id, text, start=start, fields=fields)

    def paste_change(self, block) -> tuple[dict, dict, Callable[[dict], object]]:
        """(old, new, apply) of a pasted block for the undo stack, once every
        line is checked against what is stored (or the core's error): one change
        that writes every period at once (`Workspace.set_data_points`, all or
        nothing), and undone, gives every period back as it was (those that
        were not there are deleted). The notes ride along in `new`, so that the
        window's personnummer check sees them."""
        measure_id = self.measure.id
        self._ws.check_data_points(measure_id, block.points(), lines=block.line_numbers())
        old = []
        for line in block.lines:
            point = self._ws.data_point(measure_id, line.period)
            old.append((line.period, None if point is None else {
                k: getattr(point, k) for k in ("value", "numerator", "denominator", "note")}))
        new = {"points": tuple(block.points()), "lines": tuple(block.line_numbers()),
               "notes": tuple(line.fields["note"] for line in block.lines
                              if "note" in line.fields)}

        def apply(v: dict) -> None:
            self._ws.set_data_points(measure_id, v["points"], lines=v.get("lines"))

        return {"points": tuple(old)}, new, apply


CYCLE_COLUMNS = ("number", "title", "team", "idea", "status", "starts_on", "decision")


def removed_idea_title(ws, idea_id: str) -> str:
    """A removed change idea's title, marked so, the mark first: "(borttagen) Titel"
    (a narrow column elides the end, and the mark must stay seen)."""
    try:
        title = ws.change_idea(idea_id).title
    except KeyError:
        title = "?"
    return QCoreApplication.translate("CyclesModel", "(borttagen) %1").replace("%1", title)


class CyclesModel(QAbstractTableModel):
    """The PGSA log: one row per cycle (filters are applied by the view)."""

    def __init__(self, ws, parent=None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.cycles: list[Cycle] = []
        self._teams: dict[str, str] = {}
        self._ideas: dict[str, str] = {}
        self.filters: dict[str, str | None] = {"team_id": None, "status": None,
                                               "change_idea_id": None}
        self._headers = [self.tr("Nr"), self.tr("PGSA-cykel"), self.tr("Team"),
                         self.tr("Förändringsidé"), self.tr("Status"), self.tr("Start"),
                         self.tr("Beslut")]

    def refresh(self) -> None:
        self.beginResetModel()
        self._teams = {t.id: t.name for t in self._ws.teams()}
        self._ideas = {i.id: i.title for i in self._ws.change_ideas()}
        self.cycles = self._ws.cycles(self.filters["team_id"], status=self.filters["status"],
                                      change_idea_id=self.filters["change_idea_id"])
        for cycle in self.cycles:        # a removed idea stays the one the cycle tested
            idea_id = cycle.change_idea_id
            if idea_id and idea_id not in self._ideas:
                self._ideas[idea_id] = removed_idea_title(self._ws, idea_id)
        self.endResetModel()

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cycles)

    def row_of(self, cycle_id: str | None) -> int | None:
        """The row of a cycle the filters let through, or None."""
        return next((row for row, c in enumerate(self.cycles) if c.id == cycle_id), None)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CYCLE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cycle = self.cycles[index.row()]
        if role == ID_ROLE:
            return cycle.id
        if role == Qt.ItemDataRole.ToolTipRole:      # the whole text of elided columns
            return plain_tooltip(self.data(index, Qt.ItemDataRole.DisplayRole))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = CYCLE_COLUMNS[index.column()]
        if column == "number":
            return cycle.number
        if column == "title":
            return ("↳ " if cycle.previous_id else "") + cycle.title
        if column == "team":
            return self._teams.get(cycle.team_id, "")
        if column == "idea":
            return self._ideas.get(cycle.change_idea_id or "", "")
        if column == "status":
            return tr_label(CYCLE_STATUSES[cycle.status])
        if column == "decision":
            return tr_label(DECISIONS[cycle.decision]) if cycle.decision else ""
        return getattr(cycle, column)
