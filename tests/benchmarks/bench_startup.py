"""Start-up and key-press benchmarks (a script, not a timed test).

    python tests/benchmarks/bench_startup.py [--runs 7]

Prints, as ratios measured in the same run:
- start-up to ready (window painted, workspace loaded) with the county demo
  against a bare PySide6 QMainWindow that shows and exits (goal <= 1.3x);
- the same with the national-scale demo (goal <= 2x);
- a status key press until the change is committed and repainted (goal < 16 ms):
  as the app does it, the event loop painting what the change marked until
  nothing more is painted; and, for comparison, with the whole window
  painted at once after each press (which the app never does for a key);
and checks that matplotlib and ReportLab stay off the start-up path.

Both windows open at 1280 x 800 on a 1920 x 1080 screen (a usual laptop; the
offscreen platform's own 800 x 800 would squeeze the app's window to 784 wide
but not the bare one, and time the matrix's narrowest-screen layout against a
window that does none). `--screen 800x800` measures that case.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
w.repaint()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def offscreen_screen(folder: Path, screen: str) -> str:
    """QT_QPA_PLATFORM for Qt's offscreen platform with one screen of `screen`
    ("WIDTHxHEIGHT") at 96 dpi, scale 1."""
    width, height = (int(n) for n in screen.lower().split("x"))
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "bench", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def startup(runs: int, folder: Path) -> None:
    env = {**os.environ, "HOME": str(folder)}
    county, national = folder / "county.vardflata", folder / "national.vardflata"
    # An installed app runs from bytecode (pip compiles it; a first start
    # writes it). Compile it here too, or a PYTHONDONTWRITEBYTECODE
    # environment would charge the app for compiling its source on every run.
    import app
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(app.__file__).parent)],
                   check=True, capture_output=True)
    for path, scale in ((county, "county"), (national, "national")):
        subprocess.run([sys.executable, "-m", "app", "demo", str(path), "--scale", scale],
                       check=True, env=env, capture_output=True)
    commands = {
        "bare QMainWindow": [sys.executable, "-c", BARE],
        "county demo": [sys.executable, "-m", "app", str(county), "--exit-when-ready"],
        "national demo": [sys.executable, "-m", "app", str(national), "--exit-when-ready"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for name, cmd in commands.items():   # warm the OS file cache once
        timed(cmd, env)
    for _ in range(runs):                # interleaved, so drift hits all alike
        for name, cmd in commands.items():
            times[name].append(timed(cmd, env))
    bare = statistics.median(times["bare QMainWindow"])
    print(f"start-up, median of {runs} runs:")
    for name, goal in (("bare QMainWindow", None), ("county demo", 1.3),
                       ("national demo", 2.0)):
        t = statistics.median(times[name])
        verdict = "" if goal is None else (
            f"  ratio {t / bare:.2f}x (goal <= {goal}x) "
            + ("OK" if t / bare <= goal else "OVER"))
        print(f"  {name:18s} {t * 1000:7.0f} ms{verdict}")


def key_press(path: Path, presses: int) -> None:
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt
    from PySide6.QtTest import QTest

    from app.gui.application import make_application
    from app.gui.main_window import MainWindow
    from app.gui.settings import Settings

    app = make_application()
    window = MainWindow(Settings(QSettings(str(path.with_suffix(".ini")),
                                           QSettings.Format.IniFormat)))
    window.resize(1280, 800)
    window.show()
    window.open_path(path)
    loaded = sorted(m for m in sys.modules if m.startswith(("matplotlib", "reportlab")))
    print(f"heavy modules after start-up: {loaded or 'none'}")
    model = window.tree_model
    unit = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "Luleå", 1,
                       Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    window.tree.setCurrentIndex(unit)
    mapping = window.mapping
    mapping.focus_items()
    app.processEvents()

    class Paints(QObject):
        """Counts the paint events of each view (the method list, the matrix)."""
        def __init__(self) -> None:
            super().__init__()
            self.seen: dict[object, int] = {}

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.seen[watched] = self.seen.get(watched, 0) + 1
            return False

        def total(self) -> int:
            return sum(self.seen.values())

    paints = Paints()
    viewports = [view.viewport() for view in (mapping.items_view, mapping.matrix_view)]
    for viewport in viewports:
        viewport.installEventFilter(paints)

    def press(n: int, repaint) -> float:
        key = (Qt.Key.Key_3, Qt.Key.Key_4)[n % 2]
        before = {viewport: paints.seen.get(viewport, 0) for viewport in viewports}
        start = time.perf_counter()
        QTest.keyClick(mapping.items_view, key)    # commit happens inside
        repaint()
        elapsed = time.perf_counter() - start
        if any(paints.seen.get(viewport, 0) == before[viewport] for viewport in viewports):
            raise SystemExit("a key press was not repainted in both views: the measure is wrong")
        return elapsed

    def event_loop() -> None:
        # What the app does: the event loop paints what the change marked (the
        # changed row and cell) and runs what was posted (a deferred layout, a
        # row fitted by a zero timer), until a pass paints nothing more.
        for _ in range(6):
            painted = paints.total()
            app.processEvents()
            if paints.total() == painted:
                break

    for label, repaint in (("as the app repaints (the changed cells)", event_loop),
                           ("with the whole window painted at once", window.repaint)):
        samples = sorted(press(n, repaint) for n in range(presses))
        median, p95 = statistics.median(samples), samples[int(0.95 * len(samples)) - 1]
        verdict = (" (goal < 16 ms) " + ("OK" if median < 0.016 else "OVER")
                   if repaint is event_loop else "")
        print(f"status key press -> committed and repainted, {label}: "
              f"median {median * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms{verdict}")
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument("--screen", default="1920x1080", help="WIDTHxHEIGHT of the screen")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
            os.environ["QT_QPA_PLATFORM"] = offscreen_screen(folder, args.screen)
        print(f"screen {args.screen} ({os.environ.get('QT_QPA_PLATFORM')})")
        startup(args.runs, folder)
        key_press(folder / "county.vardflata", args.presses)


if __name__ == "__main__":
    main()
