"""Run charts and control charts (I and P) with runs analysis.

Pure Python (standard library only) so that it can be used, and tested,
without Qt or numpy.  The numbers follow the R package qicharts2 with its
defaults (``helper.functions.R``: ``runs.analysis``, ``qic.run``, ``qic.i``,
``qic.p``):

* Runs analysis, Anhøj rules: points exactly on the centre line (and gaps)
  are left out; ``n`` = useful points.  ``longest_run_max = round(log2(n)) + 3``
  and ``crossings_min = qbinom(0.05, n - 1, 0.5)``; signal if
  ``longest_run > longest_run_max or crossings < crossings_min``.  R rounds
  half to even, like Python's ``round``, but it never matters here: log2 of
  an integer is either an integer or irrational, never exactly x.5.
* Runs analysis, IHI rules (Perla, Provost & Murray 2011): shift = 6 or more
  points in a row on one side of the centre line (points on the line neither
  break nor add to it; reported as ``longest_run_max = 5``); trend = 5 or more
  points all going up or all going down, where like consecutive values are
  skipped (neither make nor break a trend); too few or too many runs (a run
  = a group of useful points on one side), from 10 useful points on: for
  10-40 useful points the limits of Perla's Table 1 (``IHI_RUNS_TABLE``),
  beyond it the number of runs judged against its distribution for random
  order given the counts above and below (Swed & Eisenhart 1943, which the
  table comes from: ``runs_range``), a signal if a tail as extreme has
  probability <= 2.5 % (5 % in all); it meets the table at 40.  The
  astronomical point is a judgement, not a rule, and is left to the eye.
* Run chart: centre = median.  I chart (XmR): centre = mean, sigma = AMR/1.128
  where AMR is the average moving range after Nelson's screening (ranges
  >= 3.267 * AMR are dropped once and AMR recomputed; qicharts2 switches this
  on in ``.onAttach``).  P chart: centre = sum(count)/sum(size), limits
  p ± 3 sqrt(p(1-p)/n_i) clipped to [0, 1].  A point is outside if it is
  strictly above UCL or strictly below LCL.
* The arithmetic is R's to the last bit, since a point exactly on the
  centre line is left out: the mean is correctly rounded (R's long double
  mean with its second pass), the median of an even count is the mean of
  the middle two, the moving ranges are those of y - cl as in qic.i, and
  the P limits are cl +/- 3 * sqrt(cl * (1 - cl) / n) in that order.

Missing values (None or NaN) are gaps: they keep their position in every
per-point output (value NaN, ``outside``/``signal_points`` False) but are left
out of all calculations.  Moving ranges are only taken between neighbours that
are both present (as in qicharts2, where ``diff`` next to NA gives NA).

Options, on all three functions:

``rules``  "anhoej" (default) or "ihi".
``freeze`` k: centre and limits from the first k positions only (the
           baseline), extended over all points; runs analysis covers all.
``split``  indices where a new part starts after a deliberate change, e.g.
           ``split=[12]`` gives parts 0..11 and 12..end (qicharts2 ``part``).
           Each part gets its own centre, limits and runs analysis.  Cannot
           be combined with ``freeze`` (qicharts2 silently ignores freeze).

Result (:class:`ChartResult`): per-point tuples (``values``, ``center_line``,
``lcl_line``, ``ucl_line``, ``outside``, ``signal_points``) and ``signals``
span the whole series; ``parts`` holds one :class:`Part` per part.  The
scalar summaries (``center``, ``runs``, ``useful``, ``longest_run`` ...) and,
for the I chart, ``lcl``/``ucl`` (floats) describe the LAST part, i.e. the
current process.  For the P chart ``lcl``/``ucl`` are per-point tuples
(the same as ``lcl_line``/``ucl_line``); for run charts they are None.
``signal`` is True if anything signals anywhere.  Undefined numbers are NaN.

Deviation from qicharts2: if every moving range in the baseline is 0,
R's screening leaves no ranges and the limits become NaN; here sigma is 0
and the limits coincide with the centre line.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress, filterfalse, repeat
from operator import add, eq, gt, le, lt, mul, ne, or_, sub, truediv

__all__ = ["Signal", "Runs", "Part", "ChartResult", "run_chart", "i_chart",
           "p_chart", "longest_run_limit", "crossings_limit", "runs_range",
           "ihi_runs_limits", "IHI_RUNS_TABLE"]

NAN = math.nan
_RULES = ("anhoej", "ihi")
_IHI_SHIFT = 6   # points in a row on one side of the centre line
_IHI_TREND = 5   # points in a row all going up or all going down
_D2 = 1.128      # d2 for moving ranges of two (Montgomery 6.33)
_MR_SCREEN = 3.267  # D4 for n = 2: upper limit of the moving ranges (Nelson 1982)


@dataclass(frozen=True)
class Signal:
    """One explainable signal; indices refer to positions in ``values``.

    kind:  "shift" (unusually long run), "crossings" (unusually few
           crossings), "trend" or "runs" (IHI only) or "outside" (beyond
           a limit).
    start, end: first and last point involved (inclusive).  For "crossings"
           the first and last useful point of the part.
    side:  "above"/"below" (shift, outside), "up"/"down" (trend),
           "few"/"many" (runs), None.
    count: points in the run/trend, crossings or runs observed, or 1 for
           outside.
    limit: the critical value broken: longest_run_max (a run must be longer),
           crossings_min (crossings must be fewer), the trend length (5), the
           fewest or most runs that random order gives (runs), or the control
           limit for "outside".
    part:  index into ``ChartResult.parts``.
    """
    kind: str
    start: int
    end: int
    side: str | None
    count: int
    limit: float
    part: int = 0


@dataclass(frozen=True)
class Runs:
    """Runs analysis of one part around its centre line.

    The limits are None when there are no useful points (and crossings_min
    always for the IHI rules).  ``longest_trend`` is only computed for IHI,
    and ``runs_expected`` (fewest, most runs random order gives) for IHI
    with 10 or more useful points.
    """
    rules: str
    useful: int
    longest_run: int
    longest_run_max: int | None
    crossings: int
    crossings_min: int | None
    signal: bool
    longest_trend: int | None = None
    runs_expected: tuple[int, int] | None = None


@dataclass(frozen=True)
class Part:
    """One part of a (possibly split) chart: positions ``start:stop``.

    ``baseline`` is the number of positions used for centre and limits.
    ``lcl``/``ucl``: float for the I chart, per-point tuple for the P chart,
    None for a run chart.  ``sigma`` is AMR/1.128 for the I chart, else None.
    """
    start: int
    stop: int
    baseline: int
    center: float
    lcl: float | tuple[float, ...] | None
    ucl: float | tuple[float, ...] | None
    sigma: float | None
    runs: Runs
    signals: tuple[Signal, ...]


@dataclass(frozen=True)
class ChartResult:
    """Result of :func:`run_chart`, :func:`i_chart` or :func:`p_chart`."""
    chart: str                               # "run", "i" or "p"
    rules: str
    values: tuple[float, ...]
    center_line: tuple[float, ...]
    lcl_line: tuple[float, ...] | None
    ucl_line: tuple[float, ...] | None
    outside: tuple[bool, ...]
    signal_points: tuple[bool, ...]
    signals: tuple[Signal, ...]
    parts: tuple[Part, ...]

    @property
    def center(self) -> float:
        return self.parts[-1].center

    @property
    def lcl(self):
        return self.lcl_line if self.chart == "p" else self.parts[-1].lcl

    @property
    def ucl(self):
        return self.ucl_line if self.chart == "p" else self.parts[-1].ucl

    @property
    def runs(self) -> Runs:
        return self.parts[-1].runs

    @property
    def signal(self) -> bool:
        return bool(self.signals)

    useful = property(lambda self: self.runs.useful)
    longest_run = property(lambda self: self.runs.longest_run)
    longest_run_max = property(lambda self: self.runs.longest_run_max)
    crossings = property(lambda self: self.runs.crossings)
    crossings_min = property(lambda self: self.runs.crossings_min)


# ---------------------------------------------------------------- critical values

def longest_run_limit(n: int) -> int:
    """Anhøj: a run longer than this signals (``round(log2(n)) + 3``, n >= 1)."""
    return round(math.log2(n)) + 3


@lru_cache(maxsize=None)
def crossings_limit(n: int) -> int:
    """Anhøj: fewer crossings than this signal; R's ``qbinom(0.05, n-1, 0.5)``.

    Smallest k with P(X <= k) >= 0.05 for X ~ Bin(n-1, 1/2).  The pmf is
    summed from ten standard deviations below the mean (mass below that is
    < 1e-20), starting from lgamma in log space, so no huge integers and no
    underflow.  The tiny relative fuzz is the one R's qbinom uses.
    """
    m = n - 1
    if m <= 0:
        return 0
    target = 0.05 * (1 - 64 * 2.220446049250313e-16)
    k = max(0, int(m / 2 - 5 * math.sqrt(m)))
    pmf = math.exp(math.lgamma(m + 1) - math.lgamma(k + 1)
                   - math.lgamma(m - k + 1) - m * math.log(2))
    cdf = pmf
    while cdf < target:
        pmf *= (m - k) / (k + 1)
        k += 1
        cdf += pmf
    return k


_RUNS_MIN_POINTS = 10   # IHI: the runs test starts at 10 useful points (Perla 2011)

# Perla, Provost & Murray (2011), Table 1: useful points -> (fewest, most) runs
# that are not a signal (fewer or more are). The paper was not at hand offline.
# Rows 10-16, 24, 30 and 40 agree with public reproductions (IHI course notes,
# worked examples); the others are as two of us remembered them. Row 30 had
# been (11, 22): with the points split evenly the runs are symmetric about
# n/2 + 1, so an even row's limits add up to n + 2 (all other even rows do).
# Rows 27, 29, 33, 35, 37 and 39 had each been one run more lenient than both
# the remembered table and the exact test; they follow the remembered table.
# To check against the paper: 17-23, 25-29, 31-39.
IHI_RUNS_TABLE: dict[int, tuple[int, int]] = {
    10: (3, 9), 11: (3, 10), 12: (3, 11), 13: (4, 11), 14: (4, 12), 15: (5, 12),
    16: (5, 13), 17: (5, 13), 18: (6, 14), 19: (6, 15), 20: (6, 16), 21: (7, 16),
    22: (7, 17), 23: (7, 17), 24: (8, 18), 25: (8, 18), 26: (9, 19), 27: (10, 19),
    28: (10, 20), 29: (10, 20), 30: (11, 21), 31: (11, 22), 32: (11, 23), 33: (12, 23),
    34: (12, 24), 35: (13, 24), 36: (13, 25), 37: (13, 25), 38: (14, 26), 39: (14, 26),
    40: (15, 27),
}


def ihi_runs_limits(above: int, below: int) -> tuple[int, int] | None:
    """IHI: (fewest, most) runs that are no signal for these counts of useful
    points above and below the centre line: Perla's table, past it runs_range."""
    if not above or not below:
        return None
    return IHI_RUNS_TABLE.get(above + below) or runs_range(above, below)
