"""Command line: `vardflata [PATH]` opens the GUI; subcommands work without it.

A user error is one clear line on stderr and exit status 2, never a traceback.
Qt is imported only when the GUI starts, so the subcommands stay light.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from app import __version__

EXIT_USER_ERROR = 2

# Subcommand -> "module:function(argv: list[str]) -> int", imported only when
# used. Each raises UserError (or StoreError & co.) for user mistakes.
SUBCOMMANDS: dict[str, str] = {
    "demo": "app.cli:run_demo",
    "sync": "app.cli_sync:run",
    "report": "app.cli_report:run_report",
    "export-csv": "app.cli_report:run_csv",
    "screenshots": "app.cli_screenshots:run",
}
# What each does, for `vardflata --help` (their own --help says the rest).
SUBCOMMAND_HELP: dict[str, str] = {
    "demo": "skriv en demo-arbetsyta med fiktiva uppgifter",
    "sync": "utbyt synkpaket mellan kopior: export, import, konflikter",
    "report": "skriv en PDF-rapport (län, område, organisation, team, PGSA)",
    "export-csv": "exportera tabellerna som CSV för Excel",
    "screenshots": "skriv skärmbilder av huvudvyerna",
}


class UserError(Exception):
    """Something the user can fix; printed as one line."""


class _SwedishHelp(argparse.RawDescriptionHelpFormatter):
    """Swedish usage line; description and epilog kept as written (the list of
    subcommands is laid out by line)."""

    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, "användning: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse whose mistakes are user errors: one line, exit status 2; its
    help in Swedish like the rest of the program (headings, -h, usage)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _SwedishHelp)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        self.add_argument("-h", "--help", action="help", help="visa den här hjälpen och avsluta")

    # Placeholders in the help, in Swedish (the code's names stay English).
    _METAVARS = {"path": "ARBETSYTA", "workspace": "ARBETSYTA", "package": "PAKET",
                 "outdir": "MAPP", "folder": "MAPP", "dir": "MAPP", "output": "FIL"}

    def add_argument(self, *names, **kwargs):
        dest = kwargs.get("dest") or names[-1].lstrip("-")
        if "metavar" not in kwargs and dest in self._METAVARS and kwargs.get("action") not in (
                "store_true", "help", "version"):
            kwargs["metavar"] = self._METAVARS[dest]
        return super().add_argument(*names, **kwargs)

    # argparse's own messages, in Swedish (their variable parts are kept).
    _MESSAGES = (
        (re.compile(r"the following arguments are required: (.*)"), r"detta saknas: \1"),
        (re.compile(r"unrecognized arguments: (.*)"), r"okänt argument: \1"),
        (re.compile(r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)"),
         r"argument \1: ogiltigt val: \2 (välj bland \3)"),
        (re.compile(r"argument (.*?): expected one argument"), r"argument \1: ett värde saknas"),
        (re.compile(r"argument (.*?): invalid (.*?) value: (.*)"),
         r"argument \1: ogiltigt värde: \3"),
    )

    def error(self, message: str) -> None:  # type: ignore[override]
        for pattern, swedish in self._MESSAGES:
            if pattern.fullmatch(message):
                message = pattern.sub(swedish, message)
                break
        where = self.prog.removeprefix("vardflata").strip()
        raise UserError(f"{where}: {message}" if where else message)


def _gui_parser() -> argparse.ArgumentParser:
    width = max(map(len, SUBCOMMAND_HELP))
    p = Parser(
        prog="vardflata",
        description="Vårdfläta – kartläggning och förbättringsarbete i missbruks- och "
                    "beroendevården. Utan underkommando öppnas programmet.",
        epilog="underkommandon (vardflata KOMMANDO --help visar mer):\n" + "\n".join(
            f"  {name:{width}s}  {text}" for name, text in SUBCOMMAND_HELP.items()),
    )
    p.add_argument("path", nargs="?", type=Path, help="arbetsyta (.vardflata) att öppna")
    p.add_argument("--demo", action="store_true",
                   help="öppna den inbyggda demo-arbetsytan för Norrbotten")
    p.add_argument("--read-only", action="store_true", help="öppna skrivskyddad")
    p.add_argument("--exit-when-ready", action="store_true",
                   help="starta, visa huvudfönstret och avsluta (för mätningar och test)")
    p.add_argument("--version", action="version", version=f"vardflata {__version__}",
                   help="visa programmets version och avsluta")
    return p


def _demo_parser() -> argparse.ArgumentParser:
    p = Parser(prog="vardflata demo",
                                description="Skriv en demo-arbetsyta med fiktiva uppgifter.")
    p.add_argument("path", type=Path, help="ny fil att skriva (.vardflata)")
    p.add_argument("--scale", choices=("county", "national"), default="county",
                   help="county = Norrbotten, national = 290 kommuner och 21 regioner")
    p.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    return p


def run_demo(argv: list[str]) -> int:
    """`vardflata demo PATH [--scale county|national] [--force]`."""
    from app.core.demo import write_demo

    args = _demo_parser().parse_args(argv)

    if args.path.is_dir():
        raise UserError(f"{args.path} är en mapp; ange ett filnamn för demo-arbetsytan "
                        "(till exempel demo.vardflata).")
    if args.path.exists():
        if not args.force:
            raise UserError(f"Filen finns redan: {args.path} (använd --force för att skriva över)")
        _remove_workspace_files(args.path)
    ws = write_demo(args.path, args.scale)
    units, items = len(ws.units()), len(ws.items())
    ws.close()
    print(f"Skrev {args.path} ({units} organisationer, {items} metoder, fiktiva uppgifter).")
    return 0


def _remove_workspace_files(path: Path) -> None:
    """Remove a workspace file, unless a program has it open (its work would go)."""
    from app.core.filelock import LockedError
    from app.core.store import remove_workspace

    try:
        remove_workspace(path)
    except LockedError:
        raise UserError(f"{path} är öppen i ett annat program och skrivs inte över.") from None


def main(argv: list[str] | None = None) -> int:
    # The program (console script, `python -m app`) calls main() without
    # argv; callers in the same process (tests) pass argv and get a return.
    as_program = argv is None
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            import importlib

            module, function = SUBCOMMANDS[argv[0]].split(":")
            return getattr(importlib.import_module(module), function)(argv[1:])
        args = _gui_parser().parse_args(argv)
        if args.path is not None and args.demo:
            raise UserError("Ange antingen en fil eller --demo, inte båda.")
        if args.path is not None and not args.path.is_file():
            raise UserError(f"Arbetsytan finns inte: {args.path}")
        if as_program:
            # Start-up allocates a great deal and frees almost nothing; the
            # cyclic collector's passes over that growing heap cost ~6 ms of it.
            # run_gui turns the collector back on once the window is idle.
            import gc

            gc.disable()
        # The Qt-free core before PySide6: PySide's import hook reads the
        # source of each module imported after it (looking for "PySide6"),
        # about 4 ms over the core's modules and their standard library.
        import importlib

        importlib.import_module("app.workspace")
        from app.gui.application import run_gui

        return run_gui(path=args.path, demo=args.demo, read_only=args.read_only,
                       exit_when_ready=args.exit_when_ready, end_process=as_program)
    except UserError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # user-caused file problems surface as StoreError & co.
        from app.core.filelock import LockedError
        from app.core.store import StoreError

        if isinstance(exc, LockedError):
            return _fail("Arbetsytan är redan öppen i ett annat program.")
        if isinstance(exc, (StoreError, OSError)):
            return _fail(str(exc))
        raise


def _fail(message: str) -> int:
    print(f"vardflata: {message}", file=sys.stderr)
    return EXIT_USER_ERROR
