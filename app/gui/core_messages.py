"""Messages of the Qt-free core (Swedish, the first language), shown in the
user's language: the core cannot call Qt's translator, so the GUI lists the
messages it may receive (with QT_TRANSLATE_NOOP, for lupdate) and translates
them on arrival. A message not listed is shown as it comes.

Progress texts are listed by the dialog that shows them (`CoreMessages`);
error messages are read off the core's source by tools/update_translations.py
into app/gui/core_errors.py and shown with `error_text`.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_PLACEHOLDER = re.compile(r"%(\d+)")


class CoreMessages:
    def __init__(self, context: str, messages, patterns=(), labels=(),
                 translate_parts: bool = False) -> None:
        """messages: the fixed texts; patterns: (regex with groups, text with %1, %2, …);
        labels: words that are translated where they fill in a pattern's part.
        With translate_parts, a part is translated when it is a known message or
        label itself, or matches a pattern (a message quoted in another)."""
        self._context = context
        self._messages = frozenset(messages)
        self._known = self._messages | frozenset(labels)
        self._patterns = tuple((re.compile(p, re.DOTALL) if isinstance(p, str) else p, t)
                               for p, t in patterns)
        self._translate_parts = translate_parts

    def __call__(self, text: str) -> str:
        return self._text(text, self._messages, depth=0)

    def _text(self, text: str, known: frozenset, depth: int) -> str:
        if text in known:
            return QCoreApplication.translate(self._context, text)
        for pattern, template in self._patterns:
            match = pattern.fullmatch(text)
            if match:
                parts = match.groups()
                if self._translate_parts and depth < 2:
                    parts = [self._text(p, self._known, depth + 1) for p in parts]
                # One pass: a part that contains "%2" is not filled in again.
                return _PLACEHOLDER.sub(
                    lambda m: parts[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(parts)
                    else m.group(0),
                    QCoreApplication.translate(self._context, template))
        return text


_errors: CoreMessages | None = None


def core_errors() -> CoreMessages:
    """The core's error messages (app/gui/core_errors.py, generated), context CoreErrors."""
    global _errors
    if _errors is None:
        from app.gui import core_errors as listed

        _errors = CoreMessages("CoreErrors", listed.MESSAGES, listed.PATTERNS,
                               listed.LABELS, translate_parts=True)
    return _errors


def error_text(error: BaseException | str) -> str:
    """An error of the core (StoreError, PackageError, …, or its text) in the
    user's language: a known message translated, a known pattern's template
    translated with its parts filled in (Swedish labels among them translated,
    names from the user's data as they are); anything else as it is."""
    text = error if isinstance(error, str) else (str(error) or type(error).__name__)
    return core_errors()(text)
