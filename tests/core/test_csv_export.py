"""CSV export: Swedish Excel's format, formula-safe, every table, read back with csv."""

from __future__ import annotations

import csv
import time
from datetime import datetime
from pathlib import Path

import pytest

from app.core.csv_export import (
    FILES, ExportCancelled, export_csv, format_number, has_improvement, safe_cell,
)

HOSTILE = '<b>&amp; "x" \'y\'; rad ett\nrad två ' + "å" * 300 + " 🙂 مرحبا Sámi: Áŋŋel"


def read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


@pytest.mark.parametrize("text", ["=SUM(A1:A2)", "+46 70", "-2+3", "@cmd", "\tx", "\rx"])
def test_formula_like_text_gets_an_apostrophe(text):
    assert safe_cell(text) == "'" + text


def test_numbers_use_decimal_comma_and_stay_numbers():
    assert safe_cell(-1.5) == "-1,5"
    assert format_number(3.0) == "3"
    assert format_number(0.125) == "0,125"
    assert safe_cell(None) == "" and safe_cell(True) == "Ja"
    assert safe_cell("AUDIT") == "AUDIT"


def test_export_writes_every_table(demo_ws, tmp_path):
    unit, item = demo_ws.units()[0], demo_ws.items()[0]
    demo_ws.set_assessment(unit.id, item.id, status="partly", note=HOSTILE,
                           competence="=HYPERLINK(\"x\")")
    demo_ws.add_finding("@Rubrik med ; semikolon", description=HOSTILE, category="competence",
                        level="county", status="in_progress")
    seen = []
    written = export_csv(demo_ws, tmp_path / "ut", progress=lambda f, t: seen.append(f))
    assert set(written) == set(FILES)
    assert seen[-1] == 1.0 and seen == sorted(seen)

    rows = read(written["assessments"])
    header = rows[0]
    assert header[:3] == ["Organisation", "Typ", "Samverkansområde"]
    assert len(rows) - 1 == len(demo_ws.units()) * len(demo_ws.items())
    mine = [r for r in rows if r[0] == unit.name and r[5] == item.title and r[4] == item.column]
    assert len(mine) == 1
    row = dict(zip(header, mine[0]))
    assert row["Anteckning"] == HOSTILE          # line break, quotes, emoji survive
    assert row["Kompetens"] == "'=HYPERLINK(\"x\")"
    assert row["Status"] == "Används delvis" and row["Symbol"] == "◑"
    assert {len(r) for r in rows} == {len(header)}

    findings = read(written["findings"])
    titles = {r[0]: dict(zip(findings[0], r)) for r in findings[1:]}
    found = titles["'@Rubrik med ; semikolon"]
    assert found["Beskrivning"] == HOSTILE
    assert found["Nivå"] == "Länsövergripande"
    assert found["Kategori"] == "Behov av kompetensutveckling"
    assert found["Status"] == "Pågår"
    assert len(findings) - 1 == len(demo_ws.findings())
    assert not list(tmp_path.glob("ut/*.tmp"))


def test_measures_and_cycles(ws, tmp_path):
    assert has_improvement(ws)
    team = ws.add_team("Team Kiruna")
    measure = ws.add_measure(team, "Andel med AUDIT", type="process", kind="proportion",
                             direction="up")
    ws.set_data_point(measure, "2026-01", numerator=3, denominator=8, note="-start")
    ws.set_data_point(measure, "2026-02", numerator=5, denominator=8)
    cycle = ws.add_cycle(team, "Testa AUDIT i receptionen", objective="=1+1")
    ws.update_cycle(cycle, decision="adapt", results="Fler fick frågan.")
    written = export_csv(ws, tmp_path)
    measures = read(written["measures"])
    by_period = {r[9]: dict(zip(measures[0], r)) for r in measures[1:]}
    assert by_period["2026-01"]["Värde"] == "0,375"
    assert by_period["2026-01"]["Täljare"] == "3"
    assert by_period["2026-01"]["Anteckning"] == "'-start"
    assert by_period["2026-02"]["Typ av mått"] == "Processmått"
    cycles = read(written["cycles"])
    row = dict(zip(cycles[0], cycles[1]))
    assert row["Team"] == "Team Kiruna" and row["Cykel"] == "1"
    assert row["Syfte med testet"] == "'=1+1"
    assert row["Beslut"] == "Anpassa"


