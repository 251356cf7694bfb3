"""Sync packages: one file that carries changes from one copy of a workspace to others.

The format is a ZIP archive with exactly two members:

    manifest.json  format name and version, the schema version of the program that
                   wrote it (a field unknown here then means "update the program",
                   not "damaged"), workspace id and name, the sender (replica
                   id and copy name), package id, time, the sender's version vector
                   (`seen`: replica -> highest hlc it holds), the vector it sent the
                   difference against (`base`), what it contains (rows per table),
                   the row count and the SHA-256 and size of changes.json.
    changes.json   [[table, record_id, field, value, hlc, replica, base_hlc,
                   base_replica], ...]: rows of the `changes` log, nothing else.

Why a ZIP of JSON and not a SQLite file: a package travels by e-mail, USB stick and
cloud folders, so it must be one small self-checking file. Deflate shrinks the very
repetitive log about tenfold, every member has a CRC, and the manifest's checksums
catch a file edited and re-zipped. Reading it never hands a foreign file to SQLite's
parser (a crafted database file is a far larger attack surface than JSON rows checked
one by one), and the standard library lets us refuse unsafe member names and
absurd sizes before reading a byte. JSON is parsed in C and readable for support.

`read_package` validates everything (names, sizes, checksums, every row's table,
field, types and version, no change twice, no clock beyond a year ahead) before the
caller touches a workspace; any problem raises `PackageError` with a Swedish
sentence the user understands.

The CRCs and checksums detect damage (a cut-off copy, a flipped bit, a file edited
by hand and re-zipped without care), not deliberate forgery: anyone can recompute a
SHA-256, and an offline program has no keys to sign with. What a forger can do is
therefore bounded by validation instead: only known tables and fields, values
SQLite stores as is, and versions that fit the hybrid clock (`MAX_AHEAD_MS`), so a
hostile file cannot break the recipient's clock or its later edits.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import zipfile
import zlib
from collections import Counter
from itertools import compress, repeat
from operator import itemgetter, lt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.files import in_use, replace_file
from app.core.schema import RECORD_TABLES, SCHEMA_VERSION
from app.core.store import StoreError, os_error_text

FORMAT = "vardflata-sync"
FORMAT_VERSION = 1
SUFFIX = ".vardsync"
MANIFEST, CHANGES = "manifest.json", "changes.json"
MEMBERS = (MANIFEST, CHANGES)

MAX_MANIFEST_BYTES = 1 << 20
MAX_CHANGES_BYTES = 1 << 30       # ~5 million changes; a national workspace is ~40 MB
MAX_RATIO = 200                   # deflated JSON logs shrink ~10x; bombs shrink 1000x
MAX_TEXT = 1_000_000              # characters in one field value
# A version (or the sender's clock) more than a year ahead of the recipient's wall
# clock is impossible for any real computer's clock error worth accepting, and
# versions near 2**63 would make every later local edit overflow SQLite's integer.
MAX_AHEAD_MS = 366 * 24 * 3600 * 1000
_COUNTER_BITS = 16                # app.core.hlc's layout: ms << 16 | counter
_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_REPLICA = re.compile(r"[0-9a-f]{32}")
_INT_MAX = (1 << 63) - 1


class PackageError(StoreError):
    """A sync package that cannot be imported; the message says why, in Swedish."""


class PackageGapError(PackageError):
    """A valid package that needs changes this copy has not received yet."""


@dataclass
class Package:
    """A validated package: its manifest and its change rows (tuples)."""

    path: Path
    manifest: dict[str, Any]
    rows: list[Sequence[Any]] = field(default_factory=list)

    @property
    def workspace_id(self) -> str:
        return self.manifest["workspace_id"]

    @property
    def sender(self) -> str:
        return self.manifest["sender"]

    @property
    def sender_name(self) -> str:
        return self.manifest.get("sender_name") or self.sender[:8]

    @property
    def package_id(self) -> str:
        return self.manifest["package_id"]

    @property
    def base(self) -> dict[str, int]:
        return self.manifest["base"]

    @property
    def seen(self) -> dict[str, int]:
        return self.manifest["seen"]

    @property
    def full(self) -> bool:
        """Carries everything the sender has (can start a new copy)."""
        return not any(self.base.values())


# -- writing ---------------------------------------------------------------------------


def encode_rows(rows: Iterable[Sequence[Any]]) -> bytes:
    """changes.json from rows (the export builds the same text inside SQLite)."""
    try:
        return json.dumps(list(rows), ensure_ascii=False, separators=(",", ":"),
                          allow_nan=False).encode("utf-8")
    except ValueError:
        raise PackageError("Arbetsytan innehåller ett ogiltigt tal och kan inte "
                           "exporteras.") from None


def write_package(path: str | Path, manifest: dict[str, Any], payload: bytes,
                  rows: int) -> int:
    """Write a package atomically (a temporary file renamed into place); returns
    its size. `payload` is changes.json holding `rows` rows; `manifest` gets the
    format fields and the checksums added."""
    path = Path(path)
    manifest = {"format": FORMAT, "format_version": FORMAT_VERSION,
                "schema": SCHEMA_VERSION, **manifest,
                "rows": rows, "changes_size": len(payload),
                "changes_sha256": hashlib.sha256(payload).hexdigest()}
    head = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    partial = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED,
                             compresslevel=1) as archive:
            archive.writestr(MANIFEST, head)
            archive.writestr(CHANGES, payload)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        replace_file(partial, path)
    except OSError as exc:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        raise file_error(exc, path) from None
    return path.stat().st_size


def file_error(exc: OSError, path: Path) -> PackageError:
    """A sentence for the file errors a user can cause while writing or reading."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return PackageError(f"Disken är full: {path.name} kunde inte skrivas. "
                            "Frigör utrymme och försök igen.")
    if in_use(exc):   # Windows: a report still open in the PDF reader, a package OneDrive holds
        return PackageError(f"{path.name} är öppen i ett annat program just nu. Stäng den "
                            "där och försök igen.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PackageError(f"Ingen behörighet att skriva eller läsa {path.name} "
                            "(skrivskyddad fil eller mapp?).")
    if exc.errno == errno.ENOENT:
        return PackageError(f"Filen eller mappen finns inte: {path}")
    return PackageError(f"Filfel för {path.name}: {os_error_text(exc)}")


