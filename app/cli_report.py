"""`vardflata report` and `vardflata export-csv`: reports without the GUI.

Both open the workspace read-only (so they work while the GUI has it open)
and run the privacy check first: if any text the export will contain looks
like a personnummer they refuse, naming where it stands, unless given
--allow-personal-data (a report checks its own text, CSV everything).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from app.cli import Parser, UserError

ALLOW_FLAG = "--allow-personal-data"


def _report_parser() -> Parser:
    p = Parser(prog="vardflata report",
                                description="Skriv en PDF-rapport från en arbetsyta.")
    p.add_argument("workspace", type=Path, help="arbetsytan (.vardflata)")
    p.add_argument("-o", "--output", type=Path, required=True, help="PDF-filen att skriva")
    p.add_argument("--unit", metavar="NAMN",
                   help="en organisation (organisationsrapport), eller ett samverkansområde "
                        "(områdesrapport)")
    p.add_argument("--kind", choices=("county", "unit", "cycles", "team"),
                   help="county = länsrapport (med --unit OMRÅDE: områdesrapport), "
                        "unit = organisationsrapport, "
                        "cycles = PGSA-blanketter, team = teamrapport (ett förbättringsteams "
                        "arbete, med --team NAMN)")
    p.add_argument("--short", action="store_true",
                   help="bara sammanfattningen, kort version för politiker och styrgrupp "
                        "(läns-, områdes- och organisationsrapport)")
    p.add_argument("--blank", action="store_true", help="en tom PGSA-blankett (med --kind cycles)")
    p.add_argument("--cycle", metavar="TITEL", action="append",
                   help="bara den PGSA-cykeln (titeln eller en unik del av den; "
                        "\"TITEL #N\" för cykel nummer N när flera har samma titel); "
                        "kan anges flera gånger; ger --kind cycles")
    p.add_argument("--team", metavar="NAMN",
                   help="förbättringsteamet (namnet eller en unik del av det): teamrapporten "
                        "med --kind team, annars bara PGSA-cykler i det teamet (med --cycle "
                        "eller --kind cycles)")
    p.add_argument(ALLOW_FLAG, dest="allow", action="store_true",
                   help="skriv rapporten fast texten ser ut att innehålla personnummer")
    return p


def _csv_parser() -> Parser:
    p = Parser(prog="vardflata export-csv",
                                description="Exportera tabellerna som CSV för Excel.")
    p.add_argument("workspace", type=Path, help="arbetsytan (.vardflata)")
    p.add_argument("outdir", type=Path, help="mappen att skriva CSV-filerna i")
    p.add_argument(ALLOW_FLAG, dest="allow", action="store_true",
                   help="exportera fast texten ser ut att innehålla personnummer")
    return p


def _open(path: Path):
    from app.workspace import Workspace

    if not path.is_file():
        raise UserError(f"Arbetsytan finns inte: {path}")
    return Workspace.open(path, read_only=True)


def check_privacy(ws, allow: bool, kind: str = "csv", scope: str | None = None, *,
                  blank: bool = False, cycle_ids: list[str] | None = None) -> None:
    """Refuse (one line) if the text the export will contain looks like a
    personnummer, unless allowed. CSV holds everything; a report its own text."""
    from app.core.privacy import describe_hits, scan_export

    hits = scan_export(ws, kind, scope, blank=blank, cycle_ids=cycle_ids)
    if not hits:
        return
    if allow:
        print(f"vardflata: varning: {len(hits)} text(er) ser ut att innehålla personnummer; "
              f"exporterar ändå ({ALLOW_FLAG}).", file=sys.stderr)
        return
    raise UserError(f"Texten ser ut att innehålla personnummer – {describe_hits(hits)}. "
                    f"Rätta texten, eller använd {ALLOW_FLAG}.")


_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]\s*")


def spaced_key(name: str) -> str:
    """A name for matching as written: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def listed(names: list[str], most: int = 4) -> str:
    """The first few names for a message, "…" when there are more."""
    return "; ".join(names[:most]) + (" …" if len(names) > most else "")


def name_key(name: str) -> str:
    """A name as typed or as stored, for matching: case, spacing and the kind of
    dash ignored ("region norrbotten - vuxenpsykiatri" finds "Region Norrbotten –
    vuxenpsykiatri")."""
    name = unicodedata.normalize("NFKC", name)
    return _DASHES.sub("-", spaced_key(name))


