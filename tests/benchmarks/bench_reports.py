"""Report benchmarks (a script, not a timed test).

    python tests/benchmarks/bench_reports.py [--runs 3] [--skip-national]

Prints:
- the county demo's county report (länsrapport): the first one in a fresh
  process (ReportLab, matplotlib and the fonts load) and the median of the
  following runs; goal < 3 s;
- the national-scale demo (290 municipalities, 21 regions, about two improvement
  teams a region with their charts) county report, with the progress it reports
  along the way; goal < 30 s;
- the CSV export of both, for comparison.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FIRST = """
import sys, time
from app.workspace import Workspace
from app.core.reports import make_report
ws = Workspace.open(sys.argv[1], read_only=True)
start = time.perf_counter()
make_report(ws, sys.argv[2], "county")
print(time.perf_counter() - start)
"""


def timed_report(ws, out: Path, progress=None) -> float:
    from app.core.reports import make_report

    start = time.perf_counter()
    make_report(ws, out, "county", progress=progress)
    return time.perf_counter() - start


def pages(path: Path) -> int:
    try:
        import pypdf
    except ImportError:
        return -1
    return len(pypdf.PdfReader(str(path)).pages)


def charts(path: Path) -> int:
    """The pictures in the PDF: the measures' charts."""
    try:
        import pypdf
    except ImportError:
        return -1
    return sum(len(page.images) for page in pypdf.PdfReader(str(path)).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-national", action="store_true")
    args = parser.parse_args()
    from app.core.csv_export import export_csv
    from app.core.demo import write_demo
    from app.workspace import Workspace

    ok = True
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        county = tmp / "county.vardflata"
        write_demo(county, "county").close()
        first = float(subprocess.run(
            [sys.executable, "-c", FIRST, str(county), str(tmp / "first.pdf")],
            check=True, capture_output=True, text=True, cwd=ROOT).stdout.strip())
        with Workspace.open(county, read_only=True) as ws:
            warm = [timed_report(ws, tmp / "county.pdf") for _ in range(args.runs)]
            start = time.perf_counter()
            export_csv(ws, tmp / "csv-county")
            csv_county = time.perf_counter() - start
        median = statistics.median(warm)
        print(f"County demo, county report ({pages(tmp / 'county.pdf')} pages, "
              f"{charts(tmp / 'county.pdf')} charts, "
              f"{(tmp / 'county.pdf').stat().st_size / 1e6:.2f} MB): "
              f"first in a fresh process {first:.2f} s, then median {median:.2f} s "
              f"over {args.runs} runs (goal < 3 s) – {'OK' if first < 3 else 'SLOW'}")
        print(f"County demo, CSV export: {csv_county:.2f} s")
        ok &= first < 3

        if not args.skip_national:
            national = tmp / "national.vardflata"
            start = time.perf_counter()
            write_demo(national, "national").close()
            print(f"National demo written in {time.perf_counter() - start:.1f} s")
            shown = [-1.0]

            def progress(fraction: float, text: str) -> None:
                if fraction - shown[0] >= 0.1 or fraction >= 1.0:
                    shown[0] = fraction
                    print(f"  {time.perf_counter() - begin:6.1f} s  {fraction * 100:5.1f} %  "
                          f"{text}", flush=True)

            with Workspace.open(national, read_only=True) as ws:
                begin = time.perf_counter()
                seconds = timed_report(ws, tmp / "national.pdf", progress)
                start = time.perf_counter()
                export_csv(ws, tmp / "csv-national")
                csv_national = time.perf_counter() - start
            drawn = charts(tmp / "national.pdf")
            print(f"National demo, county report ({pages(tmp / 'national.pdf')} pages, "
                  f"{drawn} charts, {(tmp / 'national.pdf').stat().st_size / 1e6:.1f} MB): "
                  f"{seconds:.1f} s (goal < 30 s) – {'OK' if seconds < 30 else 'SLOW'}")
            ok &= drawn != 0     # the national demo has improvement work with charts
            print(f"National demo, CSV export: {csv_national:.2f} s")
            ok &= seconds < 30
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
