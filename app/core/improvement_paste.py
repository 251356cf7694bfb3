"""A block of a measure's data pasted from a spreadsheet or a text file
(`read_data_block`), read with the same parsers as a value typed into a cell
(app.core.improvement_input). Loaded with the first paste, not at start-up."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.improvement_input import (
    ImprovementError, next_period, parse_number, parse_period,
)
from app.core.store import StoreError
from app.core.validate import clean_text

# -- a pasted block of data --------------------------------------------------------

MAX_PASTE_LINES = 1000          # ten years of weekly data is 520 lines
MAX_PASTE_CHARS = 1_000_000
_MOST_CHARS = "1\u00a0000\u00a0000"
NUMBER_FIELDS = ("value", "numerator", "denominator")
_NUMBER_WHAT = {"value": "Värdet", "numerator": "Täljaren", "denominator": "Nämnaren"}
# Control characters that no spreadsheet or text file puts into copied cells
# (a binary clipboard, a file that is not text); Word's line and page breaks
# (vertical tab, form feed) may come with a table's cells, and are let through.
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MARKUP = re.compile(r"\s*<\s*[!/a-zA-Z]")


@dataclass(frozen=True)
class BlockLine:
    """One line of a pasted block: its number in the text (1 = the first),
    the period and the fields it sets (only those with something written)."""
    line: int
    period: str
    fields: dict = field(default_factory=dict)


@dataclass(frozen=True)
class DataBlock:
    lines: tuple[BlockLine, ...]
    header: bool = False        # the first line held column headings, skipped
    with_periods: bool = True   # form (a): a period first on every line

    def points(self) -> list[tuple[str, dict]]:
        """(period, fields) of each line, as `Workspace.set_data_points` takes them."""
        return [(line.period, dict(line.fields)) for line in self.lines]

    def line_numbers(self) -> list[int]:
        return [line.line for line in self.lines]


def measure_fields(kind: str) -> list[str]:
    """The fields of a measure's grid after the period, in its column order."""
    return ["numerator", "denominator", "value", "note"] if kind == "proportion" \
        else ["value", "note"]