def test_cancel_removes_what_this_export_wrote(ws, tmp_path):
    (tmp_path / "ut").mkdir()
    (tmp_path / "ut" / "annat.txt").write_text("behålls")
    calls = []

    def cancel_on_third_check():
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(ExportCancelled):
        export_csv(ws, tmp_path / "ut", cancelled=cancel_on_third_check)
    assert [p.name for p in (tmp_path / "ut").iterdir()] == ["annat.txt"]


def test_failed_export_on_a_full_disk_leaves_no_folder_it_made(ws, tmp_path, monkeypatch):
    import errno

    from app.core import csv_export
    from app.core.store import StoreError

    def full_disk(path, header, rows):
        Path(path).write_text("")          # a half-written temporary file
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(csv_export, "_write_rows", full_disk)
    base = tmp_path / "export"              # the workspace lives in tmp_path itself
    base.mkdir()
    with pytest.raises(StoreError):
        export_csv(ws, base / "ny" / "ut")
    assert list(base.iterdir()) == []
    # A folder that was there already stays (empty, as it was).
    (base / "fanns").mkdir()
    with pytest.raises(StoreError):
        export_csv(ws, base / "fanns")
    assert (base / "fanns").is_dir() and not list((base / "fanns").iterdir())


def test_cancelled_export_leaves_no_folder_it_made(ws, tmp_path):
    base = tmp_path / "export"
    base.mkdir()
    with pytest.raises(ExportCancelled):
        export_csv(ws, base / "ut", cancelled=lambda: True)
    assert list(base.iterdir()) == []


OLD_ASSESSMENT_HEADER = ["Organisation", "Typ", "Samverkansområde", "Rad", "Behovsområde",
                         "Metod", "Prioritet", "Status", "Symbol", "Anteckning", "Kompetens",
                         "Utbildad personal", "Behov", "Nivå"]
OLD_FINDING_HEADER = ["Rubrik", "Beskrivning", "Kategori", "Nivå", "Organisation",
                      "Samverkansområde", "Rutor i matrisen", "Status"]
RETIRED_FINDING_COLUMNS = ["Organisation avvecklad", "Samverkansområde avvecklad"]


def test_retired_records_are_exported_and_marked(demo_ws, tmp_path):
    """Retired organisations' and methods' rows were dropped without a word while
    forbattringsomraden.csv still named the retired organisation: now every row is
    there, and columns appended at the end say what is retired."""
    unit = demo_ws.units()[0]
    area = next(a for a in demo_ws.areas() if a.id != unit.area_id)
    item = demo_ws.items()[0]
    demo_ws.set_assessment(unit.id, item.id, status="partly", note="Före avvecklingen")
    finding = demo_ws.add_finding("Fynd hos avvecklad", category="competence", level="local",
                                  unit_id=unit.id)
    demo_ws.retire_unit(unit.id)
    demo_ws.retire_area(area.id)
    demo_ws.retire_item(item.id)
    written = export_csv(demo_ws, tmp_path / "ut")

    rows = read(written["assessments"])
    header = rows[0]
    assert header[:len(OLD_ASSESSMENT_HEADER)] == OLD_ASSESSMENT_HEADER
    assert header[len(OLD_ASSESSMENT_HEADER):len(OLD_ASSESSMENT_HEADER) + 3] == [
        "Organisation avvecklad", "Samverkansområde avvecklad", "Metod avvecklad"]
    records = [dict(zip(header, r)) for r in rows[1:]]
    all_units = demo_ws.units(include_retired=True)
    assert len(records) == len(all_units) * len(demo_ws.items(include_retired=True))
    mine = [r for r in records if r["Organisation"] == unit.name and r["Metod"] == item.title
            and r["Behovsområde"] == item.column]
    assert len(mine) == 1
    assert mine[0]["Anteckning"] == "Före avvecklingen"
    assert mine[0]["Organisation avvecklad"] == "Ja" and mine[0]["Metod avvecklad"] == "Ja"
    in_area = {u.name for u in all_units if u.area_id == area.id}
    for r in records:
        assert r["Organisation avvecklad"] == ("Ja" if r["Organisation"] == unit.name else "Nej")
        assert r["Samverkansområde avvecklad"] == (
            "Ja" if r["Organisation"] in in_area else "Nej" if r["Samverkansområde"] else "")
        assert r["Metod avvecklad"] in ("Ja", "Nej")
    assert {r["Metod avvecklad"] for r in records} == {"Ja", "Nej"}

    findings = read(written["findings"])
    assert findings[0][:len(OLD_FINDING_HEADER) + 2] == OLD_FINDING_HEADER + [
        "Organisation avvecklad", "Samverkansområde avvecklad"]
    by_title = {r[0]: dict(zip(findings[0], r)) for r in findings[1:]}
    found = by_title["Fynd hos avvecklad"]
    assert found["Organisation"] == unit.name and found["Organisation avvecklad"] == "Ja"
    assert found["Samverkansområde avvecklad"] == ""        # it names no area
    assert finding


