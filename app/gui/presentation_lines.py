"""The texts of a method on a slide, beside its status: what one organisation
filled in (Kompetens, Utbildad personal, Behov/brist, Nivå), and for an area or
the county which organisations have which status ("● Luleå, Piteå · ◑ Boden ·
ej kartlagt: 12 org."; names where they fit, else counts), named in full for
the method being discussed."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QCoreApplication

from app.core.privacy import mask_personnummer
from app.gui.labels import level_label, status_label, status_symbol
from app.workspace import Workspace

# Most used first: what the group looks for; what is not mapped last.
SPREAD_ORDER = ("systematic", "partly", "planned", "not_used", "not_applicable", "unknown")
NAMES_SHOWN = 3      # a status of more organisations says how many, beside their names
NBSP = "\u00a0"
FIELD_CHARS = 160    # of a field beside the status: the method list keeps its room
LINE_BUDGET = 60     # characters of a method's compact line, its title apart


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatrixPresentation", text)


def names_by_status(ws: Workspace, scope: str | None, item_ids: list[str]
                    ) -> dict[str, dict[str, list[str]]]:
    """{item id: {status: names of the scope's organisations, in the tree's order}}."""
    units = ws.scope_units(scope)
    wanted = set(item_ids)
    status = {(a.unit_id, a.item_id): a.status for a in ws.assessments()
              if a.item_id in wanted}
    spread: dict[str, dict[str, list[str]]] = {item_id: {} for item_id in item_ids}
    for item_id in item_ids:
        for unit in units:
            spread[item_id].setdefault(status.get((unit.id, item_id), "unknown"),
                                       []).append(unit.name)
    return spread


def _count(n: int) -> str:
    return _tr("%1 org.").replace("%1", str(n))


def spread_line(spread: dict[str, list[str]], budget: int = LINE_BUDGET) -> str:
    """One line: each status's organisations named, the longest lists counted
    instead ("● 7 org.") until the line is within `budget` characters (about a
    line on a projector, where the type follows the screen)."""
    named = {status: names for status, names in spread.items() if names}
    counted: set[str] = set()

    def line() -> str:
        parts = []
        for status in SPREAD_ORDER:
            names = named.get(status)
            if not names:
                continue
            # A line breaks between parts or names, never inside "ej kartlagt: 12 org."
            shown = _count(len(names)).replace(" ", NBSP) if status in counted \
                else ", ".join(names)
            if status == "unknown":
                parts.append(_tr("ej kartlagt: %1").replace(" ", NBSP).replace("%1", shown))
            elif status == "not_applicable":
                parts.append(_tr("ej aktuellt: %1").replace(" ", NBSP).replace("%1", shown))
            else:
                parts.append(f"{status_symbol(status)}{NBSP}{shown}")
        return " · ".join(parts)

    text = line()
    while len(text) > budget:
        longest = max((s for s in named if s not in counted and len(named[s]) > 1),
                      key=lambda s: len(", ".join(named[s])), default=None)
        if longest is None:
            break                          # single names left: the line wraps
        counted.add(longest)
        text = line()
    return text


def spread_lines(spread: dict[str, list[str]]) -> list[str]:
    """The method being discussed: a line a status, its label said and every
    organisation named ("◑ Används delvis: Boden, Kalix")."""
    lines = []
    for status in SPREAD_ORDER:
        names = spread.get(status)
        if not names:
            continue
        head = status_label(status)
        if len(names) > NAMES_SHOWN:
            head += f" ({len(names)})"
        # Unmapped and not applicable said in words only: "– Ej aktuellt" read as minus.
        sign = "" if status in ("unknown", "not_applicable") else f"{status_symbol(status)} "
        lines.append(f"{sign}{head}: {', '.join(names)}")
    return lines


def _shortened(text: str) -> str:
    return textwrap.shorten(text, FIELD_CHARS, placeholder=" …")


def details_text(assessment) -> str:
    """What an organisation wrote beside the status, projected: a line a field
    filled in (a long one shortened by whole words; the method list keeps its
    room), then which are not. A personnummer shows masked."""
    fields = ((_tr("Kompetens"), assessment.competence),
              (_tr("Utbildad personal"), assessment.staff_trained),
              (_tr("Behov/brist"), assessment.need),
              (_tr("Nivå"), level_label(assessment.level)))
    lines = [f"{label}: {_shortened(mask_personnummer(value))}"
             for label, value in fields if value and value.strip()]
    empty = [label for label, value in fields if not (value and value.strip())]
    if empty:
        lines.append(_tr("Ej ifyllt: %1").replace("%1", ", ".join(empty)))
    return "\n".join(lines)
