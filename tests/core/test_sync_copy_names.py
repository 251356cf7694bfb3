"""Copy names travel with packages (workshop trial, three laptops and a USB stick):
a copy names the copies it has only heard of through others' packages, each by
its newest name (by that copy's own clock), without taking them for recipients;
old packages still import, and a foreign package cannot inject a name that is
not one."""

from __future__ import annotations

import json
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest
from sync_helpers import make_trio, send, tick

from app import sync
from app.core import sync_exchange
from app.sync import PackageError
from app.workspace import Workspace, WorkspaceError

DAY_MS = 24 * 3600 * 1000


def note(ws: Workspace, text: str, k: int = 0) -> None:
    ws.set_assessment(ws.units()[k].id, ws.items()[0].id, note=text)


def manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(sync.MANIFEST))


def rewritten(package: Path, target: Path, **fields) -> Path:
    """The package with manifest fields replaced (None: left out), written as the
    program writes packages (checksums and all): an older version's package, or
    a foreign one."""
    with zipfile.ZipFile(package) as archive:
        head = json.loads(archive.read(sync.MANIFEST))
        payload = archive.read(sync.CHANGES)
    head.update(fields)
    head = {k: v for k, v in head.items() if v is not None}
    sync.write_package(target, head, payload, head["rows"])
    return target


@pytest.fixture()
def chain(trio, tmp_path):
    """C's change reaches A only through B (A never hears from C)."""
    a, b, c = trio
    note(c, "Från Kiruna")
    send(c, b, tmp_path, "c-till-b")
    return a, b, c


def test_a_third_copy_is_named_after_a_package_that_passed_it_on(chain, tmp_path):
    a, b, c = chain
    assert c.replica_id not in a.copy_names()                  # the trial: "kopia 1a2b3c4d"
    report = send(b, a, tmp_path, "b-till-a")
    assert report.sender_name == "Luleå kommun"
    names = a.copy_names()
    assert names[c.replica_id] == "Kiruna" and names[b.replica_id] == "Luleå kommun"
    assert names[a.replica_id] == "den här kopian"
    # A new copy started from A's package names B and C too.
    a.export_package(tmp_path / "a-alla.vardsync")
    with Workspace.join(tmp_path / "d.vardflata", tmp_path / "a-alla.vardsync") as d:
        assert {d.copy_names()[r] for r in (a.replica_id, b.replica_id, c.replica_id)} == {
            "Länssamordnaren", "Luleå kommun", "Kiruna"}


def test_who_wrote_a_conflicting_value_is_named(trio, tmp_path):
    a, b, c = trio
    note(a, "Från länet")
    tick()
    note(c, "Från Kiruna")
    send(c, b, tmp_path, "c-till-b")
    report = send(b, a, tmp_path, "b-till-a")
    (conflict,) = [c for c in report.conflicts if c.field == "note"]
    writers = {conflict.kept_version[1], conflict.other_replica}
    assert writers == {a.replica_id, c.replica_id}
    assert a.copy_names()[c.replica_id] == "Kiruna"


def test_a_rename_reaches_a_copy_through_another(chain, tmp_path):
    a, b, c = chain
    send(b, a, tmp_path, "b-till-a")
    c.set_copy_name("Kiruna kommun")
    assert send(c, b, tmp_path, "c-till-b-2").skipped == "already"   # a name, no changes
    assert send(b, a, tmp_path, "b-till-a-2").skipped == "already"
    assert a.copy_names()[c.replica_id] == "Kiruna kommun"


def test_an_older_name_arriving_later_does_not_win(chain, tmp_path):
    a, b, c = chain
    old_from_b = b.export_package(tmp_path / "b-gammal.vardsync").path    # "Kiruna"
    old_from_c = c.export_package(tmp_path / "c-gammal.vardsync").path
    c.set_copy_name("Kiruna kommun")
    send(c, b, tmp_path, "c-till-b-2")
    send(b, a, tmp_path, "b-till-a")
    assert a.copy_names()[c.replica_id] == "Kiruna kommun"
    a.import_package(old_from_b, backup=False)           # passed on, older
    a.import_package(old_from_c, backup=False)           # from C itself, but older
    assert a.copy_names()[c.replica_id] == "Kiruna kommun"
    assert [k.name for k in a.known_copies() if k.replica == c.replica_id] == ["Kiruna kommun"]


