"""Domain types of the mapping: organisations, catalogue, assessments, findings.

Labels are Swedish (the first UI language); the GUI passes them through Qt's
translator for English.

The records are NamedTuples, immutable like frozen dataclasses: this module is
on the start-up path, and a NamedTuple class costs a sixth of a dataclass's
generated code to create (about 4 ms less for the seven of them). No
dataclass is left here, so start-up does not import `dataclasses` at all.
"""

from __future__ import annotations

import math
from typing import NamedTuple

# Status of one method in one organisation: key -> (Swedish label, symbol).
# The symbol makes status readable without colour (colour-blind safe, print).
STATUSES: dict[str, tuple[str, str]] = {
    "unknown": ("Ej kartlagt", "?"),
    "not_used": ("Används inte", "✗"),
    "planned": ("Planeras", "○"),   # ○ ◑ ●: none, half, full - told apart at a glance
    "partly": ("Används delvis", "◑"),
    "systematic": ("Används systematiskt", "●"),
    "not_applicable": ("Ej aktuellt", "–"),
}
IN_USE = frozenset({"partly", "systematic"})

LEVELS: dict[str, str] = {
    "local": "Lokalt",
    "intra_regional": "Inomregionalt",
    "county": "Länsövergripande",
}

FINDING_CATEGORIES: dict[str, str] = {
    "competence": "Behov av kompetensutveckling",
    "guidelines": "Behov av gemensamma riktlinjer",
    "development": "Gemensamt utvecklingsområde",
    "coordination": "Samordning",
    "other": "Övrigt",
}

FINDING_STATUSES: dict[str, str] = {
    "open": "Öppen",
    "in_progress": "Pågår",
    "done": "Åtgärdad",
}

UNIT_KINDS: dict[str, str] = {
    "municipality": "Kommun",
    "region_division": "Regionens verksamhet",
    "other": "Annan organisation",
}


class MatrixRow(NamedTuple):
    id: str
    key: str
    title: str
    position: int


class MatrixColumn(NamedTuple):
    id: str
    key: str
    title: str
    short: str
    position: int


class Area(NamedTuple):
    id: str
    name: str
    unconfirmed: bool = False
    retired: bool = False
    position: int = 0


class Unit(NamedTuple):
    id: str
    name: str
    kind: str
    area_id: str | None
    retired: bool = False
    position: int = 0


class Item(NamedTuple):
    """A sub-heading of a matrix cell: one recommended method."""

    id: str
    row: str          # the row's heading, e.g. "Bedömning/dokumentation"
    column: str       # the column's heading, e.g. "Gravida kvinnor"
    title: str
    row_id: str
    column_id: str
    description: str = ""
    source: str = ""
    guideline: str = ""
    priority: int | None = None
    unconfirmed: bool = False
    retired: bool = False
    position: int = 0


class Assessment(NamedTuple):
    unit_id: str
    item_id: str
    status: str = "unknown"
    note: str = ""
    competence: str = ""
    staff_trained: str = ""
    need: str = ""
    level: str | None = None

    @property
    def status_label(self) -> str:
        return STATUSES[self.status][0]

    @property
    def symbol(self) -> str:
        return STATUSES[self.status][1]


ASSESSMENT_FIELDS = ("status", "note", "competence", "staff_trained", "need", "level")


class Finding(NamedTuple):
    """An improvement area (förbättringsområde) found in the mapping."""

    id: str
    title: str
    description: str = ""
    category: str = "other"
    level: str = "local"
    unit_id: str | None = None
    area_id: str | None = None
    cells: tuple[tuple[str, str], ...] = ()   # (row_id, column_id) pairs
    status: str = "open"


class CellState:
    """The four ways a roll-up of statuses (StatusTally.state) is shown: the
    matrix, presentation mode and the reports each word them their own way,
    but which one applies is decided once, so they cannot disagree. Plain str
    constants: enum.Enum costs more at import, and this module is on start-up."""

    NO_METHODS = "no_methods"            # a matrix cell with no methods at all
    NOT_APPLICABLE = "not_applicable"    # "Ej aktuellt": all mapped, none applicable
    UNMAPPED = "unmapped"                # "Ej kartlagt: N": nothing applicable mapped yet
    SHARE = "share"                      # "62 %", "31 av 50", maybe "Ej kartlagt: 18"


