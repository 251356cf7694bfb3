"""The 4 × 5 mapping matrix as a heatmap table model, for one scope.

A scope is the county (None), an intra-regional area or one organisation.
Every cell shows its numbers as text as well as colour, so nothing depends on
telling colours apart.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.core.model import IN_USE, CellState, CellSummary, whole_percent
from app.gui.labels import plain_tooltip, status_symbol, status_text, tr_label
from app.workspace import STATUSES, Workspace

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
_ANY_INDEX = QModelIndex | QPersistentModelIndex

# ColorBrewer "Blues" (sequential, colour-blind safe), light = little in use.
_HEAT = [QColor(c) for c in ("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6",
                             "#4292c6", "#2171b5", "#08519c", "#08306b")]
_UNMAPPED = QColor("#ececec")


def heat_colour(share: float | None) -> QColor:
    """The shade of a share, chosen from the whole per cent the cell prints, so
    that two cells that both say "67 %" never differ in colour."""
    if share is None:
        return _UNMAPPED
    return _HEAT[min(len(_HEAT) - 1, whole_percent(share) * len(_HEAT) // 100)]


def text_colour(background: QColor) -> QColor:
    """Black or white, whichever contrasts more (WCAG relative luminance)."""
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    lum = (0.2126 * channel(background.red()) + 0.7152 * channel(background.green())
           + 0.0722 * channel(background.blue()))
    return QColor("#000000") if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else QColor("#ffffff")


def _two_lines(text: str) -> str:
    """A column head over two lines: after a '/', else at the middle space."""
    if "/" in text:
        return text.replace("/", "/\n", 1)
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1:]


class MatrixModel(QAbstractTableModel):
    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._rows = workspace.rows()
        self._columns = workspace.columns()
        self._scope: str | None = None
        self._single_unit = False
        self._cells: dict[tuple[str, str], CellSummary] = {}
        self._symbols: dict[tuple[str, str], str] = {}
        # Column heads break after "/" when the view is too narrow for one line
        # (200 % scaling, large type, the tree beside it); see MatrixView.fit.
        self.wrap_heads = False
        # Row heads over two lines too, where the columns need every pixel
        # (the presentation at 1024 x 768: one-line row heads took a third).
        self.wrap_row_heads = False
        self._shown_scope: tuple | None = None     # the scope the view has in full
        self.refresh()

    # -- scope and data ----------------------------------------------------------

    @property
    def scope(self) -> str | None:
        return self._scope

    @property
    def single_unit(self) -> bool:
        return self._single_unit

    def set_scope(self, scope: str | None, single_unit: bool) -> None:
        if (scope, single_unit) == (self._scope, self._single_unit) and self._cells:
            return  # already showing it (the first selection at start-up)
        self._scope, self._single_unit = scope, single_unit
        self.refresh()

    def refresh(self) -> None:
        """Read the cells again. After a change in the same scope only the
        cells that changed are announced (a status key: one cell), so that the
        view repaints those and refits only when a text did change."""
        before = (self._cells, self._symbols)
        self._cells = self._ws.matrix(self._scope)
        self._symbols = self._unit_symbols() if self._single_unit else {}
        if not (self.rowCount() and self.columnCount()):
            return
        shown = (self._scope, self._single_unit)
        every = shown != self._shown_scope     # another scope: every cell
        self._shown_scope = shown
        changed = [(r, c) for r in range(self.rowCount()) for c in range(self.columnCount())
                   if every or self._cell_differs(before, self.cell_ids(self.index(r, c)))]
        if changed:
            rows, columns = [r for r, _ in changed], [c for _, c in changed]
            self.dataChanged.emit(self.index(min(rows), min(columns)),
                                  self.index(max(rows), max(columns)))

    def _cell_differs(self, before: tuple[dict, dict], ids: tuple[str, str]) -> bool:
        cells, symbols = before
        return cells.get(ids) != self._cells.get(ids) or symbols.get(ids) != self._symbols.get(ids)

    def _unit_symbols(self) -> dict[tuple[str, str], str]:
        # The mapped methods only: the unmapped are counted on a line of their
        # own ("Ej kartlagt: 2"), as in the roll-ups; a "?" for each read as
        # broken characters on a projector.
        status = {a.item_id: a.status for a in self._ws.assessments(self._scope)}
        symbols: dict[tuple[str, str], str] = {}
        for item in self._ws.items():
            key = (item.row_id, item.column_id)
            mapped = status.get(item.id, "unknown")
            symbols[key] = symbols.get(key, "") + (
                status_symbol(mapped) if mapped != "unknown" else "")
        # In groups of five, as one counts: easier to read, and a full cell's
        # row of symbols wraps at the gaps instead of running past the edge.
        return {key: " ".join(text[i:i + 5] for i in range(0, len(text), 5))
                for key, text in symbols.items()}

    def cell_ids(self, index: _ANY_INDEX) -> tuple[str, str]:
        return self._rows[index.row()].id, self._columns[index.column()].id

    def index_of(self, row_id: str, column_id: str) -> QModelIndex:
        rows = [r.id for r in self._rows]
        columns = [c.id for c in self._columns]
        return self.index(rows.index(row_id), columns.index(column_id))

    # -- Qt model interface ------------------------------------------------------

    def rowCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ANY_INDEX = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (
                0 <= index.column() < len(self._columns)):
            return None
        cell = self._cells.get(self.cell_ids(index))
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cell)
        if role == Qt.ItemDataRole.ToolTipRole:          # the catalogue's titles are typed
            return plain_tooltip(self._describe(index, cell))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(index, cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return heat_colour(cell.share_in_use)
        if role == Qt.ItemDataRole.ForegroundRole:
            return text_colour(heat_colour(cell.share_in_use))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SUMMARY_ROLE:
            return cell
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        heads = self._columns if horizontal else self._rows
        if not 0 <= section < len(heads):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if not horizontal:
                title = tr_label(heads[section].title)
                return _two_lines(title) if self.wrap_row_heads else title
            short = tr_label(heads[section].short)
            return _two_lines(short) if self.wrap_heads else short
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(tr_label(heads[section].title))
        return None

    def set_wrap_heads(self, wrap: bool) -> None:
        if wrap != self.wrap_heads:
            self.wrap_heads = wrap
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def set_wrap_row_heads(self, wrap: bool) -> None:
        if wrap != self.wrap_row_heads:
            self.wrap_row_heads = wrap
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    # -- text ----------------------------------------------------------------------

    def _display(self, cell: CellSummary) -> str:
        state = cell.state
        if state == CellState.NO_METHODS:
            return self.tr("Inga metoder")
        if state == CellState.NOT_APPLICABLE:
            return self.tr("Ej aktuellt")
        if state == CellState.UNMAPPED:
            if not self._single_unit:              # as the cells with something mapped
                return self.tr("Ej kartlagt: %1").replace("%1", str(cell.unmapped))
            # Its methods' count, not a row of "?" (one per method), which on a
            # projector read as broken characters.
            count = (self.tr("1 metod") if cell.items == 1 else
                     self.tr("%1 metoder").replace("%1", str(cell.items)))
            return self.tr("Ej kartlagt") + "\n" + count
        # Shares are of what is mapped; what is not yet mapped is said beside it.
        # "3 av 5" as in the roll-ups: with "används" it broke over two lines
        # in a narrow column, and an organisation's cell then needed four or
        # five (too tall for the window at 200 % on a 1920 x 1080 screen).
        in_use = self.tr("%1 av %2").replace("%1", str(cell.in_use)).replace(
            "%2", str(cell.mapped))
        if self._single_unit:
            lines = [in_use, self._symbols.get((cell.row_id, cell.column_id), "")]
        else:
            lines = [self.tr("%1 %").replace("%1", str(whole_percent(cell.share_in_use))),
                     in_use]
        if cell.unmapped:
            lines.append(self.tr("Ej kartlagt: %1").replace("%1", str(cell.unmapped)))
        return "\n".join(lines)

    def _describe(self, index: _ANY_INDEX, cell: CellSummary) -> str:
        row, column = self._rows[index.row()], self._columns[index.column()]
        lines = [f"{tr_label(row.title)} – {tr_label(column.title)}",
                 self.tr("%1 metoder, %2 organisationer").replace("%1", str(cell.items))
                 .replace("%2", str(cell.units))]
        for status in STATUSES:
            n = cell.counts.get(status, 0)
            if n:
                lines.append(f"{status_text(status)}: {n}")
        in_use = ", ".join(status_text(s) for s in STATUSES if s in IN_USE)
        lines.append(self.tr("I bruk räknas: %1").replace("%1", in_use))
        if cell.state == CellState.SHARE:
            lines.append(self.tr("Andel i bruk av de kartlagda: %1 av %2 (%3 %)")
                         .replace("%1", str(cell.in_use)).replace("%2", str(cell.mapped))
                         .replace("%3", str(whole_percent(cell.share_in_use))))
        if cell.unmapped and not self._single_unit:
            # "Ej kartlagt: 65" in the cell counts assessments, not organisations.
            lines.append(self.tr("Ej kartlagt: %1 av %2 bedömningar (en per organisation "
                                 "och metod)").replace("%1", str(cell.unmapped))
                         .replace("%2", str(cell.total)))
        return "\n".join(lines)
