"""Charts of a measure: analysis, Swedish words and the matplotlib figure."""

from __future__ import annotations

import pytest

from app import spc
from app.core.charts import (
    Series, analyse, draw, measure_chart, measure_figure, position_of, signal_texts,
)


def _series(values, start_year=2025):
    periods = tuple(f"{start_year + i // 12}-{i % 12 + 1:02d}" for i in range(len(values)))
    n = len(values)
    return Series(periods, tuple(values), (None,) * n, (None,) * n, ("",) * n)


def test_signal_texts_explain_a_shift_in_swedish():
    result = spc.run_chart([9, 8, 9, 8, 9, 8, 9, 8, 9, 8, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2])
    texts = signal_texts(result)
    assert "10 punkter i rad över medianen, punkt 1–punkt 10: ett skift." in texts
    assert any(t.startswith("10 punkter i rad under medianen") for t in texts)
    assert any(t.startswith("För få korsningar av medianen: 1, minst 6") for t in texts)


def test_signal_texts_say_better_or_worse_and_name_periods():
    result = spc.run_chart([9] * 8 + [1] * 8 + [9, 1])
    periods = tuple(f"v{i}" for i in range(18))
    text = signal_texts(result, periods, direction="down")
    assert any("8 punkter i rad under medianen, v8–v15: ett skift – på den bättre sidan."
               == t for t in text)
    assert any("över medianen" in t and "på den sämre sidan" in t for t in text)
    falling = signal_texts(spc.run_chart([9, 8, 7, 6, 5, 4, 5, 6, 5, 6]), None, "down")
    trend = signal_texts(spc.run_chart([9, 8, 7, 6, 5, 4, 5, 6, 5, 6], rules="ihi"), None,
                         "down")
    assert not any("förbättring" in t for t in falling)   # no trend rule in Anhøj's set
    assert any(t.startswith("6 punkter i rad sjunkande") and t.endswith(
        ": en trend – en förbättring.") for t in trend)


def test_signal_texts_for_points_outside_the_limits():
    values = [10, 14, 11, 13, 10, 14, 12, 13, 11, 14, 10, 13, 12, 30]
    texts = signal_texts(spc.i_chart(values))
    assert texts == ["Punkt utanför styrgränsen: punkt 14 ligger över den övre styrgränsen."]
    ihi = signal_texts(spc.run_chart([1, 2, 3, 4, 5, 6, 2, 3, 2, 3], rules="ihi"))
    assert any(t.startswith("6 punkter i rad stigande") for t in ihi)
    runs = signal_texts(spc.run_chart([1, 9] * 8, rules="ihi"))
    assert runs == ["För många serier kring medianen: 16, högst 13 väntas av slumpen "
                    "(punkt 1–punkt 16)."]


def test_no_signal_gives_no_words():
    assert signal_texts(spc.run_chart([1, 3, 2, 4, 3, 1, 2, 4, 3, 2, 4, 1])) == []


def test_position_of_a_date_in_monthly_periods():
    periods = ("2026-01", "2026-02", "2026-03")
    assert position_of(periods, "2026-02-17") == 1
    assert position_of(periods, "2025-12-31") is None
    assert position_of(periods, "2026-03-31") == 2
    assert position_of(periods, "2026-04-01") is None      # after the last month ends
    assert position_of(periods, "2027-01-01") is None
    # a date in a month without a value: between its neighbours, not at either
    assert position_of(("2026-01", "2026-02", "2026-05"), "2026-03-10") == 1.5
    # periods named by their first day last a week, a month or a quarter
    weeks = ("2026-03-02", "2026-03-09")
    assert position_of(weeks, "2026-03-15", "week") == 1
    assert position_of(weeks, "2026-03-16", "week") is None
    assert position_of(("2026-01", "2026-04"), "2026-06-30", "quarter") == 1
    assert position_of(("2026-01", "2026-04"), "2026-07-01", "quarter") is None


def test_split_at_a_period_and_freeze():
    s = _series([30, 31, 29, 30, 32, 31, 15, 16, 14, 15, 16, 15])
    split = analyse(s, "i", splits=("2025-07",))
    assert [(p.start, p.stop) for p in split.parts] == [(0, 6), (6, 12)]
    frozen = analyse(s, "run", freeze=6)
    assert frozen.parts[0].baseline == 6 and frozen.center == 30.5
    assert analyse(s, "run", freeze=6, splits=("2025-07",)).parts[1].start == 6


def test_measure_chart_annotates_cycles_and_notes(ws):
    team = ws.add_team("Team")
    m = ws.add_measure(team, "Väntetid", kind="time", direction="down", target=20)
    for i in range(12):
        ws.set_data_point(m, f"2026-{i + 1:02d}", value=40 if i < 6 else 20,
                          note="ny rutin" if i == 6 else "")
    ws.add_cycle(team, "Testa bokning", starts_on="2026-06-10", measure_ids=[m])
    ws.add_cycle(team, "Annat mått", starts_on="2026-03-01",
                 measure_ids=[ws.add_measure(team, "Annat")])
    ws.update_team(team, sessions=[("Lärandeseminarium 1", "2026-03-11")])
    mc = measure_chart(ws, m)
    labels = {(a.kind, a.position, a.label) for a in mc.annotations}
    assert ("note", 6, "1") in labels and ("cycle", 5, "PGSA 1") in labels
    assert ("session", 2, "LS1") in labels
    assert not any(a.label == "PGSA 2" for a in mc.annotations)   # linked to another measure
    assert mc.chart == "run" and mc.target == 20


