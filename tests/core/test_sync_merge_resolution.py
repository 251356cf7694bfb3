"""'Slå ihop': two notes written at once are both kept, as a resolution like the others.

The merge is a new version that follows both the kept and the other version, so
the conflict closes on every copy it reaches and every copy ends with the same
text, whichever copy merges and in whatever order the packages travel. A third
copy's concurrent note is not swallowed: it stays a conflict against the merge.
"""

from __future__ import annotations


import pytest
from sync_helpers import send, tick

from app.core.store import StoreError
from app.core.sync_conflicts import can_merge, merged_text, version_time
from app.workspace import Workspace


def both_notes(a: Workspace, b: Workspace):
    unit, item = a.units()[0], a.items()[0]
    a.set_assessment(unit.id, item.id, status="partly", note="Laptop 1: AUDIT vid första besöket")
    tick()
    b.set_assessment(unit.id, item.id, note="Laptop 2: AUDIT vid inskrivning\n")
    return unit, item


@pytest.mark.parametrize("merger", ["receiver", "sender"])
def test_a_merge_keeps_both_texts_and_converges_on_both_copies(trio, tmp_path, merger):
    a, b, _ = trio
    unit, item = both_notes(a, b)
    send(b, a, tmp_path, "b-to-a")
    send(a, b, tmp_path, "a-to-b")                    # both hold both versions now
    ws = a if merger == "receiver" else b
    [conflict] = ws.conflicts()
    assert conflict.field == "note" and can_merge(conflict)
    text = ws.merge_conflict(conflict)
    assert text == ("Laptop 2: AUDIT vid inskrivning\n\nLaptop 1: AUDIT vid första besöket"
                    if conflict.kept.startswith("Laptop 2") else
                    "Laptop 1: AUDIT vid första besöket\n\nLaptop 2: AUDIT vid inskrivning")
    assert ws.assessment(unit.id, item.id).note == text
    assert ws.assessment(unit.id, item.id).status == "partly"    # only the note
    assert ws.conflicts() == []
    other = b if ws is a else a
    assert len(other.conflicts()) == 1                # until the merge reaches it
    send(ws, other, tmp_path, "merge")
    assert other.conflicts() == []
    assert other.assessment(unit.id, item.id).note == text
    assert a.snapshot() == b.snapshot()


def test_a_merge_sent_before_the_other_copy_saw_the_conflict(trio, tmp_path):
    """b's package reaches a, a merges and sends back: b never lists a conflict."""
    a, b, _ = trio
    unit, item = both_notes(a, b)
    send(b, a, tmp_path, "b-to-a")
    a.merge_conflict(a.conflicts()[0])
    send(a, b, tmp_path, "a-to-b")
    assert a.conflicts() == [] and b.conflicts() == []
    assert a.snapshot() == b.snapshot()
    assert "Laptop 1" in b.assessment(unit.id, item.id).note
    assert "Laptop 2" in b.assessment(unit.id, item.id).note


def test_a_third_copys_note_stays_a_conflict_against_the_merge(trio, tmp_path):
    a, b, c = trio
    unit, item = a.units()[0], a.items()[0]
    c.set_assessment(unit.id, item.id, note="Kiruna: AUDIT saknas")
    tick()
    both_notes(a, b)
    send(b, a, tmp_path, "b-to-a")
    send(c, a, tmp_path, "c-to-a")
    conflict = next(x for x in a.conflicts() if x.other.startswith("Laptop 1"))
    merged = a.merge_conflict(conflict)
    left = a.conflicts()
    assert [(x.kept, x.other) for x in left] == [(merged, "Kiruna: AUDIT saknas")]
    for ws in (b, c):
        send(a, ws, tmp_path, f"a-to-{ws.copy_name}")
    send(c, b, tmp_path, "c-to-b")
    send(b, c, tmp_path, "b-to-c")
    assert a.snapshot() == b.snapshot() == c.snapshot()
    assert [(x.kept, x.other) for x in b.conflicts()] == [(merged, "Kiruna: AUDIT saknas")]


def test_only_two_texts_of_a_free_text_field_can_be_merged(trio, tmp_path):
    a, b, _ = trio
    unit, item = a.units()[0], a.items()[0]
    a.set_assessment(unit.id, item.id, status="partly")
    tick()
    b.set_assessment(unit.id, item.id, status="not_used")
    send(b, a, tmp_path, "b-to-a")
    [conflict] = a.conflicts()
    assert conflict.field == "status" and not can_merge(conflict)
    with pytest.raises(StoreError):
        a.merge_conflict(conflict)
    assert len(a.conflicts()) == 1


def test_merged_text_and_version_time():
    assert merged_text(" Ett \n", "\nTvå") == "Ett\n\nTvå"
    assert version_time(((1_700_000_000_000 << 16) | 3, "x")).isoformat() == (
        "2023-11-14T22:13:20+00:00")
