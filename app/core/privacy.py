"""The privacy check: text that looks like a Swedish personnummer.

Vårdfläta holds organisation-level data only. A personnummer typed into a
note is a mistake, and the check runs before anything leaves the workspace
(PDF, CSV) and while the user types (`typing_warning`). A match needs a
valid Luhn check digit and a plausible date, so ordinary numbers rarely
trigger it; a samordningsnummer (day + 60) counts too.

Accepted forms: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDDNNNN,
YYMMDD NNNN, YYYYMMDD-NNNN and YYYYMMDDNNNN.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app.core.schema import RECORD_TABLES

if TYPE_CHECKING:
    from app.core.report_scope import Selection
    from app.workspace import Workspace

# Between date and number: "-" as typed, or as Word and Outlook autocorrect it (en
# or em dash, minus sign, non-breaking hyphen), "+" (100 years or older), a space
# or a no-break space. Every dash means what "-" means.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_PATTERN = re.compile(r"(?<![\d])(\d{2})?(\d{6})([-+ \u00a0\u202f" + _DASHES
                      + r"]?)(\d{4})(?![\d])")


@dataclass(frozen=True)
class PersonnummerMatch:
    start: int
    end: int
    text: str

    @property
    def masked(self) -> str:
        """The number with its last four digits hidden, for messages and logs."""
        return self.text[:-4] + "****"


@dataclass(frozen=True)
class PrivacyHit:
    """One personnummer-like text in the workspace, and where it stands."""

    table: str
    record_id: str
    field: str
    where: str            # Swedish, e.g. "Kartläggning: Kiruna – AUDIT …, fältet ”anteckning”"
    masked: str           # the number with the last four digits hidden
    unit_id: str | None = None   # the organisation it belongs to, for "go fix it"

    def __str__(self) -> str:
        return f"{self.where}: {self.masked}"


def luhn_valid(digits: str) -> bool:
    """The Luhn check of a personnummer's ten digits (YYMMDDNNNC)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _plausible_date(century: str | None, yymmdd: str, sep: str, today: date) -> bool:
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if dd > 60:  # samordningsnummer
        dd -= 60
    if century is not None:
        year = int(century) * 100 + yy
    else:  # the latest such year not in the future; "+" means 100 years earlier
        year = today.year - today.year % 100 + yy
        if (year, mm, dd) > (today.year, today.month, today.day):
            year -= 100
        if sep == "+":
            year -= 100
    try:
        born = date(year, mm, dd)
    except ValueError:
        return False
    return date(1870, 1, 1) <= born <= today


def find_personnummer(text: str, *, today: date | None = None) -> list[PersonnummerMatch]:
    """Every personnummer-like part of text (valid check digit, plausible date)."""
    if not text or len(text) < 10:
        return []
    today = today or date.today()
    found = []
    for m in _PATTERN.finditer(text):
        century, yymmdd, sep, tail = m.groups()
        if century is not None and sep == "+":
            continue
        if luhn_valid(yymmdd + tail) and _plausible_date(century, yymmdd, sep, today):
            found.append(PersonnummerMatch(m.start(), m.end(), m.group(0)))
    return found


def contains_personnummer(text: str) -> bool:
    return bool(find_personnummer(text))


def _replace_personnummer(text: str, replacement) -> str:
    """text with each personnummer m replaced by replacement(m)."""
    for m in reversed(find_personnummer(text)):
        text = text[:m.start] + replacement(m) + text[m.end:]
    return text


def mask_personnummer(text: str) -> str:
    """text with every personnummer's last four digits replaced by ****."""
    return _replace_personnummer(text, lambda m: m.masked)


REMOVED = "(personnummer borttaget)"


def blank_personnummer(text: str) -> str:
    """text with every personnummer's digits replaced by x ("xxxxxxxx-xxxx"):
    nothing of it left, the text's length kept."""
    return _replace_personnummer(text, lambda m: re.sub(r"\d", "x", m.text))


def remove_personnummer(text: str) -> str:
    """text with every personnummer replaced by REMOVED: a masked number
    (19121212-****) still gives the birth date, which with the note's context
    can be enough to tell who it is."""
    return _replace_personnummer(text, lambda _m: REMOVED)


