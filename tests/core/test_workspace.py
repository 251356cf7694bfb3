"""The workspace file through its facade: catalogue, organisations, assessments."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from app.core.model import STATUSES
from app.core.schema import RECORD_TABLES, SCHEMA_VERSION
from app.workspace import LEVELS, ReadOnlyError, Workspace, WorkspaceError

MUNICIPALITIES = {"Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk",
                  "Kalix", "Kiruna", "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix",
                  "Övertorneå"}
ROWS = ["Bedömning/dokumentation", "Intervention/åtgärder", "Uppföljning/utvärdering",
        "Kompetens hos personalen"]
COLUMNS = ["Upptäckt/förebyggande verksamhet", "Missbruk och beroende av narkotika",
           "Missbruk och beroende av alkohol", "Gravida kvinnor",
           "Missbruk och beroende och samtidig psykiatrisk och/eller somatisk sjukdom"]


def first(ws: Workspace):
    return ws.units()[0], ws.items()[0]


def test_new_workspace_has_the_matrix_and_norrbotten(ws):
    assert [r.title for r in ws.rows()] == ROWS
    assert [c.title for c in ws.columns()] == COLUMNS
    units = ws.units()
    assert MUNICIPALITIES <= {u.name for u in units if u.kind == "municipality"}
    assert len([u for u in units if u.kind == "municipality"]) == 14
    divisions = {u.name.lower() for u in units if u.kind == "region_division"}
    assert any("vuxenpsykiatri" in d for d in divisions)
    assert any("primärvård" in d for d in divisions)
    assert len(ws.areas()) >= 4
    # Every cell of the 4 × 5 matrix holds at least one recommended method.
    cells = {(i.row, i.column) for i in ws.items()}
    assert cells == {(r, c) for r in ROWS for c in COLUMNS}
    audit = [i for i in ws.items() if i.title == "AUDIT"]
    assert audit and audit[0].priority == 1 and audit[0].source


def test_ids_are_random_text_never_autoincrement(ws):
    ids = [u.id for u in ws.units()] + [i.id for i in ws.items()]
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    assert ws.workspace_id != ws.replica_id


def test_set_assessment_changes_only_the_fields_given(ws):
    unit, item = first(ws)
    assert ws.assessment(unit.id, item.id).status == "unknown"
    ws.set_assessment(unit.id, item.id, status="partly", note="Införs 2027")
    ws.set_assessment(unit.id, item.id, competence="Två utbildade i AUDIT")
    a = ws.assessment(unit.id, item.id)
    assert (a.status, a.note, a.competence) == ("partly", "Införs 2027", "Två utbildade i AUDIT")
    assert a.status_label == STATUSES["partly"][0]
    ws.set_assessment(unit.id, item.id, need="Handledning", level="county")
    a = ws.assessment(unit.id, item.id)
    assert (a.need, a.level, a.note) == ("Handledning", "county", "Införs 2027")


def test_every_change_is_versioned_with_clock_and_replica(ws):
    unit, item = first(ws)
    ws.set_assessment(unit.id, item.id, status="planned")
    ws.set_assessment(unit.id, item.id, status="systematic")
    rows = ws._store.conn.execute(
        "SELECT hlc, replica, value, base_hlc FROM changes WHERE tbl='assessments' "
        "AND field='status' ORDER BY hlc").fetchall()
    assert [r[2] for r in rows] == ["planned", "systematic"]
    assert rows[0][0] < rows[1][0]
    assert {r[1] for r in rows} == {ws.replica_id}
    assert rows[1][3] == rows[0][0]  # the second change records the version it replaced
    # Setting a field to its current value is not a change.
    assert ws.set_assessment(unit.id, item.id, status="systematic") == {}


def test_bad_values_are_refused_with_a_clear_message(ws):
    unit, item = first(ws)
    with pytest.raises(WorkspaceError, match="Status"):
        ws.set_assessment(unit.id, item.id, status="maybe")
    with pytest.raises(WorkspaceError, match="Nivå"):
        ws.set_assessment(unit.id, item.id, level="planet")
    with pytest.raises(TypeError):
        ws.set_assessment(unit.id, item.id, colour="red")
    with pytest.raises(KeyError):
        ws.set_assessment("no-such-unit", item.id, status="partly")
    assert ws.assessment(unit.id, item.id).status == "unknown"


def test_user_text_keeps_markup_and_loses_control_characters(ws):
    unit, item = first(ws)
    text = '<b>Fet</b> & "citat" \'x\' 🙂 ساعة Sámi: Ŋŋ\x00\x07\r\nny rad\ttabb'
    ws.set_assessment(unit.id, item.id, note=text)
    assert ws.assessment(unit.id, item.id).note == (
        '<b>Fet</b> & "citat" \'x\' 🙂 ساعة Sámi: Ŋŋ\nny rad\ttabb')


def test_c1_controls_go_from_all_text_and_bidirectional_overrides_from_names(ws):
    """0x9B starts a terminal's escape sequence (a note printed by the CLI, a CSV
    opened in a terminal); an override shows a name reversed in a list."""
    unit, item = first(ws)
    ws.set_assessment(unit.id, item.id, note="a\x9b31mb\x80c\u202eRTL\u2066")
    assert ws.assessment(unit.id, item.id).note == "a31mbc\u202eRTL\u2066"   # RTL keeps them
    finding = ws.add_finding("Kiruna\u202e anteckning\x9b")
    assert ws.finding(finding).title == "Kiruna anteckning"


def test_other_programs_line_breaks_become_line_breaks(ws):
    """Word's manual line break (vertical tab) was dropped, gluing the words on
    either side together; a form feed or a Unicode line separator likewise."""
    unit, item = first(ws)
    ws.set_assessment(unit.id, item.id, note="med\x0bvertikal\x0cflik\u2028och\u2029slut")
    assert ws.assessment(unit.id, item.id).note == "med\nvertikal\nflik\noch\nslut"
    finding = ws.add_finding("Rubrik\x0bpå två rader")
    assert ws.finding(finding).title == "Rubrik på två rader"    # a name: one line



def test_text_longer_than_a_sync_package_carries_is_refused_at_entry(ws, tmp_path):
    """A note past app.sync.MAX_TEXT would be exported and then refused by every
    import, for good (the change log keeps it): it is refused when typed."""
    from app.sync import MAX_TEXT

    unit, item = first(ws)
    ws.set_assessment(unit.id, item.id, note="x" * MAX_TEXT)     # the limit itself fits
    with pytest.raises(WorkspaceError, match="för lång"):
        ws.set_assessment(unit.id, item.id, note="y" * (MAX_TEXT + 1))
    with pytest.raises(WorkspaceError, match="för lång"):
        ws.add_finding("Rubrik", description="z" * (MAX_TEXT + 1))
    assert ws.assessment(unit.id, item.id).note == "x" * MAX_TEXT
    ws.export_package(tmp_path / "p.vardsync")
    Workspace.join(tmp_path / "b.vardflata", tmp_path / "p.vardsync").close()


def test_a_lone_surrogate_is_replaced_not_a_unicode_error(ws, tmp_path):
    """Half a UTF-16 pair (a broken paste) cannot be stored as UTF-8: it raised a raw
    UnicodeEncodeError from the facade. A whole pair becomes its character."""
    unit, item = first(ws)
    ws.set_assessment(unit.id, item.id, note="a\ud800b \ud83d\ude42")
    assert ws.assessment(unit.id, item.id).note == "a\ufffdb \U0001f642"
    unit_id = ws.add_unit("Enhet \udfff")
    assert ws.unit(unit_id).name == "Enhet \ufffd"
    ws.export_package(tmp_path / "p.vardsync")
    Workspace.join(tmp_path / "b.vardflata", tmp_path / "p.vardsync").close()

def test_statuses_and_levels_have_swedish_labels():
    assert set(STATUSES) == {"unknown", "not_used", "planned", "partly", "systematic",
                             "not_applicable"}
    assert STATUSES["systematic"][0] == "Används systematiskt"
    assert LEVELS == {"local": "Lokalt", "intra_regional": "Inomregionalt",
                      "county": "Länsövergripande"}
    # Every status has a distinct symbol so it never depends on colour alone.
    assert len({symbol for _, symbol in STATUSES.values()}) == len(STATUSES)


def test_changes_survive_close_and_reopen(tmp_path):
    path = tmp_path / "a.vardflata"
    with Workspace.create(path) as ws:
        unit, item = first(ws)
        ws.set_assessment(unit.id, item.id, status="systematic", note="Rutin finns")
        before = ws.snapshot()
    with Workspace.open(path) as ws:
        assert ws.assessment(unit.id, item.id).status == "systematic"
        assert ws.snapshot() == before


def test_snapshot_is_canonical_and_without_per_copy_bookkeeping(tmp_path, ws):
    unit, item = first(ws)
    ws.set_assessment(unit.id, item.id, status="partly")
    snap = ws.snapshot()
    json.dumps(snap)  # JSON-serialisable
    assert ws.replica_id not in json.dumps(snap)
    ws.close()
    copy = tmp_path / "copy" / "test.vardflata"
    copy.parent.mkdir()
    shutil.copy(ws.path, copy)
    with Workspace.open(copy) as other:
        assert other.replica_id != ws.replica_id   # a copied file signs as a new replica
        assert other.snapshot() == snap


def test_catalogue_and_organisations_are_editable(ws):
    row, column = ws.rows()[0], ws.columns()[3]
    item_id = ws.add_item(row.id, column.id, "  Ny   metod ")
    assert ws.item(item_id).title == "Ny metod"
    ws.update_item(item_id, title="TLFB", priority=2)
    assert (ws.item(item_id).title, ws.item(item_id).priority) == ("TLFB", 2)
    ws.retire_item(item_id)
    assert item_id not in {i.id for i in ws.items()}
    assert ws.item(item_id).retired
    with pytest.raises(WorkspaceError):
        ws.update_item(item_id, title="   ")

    area_id = ws.add_area("Testområdet")
    unit_id = ws.add_unit("Testkommun", "municipality", area_id)
    assert [u.name for u in ws.units(area_id=area_id)] == ["Testkommun"]
    ws.update_area(area_id, name="Nytt namn", unconfirmed=True)
    assert [a for a in ws.areas() if a.id == area_id][0].unconfirmed
    kiruna = [u for u in ws.units() if u.name == "Kiruna"][0]
    ws.update_unit(kiruna.id, area_id=area_id)
    assert {u.name for u in ws.units(area_id=area_id)} == {"Testkommun", "Kiruna"}
    ws.retire_unit(unit_id)
    assert "Testkommun" not in {u.name for u in ws.units()}
    ws.retire_area(area_id)
    assert area_id not in {a.id for a in ws.areas()}


def test_matrix_rolls_up_over_area_and_county(ws):
    item = ws.items()[0]
    area = ws.areas()[0]
    members = ws.units(area_id=area.id)
    outside = [u for u in ws.units() if u.area_id != area.id][0]
    ws.set_assessment(members[0].id, item.id, status="systematic")
    ws.set_assessment(members[1].id, item.id, status="partly")
    ws.set_assessment(outside.id, item.id, status="not_used")
    cell = (item.row_id, item.column_id)
    n_items = len(ws.items(*cell))
    county = ws.matrix()[cell]
    assert county.units == len(ws.units())
    assert county.items == n_items
    assert county.counts["systematic"] == 1 and county.counts["partly"] == 1
    assert county.counts["not_used"] == 1
    assert county.in_use == 2
    area_cell = ws.matrix(area.id)[cell]
    assert area_cell.units == len(members) and area_cell.in_use == 2
    assert "not_used" not in area_cell.counts or area_cell.counts["not_used"] == 0
    unit_cell = ws.matrix(members[0].id)[cell]
    assert unit_cell.units == 1 and unit_cell.in_use == 1
    assert ws.status_counts(item.id)["systematic"] == 1
    assert sum(ws.status_counts(item.id).values()) == len(ws.units())


def test_county_roll_up_leaves_out_retired_organisations_and_counts_like_brute_force(ws):
    items, units = ws.items(), ws.units()
    for n, unit in enumerate(units[:8]):
        for m, item in enumerate(items[:30]):
            ws.set_assessment(unit.id, item.id, status=list(STATUSES)[(n + m) % len(STATUSES)])
    ws.retire_unit(units[0].id)
    ws.retire_unit(units[3].id)
    active = {u.id for u in ws.units()}
    expected: dict[tuple, dict[str, int]] = {}
    for a in ws.assessments():
        if a.unit_id in active and a.status not in (None, "unknown"):
            item = ws.item(a.item_id)
            counts = expected.setdefault((item.row_id, item.column_id), {})
            counts[a.status] = counts.get(a.status, 0) + 1
    for cell, summary in ws.matrix().items():
        assert summary.units == len(active)
        recorded = {s: n for s, n in summary.counts.items() if s != "unknown" and n}
        assert recorded == expected.get(cell, {}), cell
    one = items[1]
    by_hand = sum(1 for a in ws.assessments() if a.item_id == one.id
                  and a.unit_id in active and a.status == "planned")
    assert ws.status_counts(one.id)["planned"] == by_hand
    ws.retire_unit(units[0].id, retired=False)
    assert ws.matrix()[(one.row_id, one.column_id)].units == len(active) + 1


def test_findings_are_typed_records_linked_to_cells(ws):
    row, column = ws.rows()[1], ws.columns()[2]
    unit = ws.units()[0]
    fid = ws.add_finding("Utbildning i MI", category="competence", level="county",
                         unit_id=unit.id, cells=[(row.id, column.id)])
    finding = ws.findings()[0]
    assert (finding.id, finding.category, finding.level) == (fid, "competence", "county")
    assert finding.cells == ((row.id, column.id),)
    with pytest.raises(WorkspaceError):
        ws.add_finding("x", category="nonsense")
    ws.delete_finding(fid)
    assert ws.findings() == []
    assert ws.snapshot()["findings"][fid]["deleted"] == 1   # a tombstone, not a hole


def test_read_only_workspace_refuses_changes_and_keeps_the_file(tmp_path):
    path = tmp_path / "ro.vardflata"
    Workspace.create(path).close()
    before = path.read_bytes()
    with Workspace.open(path, read_only=True) as ws:
        assert ws.read_only
        unit, item = first(ws)
        with pytest.raises(ReadOnlyError):
            ws.set_assessment(unit.id, item.id, status="partly")
    assert path.read_bytes() == before


def test_foreign_and_corrupt_files_are_refused_untouched(tmp_path):
    text = tmp_path / "notes.vardflata"
    text.write_text("inte en databas\n" * 100)
    other = tmp_path / "other.vardflata"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for path in (text, other):
        before = path.read_bytes()
        with pytest.raises(WorkspaceError, match="ingen Vårdfläta-arbetsyta"):
            Workspace.open(path)
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.vardflata", "other.vardflata"]


def test_a_closed_workspace_leaves_no_files_beside_it(tmp_path):
    path = tmp_path / "clean.vardflata"
    with Workspace.create(path) as ws:
        ws.set_assessment(ws.units()[0].id, ws.items()[0].id, status="partly")
        assert (tmp_path / "clean.vardflata-lock").exists()   # held while open
    assert [p.name for p in tmp_path.iterdir()] == ["clean.vardflata"]


def test_a_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.vardflata"
    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(WorkspaceError, match="nyare version"):
        Workspace.open(path)


def test_old_schema_is_migrated_on_open(tmp_path):
    from app.core import schema

    path = tmp_path / "old.vardflata"
    with Workspace.create(path) as ws:
        unit, item = first(ws)
        ws.set_assessment(unit.id, item.id, status="partly")
    # Turn the file back into a version-1 file: drop what later migrations add.
    conn = sqlite3.connect(path)
    v1 = set(schema.MAPPING_TABLES) | {"meta", "replicas", "changes"}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
        if name not in v1 and not name.startswith("sqlite_"):
            conn.execute(f"DROP TABLE {name}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        assert ws._store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in ws._store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        assert set(RECORD_TABLES) <= tables
        assert ws.assessment(unit.id, item.id).status == "partly"


def test_file_settings_wal_and_foreign_keys(ws):
    conn = ws._store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_record_reads_one_stored_record_deleted_ones_too(demo_ws):
    cycle = demo_ws.cycles()[0]
    assert demo_ws.record("pgsa_cycles", cycle.id)["title"] == cycle.title
    demo_ws.delete_record("pgsa_cycles", cycle.id)
    assert demo_ws.record("pgsa_cycles", cycle.id)["deleted"] == 1
    assert demo_ws.record("pgsa_cycles", "0" * 32) is None
    assert demo_ws.record("sqlite_master", cycle.id) is None      # only record tables


def test_whole_percent_rounds_halves_up_as_people_do():
    from app.core.model import whole_percent

    assert [whole_percent(n / 8) for n in (5, 3, 1)] == [63, 38, 13]   # 62,5 37,5 12,5
    assert whole_percent(0.285) == 29 and whole_percent(2 / 3) == 67
    assert whole_percent(0) == 0 and whole_percent(1) == 100