def test_an_empty_proportion_keeps_its_p_chart_name_everywhere(ws):
    team = ws.add_team("Team")
    share = ws.add_measure(team, "Andel", kind="proportion", chart="p")
    mc = measure_chart(ws, share)            # the measure page, presentation and PDF
    assert mc.chart == "p" and mc.remarks == ()
    ws.set_data_point(share, "2026-01", value=0.5)       # a share without its counts
    assert measure_chart(ws, share).chart == "run"


def test_a_projected_chart_masks_a_personnummer_in_notes_and_cycles(ws):
    team = ws.add_team("Team")
    m = ws.add_measure(team, "Väntetid")
    ws.set_data_point(m, "2026-01", value=4, note="ringde 19121212-1212")
    ws.add_cycle(team, "Uppföljning av 19121212-1212", starts_on="2026-01-05",
                 measure_ids=[m])
    texts = [a.text for a in measure_chart(ws, m, masked=True).annotations]
    assert texts == ["1: 2026-01 – ringde 19121212-****",
                     "PGSA 1: Uppföljning av 19121212-****"]
    assert any("19121212-1212" in a.text for a in measure_chart(ws, m).annotations)


def test_a_cycle_outside_the_data_is_said_in_words_never_drawn_at_the_last_period(ws):
    # the trial: a test started 2026-11-24 on a measure whose data end 2026-03 was
    # drawn at 2026-03, in the app's chart and in the PDF (both draw this chart)
    team = ws.add_team("Team")
    m = ws.add_measure(team, "SIP inom 30 dagar", kind="count")
    for month in ("2026-01", "2026-02", "2026-03"):
        ws.set_data_point(m, month, value=5)
    ws.add_cycle(team, "Ring upp", starts_on="2026-11-24", measure_ids=[m])
    ws.add_cycle(team, "Förstudie", starts_on="2025-10-01", measure_ids=[m])
    ws.add_cycle(team, "Blankett", starts_on="2026-03-30", measure_ids=[m])
    for language, later, earlier in (
            ("sv", "PGSA 1: Ring upp – start 2026-11-24, efter sista värdet (2026-03)",
             "PGSA 2: Förstudie – start 2025-10-01, före första värdet (2026-01)"),
            ("en", "PDSA 1: Ring upp – start 2026-11-24, after the last value (2026-03)",
             "PDSA 2: Förstudie – start 2025-10-01, before the first value (2026-01)")):
        mc = measure_chart(ws, m, language=language)
        cycles = {a.label[-1]: a for a in mc.annotations if a.kind == "cycle"}
        assert cycles["1"].position is None and cycles["1"].text == later
        assert cycles["2"].position is None and cycles["2"].text == earlier
        assert cycles["3"].position == 2          # started in March: drawn at March
        fig = draw(mc, language=language)
        flags = [t.get_text() for t in fig.axes[0].texts if t.get_text().startswith("P")]
        assert flags == [cycles["3"].label]        # only the March test is on the axis
        words = " ".join(t.get_text() for t in fig.texts)
        assert "2026-11-24" in words and "2025-10-01" in words


def test_p_chart_falls_back_to_run_chart_without_denominators(ws):
    team = ws.add_team("Team")
    m = ws.add_measure(team, "Andel", kind="proportion")
    ws.set_data_point(m, "2026-01", value=0.3)     # a share without numerator, denominator
    assert measure_chart(ws, m).chart == "run"
    assert measure_chart(ws, m, chart="i").chart == "i"


def test_measure_figure_draws_points_limits_target_and_words(demo_ws):
    measure = next(m for m in demo_ws.measures() if m.kind == "proportion" and m.freeze is None)
    fig = measure_figure(demo_ws, measure.id, width_in=8, height_in=5)
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts] + [t.get_text() for t in fig.texts]
    assert any(t.startswith("Mål 80 %") for t in texts)
    assert any(t.startswith("ÖSG") for t in texts) and any(t.startswith("NSG") for t in texts)
    assert any("PGSA 1" == t for t in texts)
    assert any("punkter i rad över medelvärdet" in t for t in texts)
    assert ax.get_title(loc="left").endswith("P-diagram")
    assert tuple(fig.get_size_inches()) == pytest.approx((8, 5))


def test_measure_figure_renders_to_png(demo_ws, tmp_path):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for measure in demo_ws.measures():
        for chart in ("run", "i", "p"):
            fig = measure_figure(demo_ws, measure.id, chart=chart)
            FigureCanvasAgg(fig).print_png(tmp_path / "c.png")
            assert (tmp_path / "c.png").stat().st_size > 5000


