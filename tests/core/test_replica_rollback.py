"""An older copy of a workspace file put back at its own path (by hand, or by an OS
or cloud backup) after it had sent changes: it continues as a new copy, so that
the changes it lost still reach every copy (app.core.replica_marks)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from app.core import replica_marks
from app.workspace import Workspace


@pytest.fixture(autouse=True)
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test has marks of its own, never the user's."""
    folder = tmp_path / "state"
    monkeypatch.setenv(replica_marks.ENV, str(folder))
    return folder


def put_back(ws: Workspace, older: Path) -> Workspace:
    """Close the workspace, copy an older file over it, open it again."""
    path = ws.path
    ws.close()
    shutil.copy(older, path)
    return Workspace.open(path)


def set_aside(ws: Workspace, tmp_path: Path) -> tuple[Workspace, Path]:
    """Copy the closed file aside (yesterday's copy) and open it again."""
    path, aside = ws.path, tmp_path / "yesterday.vardflata"
    ws.close()
    shutil.copy(path, aside)
    return Workspace.open(path), aside


def parent_of(ws: Workspace) -> str | None:
    return ws._store.conn.execute("SELECT parent FROM replicas WHERE id = ?",
                                  (ws.replica_id,)).fetchone()[0]


def test_a_file_put_back_after_sending_forks_and_every_copy_converges(tmp_path):
    a = Workspace.create(tmp_path / "A.vardflata", name="Län")
    a.export_package(tmp_path / "full.vardsync")
    b = Workspace.join(tmp_path / "B.vardflata", tmp_path / "full.vardsync")
    c = Workspace.join(tmp_path / "C.vardflata", tmp_path / "full.vardsync")
    unit, item = a.units()[0].id, a.items()[0].id
    a, aside = set_aside(a, tmp_path)
    old = a.replica_id

    a.set_assessment(unit, item, status="partly", note="X: skickat till B")
    a.export_package(tmp_path / "a1.vardsync")
    assert b.import_package(tmp_path / "a1.vardsync").new

    a = put_back(a, aside)
    assert a.replica_id != old and parent_of(a) == old
    assert replica_marks.sent(a.replica_id) == 0     # the new copy starts without a mark
    a.update_unit(unit, name="Y: nytt namn från A")
    a.export_package(tmp_path / "a2.vardsync")
    assert c.import_package(tmp_path / "a2.vardsync").new == 1

    # X travels on with B's package: C no longer believes it has it.
    b.export_package(tmp_path / "b1.vardsync")
    assert c.import_package(tmp_path / "b1.vardsync").skipped is None
    a.import_package(tmp_path / "b1.vardsync")
    c.export_package(tmp_path / "c1.vardsync")
    b.import_package(tmp_path / "c1.vardsync")
    a.export_package(tmp_path / "a3.vardsync")
    b.import_package(tmp_path / "a3.vardsync")
    try:
        assert c.assessment(unit, item).note == "X: skickat till B"
        assert c.unit(unit).name == "Y: nytt namn från A"
        assert a.snapshot() == b.snapshot() == c.snapshot()
        # Opened again, the new copy is at home and keeps its id.
        new = a.replica_id
        a.close()
        a = Workspace.open(tmp_path / "A.vardflata")
        assert a.replica_id == new
    finally:
        for ws in (a, b, c):
            ws.close()


def test_the_forked_copy_sorts_its_changes_after_those_that_went_out(tmp_path):
    a = Workspace.create(tmp_path / "A.vardflata")
    a, aside = set_aside(a, tmp_path)
    unit, item = a.units()[0].id, a.items()[0].id
    a.set_assessment(unit, item, note="skickad")
    a.export_package(tmp_path / "a1.vardsync")
    sent = replica_marks.sent(a.replica_id)
    a = put_back(a, aside)
    try:
        assert a._store.clock.last >= sent
    finally:
        a.close()


def test_a_normal_close_and_reopen_keeps_the_replica_id(tmp_path):
    path = tmp_path / "A.vardflata"
    a = Workspace.create(path)
    unit = a.units()[0].id
    a.export_package(tmp_path / "a1.vardsync")
    a.update_unit(unit, name="efter exporten")        # newer than the mark: nothing lost
    replica = a.replica_id
    for _ in range(2):
        a.close()
        a = Workspace.open(path)
        assert a.replica_id == replica
    a.close()


def test_a_file_put_back_that_lost_only_unsent_changes_keeps_its_id(tmp_path):
    a = Workspace.create(tmp_path / "A.vardflata")
    a.export_package(tmp_path / "a1.vardsync")
    a, aside = set_aside(a, tmp_path)
    replica = a.replica_id
    a.update_unit(a.units()[0].id, name="aldrig skickad")
    a = put_back(a, aside)
    try:
        assert a.replica_id == replica    # no other copy holds what it lost
    finally:
        a.close()


