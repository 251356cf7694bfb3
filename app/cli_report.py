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
                   help="organisation (organisationsrapport) eller samverkansområde")
    p.add_argument("--kind", choices=("county", "unit", "cycles"),
                   help="county = länsrapport, unit = organisationsrapport, "
                        "cycles = PGSA-blanketter")
    p.add_argument("--blank", action="store_true", help="en tom PGSA-blankett (med --kind cycles)")
    p.add_argument("--cycle", metavar="TITEL", action="append",
                   help="bara den PGSA-cykeln (titeln eller en unik del av den); "
                        "kan anges flera gånger; ger --kind cycles")
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


def name_key(name: str) -> str:
    """A name as typed or as stored, for matching: case, spacing and the kind of
    dash ignored ("region norrbotten - vuxenpsykiatri" finds "Region Norrbotten –
    vuxenpsykiatri")."""
    name = unicodedata.normalize("NFKC", name)
    return _DASHES.sub("-", " ".join(name.split())).casefold()


def resolve_scope(ws, name: str | None, kind: str | None) -> tuple[str, str | None]:
    """(kind, scope id) from --unit NAME and --kind.

    A name matches as written (case and spacing ignored), else with any dash for
    any other; two that match alike are refused, naming both."""
    if name is None:
        if kind == "unit":
            raise UserError("En organisationsrapport behöver --unit NAMN.")
        return kind or "county", None
    units, areas = ws.units(), ws.areas()
    for key in (lambda n: " ".join(n.split()).casefold(), name_key):
        wanted = key(name)
        found_units = [u for u in units if key(u.name) == wanted]
        found_areas = [a for a in areas if key(a.name) == wanted]
        if kind == "unit" and found_units:
            found_areas = []
        if kind == "county" and found_areas:
            found_units = []
        found = [*found_units, *found_areas]
        if len(found) > 1:
            names = "; ".join(x.name for x in found[:4]) + (" …" if len(found) > 4 else "")
            raise UserError(f"{name} kan avse flera: {names}. Skriv namnet exakt som det står.")
        if found_units:
            if kind == "county":
                raise UserError(f"{found_units[0].name} är en organisation; en länsrapport "
                                "gäller länet eller ett samverkansområde. Använd --kind unit.")
            return kind or "unit", found_units[0].id
        if found_areas:
            if kind == "unit":
                raise UserError(f"{name} är ett samverkansområde; välj en organisation.")
            return kind or "county", found_areas[0].id
    raise UserError(f"Okänd organisation eller okänt område: {name}")


def find_cycle(ws, title: str) -> str:
    """The id of the PGSA cycle whose title is `title`, or the one cycle whose
    title contains it (case and spacing ignored)."""
    wanted = " ".join(title.split()).casefold()
    cycles = [c for team in ws.teams() for c in ws.cycles(team.id)]
    exact = [c for c in cycles if " ".join(c.title.split()).casefold() == wanted]
    found = exact or [c for c in cycles if wanted and wanted in c.title.casefold()]
    if len(found) == 1:
        return found[0].id
    if not found:
        raise UserError(f"Ingen PGSA-cykel heter {title!r}.")
    names = "; ".join(c.title for c in found[:4]) + (" …" if len(found) > 4 else "")
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
    """`vardflata report WORKSPACE -o OUT.pdf [--unit NAME] [--kind ...] [--cycle TITLE]`."""
    from app.core.reports import make_report

    args = _report_parser().parse_args(argv)
    if not args.output.parent.resolve().is_dir():
        raise UserError(f"Mappen finns inte: {args.output.parent}")
    with _open(args.workspace) as ws:
        if args.cycle and args.kind not in (None, "cycles"):
            raise UserError("--cycle hör till --kind cycles.")
        kind, scope = resolve_scope(ws, args.unit, "cycles" if args.cycle else args.kind)
        cycle_ids = [find_cycle(ws, title) for title in args.cycle] if args.cycle else None
        check_privacy(ws, args.allow, kind, scope, blank=args.blank, cycle_ids=cycle_ids)
        path = make_report(ws, args.output, kind, scope, blank=args.blank,
                           cycle_ids=cycle_ids, progress=_progress(), warn=_warn)
    print(f"Skrev {path}.")
    return 0


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
