"""CSV export for people who work in spreadsheets (Swedish Excel opens it as is).

UTF-8 with BOM (Excel's cue for UTF-8), semicolon separator and decimal comma
(Swedish regional settings), one file per table in the output folder. Text
cells that a spreadsheet would run as a formula (starting with =, +, -, @,
tab or CR) get a leading apostrophe. Numbers we format ourselves are never
escaped, so that -1,5 stays a number. A line break inside a note stays in its
cell (the cell is quoted); rows end with CR LF.

New columns go at the end of a file, never between the old ones: spreadsheets
and queries built on an earlier export keep finding their columns. Every row
ends with its record's id and the time of the record's latest change (local
time, "2026-11-24 14:05", from the newest of the versions the store keeps per
field), so that next month's export can be joined with this one and what
changed found. A proportion's Värde is its fraction to 4 decimals; the column
Andel (%) gives it in per cent to one decimal, as the app shows it.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.files import replace_file
from app.core.hlc import physical_ms
from app.core.model import FINDING_CATEGORIES, FINDING_STATUSES, LEVELS, STATUSES, UNIT_KINDS
from app.core.store import StoreError, lock_path

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

# Appended after the original columns (spreadsheets built on those keep working):
# Ja/Nej for whether the row's organisation or collaboration area is retired.
RETIRED_COLUMNS = ["Organisation avvecklad", "Samverkansområde avvecklad"]
# Appended last in every file: the row's record and its latest change.
RECORD_COLUMNS = ["Id", "Senast ändrad"]
# Appended last in matt_och_matvarden.csv: a proportion in per cent, then the
# measure's and the data point's ids and latest changes.
MEASURE_COLUMNS = ["Andel (%)", "Mått-id", "Mått senast ändrad", "Mätvärde-id",
                   "Mätvärde senast ändrad"]


class ExportCancelled(Exception):
    """The user cancelled; nothing half-written is left behind."""


class ExportError(StoreError):
    """A CSV export that cannot be written as asked (in Swedish)."""


def is_workspace_file(workspace: Path, target: Path) -> bool:
    """Whether writing target would replace the workspace file itself or one of the
    files SQLite and the lock keep beside it (-wal, -shm, -journal, -lock)."""
    workspace = Path(workspace)
    own = [workspace, *(Path(f"{workspace}{s}") for s in ("-wal", "-shm", "-journal")),
           lock_path(workspace)]
    try:
        wanted = Path(target).resolve()
    except OSError:
        return False
    for path in own:
        try:
            if wanted == path.resolve() or (wanted.exists() and path.exists()
                                            and os.path.samefile(wanted, path)):
                return True
        except OSError:
            continue
    return False


def file_head(path: Path, size: int = 4096) -> bytes | None:
    """The first bytes of an existing file (None if there is none or it cannot be read)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return None


_BINARY = bytes(range(9)) + bytes(range(14, 32))


def _is_text(head: bytes) -> bool:
    """Whether a file's first bytes may be a CSV file (text, not a PDF): a workspace,
    a sync package or a PDF is not, and is never written over by an export."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):   # UTF-16, as Excel saves "Unicode text"
        return True
    return not head.startswith(b"%PDF") and not any(b in _BINARY for b in head)


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


def fraction(value: float | None) -> float | None:
    """A proportion (0–1) to 4 decimals: 0,3333 for a third, not 0,3333333333."""
    return None if value is None else round(value, 4)


def per_cent(value: float | None) -> float | None:
    """A proportion in per cent to one decimal, as the app's data grid shows it."""
    return None if value is None else round(value * 100, 1)