def resolve_scope(ws, name: str | None, kind: str | None) -> tuple[str, str | None]:
    """(kind, scope id) from --unit NAME and --kind.

    A name matches as written (case and spacing ignored), else with any dash for
    any other; two that match alike are refused, naming both."""
    if name is None:
        if kind == "unit":
            raise UserError("En organisationsrapport behöver --unit NAMN.")
        return kind or "county", None
    units, areas = ws.units(), ws.areas()
    for key in (spaced_key, name_key):
        wanted = key(name)
        found_units = [u for u in units if key(u.name) == wanted]
        found_areas = [a for a in areas if key(a.name) == wanted]
        if kind == "unit" and found_units:
            found_areas = []
        if kind == "county" and found_areas:
            found_units = []
        found = [*found_units, *found_areas]
        if len(found) > 1:
            names = listed([x.name for x in found])
            raise UserError(f"{name} kan avse flera: {names}. Skriv namnet exakt som det står.")
        if found_units:
            if kind == "county":
                raise UserError(f"{found_units[0].name} är en organisation; en läns- eller "
                                "områdesrapport gäller länet eller ett samverkansområde. "
                                "Använd --kind unit.")
            return kind or "unit", found_units[0].id
        if found_areas:
            if kind == "unit":
                raise UserError(f"{name} är ett samverkansområde; välj en organisation, eller "
                                "--kind county för områdesrapporten.")
            return kind or "county", found_areas[0].id
    _refuse_retired(ws, name)
    raise UserError(f"Okänd organisation eller okänt område: {name}")


def _refuse_retired(ws, name: str) -> None:
    """A retired organisation or area is not unknown: say it is retired, so the
    user does not hunt for a misspelling."""
    for key in (spaced_key, name_key):
        wanted = key(name)
        for unit in ws.units(include_retired=True):
            if unit.retired and key(unit.name) == wanted:
                raise UserError(f"{unit.name} är avvecklad. Återta organisationen för att "
                                "göra en rapport om den.")
        for area in ws.areas(include_retired=True):
            if area.retired and key(area.name) == wanted:
                raise UserError(f"Samverkansområde {area.name} är avvecklat. Återta området "
                                "för att göra en rapport om det.")


