"""Change ideas linked to several findings (schema 5), removed ideas kept by their
cycles, derived values cleared with their numbers, deviations' dates, and the
Breakthrough timeline of a team."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.core.improvement import Session, Team
from app.workspace import Workspace


@pytest.fixture()
def team(ws):
    return ws.add_team("Team Länk")


def _exchange(src: Workspace, dst: Workspace, path):
    src.export_package(path)
    return dst.import_package(path)


# -- a proportion's value follows its numerator and denominator --------------------


@pytest.mark.parametrize("cleared", ["numerator", "denominator"])
def test_clearing_a_number_of_a_proportion_clears_its_value(ws, team, cleared):
    m = ws.add_measure(team, "Andel med SIP", kind="proportion")
    ws.set_data_point(m, "2024-09", numerator=7, denominator=18)
    assert ws.data_point(m, "2024-09").value == pytest.approx(7 / 18)
    ws.set_data_point(m, "2024-09", **{cleared: ""})
    point = ws.data_point(m, "2024-09")
    assert getattr(point, cleared) is None and point.value is None
    ws.set_data_point(m, "2024-09", **{cleared: 7 if cleared == "numerator" else 18})
    assert ws.data_point(m, "2024-09").value == pytest.approx(7 / 18)   # back again


def test_a_typed_value_is_not_cleared_by_a_note_or_a_count(ws, team):
    m = ws.add_measure(team, "Antal", kind="count")
    ws.set_data_point(m, "2026-01", value=4)
    ws.set_data_point(m, "2026-01", note="ny rutin")
    assert ws.data_point(m, "2026-01").value == 4


def test_a_deleted_period_starts_afresh(ws, team):
    m = ws.add_measure(team, "Andel", kind="proportion")
    ws.set_data_point(m, "2026-01", numerator=3, denominator=4)
    ws.delete_data_point(m, "2026-01")
    ws.set_data_point(m, "2026-01", numerator=1)
    point = ws.data_point(m, "2026-01")
    assert (point.numerator, point.denominator, point.value) == (1, None, None)


# -- deviations: the corrected date goes with the status ---------------------------


def test_corrected_date_comes_and_goes_with_the_status(ws, team):
    d = ws.add_deviation("Kallelse till fel adress", team_id=team, reported="2026-03-01")
    changed = ws.update_deviation(d, status="corrected")
    today = date.today().isoformat()
    assert changed["corrected"] == ("", today)             # reported, so an undo can
    assert ws.deviations()[0].corrected == today
    ws.update_deviation(d, status="in_progress")            # reopened: not corrected
    assert ws.deviations()[0].corrected == ""
    ws.update_deviation(d, status="corrected", corrected="2026-04-02")
    ws.update_deviation(d, status="corrected", title="Kallelse till fel adress!")
    assert ws.deviations()[0].corrected == "2026-04-02"     # kept, not redated
    ws.update_deviation(d, status="reported", corrected="")   # an undo's values
    assert (ws.deviations()[0].status, ws.deviations()[0].corrected) == ("reported", "")


# -- change ideas: several findings, removal ------------------------------------------


def test_a_change_idea_links_to_several_findings(ws, team):
    f1, f2 = ws.add_finding("SIP för sällan"), ws.add_finding("Ingen gemensam mall")
    idea = ws.add_change_idea(team, "Gemensam mall", finding_ids=[f1, f2, f1])
    got = ws.change_idea(idea)
    assert got.finding_ids == (f1, f2) and got.finding_id == f1
    ws.update_change_idea(idea, finding_ids=[f2])
    assert ws.change_idea(idea).finding_ids == (f2,)
    ws.update_change_idea(idea, finding_ids=[])
    assert ws.change_idea(idea).finding_ids == () and ws.change_idea(idea).finding_id is None
    ws.update_change_idea(idea, finding_id=f1)              # the old single link
    assert ws.change_idea(idea).finding_ids == (f1,)
    with pytest.raises(KeyError):
        ws.update_change_idea(idea, finding_ids=["no-such-finding"])
    ws.delete_finding(f1)                 # a removed finding may stay linked (undo)
    ws.update_change_idea(idea, finding_ids=[f1, f2])
    assert ws.change_idea(idea).finding_ids == (f1, f2)


def test_a_removed_idea_stays_with_its_cycles(ws, team):
    idea = ws.add_change_idea(team, "Samordnare bokar mötet")
    first = ws.add_cycle(team, "Första", change_idea_id=idea)
    ws.delete_record("change_ideas", idea)
    assert ws.change_ideas(team) == []
    removed = ws.change_idea(idea)                          # still named for its cycles
    assert removed.removed and removed.title == "Samordnare bokar mötet"
    assert ws.cycle(first).change_idea_id == idea
    ws.update_cycle(first, change_idea_id=None)              # a change, and its undo
    ws.update_cycle(first, change_idea_id=idea)
    assert ws.cycle(first).change_idea_id == idea
    following = ws.quick_cycle(team, "Nästa", previous_id=first)
    assert ws.cycle(following).change_idea_id is None       # a removed idea is not inherited
    with pytest.raises(KeyError):
        ws.update_change_idea(idea, title="Ny titel")
    ws.restore("change_ideas", idea)
    assert not ws.change_idea(idea).removed and ws.change_ideas(team)[0].id == idea


def _as_schema_4(path):
    """Turn a file back into schema 4: change_ideas without finding_ids."""
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM changes WHERE tbl = 'change_ideas' AND field = 'finding_ids'")
    conn.execute("ALTER TABLE change_ideas DROP COLUMN finding_ids")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def test_migration_keeps_the_single_link_as_a_one_element_list(tmp_path):
    path = tmp_path / "old.vardflata"
    with Workspace.create(path) as ws:
        team = ws.add_team("Team")
        finding = ws.add_finding("SIP för sällan")
        linked = ws.add_change_idea(team, "Länkad", finding_id=finding)
        alone = ws.add_change_idea(team, "Utan länk")
    _as_schema_4(path)
    with Workspace.open(path) as ws:
        assert ws._store.conn.execute("PRAGMA user_version").fetchone()[0] == 5
        assert ws.change_idea(linked).finding_ids == (finding,)
        assert ws.change_idea(alone).finding_ids == ()
        second = ws.add_finding("Ingen mall")
        ws.update_change_idea(linked, finding_ids=[finding, second])
        assert ws.change_idea(linked).finding_ids == (finding, second)


def test_old_and_new_links_sync_between_copies(tmp_path):
    """A copy migrated from schema 4 and a copy joined from it agree; the new
    field travels, and an old idea's single link reads the same on both."""
    path = tmp_path / "a.vardflata"
    with Workspace.create(path, name="Länet") as a:
        team = a.add_team("Team")
        f1 = a.add_finding("SIP för sällan")
        idea = a.add_change_idea(team, "Länkad", finding_id=f1)
    _as_schema_4(path)
    a = Workspace.open(path)
    a.export_package(tmp_path / "start.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    try:
        assert b.change_idea(idea).finding_ids == (f1,)
        assert b.snapshot() == a.snapshot()
        f2 = b.add_finding("Ingen mall")
        b.update_change_idea(idea, finding_ids=[f2, f1])
        _exchange(b, a, tmp_path / "b-a.vardsync")
        assert a.change_idea(idea).finding_ids == (f2, f1)
        a.delete_record("change_ideas", idea)
        _exchange(a, b, tmp_path / "a-b.vardsync")
        assert b.change_ideas() == [] and b.change_idea(idea).removed
        assert b.snapshot() == a.snapshot()
    finally:
        a.close()
        b.close()


# -- the Breakthrough timeline ------------------------------------------------------


def _team(*dates: str) -> Team:
    return Team("t", "Team", "", (), tuple(Session(f"LS {d}", d) for d in dates), 1)


def test_timeline_has_sessions_and_the_action_periods_between_them():
    team = _team("2026-05-01", "2026-01-15", "2026-09-01")
    steps = team.timeline("2026-06-10")
    assert [(s.kind, s.number, s.start, s.end) for s in steps] == [
        ("session", 1, "2026-01-15", "2026-01-15"), ("period", 1, "2026-01-15", "2026-05-01"),
        ("session", 2, "2026-05-01", "2026-05-01"), ("period", 2, "2026-05-01", "2026-09-01"),
        ("session", 3, "2026-09-01", "2026-09-01")]
    assert [s.title for s in steps if s.kind == "session"] == [
        "LS 2026-01-15", "LS 2026-05-01", "LS 2026-09-01"]
    assert [(s.kind, s.number) for s in steps if s.current] == [("period", 2)]
    assert [(s.start, s.end) for s in steps if s.kind == "period"] == team.action_periods()
    assert [(s.kind, s.number) for s in team.timeline("2026-05-01") if s.current] == [
        ("session", 2)]                                     # the session's own day
    assert not any(s.current for s in team.timeline("2025-12-01"))
    assert team.phase("2025-12-01") == "before" and team.phase("2026-06-10") == "during"
    assert team.phase("2026-10-01") == "after" and _team().phase("2026-01-01") == "none"
    assert _team().timeline("2026-01-01") == []


def test_a_session_keeps_the_name_the_user_gave_it(ws):
    team = ws.add_team("Team", sessions=[("Uppstart i Luleå", "2026-02-10"),
                                         ("Lärandeseminarium 2", "2026-05-12")])
    assert [s.title for s in ws.team(team).sessions] == ["Uppstart i Luleå",
                                                         "Lärandeseminarium 2"]