_RUNS_EXACT_MAX = 200   # useful points up to which the runs distribution is exact


@lru_cache(maxsize=None)
def runs_range(above: int, below: int) -> tuple[int, int] | None:
    """IHI: (fewest, most) runs that random order gives for these counts of
    useful points above and below the centre line; fewer or more signal.

    A count r of runs is unusual if P(R <= r) or P(R >= r) is at most 2.5 %
    under random order (Swed & Eisenhart 1943), counted exactly with whole
    numbers; beyond _RUNS_EXACT_MAX points the normal approximation, mean
    1 + 2ab/n and variance 2ab(2ab - n) / (n^2 (n - 1)), at 1.96 sigma.
    None when all points lie on one side (there is nothing to judge).
    """
    a, b = above, below
    n = a + b
    if not a or not b:
        return None
    if n > _RUNS_EXACT_MAX:
        mean = 1 + 2 * a * b / n
        sd = math.sqrt(2 * a * b * (2 * a * b - n) / (n * n * (n - 1)))
        return math.ceil(mean - 1.96 * sd), math.floor(mean + 1.96 * sd)

    def ways(r: int) -> int:   # orders of a + b points with exactly r runs
        k = r // 2
        if r % 2 == 0:
            return 2 * math.comb(a - 1, k - 1) * math.comb(b - 1, k - 1)
        return (math.comb(a - 1, k - 1) * math.comb(b - 1, k)
                + math.comb(a - 1, k) * math.comb(b - 1, k - 1))

    total = math.comb(n, a)
    counts = [ways(r) for r in range(2, 2 * min(a, b) + 2)]   # r = 2 ... most possible
    low, tail = 2, 0
    for low, count in enumerate(counts, start=2):   # 40 * P(R <= r) <= 1 is unusual
        tail += count
        if 40 * tail > total:
            break
    high, tail = len(counts) + 1, 0
    for high, count in zip(range(len(counts) + 1, 1, -1), reversed(counts)):
        tail += count
        if 40 * tail > total:
            break
    return low, high


