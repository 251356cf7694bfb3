"""CSV export for people who work in spreadsheets (Swedish Excel opens it as is).

UTF-8 with BOM (Excel's cue for UTF-8), semicolon separator and decimal comma
(Swedish regional settings), one file per table in the output folder. Text
cells that a spreadsheet would run as a formula (starting with =, +, -, @,
tab or CR) get a leading apostrophe. Numbers we format ourselves are never
escaped, so that -1,5 stays a number.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.model import FINDING_CATEGORIES, FINDING_STATUSES, LEVELS, STATUSES, UNIT_KINDS

if TYPE_CHECKING:
    from app.workspace import Workspace

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

FILES = {
    "assessments": "bedomningar.csv",
    "findings": "forbattringsomraden.csv",
    "measures": "matt_och_matvarden.csv",
    "cycles": "pgsa_cykler.csv",
}


Progress = Callable[[float, str], None]


class ExportCancelled(Exception):
    """The user cancelled; nothing half-written is left behind."""


def safe_cell(value: Any) -> str:
    """One cell as Swedish Excel reads it, never as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, (int, float)):
        return format_number(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def format_number(value: float | int | None) -> str:
    """Decimal comma, no thousands separator, no needless decimals."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:.10g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write one file atomically (temporary name, then rename); returns the row count."""
    temporary = path.with_name(path.name + ".tmp")
    count = 0
    try:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL,
                                lineterminator="\r\n")
            writer.writerow([safe_cell(h) for h in header])
            for row in rows:
                writer.writerow([safe_cell(v) for v in row])
                count += 1
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return count


def export_csv(ws: "Workspace", outdir: str | Path, *, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> dict[str, Path]:
    """Write every table as a CSV file in outdir; returns {table: path}."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    steps = [("assessments", "Bedömningar", _assessment_rows),
             ("findings", "Förbättringsområden", _finding_rows),
             ("measures", "Mått och mätvärden", _measure_rows),
             ("cycles", "PGSA-cykler", _cycle_rows)]
    written: dict[str, Path] = {}
    try:
        for n, (table, label, rows) in enumerate(steps):
            if cancelled and cancelled():
                raise ExportCancelled("Exporten avbröts.")
            if progress:
                progress(n / len(steps), f"Skriver {label.lower()} …")
            header, data = rows(ws)
            path = outdir / FILES[table]
            write_csv(path, header, data)
            written[table] = path
    except BaseException:  # a cancelled or failed export leaves no partial set behind
        for path in written.values():
            path.unlink(missing_ok=True)
        raise
    if progress:
        progress(1.0, "Klart.")
    return written


# -- the tables ------------------------------------------------------------------

def _assessment_rows(ws: "Workspace") -> tuple[list[str], Iterable[list[Any]]]:
    header = ["Organisation", "Typ", "Samverkansområde", "Rad", "Behovsområde", "Metod",
              "Prioritet", "Status", "Symbol", "Anteckning", "Kompetens", "Utbildad personal",
              "Behov", "Nivå"]
    areas = {a.id: a.name for a in ws.areas(include_retired=True)}
    recorded = {(a.unit_id, a.item_id): a for a in ws.assessments()}
    units, items = ws.units(), ws.items()

    def rows() -> Iterable[list[Any]]:
        from app.core.model import Assessment

        for unit in units:
            for item in items:
                a = recorded.get((unit.id, item.id)) or Assessment(unit.id, item.id)
                yield [unit.name, UNIT_KINDS.get(unit.kind, unit.kind),
                       areas.get(unit.area_id or "", ""), item.row, item.column, item.title,
                       item.priority, STATUSES[a.status][0], STATUSES[a.status][1], a.note,
                       a.competence, a.staff_trained, a.need, LEVELS.get(a.level or "", "")]
    return header, rows()


def _finding_rows(ws: "Workspace") -> tuple[list[str], Iterable[list[Any]]]:
    header = ["Rubrik", "Beskrivning", "Kategori", "Nivå", "Organisation",
              "Samverkansområde", "Rutor i matrisen", "Status"]
    units = {u.id: u.name for u in ws.units(include_retired=True)}
    areas = {a.id: a.name for a in ws.areas(include_retired=True)}
    rows = {r.id: r.title for r in ws.rows()}
    columns = {c.id: c.title for c in ws.columns()}
    data = [[f.title, f.description, FINDING_CATEGORIES.get(f.category, f.category),
             LEVELS.get(f.level, f.level), units.get(f.unit_id or "", ""),
             areas.get(f.area_id or "", ""),
             ", ".join(f"{rows.get(r, '?')} / {columns.get(c, '?')}" for r, c in f.cells),
             FINDING_STATUSES.get(f.status, f.status)]
            for f in ws.findings()]
    return header, data


def has_improvement(ws: "Workspace") -> bool:
    """Whether this build knows improvement work (issue 3) and the file has its
    tables (an older file opened read-only is not migrated)."""
    if not (callable(getattr(ws, "teams", None)) and callable(getattr(ws, "cycles", None))):
        return False
    return ws._store.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pgsa_cycles'"
    ).fetchone() is not None


def _measure_rows(ws: "Workspace") -> tuple[list[str], Iterable[list[Any]]]:
    header = ["Team", "Mål", "Mått", "Typ av mått", "Operationell definition", "Enhet",
              "Riktning", "Målvärde", "Uppföljning", "Period", "Värde", "Täljare",
              "Nämnare", "Anteckning"]
    if not has_improvement(ws):
        return header, []
    from app.core.improvement import DIRECTIONS, FOLLOW_UPS, MEASURE_TYPES

    data = []
    for team in ws.teams():
        aims = {a.id: a.title for a in ws.aims(team.id)}
        for m in ws.measures(team.id):
            info = [team.name, aims.get(m.aim_id or "", ""), m.name,
                    MEASURE_TYPES.get(m.type, m.type), m.definition, m.unit,
                    DIRECTIONS.get(m.direction, m.direction), m.target,
                    FOLLOW_UPS.get(m.follow_up or "", "")]
            points = ws.data_points(m.id)
            if not points:
                data.append(info + ["", None, None, None, ""])
            for p in points:
                data.append(info + [p.period, p.value, p.numerator, p.denominator, p.note])
    return header, data


def _cycle_rows(ws: "Workspace") -> tuple[list[str], Iterable[list[Any]]]:
    header = ["Team", "Cykel", "Namn", "Status", "Start", "Slut", "Förändringsidé",
              "Syfte med testet", "Frågor och förutsägelser", "Uppgifter", "Datainsamling",
              "Genomfört som planerat", "Observationer", "Problem", "Resultat", "Lärdomar",
              "Beslut", "Nästa steg"]
    if not has_improvement(ws):
        return header, []
    from app.core.improvement import CYCLE_STATUSES, DECISIONS

    teams = {t.id: t.name for t in ws.teams()}
    ideas = {i.id: i.title for i in ws.change_ideas()}
    data = []
    for c in ws.cycles():
        questions = "\n".join(f"{q.question} – Förutsägelse: {q.prediction}"
                              for q in c.questions)
        tasks = "\n".join(" · ".join(x for x in (t.what, t.who, t.when, t.where) if x)
                          for t in c.tasks)
        data.append([teams.get(c.team_id, ""), c.number, c.title,
                     CYCLE_STATUSES.get(c.status, c.status), c.starts_on, c.ends_on,
                     ideas.get(c.change_idea_id or "", ""), c.objective, questions, tasks,
                     c.data_plan, c.as_planned, c.observations, c.problems, c.results,
                     c.learning, DECISIONS.get(c.decision or "", ""), c.next_step])
    return header, data
