"""CSV export: Swedish Excel's format, formula-safe, every table, read back with csv."""

from __future__ import annotations

import csv
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
    assert header[len(OLD_ASSESSMENT_HEADER):] == [
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
    assert findings[0] == OLD_FINDING_HEADER + ["Organisation avvecklad",
                                                "Samverkansområde avvecklad"]
    by_title = {r[0]: dict(zip(findings[0], r)) for r in findings[1:]}
    found = by_title["Fynd hos avvecklad"]
    assert found["Organisation"] == unit.name and found["Organisation avvecklad"] == "Ja"
    assert found["Samverkansområde avvecklad"] == ""        # it names no area
    assert finding
