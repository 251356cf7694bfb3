"""A copy's package in a sync folder is named after the copy (user trial: those
who looked into the folder, to see whether Kiruna's laptop had synced, saw only
ids): "vardflata-kiruna-<end of the id>.vardsync", plain ASCII, one file per
copy, also after a rename and in a folder used before names were in them."""

from __future__ import annotations

import re
import shutil
import socket
from pathlib import Path

import pytest

from app.core import sync_ops
from app.core.files import file_slug
from app.core.sync_ops import SLUG_LIMIT, SyncMixin
from app.sync import read_manifest
from app.workspace import Workspace

# What a package name may hold: safe on FAT32 sticks, Windows and file servers.
SAFE = re.compile(r"vardflata-[a-z0-9]+(-[a-z0-9]+)*\.vardsync")


def rounds(copies, folder: Path, n: int = 3) -> list:
    return [ws.sync_folder(folder) for _ in range(n) for ws in copies]


def packages_by_sender(folder: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.vardsync")):
        found.setdefault(read_manifest(path)["sender"], []).append(path.name)
    return found


def assert_quiet(reports) -> None:
    """Nothing refused, nothing waiting, every package written."""
    for report in reports:
        assert report.refused == [] and report.waiting == [], report.summary()
        assert report.export_error is None


def note(ws: Workspace, text: str, k: int = 0) -> None:
    ws.set_assessment(ws.units()[k].id, ws.items()[0].id, note=text)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "delad"
    shared.mkdir()
    return shared


def test_the_package_carries_the_copys_name_in_ascii(trio, folder):
    a, b, c = trio
    b.set_copy_name("Luleå kommun")
    c.set_copy_name('Kiruna: "Åsa/Öberg" <lap>?*| ÆØ')
    assert_quiet(rounds((a, b, c), folder, 1))
    names = packages_by_sender(folder)
    assert names[b.replica_id] == [f"vardflata-lulea-kommun-{b.replica_id[-8:]}.vardsync"]
    assert names[c.replica_id] == [f"vardflata-kiruna-asa-oberg-lap-aeo-{c.replica_id[-8:]}"
                                   ".vardsync"]
    assert names[a.replica_id] == [a.outgoing_name()]
    assert a.outgoing_name().startswith("vardflata-lanssamordnaren-")
    for name in (n for listed in names.values() for n in listed):
        assert SAFE.fullmatch(name) and name.isascii() and len(name) <= 70


def test_a_long_name_is_cut_between_words():
    name = "Region Norrbotten vuxenpsykiatrins mottagning i Övertorneå och Pajala"
    slug = file_slug(name, SLUG_LIMIT)
    assert len(slug) <= SLUG_LIMIT and not slug.endswith("-")
    assert slug == "region-norrbotten-vuxenpsykiatrins"
    assert file_slug("Piteå älvdal") == "pitea-alvdal"
    assert file_slug("Team SIP Luleå–Boden (fiktivt)") == "team-sip-lulea-boden-fiktivt"
    assert file_slug("x" * 100, SLUG_LIMIT) == "x" * SLUG_LIMIT
    assert file_slug("x" * 100) == "x" * 100         # the GUI's file names: whole
    assert file_slug("Кируна") == file_slug("  ") == ""


def test_two_copies_of_one_name_write_two_files(trio, folder):
    a, b, c = trio
    b.set_copy_name("Laptop")
    c.set_copy_name("Laptop")
    note(b, "från b", 0)
    note(c, "från c", 1)
    assert_quiet(rounds((a, b, c), folder))
    names = packages_by_sender(folder)
    assert names[b.replica_id] != names[c.replica_id]
    for ws in (b, c):
        assert names[ws.replica_id] == [ws.outgoing_name()]
        assert ws.outgoing_name().startswith("vardflata-laptop-")
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_a_renamed_copy_leaves_one_package_and_the_copies_converge(trio, folder):
    a, b, c = trio
    note(b, "före bytet")
    assert_quiet(rounds((a, b, c), folder, 2))
    before = b.outgoing_name()
    assert (folder / before).exists()
    b.set_copy_name("Piteå")
    note(b, "efter bytet")
    note(c, "från Kiruna", 1)
    assert_quiet(rounds((b, a, c), folder))
    names = packages_by_sender(folder)
    assert names[b.replica_id] == [f"vardflata-pitea-{b.replica_id[-8:]}.vardsync"]
    assert len(names) == 3 and all(len(n) == 1 for n in names.values())
    assert not (folder / before).exists()
    assert a.snapshot() == b.snapshot() == c.snapshot()
    assert a.copy_names()[b.replica_id] == "Piteå"


def test_a_folder_with_old_style_names_is_taken_over(trio, folder, monkeypatch):
    """Before this, every copy wrote "vardflata-<its whole id>.vardsync"."""
    a, b, c = trio
    with monkeypatch.context() as old_version:
        old_version.setattr(SyncMixin, "_package_names",
                            lambda ws: (sync_ops._legacy_name(ws.replica_id),) * 2)
        note(a, "i gamla versionen")
        assert_quiet(rounds((a, b, c), folder))
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"vardflata-{ws.replica_id}.vardsync" for ws in (a, b, c))
    note(b, "i nya versionen")
    reports = rounds((a, b, c), folder)
    assert_quiet(reports)
    # the new packages, read once, bring b's note and nothing else
    assert sum(r.new for report in reports for r in report.imported) == 2
    names = packages_by_sender(folder)
    assert sorted(n for listed in names.values() for n in listed) == sorted(
        ws.outgoing_name() for ws in (a, b, c))
    assert names[c.replica_id] == [f"vardflata-kiruna-{c.replica_id[-8:]}.vardsync"]
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_an_old_package_that_cannot_be_removed_is_read_as_old(trio, folder, monkeypatch):
    """A read-only folder or a file held open: the sync stands, and the other
    copies take the old package for what it is (nothing new, nothing waiting)."""
    a, b, c = trio
    assert_quiet(rounds((a, b, c), folder, 2))
    old = folder / b.outgoing_name()
    b.set_copy_name("Östersund")     # its name sorts after the old one
    note(b, "efter bytet")
    unlink = Path.unlink

    def held_open(path, *args, **kwargs):
        if path == old:
            raise PermissionError(13, "Permission denied")
        return unlink(path, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", held_open)
    report = b.sync_folder(folder)
    assert report.export_error is None and report.exported is not None
    assert packages_by_sender(folder)[b.replica_id] == sorted(
        [old.name, f"vardflata-ostersund-{b.replica_id[-8:]}.vardsync"])
    # newest first: the old one has nothing new then, and waits for nothing
    assert a.folder_packages(folder)[-1] == old
    report = a.sync_folder(folder)
    assert_quiet([report])
    [imported] = report.imported                 # b's newest, once; the old one skipped
    assert imported.sender == b.replica_id and imported.new > 0
    assert_quiet(rounds((c, a), folder, 1))
    assert a.sync_folder(folder).imported == []
    assert a.snapshot() == b.snapshot() == c.snapshot()
    monkeypatch.setattr(Path, "unlink", unlink)
    assert_quiet(rounds((b, a, c), folder, 2))
    assert not old.exists()
    assert len(packages_by_sender(folder)[b.replica_id]) == 1
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_an_unnamed_copy_goes_by_the_computer_else_its_id(tmp_path, folder, monkeypatch):
    ws = Workspace.create(tmp_path / "a.vardflata", name="Länet")
    try:
        assert ws.chosen_copy_name == ""
        monkeypatch.setattr(socket, "gethostname", lambda: "KIRUNA-PC.local")
        assert ws.outgoing_name() == f"vardflata-kiruna-pc-local-{ws.replica_id[-8:]}.vardsync"
        monkeypatch.setattr(socket, "gethostname", lambda: "")
        assert ws.outgoing_name() == f"vardflata-{ws.replica_id}.vardsync"
        ws.set_copy_name("Кируна")             # nothing of it in ASCII
        assert ws.outgoing_name() == f"vardflata-{ws.replica_id}.vardsync"
        ws.sync_folder(folder)
        assert [p.name for p in folder.iterdir()] == [ws.outgoing_name()]
        assert SAFE.fullmatch(ws.outgoing_name())
    finally:
        ws.close()


def test_another_file_under_our_name_is_never_written_over(trio, folder):
    """Two copies whose ids end alike (one chance in four billion), or a file
    that cannot be read: the package goes under the whole id instead."""
    a, b, c = trio
    b.set_copy_name("Laptop")
    assert_quiet(rounds((a, c), folder, 1))
    taken = folder / b.outgoing_name()
    shutil.copyfile(folder / c.outgoing_name(), taken)
    held = taken.read_bytes()
    note(b, "från b")
    assert b.sync_folder(folder).export_error is None
    assert taken.read_bytes() == held
    assert b.outgoing_name(folder) == f"vardflata-laptop-{b.replica_id}.vardsync"
    assert read_manifest(folder / b.outgoing_name(folder))["sender"] == b.replica_id
    taken.write_bytes(b"not a package")
    assert b.outgoing_name(folder) == f"vardflata-laptop-{b.replica_id}.vardsync"
    taken.unlink()
    assert b.outgoing_name(folder) == b.outgoing_name()
    assert_quiet(rounds((a, b, c), folder))
    names = packages_by_sender(folder)
    assert names[b.replica_id] == [b.outgoing_name()]
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_a_damaged_package_of_ours_is_replaced_at_the_next_round(trio, folder):
    """Cut short (a stick pulled, a share dropped): every other copy refused it
    at every round while this copy wrote under another name."""
    a, b, c = trio
    b.set_copy_name("Laptop")
    assert_quiet(rounds((a, b, c), folder, 1))
    own = folder / b.outgoing_name()
    own.write_bytes(own.read_bytes()[:100])
    note(b, "efter avbrottet")
    assert b.sync_folder(folder).export_error is None
    assert read_manifest(own)["sender"] == b.replica_id          # whole again, its name
    assert_quiet(rounds((a, c, b), folder))
    assert packages_by_sender(folder)[b.replica_id] == [own.name]
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_a_package_gone_since_the_folder_was_read_is_no_refusal(trio, folder, monkeypatch):
    """Another copy replaced its package under a new name while this one was
    reading the folder (everyone pressing F5 at once)."""
    a, b, c = trio
    assert_quiet(rounds((a, b, c), folder, 1))
    listed = a.folder_packages(folder) + [folder / "vardflata-borta-0000aaaa.vardsync"]
    monkeypatch.setattr(a, "folder_packages", lambda _folder: listed)
    report = a.sync_folder(folder)
    assert report.refused == [] and report.export_error is None
    assert all(not isinstance(p, tuple) for p in a.preview_packages(listed))


def test_a_name_differing_only_in_case_is_the_same_package():
    from app.core.sync_ops import _same_file

    here = Path("delad")
    assert _same_file(here / "vardflata-laptop-1a2b3c4d.vardsync",
                      here / "Vardflata-Laptop-1A2B3C4D.vardsync")
    assert not _same_file(here / "vardflata-laptop-1a2b3c4d.vardsync",
                          here / "vardflata-laptop-9f8e7d6c.vardsync")
