"""app.spc against published reference values and by properties.

References (each test says which one):
- [Q-A2]  qicharts2 vignette "Quality Improvement Charts", Appendix 2: critical
          values for longest run and number of crossings, n = 10..100
          (anhoej/qicharts2, vignettes/qicharts2.Rmd).
- [Q-V]   the same vignette, "The Anhøj rules": set.seed(19); y <- rnorm(24);
          y[22] <- 4; y[13:24] <- rnorm(12, mean = 2); summary(qic(y, chart = 'i'))
          prints n.useful 24, longest.run 13, longest.run.max 8, n.crossings 4,
          n.crossings.min 8, aLCL -2.114884, CL 1.057091, aUCL 4.229067. R's
          random numbers are reproduced below (Mersenne-Twister with R's seed
          scrambling, rnorm by inversion), so the test uses R's exact data.
- [M-7.1] Montgomery, Introduction to Statistical Quality Control, 6th ed.,
          Example 7.1 (orange juice cans, Table 7.1, n = 50): p̄ = 0.2313,
          UCL = 0.4102, LCL = 0.0524, samples 15 and 23 out of control; revised
          without them: p̄ = 0.2150, UCL = 0.3893, LCL = 0.0407. (qicharts2
          tests this example: tests/testthat/test_montgomery.R, 'ex_7.1_5'.)
- [S-E]   Swed & Eisenhart (1943), Table II, as reprinted in Siegel,
          Nonparametric Statistics (1956), Table F: for n1 = n2 = 10 random
          order gives 6 runs or fewer, or 16 or more, with at most 2.5 % each;
          for n1 = n2 = 5, 2 or fewer and 10 or more.
- [M-6.5] Montgomery, Example 6.5 (mortgage loan processing cost, 20 weeks):
          x̄ = 300.5, MR̄ = 7.79, UCL = 321.22, LCL = 279.78 (qicharts2 'ex_6.5_3').
"""

from __future__ import annotations

import math
from statistics import NormalDist, median

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.spc import crossings_limit, i_chart, longest_run_limit, p_chart, run_chart, runs_range


# -- R's random numbers (for [Q-V]) ---------------------------------------------

class RRandom:
    """R's default RNG: set.seed(seed) then rnorm() (Mersenne-Twister, Inversion)."""

    def __init__(self, seed: int) -> None:
        s = seed & 0xFFFFFFFF
        for _ in range(50):                       # R's initial scrambling
            s = (69069 * s + 1) & 0xFFFFFFFF
        table = []
        for _ in range(625):                      # dummy[0] (mti) + 624 words
            s = (69069 * s + 1) & 0xFFFFFFFF
            table.append(s)
        self.mt, self.mti = table[1:], 624

    def _next(self) -> float:
        mt = self.mt
        if self.mti >= 624:
            for k in range(624):
                y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7FFFFFFF)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (0x9908B0DF if y & 1 else 0)
            self.mti = 0
        y = mt[self.mti]
        self.mti += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return min(max(y * 2.3283064365386963e-10, 1.16415321854e-10), 1 - 1.16415321854e-10)

    def rnorm(self, n: int, mean: float = 0.0) -> list[float]:
        big = 134217728
        return [mean + NormalDist().inv_cdf((int(big * self._next()) + self._next()) / big)
                for _ in range(n)]


def test_r_random_numbers_are_reproduced():
    # R: set.seed(19); rnorm(2) -> -1.1894537  0.3885812 (R 3.6+, as in the vignette)
    assert RRandom(19).rnorm(2) == pytest.approx([-1.1894537, 0.3885812], abs=1e-7)


# -- published reference values -----------------------------------------------

# [Q-A2] (n, longest run limit, crossings limit), a sample of rows across the table.
APPENDIX_2 = [(10, 6, 2), (11, 6, 2), (12, 7, 3), (14, 7, 4), (17, 7, 5), (19, 7, 6),
              (22, 7, 7), (23, 8, 7), (24, 8, 8), (27, 8, 9), (30, 8, 10), (36, 8, 13),
              (45, 8, 17), (46, 9, 17), (50, 9, 19), (60, 9, 23), (66, 9, 26),
              (75, 9, 30), (80, 9, 32), (90, 9, 37)]


