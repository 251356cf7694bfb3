"""A chart's words in the interface's language, and its type at a larger scale
(presentation mode): English SPC vocabulary, Swedish unchanged, nothing cut."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from app import spc
from app.core import chart_words, charts
from app.core.charts import _fmt, draw, measure_chart, measure_figure, signal_texts, summary_text

SWEDISH = re.compile(r"punkt|medianen|medelvärdet|styrgräns|korsning|skift\b|slump|ÖSG|NSG|"
                     r"\bMål\b|Andel|PGSA|förbättring|försämring|diagram|\bdel\b|\boch\b|"
                     r"\bi rad\b|serier|Baslinje|Ändring|Inga mätvärden", re.IGNORECASE)
SHIFTS = [9, 8, 9, 8, 9, 8, 9, 8, 9, 8, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2]
_BASE = [10, 14, 11, 13, 10, 14, 12, 13, 11, 14, 10, 13, 12]
OUTSIDE = [*_BASE, 30, *_BASE, -3, *_BASE, -4]


def _texts(fig) -> list[str]:
    ax = fig.axes[0]
    return ([t.get_text() for t in ax.texts] + [t.get_text() for t in fig.texts]
            + [ax.get_title(loc="left"), ax.get_ylabel()]
            + [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()])


# -- words ---------------------------------------------------------------------

def test_signal_texts_in_english():
    texts = signal_texts(spc.run_chart(SHIFTS), language="en")
    assert "10 points in a row above the median, point 1–point 10: a shift." in texts
    assert any(t.startswith("10 points in a row below the median") for t in texts)
    assert any(t.startswith("Too few crossings of the median: 1, at least 6 expected by "
                            "chance") for t in texts)
    assert not any(SWEDISH.search(t) for t in texts), texts
    runs = signal_texts(spc.run_chart(SHIFTS, rules="ihi"), language="en")
    assert ("Too few runs around the median: 2, at least 6 expected by chance "
            "(point 1–point 20).") in runs
    assert not any(SWEDISH.search(t) for t in runs), runs


def test_english_says_better_or_worse_and_names_periods():
    result = spc.run_chart([9] * 8 + [1] * 8 + [9, 1])
    periods = tuple(f"v{i}" for i in range(18))
    texts = signal_texts(result, periods, "down", language="en")
    assert "8 points in a row below the median, v8–v15: a shift – on the better side." in texts
    assert any("above the median" in t and "on the worse side" in t for t in texts)
    trend = signal_texts(spc.run_chart([1, 2, 3, 4, 5, 6, 2, 3, 2, 3], rules="ihi"), None,
                         "up", language="en")
    assert any(t.startswith("6 points in a row rising, point 1–point 6: a trend – an "
                            "improvement") for t in trend)


def test_points_outside_the_limits_in_english():
    texts = signal_texts(spc.i_chart(OUTSIDE), language="en")
    assert ("Point outside the control limits: point 14 is above the upper control limit."
            in texts)
    assert "2 points outside the control limits, below the lower limit: point 28, point 42." \
        in texts
    assert not any(SWEDISH.search(t) for t in texts), texts


def test_split_chart_names_its_parts_in_english():
    values = [10, 11, 12, 11, 10, 12, 11, 10, 11, 30, 31, 30, 29, 30, 31, 30, 29, 30]
    texts = signal_texts(spc.i_chart(values, split=[9]), language="en")
    swedish = signal_texts(spc.i_chart(values, split=[9]))
    assert len(texts) == len(swedish)
    assert all("(part " in e for e, s in zip(texts, swedish) if "(del " in s)


def test_summary_in_english():
    assert summary_text(spc.run_chart([1, 2, 3]), language="en") == (
        "Too few points to judge the variation (at least 10 are needed).")
    random = spc.run_chart([1, 3, 2, 4, 3, 1, 2, 4, 3, 2, 4, 1])
    assert summary_text(random, language="en") == "No signal: the variation looks random."
    assert summary_text(random) == "Ingen signal: variationen ser slumpmässig ut."


def test_swedish_is_the_default_and_unchanged():
    result = spc.run_chart(SHIFTS)
    assert signal_texts(result) == signal_texts(result, language="sv")
    assert "10 punkter i rad över medianen, punkt 1–punkt 10: ett skift." in signal_texts(result)
    assert signal_texts(spc.i_chart(OUTSIDE))[0] == (
        "Punkt utanför styrgränsen: punkt 14 ligger över den övre styrgränsen.")
    assert signal_texts(spc.i_chart(OUTSIDE))[1] == (
        "2 punkter utanför styrgränsen, under den nedre: punkt 28, punkt 42.")
    assert summary_text(spc.run_chart([1, 2, 3])) == (
        "För få punkter för att bedöma variationen (minst 10 behövs).")


def test_numbers_with_the_languages_decimal_sign():
    assert _fmt(0.527, percent=True) == "52,7 %"
    assert _fmt(0.527, percent=True, language="en") == "52.7%"
    assert _fmt(0.8, percent=True, language="en") == "80%"
    assert _fmt(12.5) == "12,5" and _fmt(12.5, language="en") == "12.5"
    assert _fmt(1234.4, language="en") == "1234" and _fmt(float("nan"), language="en") == "–"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        signal_texts(spc.run_chart(SHIFTS), language="de")


def _literals(node) -> set[str]:
    """The texts an expression may give: "a" if x == "up" else "b" gives a and b."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _literals(node.body) | _literals(node.orelse)
    if isinstance(node, ast.Dict):
        return set().union(*(_literals(v) for v in node.values))
    if isinstance(node, ast.Subscript):
        return _literals(node.value)
    return set()