def test_a_read_only_look_changes_nothing_the_next_writable_open_forks(tmp_path):
    a = Workspace.create(tmp_path / "A.vardflata")
    a, aside = set_aside(a, tmp_path)
    old = a.replica_id
    a.update_unit(a.units()[0].id, name="skickad")
    a.export_package(tmp_path / "a1.vardsync")
    a = put_back(a, aside)
    a.close()
    shutil.copy(aside, a.path)
    viewer = Workspace.open(a.path, read_only=True)
    assert viewer.replica_id == old
    viewer.close()
    a = Workspace.open(a.path)
    try:
        assert parent_of(a) == old
    finally:
        a.close()


def test_a_backup_restored_over_the_file_forks_once(tmp_path):
    from app.core import backup

    a = Workspace.create(tmp_path / "A.vardflata")
    safe = a.backup()
    old = a.replica_id
    a.update_unit(a.units()[0].id, name="skickad")
    a.export_package(tmp_path / "a1.vardsync")
    path = a.path
    a.close()
    backup.restore(safe, path)
    a = Workspace.open(path)
    try:
        assert parent_of(a) == old
    finally:
        a.close()


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[1, 2]",
                                     b'{"x": "text", "y": true}', b""])
def test_a_corrupt_marks_file_is_ignored_and_replaced(tmp_path, state, content):
    state.mkdir()
    (state / replica_marks.FILE_NAME).write_bytes(content)
    a = Workspace.create(tmp_path / "A.vardflata")
    replica = a.replica_id
    a.close()
    a = Workspace.open(tmp_path / "A.vardflata")
    try:
        assert a.replica_id == replica
        assert a.export_package(tmp_path / "a1.vardsync").rows
        assert replica_marks.sent(replica) > 0    # the next export writes a good file
        assert list(state.iterdir()) == [state / replica_marks.FILE_NAME]
    finally:
        a.close()


@pytest.mark.parametrize("blocker", ["state_is_a_file", "marks_is_a_folder"])
def test_unreadable_or_unwritable_marks_never_block_open_or_export(tmp_path, state,
                                                                    blocker):
    if blocker == "state_is_a_file":
        state.write_text("not a folder")
    else:
        (state / replica_marks.FILE_NAME).mkdir(parents=True)
    a = Workspace.create(tmp_path / "A.vardflata")
    replica = a.replica_id
    a.update_unit(a.units()[0].id, name="ny")
    assert a.export_package(tmp_path / "a1.vardsync").rows
    assert replica_marks.sent(replica) == 0
    a.close()
    a = Workspace.open(tmp_path / "A.vardflata")
    try:
        assert a.replica_id == replica
    finally:
        a.close()


def test_a_mark_is_only_ever_raised(state):
    replica_marks.record_sent("r", 10)
    replica_marks.record_sent("r", 5)
    replica_marks.record_sent("s", 7)
    assert [replica_marks.sent(r) for r in ("r", "s", "t")] == [10, 7, 0]
    assert json.loads((state / replica_marks.FILE_NAME).read_text()) == {"r": 10, "s": 7}


def test_an_export_without_own_changes_sets_no_mark(tmp_path):
    a = Workspace.create(tmp_path / "A.vardflata")
    a.export_package(tmp_path / "start.vardsync")
    b = Workspace.join(tmp_path / "B.vardflata", tmp_path / "start.vardsync")
    try:
        b.export_package(tmp_path / "b1.vardsync")    # only A's changes
        assert replica_marks.sent(b.replica_id) == 0
        assert replica_marks.sent(a.replica_id) > 0
    finally:
        a.close()
        b.close()


def test_the_env_override_is_honoured(tmp_path, state):
    assert replica_marks.state_dir() == state
    a = Workspace.create(tmp_path / "A.vardflata")
    try:
        a.export_package(tmp_path / "a1.vardsync")
        marks = json.loads((state / replica_marks.FILE_NAME).read_text())
        assert list(marks) == [a.replica_id]
    finally:
        a.close()


@pytest.mark.skipif(os.name == "nt", reason="the POSIX places")
def test_without_override_the_marks_live_in_the_xdg_state_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(replica_marks.ENV)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    assert replica_marks.state_dir() == tmp_path / "home" / ".local" / "state" / "vardflata"
    monkeypatch.setenv("XDG_STATE_HOME", "relative/ignored")
    assert replica_marks.state_dir() == tmp_path / "home" / ".local" / "state" / "vardflata"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    assert replica_marks.state_dir() == tmp_path / "xdg" / "vardflata"


@pytest.mark.skipif(os.name != "nt", reason="the Windows place")
def test_without_override_the_marks_live_in_local_app_data(tmp_path, monkeypatch):
    monkeypatch.delenv(replica_marks.ENV)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert replica_marks.state_dir() == tmp_path / "Vardflata"