# ---------------------------------------------------------------- helpers
# The per-point work is done with map/compress/filter so that the loops run
# in C: a plain Python loop over 10,000 points costs several milliseconds.

def _floats(values, name: str) -> list[float]:
    try:
        out = list(map(float, values))
    except TypeError:                        # None (a gap) or something odd
        try:
            out = [NAN if v is None else float(v) for v in values]
        except (TypeError, ValueError):
            raise ValueError(f"{name} must contain numbers or None (missing)") from None
    except ValueError:
        raise ValueError(f"{name} must contain numbers or None (missing)") from None
    total = sum(out)                         # fast path: finite sum, no inf/NaN
    if not math.isfinite(total) and any(map(math.isinf, out)):
        raise ValueError(f"{name} must not contain infinite numbers")
    return out


def _present(xs) -> list[float]:
    """The non-missing values (xs itself if nothing is missing)."""
    if not isinstance(xs, list):
        xs = list(xs)
    total = sum(xs)
    return xs if total == total else list(filterfalse(math.isnan, xs))


def _mean(xs: list[float], exact: bool = False) -> float:
    """Mean; exact for centre lines and average moving ranges, since a point
    exactly on the centre line is not useful and R's mean is accurate to the
    last bit too.

    R's mean sums in long double and adds a second pass (the mean of the
    residuals), which gives the correctly rounded mean of the doubles.  Here
    the same in double precision: m = fsum(xs)/n rounds twice, so the residual
    sum(xs) - n*m is taken exactly (fsum of xs and n copies of -m, one
    rounding) and m corrected by it.  Residuals x - m taken one by one would
    each be rounded and could move m off the right double (issue 3:
    [11, 9, 9, 11.8, 9, 8.1, 10, 6, 44.4, 9, 10.4, 13, 2.7] gave
    11.799999999999999, so the point 11.8 counted as useful; R gives 11.8).
    """
    if not xs:
        return NAN
    n = len(xs)
    if not exact:
        return sum(xs) / n
    m = math.fsum(xs) / n
    if not math.isfinite(m):
        return m
    return m + math.fsum(chain(xs, repeat(-m, n))) / n


