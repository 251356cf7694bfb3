"""User-visible names of the core's keys, through Qt's translator.

The core keeps Swedish labels (the first UI language); tr_label() looks them
up in the "Domain" translation context so English can be added with Linguist.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from app.core.model import FINDING_CATEGORIES, LEVELS, STATUSES, UNIT_KINDS

# Keys pressed in the method list: digit -> status.
STATUS_KEYS: dict[int, str] = {
    0: "unknown", 1: "not_used", 2: "planned", 3: "partly", 4: "systematic",
    5: "not_applicable",
}
KEY_OF_STATUS = {status: key for key, status in STATUS_KEYS.items()}

# Listed so that pyside6-lupdate finds the core's labels.
_DOMAIN_STRINGS = [
    QT_TRANSLATE_NOOP("Domain", "Ej kartlagt"),
    QT_TRANSLATE_NOOP("Domain", "Används inte"),
    QT_TRANSLATE_NOOP("Domain", "Planeras"),
    QT_TRANSLATE_NOOP("Domain", "Används delvis"),
    QT_TRANSLATE_NOOP("Domain", "Används systematiskt"),
    QT_TRANSLATE_NOOP("Domain", "Ej aktuellt"),
    QT_TRANSLATE_NOOP("Domain", "Lokalt"),
    QT_TRANSLATE_NOOP("Domain", "Inomregionalt"),
    QT_TRANSLATE_NOOP("Domain", "Länsövergripande"),
    QT_TRANSLATE_NOOP("Domain", "Behov av kompetensutveckling"),
    QT_TRANSLATE_NOOP("Domain", "Behov av gemensamma riktlinjer"),
    QT_TRANSLATE_NOOP("Domain", "Gemensamt utvecklingsområde"),
    QT_TRANSLATE_NOOP("Domain", "Samordning"),
    QT_TRANSLATE_NOOP("Domain", "Övrigt"),
    QT_TRANSLATE_NOOP("Domain", "Kommun"),
    QT_TRANSLATE_NOOP("Domain", "Regionens verksamhet"),
    QT_TRANSLATE_NOOP("Domain", "Annan organisation"),
    # The matrix's rows and columns (the catalogue's, as seeded).
    QT_TRANSLATE_NOOP("Domain", "Bedömning/dokumentation"),
    QT_TRANSLATE_NOOP("Domain", "Intervention/åtgärder"),
    QT_TRANSLATE_NOOP("Domain", "Uppföljning/utvärdering"),
    QT_TRANSLATE_NOOP("Domain", "Kompetens hos personalen"),
    QT_TRANSLATE_NOOP("Domain", "Upptäckt/förebyggande verksamhet"),
    QT_TRANSLATE_NOOP("Domain", "Upptäckt/förebyggande"),
    QT_TRANSLATE_NOOP("Domain", "Missbruk och beroende av narkotika"),
    QT_TRANSLATE_NOOP("Domain", "Narkotika"),
    QT_TRANSLATE_NOOP("Domain", "Missbruk och beroende av alkohol"),
    QT_TRANSLATE_NOOP("Domain", "Alkohol"),
    QT_TRANSLATE_NOOP("Domain", "Gravida kvinnor"),
    QT_TRANSLATE_NOOP("Domain", "Missbruk och beroende och samtidig psykiatrisk och/eller "
                                "somatisk sjukdom"),
    QT_TRANSLATE_NOOP("Domain", "Samsjuklighet"),
]


def tr_label(swedish: str) -> str:
    return QCoreApplication.translate("Domain", swedish)


def copy_label(names: dict[str, str] | None, replica: str) -> str:
    """A copy by its known name, else "kopia" and the start of its id."""
    return (names or {}).get(replica) or QCoreApplication.translate(
        "Domain", "kopia %1").replace("%1", replica[:8])


_SIX_DIGITS = re.compile(r"\d{6}")   # a cheap first look for a personnummer


def masked(text):
    """Typed text as a table shows it: a personnummer's last four digits hidden
    (19121212-****), as presentation mode shows it, for a projected table is
    seen by the whole room. Editors keep the text as typed, to mend it."""
    if isinstance(text, str) and _SIX_DIGITS.search(text):
        from app.core.privacy import mask_personnummer

        return mask_personnummer(text)
    return text


def status_label(status: str) -> str:
    return tr_label(STATUSES[status][0])


def status_symbol(status: str) -> str:
    return STATUSES[status][1]


def status_text(status: str) -> str:
    """Symbol and label, e.g. '◑ Används delvis' (never colour alone)."""
    return f"{status_symbol(status)} {status_label(status)}"


def level_label(level: str | None) -> str:
    return tr_label(LEVELS[level]) if level in LEVELS else ""


def category_label(category: str) -> str:
    return tr_label(FINDING_CATEGORIES.get(category, category))


def kind_label(kind: str) -> str:
    return tr_label(UNIT_KINDS.get(kind, kind))


def escape(text: str) -> str:
    """`text` for a rich-text label: shown literally, whatever markup it holds."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_tooltip(text) -> str:
    """A tooltip that shows `text` (typed by someone) as typed. Qt takes a
    tooltip that looks like markup for rich text, so a name such as '<b>x</b>'
    would be rendered: such text is escaped into rich text that keeps its line
    breaks (and wraps lines longer than a tooltip's 80 characters). Any other
    text stays plain, and looks as it always did. Empty text: no tooltip."""
    from PySide6.QtGui import Qt       # the GUI has it loaded when a tooltip is asked for

    text = "" if text is None else str(text)
    if not Qt.mightBeRichText(text):
        return text
    wrap = "pre-wrap" if max(map(len, text.splitlines())) > 80 else "pre"
    return f"<p style='white-space:{wrap}'>{escape(text)}</p>"