def find_team(ws, name: str):
    """The team named `name` (case, spacing and kind of dash ignored, as --unit),
    else the one team whose name contains it."""
    teams = ws.teams()
    for key in (spaced_key, name_key):
        found = [t for t in teams if key(t.name) == key(name)]
        if found:
            break
    else:
        found = [t for t in teams if name_key(name) and name_key(name) in name_key(t.name)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(f"Inget team heter {name!r}.")
    names = listed([t.name for t in found])
    raise UserError(f"{name} kan avse flera team: {names}. Skriv namnet exakt som det står.")


_NUMBER = re.compile(r"\s*#\s*(\d+)\s*$")


def find_cycle(ws, title: str, *, team=None, scope: str | None = None) -> str:
    """The id of the PGSA cycle whose title is `title`, or the one cycle whose
    title contains it (case and spacing ignored), among the cycles of `team`
    (a Team) or of the teams working in `scope` when given. "TITEL #N" picks
    cycle number N of those titled TITEL."""
    number = None
    match = _NUMBER.search(title)
    if match and title[:match.start()].strip():
        title, number = title[:match.start()], int(match.group(1))
    teams = ws.teams()
    if team is not None:
        teams = [team]
    elif scope is not None:
        units = {u.id for u in ws.scope_units(scope)}
        teams = [t for t in teams if units & set(t.unit_ids)]
    team_names = {t.id: t.name for t in teams}
    wanted = spaced_key(title)
    cycles = [c for t in teams for c in ws.cycles(t.id)]
    exact = [c for c in cycles if spaced_key(c.title) == wanted]
    found = exact or [c for c in cycles if wanted and wanted in c.title.casefold()]
    if number is not None:
        found = [c for c in found if c.number == number]
    if len(found) == 1:
        return found[0].id
    where = f" i {team.name}" if team is not None else ""
    if not found:
        shown = f"{title.strip()} #{number}" if number is not None else title
        raise UserError(f"Ingen PGSA-cykel{where} heter {shown!r}.")
    if len({spaced_key(c.title) for c in found}) == 1:
        names = listed([f"#{c.number} i {team_names[c.team_id]}" for c in found], most=6)
        raise UserError(f"{len(found)} PGSA-cykler{where} heter {found[0].title!r} "
                        f"({names}). Välj med --team NAMN eller --cycle \"TITEL #N\".")
    names = listed([c.title for c in found])
    raise UserError(f"{len(found)} PGSA-cykler passar {title!r} ({names}); skriv mer av titeln.")


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(fraction: float, text: str) -> None:
        print(f"\r{round(fraction * 100):3d} % {text[:60]:<60}", end="", file=sys.stderr)
        if fraction >= 1:
            print(file=sys.stderr)
    return show


def _warn(sentence: str) -> None:
    """What the report could not print as typed: one line each on stderr."""
    print(f"vardflata: varning: {sentence}", file=sys.stderr)


def run_report(argv: list[str]) -> int:
    """`vardflata report WORKSPACE -o OUT.pdf [--unit NAME] [--kind ...] [--team NAME]
    [--cycle TITLE]`; `--kind team --team NAME` for a team report."""
    from app.core.report_content import ReportOptions, short_options
    from app.core.reports import make_report

    args = _report_parser().parse_args(argv)
    if not args.output.parent.resolve().is_dir():
        raise UserError(f"Mappen finns inte: {args.output.parent}")
    with _open(args.workspace) as ws:
        if args.cycle and args.kind not in (None, "cycles"):
            raise UserError("--cycle hör till --kind cycles.")
        if args.kind == "team":
            path = _team_report(ws, args)
            print(f"Skrev {path}.")
            return 0
        if args.team and args.kind not in (None, "cycles"):
            raise UserError("--team hör till --kind team eller --kind cycles.")
        cycles = bool(args.cycle or args.team)
        kind, scope = resolve_scope(ws, args.unit, "cycles" if cycles else args.kind)
        team = find_team(ws, args.team) if args.team else None
        if args.cycle:
            cycle_ids = [find_cycle(ws, title, team=team, scope=scope) for title in args.cycle]
        elif team is not None:
            cycle_ids = [c.id for c in ws.cycles(team.id)]
        else:
            cycle_ids = None
        if args.short and kind not in ("county", "unit"):
            raise UserError("--short hör till läns-, områdes- och organisationsrapporten.")
        # The summary first, as the dialog has it; with --short, it alone.
        options = short_options() if args.short else ReportOptions(summary=True)
        check_privacy(ws, args.allow, kind, scope, blank=args.blank, cycle_ids=cycle_ids)
        path = make_report(ws, args.output, kind, scope, blank=args.blank, options=options,
                           cycle_ids=cycle_ids, progress=_progress(), warn=_warn)
    print(f"Skrev {path}.")
    return 0


def _team_report(ws, args) -> Path:
    """`--kind team --team NAME`: one team's improvement work."""
    from app.core.reports import make_report

    if not args.team:
        raise UserError("En teamrapport behöver --team NAMN.")
    if args.unit:
        raise UserError("--unit hör inte till --kind team: teamet väljs med --team NAMN.")
    if args.blank:
        raise UserError("--blank hör till --kind cycles.")
    team = find_team(ws, args.team)
    check_privacy(ws, args.allow, "team", team.id)
    return make_report(ws, args.output, "team", team.id, progress=_progress(), warn=_warn)


def run_csv(argv: list[str]) -> int:
    """`vardflata export-csv WORKSPACE OUTDIR`."""
    from app.core.csv_export import export_csv

    args = _csv_parser().parse_args(argv)
    if args.outdir.exists() and not args.outdir.is_dir():
        raise UserError(f"Det finns redan en fil med det namnet: {args.outdir}")
    with _open(args.workspace) as ws:
        check_privacy(ws, args.allow, "csv")
        written = export_csv(ws, args.outdir, progress=_progress())
    print(f"Skrev {len(written)} CSV-filer i {args.outdir}: "
          + ", ".join(p.name for p in written.values()) + ".")
    return 0
