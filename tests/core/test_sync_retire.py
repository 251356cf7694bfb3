"""Sync trial, two gaps:

1. An organisation (or a method) retired on one copy while another copy assessed
   it: the retirement stays, but the assessment it hides is a conflict ("Avvecklad")
   that every copy lists alike, which can bring the organisation back (restore) or
   accept that the work stays hidden (keep), and settling it on one copy settles
   it everywhere. Work the retiring copy held when it retired is no conflict.
2. Two copies enter the same new month of a measure (one record, a derived id):
   the empty note of the one that wrote no note must not hide the other's note.
"""

from __future__ import annotations


import pytest
from sync_helpers import send, tick

from app.workspace import Workspace, WorkspaceError


def retired_conflicts(ws: Workspace):
    return [c for c in ws.conflicts() if c.kind == "retired"]


def lulea(ws: Workspace) -> str:
    return next(u.id for u in ws.units() if u.name == "Luleå")


def exchange(a, b, c, tmp_path, order: str) -> None:
    """Every copy gets everything: a and b directly in either order, or through c."""
    if order == "a-first":
        send(a, b, tmp_path, "a-b")
        send(b, a, tmp_path, "b-a")
        send(a, c, tmp_path, "a-c")
    elif order == "b-first":
        send(b, a, tmp_path, "b-a")
        send(a, b, tmp_path, "a-b")
        send(b, c, tmp_path, "b-c")
    else:                                  # three copies: c meets a's and b's work first
        send(a, c, tmp_path, "a-c")
        send(b, c, tmp_path, "b-c")
        send(c, a, tmp_path, "c-a")
        send(c, b, tmp_path, "c-b")


ORDERS = ["a-first", "b-first", "via-c"]


# -- 1. retired while assessed elsewhere -------------------------------------------------

@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("retire_first", [True, False], ids=["retire-then-assess",
                                                             "assess-then-retire"])
def test_an_assessment_of_an_organisation_retired_elsewhere_is_a_conflict_everywhere(
        trio, tmp_path, retire_first, order):
    a, b, c = trio
    unit, item = lulea(a), a.items()[0]

    def assess() -> None:
        b.set_assessment(unit, item.id, status="partly", note="Införs 2027")

    if retire_first:
        a.retire_unit(unit)
        tick()
        assess()
    else:
        assess()
        tick()
        a.retire_unit(unit)
    exchange(a, b, c, tmp_path, order)
    assert a.snapshot() == b.snapshot() == c.snapshot()
    seen = []
    for ws in (a, b, c):
        assert ws.unit(unit).retired                              # the retirement stays …
        assert ws.assessment(unit, item.id).note == "Införs 2027"  # … the work is kept …
        [conflict] = retired_conflicts(ws)                         # … and listed
        assert (conflict.table, conflict.record_id, conflict.field) == ("units", unit,
                                                                        "retired")
        assert conflict.kept == 1 and conflict.kept_version[1] == a.replica_id
        assert conflict.record_label == "Luleå"
        assert [(e[0], e[1], e[2]) for e in conflict.edits] == [
            ("assessments", f"Luleå – {item.title}", b.replica_id)]
        seen.append((conflict.kept_version, conflict.other_version, conflict.edits))
    assert seen[0] == seen[1] == seen[2]
    assert all(len(ws.conflicts()) == 1 for ws in (a, b, c))     # nothing else listed