@pytest.mark.parametrize("n, run_max, cross_min", APPENDIX_2)
def test_critical_values_match_qicharts2_appendix_2(n, run_max, cross_min):
    assert longest_run_limit(n) == run_max
    assert crossings_limit(n) == cross_min


def test_i_chart_matches_qicharts2_vignette_anhoej_example():
    # [Q-V]
    rng = RRandom(19)
    y = rng.rnorm(24)
    y[21] = 4
    y[12:24] = rng.rnorm(12, mean=2)
    c = i_chart(y)
    assert (c.useful, c.longest_run, c.longest_run_max) == (24, 13, 8)
    assert (c.crossings, c.crossings_min) == (4, 8)
    assert c.runs.signal and c.signal
    assert c.center == pytest.approx(1.057091, abs=1e-6)
    assert c.lcl == pytest.approx(-2.114884, abs=1e-6)
    assert c.ucl == pytest.approx(4.229067, abs=1e-6)
    assert not any(c.outside)                 # "too small for the 3-sigma rule"


def test_random_numbers_give_common_cause_variation_only():
    # [Q-V] "As expected from random numbers, the previous run and control charts
    # exhibit common cause variation": qic(y) and qic(y, chart = 'i') on set.seed(19) data.
    y = RRandom(19).rnorm(24)
    assert not run_chart(y).signal
    c = i_chart(y)
    assert not c.signal and not any(c.outside)


def test_i_chart_with_a_large_transient_shift_has_a_point_outside():
    # [Q-V] "y[22] <- 4 ... a large, transient shift" is caught by the 3-sigma rule.
    y = RRandom(19).rnorm(24)
    y[21] = 4
    c = i_chart(y)
    assert c.outside[21] and sum(c.outside) == 1


MONTGOMERY_7_1 = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11,
                  20, 18, 24, 15, 9, 12, 7, 13, 9, 6]


def test_p_chart_matches_montgomery_example_7_1():
    # [M-7.1]
    p = p_chart(MONTGOMERY_7_1, [50] * 30)
    assert p.center == pytest.approx(0.2313, abs=5e-5)
    assert p.ucl[0] == pytest.approx(0.4102, abs=5e-5)
    assert p.lcl[0] == pytest.approx(0.0524, abs=5e-5)
    assert [i + 1 for i, out in enumerate(p.outside) if out] == [15, 23]


def test_p_chart_revised_limits_without_the_assignable_causes():
    # [M-7.1] revised: samples 15 and 23 left out (gaps here, `exclude` in qicharts2)
    counts = [None if i in (14, 22) else c for i, c in enumerate(MONTGOMERY_7_1)]
    p = p_chart(counts, [50] * 30)
    assert p.center == pytest.approx(0.2150, abs=5e-5)
    assert p.ucl[0] == pytest.approx(0.3893, abs=5e-5)
    assert p.lcl[0] == pytest.approx(0.0407, abs=5e-5)
    assert math.isnan(p.values[14]) and not p.outside[14]


def test_i_chart_matches_montgomery_example_6_5():
    # [M-6.5]
    cost = [310, 288, 297, 298, 307, 303, 294, 297, 308, 306, 294, 299, 297, 299, 314, 295,
            293, 306, 301, 304]
    c = i_chart(cost)
    assert c.center == pytest.approx(300.5)
    assert c.parts[0].sigma * 1.128 == pytest.approx(7.79, abs=5e-3)
    assert c.ucl == pytest.approx(321.22, abs=5e-3)
    assert c.lcl == pytest.approx(279.78, abs=5e-3)
    assert not any(c.outside)


# -- the rules, by hand -------------------------------------------------------

def test_points_on_the_median_are_not_useful():
    r = run_chart([1, 2, 3, 4, 5])            # median 3 is left out
    assert r.center == 3 and r.useful == 4
    assert (r.longest_run, r.crossings) == (2, 1)


def test_moving_ranges_are_screened_as_in_qicharts2():
    # One huge jump: its moving ranges (>= 3.267 * AMR) leave the average.
    values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 40, 10, 11]
    mr = [abs(b - a) for a, b in zip(values, values[1:])]
    amr = sum(mr) / len(mr)
    kept = [m for m in mr if m < 3.267 * amr]
    c = i_chart(values)
    assert len(kept) == len(mr) - 2
    assert c.parts[0].sigma == pytest.approx(sum(kept) / len(kept) / 1.128)
    assert c.outside[9]