def typing_warning(text: str) -> str | None:
    """A Swedish warning for the GUI while the user types, or None."""
    found = find_personnummer(text)
    if not found:
        return None
    return (f"Texten ser ut att innehålla ett personnummer ({found[0].masked}). "
            "Skriv inga personuppgifter i Vårdfläta.")


# -- the whole workspace -------------------------------------------------------

FIELD_LABELS: dict[str, str] = {
    "name": "namn", "title": "rubrik", "description": "beskrivning", "note": "anteckning",
    "competence": "kompetens", "staff_trained": "utbildad personal", "need": "behov",
    "source": "källa", "guideline": "riktlinje", "publisher": "utgivare", "short": "kortnamn",
    "definition": "operationell definition", "unit": "enhet", "frequency": "mätfrekvens",
    "follow_up": "uppföljning", "period": "period", "objective": "syfte med testet",
    "questions": "frågor och förutsägelser", "tasks": "uppgifter", "data_plan": "datainsamling",
    "observations": "observationer", "problems": "problem", "results": "resultat",
    "learning": "lärdomar", "decision": "beslut", "next_step": "nästa steg",
    "correction": "åtgärd", "amount": "hur mycket", "sessions": "lärandeseminarier",
    "reported": "rapporterad", "month": "månad",
}

TABLE_LABELS: dict[str, str] = {
    "guidelines": "Riktlinje", "matrix_rows": "Matrisens rad", "matrix_columns": "Behovsområde",
    "areas": "Samverkansområde", "units": "Organisation", "items": "Metod",
    "assessments": "Kartläggning", "findings": "Förbättringsområde",
    "teams": "Förbättringsteam", "aims": "Mål", "measures": "Mått",
    "data_points": "Mätvärde", "change_ideas": "Förändringsidé", "pgsa_cycles": "PGSA-cykel",
    "progress_scores": "Bedömning av framsteg", "deviations": "Avvikelse",
}

# Fields that hold ids, keys, JSON id lists or numbers, never typed text.
_NOT_TEXT = {"key", "cells", "unit_ids", "measure_ids", "splits", "position", "priority",
             "value", "numerator", "denominator", "score", "target", "freeze"}


def _text_fields(table: str) -> list[str]:
    return [f for f in RECORD_TABLES[table]
            if f not in _NOT_TEXT and not f.endswith(("_id", "_ids"))]


@functools.cache
def typed_text_fields(table: str) -> frozenset[str]:
    """The fields of a table that people type text into."""
    return frozenset(_text_fields(table))


def iter_texts(ws: "Workspace", only: "Selection | None" = None, *, digits: bool = False):
    """(table, record, field, value) of every live, non-empty text field; only the
    records and fields of `only` (app.core.report_scope) when given. digits: only
    texts with six digits in a row (what a personnummer needs), found by SQLite."""
    conn = ws._store.conn
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in RECORD_TABLES:
        pick = None if only is None else only.get(table)
        if (only is not None and pick is None) or table not in present:
            continue           # not in this export, or an older file opened read-only
        if pick is not None and pick.ids is not None and not pick.ids:
            continue
        existing = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        columns = ("id",) + tuple(c for c in RECORD_TABLES[table] if c in existing)
        fields = [f for f in _text_fields(table) if f in existing and (
            pick is None or pick.fields is None or f in pick.fields)]
        if not fields:
            continue
        where = "deleted = 0"
        if digits:
            where += " AND (" + " OR ".join(
                f"{f} GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9]*'" for f in fields) + ")"
        for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}"):
            record = dict(zip(columns, row))
            if pick is not None and pick.ids is not None and \
                    record.get(pick.column) not in pick.ids:
                continue
            for field in fields:
                value = record.get(field)
                if isinstance(value, str) and value:
                    yield table, record, field, value


def where_of(names: "_Names", table: str, record: dict[str, Any], field: str) -> str:
    """Where a text stands, in Swedish (personnummer in names masked)."""
    return f"{names.describe(table, record)}, fältet ”{FIELD_LABELS.get(field, field)}”"


