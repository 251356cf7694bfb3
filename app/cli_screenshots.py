"""`vardflata screenshots DIR`: PNG files of the main views, drawn offscreen.

They are drawn from a temporary copy of the fictional county demo (never the
user's files or settings), in Swedish and English and at 200 % scaling. Each
language/scale runs in a child process, because Qt reads QT_SCALE_FACTOR and
the language only when it starts. The README embeds a few of them.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from app.cli import Parser, UserError

# (language, scale factor) -> [(file name, what, logical width, logical height)]
PLAN: dict[tuple[str, int], list[tuple[str, str, int, int]]] = {
    ("sv", 1): [
        ("kartlaggning-lanet.png", "county", 1280, 800),
        ("kartlaggning-kommun.png", "unit", 1280, 800),
        ("presentation-1280x720.png", "present-item", 1280, 720),
        ("presentation-1920x1080.png", "present-overview", 1920, 1080),
        ("forbattringsarbete.png", "improvement", 1280, 800),
        ("forbattringsteam.png", "team", 1280, 800),
        ("pgsa-arbetsblad.png", "worksheet", 820, 800),
        ("presentation-diagram-1920x1080.png", "present-chart", 1920, 1080),
    ],
    ("en", 1): [
        ("en-mapping-municipality.png", "unit", 1280, 800),
        ("en-presentation-1280x720.png", "present-overview", 1280, 720),
        ("en-presentation-1920x1080.png", "present-item", 1920, 1080),
    ],
    ("sv", 2): [
        ("skala-200-kartlaggning.png", "unit", 960, 540),
        ("skala-200-presentation.png", "present-item", 640, 360),
    ],
}
UNIT = "Kiruna"


def _parser() -> Parser:
    p = Parser(prog="vardflata screenshots",
               description="Skriv skärmbilder (PNG) av huvudvyerna, ritade utan skärm, från "
                           "en tillfällig kopia av demo-arbetsytan.")
    p.add_argument("dir", type=Path, help="mapp att skriva bilderna till")
    p.add_argument("--child", nargs=3, metavar=("LANG", "SCALE", "DEMO"),
                   help=argparse.SUPPRESS)   # internal: one language/scale
    return p


def run(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.child:
        language, scale, demo = args.child
        return _draw(language, int(scale), Path(demo), args.dir)
    out = args.dir
    if out.exists() and not out.is_dir():
        raise UserError(f"Inte en mapp: {out}")
    out.mkdir(parents=True, exist_ok=True)
    from app.core.demo import write_demo

    with tempfile.TemporaryDirectory(prefix="vardflata-shots-") as tmp:
        demo = Path(tmp) / "demo.vardflata"
        write_demo(demo, "county").close()
        for language, scale in PLAN:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "QT_SCALE_FACTOR": str(scale), "VARDFLATA_LANGUAGE": language,
                   "VARDFLATA_PSEUDO": "0", "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp}
            done = subprocess.run([sys.executable, "-m", "app", "screenshots", str(out),
                                   "--child", language, str(scale), str(demo)], env=env,
                                  capture_output=True, text=True)
            if done.returncode != 0:
                raise UserError("Kunde inte rita skärmbilderna: "
                                + (done.stderr.strip().splitlines() or ["okänt fel"])[-1])
            for line in done.stdout.splitlines():   # what the layout check found
                print(f"Varning ({language}, {scale * 100} %): {line}", file=sys.stderr)
    names = [name for shots in PLAN.values() for name, *_ in shots]
    written = [n for n in names if (out / n).exists()]
    print(f"Skrev {len(written)} skärmbilder i {out}: {', '.join(written)}")
    return 0


def _draw(language: str, scale: int, demo: Path, out: Path) -> int:
    """In the child process: open a private copy of the demo and grab each view."""
    import shutil

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from app.gui.application import make_application
    from app.gui.settings import Settings

    app = make_application()
    from app.gui import presentation
    from app.gui.layout_check import clipped
    from app.gui.main_window import MainWindow

    work = Path(tempfile.mkdtemp(prefix="vardflata-shot-"))
    copy = work / "demo.vardflata"
    shutil.copy(demo, copy)
    window = MainWindow(Settings(QSettings(str(work / "settings.ini"),
                                           QSettings.Format.IniFormat)))
    window.show()
    if not window.open_path(copy):
        return 1

    def select(name: str | None) -> None:
        model = window.tree_model
        index = model.index(0, 0)
        if name is not None:
            index = model.match(index, Qt.ItemDataRole.DisplayRole, name, 1,
                                Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
        window.tree.setCurrentIndex(index)

    for name, what, width, height in PLAN[(language, scale)]:
        presentation.leave(window)
        window.showNormal()
        window.resize(width, height)
        window.views.setCurrentIndex(0)
        if what in ("improvement", "present-chart", "team", "worksheet"):
            improvement = getattr(window, "improvement", None)
            if improvement is None:
                continue          # no improvement view (yet) in this window
            select(UNIT)
            window.views.setCurrentWidget(improvement)
            if what == "worksheet":
                _grab_worksheet(window, improvement, out / name, width, height)
                continue
            if what == "team":
                improvement.select(_busiest_team(window.ws).id)
            else:
                _show_a_chart(window, improvement)
        else:
            select(None if what in ("county", "present-overview") else UNIT)
            window.mapping.select_cell(window.ws.rows()[1].id, window.ws.columns()[1].id)
            window.mapping.focus_items()
        if what.startswith("present"):
            presentation.enter(window)
            window.showNormal()
            window.resize(width, height)
            view = window.presentation
            if what == "present-item":
                view.step(2)
            elif what == "present-overview":
                view.position = 0
                view.render()
        QTest.qWait(150)                      # layouts settle
        if what in ("improvement", "present-chart") and not _chart_drawn(window):
            print(f"{name}: diagrammet hann inte ritas")
        window.grab().save(str(out / name), "PNG", 0)
        for problem in clipped(window.presentation or window):
            print(f"{name}: avklippt text: {problem}")
    presentation.leave(window)
    window.close()
    app.processEvents()
    return 0


def _chart_drawn(window, timeout_s: float = 60.0) -> bool:
    """Wait until the chart on screen is drawn for its measure and size. The first
    chart after an install can take many seconds (matplotlib builds its font cache),
    so a fixed delay once grabbed an empty chart."""
    import time

    from PySide6.QtTest import QTest

    view = window.presentation
    chart = view if view is not None else window.improvement.chart
    deadline = time.monotonic() + timeout_s
    settled = 0                               # drawn, and still so after the layout
    while settled < 2:
        if time.monotonic() > deadline:
            return False
        QTest.qWait(50)
        settled = settled + 1 if chart.is_current() else 0
    return True


def _busiest_team(ws):
    """The team with the most learning sessions (the longest timeline)."""
    return max(ws.teams(), key=lambda t: (len(t.sessions), -t.position))


def _grab_worksheet(window, view, path: Path, width: int, height: int) -> None:
    """The PGSA worksheet of the cycle with the most filled in, as a dialog of
    width × height (its fields scroll within it; Spara/Avbryt below)."""
    from PySide6.QtTest import QTest

    def filled(cycle) -> int:
        texts = (cycle.objective, cycle.data_plan, cycle.observations, cycle.results,
                 cycle.learning, cycle.next_step)
        return sum(map(bool, texts)) + len(cycle.questions) + len(cycle.tasks)

    cycle = max(window.ws.cycles(), key=filled)
    form = view.open_cycle(cycle.id)
    QTest.qWait(100)          # shown and fitted to the (offscreen) screen first
    form.resize(width, height)
    QTest.qWait(150)
    form.grab().save(str(path), "PNG", 0)
    from app.gui.layout_check import clipped

    for problem in clipped(form):
        print(f"{path.name}: avklippt text: {problem}")
    form.reject()


def _show_a_chart(window, view) -> None:
    """The improvement view is best shown with a measure and its chart."""
    measures = getattr(window.ws, "measures", lambda: [])()
    with_data = [m for m in measures if len(window.ws.data_points(m.id)) >= 8]
    if hasattr(view, "select") and (with_data or measures):
        view.select((with_data or measures)[0].id)
