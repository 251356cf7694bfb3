"""What else hides the work a retirement's conflict names (Conflict.also_hidden_by),
so that the conflicts view can say truthfully what bringing it back shows.

Luleå retired on a, AUDIT on b, while c assessed AUDIT in Luleå: the organisation's
conflict names the assessment and says AUDIT hides it too; once Luleå is answered,
AUDIT's conflict names it and says Luleå hides it too only if Luleå stayed retired.
A retirement that alone hides its work says nothing more.
"""

from __future__ import annotations


import pytest
from sync_helpers import send, tick
from test_sync_retire_twice import SCHEDULES, both_retired_while_assessed, retired_conflicts


@pytest.mark.parametrize("unit_answer", ["keep", "restore"])
def test_a_conflict_says_which_other_retirement_hides_its_work(trio, tmp_path, unit_answer):
    a, b, c = trio
    unit, item = both_retired_while_assessed(trio, tmp_path, "UIx",
                                             SCHEDULES["everything-at-c"])
    title = a.item(item).title
    for ws in (a, b, c):
        [first] = retired_conflicts(ws)
        assert first.table == "units"
        assert first.also_hidden_by == (("items", title, "retired"),)
    [first] = retired_conflicts(b)
    b.resolve_conflict(first, keep=unit_answer == "keep")
    [second] = retired_conflicts(b)
    assert second.table == "items"
    assert second.also_hidden_by == ((("units", "Luleå", "retired"),)
                                     if unit_answer == "keep" else ())


def test_a_retirement_alone_hides_nothing_else(trio, tmp_path):
    a, b, c = trio
    unit = next(u.id for u in a.units() if u.name == "Luleå")
    a.retire_unit(unit)
    tick()
    c.set_assessment(unit, a.items()[0].id, status="partly")
    send(c, a, tmp_path, "c-to-a")
    [conflict] = retired_conflicts(a)
    assert conflict.edits and conflict.also_hidden_by == ()
