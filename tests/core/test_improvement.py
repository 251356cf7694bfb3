"""Improvement work through the facade: versioned, validated, tombstoned."""

from __future__ import annotations

import json

import pytest

from app.core.improvement import PROGRESS_SCALE, Question, Task
from app.core.improvement_ops import ImprovementError, parse_number
from app.workspace import Workspace, WorkspaceError


@pytest.fixture()
def team(ws):
    units = [u.id for u in ws.units()[:2]]
    return ws.add_team("Team Test", unit_ids=units,
                       sessions=[("LS 2", "2026-05-01"), ("LS 1", "2026-01-15"),
                                 ("LS 3", "2026-09-01")])


def _changes(ws, table, record_id):
    return ws._store.select("SELECT field, value, base_hlc FROM changes "
                            "WHERE tbl = ? AND record_id = ?", (table, record_id))


def test_team_with_timeline_of_sessions_and_action_periods(ws, team):
    t = ws.team(team)
    assert t.name == "Team Test" and len(t.unit_ids) == 2
    assert [s.title for s in t.sessions] == ["LS 1", "LS 2", "LS 3"]   # sorted by date
    assert t.action_periods() == [("2026-01-15", "2026-05-01"), ("2026-05-01", "2026-09-01")]
    with pytest.raises(KeyError):
        ws.update_team(team, unit_ids=["no-such-unit"])
    with pytest.raises(ImprovementError, match="ÅÅÅÅ-MM-DD"):
        ws.update_team(team, sessions=[("LS", "1 maj")])


def test_every_change_is_versioned_in_the_change_log(ws, team):
    measure = ws.add_measure(team, "Väntetid", kind="time", unit="dagar", direction="down")
    ws.update_measure(measure, target="14,5")
    log = _changes(ws, "measures", measure)
    target = [c for c in log if c["field"] == "target"]
    assert [c["value"] for c in target] == [None, 14.5]
    assert target[1]["base_hlc"] == target[0]["base_hlc"] or target[1]["base_hlc"] is not None


def test_aim_and_measure_with_all_fields(ws, team):
    aim = ws.add_aim(team, "Fler får SIP", amount="80 %", due="2026-12-31")
    m = ws.add_measure(team, "Andel med SIP", aim_id=aim, type="outcome", kind="proportion",
                       definition="Täljare/nämnare …", unit="%", direction="up", target=0.8,
                       frequency="month", follow_up="results")
    measure = ws.measure(m)
    assert (measure.aim_id, measure.type, measure.kind, measure.chart) == (
        aim, "outcome", "proportion", "run")           # the run chart by default
    assert measure.follow_up == "results" and measure.target == 0.8
    assert ws.aims(team)[0].due == "2026-12-31"
    assert [x.id for x in ws.measures(aim_id=aim)] == [m]
    with pytest.raises(WorkspaceError):
        ws.update_measure(m, type="weird")
    with pytest.raises(WorkspaceError):
        ws.update_measure(m, follow_up="budget")


def test_data_points_accept_decimal_comma_and_proportions(ws, team):
    m = ws.add_measure(team, "Andel", kind="proportion")
    ws.set_data_point(m, "2026-02", numerator="3", denominator="4", note="ny rutin <b>")
    ws.set_data_point(m, "2026-01", value="0,5")
    points = ws.data_points(m)
    assert [p.period for p in points] == ["2026-01", "2026-02"]
    assert points[0].value == 0.5
    assert points[1].value == 0.75 and points[1].note == "ny rutin <b>"
    # the same period is the same record (derived id), so two laptops meet in it
    ws.set_data_point(m, "2026-02", note="")
    assert len(ws.data_points(m)) == 2 and ws.data_point(m, "2026-02").value == 0.75
    with pytest.raises(ImprovementError, match="större än nämnaren"):
        ws.set_data_point(m, "2026-03", numerator=5, denominator=4)
    with pytest.raises(ImprovementError, match="ÅÅÅÅ-MM"):
        ws.set_data_point(m, "mars", value=1)
    with pytest.raises(ImprovementError, match="tal"):
        ws.set_data_point(m, "2026-03", value="många")
    ws.delete_data_point(m, "2026-01")
    assert [p.period for p in ws.data_points(m)] == ["2026-02"]
    ws.set_data_point(m, "2026-01", value=0.25)         # re-entering revives the record
    assert ws.data_point(m, "2026-01").value == 0.25


@pytest.mark.parametrize("text, number", [("3,5", 3.5), (" 1 200,5 ", 1200.5), ("−2", -2.0),
                                          ("", None), ("7", 7.0)])
def test_parse_number(text, number):
    assert parse_number(text) == number


def test_change_idea_links_to_matrix_cells_and_finding(ws, team):
    cell = (ws.rows()[0].id, ws.columns()[1].id)
    finding = ws.add_finding("SIP används för sällan")
    idea = ws.add_change_idea(team, "Gemensam mall 📋", cells=[cell], finding_id=finding)
    got = ws.change_idea(idea)
    assert got.cells == (cell,) and got.finding_id == finding and got.title.endswith("📋")
    with pytest.raises(ImprovementError):
        ws.update_change_idea(idea, cells=[("x", "y")])