def _asked_for() -> set[str]:
    """Every Swedish text charts.py hands to say(): literals in its first argument."""
    tree = ast.parse(Path(charts.__file__).read_text(encoding="utf-8"))
    found = set(charts.CENTER_NAMES.values()) | {"centrumlinjen"}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else \
            getattr(node.func, "id", "")
        if name == "say":
            found |= _literals(node.args[0])
    found |= {"över", "under", "övre", "nedre"}      # said through loop variables
    return found


def test_every_chart_word_has_english_with_the_same_fields():
    asked = _asked_for()
    assert len(asked) > 30
    missing = sorted(asked - set(chart_words.EN))
    assert not missing, missing

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for swedish, english in chart_words.EN.items():
        assert fields(swedish) == fields(english), swedish


# -- the figure ------------------------------------------------------------------

def test_english_figure_has_english_words(demo_ws):
    measure = next(m for m in demo_ws.measures() if m.kind == "proportion" and m.freeze is None)
    fig = measure_figure(demo_ws, measure.id, width_in=8, height_in=5, language="en")
    ax = fig.axes[0]
    texts = _texts(fig)
    assert any(t.startswith("Target 80%") for t in texts)
    assert any(t.startswith("UCL ") for t in texts) and any(t.startswith("LCL ") for t in texts)
    assert any(t.startswith("Mean ") for t in texts)
    words = "\n".join(t.get_text() for t in fig.texts)
    assert any(t == "PDSA 1" or t.startswith("PDSA 1, ") for t in texts)   # maybe joined
    assert "\nPDSA 1: " in words
    assert "points in a row above the mean" in words
    assert ax.get_title(loc="left").endswith("– P chart") and ax.get_ylabel() == "Proportion"
    assert ax.yaxis.get_major_formatter()(0.25, 0) == "25%"
    # (the measure's name, notes and cycle titles are the user's, in Swedish here)
    offending = [t for t in texts if SWEDISH.search(t.replace(measure.name, ""))]
    assert not offending, offending


def test_english_run_chart_and_empty_chart(ws):
    team = ws.add_team("Team")
    m = ws.add_measure(team, "Väntetid", kind="time", direction="down", target=20, unit="")
    for i in range(12):
        ws.set_data_point(m, f"2026-{i + 1:02d}", value=40 if i < 6 else 20.5)
    fig = measure_figure(ws, m, language="en")
    texts = _texts(fig)
    assert fig.axes[0].get_title(loc="left") == "Väntetid – Run chart"
    assert any(t.startswith("Median ") for t in texts) and "Target 20" in texts
    assert fig.axes[0].get_ylabel() == "Value"
    assert not any(t.startswith(("ÖSG", "NSG", "Medel")) for t in texts)
    empty = measure_figure(ws, ws.add_measure(team, "Tomt"), language="en")
    assert empty.axes[0].texts[0].get_text() == "No data yet"
    assert empty.axes[0].get_title(loc="left") == "Tomt – Run chart"


@pytest.mark.parametrize("width_in", [3.4, 4.0, 4.6, 5.2, 6.0])
def test_a_wrapped_title_keeps_the_charts_name_whole(demo_ws, width_in):
    """A narrow pane once wrapped the English title as "… – P" / "chart"."""
    measure = next(m for m in demo_ws.measures() if m.kind == "proportion")
    title = measure_figure(demo_ws, measure.id, width_in=width_in, height_in=5,
                           language="en").axes[0].get_title(loc="left")
    assert title.replace("\n", " ") == f"{measure.name} – P chart"
    assert "P chart" in title.splitlines()[-1]


def test_annotations_follow_the_language(ws):
    team = ws.add_team("Team")
    m = ws.add_measure(team, "Väntetid")
    for i in range(6):
        ws.set_data_point(m, f"2026-{i + 1:02d}", value=i)
    ws.add_cycle(team, "Testa bokning", starts_on="2026-03-10", measure_ids=[m])
    labels = {(a.label, a.text) for a in measure_chart(ws, m, language="en").annotations}
    assert ("PDSA 1", "PDSA 1: Testa bokning") in labels
    assert ("PGSA 1", "PGSA 1: Testa bokning") in {
        (a.label, a.text) for a in measure_chart(ws, m).annotations}


