"""Messages of the Qt-free core (Swedish, the first language), shown in the
user's language: the core cannot call Qt's translator, so each dialog lists
the messages it may receive (with QT_TRANSLATE_NOOP, for lupdate) and
translates them on arrival. A message not listed is shown as it comes."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


class CoreMessages:
    def __init__(self, context: str, messages, patterns=()) -> None:
        """messages: the fixed texts; patterns: (regex with one group, text with %1)."""
        self._context = context
        self._messages = frozenset(messages)
        self._patterns = tuple((re.compile(p, re.DOTALL) if isinstance(p, str) else p, t)
                               for p, t in patterns)

    def __call__(self, text: str) -> str:
        if text in self._messages:
            return QCoreApplication.translate(self._context, text)
        for pattern, template in self._patterns:
            match = pattern.fullmatch(text)
            if match:
                return QCoreApplication.translate(self._context, template).replace(
                    "%1", match.group(1))
        return text