@pytest.mark.parametrize("settle_on", ["a", "b", "c"])
def test_bringing_the_organisation_back_settles_it_on_every_copy(trio, tmp_path, settle_on):
    a, b, c = trio
    unit, item = lulea(a), a.items()[0]
    a.retire_unit(unit)
    tick()
    b.set_assessment(unit, item.id, status="systematic")
    exchange(a, b, c, tmp_path, "via-c")
    ws = {"a": a, "b": b, "c": c}[settle_on]
    [conflict] = retired_conflicts(ws)
    ws.resolve_conflict(conflict, keep=False)                  # bring Luleå back
    assert retired_conflicts(ws) == [] and not ws.unit(unit).retired
    for other in (a, b, c):
        if other is not ws:
            report = send(ws, other, tmp_path, f"{settle_on}-{other.copy_name}")
            assert report.conflicts == []
    for other in (a, b, c):
        assert other.conflicts() == []
        assert unit in {u.id for u in other.units()}
        assert other.assessment(unit, item.id).status == "systematic"
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_accepting_that_the_work_stays_hidden_settles_it_on_every_copy(trio, tmp_path):
    a, b, c = trio
    unit, item = lulea(a), a.items()[0]
    b.set_assessment(unit, item.id, status="systematic")
    tick()
    a.retire_unit(unit)
    exchange(a, b, c, tmp_path, "b-first")
    [conflict] = retired_conflicts(b)
    b.resolve_conflict(conflict, keep=True)                    # Luleå stays retired
    assert b.conflicts() == [] and b.unit(unit).retired
    send(b, a, tmp_path, "settled-a")
    send(a, c, tmp_path, "settled-c")
    for ws in (a, b, c):
        assert ws.conflicts() == [] and ws.unit(unit).retired
        assert unit not in {u.id for u in ws.units()}
    assert a.snapshot() == b.snapshot() == c.snapshot()


@pytest.mark.parametrize("resolve_on", ["a", "b"])
def test_settling_a_note_of_a_retired_organisation_is_listed_on_every_copy(
        trio, tmp_path, resolve_on):
    """Resolving a conflict writes under the retirement (resolutions bypass the
    refusal): a change after it, so every copy lists it, the resolving one too."""
    a, b, c = trio
    unit, item = lulea(a), a.items()[0]
    a.set_assessment(unit, item.id, note="Från länet")
    b.set_assessment(unit, item.id, note="Från Luleå")
    exchange(a, b, c, tmp_path, "a-first")
    tick()
    a.retire_unit(unit)                                       # knowing both notes
    exchange(a, b, c, tmp_path, "a-first")
    assert [x.field for x in a.conflicts()] == ["note"]
    ws = a if resolve_on == "a" else b
    [conflict] = ws.conflicts()
    ws.resolve_conflict(conflict, keep=False)
    exchange(a, b, c, tmp_path, "a-first" if resolve_on == "a" else "b-first")
    lists = [sorted((x.kind, x.table, x.record_id, x.other_version) for x in w.conflicts())
             for w in (a, b, c)]
    assert lists[0] == lists[1] == lists[2]
    assert [x[0] for x in lists[0]] == ["retired"]
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_a_copy_joined_afterwards_lists_the_same_conflict(trio, tmp_path):
    a, b, c = trio
    unit, item = lulea(a), a.items()[0]
    b.set_assessment(unit, item.id, status="partly")
    tick()
    a.retire_unit(unit)
    exchange(a, b, c, tmp_path, "a-first")
    b.export_package(tmp_path / "full.vardsync")
    d = Workspace.join(tmp_path / "d.vardflata", tmp_path / "full.vardsync")
    try:
        [conflict] = retired_conflicts(d)
        assert conflict in retired_conflicts(a)
        assert d.snapshot() == a.snapshot()
        d.resolve_conflict(conflict, keep=True)
        send(d, a, tmp_path, "from-d")
        assert a.conflicts() == [] and a.unit(unit).retired
    finally:
        d.close()


@pytest.mark.parametrize("order", ORDERS)
def test_work_the_retiring_copy_held_is_no_conflict(trio, tmp_path, order):
    """The person who retired Luleå saw its assessments: nothing to ask about."""
    a, b, c = trio
    unit, item = lulea(a), a.items()[0]
    b.set_assessment(unit, item.id, status="partly")
    send(b, a, tmp_path, "before")
    tick()
    a.retire_unit(unit)
    exchange(a, b, c, tmp_path, order)
    for ws in (a, b, c):
        assert ws.conflicts() == [] and ws.unit(unit).retired
    assert a.snapshot() == b.snapshot() == c.snapshot()