def test_ihi_rules_shift_of_six_and_trend_of_five():
    shift = run_chart([5, 5.5, 4.5, 5, 1, 2, 1, 2, 1, 2, 9, 8, 9, 8, 9, 8], rules="ihi")
    assert any(s.kind == "shift" for s in shift.signals)
    trend = run_chart([5, 1, 2, 3, 4, 5, 3, 4, 3, 4, 3], rules="ihi")
    kinds = [(s.kind, s.side, s.count) for s in trend.signals]
    assert ("trend", "up", 5) in kinds
    calm = run_chart([1, 3, 2, 4, 3, 1, 2, 4, 3, 2], rules="ihi")
    assert not calm.signals


def _runs_by_enumeration(above: int, below: int) -> tuple[int, int]:
    """The IHI runs limits straight from their definition: every order of
    the points, its runs counted one by one; fewest/most with tails > 2.5 %."""
    from collections import Counter
    from itertools import combinations

    n = above + below
    counts = Counter()
    for tops in combinations(range(n), above):
        sides = [i in tops for i in range(n)]
        counts[1 + sum(x != y for x, y in zip(sides, sides[1:]))] += 1
    total = sum(counts.values())
    fewest = min(r for r in counts if 40 * sum(c for q, c in counts.items() if q <= r) > total)
    most = max(r for r in counts if 40 * sum(c for q, c in counts.items() if q >= r) > total)
    return fewest, most


def test_ihi_runs_range_agrees_with_counting_every_order():
    for above in range(1, 9):
        for below in range(1, 9):
            assert runs_range(above, below) == _runs_by_enumeration(above, below), (above, below)


def test_ihi_runs_range_against_swed_and_eisenhart():
    # [S-E]: unusual are <= 6 or >= 16 runs (10 + 10), <= 2 or >= 10 (5 + 5)
    assert runs_range(10, 10) == (7, 15)
    assert runs_range(5, 5) == (3, 9)
    assert runs_range(12, 0) is None
    # the normal approximation beyond 200 points joins the exact counts
    exact, approximate = runs_range(100, 100), runs_range(100, 101)
    assert abs(exact[0] - approximate[0]) <= 1 and abs(exact[1] - approximate[1]) <= 1


