"""One decision of what a roll-up cell shows (StatusTally.state): the matrix,
presentation mode and the PDFs each word it, none of them decides it again."""

from __future__ import annotations

import itertools

import pytest

from app.core.model import CellState, CellSummary, Item
from app.core.report_content import MethodUse

STATES = (CellState.NO_METHODS, CellState.NOT_APPLICABLE, CellState.UNMAPPED,
          CellState.SHARE)


def cell(items=1, units=1, **counts) -> CellSummary:
    return CellSummary("r", "c", items=items, units=units, counts=counts)


@pytest.mark.parametrize("summary, state", [
    (cell(items=0, units=17), CellState.NO_METHODS),
    (cell(items=2, units=1, not_applicable=2), CellState.NOT_APPLICABLE),
    (cell(items=1, units=17, unknown=17), CellState.UNMAPPED),
    (cell(items=1, units=17), CellState.UNMAPPED),              # no assessment at all
    (cell(items=1, units=3, not_applicable=1), CellState.UNMAPPED),
    (cell(items=1, units=17, systematic=1, not_used=1, unknown=15), CellState.SHARE),
    (cell(items=1, units=2, not_used=2), CellState.SHARE),       # 0 %, not "nothing"
    # An area with no organisations yet still has methods: read "Ej aktuellt".
    (cell(items=3, units=0), CellState.NOT_APPLICABLE),
])
def test_each_cell_has_the_state_its_counts_say(summary, state):
    assert summary.state == state


def test_the_states_are_distinct_plain_strings():
    assert len(set(STATES)) == 4 and all(type(s) is str for s in STATES)


def test_a_share_is_shown_exactly_when_there_is_one():
    """Over every small cell: the state and the numbers it shows never disagree
    (a share only in SHARE, "Ej kartlagt: N" only with N > 0)."""
    statuses = ("systematic", "not_used", "not_applicable", "unknown")
    for items, units in itertools.product(range(3), range(3)):
        total = items * units
        for ns in itertools.product(range(total + 1), repeat=len(statuses)):
            if sum(ns) > total:
                continue
            summary = cell(items, units, **dict(zip(statuses, ns)))
            state = summary.state
            assert (state == CellState.SHARE) == (summary.share_in_use is not None)
            if state == CellState.UNMAPPED:
                assert summary.unmapped > 0 and summary.mapped == 0
            if state == CellState.NOT_APPLICABLE:
                assert summary.unmapped == 0 and summary.mapped == 0
            assert (state == CellState.NO_METHODS) == (items == 0)


def test_a_method_over_a_scope_has_the_same_states_without_no_methods():
    item = Item("i", "r", "c", "Metod", "r", "c")

    def use(**counts):
        return MethodUse(item, counts=counts, units=4)

    assert use(not_applicable=4).state == CellState.NOT_APPLICABLE
    assert use(not_applicable=1).state == CellState.UNMAPPED
    assert use(partly=1, not_used=1).state == CellState.SHARE
    assert use(not_applicable=1).not_mapped_anywhere
    assert not use(not_applicable=4).not_mapped_anywhere
    assert not use(partly=1).not_mapped_anywhere


@pytest.mark.parametrize("summary, first_line", [
    (cell(items=0), "<i>inga metoder</i>"),
    (cell(items=2, not_applicable=2), "ej aktuellt"),
    (cell(items=1, units=17), "ej kartlagt: 17"),
    (cell(items=3, partly=1, not_used=1, unknown=1), "<b>50 %</b> i bruk"),
])
def test_the_pdf_cell_opens_with_its_state(summary, first_line):
    from app.core.report_sections import _cell_markup

    assert _cell_markup(summary, single_unit=True).split("<br/>")[0] == first_line