def _median(xs: list[float]) -> float:
    """Median as R's: the middle value, or the (exact) mean of the two middle ones."""
    if not xs:
        return NAN
    s = sorted(xs)
    h = len(s) // 2
    if len(s) % 2:
        return s[h]
    middle = (s[h - 1] + s[h]) / 2        # exact up to the one rounding...
    return middle if math.isfinite(middle) else s[h - 1] / 2 + s[h] / 2  # ...unless huge


def _groups(seq: list) -> tuple[list[int], list[int]]:
    """Start offsets and lengths of the groups of equal neighbours in seq."""
    n = len(seq)
    if not n:
        return [], []
    starts = [0, *compress(range(1, n), map(ne, seq[1:], seq))]
    return starts, list(map(sub, starts[1:] + [n], starts))


def _bounds(n: int, freeze, split) -> list[tuple[int, int, int]]:
    """(start, stop, baseline length) for each part."""
    if freeze is not None and split:
        raise ValueError("freeze and split cannot be combined")
    if freeze is not None:
        if isinstance(freeze, bool) or not isinstance(freeze, int) or freeze < 1:
            raise ValueError("freeze must be a positive whole number of points")
        return [(0, n, min(freeze, n))]
    cuts = sorted(set(split or ()))
    if any(isinstance(c, bool) or not isinstance(c, int) or not 0 < c < n
           for c in cuts):
        raise ValueError(f"split positions must be whole numbers between 1 and {n - 1}")
    edges = [0, *cuts, n]
    return [(a, b, b - a) for a, b in zip(edges, edges[1:])]