@pytest.mark.parametrize("order", ORDERS)
def test_an_assessment_of_a_method_retired_elsewhere_is_a_conflict_everywhere(
        trio, tmp_path, order):
    a, b, c = trio
    unit, item = lulea(a), a.items()[2]
    a.retire_item(item.id)
    tick()
    b.set_assessment(unit, item.id, note="Används på mottagningen")
    exchange(a, b, c, tmp_path, order)
    for ws in (a, b, c):
        [conflict] = retired_conflicts(ws)
        assert (conflict.table, conflict.record_id) == ("items", item.id)
        assert conflict.record_label == item.title
        assert [(e[0], e[1]) for e in conflict.edits] == [
            ("assessments", f"Luleå – {item.title}")]
    [conflict] = retired_conflicts(c)
    c.resolve_conflict(conflict, keep=False)                   # the method comes back
    send(c, a, tmp_path, "back-a")
    send(c, b, tmp_path, "back-b")
    for ws in (a, b, c):
        assert ws.conflicts() == [] and item.id in {i.id for i in ws.items()}
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_retiring_an_area_hides_no_work_so_it_is_no_conflict(trio, tmp_path):
    """A retired area's organisations are shown without an area, with their work."""
    a, b, c = trio
    area = a.areas()[0]
    member = a.units(area_id=area.id)[0]
    a.retire_area(area.id)
    tick()
    b.set_assessment(member.id, a.items()[0].id, status="planned")
    b.add_finding("Gemensam rutin", level="intra_regional", area_id=area.id)
    exchange(a, b, c, tmp_path, "via-c")
    for ws in (a, b, c):
        assert ws.conflicts() == []
        assert member.id in {u.id for u in ws.units()}
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_several_hidden_assessments_are_named_one_by_one(trio, tmp_path):
    a, b, c = trio
    unit, items = lulea(a), a.items()[:3]
    a.retire_unit(unit)
    tick()
    for item in items:
        b.set_assessment(unit, item.id, status="planned")
    exchange(a, b, c, tmp_path, "a-first")
    for ws in (a, b, c):
        [conflict] = retired_conflicts(ws)
        assert sorted(e[1] for e in conflict.edits) == sorted(
            f"Luleå – {i.title}" for i in items)


def test_a_retired_organisation_cannot_be_assessed_until_brought_back(trio):
    """Like the records of a deleted team: a change made under a retirement this
    copy holds would be a conflict on every copy but this one."""
    a, _, _ = trio
    unit, item = lulea(a), a.items()[0]
    a.retire_unit(unit)
    with pytest.raises(WorkspaceError, match="avvecklad"):
        a.set_assessment(unit, item.id, status="partly")
    a.retire_unit(unit, retired=False)
    a.set_assessment(unit, item.id, status="partly")
    other = a.items()[1]
    a.retire_item(other.id)
    with pytest.raises(WorkspaceError, match="avvecklad"):
        a.set_assessment(unit, other.id, note="x")