def test_swedish_figure_is_the_default(demo_ws):
    measure = next(m for m in demo_ws.measures() if m.kind == "proportion")
    default = _texts(measure_figure(demo_ws, measure.id))
    assert default == _texts(measure_figure(demo_ws, measure.id, language="sv"))
    assert any(t.startswith("ÖSG") for t in default)


# -- font scale: larger type, nothing cut or overlapping ----------------------------

def test_font_scale_enlarges_type_lines_and_markers(demo_ws):
    measure = demo_ws.measures()[0]
    normal = measure_figure(demo_ws, measure.id, width_in=18.5, height_in=8)
    large = measure_figure(demo_ws, measure.id, width_in=18.5, height_in=8, font_scale=2.2)
    tick = [f.axes[0].get_xticklabels()[0].get_fontsize() for f in (normal, large)]
    assert tick[1] == pytest.approx(2.2 * tick[0])
    title = [f.axes[0]._left_title.get_fontsize() for f in (normal, large)]
    assert title[1] == pytest.approx(2.2 * title[0])
    words = [f.texts[0].get_fontsize() for f in (normal, large)]
    assert words[1] == pytest.approx(2.2 * words[0])
    line = [f.axes[0].lines[0] for f in (normal, large)]
    assert line[0].get_linewidth() < line[1].get_linewidth() < 2.2 * line[0].get_linewidth()
    assert line[0].get_markersize() < line[1].get_markersize()


def _boxes(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    ax = fig.axes[0]
    low, high = ax.get_ylim()
    shown = [label for tick, label in zip(ax.get_yticks(), ax.get_yticklabels())
             if low <= tick <= high]                 # ticks beyond the limits are not drawn
    texts = [t for t in ax.texts + fig.texts + [ax._left_title, ax.yaxis.label]
             + ax.get_xticklabels() + shown if t.get_text().strip() and t.get_visible()]
    return renderer, {t: t.get_window_extent(renderer) for t in texts}


@pytest.mark.parametrize("width, height, scale, language", [
    (18.56, 8.06, 2.2, "en"),     # presentation, 1920×1080
    (12.16, 5.22, 1.44, "en"),    # presentation, 1280×720
    (12.16, 5.22, 1.44, "sv"),
    (6.6, 3.9, 1.0, "sv"),        # the PDF report
    (4.4, 6.0, 1.0, "en"),        # the improvement tab
])
def test_no_text_is_cut_off_nor_on_the_period_labels(demo_ws, width, height, scale,
                                                      language):
    for measure in demo_ws.measures():
        fig = draw(measure_chart(demo_ws, measure.id, language=language), width_in=width,
                   height_in=height, language=language, font_scale=scale, words_share=0.45
                   if scale > 1 else 0.6)
        _, boxes = _boxes(fig)
        w, h = fig.bbox.width, fig.bbox.height
        for text, box in boxes.items():
            assert box.x0 >= -1 and box.y0 >= -1 and box.x1 <= w + 1 and box.y1 <= h + 1, (
                measure.name, text.get_text())
        labels = [t for t in fig.axes[0].get_xticklabels() if t in boxes]
        periods = [boxes[t] for t in labels]
        words = [boxes[t] for t in fig.texts if t in boxes]
        assert periods and words
        assert max(b.y1 for b in words) < min(b.y0 for b in periods), measure.name
        # Labels at 45°: a line of type apart, measured across them.
        line_px = labels[0].get_fontsize() * fig.dpi / 72
        for a, b in zip(periods, periods[1:]):
            assert (b.x1 - a.x1) * 0.707 >= 0.9 * line_px, measure.name


def test_two_columns_of_words_start_level(demo_ws):
    measure = demo_ws.measures()[0]
    fig = measure_figure(demo_ws, measure.id, width_in=18.56, height_in=8.06, language="en",
                         font_scale=2.2, words_share=0.45)
    assert len(fig.texts) == 2
    _, boxes = _boxes(fig)
    left, right = (boxes[t] for t in fig.texts)
    assert right.x0 > left.x1                       # side by side, not on each other
    assert left.y1 == pytest.approx(right.y1, abs=2)


def test_words_that_do_not_fit_are_cut_with_a_count(demo_ws):
    measure = demo_ws.measures()[0]
    fig = measure_figure(demo_ws, measure.id, width_in=9, height_in=4, font_scale=2.0,
                         words_share=0.45, language="en")
    words = "\n".join(t.get_text() for t in fig.texts)
    assert re.search(r"… and \d+ more\.", words)
    sv = "\n".join(t.get_text() for t in measure_figure(
        demo_ws, measure.id, width_in=9, height_in=4, font_scale=2.0, words_share=0.45).texts)
    assert re.search(r"… och \d+ till\.", sv)
