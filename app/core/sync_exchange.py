"""Export and import of sync packages for one open workspace (the store's side).

Import order, so that a refused package changes nothing: read and validate the
whole file (app.sync.read_package), check it belongs to this workspace and
does not leave a gap, back the workspace up, then apply everything in one
transaction (the change rows, the record tables, the clock, the bookkeeping).
"""

from __future__ import annotations

import json
import socket
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.core import replica_marks, sync_conflicts
from app.core.hlc import physical_ms
from app.core.ids import new_id
from app.core.schema import RECORD_TABLES
from app.core.store import Store, StoreError, os_error_text
from app.core.sync_conflicts import Conflict, now_text
from app.core.sync_deletes import OWNED_TABLES, hiding_owners
from app.core.sync_merge import apply_rows, new_rows, seen_vector
from app.core.validate import clean_name
from app.sync import (
    Package, PackageError, PackageGapError, _is_replica, max_hlc, read_manifest,
    read_package, write_package,
)

Progress = Callable[[str, float], None]


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass
class ExportResult:
    path: Path
    rows: int
    size: int
    full: bool


@dataclass
class ImportReport:
    """What an import did. `skipped`: "self" (the copy's own package) or
    "already" (nothing new); then nothing was changed."""

    path: Path
    sender: str
    sender_name: str
    created_at: str
    rows: int = 0
    new: int = 0
    records: dict[str, int] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    clock_ahead: dict[str, float] = field(default_factory=dict)   # replica -> hours
    skipped: str | None = None
    backup: Path | None = None
    reasserted: int = 0    # edits of records deleted elsewhere, made visible (conflicts)

    def summary(self) -> str:
        if self.skipped == "self":
            return "Paketet kommer från den här kopian; inget att importera."
        if self.skipped == "already":
            return f"Inget nytt från {self.sender_name}: allt fanns redan här."
        parts = ", ".join(f"{n} {sync_conflicts.TABLE_LABELS.get(t, t).lower()}"
                          for t, n in sorted(self.records.items()))
        text = f"{plural(self.new, 'ändring', 'ändringar')} från {self.sender_name} ({parts})."
        if self.conflicts:
            text += f" {plural(len(self.conflicts), 'konflikt', 'konflikter')} att granska."
        if self.clock_ahead:
            text += " Varning: avsändarens klocka går mer än ett dygn före."
        return text


@dataclass
class FolderReport:
    folder: Path
    imported: list[ImportReport] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)          # package names
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, why)
    exported: ExportResult | None = None
    export_error: str | None = None

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for r in self.imported for c in r.conflicts]

    def summary(self) -> str:
        new = sum(r.new for r in self.imported)
        text = f"{len(self.imported)} paket med nytt, {plural(new, 'ny ändring', 'nya ändringar')}; "
        if self.export_error:
            text += f"eget paket kunde inte skrivas: {self.export_error}"
        elif self.exported and not self.exported.rows:
            # Said so, lest "(0 ändringar)" read as if nothing were shared: the
            # others have all this copy has (or get it from its full package).
            text += "eget paket skrivet: inga ändringar som de andra saknar."
        elif self.exported:
            text += f"eget paket skrivet ({plural(self.exported.rows, 'ändring', 'ändringar')})."
        else:
            text += "eget paket oförändrat."
        if self.waiting:
            text += (f" {len(self.waiting)} paket väntar: de bygger på ändringar som "
                     "kommer med de andra kopiornas nästa synkronisering.")
        if self.refused:
            text += f" {len(self.refused)} paket kunde inte läsas."
        if self.conflicts:
            text += f" {plural(len(self.conflicts), 'konflikt', 'konflikter')} att granska."
        if self.clock_ahead:
            text += " Varning: en avsändares klocka går mer än ett dygn före."
        return text

    @property
    def clock_ahead(self) -> dict[str, float]:
        """replica -> hours ahead, over every package imported."""
        ahead: dict[str, float] = {}
        for report in self.imported:
            for replica, hours in report.clock_ahead.items():
                ahead[replica] = max(ahead.get(replica, 0.0), hours)
        return ahead


@dataclass
class Preview:
    """What a package would bring, without changing anything."""

    path: Path
    sender: str
    sender_name: str
    created_at: str
    rows: int
    new: int
    records: dict[str, int]
    clock_ahead: dict[str, float]
    full: bool
    skipped: str | None = None     # "self" | "already"
    waiting: bool = False          # needs changes this copy lacks (a gap)
    # What the import would do, found by importing it into a copy in memory
    # (None: not known, e.g. a read-only workspace): the conflicts it would add, and
    # the records it changes, those with a conflict first, then by table and name
    # (at most NAMED_CHANGES of them; `changed` counts them all).
    conflicts: int | None = None
    changes: list[PreviewChange] = field(default_factory=list)
    changed: int = 0
    names: dict[str, str] = field(default_factory=dict)   # writers' replica -> name


