"""File exchange on the facade: export, import and join packages, conflicts, sync folder.

A mixin of `app.workspace.Workspace`, kept in its own module so the facade
stays small; it uses the facade's `_store`, `_listeners` and `backup()`.

    ws.export_package("till-alla.vardsync")               # everything: any copy can take it
    ws.export_package("till-kiruna.vardsync", peer=ws.find_copy("Kiruna").replica)
    report = ws.import_package("från-kiruna.vardsync")   # report.conflicts
    for conflict in ws.conflicts():
        ws.resolve_conflict(conflict, keep=True)
    ws.sync_folder("/media/usb/synk")
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.files import file_slug, replace_file
from app.core.schema import WRITTEN_TOGETHER
from app.core.store import Store, StoreError, delete_files, os_error_text
from app.core.sync_deletes import HIDING_FIELDS, hiding_owners

if TYPE_CHECKING:
    from app.core.sync_conflicts import Conflict
    from app.core.sync_exchange import ExportResult, FolderReport, ImportReport, KnownCopy, Preview
    from app.workspace import Workspace

# The exchange machinery (zip, hashing, JSON validation) is imported by the
# methods that use it, so opening a workspace for the matrix does not load it.

Progress = Callable[[str, float], None]
__all__ = ["SyncMixin"]


def _remove_lock_file(path: Path) -> None:
    from app.core.store import lock_path

    try:
        lock_path(path).unlink(missing_ok=True)
    except OSError:
        pass


def _remove_unfinished(path: Path) -> None:
    """What a join cut short left at `path`; LockedError while a join still
    builds it (never another program's file in progress)."""
    from app.core.store import remove_workspace

    if any(Path(f"{path}{s}").exists() for s in ("", "-journal", "-wal")):
        remove_workspace(path)


# A copy's package in a sync folder: "vardflata-<copy's name>-<end of its id>.vardsync"
# (SyncMixin.outgoing_name), in plain ASCII: every USB stick (FAT32), Windows
# and file server keeps it, whatever the copy is called.
_PREFIX, _SUFFIX = "vardflata-", ".vardsync"
SLUG_LIMIT = 40     # the name's part; a package name stays under 70 characters


def _legacy_name(replica: str) -> str:
    """A copy's package as named before names were in it (and still, unnamed)."""
    return f"{_PREFIX}{replica}{_SUFFIX}"


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: also on a folder that ignores case
    (a FAT32 stick, macOS, Windows), where a name differing only in case is the
    package just written, never an old one to remove."""
    if a.name.casefold() == b.name.casefold() and a.parent == b.parent:
        return True
    try:
        return a.samefile(b)
    except OSError:
        return False


def _folder_manifests(folder: Path) -> list[tuple[Path, dict[str, Any] | None]]:
    """The packages in a sync folder by name, each with its manifest (None: it
    cannot be read); hidden files (a sync service's temporary ones) left out."""
    from app.sync import SUFFIX, PackageError, read_manifest

    found: list[tuple[Path, dict[str, Any] | None]] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if path.name.startswith("."):
            continue
        try:
            found.append((path, read_manifest(path)))
        except PackageError:
            found.append((path, None))
    return found


class SyncMixin:
    """Methods of Workspace for sync by exchanging files (issue 4)."""

    _store: Store
    _listeners: list

    # -- who am I, what have I seen ---------------------------------------------

    @property
    def copy_name(self) -> str:
        from app.core import sync_exchange

        return sync_exchange.copy_name(self._store)

    @property
    def chosen_copy_name(self) -> str:
        """The copy's name as someone set it, or "" (then it goes by the computer's)."""
        return self._store.meta("copy_name") or ""

    @property
    def copy_name_chosen(self) -> bool:
        """The copy's name was set by someone (else it is the computer's name)."""
        return bool(self.chosen_copy_name)

    def set_copy_name(self, name: str) -> None:
        """Name this copy; listeners hear of it as table "copy" (a window's title)."""
        from app.core.sync_exchange import clean_copy_name

        old, name = self.chosen_copy_name, clean_copy_name(name)
        with self._store.transaction():
            # The clock moves on (saved with the name) from the newest time the
            # file holds (a worker may have moved it), and the name keeps that
            # stamp: every package names this copy with it, so copies that hear
            # both an old and a new name, directly or passed on, keep the newer
            # (newest_names), also after a rename back.
            self._observe_saved_clock()
            stamp = self._store.clock.tick()
            self._store.set_meta("copy_name", name)
            self._store.set_meta("copy_name_stamp", str(stamp))
        for listener in list(self._listeners):
            listener("copy", self.replica_id, {"name": (old, self.chosen_copy_name)})

    def copy_names(self) -> dict[str, str]:
        """replica -> the name of the copy: those we have had packages from, those
        their packages named (each copy's newest name), and us."""
        from app.core import sync_exchange

        sync_exchange.ensure_bookkeeping(self._store)
        names = sync_exchange.copy_names(self._store)
        names[self.replica_id] = "den här kopian"
        return names

    def known_copies(self) -> list[KnownCopy]:
        """The copies this one has had packages from (a package can be addressed to
        them), the most recently heard first."""
        from app.core import sync_exchange

        return sync_exchange.known_copies(self._store)

    def find_copy(self, text: str) -> KnownCopy:
        """A known copy by name or the start of its replica id (PackageError if none
        or several match)."""
        from app.core import sync_exchange

        return sync_exchange.find_copy(self._store, text)

    def sync_seen(self) -> dict[str, int]:
        """This copy's version vector: replica -> highest hlc held."""
        from app.core.sync_merge import seen_vector

        return seen_vector(self._store.conn)

    # -- packages ----------------------------------------------------------------

    def export_package(self, path: str | Path, *, full: bool = False,
                       peer: str | None = None) -> ExportResult:
        """Write a package: everything, so that any copy can take it (a new one can
        start from it), or, addressed to a known copy (`peer`: its replica id, see
        `known_copies`), only what that copy lacks."""
        from app.core import sync_exchange

        return sync_exchange.export(self._store, self.name, Path(path), full=full, peer=peer)

    def preview_package(self, path: str | Path) -> Preview:
        """What a package would bring (PackageError if bad). The workspace file is
        only read: the import is tried on a copy in memory, so the file is never
        locked for writing and nothing changes, inside a transaction too."""
        from app.core import sync_exchange

        return sync_exchange.preview(self._store, Path(path))

    def preview_packages(self, paths: list[Path]) -> list[Preview | tuple[str, str]]:
        """Previews of packages imported one after the other (a sync folder's, in
        `folder_packages` order), each as it would come after those before it: their
        new changes and conflicts add up to what the import does. A package that
        cannot be read is (its file name, why)."""
        from app.core import sync_exchange
        from app.sync import PackageError

        previews: list[Preview | tuple[str, str]] = []
        scratch = None
        try:
            if paths and not self._store.read_only:
                sync_exchange.ensure_bookkeeping(self._store)
                try:
                    scratch = sync_exchange.scratch_copy(self._store)
                except (StoreError, sqlite3.Error):
                    scratch = None      # each previewed on its own (or not known)
            for path in paths:
                try:
                    previews.append(sync_exchange.preview(self._store, Path(path),
                                                          scratch=scratch))
                except PackageError as exc:
                    if Path(path).exists():   # gone meanwhile: a copy replaced its own
                        previews.append((Path(path).name, str(exc)))
        finally:
            if scratch is not None:
                scratch.conn.close()
        return previews

    def import_package(self, path: str | Path, *, progress: Progress | None = None,
                       backup: bool = True, _package: Any = None) -> ImportReport:
        """Validate, back up, then apply a package in one transaction."""
        from app.core import sync_exchange

        report = sync_exchange.import_package(
            self._store, Path(path), backup=self.backup if backup else None,
            progress=progress, package=_package)
        if report.new:
            self._after_remote_changes()
        return report

    @classmethod
    def join(cls, new_path: str | Path, package_path: str | Path, *,
             progress: Progress | None = None) -> "Workspace":
        """Start a new copy of a workspace from a full package."""
        from app.sync import PackageError, read_package

        new_path, package = Path(new_path), read_package(package_path)
        if not package.full:
            raise PackageError(
                "Paketet innehåller bara det som en viss kopia saknade. En ny kopia behöver "
                "ett fullständigt paket: exportera utan mottagare.")
        if new_path.exists():
            raise StoreError(f"Filen finns redan: {new_path}")
        # Built under another name and renamed once whole: a join cut short (a
        # kill, a pulled stick) left an empty file that looked like a workspace
        # and stood in the way of the next try (robustness review).
        building = new_path.with_name(new_path.name + ".joining")
        _remove_unfinished(building)
        store = Store.open(building, create=True, workspace_id=package.workspace_id)
        try:
            store.set_meta("name", package.manifest.get("workspace_name") or new_path.stem)
            store.set_meta("county_name", package.manifest.get("county_name") or None)
            # A new file: a rollback journal writes the log once into the file, where
            # WAL would write it twice (WAL, then checkpoint). Still all or nothing.
            store.conn.execute("PRAGMA journal_mode = DELETE")
            cls(store).import_package(package_path, progress=progress, backup=False,
                                      _package=package)
            store.make_home(new_path)
            store.close()                      # one file, no WAL beside it
            if new_path.exists():
                raise StoreError(f"Filen finns redan: {new_path}")
            try:
                replace_file(building, new_path)
            except OSError as exc:
                raise StoreError(f"Den nya kopian kunde inte sparas som {new_path.name}: "
                                 f"{os_error_text(exc)}.") from None
            _remove_lock_file(building)        # Windows keeps lock files at release
        except BaseException:
            store.close()
            delete_files(building)             # its lock went with close()
            raise
        return cls.open(new_path)

    def forget_written_over_personnummer(self) -> int:
        """Blank personnummer in this copy's log where a text was written over
        (after Ta bort personnumret); content and sync are unchanged. Returns
        how many old values were blanked."""
        from app.core import sync_exchange

        return sync_exchange.forget_written_over_personnummer(self._store)

    # -- conflicts ---------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """Open conflicts (concurrent versions that lost), oldest first."""
        from app.core import sync_conflicts, sync_exchange

        sync_exchange.ensure_bookkeeping(self._store)
        found, closed = sync_conflicts.open_conflicts(self._store.conn)
        if closed and not self._store.read_only:
            with self._store.transaction() as conn:
                conn.executemany("DELETE FROM sync_conflict_fields WHERE tbl = ? AND "
                                 "record_id = ? AND field = ?", closed)
        return found

    def merge_conflict(self, conflict: Conflict) -> str:
        """Keep both texts of a text field's conflict (`sync_conflicts.can_merge`):
        the current one, a blank line, the other one (`merged_text`), written as
        a resolution like the others (a new version that follows both, so the
        conflict closes on every copy it reaches). Returns the text written."""
        from app.core import sync_conflicts

        if not sync_conflicts.can_merge(conflict):
            raise StoreError("Bara två texter kan slås ihop; välj ett av värdena.")
        merged = sync_conflicts.merged_text(conflict.kept, conflict.other)
        self.resolve_conflict(conflict, keep=False, _value=merged)
        return merged

    def resolve_conflict(self, conflict: Conflict, *, keep: bool,
                         _value: Any = None) -> None:
        """Keep the current value or take the other one. Either way a new version that
        follows the rejected one, so the conflict closes on every copy it reaches.
        (`_value`: a third value written as taking the other one is, from
        `merge_conflict`.)"""
        from app.core import sync_conflicts

        key = (conflict.table, conflict.record_id, conflict.field)
        current = [c for c in sync_conflicts.field_conflicts(self._store.conn, key)
                   if c.other_version == conflict.other_version]
        winner = self._store.conn.execute(
            "SELECT hlc, replica FROM changes WHERE tbl = ? AND record_id = ? AND field = ? "
            "ORDER BY hlc DESC, replica DESC LIMIT 1", key).fetchone()
        if tuple(winner or ()) != conflict.kept_version or not (current or conflict.clock_ahead):
            raise StoreError("Konflikten har redan ändrats. Öppna listan på nytt.")
        if conflict.kind in HIDING_FIELDS:
            # Still deleted (retired): a delete after every change of the record.
            # Restored: `deleted` (`retired`) 0 after it, the record with its changes.
            versions = {conflict.field: (conflict.kept if keep else 0, conflict.kept_version)}
            self._store.clock.observe(conflict.other_version[0])
        elif conflict.field in WRITTEN_TOGETHER.get(conflict.table, ()):
            versions = self._chosen_together(conflict, keep)
        else:
            versions = {conflict.field: (conflict.kept, conflict.other_version) if keep
                        else (conflict.other, conflict.kept_version)}
        if _value is not None and conflict.kind == "field":
            # A merge follows the kept version here and the other one below (as
            # taking the other value does), so that neither is left open.
            versions = {conflict.field: (_value, conflict.kept_version)}
        # Taking the other value follows the kept version, which closes it; the
        # other version is closed by a first write of its value after it (this
        # copy's later write replaces it: sync_merge.open_siblings). Else, with
        # a third copy's value around, the one taken came back as a conflict.
        taken = {}
        if not keep and conflict.kind not in HIDING_FIELDS:
            for f, (value, _) in versions.items():
                base = self._other_base(conflict, f)
                if base is not None:
                    taken[f] = (value, base)
        old = self._store.get(conflict.table, conflict.record_id) or {}
        with self._store.transaction() as conn:
            if taken:
                self._store.write_versions(conflict.table, conflict.record_id, taken)
            self._store.write_versions(conflict.table, conflict.record_id, versions)
            # Writing a field of a deleted record, or of one that a delete or a
            # retirement hides (a note of a retired organisation's assessment), is
            # itself a change the delete did not know of: every copy shows it, so
            # this one must too.
            record = (conflict.table, conflict.record_id)
            sync_conflicts.flag(conn, sync_conflicts.deleted_conflict_keys(
                conn, [record, *hiding_owners(conn, *record)]))
        self._after_remote_changes()
        for listener in list(self._listeners):
            listener(conflict.table, conflict.record_id,
                     {f: (old.get(f), value) for f, (value, _) in versions.items()})

    def _other_base(self, conflict: Conflict, fld: str) -> tuple | None:
        """The other side's version of a field, when it has one (a proportion's
        three numbers were written as one version)."""
        row = self._store.conn.execute(
            "SELECT hlc, replica FROM changes WHERE tbl = ? AND record_id = ? AND field = ? "
            "AND hlc = ? AND replica = ?",
            (conflict.table, conflict.record_id, fld, *conflict.other_version)).fetchone()
        return tuple(row) if row else None

    def _chosen_together(self, conflict: Conflict, keep: bool) -> dict[str, tuple]:
        """A proportion's numbers are one value (Store.write's `together`): choosing
        one of them chooses all three from the same side, in one version, each
        following the version it replaces; a field whose two sides agree is
        written too, or an edit of it elsewhere meanwhile would mix in."""
        from app.core import sync_conflicts

        store, table, record_id = self._store, conflict.table, conflict.record_id
        current = store.get(table, record_id) or {}
        versions = {}
        for fld in WRITTEN_TOGETHER[table]:
            found = conflict if fld == conflict.field else next(
                (c for c in sync_conflicts.field_conflicts(store.conn, (table, record_id, fld))
                 if c.other_version == conflict.other_version and c.kind == "field"), None)
            if found is not None:
                versions[fld] = ((found.kept, found.other_version) if keep
                                 else (found.other, found.kept_version))
                continue
            value = current.get(fld)
            if not keep:        # the other side's value of it, as it was written with the rest
                row = store.conn.execute(
                    "SELECT value FROM changes WHERE tbl = ? AND record_id = ? AND field = ? "
                    "AND hlc = ? AND replica = ?", (table, record_id, fld,
                                                   *conflict.other_version)).fetchone()
                value = row[0] if row else value
            versions[fld] = (value, store.last_version(table, record_id, fld))
        return versions

    # -- sync folder -------------------------------------------------------------

    @property
    def sync_folder_path(self) -> Path | None:
        folder = self._store.meta("sync_folder")
        return Path(folder) if folder else None

    def set_sync_folder(self, folder: str | Path | None) -> None:
        """Point this copy at a shared folder (per copy: not synced)."""
        self._store.set_meta("sync_folder", str(Path(folder).resolve()) if folder else None)

    def outgoing_name(self, folder: str | Path | None = None) -> str:
        """This copy's package in a sync folder, named after the copy for those who
        look into the folder: "vardflata-kiruna-laptop-3f9a1c2e.vardsync", the
        copy's name (copy_name) in plain ASCII, then the end of its replica id, so
        that two copies of one name write two files. (The end: a replica id is a
        UUIDv7, whose start is the time it was made, alike for copies made in the
        same minute.) A copy whose name has no letter or digit to keep goes by its
        whole id: "vardflata-<replica id>.vardsync", the name before copies had
        theirs in it. With `folder`: the name there, which is the whole id too
        after the name when another file holds the short one (another copy's,
        their ids ending alike; or one that cannot be read, never written over)."""
        names = self._package_names()
        if folder is None:
            return names[0]
        return self._name_in(names, _folder_manifests(Path(folder)))

    def _package_names(self) -> tuple[str, str]:
        """This copy's package name in a sync folder, then the one it goes by when
        another file has that (the whole replica id)."""
        slug = file_slug(self._name_for_files(), SLUG_LIMIT)
        if not slug:
            return (_legacy_name(self.replica_id),) * 2
        return (f"{_PREFIX}{slug}-{self.replica_id[-8:]}{_SUFFIX}",
                f"{_PREFIX}{slug}-{self.replica_id}{_SUFFIX}")

    def _name_for_files(self) -> str:
        """The copy's name as its packages give it (sync_exchange.copy_name: set
        by someone, else the computer's); "" when it has none (where copy_name
        falls back to the start of the id, the file name has the whole id)."""
        import socket

        return self.chosen_copy_name or socket.gethostname() or ""

    def _name_in(self, names: tuple[str, str], found: list[tuple[Path, Any]]) -> str:
        """The first of `names` free in a folder (`found`: _folder_manifests) or
        held by a package of ours; the first if none is."""
        ours = {p.name for p, m in found if self._sent_by_us(m)}
        present = {p.name for p, _ in found}
        return next((n for n in names if n not in present or n in ours), names[0])

    def _sent_by_us(self, manifest: dict[str, Any] | None) -> bool:
        """A package's manifest (None: it cannot be read) names this copy as sender."""
        return manifest is not None and manifest["sender"] == self.replica_id

    def _is_own(self, path: Path, manifest: dict[str, Any] | None) -> bool:
        """A package of this copy in a sync folder, under any name it had: its
        sender says so; one that cannot be read, by a name only this copy uses."""
        if manifest is not None:
            return self._sent_by_us(manifest)
        return path.name in {*self._package_names(), _legacy_name(self.replica_id)}

    def sync_folder(self, folder: str | Path | None = None, *,
                    progress: Progress | None = None) -> FolderReport:
        """Import every new package of the other copies, then write our own."""
        from app.core.sync_exchange import FolderReport
        from app.sync import PackageError, PackageGapError

        if folder is not None:
            self.set_sync_folder(folder)
        target = self.sync_folder_path
        if target is None:
            raise StoreError("Ingen synkmapp är vald.")
        if not target.is_dir():
            raise PackageError(f"Synkmappen finns inte eller går inte att nå: {target}")
        report = FolderReport(target)
        candidates = self.folder_packages(target)
        backed_up = False
        for number, path in enumerate(candidates):
            if progress is not None:
                progress(f"Läser {path.name}", number / (len(candidates) + 1))
            try:
                result = self.import_package(path, backup=not backed_up)
            except PackageGapError:
                report.waiting.append(path.name)
                continue
            except PackageError as exc:
                # Gone since the folder was read: another copy renamed, its
                # package replaced (or one read twice by a sync service). Its
                # newest package is there, or comes with the next round.
                if path.exists():
                    report.refused.append((path.name, str(exc)))
                continue
            backed_up = backed_up or result.backup is not None
            if not result.skipped:
                report.imported.append(result)
        if progress is not None:
            progress("Skriver det egna paketet", len(candidates) / (len(candidates) + 1))
        try:
            report.exported = self._write_outgoing(target)
        except StoreError as exc:   # e.g. a read-only or full folder: imports stand
            report.export_error = str(exc)
        return report

    def _write_outgoing(self, folder: Path) -> ExportResult | None:
        """Our package in the folder: the difference against what every copy that
        writes to the folder has (read off its own package there). A copy new to
        the folder may find the others' packages waiting in its first round; its
        own package then tells them what it has, and their next ones fill the gap.
        Rewritten only when it would say something new (a new package id makes
        every other copy read it again).

        Our packages under other names (the copy renamed, or one from before
        copies' names were in them) go once the one under today's name is in
        place: never before, so that the folder always has one. One that cannot
        be removed (a read-only folder, a file held open) stays until the next
        sync; the others read it as an older package of ours (folder_packages)."""
        from app.core import sync_exchange

        found = self._without_damaged_own(_folder_manifests(folder))
        path = folder / self._name_in(self._package_names(), found)
        seen, vectors = self.sync_seen(), self._vectors(found)
        base = sync_exchange.least_base(vectors, seen)
        old = next((m for p, m in found if p == path and self._sent_by_us(m)), None)
        result = None
        if (old is None or old["seen"] != seen or old["base"] != base
                or sync_exchange.names_changed(self._store, old)):
            result = sync_exchange.export(self._store, self.name, path, recipients=vectors)
        for other, manifest in found:   # one that cannot be read is left alone
            if self._sent_by_us(manifest) and not _same_file(other, path):
                try:
                    other.unlink()
                except OSError:
                    pass        # tried again at the next sync
        return result

    def _without_damaged_own(self, found: list[tuple[Path, Any]]) -> list[tuple[Path, Any]]:
        """`found` with our own packages that cannot be read removed from the folder
        (and the list): one under a name only this copy writes was ours, cut short
        (a USB stick pulled, a share dropped). Left there, every other copy would
        refuse it at every round and this copy would write under another name;
        one that cannot be removed stays listed, and the name goes round it."""
        kept = []
        for path, manifest in found:
            if manifest is None and self._is_own(path, None):
                try:
                    path.unlink()
                    continue
                except OSError:
                    pass
            kept.append((path, manifest))
        return kept

    def folder_vectors(self, folder: str | Path) -> list[dict[str, int]]:
        """What each other copy writing to the folder has seen, from its newest
        package there (a copy silent for STALE_DAYS no longer counts; if it comes
        back, its first package says what it has)."""
        return self._vectors(_folder_manifests(Path(folder)))

    def _vectors(self, found: list[tuple[Path, Any]]) -> list[dict[str, int]]:
        from datetime import datetime, timedelta, timezone

        from app.core.sync_exchange import STALE_DAYS

        cutoff = (datetime.now(timezone.utc) - timedelta(days=STALE_DAYS)).isoformat(
            timespec="seconds")
        newest: dict[str, tuple[int, dict[str, int]]] = {}
        for _, manifest in found:
            if manifest is None:
                continue
            sender = manifest["sender"]
            if (manifest["workspace_id"] != self.workspace_id or sender == self.replica_id
                    or manifest.get("created_at", "") < cutoff):
                continue
            if sender not in newest or manifest["stamp"] > newest[sender][0]:
                newest[sender] = (manifest["stamp"], manifest["seen"])
        return [seen for _, seen in newest.values()]

    def folder_packages(self, folder: str | Path) -> list[Path]:
        """Packages in a folder from other copies of this workspace, not yet imported.
        Ours are known by their sender, under whatever name (the copy renamed).
        A copy's older package beside its newest (left by a copy renamed, which
        could not remove it) comes after all newest ones: imported after the
        newest, it has nothing new and waits for nothing, so it is skipped."""
        from app.core import sync_exchange

        sync_exchange.ensure_bookkeeping(self._store)
        received = {r[0] for r in self._store.conn.execute(
            "SELECT package_id FROM sync_received")}
        found: list[tuple[Path, Any]] = []
        for path, manifest in _folder_manifests(Path(folder)):
            if self._is_own(path, manifest):
                continue
            if manifest is None:
                found.append((path, None))   # import_package reports why
            elif (manifest["workspace_id"] == self.workspace_id
                    and manifest["package_id"] not in received):
                found.append((path, manifest))
        newest: dict[str, int] = {}
        for _, m in found:
            if m is not None:
                newest[m["sender"]] = max(newest.get(m["sender"], 0), m["stamp"])
        found.sort(key=lambda f: f[1] is not None and f[1]["stamp"] < newest[f[1]["sender"]])
        return [path for path, _ in found]

    # -- threads -----------------------------------------------------------------

    def worker_copy(self) -> "Workspace":
        """The same file through a second connection, for a worker thread (SQLite
        connections are not shared between threads). The caller must not write
        through this workspace meanwhile; close the copy when done."""
        conn = Store._connect(self.path, create=False, read_only=self._store.read_only)
        return type(self)(Store(conn, self.path, read_only=self._store.read_only, lock=None))

    def reload_after_worker(self) -> None:
        """Pick up what a worker copy wrote: its clock, and drop cached reads."""
        self._observe_saved_clock()
        self._after_remote_changes()

    def _observe_saved_clock(self) -> None:
        """The clock as saved in the file: a worker's copy may have moved it on."""
        clock = self._store.meta("clock")
        if clock:
            self._store.clock.observe(int(clock))

    def _after_remote_changes(self) -> None:
        self_: Any = self
        self_._rows = self_._columns = None   # the facade's cached catalogue
