"""A personnummer typed into a note and taken out again stays in the copy's
change log, and travelled in every package's history to every copy (found in
review). A package carries old values without it; the value in use is never
changed by export, so that every copy still has the same content."""

from __future__ import annotations

import json
import zipfile

import pytest

from app.core.store import Store
from app.workspace import Workspace

PNR = "19121212-1212"
BLANK = "xxxxxxxx-xxxx"               # its digits gone, its length kept


@pytest.fixture()
def old_history(monkeypatch):
    """History written before a copy forgot a number taken out at once
    (Store._forget_personnummer_taken_out): what export and Ta bort
    personnumret still clean."""
    monkeypatch.setattr(Store, "_forget_personnummer_taken_out", lambda *args: None)


def _log(ws) -> list:
    return [v for (v,) in ws._store.conn.execute("SELECT value FROM changes")]


def _values(package) -> list:
    with zipfile.ZipFile(package) as archive:
        return [row[3] for row in json.loads(archive.read("changes.json"))]


def test_a_personnummer_written_over_does_not_travel_in_packages(tmp_path, old_history):
    a = Workspace.create(tmp_path / "a.vardflata")
    unit, item = a.units()[0], a.items()[0]
    a.set_assessment(unit.id, item.id, note=f"Klient {PNR} ringde")
    a.set_assessment(unit.id, item.id, note="Klient ringde")
    a.add_finding(f"Rutin {PNR}")                     # in use: it stays, and is warned of
    package = a.export_package(tmp_path / "allt.vardsync", full=True).path
    values = _values(package)
    assert f"Klient {BLANK} ringde" in values and "Klient ringde" in values
    assert f"Klient {PNR} ringde" not in values
    assert f"Rutin {PNR}" in values
    b = Workspace.join(tmp_path / "b.vardflata", package)
    assert b.snapshot() == a.snapshot()               # the copies still agree
    b.export_package(tmp_path / "fran-b.vardsync")
    a.import_package(tmp_path / "fran-b.vardsync")
    # An addressed package (a difference) is cleaned the same way.
    a.set_assessment(unit.id, item.id, note=f"Igen {PNR}")
    a.set_assessment(unit.id, item.id, note="Igen")
    delta = a.export_package(tmp_path / "nytt.vardsync", peer=b._store.replica_id).path
    assert f"Igen {PNR}" not in _values(delta) and "Igen" in _values(delta)
    b.import_package(delta)
    assert b.snapshot() == a.snapshot()
    a.close()
    b.close()


def test_ids_and_keys_are_never_changed_in_a_package(tmp_path):
    """Only text people type: a record's id can hold a run of digits that reads
    as a personnummer (about 3 in 10,000 do), and an id changed in a conflict's
    losing side broke resolving it (review)."""
    from app.core.sync_exchange import _typed_text

    assert _typed_text("assessments", "note") and _typed_text("teams", "name")
    for table, field in (("pgsa_cycles", "aim_id"), ("teams", "unit_ids"),
                         ("findings", "cells"), ("units", "key"), ("measures", "splits"),
                         ("data_points", "value")):
        assert not _typed_text(table, field), (table, field)


def test_a_copy_forgets_a_personnummer_written_over_and_still_converges(tmp_path,
                                                                        old_history):
    """Ta bort personnumret also blanks the copy's own history of the text;
    the content, and so sync, is unchanged."""
    a = Workspace.create(tmp_path / "a.vardflata")
    a.export_package(tmp_path / "start.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    unit, item = a.units()[0], a.items()[0]
    a.set_assessment(unit.id, item.id, note=f"Klient {PNR} ringde")
    a.set_assessment(unit.id, item.id, note="Klient ringde")
    before = a.snapshot()
    assert a.forget_written_over_personnummer() == 1
    assert a.forget_written_over_personnummer() == 0            # once is enough
    log = [v for (v,) in a._store.conn.execute("SELECT value FROM changes")]
    assert f"Klient {BLANK} ringde" in log and not any(PNR in str(v) for v in log)
    assert a.snapshot() == before
    b.import_package(a.export_package(tmp_path / "a1.vardsync").path)
    assert b.snapshot() == a.snapshot()
    a.close()
    b.close()


def test_a_personnummer_taken_out_by_hand_leaves_the_copys_history_at_once(tmp_path):
    """Deleted by hand (not with Ta bort personnumret), a number had stayed in
    the file's change log, on a laptop that could be lost. Now the write that
    takes it out blanks it in the field's older versions; the content, and so
    sync, is unchanged."""
    a = Workspace.create(tmp_path / "a.vardflata")
    a.export_package(tmp_path / "start.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    unit, item = a.units()[0], a.items()[0]
    a.set_assessment(unit.id, item.id, note=f"Klient {PNR} ringde")
    a.set_assessment(unit.id, item.id, note=f"Klient {PNR} ringde i går")   # still in use
    assert sum(PNR in str(v) for v in _log(a)) == 2
    a.set_assessment(unit.id, item.id, note="Klient ringde i går")          # taken out
    assert not any(PNR in str(v) for v in _log(a))
    assert f"Klient {BLANK} ringde" in _log(a) and f"Klient {BLANK} ringde i går" in _log(a)
    assert a.assessment(unit.id, item.id).note == "Klient ringde i går"
    assert a.forget_written_over_personnummer() == 0          # nothing left to forget
    b.import_package(a.export_package(tmp_path / "a1.vardsync").path)
    assert b.snapshot() == a.snapshot()
    a.close()
    b.close()


def test_a_number_kept_in_use_and_other_fields_keep_their_history(tmp_path):
    with Workspace.create(tmp_path / "a.vardflata") as a:
        unit, item = a.units()[0], a.items()[0]
        a.set_assessment(unit.id, item.id, note=f"Klient {PNR}", need=f"Ring {PNR}")
        a.set_assessment(unit.id, item.id, note=f"Klient {PNR} igen")   # the number stays
        assert f"Klient {PNR}" in _log(a)
        a.set_assessment(unit.id, item.id, note="Klient")               # only this field
        assert f"Ring {PNR}" in _log(a) and f"Klient {PNR}" not in _log(a)
        # Digits that are no personnummer (a phone number, an invalid check digit) stay.
        a.set_assessment(unit.id, item.id, competence="Ring 0920-123456 eller 19121212-1213")
        a.set_assessment(unit.id, item.id, competence="Ring växeln")
        assert "Ring 0920-123456 eller 19121212-1213" in _log(a)


def test_a_conflict_resolved_to_the_text_without_the_number_forgets_it(tmp_path):
    """Resolving a conflict is a write too (Store.write_versions): taking the
    other copy's text over the one with the personnummer blanks it in the log."""
    from sync_helpers import tick

    a = Workspace.create(tmp_path / "a.vardflata")
    a.export_package(tmp_path / "start.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    unit, item = a.units()[0], a.items()[0]
    b.set_assessment(unit.id, item.id, note="Rutin på plats")
    tick()
    a.set_assessment(unit.id, item.id, note=f"Klient {PNR} ringde")   # the newer: kept
    a.import_package(b.export_package(tmp_path / "b1.vardsync").path)
    (conflict,) = a.conflicts()
    assert a.assessment(unit.id, item.id).note == f"Klient {PNR} ringde"
    a.resolve_conflict(conflict, keep=False)                 # the other copy's text
    assert a.assessment(unit.id, item.id).note == "Rutin på plats"
    assert not any(PNR in str(v) for v in _log(a))
    b.import_package(a.export_package(tmp_path / "a1.vardsync").path)
    assert b.snapshot() == a.snapshot()
    a.close()
    b.close()