# -- reading and validation ------------------------------------------------------------

_NOT_A_PACKAGE = "Filen {name} är inget Vårdfläta-synkpaket."
_DAMAGED = ("Synkpaketet {name} är skadat eller ofullständigt (avbruten kopiering?). "
            "Be avsändaren om ett nytt paket.")
_TAMPERED = ("Synkpaketet {name} har ändrats efter att det skapades (kontrollsumman "
             "stämmer inte). Det importeras inte.")


def read_manifest(path: str | Path, *, now_ms: int | None = None) -> dict[str, Any]:
    """The validated manifest only (cheap: for previews and folder scans)."""
    path = Path(path)
    with _open_archive(path) as archive:
        return _load_manifest(archive, path, now_ms)


def read_package(path: str | Path, *, now_ms: int | None = None) -> Package:
    """Read and validate a whole package; raises PackageError. `now_ms`: the
    recipient's clock (default: the wall clock), for the bound on versions."""
    path = Path(path)
    with _open_archive(path) as archive:
        manifest = _load_manifest(archive, path, now_ms)
        payload = _read_member(archive, CHANGES, MAX_CHANGES_BYTES, path)
    if (len(payload) != manifest["changes_size"]
            or hashlib.sha256(payload).hexdigest() != manifest["changes_sha256"]):
        raise PackageError(_TAMPERED.format(name=path.name))
    with _gc_paused():
        rows = _parse_json(payload, path)
        if not isinstance(rows, list) or len(rows) != manifest["rows"]:
            raise PackageError(_TAMPERED.format(name=path.name))
        check_rows(rows, manifest["base"], path.name, max_hlc(now_ms),
                   newer=manifest.get("schema", 0) > SCHEMA_VERSION)
    if Counter(map(itemgetter(0), rows)) != manifest["tables"]:
        raise PackageError(_TAMPERED.format(name=path.name))
    return Package(path, manifest, rows)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Hundreds of thousands of new lists would trigger the cyclic garbage collector
    again and again (it halves the speed of decoding); they hold no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackageError(f"Filen finns inte: {path}") from None
    except IsADirectoryError:
        raise PackageError(_NOT_A_PACKAGE.format(name=path.name)) from None
    except OSError as exc:
        raise file_error(exc, path) from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise PackageError(_not_a_package_or_damaged(path)) from None
    try:
        _check_members(archive, path)
    except BaseException:
        archive.close()
        raise
    return archive


