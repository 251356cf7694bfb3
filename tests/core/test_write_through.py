"""The workspace file alone holds the work while the program runs, once it is
written through: a trial copied only the .vardflata file to a USB stick after
eight minutes of a workshop, and the copy was empty (4 kB, "ingen
Vårdfläta-arbetsyta"); everything sat in the -wal file beside it."""

from __future__ import annotations

import shutil

from app.core import backup
from app.workspace import Workspace


def copy_alone(path, target):
    """The main file copied without its -wal and -shm, as a file manager's
    user would copy it."""
    shutil.copyfile(path, target)
    return target


def test_the_file_alone_holds_the_work_once_written_through(tmp_path):
    path = tmp_path / "workshop.vardflata"
    with Workspace.create(path) as ws:
        unit, item = ws.units()[0], ws.items()[0]
        ws.set_assessment(unit.id, item.id, status="partly", note="Från workshopen")
        assert (tmp_path / "workshop.vardflata-wal").stat().st_size > 0
        assert backup.write_through(path)             # from a connection of its own
        with Workspace.open(copy_alone(path, tmp_path / "usb.vardflata"),
                            read_only=True) as copied:
            assert copied.assessment(unit.id, item.id).note == "Från workshopen"
            assert copied.snapshot() == ws.snapshot()
        ws.set_assessment(unit.id, item.id, note="Ändrad igen")   # still writable
        assert ws.assessment(unit.id, item.id).note == "Ändrad igen"


def test_without_writing_through_the_file_alone_lacks_the_work(tmp_path):
    """What the trial met (and why write_through exists): SQLite moves the WAL
    into the file by itself only at about 4 MB."""
    path = tmp_path / "workshop.vardflata"
    with Workspace.create(path) as ws:
        unit, item = ws.units()[0], ws.items()[0]
        ws.set_assessment(unit.id, item.id, note="Från workshopen")
        copied = copy_alone(path, tmp_path / "usb.vardflata")
        try:
            with Workspace.open(copied, read_only=True) as opened:
                assert opened.assessment(unit.id, item.id).note != "Från workshopen"
        except Exception as exc:                    # or no workspace at all
            assert "Vårdfläta-arbetsyta" in str(exc)


def test_a_reader_on_an_older_snapshot_keeps_it_from_going_all_in(tmp_path):
    """A passive checkpoint copies no page newer than an open reader's
    snapshot (the quick check, a backup): write_through says so, and the
    window tries again (review)."""
    import sqlite3

    path = tmp_path / "workshop.vardflata"
    with Workspace.create(path) as ws:
        unit, item = ws.units()[0], ws.items()[0]
        assert backup.write_through(path)
        reader = sqlite3.connect(path)
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM changes").fetchone()    # a snapshot, held
        ws.set_assessment(unit.id, item.id, note="Under kontrollen")
        assert not backup.write_through(path)
        reader.rollback()
        reader.close()
        assert backup.write_through(path)
        with Workspace.open(copy_alone(path, tmp_path / "usb.vardflata"),
                            read_only=True) as copied:
            assert copied.assessment(unit.id, item.id).note == "Under kontrollen"
