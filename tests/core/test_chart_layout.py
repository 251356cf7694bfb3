"""The labels of a chart never cover each other, a point or the axis's range: the
learning sessions beside "Ändring", a note's number beside its point, crowded PGSA
flags, and a proportion's axis that stays within 0–100 %."""

from __future__ import annotations

import itertools

import pytest

from app import spc
from app.core.charts import Annotation, MeasureChart, Series, draw, measure_chart

SIZES = {                                   # inches and font scale, as the GUI draws them
    "tab, 1280 px": (4.57, 5.96, 1.08, 0.6),
    "tab, narrow": (2.9, 3.2, 1.08, 0.6),
    "report": (6.6, 3.9, 1.0, 0.6),
    "presentation 1280 × 720": (12.16, 5.22, 1.67, 0.45),
    "presentation 1280 × 720, zoomed": (12.16, 5.22, 2.01, 0.45),
    "presentation 1920 × 1080": (18.56, 8.06, 2.56, 0.45),
}


def _rendered(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return canvas.get_renderer()


def _label_boxes(fig) -> dict:
    """The boxes of the words on and around the axes (not the tick labels, which
    matplotlib spaces itself)."""
    renderer = _rendered(fig)
    ax = fig.axes[0]
    texts = [t for t in ax.texts + fig.texts + [ax._left_title] if t.get_text().strip()]
    return {t: t.get_window_extent(renderer) for t in texts}


def _points_px(fig, result, scale):
    """(x, y, radius) of each point's marker, in pixels."""
    ax = fig.axes[0]
    found = []
    for i, v in enumerate(result.values):
        if v == v:
            size = 11 * 0.71 if result.outside[i] else 7 / 2 if result.signal_points[i] else 2
            x, y = ax.transData.transform((i, v))
            found.append((x, y, size * scale ** 0.5 * fig.dpi / 72))
    return found


def _overlap(a, b) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 1 and min(a.y1, b.y1) - max(a.y0, b.y0) > 1


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_label_covers_another_nor_a_point(demo_ws, size, language):
    width, height, scale, share = SIZES[size]
    for measure in demo_ws.measures():
        mc = measure_chart(demo_ws, measure.id, language=language)
        fig = draw(mc, width_in=width, height_in=height, language=language, font_scale=scale,
                   words_share=share)
        boxes = _label_boxes(fig)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
            assert not _overlap(box_a, box_b), (measure.name, a.get_text(), b.get_text())
        w, h = fig.bbox.width, fig.bbox.height
        for text, box in boxes.items():
            assert box.x0 >= -1 and box.x1 <= w + 1 and box.y0 >= -1 and box.y1 <= h + 1, (
                measure.name, text.get_text())
        # a note's number beside its point, not on it (nor on its neighbours)
        notes = [t for t in fig.axes[0].texts if t.get_fontweight() == "bold"]
        assert len(notes) == sum(a.kind == "note" for a in mc.annotations)
        for note in notes:
            box = boxes[note]
            for x, y, radius in _points_px(fig, mc.result, scale):
                clear_x = x + radius < box.x0 or x - radius > box.x1
                clear_y = y + radius < box.y0 or y - radius > box.y1
                assert clear_x or clear_y, (measure.name, size)


def test_a_learning_session_and_a_change_in_the_same_month_are_both_legible(demo_ws):
    measure = next(m for m in demo_ws.measures() if m.splits)
    mc = measure_chart(demo_ws, measure.id)
    split_at = mc.result.parts[1].start
    assert any(a.kind == "session" and a.position == split_at for a in mc.annotations)
    fig = draw(mc, width_in=4.57, height_in=5.96, font_scale=1.08)
    boxes = _label_boxes(fig)
    change = next(b for t, b in boxes.items() if t.get_text() == "Ändring")
    session = next(b for t, b in boxes.items() if t.get_text().startswith("LS"))
    assert not _overlap(change, session)


def _p_chart(n: int = 18, cycles: int = 5) -> MeasureChart:
    """Proportions near 0 % and 100 %, with PGSA cycles month after month."""
    counts = [(1 if i % 3 else 0) if i < n // 2 else (19 if i % 4 else 20) for i in range(n)]
    sizes = [20] * n
    periods = tuple(f"{2025 + i // 12}-{i % 12 + 1:02d}" for i in range(n))
    result = spc.p_chart(counts, sizes)
    notes = tuple(Annotation(4 + k, f"PGSA {k + 1}", f"PGSA {k + 1}: test", "cycle")
                  for k in range(cycles))
    series = Series(periods, tuple(c / s for c, s in zip(counts, sizes)), tuple(counts),
                    tuple(sizes), ("",) * n)
    return MeasureChart("Andel", "", "p", series, result, 0.9, "up", True, None, notes)


@pytest.mark.parametrize("width, height", [(2.9, 3.2), (4.57, 5.96), (12.16, 5.22)])
def test_a_proportion_axis_stays_within_0_and_100_percent(width, height):
    fig = draw(_p_chart(), width_in=width, height_in=height, font_scale=1.08)
    ax = fig.axes[0]
    low, high = ax.get_ylim()
    shown = [v for v in ax.get_yticks() if low <= v <= high]
    assert shown and min(shown) >= 0 and max(shown) <= 1 + 1e-9
    assert not any(t.get_text().startswith(("-", "\N{MINUS SIGN}"))
                   for t in ax.get_yticklabels())
    bounds = ax.spines["left"].get_bounds()
    assert bounds is not None and bounds[0] >= 0 and bounds[1] <= 1 + 1e-9


def test_crowded_pgsa_flags_are_joined_rather_than_stacked_over_the_chart():
    fig = draw(_p_chart(cycles=6), width_in=2.9, height_in=3.2, font_scale=1.08)
    boxes = _label_boxes(fig)
    flags = [t.get_text() for t in boxes if t.get_text().startswith("PGSA")]
    assert flags and any(", " in f for f in flags)             # e.g. "PGSA 1, 2, 3"
    numbers = [n for f in flags for n in f.removeprefix("PGSA ").split(", ")]
    assert sorted(numbers, key=int) == [str(k) for k in range(1, 7)]   # every cycle named
    for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
        assert not _overlap(box_a, box_b), (a.get_text(), b.get_text())


# -- the axes' share, the y axis's numbers and the labels beside their lines --------

PRESENTATION_STEPS = {           # the figure's inches and the font scale at each Ctrl +
    "720": (12.16, 5.22, (1.67, 1.93, 2.17)),
    "1080": (18.56, 8.06, (2.56, 2.92, 3.27, 3.37)),
}
TAB_200 = [(3.99, 3.5, 1.08), (3.38, 3.36, 1.08)]    # the tab's pane at 200 % of 1080p


def _layout(fig) -> dict:
    renderer = _rendered(fig)
    ax = fig.axes[0]
    low, high = ax.get_ylim()
    ticks = [t for t, v in zip(ax.get_yticklabels(), ax.get_yticks())
             if low <= v <= high and t.get_text()]
    axes_box = ax.get_window_extent(renderer)
    data_box = ax.spines["left"].get_window_extent(renderer)
    return {"ticks": [t.get_window_extent(renderer) for t in ticks],
            "tick_px": [t.get_fontsize() * fig.dpi / 72 for t in ticks],
            "axes_share": axes_box.height / fig.bbox.height,
            "data_of_axes": data_box.height / axes_box.height}


@pytest.mark.parametrize("screen", list(PRESENTATION_STEPS))
def test_presentation_zoom_keeps_the_y_numbers_apart_and_the_plot_tall(demo_ws, screen):
    """Ctrl + three times at 1080 once crammed 90 %…20 % on top of each other and
    the label rows squeezed the plot: the numbers follow the room, the label rows are
    joined before the data are squeezed."""
    width, height, scales = PRESENTATION_STEPS[screen]
    for scale in scales:
        for measure in demo_ws.measures():
            fig = draw(measure_chart(demo_ws, measure.id), width_in=width, height_in=height,
                       font_scale=scale, words_share=0.45)
            found = _layout(fig)
            where = (measure.name, scale)
            boxes = sorted(found["ticks"], key=lambda b: b.y0)
            assert len(boxes) >= 2, where
            for a, b in zip(boxes, boxes[1:]):
                assert b.y0 - a.y1 >= 2, where                # a gap between numbers
            assert found["axes_share"] >= 0.45, where
            assert found["data_of_axes"] >= 0.45, where


@pytest.mark.parametrize("screen, minimum_px", [("720", 18), ("1080", 24)])
def test_presentation_axis_numbers_are_legible(demo_ws, screen, minimum_px):
    width, height, scales = PRESENTATION_STEPS[screen]
    measure = next(m for m in demo_ws.measures() if m.chart == "p")
    fig = draw(measure_chart(demo_ws, measure.id), width_in=width, height_in=height,
               font_scale=scales[0], words_share=0.45)
    ax = fig.axes[0]
    for label in ax.get_yticklabels() + ax.get_xticklabels():
        assert label.get_fontsize() * fig.dpi / 72 >= minimum_px


@pytest.mark.parametrize("width, height, scale", TAB_200)
def test_the_label_bands_leave_the_data_most_of_the_axes_in_a_small_pane(
        demo_ws, width, height, scale):
    """At 200 % the data once filled the top third of the tab's chart over a tall
    empty band for two rows of PGSA flags."""
    for measure in demo_ws.measures():
        found = _layout(draw(measure_chart(demo_ws, measure.id), width_in=width,
                             height_in=height, font_scale=scale))
        assert found["axes_share"] >= 0.45, measure.name
        assert found["data_of_axes"] >= 0.5, measure.name


@pytest.mark.parametrize("size", ["tab, 1280 px", "tab, narrow", "presentation 1920 × 1080"])
def test_a_label_starts_beside_its_line_on_a_box_and_stacked_rows_keep_apart(demo_ws, size):
    """"Ändring" once sat on its own line and touched "LS2" stacked under it."""
    width, height, scale, share = SIZES[size]
    measure = next(m for m in demo_ws.measures() if m.splits)
    mc = measure_chart(demo_ws, measure.id)
    fig = draw(mc, width_in=width, height_in=height, font_scale=scale, words_share=share)
    renderer = _rendered(fig)
    ax = fig.axes[0]
    banded = [t for t in ax.texts if t.get_text().startswith(("Ändring", "LS", "PGSA"))
              or "Ändring" in t.get_text()]
    assert any("Ändring" in t.get_text() for t in banded)   # alone, or joined: "LS2, Ändring"
    for text in banded:
        line_x = ax.transData.transform((text.xy[0], 0))[0]
        box = text.get_window_extent(renderer)
        assert box.x0 - line_x >= 3 or line_x - box.x1 >= 3, text.get_text()  # off its line
        patch = text.get_bbox_patch()
        assert patch is not None and patch.get_facecolor()[:3] == (1.0, 1.0, 1.0)
        outline = patch.get_window_extent(renderer)
        assert outline.x0 > line_x or outline.x1 < line_x, text.get_text()
    boxes = [t.get_window_extent(renderer) for t in banded]
    for a, b in itertools.combinations(boxes, 2):
        if min(a.x1, b.x1) > max(a.x0, b.x0):                   # stacked: a gap between
            assert max(a.y0, b.y0) - min(a.y1, b.y1) >= 3


# -- the cost of a redraw ----------------------------------------------------------

def test_a_redraw_measures_no_text_again(monkeypatch):
    """Laying the labels out by their size once measured every period, label and
    word on a renderer the size of the figure at every redraw (half the time of
    building the figure); the widths are remembered."""
    from matplotlib.backends.backend_agg import RendererAgg

    mc = _p_chart(60, cycles=5)
    draw(mc, width_in=7.3, height_in=6)
    calls = []
    measure = RendererAgg.get_text_width_height_descent
    monkeypatch.setattr(RendererAgg, "get_text_width_height_descent",
                        lambda self, *a, **k: calls.append(a[0]) or measure(self, *a, **k))
    made = []
    init = RendererAgg.__init__
    monkeypatch.setattr(RendererAgg, "__init__",
                        lambda self, *a, **k: made.append(a) or init(self, *a, **k))
    draw(mc, width_in=7.3, height_in=6)
    assert calls == [] and made == []


def test_vertical_lines_are_one_artist_however_many(demo_ws):
    """A line per PGSA cycle or learning session was a Line2D each; now one
    collection per kind, so a busy chart costs no more artists than a calm one."""
    few, many = draw(_p_chart(40, cycles=1)), draw(_p_chart(40, cycles=8))
    assert len(few.axes[0].lines) == len(many.axes[0].lines)
    assert len(few.axes[0].collections) == len(many.axes[0].collections)


def test_remembered_widths_follow_the_font_family():
    """A report draws its charts in a family list with fallback fonts: a width
    remembered from the screen's font must not be used for another family."""
    import matplotlib

    from app.core.charts import _Type

    text = "Mål 80 % – Samordnare även i Boden"
    plain = _Type.width(text, 8)
    with matplotlib.rc_context({"font.family": ["DejaVu Serif"]}):
        serif = _Type.width(text, 8)
    assert serif != plain
    assert _Type.width(text, 8) == plain