class StatusTally:
    """Statuses counted over `total` organisation × method pairs: a cell of the
    matrix over a scope (CellSummary), one method over a report's scope
    (report_content.MethodUse). One count for every share shown: of the
    mapped pairs only, the not mapped said beside it, never counted as "not
    in use" (while two of seventeen organisations are mapped, the county is
    what those two say, not 3 %)."""

    counts: dict[str, int]

    @property
    def total(self) -> int:
        raise NotImplementedError

    @property
    def applicable(self) -> int:
        return self.total - self.counts.get("not_applicable", 0)

    @property
    def in_use(self) -> int:
        return sum(self.counts.get(s, 0) for s in IN_USE)

    @property
    def unmapped(self) -> int:
        """Pairs not mapped yet ("Ej kartlagt"): with that status or none at all."""
        return max(0, self.total - sum(n for s, n in self.counts.items() if s != "unknown"))

    @property
    def mapped(self) -> int:
        """Pairs mapped and applicable: what the share in use is a share of."""
        return max(0, self.applicable - self.unmapped)

    @property
    def share_in_use(self) -> float | None:
        """In use / mapped, or None when nothing mapped is applicable."""
        return self.in_use / self.mapped if self.mapped > 0 else None

    @property
    def state(self) -> str:
        """A CellState: a share in use once anything applicable is mapped (what
        is not mapped said beside it), else whether something is still to map."""
        if self.mapped:
            return CellState.SHARE
        return CellState.UNMAPPED if self.unmapped else CellState.NOT_APPLICABLE


class CellSummary(StatusTally):
    """How far the methods of one matrix cell are used, over a scope.

    A plain class (no dataclass, whose module and generated code would be
    start-up's only use of it); compared by its fields like one."""

    def __init__(self, row_id: str, column_id: str, items: int = 0, units: int = 0,
                 counts: dict[str, int] | None = None) -> None:
        self.row_id = row_id
        self.column_id = column_id
        self.items = items              # active methods in the cell
        self.units = units              # organisations in the scope
        self.counts: dict[str, int] = {} if counts is None else counts  # status -> count

    def __repr__(self) -> str:
        return (f"CellSummary(row_id={self.row_id!r}, column_id={self.column_id!r}, "
                f"items={self.items}, units={self.units}, counts={self.counts!r})")

    def __eq__(self, other: object) -> bool:
        return type(other) is CellSummary and vars(self) == vars(other)

    __hash__ = None  # mutable: counted into as the matrix is rolled up

    @property
    def total(self) -> int:
        return self.items * self.units

    @property
    def assessed(self) -> int:
        return self.total - self.counts.get("unknown", 0)

    @property
    def state(self) -> str:
        # By its methods, not its pairs: a cell of an area with no organisations
        # yet (no pairs) has methods, and reads "Ej aktuellt" as it always has.
        return CellState.NO_METHODS if self.items == 0 else super().state


def code_label(field: str, value) -> str | None:
    """The Swedish label of a coded field's value (a status, level, finding
    category or kind of organisation), or None for any other field or value:
    how a conflict shows 'partly' in the GUI and the CLI."""
    codes = {"status": {key: label for key, (label, _) in STATUSES.items()},
             "level": LEVELS, "category": FINDING_CATEGORIES, "kind": UNIT_KINDS}
    return codes.get(field, {}).get(value) if isinstance(value, str) else None


def whole_percent(share: float) -> int:
    """A share in whole per cent, halves rounded up as people do (5 of 8 is
    63 %, where Python's round() gives 62): the matrix, presentation and PDFs
    print the same number, and their colours follow it."""
    return math.floor(round(share * 100, 6) + 0.5)