def test_a_newer_name_passed_on_wins_over_an_older_direct_one(chain, tmp_path):
    a, b, c = chain
    send(c, a, tmp_path, "c-till-a")                     # direct: "Kiruna"
    c.set_copy_name("Kiruna kommun")
    send(c, b, tmp_path, "c-till-b-2")
    send(b, a, tmp_path, "b-till-a")
    assert a.copy_names()[c.replica_id] == "Kiruna kommun"
    assert a.find_copy("Kiruna kommun").replica == c.replica_id   # a known copy, renamed


def test_newest_is_by_the_named_copys_clock_not_the_messengers(chain, tmp_path):
    """B's clock is ten days ahead: its packages' stamps are far later than C's,
    yet the name of C it passes on is older than the one C sent itself."""
    a, b, c = chain
    wall = b._store.clock._wall_ms
    b._store.clock._wall_ms = lambda: wall() + 10 * DAY_MS
    note(b, "Från Luleå", 1)
    b._store.clock._wall_ms = wall
    send(b, a, tmp_path, "b-till-a")
    assert a.copy_names()[c.replica_id] == "Kiruna"
    c.set_copy_name("Kiruna kommun")
    send(c, a, tmp_path, "c-till-a")
    send(b, a, tmp_path, "b-till-a-2")                   # still says "Kiruna", stamped ahead
    assert a.copy_names()[c.replica_id] == "Kiruna kommun"


def test_a_rename_is_newer_even_within_one_millisecond(chain, tmp_path):
    """A rename moves the copy's clock: with the wall clock stopped, the package
    after it still has a later stamp than the one before."""
    a, b, c = chain
    frozen = time.time_ns() // 1_000_000
    c._store.clock._wall_ms = lambda: frozen
    before = c.export_package(tmp_path / "c-före.vardsync").path
    c.set_copy_name("Kiruna kommun")
    after = c.export_package(tmp_path / "c-efter.vardsync").path
    assert manifest(after)["stamp"] > manifest(before)["stamp"]
    b.import_package(after, backup=False)
    send(b, a, tmp_path, "b-till-a")                     # the new name, passed on
    a.import_package(before, backup=False)               # the old one, from C itself
    assert a.copy_names()[c.replica_id] == "Kiruna kommun"


def test_a_copy_only_heard_of_is_no_recipient(chain, tmp_path):
    a, b, c = chain
    send(b, a, tmp_path, "b-till-a")
    assert [k.replica for k in a.known_copies()] == [b.replica_id]
    with pytest.raises(PackageError, match="Inget paket har kommit hit från ”Kiruna”"):
        a.find_copy("kiruna")
    with pytest.raises(PackageError, match="okänd här"):
        a.export_package(tmp_path / "till-c.vardsync", peer=c.replica_id)
    assert a.find_copy("Luleå kommun").replica == b.replica_id
    with sqlite3.connect(a.path) as conn:                 # nothing said what C has seen
        assert conn.execute("SELECT COUNT(*) FROM sync_peers WHERE peer = ?",
                            (c.replica_id,)).fetchone() == (0,)


def test_a_package_names_its_sender_and_the_writers_it_holds(chain, tmp_path):
    a, b, c = chain
    names = manifest(b.export_package(tmp_path / "b.vardsync").path)["copy_names"]
    assert {r: e["name"] for r, e in names.items()} == {
        a.replica_id: "Länssamordnaren", b.replica_id: "Luleå kommun",
        c.replica_id: "Kiruna"}
    # Our own name's stamp is the clock when it was chosen: it moves with a rename only.
    assert names[b.replica_id]["stamp"] == int(b._store.meta("copy_name_stamp"))
    assert names[c.replica_id]["stamp"] == manifest(tmp_path / "c-till-b.vardsync")["stamp"]


def test_an_old_format_package_imports_as_before(chain, tmp_path):
    a, b, c = chain
    old = rewritten(b.export_package(tmp_path / "b.vardsync").path,
                    tmp_path / "b-gammal.vardsync", copy_names=None)
    assert "copy_names" not in manifest(old)
    report = a.import_package(old, backup=False)
    assert report.new > 0 and report.sender_name == "Luleå kommun"
    assert c.replica_id not in a.copy_names()
    assert a.copy_names()[b.replica_id] == "Luleå kommun"
    assert a.assessment(a.units()[0].id, a.items()[0].id).note == "Från Kiruna"