NAMED_CHANGES = 200   # records a preview names; a big package is counted, not listed
SKIPPED_FIELDS = ("position", "key")   # bookkeeping nobody recognises in a list


@dataclass(frozen=True)
class PreviewChange:
    """One record a package changes: its table and name, and `fields` (schema
    names, as in FIELD_LABELS); empty for a record new here (`new`). A delete
    or retirement is the field "deleted" or "retired"; their undoing, "restored"
    or "reinstated". `conflict`: the import makes a conflict of it.
    `writers`: the replicas other than the sender that wrote what comes (the
    sender passes on what it had from them), named in Preview.names."""

    table: str
    record_id: str
    label: str
    fields: tuple[str, ...] = ()
    new: bool = False
    conflict: bool = False
    writers: tuple[str, ...] = ()


def ensure_bookkeeping(store: Store) -> None:
    """Files made while migration 3 was still empty lack the sync tables, and
    files from before names travelled lack sync_names."""
    if store.read_only:
        return
    if "first_heard" not in {c[1] for c in store.conn.execute(
            "PRAGMA table_info(sync_peers)")}:
        from app.core.schema import _migration_3

        with store.transaction() as conn:
            conn.execute("DROP TABLE IF EXISTS sync_peers")   # a development version's
            _migration_3(conn)
    if not _has_table(store, "sync_names"):
        with store.transaction() as conn:
            _create_names_table(conn)


def _create_names_table(conn: sqlite3.Connection) -> None:
    """sync_names: the names of copies learned from other copies' packages (see
    newest_names), with the copy whose package brought each (`via`), for support.
    Per-copy bookkeeping like sync_peers, made here and not by a schema migration:
    a file whose schema version stays the same still opens in the previous version."""
    conn.execute(
        """CREATE TABLE IF NOT EXISTS sync_names (
               replica TEXT PRIMARY KEY, name TEXT NOT NULL, stamp INTEGER NOT NULL,
               via TEXT NOT NULL, learned_at TEXT NOT NULL) WITHOUT ROWID""")


def copy_name(store: Store) -> str:
    """The copy's name in packages: set by the user, else the computer's name (already
    stored in the file as the copy's home)."""
    return store.meta("copy_name") or socket.gethostname() or store.replica_id[:8]


# A copy's name is said in lists, conflicts and sentences; longer, it is no name.
# The bound also keeps names, which every package passes on, from filling the
# manifest (app.sync.MAX_MANIFEST_BYTES) so that a copy's packages are refused.
COPY_NAME_LIMIT = 100


def clean_copy_name(text: Any, *, shorten: bool = False) -> str:
    """A copy's name as every copy stores it: validate.clean_name's one line
    (no control characters, no bidirectional overrides), at most COPY_NAME_LIMIT
    characters. A longer one is refused (StoreError), or, from a package
    (`shorten`), cut with "…"."""
    name = clean_name(text, "Kopians namn", limit=None)
    if len(name) <= COPY_NAME_LIMIT:
        return name
    if shorten:
        return name[:COPY_NAME_LIMIT - 1].rstrip() + "…"
    raise StoreError(f"Kopians namn är för långt ({len(name)} tecken); högst "
                     f"{COPY_NAME_LIMIT} tecken.")


def package_copy_name(text: Any) -> str | None:
    """A name a package gives, cleaned as a chosen one; None if it is no name."""
    if not isinstance(text, str):
        return None
    try:
        return clean_copy_name(text, shorten=True)
    except StoreError:
        return None


def _sender_name(package: Package) -> str:
    return package_copy_name(package.manifest.get("sender_name")) or package.sender[:8]


def newest_names(store: Store) -> dict[str, tuple[str, int]]:
    """replica -> (name, stamp): the newest name known here of each other copy,
    from its own packages (sync_peers) or passed on in others' (sync_names).

    Newest by the stamp, which is always a time of the named copy's own hybrid
    clock (its package's clock when the name went out; others pass it on as it
    is): that clock never goes back, and a rename ticks it (SyncMixin.set_copy_name),
    so the stamps of one copy's names order them whatever other laptops' clocks
    say. A package from the copy itself wins a tie."""
    parts = []
    if _has_bookkeeping(store):
        parts.append("SELECT peer, name, stamp, 1 FROM sync_peers "
                     "WHERE kind = 'peer' AND name IS NOT NULL")
    if _has_table(store, "sync_names"):
        parts.append("SELECT replica, name, stamp, 0 FROM sync_names")
    if not parts:
        return {}
    rows = store.conn.execute(" UNION ALL ".join(parts) + " ORDER BY 1, 3, 4")
    return {r: (name, stamp) for r, name, stamp, _ in rows if r != store.replica_id}


def copy_names(store: Store) -> dict[str, str]:
    """replica -> the newest name known here of each other copy (newest_names)."""
    return {replica: name for replica, (name, _stamp) in newest_names(store).items()}