def test_the_cli_says_what_the_retirement_hides(trio, tmp_path, capsys):
    from app.cli import main

    a, b, _ = trio
    unit, item = lulea(a), a.items()[0]
    a.retire_unit(unit)
    tick()
    b.set_assessment(unit, item.id, status="partly")
    path = tmp_path / "b.vardsync"
    b.export_package(path)
    a.close()
    assert main(["sync", "import", str(a.path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "Luleå" in out and f"Bedömning ”Luleå – {item.title}”" in out


# -- 2. the same new period entered on two copies ---------------------------------------

@pytest.fixture()
def measure_trio(trio, tmp_path):
    a, b, c = trio
    team = a.add_team("Team SIP")
    measure = a.add_measure(team, "Väntetid")
    for ws in (b, c):
        send(a, ws, tmp_path, f"measure-{ws.copy_name}")
    return a, b, c, team, measure


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("note_first", [True, False], ids=["note-first", "note-last"])
def test_an_empty_default_note_does_not_hide_a_note_written_elsewhere(
        measure_trio, tmp_path, order, note_first):
    a, b, c, _, measure = measure_trio
    writes = [lambda: a.set_data_point(measure, "2026-03", value=12, note="Personalbrist"),
              lambda: b.set_data_point(measure, "2026-03", value=12)]
    for write in writes if note_first else writes[::-1]:
        write()
        tick()
    exchange(a, b, c, tmp_path, order)
    assert a.snapshot() == b.snapshot() == c.snapshot()
    for ws in (a, b, c):
        [point] = ws.data_points(measure)
        assert (point.value, point.note) == (12, "Personalbrist")
        assert ws.conflicts() == []                       # the same value: nothing to ask


@pytest.mark.parametrize("order", ORDERS)
def test_two_values_for_a_new_period_are_a_conflict_and_the_note_stays(
        measure_trio, tmp_path, order):
    a, b, c, _, measure = measure_trio
    a.set_data_point(measure, "2026-03", value=12, note="Personalbrist")
    tick()
    b.set_data_point(measure, "2026-03", value=14, note="")     # typed no note
    exchange(a, b, c, tmp_path, order)
    assert a.snapshot() == b.snapshot() == c.snapshot()
    for ws in (a, b, c):
        [point] = ws.data_points(measure)
        assert (point.value, point.note) == (14, "Personalbrist")
        [conflict] = ws.conflicts()
        assert (conflict.field, conflict.kept, conflict.other) == ("value", 14, 12)


def test_a_new_proportion_is_one_value_against_a_period_with_only_a_note(
        trio, tmp_path):
    a, b, c = trio
    team = a.add_team("Team SIP")
    measure = a.add_measure(team, "Andel med SIP", kind="proportion")
    for ws in (b, c):
        send(a, ws, tmp_path, f"measure-{ws.copy_name}")
    a.set_data_point(measure, "2026-03", numerator=3, denominator=10)
    tick()
    b.set_data_point(measure, "2026-03", note="Sommarvikarier")
    exchange(a, b, c, tmp_path, "via-c")
    assert a.snapshot() == b.snapshot() == c.snapshot()
    for ws in (a, b, c):
        [point] = ws.data_points(measure)
        assert (point.numerator, point.denominator, point.value, point.note) == (
            3, 10, 0.3, "Sommarvikarier")
        assert ws.conflicts() == []


@pytest.mark.parametrize("order", ORDERS)
def test_a_monthly_progress_score_keeps_the_note_written_elsewhere(measure_trio, tmp_path,
                                                                   order):
    a, b, c, team, _ = measure_trio
    a.set_progress(team, "2026-03", 2.5, note="Mätningen igång")
    tick()
    b.set_progress(team, "2026-03", 2.5)
    exchange(a, b, c, tmp_path, order)
    assert a.snapshot() == b.snapshot() == c.snapshot()
    for ws in (a, b, c):
        [score] = ws.progress_scores(team)
        assert (score.score, score.note) == (2.5, "Mätningen igång")
        assert ws.conflicts() == []


def test_an_assessment_begun_on_two_copies_keeps_both_sides_fields(trio, tmp_path):
    a, b, c = trio
    unit, item = lulea(a), a.items()[0]
    a.set_assessment(unit, item.id, status="partly", note="Införs 2027")
    tick()
    b.set_assessment(unit, item.id, status="partly", note="", need="Utbildning")
    exchange(a, b, c, tmp_path, "via-c")
    assert a.snapshot() == b.snapshot() == c.snapshot()
    for ws in (a, b, c):
        found = ws.assessment(unit, item.id)
        assert (found.status, found.note, found.need) == ("partly", "Införs 2027",
                                                          "Utbildning")
        assert ws.conflicts() == []


def test_clearing_a_note_of_an_existing_period_still_wins(measure_trio, tmp_path):
    """Only a new record's empty fields are defaults: clearing a note is a change."""
    a, b, c, _, measure = measure_trio
    a.set_data_point(measure, "2026-03", value=12, note="Personalbrist")
    send(a, b, tmp_path, "1")
    tick()
    b.set_data_point(measure, "2026-03", note="")
    send(b, a, tmp_path, "2")
    assert [p.note for p in a.data_points(measure)] == [""]
    assert a.conflicts() == [] and a.snapshot() == b.snapshot()
