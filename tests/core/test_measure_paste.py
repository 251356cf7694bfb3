"""A block of a measure's data pasted from a spreadsheet or a text file: read
and checked line by line (`read_data_block`), then written all or nothing
(`Workspace.set_data_points`), versioned like every other write."""

from __future__ import annotations

import pytest

from app.core.improvement_input import ImprovementError, next_period
from app.core.improvement_paste import MAX_PASTE_LINES, read_data_block
from app.core.store import ReadOnlyError
from app.workspace import Workspace

GRID = ["numerator", "denominator", "value", "note"]    # a proportion's grid after Period


def _points(block):
    return [(line.line, line.period, line.fields) for line in block.lines]


# -- reading a block ---------------------------------------------------------------


def test_periods_and_values_with_decimal_comma_and_a_note():
    block = read_data_block("2025-01\t12\n2025-02\t14,5\tNy rutin\n2025-03\t1 234\n",
                            "count", "month")
    assert _points(block) == [(1, "2025-01", {"value": 12.0}),
                              (2, "2025-02", {"value": 14.5, "note": "Ny rutin"}),
                              (3, "2025-03", {"value": 1234.0})]
    assert block.with_periods and not block.header


def test_semicolons_separate_cells_when_there_is_no_tab():
    block = read_data_block("2025-01;7;18\r\n2025-02;8;20;bra\r\n", "proportion", "month")
    assert _points(block) == [(1, "2025-01", {"numerator": 7.0, "denominator": 18.0}),
                              (2, "2025-02", {"numerator": 8.0, "denominator": 20.0,
                                              "note": "bra"})]


def test_a_proportion_as_the_grid_copies_it_leaves_the_andel_out():
    block = read_data_block("2025-01\t7\t18\t38,9 %\tSIP-mall\n", "proportion", "month")
    assert _points(block) == [(1, "2025-01", {"numerator": 7.0, "denominator": 18.0,
                                              "note": "SIP-mall"})]


def test_a_spreadsheet_cell_with_a_line_break_is_one_note():
    block = read_data_block('2025-01\t3\t"rad ett\nrad två"\n2025-02\t4\n', "count", "month")
    assert _points(block) == [(1, "2025-01", {"value": 3.0, "note": "rad ett\nrad två"}),
                              (3, "2025-02", {"value": 4.0})]


def test_a_first_line_of_headings_is_skipped():
    block = read_data_block("Period\tVärde\n2025-01\t12\n", "count", "month")
    assert block.header and _points(block) == [(2, "2025-01", {"value": 12.0})]


def test_values_without_periods_go_month_after_month_from_the_start():
    block = read_data_block("7\t18\n8\t20\n\n9\t19\n", "proportion", "month",
                            start="2025-11", fields=GRID)
    assert not block.with_periods
    assert _points(block) == [
        (1, "2025-11", {"numerator": 7.0, "denominator": 18.0}),
        (2, "2025-12", {"numerator": 8.0, "denominator": 20.0}),
        (4, "2026-02", {"numerator": 9.0, "denominator": 19.0})]  # the empty line: January


@pytest.mark.parametrize("frequency, start, expected", [
    ("week", "2025-12-29", ["2025-12-29", "2026-01-05", "2026-01-12"]),
    ("quarter", "2025-10", ["2025-10", "2026-01", "2026-04"]),
])
def test_values_without_periods_follow_the_measures_frequency(frequency, start, expected):
    block = read_data_block("1\n2\n3", "count", frequency, start=start, fields=["value", "note"])
    assert [line.period for line in block.lines] == expected
    assert next_period(expected[0], frequency) == expected[1]


def test_values_from_the_denominator_fill_it_and_the_note():
    block = read_data_block("20\tbra\n", "proportion", "month", start="2025-01",
                            fields=GRID[1:])
    assert _points(block) == [(1, "2025-01", {"denominator": 20.0, "note": "bra"})]


def test_an_empty_cell_leaves_its_field_as_it_is():
    block = read_data_block("2025-01\t\tbara en anteckning\n2025-02\t\n", "count", "month")
    assert _points(block) == [(1, "2025-01", {"note": "bara en anteckning"})]


@pytest.mark.parametrize("text, words", [
    ("2025-01\t12\n2025-0x\t3\n", ["Rad 2", "Perioden ska skrivas", "2025-0x"]),
    ("2025-01\t12\n2025-02\ttolv\n", ["Rad 2", "Värdet måste vara ett tal", "tolv"]),
    ("2025-01\t12\n2025-01\t13\n", ["Rad 2", "2025-01", "rad 1"]),
    ("2025-01\t12\n\t13\n", ["Rad 2", "Perioden saknas"]),
    ("2025-01\t1\n2025-02\t1\t2\t3\n", ["Rad 2", "4 kolumner", "högst 3",
                                         "perioden, måttets värden och en anteckning"]),
    ("12\n13\n", ["börjar inte med en period"]),
    ("", ["inget att klistra in"]),
    ("\n\n", ["inget att klistra in"]),
    ("2025-01\t\n", ["inga värden"]),
])
def test_a_wrong_block_names_the_line_and_why(text, words):
    with pytest.raises(ImprovementError) as caught:
        read_data_block(text, "count", "month")
    for word in words:
        assert word in str(caught.value)


