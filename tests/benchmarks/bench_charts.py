"""Benchmark: charts of measures (a script, not a pytest test).

    python tests/benchmarks/bench_charts.py

Goals (issue 3): drawing a 100-point chart with annotations < 100 ms (build the
Figure and render it with Agg, as the GUI canvas does); the core analysis of
10,000 points < 10 ms. Prints the median of several runs and exits 1 if a goal
is missed.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app import spc  # noqa: E402
from app.core.charts import Annotation, MeasureChart, Series, draw  # noqa: E402


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _chart_100() -> MeasureChart:
    rng = random.Random(3)
    n = 100
    periods = tuple(f"{2018 + i // 12}-{i % 12 + 1:02d}" for i in range(n))
    sizes = [rng.randint(20, 40) for _ in range(n)]
    counts = [sum(rng.random() < (0.35 if i < 60 else 0.6) for _ in range(s))
              for i, s in enumerate(sizes)]
    result = spc.p_chart(counts, sizes, split=[60])
    notes = tuple([Annotation(i, str(k + 1), f"{k + 1}: {periods[i]} – anteckning")
                   for k, i in enumerate(range(5, 100, 20))]
                  + [Annotation(i, f"PGSA {k + 1}", f"PGSA {k + 1}: test {k + 1}", "cycle")
                     for k, i in enumerate(range(50, 70, 4))])
    series = Series(periods, tuple(c / s for c, s in zip(counts, sizes)), tuple(counts),
                    tuple(sizes), ("",) * n)
    return MeasureChart("Andel med SIP inom 30 dagar", "", "p", series, result, 0.8, "up",
                        True, None, notes)


def main() -> int:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    mc = _chart_100()
    FigureCanvasAgg(draw(mc)).draw()          # warm up: fonts, caches

    def render() -> None:
        FigureCanvasAgg(draw(mc, width_in=8, height_in=5)).draw()

    draw_ms = _median_ms(render, 15)
    rng = random.Random(1)
    values = [rng.gauss(10, 2) for _ in range(10_000)]
    sizes = [rng.randint(50, 100) for _ in range(10_000)]
    # binomial-like counts (p = 0.3): a real process, with its few points outside
    counts = [min(s, max(0, round(0.3 * s + rng.gauss(0, (0.21 * s) ** 0.5)))) for s in sizes]
    spc.run_chart(values)
    results = {
        "run chart, 10 000 points": _median_ms(lambda: spc.run_chart(values), 30),
        "I chart, 10 000 points": _median_ms(lambda: spc.i_chart(values), 30),
        "P chart, 10 000 points": _median_ms(lambda: spc.p_chart(counts, sizes), 30),
        "run chart IHI, 10 000 points": _median_ms(
            lambda: spc.run_chart(values, rules="ihi"), 30),
    }
    ok = draw_ms < 100
    print(f"draw + render 100-point P chart with annotations: {draw_ms:6.1f} ms "
          f"(goal < 100 ms) {'OK' if draw_ms < 100 else 'SLOW'}")
    for name, ms in results.items():
        print(f"{name:40s} {ms:6.2f} ms (goal < 10 ms) {'OK' if ms < 10 else 'SLOW'}")
        ok = ok and ms < 10
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
