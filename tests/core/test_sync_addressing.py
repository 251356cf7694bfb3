"""An export names its recipient or it is complete (audit 4, item 1): a package
without a recipient reaches any copy, a difference only goes to a named known copy
or to a sync folder's copies, and a folder's newcomer heals in the next round."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import make_trio

from app.cli import main
from app.sync import PackageError
from app.workspace import Workspace


@pytest.fixture()
def started(tmp_path: Path):
    """One start package e-mailed to two municipalities: B and C join from it."""
    a, b, c = make_trio(tmp_path, names=("Kiruna", "Piteå"))
    yield a, b, c
    for ws in (a, b, c):
        ws.close()


def test_a_default_package_reaches_a_copy_the_sender_never_heard_from(started, tmp_path):
    """The audit's s3: C sends to A; A's package (no recipient) to B was refused."""
    a, b, c = started
    c.add_finding("Från Piteå")
    a.import_package(c.export_package(tmp_path / "c-a.vardsync").path)
    a.add_finding("Från länet")
    package = a.export_package(tmp_path / "a-alla.vardsync")
    assert package.full
    report = b.import_package(package.path)
    assert report.new > 0
    assert {f.title for f in b.findings()} == {"Från länet", "Från Piteå"}


def test_a_usb_chain_passes_everything_on(started, tmp_path):
    a, b, c = started
    a.add_finding("Från länet")
    b.import_package(a.export_package(tmp_path / "1.vardsync").path)
    b.add_area("Malmfälten")
    c.import_package(b.export_package(tmp_path / "2.vardsync").path)
    assert c.snapshot() == b.snapshot()
    c.add_finding("Från Piteå")
    a.import_package(c.export_package(tmp_path / "3.vardsync").path)
    assert a.snapshot() == c.snapshot()


def test_an_addressed_package_is_the_difference_and_says_who(started, tmp_path):
    a, b, _ = started
    b.import_package(a.export_package(tmp_path / "0.vardsync").path)
    a.import_package(b.export_package(tmp_path / "1.vardsync").path)    # a hears of b
    [known] = a.known_copies()
    assert (known.replica, known.name) == (b.replica_id, "Kiruna") and known.last_heard
    a.update_item(a.items()[0].id, title="Ny rubrik")
    assert a.find_copy("kiruna").replica == b.replica_id
    assert a.find_copy(b.replica_id[:20]).replica == b.replica_id
    b.set_copy_name("Kiruna – Annas dator")      # the start of a name is enough (re-trial)
    a.import_package(b.export_package(tmp_path / "2.vardsync").path)
    assert a.find_copy("Kiruna").replica == b.replica_id
    result = a.export_package(tmp_path / "till-kiruna.vardsync", peer=b.replica_id)
    assert not result.full and result.rows == 1
    assert b.import_package(result.path).new == 1


def test_unknown_or_own_or_ambiguous_recipients_are_refused(started, tmp_path):
    a, b, c = started
    with pytest.raises(PackageError, match="okänd"):
        a.export_package(tmp_path / "x.vardsync", peer=c.replica_id)
    with pytest.raises(PackageError, match="den här kopian"):
        a.export_package(tmp_path / "x.vardsync", peer=a.replica_id)
    with pytest.raises(PackageError, match="Ingen känd kopia heter ”Umeå”"):
        a.find_copy("Umeå")
    c.set_copy_name("Kiruna")              # two copies by one name
    for ws in (b, c):
        a.import_package(ws.export_package(tmp_path / f"{ws.replica_id}.vardsync").path)
    with pytest.raises(PackageError, match="Flera kopior passar ”Kiruna”"):
        a.find_copy("Kiruna")
    with pytest.raises(PackageError, match="Flera kopior passar"):
        a.find_copy(a.replica_id[:4])          # ids begin with the time: all alike
    assert not (tmp_path / "x.vardsync").exists()


def test_cli_to_names_the_recipient(started, tmp_path, capsys):
    a, b, _ = started
    a.import_package(b.export_package(tmp_path / "b.vardsync").path)
    a.add_finding("Ny")
    paths = a.path, b.path
    a.close()
    b.close()
    assert main(["sync", "export", str(paths[0]), str(tmp_path / "k.vardsync"),
                 "--to", "Kiruna"]) == 0
    assert "det Kiruna saknar" in capsys.readouterr().out
    assert main(["sync", "import", str(paths[1]), str(tmp_path / "k.vardsync")]) == 0
    assert main(["sync", "export", str(paths[0]), str(tmp_path / "u.vardsync"),
                 "--to", "Umeå"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Ingen känd kopia heter ”Umeå”" in err
    assert "Kiruna" in err and not (tmp_path / "u.vardsync").exists()
    assert main(["sync", "export", str(paths[0]), str(tmp_path / "all.vardsync")]) == 0
    assert "(fullständigt)" in capsys.readouterr().out


def test_a_newcomer_to_the_folder_waits_one_round_then_heals(started, tmp_path):
    a, b, c = started
    folder = tmp_path / "delad"
    folder.mkdir()
    for _ in range(2):
        for ws in (a, b):
            ws.add_finding(f"Från {ws.copy_name}")
            ws.sync_folder(folder)
    # a's and b's packages are differences against what the two of them hold;
    # c started from the old start package and lacks the beginning.
    first = c.sync_folder(folder)
    assert first.waiting and not first.refused
    assert "väntar" in first.summary() and "kunde inte" not in first.summary()
    assert first.exported is not None           # c says what it has
    for ws in (a, b):
        ws.sync_folder(folder)                  # … and the others send what it lacks
    second = c.sync_folder(folder)
    assert second.waiting == [] and second.imported
    a.sync_folder(folder)
    b.sync_folder(folder)
    assert a.snapshot() == b.snapshot() == c.snapshot()


def test_the_folder_package_is_a_difference_once_the_copies_are_known(started, tmp_path):
    a, b, _ = started
    folder = tmp_path / "delad"
    folder.mkdir()
    assert a.sync_folder(folder).exported.full       # nobody known yet
    b.sync_folder(folder)
    a.sync_folder(folder)
    a.update_item(a.items()[0].id, title="Ny rubrik")
    report = a.sync_folder(folder)
    assert not report.exported.full and report.exported.rows == 1


def test_a_copy_is_never_its_own_recipient_when_others_share_its_name(started, tmp_path,
                                                                      capsys):
    """Copy names default to the host name: two cloned laptops are both "vm".
    `--to vm` said 'Flera kopior passar ”vm”: vm (…)', naming one copy: the other
    candidate was the sender itself."""
    a, b, c = started
    a.set_copy_name("vm")
    b.set_copy_name("VM")
    a.import_package(b.export_package(tmp_path / "b.vardsync").path)
    assert a.find_copy("vm").replica == b.replica_id
    assert a.find_copy(a.replica_id[:4]).replica == b.replica_id   # c unknown to a yet
    path = a.path
    a.close()
    assert main(["sync", "export", str(path), str(tmp_path / "p.vardsync"),
                 "--to", "vm"]) == 0
    assert "det VM saknar" in capsys.readouterr().out
    a = Workspace.open(path)
    try:
        c.set_copy_name("vm")              # now two others by that name: ambiguous
        a.import_package(c.export_package(tmp_path / "c.vardsync").path)
        with pytest.raises(PackageError, match="Flera kopior passar ”vm”") as error:
            a.find_copy("vm")
        message = str(error.value)
        listed = [part.split("(")[1].rstrip(")") for part in
                  message.split(": ", 1)[1].split(". Ange")[0].split(", ")]
        assert len(listed) == 2 and a.replica_id[:len(listed[0])] not in listed   # not itself
        assert {a.find_copy(prefix).replica for prefix in listed} == \
            {b.replica_id, c.replica_id}   # each id as listed picks that copy
    finally:
        a.close()