def names_to_send(store: Store) -> dict[str, dict[str, Any]]:
    """The manifest's `copy_names`: replica -> {"name", "stamp"}, for this copy
    (the stamp: own_name_stamp), the copies it has had packages from, and every
    copy whose changes it holds. Not every name heard: a corrupt package's
    thousands of made-up copies would go on in every package and fill their
    manifests (app.sync.MAX_MANIFEST_BYTES), and only a writer needs naming."""
    passed_on = set(seen_vector(store.conn))
    if _has_bookkeeping(store):
        passed_on.update(r for (r,) in store.conn.execute(
            "SELECT peer FROM sync_peers WHERE kind = 'peer'"))
    names = {r: {"name": name, "stamp": stamp}
             for r, (name, stamp) in newest_names(store).items() if r in passed_on}
    names[store.replica_id] = {"name": copy_name(store), "stamp": own_name_stamp(store)}
    return names


def own_name_stamp(store: Store) -> int:
    """The stamp of this copy's name: the clock when it was chosen
    (SyncMixin.set_copy_name), so it moves only with a rename; a copy never
    named (the computer's name) or named before names had stamps: 1, older
    than any chosen name."""
    saved = store.meta("copy_name_stamp")
    return int(saved) if saved and saved.isdigit() else 1


def names_changed(store: Store, manifest: dict[str, Any]) -> bool:
    """Whether a package of ours (its manifest) would name a copy otherwise now.
    Others by name only: their stamps move with every package they send, and a
    sync folder's package rewritten for that alone would be read again by every
    copy. Ours by its stamp too, which moves only with a rename: a rename back
    to the old name must reach the copies that heard the one between."""
    old = manifest.get("copy_names")
    old = old if isinstance(old, dict) else {}

    def named(entries: dict, replica: str) -> Any:
        entry = entries.get(replica)
        if not isinstance(entry, dict):
            return None
        return (entry.get("name"), entry.get("stamp")) if replica == store.replica_id \
            else entry.get("name")

    new = names_to_send(store)
    return any(named(new, r) != named(old, r) for r in set(new) | set(old))


def _names_carried(package: Package) -> dict[str, tuple[str, int]]:
    """The names a package passes on (`copy_names`; none in a package of the
    previous version), each cleaned as a chosen name. An entry that is not one
    (no name, a stamp that is no version of a clock, an id that is none) is left
    out, a map that is no map ignored: names are a courtesy, never a reason to
    refuse the changes."""
    carried = package.manifest.get("copy_names")
    if not isinstance(carried, dict):
        return {}
    limit, found = max_hlc(), {}
    for replica, entry in carried.items():
        if not (_is_replica(replica) and isinstance(entry, dict)):
            continue
        stamp, name = entry.get("stamp"), package_copy_name(entry.get("name"))
        if type(stamp) is int and 0 < stamp <= limit and name:
            found[replica] = (name, stamp)
    return found


STALE_DAYS = 60   # a copy silent this long no longer holds a sync folder's package back


@dataclass(frozen=True)
class KnownCopy:
    """Another copy this one has had a package from: a package can be addressed to it."""

    replica: str
    name: str
    last_heard: str     # when its newest package was imported here (ISO, UTC)
    seen: dict[str, int] = field(default_factory=dict, compare=False, hash=False)


def known_copies(store: Store) -> list[KnownCopy]:
    """The copies we have had packages from, the most recently heard first."""
    if not _has_bookkeeping(store):
        return []
    rows = store.conn.execute(
        "SELECT peer, name, COALESCE(last_import_at, created_at, ''), seen FROM sync_peers "
        "WHERE kind = 'peer' AND peer != ? ORDER BY 3 DESC, 2", (store.replica_id,))
    names = newest_names(store)    # a rename may have come through another copy
    return [KnownCopy(peer, names.get(peer, (name or peer[:8],))[0], heard, json.loads(seen))
            for peer, name, heard, seen in rows]


def _ids(copies: list[KnownCopy], among: list[KnownCopy]) -> str:
    """Each copy as "name (id start)", the start long enough (12 characters or
    more) to tell it from every copy in `among`: typed after --to, it is that one."""
    length = 12
    while length < 32 and len({c.replica[:length] for c in among}) < len(among):
        length += 4
    return ", ".join(f"{c.name} ({c.replica[:length]})" for c in copies)