def _analyse(vals, start, center, rules, part_no, signals, marks) -> Runs:
    """Runs analysis of vals (global positions start...) around center.

    Appends Signal objects to ``signals`` and marked positions to ``marks``.
    NaN values and values equal to the centre fail both comparisons, so they
    are neither above nor below and drop out as non-useful points.
    """
    above = list(map(gt, vals, repeat(center)))
    pos = range(start, start + len(vals))
    if center == center and _present(vals) is vals and center not in vals:
        sides = above                          # fast path: every point is useful
    else:
        useful = list(map(ne, above, map(lt, vals, repeat(center))))
        pos = list(compress(pos, useful))
        sides = list(compress(above, useful))  # True = above, one per useful point
    starts, lengths = _groups(sides)
    n = len(pos)
    crossings = max(len(starts) - 1, 0)
    longest = max(lengths, default=0)
    if rules == "ihi":
        run_max, cross_min = _IHI_SHIFT - 1, None
    elif n:
        run_max, cross_min = longest_run_limit(n), crossings_limit(n)
    else:
        run_max = cross_min = None
    sig = False
    if run_max is not None and longest > run_max:
        sig = True
        for k, length in zip(starts, lengths):
            if length > run_max:
                side = "above" if sides[k] else "below"
                signals.append(Signal("shift", pos[k], pos[k + length - 1], side,
                                      length, run_max, part_no))
                marks.extend(pos[k:k + length])
    if cross_min is not None and crossings < cross_min:
        sig = True
        signals.append(Signal("crossings", pos[0], pos[-1], None,
                              crossings, cross_min, part_no))
    longest_trend = expected = None
    if rules == "ihi":
        longest_trend = _trends(vals, start, part_no, signals, marks)
        sig = sig or longest_trend >= _IHI_TREND
        if n >= _RUNS_MIN_POINTS:
            up = sum(sides)
            expected = ihi_runs_limits(up, n - up)
        if expected is not None:
            fewest, most = expected
            runs = len(starts)
            if not fewest <= runs <= most:
                sig = True
                few = runs < fewest
                signals.append(Signal("runs", pos[0], pos[-1], "few" if few else "many",
                                      runs, fewest if few else most, part_no))
    return Runs(rules, n, longest, run_max, crossings, cross_min, sig, longest_trend,
                expected)


def _trends(vals, start, part_no, signals, marks) -> int:
    """IHI trends; returns the longest trend in points.

    Gaps are skipped, and so are repeats of the previous value (like values
    neither make nor break a trend).  A turning point belongs to both the
    trend that ends and the one that starts there.
    """
    xs = _present(vals)
    if xs is vals:
        idx = range(start, start + len(vals))
    else:
        idx = list(compress(range(start, start + len(vals)), map(eq, vals, vals)))
    keep = [True, *map(ne, xs[1:], xs)]          # drop repeats of the previous value
    idx, xs = list(compress(idx, keep)), list(compress(xs, keep))
    ups = list(map(gt, xs[1:], xs))              # direction of each step
    starts, lengths = _groups(ups)
    for k, steps in zip(starts, lengths):
        if steps + 1 >= _IHI_TREND:
            a, b = idx[k], idx[k + steps]
            signals.append(Signal("trend", a, b, "up" if ups[k] else "down",
                                  steps + 1, _IHI_TREND, part_no))
            marks.extend(compress(range(a, b + 1), map(eq, vals[a - start:b - start + 1],
                                                       vals[a - start:b - start + 1])))
    return max(lengths, default=0) + 1 if xs else 0


def _build(chart, rules, vals, bounds, limits_fn) -> ChartResult:
    """Shared driver: centre/limits per part via limits_fn, then runs analysis.

    limits_fn(start, stop, baseline) -> (center, lcl list, ucl list, part_lcl,
    part_ucl, sigma); the lists hold one limit per point of start:stop, or are
    None for a run chart.
    """
    if rules not in _RULES:
        raise ValueError(f"rules must be one of {_RULES}, not {rules!r}")
    n = len(vals)
    center_line, lcl_line, ucl_line = [], [], []
    outside: list[bool] = []
    marks: list[int] = []
    parts, all_signals = [], []
    for part_no, (a, b, base) in enumerate(bounds):
        center, lo, hi, p_lcl, p_ucl, sigma = limits_fn(a, b, base)
        signals: list[Signal] = []
        part_vals = vals[a:b]
        runs = _analyse(part_vals, a, center, rules, part_no, signals, marks)
        center_line.extend([center] * (b - a))
        if lo is None:
            outside.extend([False] * (b - a))
        else:
            lcl_line.extend(lo)
            ucl_line.extend(hi)
            if isinstance(p_ucl, float):            # constant limits: cheap pre-check
                pv = _present(part_vals)
                hit = bool(pv) and (max(pv) > p_ucl or min(pv) < p_lcl)
            else:
                hit = True
            above = list(map(gt, part_vals, hi)) if hit else [False] * (b - a)
            below = list(map(lt, part_vals, lo)) if hit else above  # NaN: never outside
            out = list(map(or_, above, below)) if any(above) or any(below) else below
            outside.extend(out)
            for i in compress(range(a, b), out):
                up = above[i - a]
                signals.append(Signal("outside", i, i, "above" if up else "below",
                                      1, hi[i - a] if up else lo[i - a], part_no))
                marks.append(i)
        parts.append(Part(a, b, base, center, p_lcl, p_ucl, sigma, runs, tuple(signals)))
        all_signals.extend(signals)
    signal_points = [False] * n
    for i in marks:
        signal_points[i] = True
    has_limits = chart != "run"
    return ChartResult(chart, rules, tuple(vals), tuple(center_line),
                       tuple(lcl_line) if has_limits else None,
                       tuple(ucl_line) if has_limits else None,
                       tuple(outside), tuple(signal_points), tuple(all_signals),
                       tuple(parts))


