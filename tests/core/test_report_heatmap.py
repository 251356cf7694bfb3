"""The heatmap's colour band is chosen from the same rounded percentage the cell
prints, and the legend's band edges are those the cells use: "83 % i bruk" was
drawn in the 67–82 % band while the legend said 83–100 %."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("reportlab")

from app.core.report_sections import SCALE, bucket, legend, percent  # noqa: E402


def legend_bands() -> list[tuple[int, int]]:
    table = legend()[-1]
    labels = [cell.text for cell in table._cellvalues[0][1:]]
    bands = []
    for label in labels:
        low, high = re.search(r"(\d+)–(\d+) %", label).groups()
        bands.append((int(low), int(high)))
    return bands


@pytest.mark.parametrize("used, of", [(19, 23), (14, 43), (44, 53), (29, 35),
                                      (0, 5), (5, 5), (1, 6), (1, 3), (1, 2), (5, 6)])
def test_band_agrees_with_the_printed_percentage(used, of):
    share = used / of
    shown = int(percent(share).split()[0])
    low, high = legend_bands()[bucket(share)]
    assert low <= shown <= high, (used, of, shown, bucket(share))


def test_every_percentage_falls_in_exactly_one_legend_band():
    bands = legend_bands()
    assert len(bands) == len(SCALE)
    assert bands[0][0] == 0 and bands[-1][1] == 100
    for (_, high), (low, _) in zip(bands, bands[1:]):
        assert low == high + 1
    for shown in range(101):
        assert bands[bucket(shown / 100)][0] <= shown <= bands[bucket(shown / 100)][1]


def test_the_tester_cases_land_in_the_top_bands():
    assert bucket(19 / 23) == 5     # 83 %
    assert bucket(44 / 53) == 5     # 83 %
    assert bucket(29 / 35) == 5     # 83 %
    assert bucket(14 / 43) == 2     # 33 %
    assert bucket(0.0) == 0 and bucket(1.0) == len(SCALE) - 1