def scan_workspace(ws: "Workspace", *, today: date | None = None,
                   only: "Selection | None" = None) -> list[PrivacyHit]:
    """Every personnummer-like text in the workspace's live records, or in those an
    export prints (`only`, from app.core.report_scope; the workspace's name counts
    always: every page of a report carries it)."""
    hits: list[PrivacyHit] = []
    names = _Names(ws)
    for m in find_personnummer(ws.name, today=today):
        hits.append(PrivacyHit("meta", "name", "name", "Arbetsytans namn", m.masked))
    for table, record, field, value in iter_texts(ws, only, digits=True):
        for m in find_personnummer(value, today=today):
            hits.append(PrivacyHit(table, record["id"], field,
                                   where_of(names, table, record, field),
                                   m.masked, names.unit_of(table, record)))
    return hits


def scan_export(ws: "Workspace", kind: str, scope: str | None = None, options=None, *,
                blank: bool = False, cycle_ids: list[str] | None = None,
                today: date | None = None) -> list[PrivacyHit]:
    """The check before an export: the text that export will contain (a report's
    own records; the blank form none; CSV everything)."""
    if kind == "csv":
        return scan_workspace(ws, today=today)
    from app.core.report_scope import report_selection

    return scan_workspace(ws, today=today, only=report_selection(
        ws, kind, scope, options, blank=blank, cycle_ids=cycle_ids))


def describe_hits(hits: list[PrivacyHit], limit: int = 3) -> str:
    """One line naming where the first hits stand (for the CLI's refusal)."""
    shown = "; ".join(str(h) for h in hits[:limit])
    more = f" (och {len(hits) - limit} till)" if len(hits) > limit else ""
    return f"{shown}{more}"


class _Names:
    """Names of the records a hit refers to, masked, looked up when needed."""

    def __init__(self, ws: "Workspace") -> None:
        self._ws = ws
        self._conn = ws._store.conn
        self._cache: dict[str, dict[str, dict[str, Any]]] = {}

    def _record(self, table: str, record_id: Any) -> dict[str, Any]:
        if table not in self._cache:
            existing = {r[1] for r in self._conn.execute(f"PRAGMA table_info({table})")}
            columns = ("id",) + tuple(c for c in RECORD_TABLES[table] if c in existing)
            self._cache[table] = {
                r[0]: dict(zip(columns, r)) for r in self._conn.execute(
                    f"SELECT {', '.join(columns)} FROM {table}")}
        return self._cache[table].get(record_id) or {}

    def _label(self, table: str, record_id: Any) -> str:
        record = self._record(table, record_id)
        text = record.get("title") or record.get("name") or record.get("period") or "?"
        return mask_personnummer(str(text))

    def unit_of(self, table: str, record: dict[str, Any]) -> str | None:
        if table == "units":
            return record["id"]
        return record.get("unit_id")

    def describe(self, table: str, record: dict[str, Any]) -> str:
        what = TABLE_LABELS.get(table, table)
        if table == "assessments":
            item = self._record("items", record["item_id"])
            column = self._label("matrix_columns", item.get("column_id"))
            return (f"{what}: {self._label('units', record['unit_id'])} – "
                    f"{self._label('items', record['item_id'])} ({column})")
        own = self._label(table, record["id"])
        text = f"{what} ”{own}”"
        if table == "pgsa_cycles" and record.get("number") is not None:
            # The number the log shows (two copies' cycle 1 are shown as 1 and 2).
            try:
                number = self._ws.cycle(record["id"]).number
            except KeyError:       # a deleted cycle or team: its stored number
                number = record["number"]
            text = f"{what} {number} ”{own}”"
        team_id = record.get("team_id")
        if table == "data_points":
            text += f" i måttet ”{self._label('measures', record.get('measure_id'))}”"
            team_id = self._record("measures", record.get("measure_id")).get("team_id")
        if team_id and table != "teams":
            text += f" (team ”{self._label('teams', team_id)}”)"
        if record.get("unit_id") and table not in ("units",):
            text += f" ({self._label('units', record['unit_id'])})"
        return text
