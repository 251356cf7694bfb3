"""A record deleted on one copy while another copy changed it (issue 4, audit 4 item 4):
the delete stays, the change is a conflict every copy shows, and resolving it can
bring the record back with the change."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import send, tick

from app.workspace import Workspace


@pytest.fixture()
def trio(tmp_path: Path):
    a = Workspace.create(tmp_path / "a.vardflata", name="Länet")
    a.set_copy_name("Luleå")
    finding = a.add_finding("Gemensam rutin")
    a.export_package(tmp_path / "start.vardsync")
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    b.set_copy_name("Kiruna")
    c = Workspace.join(tmp_path / "c.vardflata", tmp_path / "start.vardsync")
    yield a, b, c, finding
    for ws in (a, b, c):
        ws.close()


def deleted_conflicts(ws: Workspace):
    return [c for c in ws.conflicts() if c.kind == "deleted"]


@pytest.mark.parametrize("delete_first", [True, False], ids=["delete-then-edit",
                                                             "edit-then-delete"])
def test_delete_wins_and_the_concurrent_edit_is_a_conflict_everywhere(trio, tmp_path,
                                                                      delete_first):
    a, b, c, finding = trio
    if delete_first:
        a.delete_finding(finding)
        tick()
        b.update_finding(finding, title="Rutinen gäller hela länet")
    else:
        b.update_finding(finding, title="Rutinen gäller hela länet")
        tick()
        a.delete_finding(finding)
    report_a = send(b, a, tmp_path, "b-a")
    report_b = send(a, b, tmp_path, "a-b")
    send(a, c, tmp_path, "a-c")           # a third copy gets both from a
    for ws in (a, b):
        send(ws, c, tmp_path, f"{ws.copy_name}-c")
        send(c, ws, tmp_path, f"c-{ws.copy_name}")
    assert a.snapshot() == b.snapshot() == c.snapshot()
    assert a.findings() == [] and b.findings() == []        # the delete still wins
    assert [c.kind for c in report_a.conflicts] == ["deleted"]
    assert [c.kind for c in report_b.conflicts] == ["deleted"]
    seen = []
    for ws in (a, b, c):
        [conflict] = deleted_conflicts(ws)
        assert conflict.field == "deleted" and conflict.kept == 1
        assert conflict.kept_version[1] == a.replica_id     # deleted on Luleå …
        assert conflict.edits == (("title", "Rutinen gäller hela länet", b.replica_id),)
        assert conflict.record_label == "Rutinen gäller hela länet"
        seen.append((conflict.kept_version, conflict.other_version))
    assert seen[0] == seen[1] == seen[2]


@pytest.mark.parametrize("delete_first", [True, False])
def test_restoring_brings_the_record_back_with_the_edit_on_every_copy(trio, tmp_path,
                                                                      delete_first):
    a, b, c, finding = trio
    first, second = ((lambda: a.delete_finding(finding)),
                     (lambda: b.update_finding(finding, title="Ny rubrik från Kiruna")))
    if not delete_first:
        first, second = second, first
    first()
    tick()
    second()
    send(b, a, tmp_path, "1")
    send(a, b, tmp_path, "2")
    [conflict] = deleted_conflicts(b)
    b.resolve_conflict(conflict, keep=False)                 # restore, with the edit
    assert [f.title for f in b.findings()] == ["Ny rubrik från Kiruna"]
    assert deleted_conflicts(b) == []
    report = send(b, a, tmp_path, "3")
    assert report.new == 1                                   # one new version of `deleted`
    assert [f.title for f in a.findings()] == ["Ny rubrik från Kiruna"]
    assert deleted_conflicts(a) == [] and a.snapshot() == b.snapshot()


def test_keeping_it_deleted_closes_the_conflict_everywhere(trio, tmp_path):
    a, b, _, finding = trio
    b.update_finding(finding, title="Ändrad i Kiruna")
    tick()
    a.delete_finding(finding)
    send(b, a, tmp_path, "1")
    send(a, b, tmp_path, "2")
    [conflict] = deleted_conflicts(a)
    a.resolve_conflict(conflict, keep=True)
    assert a.findings() == [] and deleted_conflicts(a) == []
    send(a, b, tmp_path, "3")
    assert b.findings() == [] and deleted_conflicts(b) == [] and b.conflicts() == []
    assert a.snapshot() == b.snapshot()


def test_a_delete_made_knowing_the_edit_is_no_conflict(trio, tmp_path):
    a, b, _, finding = trio
    b.update_finding(finding, title="Ändrad i Kiruna")
    send(b, a, tmp_path, "1")
    tick()
    a.delete_finding(finding)                                 # a saw the edit first
    report = send(a, b, tmp_path, "2")
    assert report.conflicts == [] and b.conflicts() == [] and a.conflicts() == []
    assert b.findings() == []


def test_the_cli_names_who_deleted_and_who_changed(trio, tmp_path, capsys):
    from app.cli import main

    a, b, _, finding = trio
    a.delete_finding(finding)
    tick()
    b.update_finding(finding, title="Ändrad i Kiruna")
    path = tmp_path / "b.vardsync"
    b.export_package(path)
    a.close()                                                 # the fixture's close is a no-op
    assert main(["sync", "import", str(a.path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "borttagen på den här kopian medan Kiruna ändrade Rubrik" in out


# -- a delete that hides records of its own: a team, a measure ------------------

@pytest.fixture()
def team_trio(trio, tmp_path):
    a, b, c, _ = trio
    team = a.add_team("Team X")
    measure = a.add_measure(team, "Väntetid")
    for ws in (b, c):
        send(a, ws, tmp_path, f"team-{ws.copy_name}")
    return a, b, c, team, measure


@pytest.mark.parametrize("delete_first", [True, False], ids=["delete-then-add",
                                                             "add-then-delete"])
def test_work_added_under_a_team_deleted_elsewhere_is_a_conflict_everywhere(
        team_trio, tmp_path, delete_first):
    a, b, c, team, _ = team_trio

    def add() -> tuple[str, str]:
        measure = b.add_measure(team, "Nytt mått i Kiruna")
        b.set_data_point(measure, "2026-02", value=7)
        return measure, b.quick_cycle(team, "Cykel gjord i Kiruna")

    if delete_first:
        a.delete_record("teams", team)
        tick()
        measure, cycle = add()
    else:
        measure, cycle = add()
        tick()
        a.delete_record("teams", team)
    send(b, a, tmp_path, "b-a")
    send(a, b, tmp_path, "a-b")
    send(a, c, tmp_path, "a-c")
    send(c, b, tmp_path, "c-b")
    assert a.snapshot() == b.snapshot() == c.snapshot()
    for ws in (a, b, c):
        assert ws.teams() == [] and ws.measures() == []       # the delete still wins …
        [conflict] = deleted_conflicts(ws)                    # … and says what it hides
        assert (conflict.table, conflict.record_id) == ("teams", team)
        assert conflict.kept_version[1] == a.replica_id
        assert {(e[0], e[1], e[2]) for e in conflict.edits} == {
            ("measures", "Nytt mått i Kiruna", b.replica_id),
            ("data_points", "Nytt mått i Kiruna: 2026-02", b.replica_id),
            ("pgsa_cycles", "Cykel gjord i Kiruna", b.replica_id)}
    # the measure made on a before the delete was known there: not listed
    [conflict] = deleted_conflicts(c)
    c.resolve_conflict(conflict, keep=False)                  # restore the team
    for ws in (a, b):
        send(c, ws, tmp_path, f"c-{ws.copy_name}-restored")
    for ws in (a, b, c):
        assert [t.name for t in ws.teams()] == ["Team X"]
        assert {m.name for m in ws.measures()} == {"Väntetid", "Nytt mått i Kiruna"}
        assert [p.value for p in ws.data_points(measure)] == [7]
        assert [x.id for x in ws.cycles()] == [cycle]
        assert deleted_conflicts(ws) == []
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_keeping_the_team_deleted_closes_the_conflict_and_hides_the_new_work(
        team_trio, tmp_path):
    a, b, _, team, _ = team_trio
    a.delete_record("teams", team)
    tick()
    b.add_measure(team, "Nytt mått i Kiruna")
    send(b, a, tmp_path, "1")
    send(a, b, tmp_path, "2")
    [conflict] = deleted_conflicts(b)
    b.resolve_conflict(conflict, keep=True)
    send(b, a, tmp_path, "3")
    for ws in (a, b):
        assert ws.teams() == [] and ws.measures() == [] and ws.conflicts() == []
    assert a.snapshot() == b.snapshot()


def test_data_entered_for_a_measure_deleted_elsewhere_is_a_conflict(team_trio, tmp_path):
    a, b, _, _, measure = team_trio
    a.delete_record("measures", measure)
    tick()
    b.set_data_point(measure, "2026-03", value=12)
    send(b, a, tmp_path, "1")
    send(a, b, tmp_path, "2")
    for ws in (a, b):
        [conflict] = deleted_conflicts(ws)
        assert conflict.table == "measures"
        assert [(e[0], e[1]) for e in conflict.edits] == [("data_points", "Väntetid: 2026-03")]


def test_a_team_deleted_knowing_its_work_is_no_conflict(team_trio, tmp_path):
    a, b, _, team, _ = team_trio
    b.add_measure(team, "Nytt mått i Kiruna")
    send(b, a, tmp_path, "1")
    tick()
    a.delete_record("teams", team)                            # a saw the new measure
    send(a, b, tmp_path, "2")
    for ws in (a, b):
        assert ws.conflicts() == [] and ws.teams() == []


@pytest.mark.parametrize("delete_first", [True, False], ids=["delete-then-value",
                                                             "value-then-delete"])
def test_a_value_for_a_measure_of_a_team_deleted_elsewhere_is_a_conflict_everywhere(
        team_trio, tmp_path, delete_first):
    """The commonest case: b goes on entering its monthly values under a team
    that a deleted; the data point's owner is two levels up (review, trial D)."""
    a, b, c, team, measure = team_trio
    if delete_first:
        a.delete_record("teams", team)
        tick()
        b.set_data_point(measure, "2026-03", value=12)
    else:
        b.set_data_point(measure, "2026-03", value=12)
        tick()
        a.delete_record("teams", team)
    send(a, c, tmp_path, "a-c")                        # the facilitator gets a's stick …
    send(b, c, tmp_path, "b-c")                        # … then b's
    for ws in (a, b):
        send(c, ws, tmp_path, f"c-{ws.copy_name}")
    assert a.snapshot() == b.snapshot() == c.snapshot()
    for ws in (a, b, c):
        [conflict] = deleted_conflicts(ws)
        assert (conflict.table, conflict.record_id) == ("teams", team)
        assert [(e[0], e[1]) for e in conflict.edits] == [("data_points", "Väntetid: 2026-03")]


def test_nothing_can_be_changed_under_a_deleted_team(team_trio):
    """Every read hides a deleted team's records; writes refuse them too, or a
    change made there would be a conflict on every copy but this one."""
    a, _, _, team, measure = team_trio
    cycle = a.quick_cycle(team, "Cykel")
    a.delete_record("teams", team)
    with pytest.raises(KeyError):
        a.set_data_point(measure, "2026-04", value=1)
    with pytest.raises(KeyError):
        a.update_cycle(cycle, title="Ändrad")
    with pytest.raises(KeyError):
        a.update_measure(measure, name="Ändrat")
    a.restore("teams", team)                              # the undo of the delete
    a.set_data_point(measure, "2026-04", value=1)
    assert [p.value for p in a.data_points(measure)] == [1]
