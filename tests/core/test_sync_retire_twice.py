"""An assessment hidden by two retirements, and findings under a retirement.

1. Luleå retired on one copy, AUDIT on another, while a third assessed AUDIT in
   Luleå: the assessment is named once, under the organisation's retirement,
   alike on every copy whatever order the packages travel in. Answering the
   organisation's conflict moves it to the method's (bringing Luleå back leaves
   it hidden by AUDIT; keeping Luleå retired says nothing about AUDIT), so each
   of the four answers ends with no conflict and the work kept, in sight only
   when both came back.
2. A retirement hides no finding (förbättringsområde), not even one naming the
   retired organisation or linked to the retired method's matrix cell: an edit
   of it elsewhere meanwhile is no conflict, and it stays in the list.
"""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from sync_helpers import send, tick

from app.core.schema import HIDDEN_WHEN_RETIRED
from app.workspace import Workspace


def retired_conflicts(ws: Workspace):
    return [c for c in ws.conflicts() if c.kind == "retired"]


def named(ws: Workspace) -> list[tuple[str, str, list[str]]]:
    """(table, record, the hidden work it names) of each retired conflict."""
    return sorted((c.table, c.record_id, [e[1] for e in c.edits])
                  for c in retired_conflicts(ws))


def listing(ws: Workspace) -> list[tuple]:
    return sorted((c.kind, c.table, c.record_id, c.field, c.kept_version, c.other_version,
                   c.edits) for c in ws.conflicts())


def converge(copies, tmp_path: Path, label: str) -> None:
    """Full packages round the ring until every copy holds every change."""
    for turn in range(2 * len(copies)):
        if all(ws.sync_seen() == copies[0].sync_seen() for ws in copies):
            return
        src, dst = copies[turn % len(copies)], copies[(turn + 1) % len(copies)]
        send(src, dst, tmp_path, f"{label}-ring-{turn}")
    assert all(ws.sync_seen() == copies[0].sync_seen() for ws in copies)


def spread(src: Workspace, copies, tmp_path: Path, label: str) -> None:
    for ws in copies:
        if ws is not src:
            send(src, ws, tmp_path, f"{label}-{ws.copy_name}")


def alike(copies) -> None:
    """Every copy holds the same content and lists the same conflicts, each naming
    the same hidden work by the same copies."""
    assert all(ws.snapshot() == copies[0].snapshot() for ws in copies)
    assert all(listing(ws) == listing(copies[0]) for ws in copies)


def in_sight(ws: Workspace, unit: str, item: str) -> bool:
    """The matrix shows the assessment: neither its organisation nor its method
    is retired."""
    return unit in {u.id for u in ws.units()} and item in {i.id for i in ws.items()}


# Who meets whom first: a retired Luleå, b retired AUDIT, c assessed AUDIT in Luleå.
SCHEDULES = {
    "retirements-meet-first": [("a", "b"), ("b", "a"), ("c", "a")],
    "c-meets-a-first": [("c", "a"), ("a", "b")],
    "c-meets-b-first": [("c", "b"), ("b", "a")],
    "c-meets-both-apart": [("c", "a"), ("c", "b"), ("a", "b")],   # two copies write it again
    "everything-at-c": [("a", "c"), ("b", "c"), ("c", "a"), ("c", "b")],
    "a-then-b-at-c": [("a", "c"), ("c", "b"), ("b", "c")],
}
# The order of the three clocks: the assessment before, between or after the two.
TIMINGS = ["xUI", "UxI", "UIx", "xIU", "IxU", "IUx"]


def lulea_audit(a: Workspace) -> tuple[str, str]:
    unit = next(u.id for u in a.units() if u.name == "Luleå")
    return unit, a.items()[0].id


def both_retired_while_assessed(trio, tmp_path, timing: str, schedule: list) -> tuple:
    a, b, c = trio
    unit, item = lulea_audit(a)
    actions = {"U": lambda: a.retire_unit(unit), "I": lambda: b.retire_item(item),
               "x": lambda: c.set_assessment(unit, item, status="partly", note="Införs 2027")}
    for step in timing:
        actions[step]()
        tick()
    copies = {"a": a, "b": b, "c": c}
    for number, (src, dst) in enumerate(schedule):
        send(copies[src], copies[dst], tmp_path, f"s{number}-{src}-{dst}")
    converge([a, b, c], tmp_path, "converge")
    return unit, item


