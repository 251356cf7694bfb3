"""Improvement work edited on two copies at once: a proportion's numbers merge as
one value, and PGSA cycles numbered offline on both get distinct numbers alike
on every copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli_report import find_cycle
from app.workspace import Workspace


@pytest.fixture()
def pair(tmp_path: Path):
    """Two copies of one workspace with a team: `a` created, `b` joined."""
    a = Workspace.create(tmp_path / "a.vardflata", name="Länet")
    team = a.add_team("Team Synk")
    a.export_package(tmp_path / "start.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    yield a, b, team
    a.close()
    b.close()


def _sync(a: Workspace, b: Workspace, tmp_path: Path, order: str) -> None:
    """Bring both copies up to date: one after the other, or crossing (both
    packages written before either is read)."""
    n = len(list(tmp_path.glob("*.vardsync")))

    def send(src: Workspace, dst: Workspace) -> None:
        path = tmp_path / f"{n}-{src.replica_id[:6]}.vardsync"
        src.export_package(path)
        dst.import_package(path)

    if order == "a-first":
        send(a, b), send(b, a)
    elif order == "b-first":
        send(b, a), send(a, b)
    else:
        pa, pb = tmp_path / f"{n}-a.vardsync", tmp_path / f"{n}-b.vardsync"
        a.export_package(pa), b.export_package(pb)
        a.import_package(pb), b.import_package(pa)


# -- a proportion's numerator, denominator and value are one value -------------------


@pytest.mark.parametrize("order", ["a-first", "b-first", "crossing"])
@pytest.mark.parametrize("start, on_a, on_b", [
    ((8, 10), {"numerator": 9}, {"denominator": 16}),    # mixed: 9/16 with value 0.5
    ((4, 10), {"numerator": 6}, {"denominator": 20}),
    ((5, 10), {"numerator": 9}, {"denominator": 6}),     # mixed: 9/6, above 1
])
def test_numerator_on_one_copy_denominator_on_the_other(pair, tmp_path, order, start,
                                                        on_a, on_b):
    a, b, team = pair
    m = a.add_measure(team, "Andel", kind="proportion")
    a.set_data_point(m, "2026-03", numerator=start[0], denominator=start[1])
    _sync(a, b, tmp_path, order)
    a.set_data_point(m, "2026-03", **on_a)
    b.set_data_point(m, "2026-03", **on_b)
    entered = {(p.numerator, p.denominator): p for p in
               (a.data_point(m, "2026-03"), b.data_point(m, "2026-03"))}
    _sync(a, b, tmp_path, order)
    assert a.snapshot() == b.snapshot()
    for ws in (a, b):
        p = ws.data_point(m, "2026-03")
        # One copy's numbers whole, the other's the conflict's alternative.
        assert (p.numerator, p.denominator) in entered
        assert p.numerator <= p.denominator and p.value == p.numerator / p.denominator
        lost = next(q for key, q in entered.items() if key != (p.numerator, p.denominator))
        assert {(c.field, c.kept, c.other) for c in ws.conflicts()} == {
            (f, getattr(p, f), getattr(lost, f)) for f in ("numerator", "denominator", "value")}


@pytest.mark.parametrize("keep", [True, False], ids=["keep", "take-other"])
@pytest.mark.parametrize("chosen", ["numerator", "denominator", "value"])
def test_choosing_one_number_of_a_proportion_conflict_chooses_all_three(pair, tmp_path,
                                                                        keep, chosen):
    a, b, team = pair
    m = a.add_measure(team, "Andel", kind="proportion")
    a.set_data_point(m, "2026-03", numerator=5, denominator=10)
    _sync(a, b, tmp_path, "a-first")
    a.set_data_point(m, "2026-03", numerator=9)              # 9/10
    b.set_data_point(m, "2026-03", denominator=6)            # 5/6
    _sync(a, b, tmp_path, "a-first")
    conflict = next(c for c in a.conflicts() if c.field == chosen)
    assert conflict.record_label == "Andel: 2026-03"
    kept = a.data_point(m, "2026-03")
    a.resolve_conflict(conflict, keep=keep)
    p = a.data_point(m, "2026-03")
    other = (9, 10) if (kept.numerator, kept.denominator) == (5, 6) else (5, 6)
    assert (p.numerator, p.denominator) == ((kept.numerator, kept.denominator) if keep
                                            else other)
    assert p.value == p.numerator / p.denominator
    assert a.conflicts() == []                                # all three closed
    _sync(a, b, tmp_path, "a-first")
    assert b.conflicts() == [] and a.snapshot() == b.snapshot()


def _versions(ws: Workspace, table: str, record_id: str) -> list[tuple[int, str]]:
    """(hlc, field) of the record's versions, newest first."""
    return ws._store.conn.execute(
        "SELECT hlc, field FROM changes WHERE tbl = ? AND record_id = ? "
        "ORDER BY hlc DESC, field", (table, record_id)).fetchall()


