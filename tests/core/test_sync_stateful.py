"""Stateful property test: 2–5 copies (some joining mid-way), random edits, deletes
and resolutions, packages delivered in random order, duplicated, stale and
relayed: packages without a recipient (which carry everything and can never
wait) and packages addressed to a known copy (which may wait only when they
reach another copy). After a final exchange every copy holds the same content,
every field holds a version no other version causally followed, every concurrent
loser is in every copy's conflicts, a record deleted while another copy
changed it shows that change as a conflict (and only then), and so does an
organisation or method retired while another copy assessed it: an assessment
hidden by both its organisation's and its method's retirement is named once,
under the first that did not know of it. Findings, also those naming a retired
organisation or linked to a retired method's cell, are never hidden by it.

The model tracks causality independently of the implementation: a version's
causal past is every version of the same field its copy held when it was made;
a delete's is every version of the record its copy held.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from app.core.ids import derived_id
from app.core.schema import SHARED_RECORDS, WRITTEN_TOGETHER
from app.sync import PackageGapError, read_package
from app.workspace import Workspace, WorkspaceError

Key = tuple[str, str, str]
Version = tuple[int, str]

TEXTS = st.sampled_from(["", "A", "B", "Införs 2027", "<b>x</b>", "😀"])
STATUSES = st.sampled_from(["unknown", "not_used", "planned", "partly", "systematic"])
# A choice among things whose number depends on the copies' state, which the clock
# can change between runs of one example (versions in one millisecond are ordered
# by their random replica ids): a draw whose bounds never change, taken modulo.
PICK = st.integers(min_value=0, max_value=63)


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="sync-stateful-"))
        self.copies: list[Workspace] = []
        self.known: list[dict[Key, set[Version]]] = []   # per copy: versions it holds
        self.past: dict[tuple[Key, Version], frozenset[Version]] = {}
        self.own_top: list[int] = []
        # (file, versions it carries, the copy it is addressed to or None)
        self.packages: list[tuple[Path, set[tuple[Key, Version]], int | None]] = []
        self.record_past: dict[tuple[Key, Version], frozenset[tuple[Key, Version]]] = {}
        self.findings: list[str] = []
        self.cells: list[tuple[str, str]] = []

    # -- set-up ------------------------------------------------------------------

    @initialize(n=st.integers(min_value=2, max_value=5))
    def start(self, n: int) -> None:
        first = Workspace.create(self.dir / "c0.vardflata")
        self.measure = first.add_measure(first.add_team("Team"), "Väntetid")
        start = self.dir / "start.vardsync"
        first.export_package(start, full=True)
        self.copies = [first] + [Workspace.join(self.dir / f"c{i}.vardflata", start)
                                 for i in range(1, n)]
        rows = self._log(first)
        for ws in self.copies:
            held: dict[Key, set[Version]] = {}
            for key, version in rows:
                held.setdefault(key, set()).add(version)
            self.known.append(held)
            self.own_top.append(ws.sync_seen().get(ws.replica_id, 0))
        for key, version in rows:
            self.past[(key, version)] = frozenset()
            if key[2] in ("deleted", "retired"):
                self.record_past[(key, version)] = frozenset(
                    (k, v) for k, v in rows if k[:2] == key[:2])
        units, items = first.units()[:2], first.items()[:2]
        self.cells = [(u.id, i.id) for u in units for i in items]
        self.item_cells = {i.id: (i.row_id, i.column_id) for i in items}
        self.labels = {derived_id(u.id, i.id): f"{u.name} – {i.title}"
                       for u in units for i in items}

    # -- edits -------------------------------------------------------------------

    @rule(data=st.data(), status=STATUSES)
    def set_status(self, data, status: str) -> None:
        i = self._copy(data)
        unit, item = data.draw(st.sampled_from(self.cells))
        self._edit(i, lambda ws: ws.set_assessment(unit, item, status=status))

    @rule(data=st.data(), note=TEXTS)
    def set_note(self, data, note: str) -> None:
        i = self._copy(data)
        unit, item = data.draw(st.sampled_from(self.cells))
        self._edit(i, lambda ws: ws.set_assessment(unit, item, note=note))

    @rule(data=st.data(), what=st.sampled_from(["value", "note", "both"]),
          value=st.sampled_from([3, 7]), note=TEXTS,
          period=st.sampled_from(["2026-01", "2026-02"]))
    def set_point(self, data, what: str, value: int, note: str, period: str) -> None:
        """A measure's value or note for a period: two copies often begin the same
        period (one record), each with its own fields and empty defaults."""
        i = self._copy(data)
        fields = {"value": value, "note": note}
        if what != "both":
            fields = {what: fields[what]}
        self._edit(i, lambda ws: ws.set_data_point(self.measure, period, **fields))

    @rule(data=st.data(), title=st.sampled_from(["Rutin", "Utbildning", "SIP"]),
          linked=st.booleans())
    def add_finding(self, data, title: str, linked: bool) -> None:
        """A finding, often naming an organisation of the cells and linked to the
        matrix cell of a method there (both may be retired, here or elsewhere)."""
        i = self._copy(data)
        unit, item = data.draw(st.sampled_from(self.cells))
        where = {"unit_id": unit, "cells": [self.item_cells[item]]} if linked else {}
        found: list[str] = []
        self._edit(i, lambda ws: found.append(ws.add_finding(title, **where)))
        self.findings.extend(found)

    @precondition(lambda self: self.findings)
    @rule(data=st.data(), title=st.sampled_from(["Ny rubrik", "Annan rubrik"]),
          status=st.sampled_from(["open", "done"]))
    def edit_finding(self, data, title: str, status: str) -> None:
        """Rename a finding, or change its status (on a copy where its organisation
        may be retired: allowed, a retirement hides no finding)."""
        i = self._copy(data)
        finding = self._finding(data, i)
        fields = {"title": title} if data.draw(st.booleans()) else {"status": status}
        self._edit(i, lambda ws: ws.update_finding(finding, **fields))

    @precondition(lambda self: self.findings)
    @rule(data=st.data())
    def delete_finding(self, data) -> None:
        i = self._copy(data)
        finding = self._finding(data, i)
        self._edit(i, lambda ws: ws.delete_finding(finding))

    def _finding(self, data, i: int) -> str:
        """Mostly one the copy shows (so that edits and deletes on two copies often
        meet), sometimes any (one it lacks or has deleted: refused)."""
        shown = sorted(f.id for f in self.copies[i].findings())
        pick, any_finding = data.draw(PICK), data.draw(st.integers(0, 3)) == 0
        if shown and not any_finding:
            return shown[pick % len(shown)]
        return self.findings[pick % len(self.findings)]

    @rule(data=st.data(), retired=st.booleans(), method=st.booleans())
    def retire(self, data, retired: bool, method: bool) -> None:
        """Retire (or bring back) an organisation or a method of the cells."""
        i = self._copy(data)
        unit, item = data.draw(st.sampled_from(self.cells))
        self._edit(i, (lambda ws: ws.retire_item(item, retired)) if method
                   else (lambda ws: ws.retire_unit(unit, retired)))

    @rule(data=st.data(), keep=st.booleans())
    def resolve_conflict(self, data, keep: bool) -> None:
        i = self._copy(data)
        conflicts = self.copies[i].conflicts()
        pick = data.draw(PICK)
        if conflicts:
            conflict = conflicts[pick % len(conflicts)]
            self._edit(i, lambda ws: ws.resolve_conflict(conflict, keep=keep))

    @precondition(lambda self: len(self.copies) < 5)
    @rule(data=st.data())
    def new_copy(self, data) -> None:
        """A new laptop joins mid-way from some copy's full package."""
        i = self._copy(data)
        path = self.dir / f"join-{len(self.copies)}.vardsync"
        self.copies[i].export_package(path, full=True)
        carried = {((r[0], r[1], r[2]), (r[4], r[5])) for r in read_package(path).rows}
        self.packages.append((path, carried, None))
        self.copies.append(Workspace.join(self.dir / f"c{len(self.copies)}.vardflata", path))
        held: dict[Key, set[Version]] = {}
        for key, version in carried:
            held.setdefault(key, set()).add(version)
        self.known.append(held)
        self.own_top.append(0)

    # -- exchange ----------------------------------------------------------------

    @rule(data=st.data(), addressed=st.booleans())
    def export(self, data, addressed: bool) -> None:
        """A package without a recipient, or addressed to a copy this one knows."""
        i = self._copy(data)
        path = self.dir / f"p{len(self.packages)}.vardsync"
        known = sorted(self._index(c.replica) for c in self.copies[i].known_copies())
        pick = data.draw(PICK)
        to = known[pick % len(known)] if addressed and known else None
        self.copies[i].export_package(
            path, peer=None if to is None else self.copies[to].replica_id)
        carried = {((r[0], r[1], r[2]), (r[4], r[5])) for r in read_package(path).rows}
        self.packages.append((path, carried, to))

    @precondition(lambda self: self.packages)
    @rule(data=st.data())
    def deliver(self, data) -> None:
        """Any package to any copy: late, twice, or passed on by another copy."""
        path, carried, to = data.draw(st.sampled_from(self.packages))
        j = self._copy(data)
        self._import(j, path, carried, may_wait=to is not None and to != j)

    # -- final exchange and the properties ----------------------------------------

    def teardown(self) -> None:
        try:
            if self.copies:
                self._final_exchange()
                self._check()
        finally:
            for ws in self.copies:
                ws.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    def _final_exchange(self) -> None:
        for round_ in range(len(self.copies) + 3):
            for i, src in enumerate(self.copies):
                for j in range(len(self.copies)):
                    if i != j:
                        path = self.dir / f"final-{round_}-{i}-{j}.vardsync"
                        known = {c.replica for c in src.known_copies()}
                        dst = self.copies[j].replica_id
                        src.export_package(path, peer=dst if dst in known else None)
                        carried = {((r[0], r[1], r[2]), (r[4], r[5]))
                                   for r in read_package(path).rows}
                        self._import(j, path, carried)
            if all(ws.sync_seen() == self.copies[0].sync_seen() for ws in self.copies):
                return

    def _check(self) -> None:
        snapshots = [ws.snapshot() for ws in self.copies]
        assert all(s == snapshots[0] for s in snapshots), "copies differ after exchange"
        log = self._log(self.copies[0])
        assert all(self._log(ws) == log for ws in self.copies)
        values = dict(self.copies[0]._store.conn.execute(
            "SELECT tbl || '|' || record_id || '|' || field || '|' || hlc || '|' || replica, "
            "value FROM changes").fetchall())

        def value(key: Key, version: Version):
            return values["|".join((*key, str(version[0]), version[1]))]

        versions: dict[Key, list[Version]] = {}
        for key, version in log:
            versions.setdefault(key, []).append(version)
        listed = [ws.conflicts() for ws in self.copies]
        conflicts = [{(c.table, c.record_id, c.field, c.other_version) for c in found}
                     for found in listed]
        assert all(c == conflicts[0] for c in conflicts)
        # What a deleted or retired record's conflict names is alike everywhere too.
        hidden = [sorted((c.kind, c.table, c.record_id, c.kept_version, c.edits)
                         for c in found if c.kind != "field") for found in listed]
        assert all(h == hidden[0] for h in hidden), "copies name other hidden work"
        self._check_deleted_while_edited(snapshots[0], versions, value)
        self._check_no_empty_defaults()
        self._check_retired_while_assessed(snapshots[0], versions)
        self._check_findings_not_hidden(snapshots[0])
        for key, found in versions.items():
            winner = max(found)
            table, record_id, fld = key
            assert snapshots[0][table][record_id][fld] == value(key, winner)
            followed = [v for v in found if winner in self.past[(key, v)]]
            assert not followed, f"{key}: the kept version was causally followed"
            for loser in found:
                if (loser == winner or loser in self.past[(key, winner)]
                        or value(key, loser) == value(key, winner)
                        or any(loser in self.past[(key, v)] for v in found)):
                    continue
                assert (*key, loser) in conflicts[0], f"{key}: concurrent loser not kept"

    def _check_deleted_while_edited(self, snapshot, versions, value) -> None:
        """A deleted record with a change its deleter did not hold shows it (with the
        changed fields), and a record deleted knowingly shows nothing."""
        shown = {(c.table, c.record_id): {e[0] for e in c.edits}
                 for c in self.copies[0].conflicts() if c.kind == "deleted"}
        for key, found in versions.items():
            table, record_id, fld = key
            if fld != "deleted" or not snapshot[table][record_id]["deleted"]:
                continue
            delete = max(found)
            past = self.record_past[(key, delete)]
            unknown = {f for (t, r, f), vs in versions.items()
                       if (t, r) == (table, record_id) and f != "deleted"
                       and ((t, r, f), max(vs)) not in past}
            if unknown:
                assert unknown <= shown.get((table, record_id), set()), \
                    f"{key}: deleted while {unknown} changed, not shown"
            else:
                assert (table, record_id) not in shown, f"{key}: shown, but deleted knowingly"

    def _check_no_empty_defaults(self) -> None:
        """A record two copies may both begin (an assessment, a period) never starts
        a field's history with an empty value: an empty default would win over
        what the other copy wrote (store.Store.write)."""
        together = [f for fields in WRITTEN_TOGETHER.values() for f in fields]
        found = self.copies[0]._store.conn.execute(
            f"SELECT tbl, field, value FROM changes WHERE tbl IN "
            f"({', '.join('?' * len(SHARED_RECORDS))}) AND base_hlc IS NULL "
            f"AND (value IS NULL OR value = '') AND field NOT IN "
            f"({', '.join('?' * len(together))})",
            (*sorted(SHARED_RECORDS), *together)).fetchall()
        assert not found, f"empty defaults versioned: {found}"

    def _check_retired_while_assessed(self, snapshot, versions) -> None:
        """An assessment hidden by retirements that did not all know of it (the
        winning version of one of its fields was not held where the retirement
        was made) is named exactly once: under the first such retirement, the
        organisation's before the method's; one that every retirement hiding it
        knew of is named nowhere (app.core.sync_deletes)."""
        shown: dict[tuple[str, str], list[str]] = {}
        for c in self.copies[0].conflicts():
            if c.kind == "retired":
                assert {e[0] for e in c.edits} == {"assessments"}, c.edits
                shown.setdefault((c.table, c.record_id), []).extend(e[1] for e in c.edits)
        expected: dict[tuple[str, str], list[str]] = {}
        for record_id, rec in snapshot["assessments"].items():
            if rec["deleted"]:
                continue
            for table, ref in (("units", "unit_id"), ("items", "item_id")):
                owner = snapshot[table][rec[ref]]
                if not owner["retired"] or owner["deleted"]:
                    continue
                key = (table, rec[ref], "retired")
                past = self.record_past[(key, max(versions[key]))]
                if any(((t, r, f), max(vs)) not in past for (t, r, f), vs in versions.items()
                       if (t, r) == ("assessments", record_id) and f != "deleted"):
                    expected.setdefault((table, rec[ref]), []).append(self.labels[record_id])
                    event("assessment hidden by a retirement that did not know of it")
                    if table == "units" and snapshot["items"][rec["item_id"]]["retired"]:
                        event("assessment hidden by two retirements, named under one")
                    break
        assert {o: sorted(v) for o, v in shown.items()} == {
            o: sorted(v) for o, v in expected.items()}, "retired conflicts name other work"

    def _check_findings_not_hidden(self, snapshot) -> None:
        """A retirement hides no finding (schema.HIDDEN_WHEN_RETIRED): every live
        finding is listed on every copy, also one naming a retired organisation or
        linked to the cell of a retired method, and no conflict names one."""
        live = sorted(r for r, rec in snapshot["findings"].items() if not rec["deleted"])
        for ws in self.copies:
            assert sorted(f.id for f in ws.findings()) == live
        if any(snapshot["units"][rec["unit_id"]]["retired"]
               for rec in snapshot["findings"].values()
               if rec["unit_id"] and not rec["deleted"]):
            event("finding of a retired organisation")

    # -- helpers -----------------------------------------------------------------

    def _index(self, replica: str) -> int:
        return next(k for k, ws in enumerate(self.copies) if ws.replica_id == replica)

    def _copy(self, data) -> int:
        return data.draw(st.integers(min_value=0, max_value=len(self.copies) - 1))

    def _edit(self, i: int, action) -> None:
        try:
            action(self.copies[i])
        except KeyError:
            return    # e.g. renaming a finding this copy has not received or has deleted
        except WorkspaceError as exc:
            if "avvecklad" not in str(exc):
                raise
            return    # assessing a retired organisation or method: refused
        self._own_new(i)

    def _own_new(self, i: int) -> None:
        """Record the versions copy i signed since last asked: its edits, or an edit
        it wrote again at an import to show it was lost to a delete."""
        ws = self.copies[i]
        new = ws._store.conn.execute(
            "SELECT tbl, record_id, field, hlc, replica FROM changes WHERE replica = ? "
            "AND hlc > ?", (ws.replica_id, self.own_top[i])).fetchall()
        for tbl, record_id, fld, hlc, replica in new:
            key = (tbl, record_id, fld)
            held = self.known[i].setdefault(key, set())
            self.past[(key, (hlc, replica))] = frozenset(held)
            if fld == "deleted":
                self.record_past[(key, (hlc, replica))] = frozenset(
                    (k, v) for k, vs in self.known[i].items() if k[:2] == key[:2] for v in vs)
            elif fld == "retired":     # the assessments the retiring copy held
                self.record_past[(key, (hlc, replica))] = frozenset(
                    (k, v) for k, vs in self.known[i].items() if k[0] == "assessments"
                    for v in vs)
            held.add((hlc, replica))
            self.own_top[i] = max(self.own_top[i], hlc)

    def _import(self, j: int, path: Path, carried: set, may_wait: bool = False) -> None:
        try:
            self.copies[j].import_package(path, backup=False)
        except PackageGapError:
            # Only a package addressed to another copy may build on what this one lacks.
            assert may_wait, f"{path.name} waits at copy {j}, but it was not addressed " \
                             "to another copy"
            return
        for key, version in carried:
            self.known[j].setdefault(key, set()).add(version)
        self._own_new(j)

    @staticmethod
    def _log(ws: Workspace) -> list[tuple[Key, Version]]:
        return [((t, r, f), (h, rep)) for t, r, f, h, rep in ws._store.conn.execute(
            "SELECT tbl, record_id, field, hlc, replica FROM changes ORDER BY 1, 2, 3, 4, 5")]


SyncMachine.TestCase.settings = settings(
    max_examples=60, stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TestSync = SyncMachine.TestCase