def find_copy(store: Store, text: str) -> KnownCopy:
    """A known copy by its name (case and spacing ignored), the start of its replica
    id, or else the start of its name; PackageError with one clear sentence when
    none or several match.

    This copy is never a recipient: a name or id start it shares with one other
    copy means that one (two cloned laptops both named by their host, "vm").
    When several others match, the sentence names each of them with enough of
    its id to type instead."""
    wanted = _folded(text)
    if not wanted:
        raise PackageError("Ange mottagarens namn.")
    copies = known_copies(store)
    me = KnownCopy(store.replica_id, copy_name(store), "")
    found = [c for c in copies + [me] if _folded(c.name) == wanted]
    if not found and len(wanted) >= 4:
        found = [c for c in copies + [me] if c.replica.startswith(wanted)]
    if not found:      # the start of a name: "Piteå" for "Piteå – Bosses dator"
        found = [c for c in copies + [me] if _folded(c.name).startswith(wanted)]
    others = [c for c in found if c.replica != me.replica]
    if found and not others:
        raise PackageError(f"”{text}” är den här kopian; välj en annan mottagare.")
    if len(others) == 1:
        return others[0]
    if others:
        raise PackageError(f"Flera kopior passar ”{text}”: {_ids(others, copies + [me])}. "
                           "Ange mer av kopians id i stället.")
    known = {c.replica for c in copies}
    heard = [name for replica, name in copy_names(store).items()
             if replica not in known and _folded(name) == wanted]
    if heard:
        raise PackageError(f"Inget paket har kommit hit från ”{heard[0]}” (namnet kom med "
                           "andra kopiors paket), så det går inte att veta vad den saknar. "
                           "Utan mottagare blir paketet fullständigt och passar alla.")
    names = _ids(copies, copies + [me]) or "inga"
    raise PackageError(f"Ingen känd kopia heter ”{text}”. Kända kopior: {names}. Utan "
                       "mottagare blir paketet fullständigt och passar alla.")