def test_a_proportion_is_written_whole_other_values_alone(ws):
    team = ws.add_team("Team")
    share = ws.add_measure(team, "Andel", kind="proportion")
    count = ws.add_measure(team, "Antal")
    ws.set_data_point(share, "2026-03", numerator=8, denominator=10)
    ws.set_data_point(count, "2026-03", value=3)
    share_id, count_id = ws.data_point(share, "2026-03").id, ws.data_point(count, "2026-03").id
    assert ws.set_data_point(share, "2026-03", numerator=9) == {
        "numerator": (8, 9), "value": (0.8, 0.9)}         # what changed, for undo
    newest = _versions(ws, "data_points", share_id)[:3]
    assert {f for _, f in newest} == {"numerator", "denominator", "value"}
    assert len({h for h, _ in newest}) == 1                # one version
    ws.set_data_point(share, "2026-03", note="Ny rutin")      # the note stands alone
    assert [f for _, f in _versions(ws, "data_points", share_id)[:2]] == ["note", "denominator"]
    before = len(_versions(ws, "data_points", share_id))
    assert ws.set_data_point(share, "2026-03", numerator=9) == {}   # no change, no version
    assert len(_versions(ws, "data_points", share_id)) == before
    ws.set_data_point(count, "2026-03", value=4)           # a count's value: alone
    assert [f for _, f in _versions(ws, "data_points", count_id)[:2]] == ["value", "deleted"]


def test_a_count_entered_on_both_copies_keeps_its_own_conflict(pair, tmp_path):
    a, b, team = pair
    m = a.add_measure(team, "Antal")
    a.set_data_point(m, "2026-05", value=3)
    _sync(a, b, tmp_path, "a-first")
    a.set_data_point(m, "2026-05", value=4)
    b.set_data_point(m, "2026-05", value=5)
    _sync(a, b, tmp_path, "crossing")
    assert a.snapshot() == b.snapshot()
    assert [(c.field, {c.kept, c.other}) for c in a.conflicts()] == [("value", {4, 5})]


# -- PGSA cycles numbered on two copies ----------------------------------------------


def _numbers(ws: Workspace, team: str) -> list[tuple[str, int]]:
    return [(c.title, c.number) for c in ws.cycles(team)]


@pytest.mark.parametrize("order", ["a-first", "b-first", "crossing"])
def test_cycles_numbered_on_two_copies_get_distinct_numbers_alike(pair, tmp_path, order):
    a, b, team = pair
    a.quick_cycle(team, "Cykel A")
    b.quick_cycle(team, "Cykel B")
    _sync(a, b, tmp_path, order)
    shown = _numbers(a, team)
    assert shown == _numbers(b, team) and sorted(n for _, n in shown) == [1, 2]
    # Every copy goes on from there, and the new numbers stay put.
    a.quick_cycle(team, "Efter på A")
    _sync(a, b, tmp_path, order)
    b.quick_cycle(team, "Efter på B")
    _sync(a, b, tmp_path, order)
    assert _numbers(a, team) == _numbers(b, team) == shown + [("Efter på A", 3),
                                                              ("Efter på B", 4)]