def _not_a_package_or_damaged(path: Path) -> str:
    """A cut-off ZIP still starts like one: say "damaged" rather than "not a package"."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(4)
    except OSError:
        start = b""
    template = _DAMAGED if start == b"PK\x03\x04" else _NOT_A_PACKAGE
    return template.format(name=path.name)


def _check_members(archive: zipfile.ZipFile, path: Path) -> None:
    infos = archive.infolist()
    names = [i.filename for i in infos]
    for name in names:
        if name not in MEMBERS:
            if "/" in name or "\\" in name or ".." in name or ":" in name:
                raise PackageError(f"Synkpaketet {path.name} innehåller filnamn som inte "
                                   f"är säkra ({name[:60]!r}). Det importeras inte.")
            raise PackageError(_NOT_A_PACKAGE.format(name=path.name))
    if sorted(names) != sorted(MEMBERS):
        raise PackageError(_NOT_A_PACKAGE.format(name=path.name))
    for info in infos:
        limit = MAX_MANIFEST_BYTES if info.filename == MANIFEST else MAX_CHANGES_BYTES
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limit or (info.file_size > 1 << 16 and ratio > MAX_RATIO):
            raise PackageError(f"Synkpaketet {path.name} skulle packas upp till en orimlig "
                               "storlek. Det importeras inte.")


def _read_member(archive: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    """Read at most `limit` bytes whatever the header claims (a lying header cannot
    make us inflate a bomb); CRC and length are checked by zipfile at the end."""
    try:
        with archive.open(name) as member:
            data = member.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError,
            RuntimeError):  # RuntimeError: encrypted members
        raise PackageError(_DAMAGED.format(name=path.name)) from None
    except OSError as exc:
        raise file_error(exc, path) from None
    if len(data) > limit:
        raise PackageError(f"Synkpaketet {path.name} skulle packas upp till en orimlig "
                           "storlek. Det importeras inte.")
    return data


def _parse_json(data: bytes, path: Path) -> Any:
    def refuse(_: str) -> None:
        raise ValueError("not a number")

    try:
        return json.loads(data.decode("utf-8"), parse_constant=refuse)
    except (ValueError, RecursionError):
        raise PackageError(_DAMAGED.format(name=path.name)) from None


def max_hlc(now_ms: int | None = None) -> int:
    """The greatest version a package may carry: a year ahead of `now_ms`."""
    if now_ms is None:
        import time

        now_ms = time.time_ns() // 1_000_000
    return min(((now_ms + MAX_AHEAD_MS + 1) << _COUNTER_BITS) - 1, _INT_MAX)


def _clock_error(name: str) -> PackageError:
    return PackageError(
        f"Synkpaketet {name} har ändringar daterade mer än ett år fram i tiden, vilket "
        "ingen rätt ställd klocka ger (klockan på datorn som skapade det, eller på den "
        "här datorn, går fel, eller så har filen ändrats). Det importeras inte.")


def _load_manifest(archive: zipfile.ZipFile, path: Path,
                   now_ms: int | None = None) -> dict[str, Any]:
    manifest = _parse_json(_read_member(archive, MANIFEST, MAX_MANIFEST_BYTES, path), path)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(_NOT_A_PACKAGE.format(name=path.name))
    version = manifest.get("format_version")
    if type(version) is not int:
        raise PackageError(_DAMAGED.format(name=path.name))
    if version > FORMAT_VERSION:
        raise _newer_error(path.name)
    if type(manifest.get("schema", 0)) is not int:
        raise PackageError(_DAMAGED.format(name=path.name))
    ok = (
        _is_replica(manifest.get("workspace_id")) and _is_replica(manifest.get("sender"))
        and _is_replica(manifest.get("package_id"))
        and _is_vector(manifest.get("base")) and _is_vector(manifest.get("seen"))
        and isinstance(manifest.get("tables"), dict)
        and all(type(manifest.get(k)) is int and manifest[k] >= 0
                for k in ("rows", "changes_size", "stamp"))
        and isinstance(manifest.get("changes_sha256"), str)
        and all(isinstance(manifest.get(k, ""), str)
                for k in ("sender_name", "workspace_name", "county_name", "created_at"))
    )
    if not ok:
        raise PackageError(_DAMAGED.format(name=path.name))
    limit = max_hlc(now_ms)
    if manifest["stamp"] > limit or any(
            h > limit for k in ("base", "seen") for h in manifest[k].values()):
        raise _clock_error(path.name)
    return manifest


def _is_replica(value: Any) -> bool:
    return isinstance(value, str) and _REPLICA.fullmatch(value) is not None


def _is_vector(value: Any) -> bool:
    return isinstance(value, dict) and all(
        _is_replica(k) and type(v) is int and 0 <= v <= _INT_MAX for k, v in value.items())


_FIELDS = frozenset((t, f) for t, fields in RECORD_TABLES.items()
                    for f in fields + ("deleted",))
_VALUE_TYPES = {str, int, float, type(None)}


def check_rows(rows: list, base: dict[str, int], name: str, limit: int = _INT_MAX,
               newer: bool = False) -> None:
    """Every row: a known table and field, a plausible id, a value SQLite stores
    as is, a version newer than its base and than the package's base vector and
    at most `limit` (see `max_hlc`); no change (table, record, field, version)
    twice. A field this version does not know, in a package from a newer
    schema (`newer`), asks for an update of the program instead.

    Checked column by column (sets and C-level builtins): a national workspace
    has ~200,000 rows and a row-by-row Python loop would dominate the import.
    """
    if rows and (set(map(type, rows)) != {list} or set(map(len, rows)) != {8}):
        _bad_row(name, "fel form")
    if rows:
        try:
            _check_columns(rows, base, name, limit, newer)
        except TypeError:  # unhashable or unorderable JSON values where ids belong
            _bad_row(name, "fel form")


def _check_columns(rows: list, base: dict[str, int], name: str, limit: int,
                   newer: bool) -> None:
    tables, ids, fields, values, hlcs, replicas, base_hlcs, base_replicas = zip(*rows)
    unknown = set(zip(tables, fields)) - _FIELDS
    if unknown and newer:
        raise _newer_error(name)
    if unknown:
        tbl, fld = map(str, next(iter(unknown)))
        _bad_row(name, f"okänd tabell eller okänt fält ({tbl[:40]}.{fld[:40]})")
    if not all(type(i) is str and _ID.fullmatch(i) for i in set(ids)):
        _bad_row(name, "ogiltigt id")
    if not all(_is_replica(r) for r in set(replicas)):
        _bad_row(name, "ogiltig avsändare")
    if (set(map(type, hlcs)) != {int} or min(hlcs) <= 0 or max(hlcs) > _INT_MAX
            or base and any(h <= base.get(r, 0) for h, r in zip(hlcs, replicas))):
        _bad_row(name, "ogiltig version")
    if max(hlcs) > limit:
        raise _clock_error(name)
    if len(set(zip(tables, ids, fields, hlcs, replicas))) != len(rows):
        _bad_row(name, "samma ändring två gånger")
    kinds = set(map(type, values))
    if not kinds <= _VALUE_TYPES:
        _bad_row(name, "ogiltigt värde")
    for kind, size, most in ((str, len, MAX_TEXT), (int, abs, _INT_MAX)):
        if kind in kinds and max(map(size, _of_type(values, kind))) > most:
            _bad_row(name, "för stort värde")
    from app.core.field_rules import first_bad_field

    bad = first_bad_field(tables, fields, values)
    if bad is not None:
        _bad_row(name, f"ogiltigt värde i {bad}")
    has_base = [b is not None for b in base_hlcs]
    known_bases = list(compress(base_hlcs, has_base))
    if (not all(r is None or _is_replica(r) for r in set(base_replicas))
            or has_base != [r is not None for r in base_replicas]
            or not set(map(type, known_bases)) <= {int}
            or known_bases and min(known_bases) <= 0
            or not all(map(lt, known_bases, compress(hlcs, has_base)))):
        _bad_row(name, "ogiltig tidigare version")


def _of_type(values: tuple, kind: type) -> Iterator:
    """The values of one type, filtered in C (no Python loop per row)."""
    return compress(values, map(isinstance, values, repeat(kind)))


def _newer_error(name: str) -> PackageError:
    return PackageError(f"Synkpaketet {name} är skapat med en nyare version av "
                        "Vårdfläta. Uppdatera programmet för att importera det.")


def _bad_row(name: str, why: str) -> None:
    raise PackageError(f"Synkpaketet {name} innehåller en ogiltig ändring ({why}). "
                       "Det importeras inte.")