def _folded(name: str) -> str:
    """A name as find_copy compares it: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def least_base(vectors: list[dict[str, int]], seen: dict[str, int]) -> dict[str, int]:
    """What every one of the recipients holds for sure: the least of their version
    vectors, within what we have (empty: none known, so everything goes)."""
    if not vectors:
        return {}
    base = {r: min(v.get(r, 0) for v in vectors) for r in seen}
    return {r: min(h, seen[r]) for r, h in base.items() if min(h, seen[r]) > 0}


def export(store: Store, workspace_name: str, path: Path, *, full: bool = False,
           peer: str | None = None,
           recipients: list[dict[str, int]] | None = None) -> ExportResult:
    """Write a package. A package nobody is named for carries everything, so that it
    can start, join or repair any copy, whoever it reaches (a USB stick has no known
    recipient; the county's whole log is ~150 KB). Only an addressed package is a
    difference: to one known copy (`peer`, a replica id), against what it had seen in
    its newest package; to a sync folder's copies (`recipients`, their version
    vectors read off their packages in the folder), against the least of them."""
    _check_target(store, path)
    ensure_bookkeeping(store)
    seen = seen_vector(store.conn)
    if full:
        base = {}
    elif peer is not None:
        base = least_base([_peer_seen(store, peer)], seen)
    else:
        base = least_base(recipients or [], seen)
    # changes.json is built by SQLite's JSON functions: no Python object per row.
    # Reals go through Python's repr (SQLite prints 15 digits: not a round trip).
    # Primary-key order, so the recipient's B-tree inserts are appends.
    store.conn.create_function("exact_real", 1, float.__repr__, deterministic=True)
    _add_personnummer_functions(store.conn)
    try:
        count, text = store.conn.execute(
            "SELECT COUNT(*), COALESCE(json_group_array(json_array(tbl, record_id, field, "
            "CASE WHEN typeof(value) = 'real' THEN json(exact_real(value)) "
            "WHEN " + _written_over_with_digits("sent") + " THEN without_personnummer(value) "
            "ELSE value END, "
            "hlc, replica, base_hlc, base_replica)), '[]') FROM (SELECT * FROM changes "
            + ("WHERE hlc > COALESCE(json_extract(?, '$.\"' || replica || '\"'), 0) "
               if base else "WHERE ? IS NOT NULL ")
            + "ORDER BY tbl, record_id, field, hlc, replica) AS sent",
            (json.dumps(base),)).fetchone()
        tables = dict(store.conn.execute(
            "SELECT tbl, COUNT(*) FROM changes "
            + ("WHERE hlc > COALESCE(json_extract(?, '$.\"' || replica || '\"'), 0) "
               if base else "WHERE ? IS NOT NULL ")
            + "GROUP BY tbl", (json.dumps(base),)))
    except sqlite3.Error:   # infinity or NaN in a value, or a BLOB
        raise PackageError("Arbetsytan innehåller ett värde som inte kan exporteras "
                           "(ogiltigt tal).") from None
    manifest = {
        "workspace_id": store.workspace_id, "workspace_name": workspace_name,
        "county_name": store.meta("county_name") or "",
        "sender": store.replica_id, "sender_name": copy_name(store),
        "package_id": new_id(), "created_at": now_text(), "stamp": store.clock.last,
        "base": base, "seen": seen, "tables": tables, "copy_names": names_to_send(store),
    }
    size = write_package(path, manifest, text.encode("utf-8"), count)
    own = seen.get(store.replica_id, 0)
    if own > base.get(store.replica_id, 0):   # the package carried own changes up to `own`
        replica_marks.record_sent(store.replica_id, own)
    return ExportResult(Path(path), count, size, not base)


# An old value of a field, since written over, with a run of digits a
# personnummer could be in: a number typed into a note and taken out again
# (Ta bort personnumret) still travelled in every package's history. It goes
# out without it; the value now in use, the copies' shared content, is never
# changed here (each copy's own check and warning are for that).
def _written_over_with_digits(row: str) -> str:
    """SQL: the change `row` (an alias of changes) is a field's value since
    written over, typed text with a run of digits a personnummer could be in.
    Cheap conditions first: SQLite stops at the first false one."""
    return (f"typeof({row}.value) = 'text' "
            f"AND {row}.value GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9]*' "
            f"AND without_personnummer_in({row}.tbl, {row}.field) "
            f"AND EXISTS (SELECT 1 FROM changes AS newer WHERE newer.tbl = {row}.tbl "
            f"AND newer.record_id = {row}.record_id AND newer.field = {row}.field "
            f"AND (newer.hlc > {row}.hlc OR newer.hlc = {row}.hlc "
            f"AND newer.replica > {row}.replica))")


def _add_personnummer_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("without_personnummer", 1, _without_personnummer,
                         deterministic=True)
    conn.create_function("without_personnummer_in", 2, _typed_text, deterministic=True)


def forget_written_over_personnummer(store: Store) -> int:
    """Blank personnummer in this copy's own log where they were written over
    (Ta bort personnumret): packages leave them out already (see export), and
    now the copy keeps none either. The content, and so sync, is unchanged:
    only values no copy shows any more. Returns how many were blanked."""
    _add_personnummer_functions(store.conn)
    with store.transaction() as conn:
        rows = conn.execute(
            "SELECT tbl, record_id, field, hlc, replica, value FROM changes AS old WHERE "
            + _written_over_with_digits("old")).fetchall()
        return store.blank_personnummer_in_log(rows)


def _without_personnummer(text: str) -> str:
    """Each personnummer's digits as x, the text's length kept: nothing of the
    number (a birth date is a clue) and no value grown past a limit."""
    from app.core.privacy import blank_personnummer

    return blank_personnummer(text)


def _typed_text(table: str, field: str) -> bool:
    """A field people type text into (ids, keys, cells and id lists are never
    changed: a hex id can hold a run of digits that reads as a personnummer)."""
    from app.core.privacy import typed_text_fields

    return field in typed_text_fields(table) if table in RECORD_TABLES else False


def _peer_seen(store: Store, peer: str) -> dict[str, int]:
    if peer == store.replica_id:
        raise PackageError("Mottagaren är den här kopian; välj en annan mottagare.")
    row = store.conn.execute("SELECT seen FROM sync_peers WHERE peer = ? AND kind = 'peer'",
                             (peer,)).fetchone() if _has_bookkeeping(store) else None
    if row is None:
        raise PackageError(f"Kopian {peer[:8]} är okänd här (inget paket har kommit från "
                           "den), så det går inte att veta vad den saknar. Exportera utan "
                           "mottagare: då får den allt.")
    return json.loads(row[0])


def _has_bookkeeping(store: Store) -> bool:
    return _has_table(store, "sync_peers")


def _has_table(store: Store, name: str) -> bool:
    return store.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                              "name = ?", (name,)).fetchone() is not None


def _check_target(store: Store, path: Path) -> None:
    """A package may replace an older package, never a workspace or another file."""
    if not path.exists():
        return
    if path.is_dir() or path.resolve() == store.path.resolve():
        raise PackageError(f"{path.name} är ingen fil för ett synkpaket; välj ett annat namn.")
    try:
        read_manifest(path)
    except PackageError:
        raise PackageError(f"Filen {path.name} finns redan och är inget synkpaket; den skrivs "
                           "inte över. Välj ett annat namn.") from None


def preview(store: Store, path: Path, *, scratch: Store | None = None) -> Preview:
    """What a package would bring. The workspace file is only read: what the import
    would change is found by importing into a private copy in memory (`scratch`,
    see scratch_copy; made here when not given). A scratch given keeps what the
    package brought, so that the next package's preview follows it, as the next
    import follows this one (a sync folder's packages, in order)."""
    ensure_bookkeeping(store)
    package = _read_for(store, path)
    here = scratch or store
    seen = seen_vector(here.conn)
    incoming = new_rows(package.rows, seen)
    judge = sync_conflicts.ClockJudge(here.conn, seen, incoming)
    result = Preview(Path(path), package.sender, _sender_name(package),
                     package.manifest.get("created_at", ""), len(package.rows),
                     len(incoming), _record_counts(incoming), _clock_ahead(incoming, judge),
                     package.full)
    if package.sender == store.replica_id:
        result.skipped = "self"
    elif _gaps(package, seen):
        result.waiting = True
    elif not incoming:
        result.skipped = "already"
    elif not store.read_only:
        _dry_run(store, package, seen, result, scratch)
    return result


def scratch_copy(store: Store) -> Store:
    """A private copy of the workspace in memory (SQLite's backup), for a preview
    to import into: the file is only read, so no other connection waits for it,
    and nothing the preview does can reach it. Close it when done.

    Not inside an open transaction of the store's connection (SQLite cannot copy
    a database its own connection is writing): StoreError."""
    from app.core.hlc import HybridClock

    if store.conn.in_transaction:
        raise StoreError("En förhandsgranskning kan inte göras mitt i en annan ändring.")
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        store.conn.backup(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        # Opened as read-only, which skips the check that gives a copied file a
        # replica id of its own: this copy is the same replica, at no path.
        copy = Store(conn, store.path, read_only=True, lock=None)
    except BaseException:
        conn.close()
        raise
    copy.read_only = False
    copy.clock = HybridClock(max(copy.clock.last, store.clock.last))
    return copy


def _dry_run(store: Store, package: Package, seen: dict[str, int], result: Preview,
             scratch: Store | None = None) -> None:
    """Import the package into a copy in memory as the import would (with its
    bookkeeping), and note in `result` what it changes and the conflicts it makes.
    Not known (None) when the copy cannot be made or the merge fails for a reason
    other than the package (PackageError: the import would refuse it too)."""
    try:
        copy = scratch or scratch_copy(store)
    except (StoreError, sqlite3.Error):
        return
    try:
        incoming = new_rows(package.rows, seen, copy.conn,
                            copy.replica_id if package.full else None)
        if not incoming:
            return
        touched = _touched(incoming)
        before = _records_now(copy.conn, touched)
        with copy.transaction() as conn:
            merged = _merge(conn, copy, package, incoming, seen, copy.clock, package.path)
            _remember(conn, package, merged.applied.new, copy)
            result.names = copy_names(copy)      # those the package passes on too
            _describe(conn, result, merged.conflicts, touched, before)
    except PackageError:
        raise
    except (StoreError, sqlite3.Error):
        result.conflicts, result.changes, result.changed = None, [], 0
    finally:
        if scratch is None:
            copy.conn.close()


Touched = dict[tuple[str, str], dict[str, tuple]]   # (table, id) -> field -> (hlc, replica, value)


def _touched(incoming: list) -> Touched:
    """The records the rows change, each field with its newest incoming version."""
    touched: Touched = {}
    for row in incoming:
        fields = touched.setdefault((row[0], row[1]), {})
        if row[2] not in fields or (row[4], row[5]) > fields[row[2]][:2]:
            fields[row[2]] = (row[4], row[5], row[3])
    return touched


def _records_now(conn: sqlite3.Connection,
                 keys: Touched) -> dict[tuple[str, str], dict[str, Any]]:
    """The records as they are before the merge (those that exist)."""
    by_table: dict[str, list[str]] = {}
    for table, record_id in keys:
        by_table.setdefault(table, []).append(record_id)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            cursor = conn.execute(
                f"SELECT * FROM {table} WHERE id IN ({', '.join('?' * len(part))})", part)
            names = [d[0] for d in cursor.description]
            for row in cursor:
                record = dict(zip(names, row))
                found[(table, record["id"])] = record
    return found


def _describe(conn: sqlite3.Connection, result: Preview, conflicts: list[Conflict],
              touched: Touched, before: dict[tuple[str, str], dict[str, Any]]) -> None:
    """Fill in what the merge (just done on `conn`) changed: the conflicts, and
    each record touched with the fields whose value changed and who wrote them
    (when not the sender), conflicts first."""
    result.conflicts = len(conflicts)
    in_conflict = {(c.table, c.record_id) for c in conflicts}
    hiders = {(c.table, c.record_id) for c in conflicts
              if c.kind in sync_conflicts.HIDING_FIELDS}
    if hiders:      # work a delete or retirement hides: its conflict's too
        in_conflict.update(k for k in touched if k[0] in OWNED_TABLES and any(
            o in hiders for o in hiding_owners(conn, *k)))
    order = {t: n for n, t in enumerate(sync_conflicts.TABLE_LABELS)}
    keys = sorted(touched, key=lambda k: (k not in in_conflict, order.get(k[0], 99), k[1]))
    result.changed = len(keys)
    changes = []
    for key in keys[:NAMED_CHANGES]:
        new = key not in before
        old = before.get(key, {})
        schema = RECORD_TABLES.get(key[0], ())
        fields = () if new else tuple(
            _field_word(f, v[2]) for f, v in sorted(
                touched[key].items(),
                key=lambda i: schema.index(i[0]) if i[0] in schema else 99)
            if f not in SKIPPED_FIELDS and v[2] != old.get(f))
        writers = {v[1] for v in touched[key].values()} - {result.sender}
        changes.append(PreviewChange(
            key[0], key[1], sync_conflicts.record_label(conn, *key), fields, new,
            key in in_conflict, tuple(sorted(writers))))
    result.changes = sorted(changes, key=lambda c: (
        not c.conflict, order.get(c.table, 99), c.label.casefold()))


def _field_word(name: str, value: Any) -> str:
    if name == "deleted":
        return "deleted" if value else "restored"
    if name == "retired":
        return "retired" if value else "reinstated"
    return name


def import_package(store: Store, path: Path, *, backup: Callable[[], Path] | None,
                   progress: Progress | None = None,
                   package: Package | None = None) -> ImportReport:
    """Import a package file (or one already read and validated from it)."""
    _step(progress, "Läser och kontrollerar paketet", 0.0)
    ensure_bookkeeping(store)
    package = _read_for(store, path, package)
    report = ImportReport(Path(path), package.sender, _sender_name(package),
                          package.manifest.get("created_at", ""), rows=len(package.rows))
    if package.sender == store.replica_id:
        report.skipped = "self"
        return report
    if store.read_only:
        raise PackageError("Arbetsytan är öppnad skrivskyddad; paketet kan inte importeras.")
    seen = seen_vector(store.conn)
    if _gaps(package, seen):
        # A refusal changes nothing, not even the bookkeeping: nothing has to be
        # learnt from a package that waits. Only addressed packages can wait (a
        # package without a recipient carries everything), and what the sender
        # needs to know to heal it comes with our next package to it: a sync folder
        # reads every copy's vector off its package there (see SyncMixin.sync_folder).
        raise PackageGapError(
            f"Synkpaketet från {_sender_name(package)} bygger på ändringar som den här kopian "
            "inte har fått ännu. Importera först de paket som kom före det, eller be "
            "avsändaren om ett fullständigt paket.")
    incoming = new_rows(package.rows, seen, store.conn,
                        store.replica_id if package.full else None)
    if not incoming:
        report.skipped = "already"
        _guarded(store, lambda conn: _remember(conn, package, 0, store))
        return report
    if backup is not None:
        _step(progress, "Säkerhetskopierar arbetsytan", 0.1)
        try:
            report.backup = backup()
        except (OSError, sqlite3.Error) as exc:
            raise PackageError("Kunde inte göra en säkerhetskopia före importen, så inget "
                               f"importerades: {os_error_text(exc)}") from None
    _step(progress, "Tillämpar ändringarna", 0.2)

    def apply(conn: sqlite3.Connection) -> None:
        merged = _merge(conn, store, package, incoming, seen, store.clock, path, progress)
        _remember(conn, package, merged.applied.new, store)
        report.new, report.records = merged.applied.new, merged.applied.records
        report.conflicts = merged.conflicts
        report.reasserted = len(merged.lost)
        report.clock_ahead = _clock_ahead(incoming, merged.judge)

    _guarded(store, apply)
    _step(progress, "Klart", 1.0)
    return report


@dataclass
class _Merged:
    applied: Any
    conflicts: list[Conflict]
    lost: list
    judge: sync_conflicts.ClockJudge


def _merge(conn: sqlite3.Connection, store: Store, package: Package, incoming: list,
           seen: dict[str, int], clock, path: Path,
           progress: Progress | None = None) -> _Merged:
    """Apply a package's new rows and find what they bring into conflict (inside
    the import's transaction; a preview runs it too, on a copy in memory)."""
    applied = apply_rows(conn, incoming, progress=progress, name=Path(path).name,
                         seen=seen)
    clock.observe(max(r[4] for r in incoming))
    # A record deleted (or retired) on one copy while another changed it (or what
    # it hides): the delete stays, and the edit is made visible to every copy
    # (sync_conflicts.deleted_edits).
    lost = sync_conflicts.reassert_lost_edits(
        conn, applied.deleted, seen, package.seen, store.replica_id, clock)
    hiding = list(applied.deleted)
    for record in dict.fromkeys(lost):
        hiding += [o for o in hiding_owners(conn, *record) if o not in hiding]
    judge = sync_conflicts.ClockJudge(conn, {**seen, **package.seen})
    clock_ahead = {k: v for k, v in applied.winners.items() if judge.blamed(*v)}
    conflicts = [c for k in applied.multi
                 for c in sync_conflicts.field_conflicts(conn, k, clock_ahead.get(k), judge)]
    deleted = sync_conflicts.deleted_conflict_keys(conn, hiding)
    conflicts += [c for k in deleted if k not in applied.multi
                  for c in sync_conflicts.field_conflicts(conn, k, None, judge)
                  if c.kind in sync_conflicts.HIDING_FIELDS]
    # Watch every field with concurrent versions, also those whose values
    # agree today: a later edit on a copy that held only one of them makes
    # the other a conflict, and every copy must then show it alike. Likewise
    # every retirement hiding work it did not know of, also work that another
    # retirement's conflict names today (it moves here when that one is answered).
    watched = {(c.table, c.record_id, c.field) for c in conflicts}
    watched.update(k for k in applied.multi if sync_conflicts.has_open_siblings(conn, k))
    watched.update(deleted)
    sync_conflicts.flag(conn, sorted(watched), clock_ahead)
    return _Merged(applied, conflicts, lost, judge)


def _read_for(store: Store, path: Path, package: Package | None = None) -> Package:
    package = package or read_package(path)
    if package.workspace_id != store.workspace_id:
        other = package.manifest.get("workspace_name") or "okänd"
        raise PackageError(f"Synkpaketet hör till en annan arbetsyta (”{other}”) och kan "
                           "inte importeras hit.")
    return package


def _gaps(package: Package, seen: dict[str, int]) -> dict[str, int]:
    return {r: h for r, h in package.base.items() if h > seen.get(r, 0)}


def _guarded(store: Store, work: Callable[[sqlite3.Connection], Any]) -> None:
    """One transaction; a failure (disk full, read-only file) is a refusal that
    leaves the workspace as it was."""
    try:
        with store.transaction() as conn:
            work(conn)
    except PackageError:
        raise
    except StoreError as exc:
        raise PackageError(f"Importen avbröts och inget ändrades: {exc}") from None
    except sqlite3.IntegrityError:
        raise PackageError("Synkpaketet hänvisar till poster som saknas eller motsäger "
                           "arbetsytan; inget importerades.") from None
    except (sqlite3.Error, OSError) as exc:
        raise PackageError("Importen avbröts och inget ändrades: "
                           f"{os_error_text(exc)}") from None


def _remember(conn: sqlite3.Connection, package: Package, new: int, store: Store) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO sync_received (package_id, sender, created_at, imported_at, "
        "rows, new_rows) VALUES (?, ?, ?, ?, ?, ?)",
        (package.package_id, package.sender, package.manifest.get("created_at"), now_text(),
         len(package.rows), new))
    _remember_peer(conn, package, store.clock.last)
    _remember_names(conn, package, store.replica_id)


def _remember_names(conn: sqlite3.Connection, package: Package, me: str) -> None:
    """The names the package passes on, each kept while no newer one of that copy
    has come (see newest_names). Not the sender's (its package says it, in
    sync_peers) nor ours (ours is chosen here). Only a name: the copy does not
    become a known copy, as nothing says what it lacks."""
    learned_at = now_text()
    conn.executemany(
        "INSERT INTO sync_names (replica, name, stamp, via, learned_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (replica) DO UPDATE SET name = excluded.name, stamp = excluded.stamp, "
        "via = excluded.via, learned_at = excluded.learned_at "
        "WHERE excluded.stamp > sync_names.stamp",
        [(replica, name, stamp, package.sender, learned_at)
         for replica, (name, stamp) in _names_carried(package).items()
         if replica not in (me, package.sender)])


def _remember_peer(conn: sqlite3.Connection, package: Package, our_clock: int) -> None:
    """What the sender has seen, from its newest package (a stale one teaches nothing)."""
    conn.execute(
        "INSERT INTO sync_peers (peer, name, stamp, created_at, seen, last_import_at, "
        "first_heard) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (peer) DO UPDATE SET "
        "name = excluded.name, stamp = excluded.stamp, created_at = excluded.created_at, "
        "seen = excluded.seen, last_import_at = excluded.last_import_at, kind = 'peer' "
        "WHERE excluded.stamp >= sync_peers.stamp",
        (package.sender, package_copy_name(package.manifest.get("sender_name")),
         package.manifest["stamp"],
         package.manifest.get("created_at"), json.dumps(package.seen), now_text(), our_clock))


def _record_counts(rows: list) -> dict[str, int]:
    records: dict[str, set[str]] = {}
    for row in rows:
        records.setdefault(row[0], set()).add(row[1])
    return {t: len(ids) for t, ids in records.items()}


def _clock_ahead(rows: list, judge: sync_conflicts.ClockJudge) -> dict[str, float]:
    """replica -> hours ahead of our wall clock, for the copies whose own clock
    stamped versions more than a day ahead (not those it dragged along)."""
    ahead: dict[str, float] = {}
    if not rows or max(map(itemgetter(4), rows)) <= judge.limit:
        return ahead
    for row in rows:
        if row[4] > judge.limit and judge.blamed(row[4], row[5]):
            hours = (physical_ms(row[4]) - judge.now_ms) / 3_600_000
            ahead[row[5]] = max(ahead.get(row[5], 0.0), round(hours, 1))
    return ahead


def _step(progress: Progress | None, text: str, fraction: float) -> None:
    if progress is not None:
        progress(text, fraction)