def test_empty_measure_draws_a_friendly_figure(ws):
    m = ws.add_measure(ws.add_team("Team"), "Tomt")
    fig = measure_figure(ws, m)
    assert any(t.get_text() == "Inga mätvärden ännu" for t in fig.axes[0].texts)


def test_charts_module_keeps_matplotlib_lazy():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", "import sys, app.core.charts; "
                          "print(any(m.startswith('matplotlib') for m in sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def _figure_words(fig) -> str:
    return "\n".join([t.get_text() for t in fig.axes[0].texts]
                     + [t.get_text() for t in fig.texts])


def test_a_split_beside_a_frozen_baseline_is_said_in_words(ws):
    """qicharts2 ignores freeze when the chart has parts; the chart once did so
    silently while the options still said "Baslinje: 8 punkter"."""
    from app.core.charts import draw

    team = ws.add_team("Team")
    m = ws.add_measure(team, "Väntetid", kind="time", freeze=8)
    for i in range(16):
        ws.set_data_point(m, f"2026-{i % 12 + 1:02d}" if i < 12 else f"2027-{i - 11:02d}",
                          value=[30, 31, 29, 30, 32, 31, 30, 29][i % 8] - (10 if i >= 10 else 0))
    frozen = measure_chart(ws, m, chart="i")
    assert frozen.remarks == () and frozen.frozen == 8
    ws.update_measure(m, splits=["2026-11"])
    split = measure_chart(ws, m, chart="i")
    assert len(split.result.parts) == 2 and split.frozen is None
    assert split.remarks == ("Baslinjen (8 punkter) används inte när diagrammet är delat: "
                             "varje del har egen centrumlinje.",)
    assert "Baslinjen (8 punkter) används inte" in _figure_words(draw(split))
    english = measure_chart(ws, m, chart="i", language="en")
    assert english.remarks[0].startswith("The baseline (8 points) is not used while")
    ws.update_measure(m, splits=["2030-01"])          # after the last period: no split
    assert measure_chart(ws, m, chart="i").remarks == ()


def test_a_p_chart_of_a_measure_that_is_no_proportion_says_so(ws):
    from app.core.charts import draw

    team = ws.add_team("Team")
    count = ws.add_measure(team, "Antal", kind="proportion", chart="p")
    ws._write("measures", count, {"kind": "count"})   # an old record: P on a count
    assert ws.measure(count).chart == "p"
    for i in range(12):
        ws.set_data_point(count, f"2026-{i + 1:02d}", value=3 + i % 3)
    mc = measure_chart(ws, count)
    assert mc.chart == "run"
    assert mc.remarks == ("P-diagram passar bara andelar (täljare/nämnare): visas som "
                          "seriediagram.",)
    fig = draw(mc)
    assert "P-diagram passar bara andelar" in _figure_words(fig)
    assert fig.axes[0].get_title(loc="left").endswith("Seriediagram")
    share = ws.add_measure(team, "Andel", kind="proportion", chart="p")
    ws.set_data_point(share, "2026-01", value=0.5)               # no numerator, denominator
    assert measure_chart(ws, share).remarks == (
        "P-diagram kräver täljare och nämnare: visas som seriediagram.",)
    assert measure_chart(ws, ws.add_measure(team, "Tom andel", kind="proportion")
                         ).remarks == ()                          # no data: nothing to say
    assert measure_chart(ws, count, language="en").remarks[0].startswith(
        "A P chart suits proportions only")


def test_limits_of_whole_numbers_get_one_decimal_not_two(ws):
    from app.core.charts import _right_label_texts, measure_chart

    team = ws.add_team("Team")
    days = ws.add_measure(team, "Dagar till första SIP-mötet", kind="count")
    for month, value in zip(range(1, 13), (21, 18, 25, 19, 22, 17, 24, 20, 23, 16, 26, 19)):
        ws.set_data_point(days, f"2026-{month:02d}", value=value)
    texts = [text for _, text, _ in _right_label_texts(
        measure_chart(ws, days, chart="i"), lambda word: word, "sv")]
    limits = [t for t in texts if t.startswith(("ÖSG", "Medel", "NSG"))]
    assert len(limits) == 3
    for text in limits:                       # "ÖSG 29,3", never "ÖSG 29,31"
        number = text.split()[-1]
        assert "," not in number or len(number.split(",")[1]) == 1, text
    tenths = ws.add_measure(team, "Väntetid i veckor", kind="count")
    for month, value in zip(range(1, 7), (2.5, 3.1, 2.8, 3.4, 2.2, 2.9)):
        ws.set_data_point(tenths, f"2026-{month:02d}", value=value)
    texts = [text for _, text, _ in _right_label_texts(
        measure_chart(ws, tenths, chart="i"), lambda word: word, "sv")]
    assert any(t.startswith("Medel 2,82") for t in texts), texts   # 2.8166…: one more
    ws.update_measure(days, target=17.25)          # a target as typed, not rounded
    texts = [text for _, text, _ in _right_label_texts(
        measure_chart(ws, days, chart="i"), lambda word: word, "sv")]
    assert "Mål 17,25" in texts