OLD_MEASURE_HEADER = ["Team", "Mål", "Mått", "Typ av mått", "Operationell definition", "Enhet",
                      "Riktning", "Målvärde", "Uppföljning", "Period", "Värde", "Täljare",
                      "Nämnare", "Anteckning"]


def test_proportions_are_rounded_and_given_in_per_cent(ws, tmp_path):
    """A proportion came out as 0,3333333333: Värde now keeps the fraction to 4
    decimals, a column Andel (%) at the end gives the per cent as the app shows it
    (one decimal), and numerator and denominator stay exact."""
    team = ws.add_team("Team Kiruna")
    share = ws.add_measure(team, "Andel med AUDIT", kind="proportion", target=0.8)
    ws.set_data_point(share, "2026-01", numerator=1, denominator=3)
    ws.set_data_point(share, "2026-02", numerator=5, denominator=8)
    ws.set_data_point(share, "2026-03", numerator=2, denominator=3)
    count = ws.add_measure(team, "Antal återfall", kind="count", unit="personer")
    ws.set_data_point(count, "2026-01", value=12.5)
    written = export_csv(ws, tmp_path)
    rows = read(written["measures"])
    header = rows[0]
    assert header[:len(OLD_MEASURE_HEADER)] == OLD_MEASURE_HEADER     # nothing moved
    assert header[len(OLD_MEASURE_HEADER)] == "Andel (%)"
    records = [dict(zip(header, r)) for r in rows[1:]]
    shares = {r["Period"]: r for r in records if r["Mått"] == "Andel med AUDIT"}
    assert shares["2026-01"]["Värde"] == "0,3333"
    assert shares["2026-01"]["Andel (%)"] == "33,3"
    assert shares["2026-01"]["Täljare"] == "1" and shares["2026-01"]["Nämnare"] == "3"
    assert shares["2026-02"]["Värde"] == "0,625" and shares["2026-02"]["Andel (%)"] == "62,5"
    assert shares["2026-03"]["Värde"] == "0,6667" and shares["2026-03"]["Andel (%)"] == "66,7"
    assert shares["2026-01"]["Målvärde"] == "0,8"
    counted = next(r for r in records if r["Mått"] == "Antal återfall")
    assert counted["Värde"] == "12,5" and counted["Andel (%)"] == ""
    assert counted["Enhet"] == "personer"


# Central European time with its summer time, as a POSIX TZ string (no tz database).
SWEDISH_TIME = "CET-1CEST,M3.5.0,M10.5.0/3"


