"""Tables of the PDF reports that break between rows, never inside one that fits.

ReportLab's `splitInRow` splits a row wherever the page ends: the repeated
header then stands above half a row, and the next page starts with the
row's second half under an empty first cell. `RowTable` moves a row that does
not fit the rest of the page whole to the next page; only a row taller than a
whole page is split, and its continuation says what it continues: the row's
label (e.g. the method's name) with "(forts.)", and, for a one-column box such
as a PGSA phase, the box's heading with "(forts.)".
"""

from __future__ import annotations

from reportlab.platypus import Paragraph, Table

from app.core.report_pdf import BODY_HEIGHT, FONT, styles, text

CONTINUED = "(forts.)"
# The least of a row taller than a page that is worth starting at the foot of a
# page; with less room left it starts at the top of the next one.
MIN_PART = 72.0


LABEL_LIMIT = 60       # characters of a row's name repeated on its continuation


def continued(label: str) -> str:
    """'Metod' -> 'Metod (forts.)' (plain text, not markup); a long name (a whole
    question, say) is cut at a word, so a continuation never grows with it."""
    label = " ".join(label.split())
    if len(label) > LABEL_LIMIT:
        cut = label[:LABEL_LIMIT].rsplit(" ", 1)[0] if " " in label[:LABEL_LIMIT] else \
            label[:LABEL_LIMIT]
        label = cut.rstrip(" ,.;:–-") + " …"
    return f"{label} {CONTINUED}"


class RowTable(Table):
    """A Table that splits only between rows, unless a row is taller than a page.

    labels: per row (header rows included, as None), the plain text printed in
    column label_column of a row's continuation when that row has to be split.
    continued_head: the header rows to repeat on a continuation instead of the
    first ones (e.g. "STUDERA (forts.)"); repeatRows must count them.
    page_height: the height of an empty page's frame.
    """

    def __init__(self, data, *args, labels: list[str | None] | None = None,
                 label_column: int = 0, continued_head: list[list] | None = None,
                 page_height: float = BODY_HEIGHT, **kwargs) -> None:
        kwargs.setdefault("splitInRow", 1)
        super().__init__(data, *args, **kwargs)
        # Text cells (even empty ones) set the cell's font: the embedded one, never
        # ReportLab's default Helvetica (which would be listed, unembedded).
        self.setStyle([("FONTNAME", (0, 0), (-1, -1), FONT)])
        self.labels = list(labels) if labels is not None else [None] * len(data)
        self.label_column = label_column
        self.continued_head = continued_head
        self.page_height = page_height

    def _heads(self) -> int:
        repeat = self.repeatRows
        return repeat if isinstance(repeat, int) else max(repeat) + 1

    def split(self, avail_width, avail_height):
        self._calc(avail_width, avail_height)
        parts = self._splitRows(avail_height, doInRowSplit=0)
        if parts:                      # between rows (or the whole table fits)
            if len(parts) == 2:
                self._hand_on(parts, in_row=False)
            return parts
        heads = self._heads()
        if heads >= len(self._rowHeights):
            return []
        head_height = sum(self._rowHeights[:heads])
        first = self._rowHeights[heads]
        if head_height + first <= self.page_height + 0.01:
            return []                  # the row fits a page: it moves there whole
        if avail_height - head_height < MIN_PART and \
                avail_height < self.page_height - 0.01:
            return []                  # too little room here: start it on a new page
        parts = self._splitRows(avail_height, doInRowSplit=1)
        if len(parts) == 2:
            self._hand_on(parts, in_row=True)
        return parts

    def _hand_on(self, parts: list, *, in_row: bool) -> None:
        """Give both parts their rows' labels; mark a split row's continuation."""
        first, rest = parts
        heads = self._heads()
        kept = len(first._cellvalues)          # rows of the first part (heads included)
        for part in parts:
            part.label_column, part.page_height = self.label_column, self.page_height
            part.continued_head = self.continued_head
        first.labels = self.labels[:kept]
        if in_row:   # the split row is in both parts: the last of one, first of the other
            rest.labels = self.labels[:heads] + self.labels[kept - 1:]
        else:
            rest.labels = self.labels[:heads] + self.labels[kept:]
        if self.continued_head is not None and heads:
            for r, row in enumerate(self.continued_head[:heads]):
                rest._cellvalues[r] = list(row)
            self._free_heights(rest, range(heads))
        if in_row:   # the continuation starts with the row's name, "(forts.)"
            label = rest.labels[heads] if heads < len(rest.labels) else None
            if label:
                cell = rest._cellvalues[heads][self.label_column]
                if _empty(cell):
                    kept_cell = []
                elif isinstance(cell, str):
                    kept_cell = [Paragraph(text(cell), styles()["cell"])]
                else:
                    kept_cell = list(cell) if isinstance(cell, (list, tuple)) else [cell]
                rest._cellvalues[heads][self.label_column] = [
                    Paragraph(f"<i>{text(continued(label))}</i>", styles()["cell"]),
                    *kept_cell]
                self._free_heights(rest, [heads])

    @staticmethod
    def _free_heights(table: Table, rows) -> None:
        """Let these rows' heights follow their (new) content."""
        heights = list(table._argH) if isinstance(table._argH, (list, tuple)) else \
            [None] * len(table._cellvalues)
        for r in rows:
            heights[r] = None
        table._argH = heights
        table._rowHeights = heights


def _empty(cell) -> bool:
    if cell is None:
        return True
    if isinstance(cell, str):
        return not cell.strip()
    if isinstance(cell, (list, tuple)):
        return all(_empty(c) for c in cell)
    return False