def test_full_pgsa_worksheet_round_trips(ws, team):
    aim = ws.add_aim(team, "Mål")
    m = ws.add_measure(team, "Mått")
    idea = ws.add_change_idea(team, "Idé")
    cycle = ws.add_cycle(
        team, "Första testet", aim_id=aim, change_idea_id=idea, starts_on="2026-02-01",
        ends_on="2026-02-14", objective="Pröva mallen",
        questions=[Question("Tar det för lång tid?", "Under 20 minuter"), ("Fler SIP?", "Ja")],
        tasks=[Task("Informera", "Anna", "måndag", "APT")], data_plan="Räkna varje fredag",
        measure_ids=[m], as_planned=False, observations="Några tackade nej",
        problems="Sjukdom", results="Förutsägelsen höll", learning="Mallen fungerar",
        decision="adopt", next_step="Sprid till Boden", status="done")
    c = ws.cycle(cycle)
    assert c.number == 1 and c.aim_id == aim and c.change_idea_id == idea
    assert c.questions == (Question("Tar det för lång tid?", "Under 20 minuter"),
                           Question("Fler SIP?", "Ja"))
    assert c.tasks == (Task("Informera", "Anna", "måndag", "APT"),)
    assert c.measure_ids == (m,) and c.as_planned is False
    assert (c.decision, c.status, c.learning) == ("adopt", "done", "Mallen fungerar")
    with pytest.raises(WorkspaceError):
        ws.update_cycle(cycle, decision="kanske")


def test_quick_cycle_chains_into_a_ramp(ws, team):
    m = ws.add_measure(team, "Mått")
    first = ws.add_cycle(team, "Ett", measure_ids=[m])
    second = ws.quick_cycle(team, "Två: fler behandlare", prediction="Hälften",
                            previous_id=first)
    third = ws.quick_cycle(team, "Tre", previous_id=second)
    assert [c.number for c in ws.ramp(third)] == [1, 2, 3]
    c = ws.cycle(second)
    assert c.measure_ids == (m,) and c.questions[0].prediction == "Hälften"
    assert c.status == "plan" and c.starts_on
    with pytest.raises(ImprovementError, match="sig själv"):
        ws.update_cycle(first, previous_id=third)


def test_quick_cycle_asks_the_callers_question(ws, team):
    """A prediction is stored with the question the caller gives (the GUI's, in the
    user's language: an English user got the Swedish one, trial C); a script that
    gives none gets the Swedish one, as before."""
    english = ws.quick_cycle(team, "Send SMS reminders", prediction="Fewer no-shows",
                             question="What will happen when we test it?")
    assert ws.cycle(english).questions == (
        Question("What will happen when we test it?", "Fewer no-shows"),)
    swedish = ws.quick_cycle(team, "Skicka sms", prediction="Färre uteblir")
    assert ws.cycle(swedish).questions == (Question("Vad händer när vi testar?", "Färre uteblir"),)
    assert ws.cycle(ws.quick_cycle(team, "Ingen förutsägelse",
                                   question="What?")).questions == ()


def test_quick_cycle_inherits_only_what_is_not_given(ws, team):
    """Following a cycle, the aim, change idea and measures not given are taken
    over from it; given, even as None or [], they are the cycle's own (the quick
    capture showed "(ingen)" and the saved cycle had the previous idea, trial C)."""
    aim, other_aim = ws.add_aim(team, "Mål"), ws.add_aim(team, "Annat mål")
    m, other_m = ws.add_measure(team, "Mått"), ws.add_measure(team, "Annat mått")
    idea = ws.add_change_idea(team, "Idé")
    first = ws.add_cycle(team, "Ett", aim_id=aim, change_idea_id=idea, measure_ids=[m])
    assert ws.cycle_inheritance(first) == {"aim_id": aim, "change_idea_id": idea,
                                           "measure_ids": [m]}
    assert ws.cycle_inheritance(None) == {"aim_id": None, "change_idea_id": None,
                                          "measure_ids": []}
    inherited = ws.cycle(ws.quick_cycle(team, "Två", previous_id=first))
    assert (inherited.aim_id, inherited.change_idea_id, inherited.measure_ids) == (
        aim, idea, (m,))
    chosen = ws.cycle(ws.quick_cycle(team, "Tre", previous_id=first, change_idea_id=None,
                                     aim_id=other_aim, measure_ids=[other_m]))
    assert (chosen.previous_id, chosen.aim_id, chosen.change_idea_id, chosen.measure_ids) == (
        first, other_aim, None, (other_m,))
    none = ws.cycle(ws.quick_cycle(team, "Fyra", previous_id=first, aim_id=None,
                                   measure_ids=[]))
    assert (none.aim_id, none.change_idea_id, none.measure_ids) == (None, idea, ())
    alone = ws.cycle(ws.quick_cycle(team, "Fem", aim_id=aim, measure_ids=[m]))
    assert (alone.previous_id, alone.aim_id, alone.change_idea_id, alone.measure_ids) == (
        None, aim, None, (m,))
    ws.delete_record("measures", m)          # what was removed since is not taken over
    assert ws.cycle_inheritance(first)["measure_ids"] == []