HOSTILE = '<u>M</u><span style="font-size:40pt">BIG</span>\x00\x1b[31m\x9b2J\u202eröd\n' + (
    "x" * 10_000)


def test_a_hostile_name_is_cleaned_like_a_chosen_one(chain, tmp_path):
    a, b, c = chain
    package = b.export_package(tmp_path / "b.vardsync").path
    stamp = manifest(package)["stamp"]
    forged = rewritten(package, tmp_path / "främmande.vardsync", sender_name=HOSTILE,
                       copy_names={c.replica_id: {"name": HOSTILE, "stamp": stamp},
                                   a.replica_id: {"name": "Inkräktaren", "stamp": stamp},
                                   b.replica_id: {"name": "Falskt", "stamp": stamp}})
    report = a.import_package(forged, backup=False)
    names = a.copy_names()
    for name in (names[c.replica_id], names[b.replica_id], report.sender_name):
        assert name.startswith('<u>M</u><span style="font-size:40pt">BIG</span>[31m2Jröd x')
        assert len(name) == sync_exchange.COPY_NAME_LIMIT and name.endswith("x…")
        assert name.isprintable()
    assert names[a.replica_id] == "den här kopian" and a.copy_name != "Inkräktaren"
    assert report.summary().startswith(f"{report.new} ändringar från <u>M</u>")
    # The long name is no danger to the packages A writes and passes it on in.
    sync.read_manifest(a.export_package(tmp_path / "a.vardsync").path)


@pytest.mark.parametrize("names", [
    "Kiruna", ["Kiruna"], 7, {"c": "Kiruna"}, {"c": {"name": 5, "stamp": 1}},
    {"c": {"name": "Kiruna", "stamp": "1"}}, {"c": {"name": "Kiruna", "stamp": True}},
    {"c": {"name": "Kiruna", "stamp": 1.5}}, {"c": {"name": "Kiruna", "stamp": -1}},
    {"c": {"name": "Kiruna", "stamp": 0}}, {"c": {"name": "Kiruna", "stamp": 2 ** 70}},
    {"c": {"name": " \x00\t ", "stamp": 1}}, {"c": {"stamp": 1}}, {"c": {"name": None}},
    {"../../c": {"name": "Kiruna", "stamp": 1}}, {"C" * 32: {"name": "Kiruna", "stamp": 1}},
], ids=repr)
def test_a_malformed_map_is_ignored(chain, tmp_path, names):
    a, b, c = chain
    package = b.export_package(tmp_path / "b.vardsync").path
    if isinstance(names, dict):
        names = {c.replica_id if k == "c" else k: v for k, v in names.items()}
    forged = rewritten(package, tmp_path / "trasig.vardsync", copy_names=names)
    report = a.import_package(forged, backup=False)
    assert report.new > 0 and report.sender_name == "Luleå kommun"
    assert set(a.copy_names()) == {a.replica_id, b.replica_id}


def test_good_names_stay_beside_malformed_ones(chain, tmp_path):
    a, b, c = chain
    package = b.export_package(tmp_path / "b.vardsync").path
    good = manifest(package)["copy_names"][c.replica_id]
    forged = rewritten(package, tmp_path / "blandad.vardsync", copy_names={
        c.replica_id: good, "x" * 32: {"name": "Trasig"}, a.replica_id: "Trasig"})
    a.import_package(forged, backup=False)
    assert a.copy_names()[c.replica_id] == "Kiruna"


def test_names_of_made_up_copies_are_not_passed_on(chain, tmp_path):
    """A corrupt package's map of copies nobody has changes of must not go on in
    every package after it: a few thousand would fill the manifest."""
    a, b, c = chain
    package = b.export_package(tmp_path / "b.vardsync").path
    made_up = {f"{n:032x}": {"name": f"Påhittad {n}", "stamp": 1} for n in range(1, 4000)}
    forged = rewritten(package, tmp_path / "många.vardsync",
                       copy_names={**manifest(package)["copy_names"], **made_up})
    a.import_package(forged, backup=False)
    assert a.copy_names()[f"{1:032x}"] == "Påhittad 1"        # named here, if it ever writes
    sent = manifest(a.export_package(tmp_path / "a.vardsync").path)["copy_names"]
    assert set(sent) == {a.replica_id, b.replica_id, c.replica_id}


