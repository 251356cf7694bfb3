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
