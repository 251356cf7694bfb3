"""`vardflata sync …`: exchange changes between copies of a workspace by files.

    vardflata sync export WORKSPACE PACKAGE [--to COPY]
    vardflata sync import WORKSPACE PACKAGE
    vardflata sync join NEW_WORKSPACE PACKAGE
    vardflata sync folder WORKSPACE FOLDER

A refused package is one line on stderr and exit status 2; the workspace is
left as it was (app.cli.main turns PackageError, a StoreError, into that).
"""

from __future__ import annotations

from pathlib import Path

from app.cli import Parser, UserError
from app.core.sync_exchange import plural


def _parser() -> Parser:
    p = Parser(
        prog="vardflata sync",
        description="Synkronisera kopior av en arbetsyta genom att utbyta filer "
                    "(USB-minne, e-post eller en delad mapp).")
    sub = p.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    export = sub.add_parser("export", help="skriv ett synkpaket med ändringar")
    export.add_argument("workspace", type=Path, help="arbetsyta (.vardflata)")
    export.add_argument("package", type=Path, help="synkpaket att skriva (.vardsync)")
    export.add_argument("--to", metavar="KOPIA",
                        help="mottagarens namn eller dess början (eller början av dess "
                             "id): då bara det den saknar; utan --to blir paketet "
                             "fullständigt och passar alla")
    export.add_argument("--full", action="store_true",
                        help="fullständigt paket (standard utan --to)")
    imp = sub.add_parser("import", help="läs in ett synkpaket")
    imp.add_argument("workspace", type=Path, help="arbetsyta (.vardflata)")
    imp.add_argument("package", type=Path, help="synkpaket (.vardsync)")
    join = sub.add_parser("join", help="starta en ny kopia från ett fullständigt paket")
    join.add_argument("workspace", type=Path, help="ny arbetsyta att skapa (.vardflata)")
    join.add_argument("package", type=Path, help="fullständigt synkpaket (.vardsync)")
    folder = sub.add_parser("folder", help="synkronisera med en delad mapp")
    folder.add_argument("workspace", type=Path, help="arbetsyta (.vardflata)")
    folder.add_argument("folder", type=Path, help="synkmapp (sparas för kopian)")
    return p


def run(argv: list[str]) -> int:
    from app.workspace import Workspace

    args = _parser().parse_args(argv)
    if args.command == "join":
        if args.workspace.exists():
            raise UserError(f"Filen finns redan: {args.workspace}")
        _require_file(args.package, "Synkpaketet")
        ws = Workspace.join(args.workspace, args.package)
        with ws:
            print(f"Skapade {args.workspace}: en ny kopia av ”{ws.name}” "
                  f"({len(ws.units())} organisationer, {len(ws.items())} metoder).")
        return 0
    _require_file(args.workspace, "Arbetsytan")
    with Workspace.open(args.workspace) as ws:
        if args.command == "export":
            peer = None if args.to is None or args.full else ws.find_copy(args.to)
            result = ws.export_package(args.package, full=args.full,
                                       peer=peer.replica if peer else None)
            kind = ("fullständigt" if result.full else f"det {peer.name} saknar")
            print(f"Skrev {args.package}: {plural(result.rows, 'ändring', 'ändringar')} ({kind}), "
                  f"{_size(result.size)}.")
            _warn_personnummer(ws)
        elif args.command == "import":
            _require_file(args.package, "Synkpaketet")
            report = ws.import_package(args.package)
            print(report.summary())
            _print_conflicts(ws, report.conflicts)
        else:
            report = ws.sync_folder(args.folder)
            print(report.summary())
            for name in report.waiting:
                print(f"  väntar: {name}")
            for name, why in report.refused:
                print(f"  kunde inte läsas: {name}: {why}")
            _print_conflicts(ws, report.conflicts)
    return 0


def _require_file(path: Path, what: str) -> None:
    if path.is_dir():
        hint = " En synkmapp synkas med: vardflata sync folder." if what == "Synkpaketet" else ""
        raise UserError(f"{what} ska vara en fil, men {path} är en mapp.{hint}")
    if not path.is_file():
        raise UserError(f"{what} finns inte: {path}")


def _print_conflicts(ws, conflicts: list) -> None:
    names = ws.copy_names()

    def copy(replica: str) -> str:
        return names.get(replica) or f"kopia {replica[:8]}"

    for c in conflicts[:20]:
        if c.kind in ("deleted", "retired"):
            from app.core.sync_conflicts import edit_text

            editors = " och ".join(dict.fromkeys(copy(e[2]) for e in c.edits))
            fields = ", ".join(edit_text(e) for e in c.edits)
            done = "borttagen" if c.kind == "deleted" else "avvecklad"
            print(f"  konflikt: {c.record_label} – {done} på {copy(c.kept_version[1])} "
                  f"medan {editors} ändrade {fields}")
            continue
        print(f"  konflikt: {c.record_label} – {c.field_label}: behöll "
              f"{_value(c.field, c.kept)}, det andra värdet var {_value(c.field, c.other)}")
    if len(conflicts) > 20:
        print(f"  … och {len(conflicts) - 20} till. Granska dem i programmet "
              "(Arkiv → Synkronisering → Konflikter).")


def _value(field: str, value) -> str:
    """A conflict's value as the user knows it: a status or level by its Swedish
    label ("Används delvis", not 'partly'), nothing as (tomt)."""
    from app.core.model import code_label

    if value is None or value == "":
        return "(tomt)"
    return f"”{code_label(field, value) or value}”"


def _size(size: int) -> str:
    return f"{size / 1024:.1f} kB".replace(".", ",") if size < 1 << 20 else \
        f"{size / (1 << 20):.1f} MB".replace(".", ",")


def _warn_personnummer(ws) -> None:
    """A package goes by e-mail and USB stick: texts in use that look like a
    personnummer go with it (those written over are left out), so say where."""
    import sys

    from app.core.privacy import describe_hits, scan_workspace

    hits = scan_workspace(ws)
    if hits:
        print(f"vardflata: varning: {len(hits)} text(er) ser ut att innehålla personnummer "
              f"och följer med paketet – {describe_hits(hits)}. Ta bort dem och exportera "
              "igen innan paketet skickas.", file=sys.stderr)
