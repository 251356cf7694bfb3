"""Sync by exchanging files: export, join, import, merge, conflicts, folder."""

from __future__ import annotations

import json
import shutil
import zipfile
import time
from pathlib import Path

import pytest

from app.sync import PackageError, PackageGapError
from app.workspace import Workspace


@pytest.fixture()
def pair(tmp_path: Path):
    """Two copies of one workspace: `a` created, `b` joined from a full package."""
    a = Workspace.create(tmp_path / "a.vardflata", name="Länet")
    a.export_package(tmp_path / "start.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    yield a, b
    a.close()
    b.close()


def exchange(src: Workspace, dst: Workspace, tmp_path: Path, name: str = "p"):
    path = tmp_path / f"{name}-{src.replica_id[:6]}-{dst.replica_id[:6]}.vardsync"
    src.export_package(path)
    return dst.import_package(path)


def first_cell(ws: Workspace):
    return ws.units()[0].id, ws.items()[0].id


def test_join_makes_an_identical_copy_with_its_own_replica(pair):
    a, b = pair
    assert b.snapshot() == a.snapshot()
    assert b.workspace_id == a.workspace_id
    assert b.replica_id != a.replica_id
    assert b.name == "Länet"
    assert len(b.units()) == len(a.units()) and len(b.items()) == len(a.items())


def test_edits_travel_both_ways_and_survive_duplicates(pair, tmp_path):
    a, b = pair
    unit, item = first_cell(a)
    a.set_assessment(unit, item, status="partly", note="Införs <b>2027</b> 😀")
    finding = b.add_finding("Gemensam rutin för AUDIT", category="guidelines")
    report = exchange(a, b, tmp_path)
    assert report.new == 4 and report.records == {"assessments": 1}  # unit, item, 2 fields
    assert not report.conflicts
    exchange(b, a, tmp_path)
    assert a.snapshot() == b.snapshot()
    assert b.assessment(unit, item).note == "Införs <b>2027</b> 😀"
    assert [f.id for f in a.findings()] == [finding]
    # The same package twice changes nothing the second time.
    path = tmp_path / "again.vardsync"
    a.export_package(path, full=True)
    before = b.snapshot()
    assert b.import_package(path).skipped == "already"
    assert b.snapshot() == before


def test_delete_is_a_tombstone_that_syncs(pair, tmp_path):
    a, b = pair
    finding = a.add_finding("Uppföljning saknas")
    exchange(a, b, tmp_path, "1")
    b.delete_finding(finding)
    exchange(b, a, tmp_path, "2")
    assert a.findings() == [] and a.snapshot() == b.snapshot()
    assert a.snapshot()["findings"][finding]["deleted"] == 1


def test_concurrent_edits_converge_keep_the_loser_as_a_conflict(pair, tmp_path):
    a, b = pair
    unit, item = first_cell(a)
    a.set_assessment(unit, item, status="partly")
    b.set_assessment(unit, item, status="planned")       # later clock: b wins
    report_a = exchange(b, a, tmp_path, "1")
    report_b = exchange(a, b, tmp_path, "2")
    assert a.snapshot() == b.snapshot()
    assert a.assessment(unit, item).status == "planned"
    for ws, report in ((a, report_a), (b, report_b)):
        [conflict] = ws.conflicts()
        assert (conflict.field, conflict.kept, conflict.other) == ("status", "planned", "partly")
        assert conflict.record_label.endswith(a.item(item).title)
        assert len(report.conflicts) == 1


@pytest.mark.parametrize("keep", [True, False])
def test_resolving_a_conflict_is_a_change_that_closes_it_everywhere(pair, tmp_path, keep):
    a, b = pair
    unit, item = first_cell(a)
    a.set_assessment(unit, item, note="från A")
    b.set_assessment(unit, item, note="från B")
    exchange(b, a, tmp_path, "1")
    exchange(a, b, tmp_path, "2")
    [conflict] = a.conflicts()
    a.resolve_conflict(conflict, keep=keep)
    expected = "från B" if keep else "från A"
    assert a.assessment(unit, item).note == expected
    assert a.conflicts() == []
    report = exchange(a, b, tmp_path, "3")
    # Keeping follows the other version; taking it follows both (two versions).
    assert report.new == (1 if keep else 2)
    assert b.conflicts() == [] and b.assessment(unit, item).note == expected
    assert a.snapshot() == b.snapshot()


def test_an_edit_after_seeing_a_change_is_not_a_conflict(pair, tmp_path):
    a, b = pair
    unit, item = first_cell(a)
    a.set_assessment(unit, item, status="partly")
    exchange(a, b, tmp_path, "1")
    b.set_assessment(unit, item, status="systematic")
    report = exchange(b, a, tmp_path, "2")
    assert report.conflicts == [] and a.conflicts() == []
    assert a.assessment(unit, item).status == "systematic"


def test_agreeing_concurrent_edits_stay_watched_so_every_copy_shows_the_same(pair, tmp_path):
    """Found by the stateful test: both copies write the same value, one sees the
    other's and then writes a new value. Whether the first copy's version is a
    conflict must not depend on which copy asks."""
    a, b = pair
    unit, item = first_cell(a)
    a.set_assessment(unit, item, note="")
    b.set_assessment(unit, item, note="")
    exchange(a, b, tmp_path, "1")
    assert b.conflicts() == []            # the values agree: nothing to review yet
    b.set_assessment(unit, item, note="Ny rutin")
    exchange(b, a, tmp_path, "2")
    exchange(a, b, tmp_path, "3")
    assert a.snapshot() == b.snapshot()
    seen = [{(c.table, c.record_id, c.field, c.other_version) for c in ws.conflicts()}
            for ws in (a, b)]
    assert seen[0] == seen[1]


def test_a_package_carries_changes_of_third_copies(pair, tmp_path):
    a, b = pair
    b.export_package(tmp_path / "c-start.vardsync", full=True)
    c = Workspace.join(tmp_path / "c.vardflata", tmp_path / "c-start.vardsync")
    try:
        unit, item = first_cell(a)
        a.set_assessment(unit, item, status="systematic")
        exchange(a, b, tmp_path, "1")          # A -> B on a USB stick …
        exchange(b, c, tmp_path, "2")          # … and B passes it on to C
        assert c.assessment(unit, item).status == "systematic"
        assert c.snapshot() == a.snapshot()
    finally:
        c.close()


def test_known_peer_gets_only_the_difference_under_8_kb(pair, tmp_path):
    a, b = pair
    exchange(b, a, tmp_path, "1")              # a learns what b has seen
    a.update_item(a.items()[0].id, title="AUDIT – ny rubrik")
    assert a.export_package(tmp_path / "all.vardsync").full    # no recipient: everything
    result = a.export_package(tmp_path / "small.vardsync", peer=b.replica_id)
    assert not result.full and result.rows == 1
    assert result.size < 8 * 1024
    assert b.import_package(result.path).new == 1


def test_new_copy_needs_a_full_package(pair, tmp_path):
    a, b = pair
    exchange(b, a, tmp_path, "1")
    a.add_finding("Ny")
    a.export_package(tmp_path / "diff.vardsync", peer=b.replica_id)
    with pytest.raises(PackageError, match="fullständigt"):
        Workspace.join(tmp_path / "c.vardflata", tmp_path / "diff.vardsync")
    assert not (tmp_path / "c.vardflata").exists()


def test_gap_is_refused_then_filled_in_any_order(tmp_path):
    a = Workspace.create(tmp_path / "a.vardflata")
    a.export_package(tmp_path / "s.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "s.vardsync")
    c = Workspace.join(tmp_path / "c.vardflata", tmp_path / "s.vardsync")
    try:
        exchange(b, a, tmp_path, "0")          # a knows b only
        a.add_finding("Ett")
        one = tmp_path / "one.vardsync"
        a.export_package(one, peer=b.replica_id)
        b.import_package(one)
        exchange(b, a, tmp_path, "1")          # a now knows b holds "Ett"
        a.add_finding("Två")
        two = tmp_path / "two.vardsync"
        a.export_package(two, peer=b.replica_id)
        before, copies = c.snapshot(), c.known_copies()
        before_file = c.path.read_bytes(), Path(f"{c.path}-wal").read_bytes()
        with pytest.raises(PackageGapError):
            c.import_package(two)              # addressed to b: c never got "Ett"
        assert c.snapshot() == before
        # A refusal changes nothing, not even what c knows of a (issue 4).
        assert (c.path.read_bytes(), Path(f"{c.path}-wal").read_bytes()) == before_file
        assert c.known_copies() == copies and c.backups() == []
        c.import_package(one)
        c.import_package(two)
        assert c.snapshot() == a.snapshot()
    finally:
        for ws in (a, b, c):
            ws.close()


def test_copied_file_is_a_clone_with_its_own_replica(pair, tmp_path):
    a, b = pair
    b.close()
    shutil.copy(tmp_path / "b.vardflata", tmp_path / "b-copy.vardflata")
    original = Workspace.open(tmp_path / "b.vardflata")
    clone = Workspace.open(tmp_path / "b-copy.vardflata")
    try:
        assert clone.replica_id != original.replica_id
        unit, item = first_cell(a)
        original.set_assessment(unit, item, note="original")
        clone.set_assessment(unit, item, status="planned")
        exchange(original, a, tmp_path, "1")
        exchange(clone, a, tmp_path, "2")
        assert a.assessment(unit, item).note == "original"
        assert a.assessment(unit, item).status == "planned"
    finally:
        original.close()
        clone.close()


def test_clock_far_ahead_is_reported_and_its_win_is_a_conflict(pair, tmp_path):
    a, b = pair
    unit, item = first_cell(a)
    exchange(a, b, tmp_path, "0")
    a.set_assessment(unit, item, note="lokal")
    wall = b._store.clock._wall_ms
    b._store.clock._wall_ms = lambda: wall() + 3 * 24 * 3600 * 1000   # 3 days ahead
    b.set_assessment(unit, item, note="framtid")
    b._store.clock._wall_ms = wall
    preview = a.preview_package(b.export_package(tmp_path / "f.vardsync").path)
    assert b.replica_id in preview.clock_ahead
    report = a.import_package(tmp_path / "f.vardsync")
    assert report.clock_ahead[b.replica_id] > 48
    assert "klocka" in report.summary()
    [conflict] = [c for c in a.conflicts() if c.field == "note"]
    assert conflict.kept == "framtid" and conflict.other == "lokal" and conflict.clock_ahead
    # A local edit after the import still wins (the clock moved past the future version).
    a.set_assessment(unit, item, note="rättad")
    assert a.assessment(unit, item).note == "rättad"


def test_improvement_tables_sync_too(pair, tmp_path):
    a, b = pair
    team = a.add_team("Team Luleå")
    exchange(a, b, tmp_path)
    assert [t.id for t in b.teams()] == [team]
    assert a.snapshot() == b.snapshot()


def test_sync_folder_three_copies(pair, tmp_path):
    a, b = pair
    b.export_package(tmp_path / "c-start.vardsync", full=True)
    c = Workspace.join(tmp_path / "c.vardflata", tmp_path / "c-start.vardsync")
    folder = tmp_path / "delad"
    folder.mkdir()
    try:
        unit, item = first_cell(a)
        a.set_assessment(unit, item, status="partly")
        b.add_finding("Från B")
        c.add_area("Nytt område")
        for _ in range(3):
            for ws in (a, b, c):
                ws.sync_folder(folder)
        assert a.snapshot() == b.snapshot() == c.snapshot()
        assert a.sync_folder_path == folder.resolve()
        names = sorted(p.name for p in folder.iterdir())
        assert names == sorted(ws.outgoing_name() for ws in (a, b, c))
        # Nothing new: the next sync imports nothing.
        assert a.sync_folder().imported == []
    finally:
        c.close()


def test_package_from_self_is_a_no_op(pair, tmp_path):
    a, _ = pair
    path = a.export_package(tmp_path / "self.vardsync").path
    before = a.snapshot()
    report = a.import_package(path)
    assert report.skipped == "self" and report.new == 0
    assert a.snapshot() == before and a.backups() == []


def test_import_makes_a_backup_first(pair, tmp_path):
    a, b = pair
    a.add_finding("Ny")
    report = exchange(a, b, tmp_path)
    assert report.backup is not None and report.backup.exists()
    with Workspace.open(report.backup, read_only=True) as old:
        assert old.findings() == []


def test_full_package_repairs_a_copy_restored_from_a_backup(pair, tmp_path):
    """A restored backup lost edits that other copies hold; after new edits its own
    history has a hole, which a full package from another copy fills."""
    from app.core import backup

    a, b = pair
    exchange(b, a, tmp_path, "0")
    safe = b.backup()
    unit, item = first_cell(b)
    b.set_assessment(unit, item, note="förlorad efter återställning")
    exchange(b, a, tmp_path, "1")                      # a holds b's edit
    path = b.path
    b.close()
    backup.restore(safe, path)
    restored = Workspace.open(path)
    try:
        restored.add_finding("Ny efter återställning")  # pushes b's clock past the loss
        full = tmp_path / "full-from-a.vardsync"
        a.export_package(full, full=True)
        report = restored.import_package(full)
        assert report.new >= 1
        assert restored.assessment(unit, item).note == "förlorad efter återställning"
        exchange(restored, a, tmp_path, "2")
        assert restored.snapshot() == a.snapshot()
    finally:
        restored.close()


def test_clock_far_ahead_does_not_win_silently_even_when_it_followed(pair, tmp_path):
    a, b = pair
    unit, item = first_cell(a)
    a.set_assessment(unit, item, note="före")
    exchange(a, b, tmp_path, "0")
    wall = b._store.clock._wall_ms
    b._store.clock._wall_ms = lambda: wall() + 10 * 24 * 3600 * 1000
    b.set_assessment(unit, item, note="efter, med fel klocka")
    b._store.clock._wall_ms = wall
    report = exchange(b, a, tmp_path, "1")
    assert report.clock_ahead
    [conflict] = a.conflicts()
    assert conflict.clock_ahead
    assert (conflict.kept, conflict.other) == ("efter, med fel klocka", "före")
    a.resolve_conflict(conflict, keep=False)
    assert a.assessment(unit, item).note == "före" and a.conflicts() == []


def test_a_copy_silent_for_long_no_longer_holds_the_folder_back(pair, tmp_path):
    a, b = pair
    folder = tmp_path / "delad"
    folder.mkdir()
    a.sync_folder(folder)
    b.sync_folder(folder)
    a.sync_folder(folder)                   # a has read b's package: b's vector is known
    a.update_item(a.items()[0].id, title="Ny rubrik")
    assert a.sync_folder(folder).exported.rows == 1      # the difference b lacks
    package = folder / b.outgoing_name()    # b was last heard of a year ago
    with zipfile.ZipFile(package) as archive:
        head = json.loads(archive.read("manifest.json"))
        payload = archive.read("changes.json")
    head["created_at"] = "2025-01-01T00:00:00+00:00"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("manifest.json", json.dumps(head))
        archive.writestr("changes.json", payload)
    a.update_item(a.items()[0].id, title="Ännu en rubrik")
    assert a.sync_folder(folder).exported.full


def test_copies_dragged_along_by_a_future_clock_are_not_blamed(pair, tmp_path):
    a, b = pair
    unit, item = first_cell(a)
    wall = b._store.clock._wall_ms
    b._store.clock._wall_ms = lambda: wall() + 10 * 24 * 3600 * 1000
    b.set_assessment(unit, item, note="fel klocka")
    b._store.clock._wall_ms = wall
    assert exchange(b, a, tmp_path, "0").clock_ahead          # the culprit is named
    a.set_assessment(unit, item, note="rättad på A")          # a's clock was dragged
    report = exchange(a, b, tmp_path, "1")
    assert report.clock_ahead == {} and b.conflicts() == []
    assert b.assessment(unit, item).note == "rättad på A"


def test_a_data_point_conflict_names_its_measure(pair, tmp_path):
    a, b = pair
    team = a.add_team("Team")
    measure = a.add_measure(team, "Väntetid")
    a.set_data_point(measure, "2026-03", value=4)
    exchange(a, b, tmp_path, "start")
    a.set_data_point(measure, "2026-03", value=5)
    time.sleep(0.003)
    b.set_data_point(measure, "2026-03", value=6)
    exchange(b, a, tmp_path, "b")
    [conflict] = a.conflicts()
    assert conflict.record_label == "Väntetid: 2026-03"    # not the period alone


def test_a_value_written_on_three_copies_is_settled_by_taking_the_others(pair, tmp_path):
    """Trial D: with a third copy's value around, 'Använd det andra värdet' flipped
    between the two others for ever; each choice now closes what it chose from."""
    a, b = pair
    c = Workspace.join(tmp_path / "c.vardflata", tmp_path / "start.vardsync")
    unit = a.units()[0].id
    for ws, name in ((a, "A"), (b, "B"), (c, "C")):
        ws.update_unit(unit, name=f"Namn från {name}")
        time.sleep(0.003)
    for src in (a, b, c):
        for dst in (a, b, c):
            if src is not dst:
                exchange(src, dst, tmp_path, "round")
    assert len(a.conflicts()) == 2
    taken = []
    while a.conflicts():
        conflict = a.conflicts()[0]
        taken.append(conflict.other)
        a.resolve_conflict(conflict, keep=False)
        assert len(taken) <= 2, taken                     # settled, not flipping
    assert a.unit(unit).name == taken[-1]
    for dst in (b, c):
        exchange(a, dst, tmp_path, "settled")
        assert dst.conflicts() == [] and dst.snapshot() == a.snapshot()
    c.close()