def test_cycle_log_filters(ws, team):
    other = ws.add_team("Annat team")
    idea = ws.add_change_idea(team, "Idé")
    a = ws.add_cycle(team, "A", change_idea_id=idea, status="do")
    ws.add_cycle(team, "B", status="done")
    ws.add_cycle(other, "C", status="do")
    assert [c.title for c in ws.cycles(team)] == ["A", "B"]
    assert [c.title for c in ws.cycles(status="do")] == ["A", "C"]
    assert [c.id for c in ws.cycles(change_idea_id=idea)] == [a]


def test_progress_scale_is_checked(ws, team):
    ws.set_progress(team, "2026-03", "2,5", "Förändringar testade")
    ws.set_progress(team, "2026-03-15", 3.0)              # same month: the same record
    scores = ws.progress_scores(team)
    assert [(s.month, s.score) for s in scores] == [("2026-03", 3.0)]
    assert scores[0].label == PROGRESS_SCALE[3.0] == "Måttlig förbättring"
    for bad in (0, 5.5, 2.7):
        with pytest.raises(ImprovementError):
            ws.set_progress(team, "2026-04", bad)


def test_deviation_stays_open_until_corrected(ws, team):
    d = ws.add_deviation("Kallelse till fel adress", team_id=team, reported="2026-03-01")
    assert [x.id for x in ws.deviations(open_only=True)] == [d]
    ws.update_deviation(d, status="corrected", correction="Adressen kontrolleras")
    dev = ws.deviations()[0]
    assert dev.status == "corrected" and dev.corrected        # dated when corrected
    assert ws.deviations(open_only=True) == []


def test_deleting_a_team_hides_its_work_and_restore_brings_it_back(ws, team):
    m = ws.add_measure(team, "Mått")
    ws.set_data_point(m, "2026-01", value=1)
    ws.add_cycle(team, "Cykel")
    ws.delete_record("teams", team)
    assert ws.teams() == [] and ws.measures() == [] and ws.cycles() == []
    assert ws._store.get("teams", team)["deleted"] == 1                 # a tombstone
    ws.restore("teams", team)
    assert len(ws.measures()) == 1 and len(ws.cycles()) == 1


def test_improvement_tables_are_part_of_the_snapshot(ws, team):
    ws.add_measure(team, "Mått")
    snap = ws.snapshot()
    assert team in snap["teams"] and len(snap["measures"]) == 1
    assert json.loads(snap["teams"][team]["unit_ids"])


def test_listeners_hear_improvement_changes(ws, team):
    heard = []
    ws.add_listener(lambda table, record_id, changed: heard.append(table))
    m = ws.add_measure(team, "Mått")
    ws.set_data_point(m, "2026-01", value=2)
    assert heard == ["measures", "data_points"]


def test_demo_has_fictional_improvement_work(demo_ws):
    teams = demo_ws.teams()
    assert 2 <= len(teams) <= 3 and all("fiktivt" in t.name for t in teams)
    measures = demo_ws.measures()
    assert 4 <= len(measures) <= 6
    assert all(20 <= len(demo_ws.data_points(m.id)) <= 30
               for m in measures if demo_ws.data_points(m.id))
    ramp = max((demo_ws.ramp(c.id) for c in demo_ws.cycles()), key=len)
    assert len(ramp) >= 5
    assert demo_ws.change_ideas() and demo_ws.deviations()
    assert demo_ws.progress_scores(teams[0].id)


def test_a_p_chart_is_only_for_proportions(ws):
    team = ws.add_team("Team P")
    with pytest.raises(ImprovementError, match="P-diagram"):
        ws.add_measure(team, "Antal besök", kind="count", chart="p")
    share = ws.add_measure(team, "Andel bedömda", kind="proportion")
    assert ws.measure(share).chart == "run"         # the run chart by default
    ws.update_measure(share, chart="p")             # P by choice
    assert ws.measure(share).chart == "p"
    ws.update_measure(share, kind="count")          # no longer a proportion:
    assert ws.measure(share).chart == "run"         # its P chart goes with it
    with pytest.raises(ImprovementError, match="P-diagram"):
        ws.update_measure(share, chart="p")
    ws.update_measure(share, kind="proportion", chart="p")
    assert ws.measure(share).chart == "p"


def test_a_quick_cycle_starts_on_the_date_given_or_today(tmp_path):
    from datetime import date

    from app.core.improvement_input import ImprovementError

    ws = Workspace.create(tmp_path / "q.vardflata")
    team = ws.add_team("Team")
    dated = ws.quick_cycle(team, "Ring upp", starts_on="2026-03-02")
    undated = ws.quick_cycle(team, "Kallelse", starts_on=" ")
    assert ws.cycle(dated).starts_on == "2026-03-02"
    assert ws.cycle(undated).starts_on == date.today().isoformat()
    with pytest.raises(ImprovementError):
        ws.quick_cycle(team, "Fel", starts_on="2/3 2026")
    assert len(ws.cycles(team)) == 2
    ws.close()
