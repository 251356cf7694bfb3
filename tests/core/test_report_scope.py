"""The privacy check's idea of what a report prints (app.core.report_scope) holds
every text the report really prints: every free-text field of every record is
marked, each report is made and read back, and every mark found in it must
belong to a text the selection lists."""

from __future__ import annotations

import re
import shutil
import sqlite3
from string import ascii_lowercase

import pytest

pypdf = pytest.importorskip("pypdf")

from app.core.privacy import iter_texts  # noqa: E402
from app.core.report_scope import report_selection  # noqa: E402
from app.core.reports import make_report  # noqa: E402
from app.workspace import Workspace  # noqa: E402

# Free text (not JSON, dates or vocabulary keys), where a mark can be appended.
FREE = {"title", "name", "description", "note", "competence", "staff_trained", "need",
        "definition", "amount", "objective", "data_plan", "observations", "problems",
        "results", "learning", "next_step", "correction", "short"}


def mark(n: int) -> str:
    letters = ""
    for _ in range(4):
        n, r = divmod(n, 26)
        letters += ascii_lowercase[r]
    return f"Zq{letters}Q"


MARK = re.compile(r"Zq[a-z]{4}Q")


@pytest.fixture(scope="module")
def marked(demo_file, tmp_path_factory):
    """A copy of the demo where every free text ends with a mark of its own;
    mark -> (table, id, field)."""
    path = tmp_path_factory.mktemp("marked") / "demo.vardflata"
    shutil.copy(demo_file, path)
    conn = sqlite3.connect(path)
    where: dict[str, tuple[str, str, str]] = {}
    from app.core.schema import RECORD_TABLES

    for table, fields in RECORD_TABLES.items():
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for field in sorted(FREE & set(fields) & columns):
            for (record_id,) in conn.execute(f"SELECT id FROM {table} WHERE deleted = 0 "
                                             f"AND {field} IS NOT NULL").fetchall():
                tag = mark(len(where))
                where[tag] = (table, record_id, field)
                conn.execute(f"UPDATE {table} SET {field} = {field} || ' ' || ? "
                             "WHERE id = ?", (tag, record_id))
    conn.commit()
    conn.close()
    return path, where


def printed(pdf) -> set[str]:
    text = re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in
                                      pypdf.PdfReader(str(pdf)).pages))
    return set(MARK.findall(text))


def selected(ws, selection, where) -> set[str]:
    chosen = {(table, record["id"], field)
              for table, record, field, _ in iter_texts(ws, selection)}
    return {tag for tag, key in where.items() if key in chosen}


CASES = [
    ("county", None, {}),
    ("county", "area:0", {}),
    ("unit", "unit:Luleå", {}),
    ("unit", "unit:Kiruna", {}),
    ("cycles", None, {}),
    ("cycles", "unit:Kiruna", {}),
    ("cycles", None, {"blank": True}),
]


@pytest.mark.parametrize("kind, scope, extra", CASES)
def test_the_selection_holds_everything_the_report_prints(marked, tmp_path, kind, scope,
                                                          extra):
    path, where = marked
    with Workspace.open(path, read_only=True) as ws:
        if scope and scope.startswith("area:"):
            scope = ws.areas()[int(scope[5:])].id
        elif scope and scope.startswith("unit:"):
            scope = next(u.id for u in ws.units() if u.name.startswith(scope[5:]))
        pdf = make_report(ws, tmp_path / "r.pdf", kind, scope, **extra)
        shown = printed(pdf)
        chosen = selected(ws, report_selection(ws, kind, scope, **extra), where)
    missing = sorted(where[tag] for tag in shown - chosen)
    assert not missing, missing[:5]
    if extra.get("blank"):
        assert not chosen
    else:
        assert shown, "the marks reach the report"
    if kind == "unit":     # and it is this organisation's text, not every one's
        assert len(chosen) < len(where) / 3
