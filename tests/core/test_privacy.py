"""The privacy check finds personnummer (valid check digit, plausible date) and says where."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.privacy import (
    describe_hits, find_personnummer, luhn_valid, mask_personnummer, scan_workspace,
    typing_warning,
)

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize("text", [
    "811218-9876", "8112189876", "811218 9876", "19811218-9876", "198112189876",
    "19121212-1212", "121212+1212",          # 100 years or older
    "811278-9873",                           # samordningsnummer (day 18 + 60)
    "Ring om klienten 811218-9876, tack.",
    "(811218-9876)",
    # as Word/Outlook autocorrect writes them: en dash, em dash, minus sign,
    # non-breaking hyphen, no-break and narrow no-break space
    "19121212\u20131212", "121212\u20131212", "811218\u20149876", "811218\u22129876",
    "811218\u20119876", "121212\u00a01212", "811218\u202f9876",
])
def test_finds_valid_personnummer(text):
    found = find_personnummer(text, today=TODAY)
    assert len(found) == 1
    assert found[0].text.replace("-", "").replace("+", "").replace(" ", "")[-4:] in text


@pytest.mark.parametrize("text", [
    "811218-9875",          # wrong check digit
    "811318-9871",          # month 13
    "810230-9874",          # 30 February
    "811218-98765",         # too long
    "1811218-9876",         # part of a longer number
    "99991218-9876",        # year 9999 is in the future
    "Budget 2026: 1200000 kr",
    "ASI 2026-03-01 till 2026-04-01",
    "ASI 2026-03-01\u20132026-04-01", "v. 2026\u201312\u00a01200 kr",
    "811218\u20139875",     # wrong check digit, whatever the dash
    "",
])
def test_ignores_ordinary_numbers(text):
    assert find_personnummer(text, today=TODAY) == []


def test_luhn():
    assert luhn_valid("8112189876")
    assert not luhn_valid("8112189877")


def _with_check_digit(nine: str) -> str:
    return next(nine + d for d in "0123456789" if luhn_valid(nine + d))


def test_dates_in_the_future_or_too_old_are_not_plausible():
    future = _with_check_digit("271218987")       # 18 December 2027
    assert find_personnummer("20" + future, today=TODAY) == []
    assert len(find_personnummer("19" + future, today=TODAY)) == 1
    assert find_personnummer("18" + future, today=TODAY) == []  # born 1827
    leap = _with_check_digit("000229123")          # 29 Feb 2000 exists, 1900 did not
    assert len(find_personnummer(leap, today=TODAY)) == 1
    assert find_personnummer(leap[:6] + "+" + leap[6:], today=TODAY) == []


def test_masking_hides_the_last_four_digits():
    assert mask_personnummer("Se 811218-9876 och 19121212-1212.") == \
        "Se 811218-**** och 19121212-****."
    assert "9876" not in typing_warning("Klient 811218-9876")
    assert typing_warning("AUDIT för alla gravida") is None


def test_scan_workspace_says_where_each_hit_stands(ws):
    unit = ws.units()[0]
    item = ws.items()[0]
    ws.set_assessment(unit.id, item.id, note="Klient 811218-9876 behöver stöd")
    ws.add_finding("Uppföljning saknas", description="Se 19121212-1212", category="other")
    ws.add_finding("Inga nummer här 2026-11-24")
    hits = scan_workspace(ws, today=TODAY)
    assert len(hits) == 2
    by_table = {h.table: h for h in hits}
    note = by_table["assessments"]
    assert unit.name in note.where and item.title in note.where
    assert "anteckning" in note.where
    assert note.unit_id == unit.id and note.masked == "811218-****"
    finding = by_table["findings"]
    assert "Förbättringsområde ”Uppföljning saknas”" in finding.where
    assert "beskrivning" in finding.where
    line = describe_hits(hits)
    assert "\n" not in line and "9876" not in line and "1212-1212" not in line


def test_scan_masks_personnummer_in_names_used_as_locations(ws):
    finding = ws.add_finding("Ärende 811218-9876")
    hits = scan_workspace(ws, today=TODAY)
    assert [h.record_id for h in hits] == [finding]
    assert "9876" not in hits[0].where


def test_scan_skips_deleted_records(ws):
    finding = ws.add_finding("Ärende 811218-9876")
    ws.delete_finding(finding)
    assert scan_workspace(ws, today=TODAY) == []


def test_clean_demo_has_no_hits(demo_ws):
    assert scan_workspace(demo_ws) == []


def test_scan_finds_personnummer_in_improvement_work(ws):
    from app.core.improvement import Question

    unit = ws.units()[0]
    team = ws.add_team("Team Norr", unit_ids=[unit.id])
    measure = ws.add_measure(team, "Väntetid", kind="time", unit="dagar")
    ws.set_data_point(measure, "2026-03", value=12, note="Gäller 811218-9876")
    cycle = ws.add_cycle(team, "Testa ny rutin",
                         questions=[Question("Vem?", "Klienten 19121212-1212")])
    ws.add_deviation("Avvikelse", description="Fel 811218-9876", team_id=team)
    hits = scan_workspace(ws, today=TODAY)
    where = {h.table: h.where for h in hits}
    assert set(where) == {"data_points", "pgsa_cycles", "deviations"}
    assert "Mätvärde" in where["data_points"] and "”Väntetid”" in where["data_points"]
    assert "team ”Team Norr”" in where["data_points"]
    assert "PGSA-cykel 1 ”Testa ny rutin”" in where["pgsa_cycles"]
    assert "frågor och förutsägelser" in where["pgsa_cycles"]
    assert "Avvikelse ”Avvikelse”" in where["deviations"]
    assert cycle and all("9876" not in h.where for h in hits)


# -- the check covers exactly the text an export will contain ----------------------------

PNR = "811218-9876"


def _unit(ws, name):
    return next(u for u in ws.units() if u.name == name)


def test_a_note_in_kiruna_does_not_stop_lulea_or_the_blank_form(demo_ws):
    from app.core.privacy import scan_export

    kiruna, lulea = _unit(demo_ws, "Kiruna"), _unit(demo_ws, "Luleå")
    item = demo_ws.items()[0]
    demo_ws.set_assessment(kiruna.id, item.id, note=f"Ring {PNR}")
    assert scan_export(demo_ws, "unit", lulea.id) == []
    assert scan_export(demo_ws, "cycles", blank=True) == []
    assert scan_export(demo_ws, "county") == []          # the county report prints no notes
    hits = scan_export(demo_ws, "unit", kiruna.id)
    assert [h.unit_id for h in hits] == [kiruna.id] and "anteckning" in hits[0].where
    assert len(scan_export(demo_ws, "csv")) == 1          # CSV holds everything
    demo_ws.set_assessment(kiruna.id, item.id, need=f"Ring {PNR}")
    assert scan_export(demo_ws, "county")                 # needs are in the county report
    malmfalten = kiruna.area_id
    assert scan_export(demo_ws, "county", malmfalten)
    other_area = next(a.id for a in demo_ws.areas() if a.id != malmfalten)
    assert scan_export(demo_ws, "county", other_area) == []
    assert scan_export(demo_ws, "unit", lulea.id) == []


def test_the_report_s_options_decide_too(demo_ws):
    from app.core.privacy import scan_export
    from app.core.report_content import ReportOptions

    kiruna = _unit(demo_ws, "Kiruna")
    demo_ws.set_assessment(kiruna.id, demo_ws.items()[0].id, note=f"Ring {PNR}")
    assert scan_export(demo_ws, "unit", kiruna.id, ReportOptions(notes=False)) == []


def test_pgsa_worksheets_are_checked_for_their_own_cycles(demo_ws):
    from app.core.privacy import scan_export

    team = next(t for t in demo_ws.teams() if "LARO" in t.name)
    cycle = demo_ws.cycles(team.id)[0]
    other = next(c for c in demo_ws.cycles() if c.team_id != team.id)
    demo_ws.update_cycle(cycle.id, observations=f"Klient {PNR}")
    assert scan_export(demo_ws, "cycles", cycle_ids=[other.id]) == []
    assert scan_export(demo_ws, "cycles", blank=True) == []
    assert scan_export(demo_ws, "cycles", _unit(demo_ws, "Luleå").id) == []
    assert len(scan_export(demo_ws, "cycles", cycle_ids=[cycle.id])) == 1
    assert len(scan_export(demo_ws, "cycles")) == 1
    assert len(scan_export(demo_ws, "cycles", _unit(demo_ws, "Kiruna").id)) == 1
    # the LARO team works in Kiruna: its cycles are in Kiruna's and the county's reports
    assert scan_export(demo_ws, "unit", _unit(demo_ws, "Kiruna").id)
    assert scan_export(demo_ws, "county")
    assert scan_export(demo_ws, "unit", _unit(demo_ws, "Luleå").id) == []


def test_workspace_name_counts_for_every_report(demo_ws):
    from app.core.privacy import scan_export

    demo_ws.rename(f"Arbetsyta {PNR}")
    assert scan_export(demo_ws, "cycles", blank=True)


def test_remove_personnummer_takes_out_the_numbers_and_nothing_else():
    from app.core.privacy import REMOVED, remove_personnummer

    text = "Möte 2026-11-18, tel 0920-12345; klient 19121212-1212 och 811218-9876."
    assert remove_personnummer(text) == (
        f"Möte 2026-11-18, tel 0920-12345; klient {REMOVED} och {REMOVED}.")
    assert remove_personnummer("Inga nummer här") == "Inga nummer här"
