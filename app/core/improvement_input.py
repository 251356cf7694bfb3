"""Numbers, dates and periods as users type them (decimal comma, ISO dates),
checked with Swedish messages, for the improvement work's facade methods. A
pasted block of data is read with these in app.core.improvement_paste."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from typing import Any

from app.core.store import StoreError
from app.core.validate import clean_text


class ImprovementError(StoreError):
    """A value the user typed that improvement work cannot store."""


def parse_number(value: Any, what: str = "Värdet") -> float | None:
    """A number as typed: decimal comma or point, spaces as thousands separators.
    Empty means missing (None)."""
    if value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        if value is not None and not math.isfinite(value):
            raise ImprovementError(f"{what} måste vara ett tal.")
        return None if value is None else float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    text = text.replace("\u2212", "-")  # the typographic minus sign
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise ImprovementError(f"{what} måste vara ett tal, inte ”{value}”.") from None
    if not math.isfinite(number):
        raise ImprovementError(f"{what} måste vara ett tal.")
    return number


def parse_date(value: Any, what: str = "Datumet") -> str:
    """An ISO date (ÅÅÅÅ-MM-DD) or empty."""
    text = clean_text(value).strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ImprovementError(f"{what} ska skrivas ÅÅÅÅ-MM-DD, inte ”{text}”.") from None


def parse_period(value: Any) -> str:
    """A measurement period: a month (ÅÅÅÅ-MM) or a day (ÅÅÅÅ-MM-DD)."""
    text = clean_text(value).strip()
    try:
        if len(text) == 7:
            date.fromisoformat(text + "-01")
            return text
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ImprovementError(
            f"Perioden ska skrivas ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, inte ”{text}”.") from None


def period_start(period: str) -> str:
    """The first day of a period as ÅÅÅÅ-MM-DD (ÅÅÅÅ-MM: the month's; a date:
    itself), which orders as the dates do."""
    return period + "-01" if len(period) == 7 else period


def json_list(value: Any) -> list:
    return json.loads(value) if value else []


def next_period(last: str | None, frequency: str) -> str:
    """The period after `last` (month ÅÅÅÅ-MM, week or quarter as a date);
    with no `last`, this month (or today, for a week or a quarter)."""
    if last is None:
        today = date.today()
        return f"{today:%Y-%m}" if frequency == "month" else today.isoformat()
    if len(last) == 7:
        year, month = map(int, last.split("-"))
        step = 3 if frequency == "quarter" else 1
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return f"{year:04d}-{month:02d}"
    start = date.fromisoformat(last)
    if frequency == "week":
        return (start + timedelta(days=7)).isoformat()
    month = start.month + (3 if frequency == "quarter" else 1)
    year, month = start.year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, 1).isoformat()