def test_ihi_runs_limits_are_perlas_table_then_the_exact_test():
    from app.spc import IHI_RUNS_TABLE, ihi_runs_limits

    assert ihi_runs_limits(10, 10) == IHI_RUNS_TABLE[20] == (6, 16)   # S-E: (7, 15)
    assert ihi_runs_limits(5, 5) == (3, 9) and ihi_runs_limits(7, 6) == (4, 11)
    assert ihi_runs_limits(20, 20) == runs_range(20, 20) == (15, 27)  # they meet at 40
    assert ihi_runs_limits(30, 21) == runs_range(30, 21)              # past the table
    assert ihi_runs_limits(12, 0) is None
    for n, (fewest, most) in IHI_RUNS_TABLE.items():      # never far from the exact test
        exact = runs_range(n // 2, n - n // 2)
        assert abs(exact[0] - fewest) <= 1 and abs(exact[1] - most) <= 1, n
        if n % 2 == 0:     # an even split's runs are symmetric about n/2 + 1
            assert fewest + most == n + 2, n
    # the rows checked against public reproductions of Perla's table
    assert {n: IHI_RUNS_TABLE[n] for n in (10, 14, 16, 24, 30, 40)} == {
        10: (3, 9), 14: (4, 12), 16: (5, 13), 24: (8, 18), 30: (11, 21), 40: (15, 27)}
    # 6 runs in 20 points: a signal by the exact test, none by the IHI table
    six_runs = [1] * 4 + [9] * 3 + [1] * 3 + [9] * 4 + [1] * 3 + [9] * 3
    assert not any(sig.kind == "runs" for sig in run_chart(six_runs, rules="ihi").signals)


def test_ihi_rules_too_few_and_too_many_runs():
    alternating = run_chart([1, 9] * 8, rules="ihi")          # 16 runs of one point
    assert [(s.kind, s.side, s.count, s.limit) for s in alternating.signals] == [
        ("runs", "many", 16, 13)]
    assert alternating.runs.runs_expected == (5, 13)   # [S-E]: <= 4 or >= 14
    assert not any(alternating.signal_points)                 # the whole part, not points
    two_levels = run_chart([1, 2] * 3 + [9, 8] * 3, rules="ihi")   # 2 runs
    few = [s for s in two_levels.signals if s.kind == "runs"]
    assert [(s.side, s.count, s.start, s.end) for s in few] == [("few", 2, 0, 11)]
    short = run_chart([1, 9] * 4 + [1], rules="ihi")          # 9 useful points: no test
    assert not short.signals and short.runs.runs_expected is None
    assert run_chart([1, 9] * 8).signals == ()                # Anhøj rules: no runs test


def test_freeze_takes_centre_and_limits_from_the_baseline_only():
    values = [10, 12, 11, 9, 10, 11, 12, 10, 20, 21, 22, 20, 21, 22, 20, 21]
    frozen = i_chart(values, freeze=8)
    base = i_chart(values[:8])
    assert frozen.center == pytest.approx(base.center)
    assert frozen.ucl == pytest.approx(base.ucl)
    assert all(frozen.outside[8:])            # the new level is beyond the old limits
    r = run_chart(values, freeze=8)
    assert r.center == median(values[:8]) and r.signal


def test_split_analyses_each_part_on_its_own():
    before, after = [30, 32, 29, 31, 33, 30, 28, 31], [15, 16, 14, 17, 15, 16, 14, 15]
    split = i_chart(before + after, split=[8])
    assert len(split.parts) == 2
    assert split.parts[0].center == pytest.approx(i_chart(before).center)
    assert split.center == pytest.approx(i_chart(after).center)
    assert split.ucl == pytest.approx(i_chart(after).ucl)
    with pytest.raises(ValueError):
        i_chart(before + after, split=[8], freeze=4)


# -- properties -----------------------------------------------------------------

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(st.integers(8, 40), st.lists(st.floats(0, 1), min_size=80, max_size=80),
       st.floats(5, 100))
def test_an_obvious_shift_always_signals(k, noise, jump):
    values = noise[:k] + [jump + x for x in noise[k:2 * k]]
    for result in (run_chart(values), i_chart(values)):
        assert result.signal
        assert any(s.kind in ("shift", "crossings", "outside") for s in result.signals)
    assert any(s.kind == "shift" for s in run_chart(values).signals)


@settings(max_examples=60, deadline=None)
@given(finite, st.integers(0, 60))
def test_a_constant_series_does_not_crash(value, n):
    values = [value] * n
    r = run_chart(values)
    assert r.useful == 0 and not r.signal
    c = i_chart(values)
    assert not any(c.outside)
    if n:
        assert c.center == pytest.approx(value)
    for rules in ("anhoej", "ihi"):
        assert not run_chart(values, rules=rules).signal


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 50)), min_size=1, max_size=60))
def test_p_chart_limits_stay_within_zero_and_one(pairs):
    counts = [min(c, n) for c, n in pairs]
    sizes = [n for _, n in pairs]
    p = p_chart(counts, sizes)
    assert p.center == pytest.approx(sum(counts) / sum(sizes))
    assert all(0.0 <= lo <= p.center <= hi <= 1.0 for lo, hi in zip(p.lcl, p.ucl))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(finite, st.none()), max_size=60))
def test_i_chart_is_symmetric_and_keeps_gaps_in_place(values):
    c = i_chart(values)
    assert len(c.values) == len(values) == len(c.outside) == len(c.signal_points)
    present = [v for v in values if v is not None]
    if len(present) >= 2 and not math.isnan(c.ucl):
        assert c.ucl - c.center == pytest.approx(c.center - c.lcl, rel=1e-9, abs=1e-6)
    for v, out in zip(values, c.outside):
        if v is None:
            assert not out


@pytest.mark.parametrize("n", [2, 3, 5, 10, 31, 64, 100, 257, 1000])
def test_crossings_limit_is_the_5th_percentile_of_the_binomial(n):
    m = n - 1
    cdf, k = 0.0, 0
    while True:
        cdf += math.comb(m, k) / 2 ** m
        if cdf >= 0.05:
            break
        k += 1
    assert crossings_limit(n) == k


# -- R's arithmetic, to the last bit ---------------------------------------------
# A point exactly on the centre line is left out of the runs analysis, so the
# centre line must be the very double R computes. R's mean() sums in long
# double (80-bit on x86-64) and adds the mean of the residuals; qicharts2's
# qic.i takes the moving ranges of y - cl and their mean(), and qic.p
# sqrt(cl * (1 - cl) / n). numpy's longdouble replays that here.