def _cells(text: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of the text's lines: tab-separated (a spreadsheet's
    copy, with its quoting of a cell that holds a tab or a line break), or
    separated by semicolons (a Swedish CSV file) when there is no tab."""
    text = str(text)
    if len(text) > MAX_PASTE_CHARS:
        size = f"{len(text):,}".replace(",", "\u00a0")
        raise ImprovementError(
            f"Det inklistrade är för stort ({size} tecken; högst {_MOST_CHARS} får plats). "
            "Klistra in en del i taget.")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.rstrip("\n").count("\n") + 1
    if lines > MAX_PASTE_LINES:
        size, most = (f"{n:,}".replace(",", "\u00a0") for n in (lines, MAX_PASTE_LINES))
        raise ImprovementError(
            f"Det inklistrade är för stort ({size} rader). Högst {most} rader "
            "kan klistras in på en gång: klistra in en del i taget.")
    if _MARKUP.match(text):
        raise ImprovementError(
            "Det inklistrade ser ut som HTML (en webbsida), inte som celler. Kopiera "
            "cellerna ur ett kalkylblad eller en textfil, eller klistra in dem som "
            "oformaterad text.")
    bad = _BAD_CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise ImprovementError(
            f"Rad {line} i det inklistrade innehåller styrtecken (U+{ord(bad.group()):04X}) "
            "och ser inte ut som text ur ett kalkylblad eller en textfil.")
    separator = "\t" if "\t" in text else ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=False)
    rows, read = [], 0
    try:
        for cells in reader:
            rows.append((read + 1, cells))
            read = reader.line_num
    except csv.Error:
        raise ImprovementError(
            f"Rad {read + 1} i det inklistrade kan inte läsas (ett citattecken som aldrig "
            "avslutas?).") \
            from None
    while rows and not any(c.strip() for c in rows[-1][1]):
        rows.pop()              # the line break after the last line
    return rows


def _heading(cells: list[str], fields: Sequence[str | None]) -> bool:
    """A line of column headings: words, no digits, where periods and numbers go."""
    typed = [c for c, f in zip(cells, fields) if f in (*NUMBER_FIELDS, "period") and c.strip()]
    return bool(typed) and not any(ch.isdigit() for c in typed for ch in c)


def _mapping(width: int, fields: Sequence[str], kind: str) -> list[str | None] | None:
    """Which field each cell of a line goes to: the grid's columns that can be
    written (a proportion's Andel is computed), or, as wide as the grid is, its
    own columns with Andel left out (what copying whole rows of the grid gives).
    None if the block is wider than that."""
    computed = "value" if kind == "proportion" else None
    written = [f for f in fields if f != computed]
    if width <= len(written):
        return written[:width]
    if width == len(fields) and computed in fields:
        return [None if f == computed else f for f in fields]
    return None


def _is_period(text: str) -> bool:
    try:
        parse_period(text)
    except ImprovementError:
        return False
    return True


def read_data_block(text: str, kind: str, frequency: str, *, start: str | None = None,
                    fields: Sequence[str] | None = None) -> DataBlock:
    """A block of a measure's data, pasted: every line read and checked, or an
    ImprovementError that names the line and why, before anything is written.

    Two forms. (a) A period first on every line, then the measure's values:
    `period, value[, note]`, or for a proportion `period, numerator,
    denominator[, note]` (or the grid's own columns, `period, numerator,
    denominator, Andel, note`, the computed Andel left out). (b) No period:
    the values go into the grid's `fields` (its columns from the selected one
    rightward), period after period from `start` (the selected row's) by the
    measure's `frequency`, an empty line a period left as it is. Numbers and
    periods are read as when typed into a cell (decimal comma, ÅÅÅÅ-MM or
    ÅÅÅÅ-MM-DD); an empty cell leaves its field as it is. A first line of
    headings (no digits where periods and numbers go) is skipped. Cells are
    separated by tabs or, in a text without tabs, by semicolons."""
    rows = _cells(text)
    if not rows:
        raise ImprovementError("Det finns inget att klistra in.")
    own = measure_fields(kind)
    firsts = [c[0].strip() for _, c in rows[:2] if c]
    with_periods = any(map(_is_period, firsts))
    if not with_periods:
        fields = list(fields or ())
        if fields[:1] == ["value"] and kind == "proportion":
            raise ImprovementError("Andelen räknas ut av täljaren och nämnaren: markera "
                                   "täljaren eller nämnaren och klistra in där.")
        if not start or not fields or fields[0] not in own:
            raise ImprovementError(
                "Raderna börjar inte med en period (ÅÅÅÅ-MM). Skriv perioden först på "
                "varje rad, eller markera rutan där värdena ska börja och klistra in där.")
    allowed = ["period", *own] if with_periods else fields
    width = max(len(c) for _, c in rows)
    mapping = _mapping(width - 1, own, kind) if with_periods else \
        _mapping(width, fields, kind)
    if mapping is None:
        line = next(n for n, c in rows if len(c) == width)
        if with_periods:
            raise ImprovementError(
                f"Rad {line} i det inklistrade har {width} kolumner; högst {len(allowed)} får "
                "plats: perioden, måttets värden och en anteckning.")
        raise ImprovementError(
            f"Rad {line} i det inklistrade har {width} kolumner; högst {len(allowed)} får "
            "plats från den markerade rutan till tabellens sista.")
    if with_periods:
        mapping = ["period", *mapping]
    header = len(rows) > 1 and _heading(rows[0][1], mapping)
    if header:
        rows = rows[1:]
    lines: list[BlockLine] = []
    seen: dict[str, int] = {}
    period = start
    for index, (number, cells) in enumerate(rows):
        values: dict[str, Any] = {}
        try:
            if with_periods:
                if not cells or not cells[0].strip():
                    if any(c.strip() for c in cells):
                        raise ImprovementError("Perioden saknas först på raden.")
                    continue        # an empty line between the lines of data
                period = parse_period(cells[0])
            elif index:
                period = next_period(period, frequency)
            for cell, name in zip(cells, mapping):
                if name in (None, "period") or not cell.strip():
                    continue
                values[name] = clean_text(cell).strip() if name == "note" else \
                    parse_number(cell, _NUMBER_WHAT[name])
        except StoreError as exc:
            raise ImprovementError(f"Rad {number} i det inklistrade: {exc}") from None
        if period in seen:
            raise ImprovementError(
                f"Rad {number} i det inklistrade: perioden {period} finns redan på rad "
                f"{seen[period]}.")
        seen[period] = number
        if values:
            lines.append(BlockLine(number, period, values))
    if not lines:
        raise ImprovementError("Det finns inga värden att klistra in.")
    return DataBlock(tuple(lines), header, with_periods)
