"""What each synced field may hold: what the facade itself would write.

A sync package is checked against these before anything of it is imported
(app.sync.check_rows). Its checksums only say that it arrived as written; a
value the facade never writes (an unknown status, a list that is no JSON, a
name that is a number, text that is no Unicode) would otherwise import and
then break the views and reports of this copy, and of every copy it is passed
on to. Each rule takes all of a package's values of one field at once: a
national workspace's package has some 200,000 of them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from typing import Any

from app.core import improvement as records
from app.core.improvement_input import ImprovementError, parse_date, parse_period
from app.core.model import FINDING_CATEGORIES, FINDING_STATUSES, LEVELS, STATUSES, UNIT_KINDS
from app.core.schema import FOREIGN_KEYS, RECORD_TABLES

Rule = Callable[[list], bool]
_NONE = type(None)


def _types(*kinds: type) -> Rule:
    allowed = set(kinds)
    return lambda values: set(map(type, values)) <= allowed


_text = _types(str)
_text_or_none = _types(str, _NONE)
_integer_or_none = _types(int, _NONE)
_numbers = _types(int, float, _NONE)


def _number_or_none(values: list) -> bool:
    """A finite number or none: JSON's NaN and Infinity read as floats, but
    the facade refuses them (a chart of them would draw nothing sensible)."""
    return _numbers(values) and all(v is None or math.isfinite(v) for v in values)


def _among(choices: Iterable, *, optional: bool = False) -> Rule:
    allowed = set(choices) | ({None} if optional else set())
    # By type first: 1 == 1.0 == True would pass a set test for "1".
    kinds = {type(c) for c in allowed}
    return lambda values: set(map(type, values)) <= kinds and set(values) <= allowed


_flag = _among((0, 1))
_flag_or_none = _among((0, 1), optional=True)


def _each(check: Callable[[Any], bool]) -> Rule:
    return lambda values: all(map(check, values))


def _written_by(parse: Callable[[str], str]) -> Callable[[Any], bool]:
    """Text that `parse` (the facade's own, from app.core.improvement_input)
    leaves as it is: what the facade writes, nothing else."""
    def check(text: Any) -> bool:
        if not isinstance(text, str):
            return False
        try:
            return parse(text) == text
        except ImprovementError:
            return False
    return check


_is_period = _written_by(parse_period)          # a month ÅÅÅÅ-MM or a day ÅÅÅÅ-MM-DD
_is_iso_date = _written_by(parse_date)


def _is_date(text: Any) -> bool:
    """An ISO date, or none ("" or None)."""
    return text is None or text == "" or _is_iso_date(text)


def _is_month(text: Any) -> bool:
    return isinstance(text, str) and len(text) == 7 and _is_period(text)


def _json_list(item: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """JSON text of a list whose every item passes `item`; none ("" or None) is
    an empty list, as app.core.improvement_input.json_list reads it."""
    def check(text: Any) -> bool:
        if text is None or text == "":
            return True
        if not isinstance(text, str):
            return False
        try:
            value = json.loads(text)
        except ValueError:
            return False
        return isinstance(value, list) and all(map(item, value))
    return check


def _record(*keys: str) -> Callable[[Any], bool]:
    """A JSON object with exactly these keys, each a text (records.Task(**task))."""
    wanted = set(keys)
    return lambda value: (isinstance(value, dict) and set(value) == wanted
                          and all(isinstance(v, str) for v in value.values()))


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_cell(value: Any) -> bool:
    return (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, str) for v in value))


_ids = _each(_json_list(_is_text))
_cells = _each(_json_list(_is_cell))

# Names and titles: always text (a view or a PDF heading works on them as text).
_NAMED = {
    ("guidelines", "title"), ("matrix_rows", "title"), ("matrix_columns", "title"),
    ("matrix_columns", "short"), ("areas", "name"), ("units", "name"), ("items", "title"),
    ("findings", "title"), ("teams", "name"), ("aims", "title"), ("measures", "name"),
    ("change_ideas", "title"), ("pgsa_cycles", "title"), ("deviations", "title"),
}

RULES: dict[tuple[str, str], Rule] = {
    # Not bounded by clean_name's NAME_LIMIT: a package carries a field's whole
    # history, and a name written long before the limit (since renamed) would
    # stop every package of that copy for good. MAX_TEXT bounds it; views and
    # PDF headings cut long names.
    **{key: _text for key in _NAMED},
    ("guidelines", "year"): _integer_or_none,
    ("items", "priority"): _integer_or_none,
    ("assessments", "status"): _among(STATUSES),
    ("assessments", "level"): _among(LEVELS, optional=True),
    ("units", "kind"): _among(UNIT_KINDS),
    ("findings", "category"): _among(FINDING_CATEGORIES),
    ("findings", "level"): _among(LEVELS),
    ("findings", "status"): _among(FINDING_STATUSES),
    ("findings", "cells"): _cells,
    ("teams", "unit_ids"): _ids,
    ("teams", "sessions"): _each(_json_list(_record("title", "date"))),
    ("aims", "due"): _each(_is_date),
    ("measures", "type"): _among(records.MEASURE_TYPES),
    ("measures", "kind"): _among(records.VALUE_KINDS),
    ("measures", "direction"): _among(records.DIRECTIONS),
    ("measures", "frequency"): _among(records.FREQUENCIES),
    ("measures", "follow_up"): _among(records.FOLLOW_UPS, optional=True),
    ("measures", "chart"): _among(records.CHARTS),
    ("measures", "rules"): _among(records.RULES),
    ("measures", "target"): _number_or_none,
    ("measures", "freeze"): lambda values: _integer_or_none(values) and all(
        v is None or v >= 1 for v in values),
    ("measures", "splits"): _each(_json_list(_is_period)),
    ("data_points", "period"): _each(_is_period),
    ("data_points", "value"): _number_or_none,
    ("data_points", "numerator"): _number_or_none,
    ("data_points", "denominator"): _number_or_none,
    ("change_ideas", "cells"): _cells,
    ("change_ideas", "finding_ids"): _ids,
    ("pgsa_cycles", "number"): _integer_or_none,
    ("pgsa_cycles", "status"): _among(records.CYCLE_STATUSES),
    ("pgsa_cycles", "decision"): _among(records.DECISIONS, optional=True),
    ("pgsa_cycles", "starts_on"): _each(_is_date),
    ("pgsa_cycles", "ends_on"): _each(_is_date),
    ("pgsa_cycles", "questions"): _each(_json_list(_record("question", "prediction"))),
    ("pgsa_cycles", "tasks"): _each(_json_list(_record("what", "who", "when", "where"))),
    ("pgsa_cycles", "measure_ids"): _ids,
    ("pgsa_cycles", "as_planned"): _flag_or_none,
    ("progress_scores", "month"): _each(_is_month),
    ("progress_scores", "score"): _among(records.PROGRESS_SCALE),
    ("deviations", "reported"): _each(_is_date),
    ("deviations", "corrected"): _each(_is_date),
}


def _every_field() -> None:
    """Flags, positions and references by their names in every table; the
    rest of the fields not named above are text (or none)."""
    for table, fields in RECORD_TABLES.items():
        for field in ("unconfirmed", "retired", "deleted"):
            RULES[table, field] = _flag
        RULES[table, "position"] = _integer_or_none
        for field in FOREIGN_KEYS.get(table, {}):
            RULES[table, field] = _text_or_none       # a record's id, or none
        for field in fields:
            RULES.setdefault((table, field), _text_or_none)


_every_field()


def first_bad_field(tables: Iterable[str], fields: Iterable[str],
                    values: Iterable[Any]) -> str | None:
    """The first "table.field" of the rows (three columns) with a value its
    field may not hold, or None. Text must also be Unicode that can be stored
    (a lone surrogate, "\\ud800", cannot)."""
    groups: dict[tuple[str, str], list] = {}
    for key, value in zip(zip(tables, fields), values):
        groups.setdefault(key, []).append(value)
    for (table, field), found in groups.items():
        texts = [v for v in found if type(v) is str]
        if not RULES.get((table, field), _text_or_none)(found) or not _encodable(texts):
            return f"{table}.{field}"
    return None


def _encodable(texts: list[str]) -> bool:
    try:
        "".join(texts).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