def test_a_copys_own_cycles_keep_their_order_and_the_report_finds_them(pair, tmp_path):
    a, b, team = pair
    first = a.quick_cycle(team, "Testa mallen")
    b_first = b.quick_cycle(team, "Testa mallen")
    b_second = b.quick_cycle(team, "Testa mallen igen", previous_id=b_first)
    _sync(a, b, tmp_path, "crossing")
    by_id = {c.id: c.number for c in a.cycles(team)}
    assert by_id == {c.id: c.number for c in b.cycles(team)}
    assert sorted(by_id.values()) == [1, 2, 3] and by_id[b_first] < by_id[b_second]
    assert [c.number for c in a.ramp(b_second)] == [by_id[b_first], by_id[b_second]]
    assert a.cycle(b_second).number == by_id[b_second]
    for ws in (a, b):        # `vardflata report --cycle "TITEL #N"` on either copy
        for cycle_id in (first, b_first):
            assert find_cycle(ws, f"Testa mallen #{by_id[cycle_id]}") == cycle_id


def test_numbers_stay_as_they_are_where_none_collide(pair, tmp_path):
    a, b, team = pair
    one = a.quick_cycle(team, "Ett")
    _sync(a, b, tmp_path, "a-first")
    two = b.quick_cycle(team, "Två")
    three = b.quick_cycle(team, "Tre")
    _sync(a, b, tmp_path, "b-first")
    b.delete_record("pgsa_cycles", two)      # a removed cycle keeps its number
    four = a.quick_cycle(team, "Fyra")
    _sync(a, b, tmp_path, "crossing")
    for ws in (a, b):
        assert [(c.id, c.number) for c in ws.cycles(team)] == [(one, 1), (three, 3),
                                                               (four, 4)]
    a.restore("pgsa_cycles", two)
    assert [c.number for c in a.cycles(team)] == [1, 2, 3, 4]
    other = a.add_team("Annat team")        # numbered per team
    a.quick_cycle(other, "Första")
    assert [c.number for c in a.cycles(other)] == [1]


def test_the_privacy_check_names_a_cycle_by_its_shown_number(pair, tmp_path):
    from app.core.privacy import scan_workspace

    a, b, team = pair
    a.quick_cycle(team, "Cykel A")
    b.quick_cycle(team, "Ring 19121212-1212")
    _sync(a, b, tmp_path, "a-first")
    shown = dict(_numbers(a, team))["Ring 19121212-1212"]
    hits = [h for h in scan_workspace(a) if h.table == "pgsa_cycles"]
    assert hits and all(f"PGSA-cykel {shown} " in h.where for h in hits)


def test_a_resolution_writes_all_three_numbers_so_no_edit_elsewhere_mixes_in(pair, tmp_path):
    import time

    a, b, team = pair
    m = a.add_measure(team, "Andel", kind="proportion")
    a.set_data_point(m, "2026-03", numerator=3, denominator=10)
    _sync(a, b, tmp_path, "a-first")
    a.set_data_point(m, "2026-03", denominator=12)     # 3/12
    time.sleep(0.003)
    b.set_data_point(m, "2026-03", denominator=6)      # 3/6 wins; the numerators agree
    _sync(a, b, tmp_path, "a-first")
    b.set_data_point(m, "2026-03", numerator=5)        # b goes on: 5/6
    time.sleep(0.003)
    conflict = next(c for c in a.conflicts() if c.field == "denominator")
    a.resolve_conflict(conflict, keep=False)           # a chooses 3/12, numerator too
    _sync(a, b, tmp_path, "a-first")
    assert a.snapshot() == b.snapshot()
    p = a.data_point(m, "2026-03")
    assert (p.numerator, p.denominator) == (3, 12) and p.value == 3 / 12