# ---------------------------------------------------------------- public API

def run_chart(values, *, rules: str = "anhoej", freeze: int | None = None,
              split=None) -> ChartResult:
    """Run chart: centre line = median of the (baseline) values."""
    vals = _floats(values, "values")

    def limits(a, b, base):
        return _median(_present(vals[a:a + base])), None, None, None, None, None

    return _build("run", rules, vals, _bounds(len(vals), freeze, split), limits)


def i_chart(values, *, rules: str = "anhoej", freeze: int | None = None,
            split=None) -> ChartResult:
    """I chart (XmR): mean ± 3 * AMR/1.128 with Nelson-screened moving ranges."""
    vals = _floats(values, "values")

    def limits(a, b, base):
        xs = vals[a:a + base]
        center = _mean(_present(xs), exact=True)
        # As qicharts2: the ranges of the deviations from the centre line
        # (abs(diff(y - cl))), their exact mean, screened at 3.267 * AMR.
        dev = list(map(sub, xs, repeat(center)))
        mr = _present(map(abs, map(sub, dev[1:], dev)))  # NaN: no range across a gap
        amr = _mean(mr, exact=True)
        cut = _MR_SCREEN * amr
        if mr and not max(mr) < cut:                    # else nothing to screen
            screened = [d for d in mr if d < cut]
            if screened:                                # empty only if amr is 0
                amr = _mean(screened, exact=True)
        sigma = amr / _D2
        lcl, ucl = center - 3 * sigma, center + 3 * sigma
        return center, [lcl] * (b - a), [ucl] * (b - a), lcl, ucl, sigma

    return _build("i", rules, vals, _bounds(len(vals), freeze, split), limits)


def p_chart(counts, sizes, *, rules: str = "anhoej", freeze: int | None = None,
            split=None) -> ChartResult:
    """P chart of proportions count/size with per-point 3-sigma limits.

    A point with a missing count or size is a gap.  Raises ValueError unless
    the lengths are equal, every size > 0 and 0 <= count <= size.
    """
    c = _floats(counts, "counts")
    s = _floats(sizes, "sizes")
    if len(c) != len(s):
        raise ValueError(f"counts and sizes must have the same length ({len(c)} != {len(s)})")
    if c and not (min(c) >= 0 and min(s) > 0 and all(map(le, c, s))):
        for i, (x, m) in enumerate(zip(c, s)):      # find the culprit (NaN: a gap)
            if x != x or m != m:
                continue
            if m <= 0:
                raise ValueError(f"size must be greater than 0 (point {i + 1}: {m:g})")
            if not 0 <= x <= m:
                raise ValueError(f"count must be between 0 and size "
                                 f"(point {i + 1}: {x:g} of {m:g})")
    if math.isnan(sum(c) + sum(s)):                 # a gap in either makes both gaps
        for i in compress(range(len(c)), map(or_, map(ne, c, c), map(ne, s, s))):
            c[i] = s[i] = NAN
    vals = list(map(truediv, c, s))

    def limits(a, b, base):
        den = math.fsum(_present(s[a:a + base]))
        p = math.fsum(_present(c[a:a + base])) / den if den else NAN
        # 3 * sqrt(p * (1 - p) / n), rounded step by step as qicharts2 does;
        # NaN at gaps stays NaN.
        d = list(map(mul, repeat(3.0), map(math.sqrt, map(truediv, repeat(p * (1 - p)),
                                                           s[a:b]))))
        lo = list(map(sub, repeat(p), d))
        hi = list(map(add, repeat(p), d))
        # min()/max() give NaN or the true extreme of the non-NaN values
        if lo and not min(lo) >= 0.0:
            lo = [0.0 if x < 0.0 else x for x in lo]
        if hi and not max(hi) <= 1.0:
            hi = [1.0 if x > 1.0 else x for x in hi]
        return p, lo, hi, tuple(lo), tuple(hi), None

    return _build("p", rules, vals, _bounds(len(vals), freeze, split), limits)