def test_values_cannot_go_into_the_computed_andel():
    with pytest.raises(ImprovementError, match="Andelen räknas ut"):
        read_data_block("0,4\n", "proportion", "month", start="2025-01", fields=GRID[2:])


@pytest.mark.parametrize("text, words", [
    ("\n".join(["2025-01\t1"] * 100_000), ["för stort", "100\u00a0000 rader",
                                           f"Högst {MAX_PASTE_LINES:,} rader".replace(
                                               ",", "\u00a0")]),
    ("x" * 2_000_000, ["för stort", "tecken"]),
    ("<html><body><table><tr><td>2025-01</td></tr></table>", ["HTML"]),
    ("2025-01\t1\n2025-02\x00\x01\x02\t2\n", ["Rad 2", "styrtecken"]),
])
def test_huge_markup_or_binary_text_is_refused_with_a_reason(text, words):
    with pytest.raises(ImprovementError) as caught:
        read_data_block(text, "count", "month")
    for word in words:
        assert word in str(caught.value)


# -- writing it: all or nothing, versioned ---------------------------------------------


@pytest.fixture()
def proportion(ws):
    team = ws.add_team("Team SIP")
    return ws.add_measure(team, "Andel med SIP", kind="proportion")


def test_a_block_is_written_in_one_go_and_versioned(ws, proportion):
    ws.set_data_point(proportion, "2025-02", numerator=1, denominator=2, note="kvar")
    heard = []
    ws.add_listener(lambda table, record_id, changed: heard.append(table))
    block = ws.read_data_block(proportion, "2025-01\t7\t18\n2025-02\t8\t20\n")
    changed = ws.set_data_points(proportion, block.points(), lines=block.line_numbers())
    assert set(changed) == {"2025-01", "2025-02"}
    jan, feb = ws.data_point(proportion, "2025-01"), ws.data_point(proportion, "2025-02")
    assert (jan.numerator, jan.denominator, jan.value) == (7, 18, 7 / 18)
    assert (feb.numerator, feb.denominator, feb.note) == (8, 20, "kvar")  # overwritten, note kept
    assert heard == ["data_points", "data_points"]
    logged = ws._store.conn.execute(
        "SELECT COUNT(*) FROM changes WHERE tbl = 'data_points' AND field = 'numerator'"
    ).fetchone()[0]
    assert logged == 3        # February twice, January once: every write has its version


def test_one_wrong_line_writes_nothing_and_names_the_line(ws, proportion):
    ws.set_data_point(proportion, "2025-03", numerator=10, denominator=12)
    before = ws.snapshot()
    heard = []
    ws.add_listener(lambda *a: heard.append(a))
    # Line 3 is right on its own; with March's stored numerator (10) its denominator is not.
    block = ws.read_data_block(proportion, "2025-01\t7\t18\n2025-02\t8\t20\n2025-03\t\t5\n")
    message = "^Rad 3 i det inklistrade \\(2025-03\\): Täljaren får inte vara större"
    with pytest.raises(ImprovementError, match=message):
        ws.check_data_points(proportion, block.points(), lines=block.line_numbers())
    with pytest.raises(ImprovementError, match=message):
        ws.set_data_points(proportion, block.points(), lines=block.line_numbers())
    assert ws.snapshot() == before and not heard


def test_none_deletes_a_period_and_an_unknown_one_is_let_be(ws, proportion):
    ws.set_data_point(proportion, "2025-01", numerator=1, denominator=2)
    ws.set_data_points(proportion, [("2025-01", None), ("2025-02", None)])
    assert ws.data_points(proportion) == []
    ws.set_data_points(proportion, [("2025-01", {"numerator": 3, "denominator": 4})])
    point = ws.data_point(proportion, "2025-01")     # a deleted period starts afresh
    assert (point.numerator, point.denominator, point.note) == (3, 4, "")


def test_without_line_numbers_the_period_is_named(ws, proportion):
    with pytest.raises(ImprovementError, match="^Perioden 2025-02: Nämnaren måste"):
        ws.set_data_points(proportion, [("2025-01", {"numerator": 1, "denominator": 2}),
                                        ("2025-02", {"denominator": 0})])
    assert ws.data_points(proportion) == []


def test_a_read_only_workspace_refuses_a_paste(tmp_path):
    path = tmp_path / "ro.vardflata"
    with Workspace.create(path) as ws:
        measure = ws.add_measure(ws.add_team("T"), "Antal")
    with Workspace.open(path, read_only=True) as ws:
        with pytest.raises(ReadOnlyError, match="skrivskyddad"):
            ws.read_data_block(measure, "2025-01\t1\n")
        with pytest.raises(ReadOnlyError):
            ws.set_data_points(measure, [("2025-01", {"value": 1})])


def test_values_wider_than_the_grid_from_the_selected_cell_are_refused():
    # From Nämnare: Nämnare, Andel (computed, left out) and Anteckning; no fourth.
    block = read_data_block("20\t25 %\tbra\n", "proportion", "month", start="2025-01",
                            fields=GRID[1:])
    assert _points(block) == [(1, "2025-01", {"denominator": 20.0, "note": "bra"})]
    with pytest.raises(ImprovementError, match="^Rad 2 i det inklistrade har 4 kolumner; högst 3"):
        read_data_block("20\n20\t25 %\tbra\tmer\n", "proportion", "month", start="2025-01",
                        fields=GRID[1:])
