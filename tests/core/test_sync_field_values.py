"""A package whose checksums are right but whose values the facade would never
write is refused before anything is imported (robustness review: a status
"bogus", a team's sessions that are no JSON or a team name that is a number
imported, then broke the reports, the CSV export and the improvement tab on
this copy and on every copy it was passed on to)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.core.field_rules import RULES, first_bad_field
from app.sync import PackageError
from tests.core.test_sync_faults import _checksums, content, file_state, rewrite

ID = "a" * 32
SENDER = "b" * 32


@pytest.fixture()
def copy_and_package(tmp_path):
    from app.workspace import Workspace

    a = Workspace.create(tmp_path / "a.vardflata")
    a.export_package(tmp_path / "start.vardsync", full=True)
    b = Workspace.join(tmp_path / "b.vardflata", tmp_path / "start.vardsync")
    a.set_assessment(a.units()[0].id, a.items()[0].id, status="partly")
    package = a.export_package(tmp_path / "good.vardsync").path
    yield b, package
    a.close()
    b.close()


@pytest.mark.parametrize("table, field, value", [
    ("assessments", "status", "bogus"),
    ("assessments", "status", 7),
    ("assessments", "level", "everywhere"),
    ("assessments", "note", 3.5),
    ("assessments", "note", "\ud800x"),                     # no Unicode: cannot be stored
    ("teams", "name", None),
    ("teams", "name", 42),
    ("teams", "sessions", "not json{"),
    ("teams", "sessions", '{"a": 1}'),
    ("teams", "sessions", "[1, null]"),
    ("teams", "sessions", '[{"title": "Seminarium"}]'),
    ("teams", "unit_ids", "[1]"),
    ("teams", "position", "first"),
    ("findings", "cells", '[["r"]]'),
    ("findings", "category", "nonsense"),
    ("pgsa_cycles", "tasks", '[{"what": "x"}]'),
    ("pgsa_cycles", "questions", '[{"question": 1, "prediction": ""}]'),
    ("measures", "splits", '["banana"]'),
    ("measures", "freeze", 0),
    ("data_points", "period", "banana"),
    ("progress_scores", "score", 2.7),
    ("units", "retired", 2),
    ("aims", "due", "31/12"),
])
def test_a_value_the_facade_never_writes_is_refused(copy_and_package, tmp_path, table,
                                                     field, value):
    b, package = copy_and_package
    payload = json.dumps([[table, ID, field, value, 5, SENDER, None, None]]).encode()
    target = rewrite(package, tmp_path / "bad.vardsync", changes=payload,
                     manifest=_checksums(payload, 1))
    before_bytes, before = file_state(b), content(b)
    with pytest.raises(PackageError, match=rf"ogiltigt värde i {table}\.{field}"):
        b.import_package(target)
    assert file_state(b) == before_bytes and content(b) == before
    with pytest.raises(PackageError, match="ogiltigt värde"):
        b.preview_package(target)


def test_every_value_a_real_workspace_holds_passes(demo_file, tmp_path):
    """The rules refuse nothing the facade writes: every change in the demo's
    log (the mapping and the improvement work, all of its tables) passes."""
    from app.workspace import Workspace

    with Workspace.open(demo_file, read_only=True) as ws:
        rows = ws._store.conn.execute("SELECT tbl, field, value FROM changes").fetchall()
    tables, fields, values = zip(*rows)
    assert {t for t in tables} >= {"assessments", "teams", "measures", "data_points",
                                   "pgsa_cycles", "findings", "progress_scores"}
    assert first_bad_field(tables, fields, values) is None


def test_every_field_has_a_rule():
    from app.core.schema import RECORD_TABLES

    assert all((table, field) in RULES for table, fields in RECORD_TABLES.items()
               for field in (*fields, "deleted"))


def test_a_package_of_all_the_demo_imports_into_a_new_copy(demo_file, tmp_path):
    from app.workspace import Workspace

    with Workspace.open(demo_file, read_only=True) as ws:
        ws.export_package(tmp_path / "allt.vardsync", full=True)
    with Workspace.join(tmp_path / "ny.vardflata", tmp_path / "allt.vardsync") as new:
        assert new.teams() and new.findings()
    assert sqlite3.connect(tmp_path / "ny.vardflata").execute(
        "PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_long_name_from_before_the_limit_still_travels(copy_and_package, tmp_path):
    """A package carries a field's history: a name written before names had a
    limit (since renamed) must not stop every package of its copy (review)."""
    b, package = copy_and_package
    payload = json.dumps([["teams", ID, "name", "x" * 1500, 5, SENDER, None, None]]).encode()
    assert first_bad_field(["teams"], ["name"], ["x" * 1500]) is None
    target = rewrite(package, tmp_path / "lang.vardsync", changes=payload,
                     manifest=_checksums(payload, 1))
    assert b.import_package(target).new == 1
    assert b.record("teams", ID)["name"] == "x" * 1500
