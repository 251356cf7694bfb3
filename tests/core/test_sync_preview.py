"""The import preview names what a package changes and how many conflicts it will
make, by applying it and rolling back: the workspace, its log, clock and sync
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