def changed_at(hlc: int | None) -> str:
    """A version's time in local time, "2026-11-24 14:05" (Excel reads it as a
    date and time); empty for none, or for a clock beyond what the system can show."""
    if hlc is None:
        return ""
    try:
        return datetime.fromtimestamp(physical_ms(hlc) / 1000).strftime("%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):
        return ""


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write one file atomically (temporary name, then rename); returns the row count."""
    temporary = _temporary(path)
    try:
        count = _write_rows(temporary, header, rows)
        replace_file(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return count


def _temporary(path: Path) -> Path:
    return path.with_name(path.name + ".tmp")


def _write_rows(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL,
                            lineterminator="\r\n")
        writer.writerow([safe_cell(h) for h in header])
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
            count += 1
    return count


def check_outputs(ws: "Workspace", paths: Iterable[Path]) -> None:
    """Refuse to write over the workspace, a folder, or an existing file that is
    not a CSV file (a PDF, a sync package, a workspace under another name)."""
    for path in paths:
        if is_workspace_file(ws.path, path):
            raise ExportError(f"{path.name} är arbetsytans egen fil och skrivs inte över. "
                              "Välj en annan mapp för exporten.")
        if path.is_dir():
            raise ExportError(f"Det finns en mapp med namnet {path.name} i {path.parent}; "
                              "välj en annan mapp för exporten.")
        head = file_head(path) if path.exists() else None
        if head is not None and not _is_text(head):
            raise ExportError(f"Det finns redan en fil {path.name} som inte är en CSV-fil; "
                              "den skrivs inte över. Välj en annan mapp för exporten.")


def export_csv(ws: "Workspace", outdir: str | Path, *, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> dict[str, Path]:
    """Write every table as a CSV file in outdir; returns {table: path}.

    All files are written under temporary names first and take their names only
    when every one succeeded: a cancelled or failed export leaves the files of an
    earlier export as they were, and no partial set behind. (Only the renames at
    the very end, a moment's work, could leave old and new files side by side.)"""
    outdir = Path(outdir)
    steps = [("assessments", "Bedömningar", _assessment_rows),
             ("findings", "Förbättringsområden", _finding_rows),
             ("measures", "Mått och mätvärden", _measure_rows),
             ("cycles", "PGSA-cykler", _cycle_rows)]
    targets = {table: outdir / FILES[table] for table, _, _ in steps}
    if outdir.exists() and not outdir.is_dir():
        raise ExportError(f"Det finns redan en fil med det namnet: {outdir}")
    check_outputs(ws, targets.values())
    created = _missing_folders(outdir)
    try:
        written = _write_all(ws, steps, targets, outdir, progress, cancelled)
    except BaseException:
        _remove_empty(created)
        raise
    if progress:
        progress(1.0, "Klart.")
    return written


def _missing_folders(outdir: Path) -> list[Path]:
    """The folders an export would create for outdir, deepest first."""
    missing = []
    for folder in (outdir, *outdir.parents):
        if folder.exists():
            break
        missing.append(folder)
    return missing


def _remove_empty(folders: list[Path]) -> None:
    """Take away the folders this export created, deepest first, if they are still
    empty: a failed or cancelled export (a full disk) leaves no empty folder behind."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def _write_all(ws, steps, targets, outdir: Path, progress, cancelled) -> dict[str, Path]:
    path = outdir
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        written: dict[str, Path] = {}
        try:
            for n, (table, label, rows) in enumerate(steps):
                if cancelled and cancelled():
                    raise ExportCancelled("Exporten avbröts.")
                if progress:
                    progress(n / len(steps), f"Skriver {label.lower()} …")
                header, data = rows(ws)
                path = targets[table]
                _write_rows(_temporary(path), header, data)
                written[table] = path
            for path in written.values():
                replace_file(_temporary(path), path)
        finally:
            for target in targets.values():
                try:
                    _temporary(target).unlink(missing_ok=True)
                except OSError:
                    pass
    except OSError as exc:
        from app.sync import file_error

        raise file_error(exc, path) from None
    return written


# -- the tables ------------------------------------------------------------------

def _assessment_rows(ws: "Workspace") -> tuple[list[str], Iterable[list[Any]]]:
    header = ["Organisation", "Typ", "Samverkansområde", "Rad", "Behovsområde", "Metod",
              "Prioritet", "Status", "Symbol", "Anteckning", "Kompetens", "Utbildad personal",
              "Behov", "Nivå", *RETIRED_COLUMNS, "Metod avvecklad", *RECORD_COLUMNS]
    areas = {a.id: a for a in ws.areas(include_retired=True)}
    recorded = {(a.unit_id, a.item_id): a for a in ws.assessments()}
    changes = ws.last_changes("assessments")
    # Retired organisations and methods are exported too, marked in the last
    # columns: an analyst filters them out, rather than missing them unawares.
    units, items = ws.units(include_retired=True), ws.items(include_retired=True)

    def rows() -> Iterable[list[Any]]:
        from app.core.ids import derived_id
        from app.core.model import Assessment

        for unit in units:
            for item in items:
                a = recorded.get((unit.id, item.id)) or Assessment(unit.id, item.id)
                area = areas.get(unit.area_id or "")
                # The id an assessment of this method has (or gets, when first made).
                record_id = derived_id(unit.id, item.id)
                yield [unit.name, UNIT_KINDS.get(unit.kind, unit.kind),
                       area.name if area else "", item.row, item.column, item.title,
                       item.priority, STATUSES[a.status][0], STATUSES[a.status][1], a.note,
                       a.competence, a.staff_trained, a.need, LEVELS.get(a.level or "", ""),
                       unit.retired, area.retired if area else None, item.retired,
                       record_id, changed_at(changes.get(record_id))]
    return header, rows()


def _finding_rows(ws: "Workspace") -> tuple[list[str], Iterable[list[Any]]]:
    header = ["Rubrik", "Beskrivning", "Kategori", "Nivå", "Organisation",
              "Samverkansområde", "Rutor i matrisen", "Status", *RETIRED_COLUMNS,
              *RECORD_COLUMNS]
    units = {u.id: u for u in ws.units(include_retired=True)}
    areas = {a.id: a for a in ws.areas(include_retired=True)}

    def name(record) -> str:
        return record.name if record else ""

    def retired(record) -> bool | None:
        return record.retired if record else None       # empty when none is named

    rows = {r.id: r.title for r in ws.rows()}
    columns = {c.id: c.title for c in ws.columns()}
    changes = ws.last_changes("findings")
    data = [[f.title, f.description, FINDING_CATEGORIES.get(f.category, f.category),
             LEVELS.get(f.level, f.level), name(unit := units.get(f.unit_id or "")),
             name(area := areas.get(f.area_id or "")),
             ", ".join(f"{rows.get(r, '?')} / {columns.get(c, '?')}" for r, c in f.cells),
             FINDING_STATUSES.get(f.status, f.status), retired(unit), retired(area),
             f.id, changed_at(changes.get(f.id))]
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
              "Nämnare", "Anteckning", *MEASURE_COLUMNS]
    if not has_improvement(ws):
        return header, []
    from app.core.improvement import DIRECTIONS, FOLLOW_UPS, MEASURE_TYPES

    measure_changes = ws.last_changes("measures")
    point_changes = ws.last_changes("data_points")
    data = []
    for team in ws.teams():
        aims = {a.id: a.title for a in ws.aims(team.id)}
        for m in ws.measures(team.id):
            share = m.kind == "proportion"
            info = [team.name, aims.get(m.aim_id or "", ""), m.name,
                    MEASURE_TYPES.get(m.type, m.type), m.definition, m.unit,
                    DIRECTIONS.get(m.direction, m.direction),
                    fraction(m.target) if share else m.target,
                    FOLLOW_UPS.get(m.follow_up or "", "")]
            ids = [m.id, changed_at(measure_changes.get(m.id))]
            points = ws.data_points(m.id)
            if not points:
                data.append(info + ["", None, None, None, "", None, *ids, "", ""])
            for p in points:
                data.append(info + [p.period, fraction(p.value) if share else p.value,
                                    p.numerator, p.denominator, p.note,
                                    per_cent(p.value) if share else None,
                                    *ids, p.id, changed_at(point_changes.get(p.id))])
    return header, data


def _cycle_rows(ws: "Workspace") -> tuple[list[str], Iterable[list[Any]]]:
    header = ["Team", "Cykel", "Namn", "Status", "Start", "Slut", "Förändringsidé",
              "Syfte med testet", "Frågor och förutsägelser", "Uppgifter", "Datainsamling",
              "Genomfört som planerat", "Observationer", "Problem", "Resultat", "Lärdomar",
              "Beslut", "Nästa steg", *RECORD_COLUMNS]
    if not has_improvement(ws):
        return header, []
    from app.core.improvement import CYCLE_STATUSES, DECISIONS

    teams = {t.id: t.name for t in ws.teams()}
    ideas = {i.id: i.title for i in ws.change_ideas()}
    changes = ws.last_changes("pgsa_cycles")
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
                     c.learning, DECISIONS.get(c.decision or "", ""), c.next_step,
                     c.id, changed_at(changes.get(c.id))])
    return header, data