def test_a_chosen_name_is_cleaned_and_bounded(trio):
    a, _, _ = trio
    a.set_copy_name("  Luleå\x00 –\x9b Annas\u202e dator\n ")
    assert a.chosen_copy_name == "Luleå – Annas dator"
    with pytest.raises(WorkspaceError, match="för långt"):
        a.set_copy_name("x" * (sync_exchange.COPY_NAME_LIMIT + 1))
    a.set_copy_name("y" * sync_exchange.COPY_NAME_LIMIT)
    assert a.chosen_copy_name == "y" * sync_exchange.COPY_NAME_LIMIT


def test_a_preview_learns_nothing(chain, tmp_path):
    a, b, c = chain
    preview = a.preview_package(b.export_package(tmp_path / "b.vardsync").path)
    assert preview.sender_name == "Luleå kommun" and preview.new > 0
    assert set(a.copy_names()) == {a.replica_id}


def test_names_travel_through_a_sync_folder_without_changes(chain, tmp_path):
    a, b, c = chain
    folder = tmp_path / "delad"
    folder.mkdir()
    for ws in (b, a, b, a):         # the second round: packages against each other
        ws.sync_folder(folder)
    assert a.copy_names()[c.replica_id] == "Kiruna"
    assert b.sync_folder(folder).exported is None      # nothing new: not rewritten
    c.set_copy_name("Kiruna kommun")
    send(c, b, tmp_path, "c-till-b-2")
    assert b.sync_folder(folder).exported is not None  # a new name is something new
    a.sync_folder(folder)
    assert a.copy_names()[c.replica_id] == "Kiruna kommun"


def test_a_file_from_before_gets_the_table_and_reads_without_it(chain, tmp_path):
    a, b, c = chain
    send(b, a, tmp_path, "b-till-a")
    a.close()
    with sqlite3.connect(a.path) as conn:
        conn.execute("DROP TABLE sync_names")
    with Workspace.open(a.path, read_only=True) as ro:   # a direct sender is still named
        assert ro.copy_names()[b.replica_id] == "Luleå kommun"
        assert c.replica_id not in ro.copy_names()
    with Workspace.open(a.path) as again:
        send(b, again, tmp_path, "b-till-a-2")
        assert again.copy_names()[c.replica_id] == "Kiruna"


def test_a_preview_says_who_wrote_what_the_sender_passes_on(trio, tmp_path):
    """Changes C wrote, coming to A in B's package, were shown as B's in the
    preview (new-user trial): each change names the copies other than the
    sender that wrote it, by the names the package passes on."""
    a, b, c = trio
    finding = c.add_finding("Samordning saknas", category="coordination")
    b.import_package(c.export_package(tmp_path / "c-to-b.vardsync").path)
    unit, item = b.units()[0], b.items()[0]
    b.set_assessment(unit.id, item.id, note="B:s egen anteckning")
    preview = a.preview_package(b.export_package(tmp_path / "b-to-a.vardsync").path)
    by_record = {change.record_id: change for change in preview.changes}
    assert by_record[finding].writers == (c.replica_id,)
    assert preview.names[c.replica_id] == "Kiruna"
    own = next(ch for ch in preview.changes if ch.table == "assessments")
    assert own.writers == ()                       # the sender's own: said as from it
    assert a.copy_names().get(c.replica_id) is None   # a preview learns nothing for good


def test_a_rename_back_reaches_a_copy_that_heard_the_name_between(tmp_path):
    """B renamed and renamed back: its sync folder package had the same names as
    before and was not written again, so A kept the middle name (review)."""
    a, b, c = make_trio(tmp_path)
    folder = tmp_path / "delad"
    folder.mkdir()
    try:
        for ws in (b, a, b, a):
            ws.sync_folder(folder)
        assert a.copy_names()[b.replica_id] == "Luleå kommun"
        b.set_copy_name("Luleå Y")
        a.import_package(b.export_package(tmp_path / "direkt.vardsync").path, backup=False)
        assert a.copy_names()[b.replica_id] == "Luleå Y"
        tick()
        b.set_copy_name("Luleå kommun")
        assert b.sync_folder(folder).exported is not None       # written again
        a.sync_folder(folder)
        assert a.copy_names()[b.replica_id] == "Luleå kommun"
    finally:
        for ws in (a, b, c):
            ws.close()