np = pytest.importorskip("numpy")
_R_LONG_DOUBLE = np.finfo(np.longdouble).nmant >= 63


def _r_mean(xs) -> float:
    if not len(xs):
        return math.nan
    ld = np.longdouble
    s = ld(0)
    for x in xs:
        s += ld(x)
    s /= ld(len(xs))
    if math.isfinite(float(s)):
        t = ld(0)
        for x in xs:
            t += ld(x) - s
        s += t / ld(len(xs))
    return float(s)


def _r_qic_i(y):
    cl = _r_mean(y)
    dev = [v - cl for v in y]
    mr = [abs(b - a) for a, b in zip(dev, dev[1:])]
    amr = _r_mean(mr)
    ulmr = 3.267 * amr
    amr = _r_mean([m for m in mr if m < ulmr])
    stdev = amr / 1.128
    return cl, cl - 3 * stdev, cl + 3 * stdev


_AUDIT_SERIES = [11.0, 9.0, 9.0, 11.8, 9.0, 8.1, 10.0, 6.0, 44.4, 9.0, 10.4, 13.0, 2.7]


def test_centre_line_is_r_mean_to_the_last_bit():
    # The audit's series: fsum(x)/n, corrected by residuals rounded one by one,
    # gave 11.799999999999999 and counted the point 11.8 as useful (13, not 12).
    c = i_chart(_AUDIT_SERIES)
    assert c.center == 11.8
    assert c.useful == 12                       # the point 11.8 is on the line
    # signs - - - (on) - - - - + - - + -: a run of 7, 4 crossings
    assert (c.runs.longest_run, c.crossings, c.longest_run_max) == (7, 4, 7)


@pytest.mark.skipif(not _R_LONG_DOUBLE, reason="no 80-bit long double to replay R")
def test_audit_series_matches_replayed_r_exactly():
    cl, lcl, ucl = _r_qic_i(_AUDIT_SERIES)
    c = i_chart(_AUDIT_SERIES)
    assert (c.center, c.lcl, c.ucl) == (cl, lcl, ucl)


@pytest.mark.skipif(not _R_LONG_DOUBLE, reason="no 80-bit long double to replay R")
@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 999), min_size=2, max_size=40), st.sampled_from([1, 10, 100]))
def test_i_chart_matches_replayed_r_exactly(ints, scale):
    values = [i / scale for i in ints]        # data as typed: a decimal or two
    cl, lcl, ucl = _r_qic_i(values)
    c = i_chart(values)
    assert c.center == cl
    if not math.isnan(lcl):
        assert (c.lcl, c.ucl) == (lcl, ucl)
    assert c.useful == sum(v != cl for v in values)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 999), min_size=1, max_size=41), st.sampled_from([1, 10, 100]))
def test_median_is_r_median_exactly(ints, scale):
    values = [i / scale for i in ints]
    s, h = sorted(values), len(values) // 2
    expected = s[h] if len(s) % 2 else (_r_mean(s[h - 1:h + 1]) if _R_LONG_DOUBLE
                                        else (s[h - 1] + s[h]) / 2)
    assert run_chart(values).center == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 60)), min_size=1, max_size=40))
def test_p_chart_limits_are_rounded_as_qicharts2_rounds_them(pairs):
    counts = [min(c, n) for c, n in pairs]
    sizes = [n for _, n in pairs]
    p = p_chart(counts, sizes)
    cl = sum(counts) / sum(sizes)               # whole numbers: the sums are exact
    assert p.center == cl
    for n, lo, hi in zip(sizes, p.lcl, p.ucl):
        stdev = math.sqrt(cl * (1 - cl) / n)
        assert hi == min(cl + 3 * stdev, 1.0) and lo == max(cl - 3 * stdev, 0.0)


def test_mean_is_correctly_rounded_where_residuals_one_by_one_are_not():
    from fractions import Fraction

    from app.spc import _mean

    rng = __import__("random").Random(5)
    for _ in range(2000):
        xs = [round(rng.uniform(0, 50), 1) for _ in range(rng.randint(2, 30))]
        exact = float(sum(map(Fraction, xs)) / len(xs))
        assert _mean(xs, exact=True) == exact, xs