@pytest.mark.parametrize("schedule", SCHEDULES.values(), ids=SCHEDULES.keys())
@pytest.mark.parametrize("timing", TIMINGS)
def test_an_assessment_hidden_by_two_retirements_is_named_once_alike_everywhere(
        trio, tmp_path, timing, schedule):
    unit, item = both_retired_while_assessed(trio, tmp_path, timing, schedule)
    a, b, c = trio
    alike([a, b, c])
    label = f"Luleå – {a.item(item).title}"
    for ws in (a, b, c):
        assert ws.unit(unit).retired and ws.item(item).retired
        assert named(ws) == [("units", unit, [label])]      # once: under the organisation
        [conflict] = retired_conflicts(ws)
        assert [e[2] for e in conflict.edits] == [c.replica_id]
        assert ws.assessment(unit, item).note == "Införs 2027"
        assert len(ws.conflicts()) == 1


def test_both_retired_on_one_copy_is_named_once_too(trio, tmp_path):
    a, b, c = trio
    unit, item = lulea_audit(a)
    c.set_assessment(unit, item, status="partly")
    tick()
    a.retire_item(item)
    a.retire_unit(unit)
    for order in permutations([a, b, c]):
        send(order[0], order[1], tmp_path, f"p-{order[0].copy_name}-{order[1].copy_name}")
    converge([a, b, c], tmp_path, "converge")
    alike([a, b, c])
    assert named(b) == [("units", unit, [f"Luleå – {a.item(item).title}"])]


@pytest.mark.parametrize("method_answer", ["keep", "restore"])
@pytest.mark.parametrize("unit_answer", ["keep", "restore"])
def test_each_retirement_is_answered_in_turn_and_the_work_is_never_lost(
        trio, tmp_path, unit_answer, method_answer):
    """The organisation's conflict names the work; once answered (on b), the
    method's names it (answered on c). Only both brought back show it."""
    a, b, c = trio
    unit, item = both_retired_while_assessed(trio, tmp_path, "UIx",
                                             SCHEDULES["everything-at-c"])
    label = f"Luleå – {a.item(item).title}"
    [first] = retired_conflicts(b)
    assert first.table == "units"
    b.resolve_conflict(first, keep=unit_answer == "keep")
    spread(b, [a, b, c], tmp_path, "unit-answered")
    alike([a, b, c])
    for ws in (a, b, c):
        assert ws.unit(unit).retired == (unit_answer == "keep")
        # Kept or brought back, AUDIT's retirement did not know of the work: asked next.
        assert named(ws) == [("items", item, [label])]
        assert not in_sight(ws, unit, item)
    [second] = retired_conflicts(c)
    c.resolve_conflict(second, keep=method_answer == "keep")
    spread(c, [a, b, c], tmp_path, "method-answered")
    alike([a, b, c])
    for ws in (a, b, c):
        assert ws.conflicts() == []
        assert ws.unit(unit).retired == (unit_answer == "keep")
        assert ws.item(item).retired == (method_answer == "keep")
        assert in_sight(ws, unit, item) == (unit_answer == method_answer == "restore")
        assert ws.assessment(unit, item).status == "partly"        # never lost


