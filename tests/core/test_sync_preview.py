"""The import preview names what a package changes and how many conflicts it will
make, by importing it into a copy in memory: the workspace, its log, clock and sync
bookkeeping are exactly as before, and the import then does what it always did."""

from __future__ import annotations

from sync_helpers import tick

from app.workspace import Workspace


def state(ws: Workspace) -> tuple:
    conn = ws._store.conn
    return (ws.snapshot(), conn.execute("SELECT COUNT(*), MAX(hlc) FROM changes").fetchone(),
            ws._store.clock.last, ws._store.meta("clock"),
            conn.execute("SELECT * FROM sync_conflict_fields").fetchall(),
            conn.execute("SELECT * FROM sync_peers").fetchall(),
            conn.execute("SELECT * FROM sync_received").fetchall(), ws.conflicts())


def test_preview_names_the_changes_and_counts_the_conflicts_changing_nothing(trio, tmp_path):
    a, b, _ = trio
    lulea = next(u for u in a.units() if u.name == "Luleå")
    audit, dudit = a.items()[0], a.items()[1]
    a.set_assessment(lulea.id, audit.id, note="Laptop 1")
    a.set_assessment(lulea.id, dudit.id, status="partly")
    tick()
    b.set_assessment(lulea.id, audit.id, status="partly", note="Laptop 2")
    b.set_assessment(lulea.id, dudit.id, status="systematic")
    kiruna = next(u for u in b.units() if u.name == "Kiruna")
    b.retire_unit(kiruna.id)
    b.add_finding("Gemensam rutin för AUDIT", category="guidelines")
    package = b.export_package(tmp_path / "b.vardsync").path
    a.conflicts()                   # (bookkeeping tables made, as opening the list does)
    before = state(a)
    preview = a.preview_package(package)
    assert state(a) == before
    assert preview.conflicts == 2
    assert preview.changed == 4
    by_label = {c.label: c for c in preview.changes}
    first = by_label[f"Luleå – {audit.title}"]
    assert first.conflict and first.fields == ("status", "note")   # the schema's order
    assert by_label[f"Luleå – {dudit.title}"].conflict
    assert [c.conflict for c in preview.changes] == [True, True, False, False]
    assert by_label["Kiruna"].fields == ("retired",) and not by_label["Kiruna"].conflict
    finding = by_label["Gemensam rutin för AUDIT"]
    assert finding.new and finding.fields == () and finding.table == "findings"
    report = a.import_package(package, backup=False)
    assert len(report.conflicts) == preview.conflicts


def test_a_preview_then_the_import_is_the_same_as_the_import_alone(trio, tmp_path):
    a, b, c = trio
    lulea = next(u for u in a.units() if u.name == "Luleå")
    item = a.items()[0]
    a.retire_unit(lulea.id)
    tick()
    b.set_assessment(lulea.id, item.id, status="partly", note="B")
    package = b.export_package(tmp_path / "b.vardsync").path
    c.import_package(a.export_package(tmp_path / "a.vardsync").path, backup=False)
    preview = a.preview_package(package)
    assert preview.conflicts == 1
    assert [(x.table, x.conflict) for x in preview.changes] == [("assessments", True)]
    with_preview = a.import_package(package, backup=False)
    alone = c.import_package(package, backup=False)
    assert a.snapshot() == c.snapshot()
    assert [(x.kind, x.table, x.edits) for x in with_preview.conflicts] == [
        (x.kind, x.table, x.edits) for x in alone.conflicts]
    assert a.sync_seen().keys() == c.sync_seen().keys()


def test_a_package_already_here_previews_nothing(trio, tmp_path):
    a, b, _ = trio
    package = b.export_package(tmp_path / "b.vardsync").path
    a.import_package(package, backup=False)
    preview = a.preview_package(package)
    assert preview.skipped == "already" and preview.conflicts is None and not preview.changes


def test_a_preview_leaves_the_file_free_for_the_window_to_write(trio, tmp_path, monkeypatch):
    """The preview runs on a worker's connection; the window writes meanwhile (here:
    in the middle of the preview's merge). A preview holding the file's write lock
    made that write wait, then fail ("används av ett annat program")."""
    from app.core import sync_exchange

    a, b, _ = trio
    lulea = next(u for u in a.units() if u.name == "Luleå")
    item, other = a.items()[0], a.items()[1]
    b.set_assessment(lulea.id, item.id, note="från b")
    package = b.export_package(tmp_path / "b.vardsync").path
    a.conflicts()
    merge = sync_exchange._merge

    def window_writes_meanwhile(*args, **kwargs):
        merged = merge(*args, **kwargs)
        a.set_assessment(lulea.id, other.id, note="skrivet i fönstret")
        return merged

    monkeypatch.setattr(sync_exchange, "_merge", window_writes_meanwhile)
    worker = a.worker_copy()
    try:
        preview = worker.preview_package(package)
    finally:
        worker.close()
    assert a.assessment(lulea.id, other.id).note == "skrivet i fönstret"
    assert preview.conflicts == 0 and preview.changed == 1
    assert a.assessment(lulea.id, item.id).note != "från b"


def test_a_preview_inside_an_open_transaction_imports_nothing(trio, tmp_path):
    a, b, _ = trio
    lulea = next(u for u in a.units() if u.name == "Luleå")
    item = a.items()[0]
    b.set_assessment(lulea.id, item.id, note="från b")
    package = b.export_package(tmp_path / "b.vardsync").path
    a.conflicts()
    before = state(a)
    with a._store.transaction():
        preview = a.preview_package(package)
    assert state(a) == before
    assert preview.new and preview.conflicts is None    # what it would change: not known
    assert a.import_package(package, backup=False).new == preview.new


def test_a_folders_previews_follow_each_other_as_its_imports_do(trio, tmp_path):
    """Two copies edit the same note, neither seen by this one: each package alone
    makes no conflict here, but the second one imported after the first does."""
    a, b, c = trio
    lulea = next(u for u in a.units() if u.name == "Luleå")
    item = a.items()[0]
    b.set_assessment(lulea.id, item.id, note="från b")
    tick()
    c.set_assessment(lulea.id, item.id, note="från c")
    folder = tmp_path / "mapp"
    folder.mkdir()
    b.export_package(folder / "1-b.vardsync")
    c.export_package(folder / "2-c.vardsync")
    (folder / "3-trasig.vardsync").write_text("inget paket")
    a.conflicts()
    before = state(a)
    previews = a.preview_packages(a.folder_packages(folder))
    assert state(a) == before
    assert [p.conflicts for p in previews[:2]] == [0, 1]
    assert previews[2][0] == "3-trasig.vardsync"
    assert [a.preview_package(p.path).conflicts for p in previews[:2]] == [0, 0]   # alone
    report = a.sync_folder(folder)
    assert len(report.conflicts) == sum(p.conflicts for p in previews[:2])
    assert sum(r.new for r in report.imported) == sum(p.new for p in previews[:2])