@pytest.fixture
def swedish_time(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset (to set the local time zone) is Unix only")
    monkeypatch.setenv("TZ", SWEDISH_TIME)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def at(ws, utc: str) -> None:
    """Make the workspace's next changes at this moment (an ISO time in UTC)."""
    ms = int(datetime.fromisoformat(utc).timestamp() * 1000)
    ws._store.clock._wall_ms = lambda: ms


def test_every_row_has_its_id_and_last_change_at_the_end(ws, swedish_time, tmp_path):
    """Rows had no stable id nor time of change: a re-export next month could not be
    joined with this one. Each file now ends with the record's id and its latest
    change in local time (from the versions the store keeps per field)."""
    from app.core.ids import derived_id

    unit, item, other = ws.units()[0], ws.items()[0], ws.items()[1]
    at(ws, "2030-01-15T12:05:00+00:00")               # 13:05 in Luleå (winter time)
    ws.set_assessment(unit.id, item.id, status="partly")
    finding = ws.add_finding("Kompetens saknas", category="competence", unit_id=unit.id)
    team = ws.add_team("Team Kiruna")
    measure = ws.add_measure(team, "Andel med AUDIT", kind="proportion")
    empty = ws.add_measure(team, "Inga värden än", kind="count")
    cycle = ws.add_cycle(team, "Testa AUDIT")
    at(ws, "2030-07-01T10:00:00+00:00")               # 12:00 (summer time)
    ws.set_assessment(unit.id, item.id, note="Ny rutin")
    ws.set_data_point(measure, "2030-06", numerator=3, denominator=8)
    ws.update_cycle(cycle, results="Fler fick frågan.")
    at(ws, "2030-08-02T21:30:00+00:00")               # 23:30 the same day
    ws.set_assessment(unit.id, other.id, status="systematic")   # another record
    ws.update_measure(measure, target=0.9)
    written = export_csv(ws, tmp_path / "ut")

    rows = read(written["assessments"])
    assert rows[0][:len(OLD_ASSESSMENT_HEADER)] == OLD_ASSESSMENT_HEADER
    assert rows[0][-2:] == ["Id", "Senast ändrad"]
    records = [dict(zip(rows[0], r)) for r in rows[1:]]
    by_pair = {(r["Organisation"], r["Behovsområde"], r["Metod"]): r for r in records}
    mine = by_pair[(unit.name, item.column, item.title)]
    assert mine["Id"] == derived_id(unit.id, item.id)
    assert mine["Senast ändrad"] == "2030-07-01 12:00"      # the latest of its fields
    assert by_pair[(unit.name, other.column, other.title)]["Senast ändrad"] == \
        "2030-08-02 23:30"
    never = [r for r in records if r["Status"] == "Ej kartlagt"]
    assert never and all(r["Senast ändrad"] == "" and r["Id"] for r in never)
    assert len({r["Id"] for r in records}) == len(records)

    findings = read(written["findings"])
    assert findings[0] == OLD_FINDING_HEADER + RETIRED_FINDING_COLUMNS + ["Id", "Senast ändrad"]
    row = dict(zip(findings[0], findings[1]))
    assert row["Id"] == finding and row["Senast ändrad"] == "2030-01-15 13:05"

    measures = read(written["measures"])
    assert measures[0][len(OLD_MEASURE_HEADER):] == [
        "Andel (%)", "Mått-id", "Mått senast ändrad", "Mätvärde-id", "Mätvärde senast ändrad"]
    by_name = {r[2]: dict(zip(measures[0], r)) for r in measures[1:]}
    point = ws.data_point(measure, "2030-06")
    assert by_name["Andel med AUDIT"]["Mått-id"] == measure
    assert by_name["Andel med AUDIT"]["Mått senast ändrad"] == "2030-08-02 23:30"
    assert by_name["Andel med AUDIT"]["Mätvärde-id"] == point.id
    assert by_name["Andel med AUDIT"]["Mätvärde senast ändrad"] == "2030-07-01 12:00"
    assert by_name["Inga värden än"]["Mått-id"] == empty
    assert by_name["Inga värden än"]["Mått senast ändrad"] == "2030-01-15 13:05"
    assert by_name["Inga värden än"]["Mätvärde-id"] == ""
    assert by_name["Inga värden än"]["Mätvärde senast ändrad"] == ""

    cycles = read(written["cycles"])
    assert cycles[0][-2:] == ["Id", "Senast ändrad"]
    row = dict(zip(cycles[0], cycles[1]))
    assert row["Id"] == cycle and row["Senast ändrad"] == "2030-07-01 12:00"

    again = read(export_csv(ws, tmp_path / "igen")["assessments"])
    assert [r[-2:] for r in again] == [r[-2:] for r in rows]   # stable from one export to the next


def test_line_breaks_in_notes_are_quoted_in_the_file(ws, tmp_path):
    """Excel and LibreOffice keep a line break inside a cell only when the cell is
    quoted; a note's line breaks must not start a new row."""
    unit, item = ws.units()[0], ws.items()[0]
    ws.set_assessment(unit.id, item.id, note="rad ett\nrad två; \"citat\"")
    path = export_csv(ws, tmp_path)["assessments"]
    text = path.read_bytes().decode("utf-8-sig")
    assert ';"rad ett\nrad två; ""citat"""' in text
    assert text.count("\r\n") == len(ws.units()) * len(ws.items()) + 1   # one per row