@pytest.mark.parametrize("answer", ["keep", "restore"])
def test_answering_the_method_first_leaves_the_work_under_the_organisation(
        trio, tmp_path, answer):
    """AUDIT's conflict names only what no earlier retirement names (Kiruna's
    assessment); answering it, either way, leaves Luleå's under Luleå."""
    a, b, c = trio
    unit, item = lulea_audit(a)
    kiruna = next(u.id for u in a.units() if u.name == "Kiruna")
    a.retire_unit(unit)
    b.retire_item(item)
    tick()
    c.set_assessment(unit, item, status="partly")
    c.set_assessment(kiruna, item, status="planned")
    converge([a, b, c], tmp_path, "converge")
    title = a.item(item).title
    alike([a, b, c])
    assert named(a) == [("items", item, [f"Kiruna – {title}"]),
                        ("units", unit, [f"Luleå – {title}"])]
    [method] = [x for x in retired_conflicts(a) if x.table == "items"]
    a.resolve_conflict(method, keep=answer == "keep")
    spread(a, [a, b, c], tmp_path, "method-answered")
    alike([a, b, c])
    for ws in (a, b, c):
        assert named(ws) == [("units", unit, [f"Luleå – {title}"])]
        assert in_sight(ws, kiruna, item) == (answer == "restore")


@pytest.mark.parametrize("route", ["b-to-a", "b-to-c"])
def test_a_retirement_that_knew_the_work_leaves_it_named_once(trio, tmp_path, route):
    """Luleå retired by a copy that held the assessment, AUDIT by one that did not.
    Where AUDIT's retirement meets the assessment, the edit is written again
    (past Luleå's retirement as well): that copy lists it as every other does."""
    a, b, c = trio
    unit, item = lulea_audit(a)
    c.set_assessment(unit, item, status="partly")
    tick()
    b.retire_item(item)
    tick()
    send(c, a, tmp_path, "known")
    tick()
    a.retire_unit(unit)
    tick()
    src, dst = (b, a) if route == "b-to-a" else (b, c)
    assert send(src, dst, tmp_path, "meets").reasserted
    converge([a, b, c], tmp_path, "converge")
    alike([a, b, c])
    [found] = named(a)
    assert found[2] == [f"Luleå – {a.item(item).title}"]


# -- 2. findings are not hidden by a retirement ------------------------------------------

def test_no_retirement_hides_a_finding():
    """Were findings hidden (schema.HIDDEN_WHEN_RETIRED), an edit of one under a
    retirement elsewhere would have to be a retired conflict like an assessment's."""
    hidden = {table for children in HIDDEN_WHEN_RETIRED.values() for table, _ in children}
    assert hidden == {"assessments"}


@pytest.mark.parametrize("order", ["a-first", "b-first", "via-c"])
def test_a_finding_edited_while_its_organisation_and_method_were_retired_is_no_conflict(
        trio, tmp_path, order):
    a, b, c = trio
    unit, item = lulea_audit(a)
    method = a.item(item)
    cell = (method.row_id, method.column_id)
    finding = a.add_finding("Ingen rutin för AUDIT", unit_id=unit, cells=[cell])
    spread(a, [a, b, c], tmp_path, "finding")
    a.retire_unit(unit)
    a.retire_item(item)
    tick()
    b.update_finding(finding, title="AUDIT saknas i Luleå", status="in_progress")
    if order == "a-first":
        send(a, b, tmp_path, "a-b")
        send(b, a, tmp_path, "b-a")
    elif order == "b-first":
        send(b, a, tmp_path, "b-a")
        send(a, b, tmp_path, "a-b")
    else:
        send(a, c, tmp_path, "a-c")
        send(b, c, tmp_path, "b-c")
        send(c, a, tmp_path, "c-a")
        send(c, b, tmp_path, "c-b")
    converge([a, b, c], tmp_path, "converge")
    alike([a, b, c])
    for ws in (a, b, c):
        assert ws.conflicts() == []
        assert ws.unit(unit).retired and ws.item(item).retired
        [shown] = ws.findings(unit_id=unit)                 # still listed, with the edit
        assert (shown.id, shown.title, shown.status) == (finding, "AUDIT saknas i Luleå",
                                                         "in_progress")
        assert shown.cells == (cell,) and cell in ws.matrix()   # a cell is never retired
    # Unlike an assessment, a finding can be edited under the retirement: nothing
    # hides it, so that edit is no conflict anywhere either.
    a.update_finding(finding, status="done")
    spread(a, [a, b, c], tmp_path, "done")
    alike([a, b, c])
    assert all(ws.conflicts() == [] and ws.finding(finding).status == "done"
               for ws in (a, b, c))
