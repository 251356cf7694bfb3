"""Checks and cleaning of user input, shared by every part of the facade.

User text is stored as typed, minus control characters that break files,
CSV and PDF reports; names and titles are one line and never empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.core.store import StoreError


def pick_fields(fields: dict[str, Any], allowed: Iterable[str]) -> dict[str, Any]:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise TypeError(f"unknown field(s): {', '.join(sorted(unknown))}")
    return dict(fields)


def check_choice(value: Any, choices: dict, what: str) -> None:
    if value not in choices:
        raise StoreError(f"{what}: okänt värde {value!r}.")


# Control characters go (C0 and C1: 0x9B starts a terminal's escape sequence, as
# ESC does), but the line breaks of other programs become ours: Word's manual
# line break is a vertical tab, a page break a form feed, and Unicode has its
# own line and paragraph separators (and NEL).
_CONTROL = ({c: None for c in [*range(32), *range(0x7F, 0xA0)] if chr(c) not in "\n\t"}
            | {c: "\n" for c in (0x0B, 0x0C, 0x85, 0x2028, 0x2029)})
# In names and titles, also the bidirectional overrides and isolates: they show
# a name reversed (a spoof in a list of names, a line of the CLI).
_BIDI = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def clean_text(text: Any) -> str:
    """User text as typed, minus control characters that break files and reports.

    A lone surrogate (half of a UTF-16 pair, from a broken paste) cannot be
    stored as UTF-8: a pair becomes its character, a lone half U+FFFD (�). Text
    longer than a sync package carries in one field (app.sync.MAX_TEXT) is
    refused here: stored, it would be refused by every copy it is sent to."""
    from app.sync import MAX_TEXT

    if text is None:
        return ""
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if len(text) > MAX_TEXT:
        raise StoreError(f"Texten är för lång ({len(text)} tecken); högst {MAX_TEXT} "
                         "tecken får plats i ett fält. Korta texten.")
    return text


# A name or title is said in lists, headings and file names: a paragraph pasted
# into one (a million characters came through) made reports fail or take minutes.
NAME_LIMIT = 1000


def clean_name(text: Any, what: str, *, limit: int | None = NAME_LIMIT) -> str:
    """A name or title: one line, not empty, at most `limit` characters (None:
    the caller bounds it, as a copy's name is, or cut)."""
    cleaned = " ".join(clean_text(text).translate(_BIDI).split())
    if not cleaned:
        raise StoreError(f"{what} får inte vara tomt.")
    if limit is not None and len(cleaned) > limit:
        raise StoreError(f"{what}: för lång text ({len(cleaned)} tecken); högst {limit} "
                         "tecken. Längre text hör hemma i beskrivningen.")
    return cleaned
