"""What each copy on this computer has already sent: a guard against a file put back.

A workspace file keeps its replica id while it stays at its home (this computer,
this path). An older copy of it put back at that path (by hand, or by an OS or
cloud backup) has lost changes that may already have left in a package; signing
its next change with the same id would leave a hole that other copies cannot
see: whoever gets the new change first counts the lost ones as held
(sync_merge.new_rows) and never takes them. So each export notes here the
highest version of the copy's own changes that left, and a file found below its
mark when opened continues as a new copy (Store._ensure_own_replica).

The marks live outside the workspace, since the workspace is what gets put
back: one small JSON file per user, {replica id: hlc}. They are only a safety
net: a missing, unreadable, corrupt or unwritable file is never an error, and
without it a file put back syncs as it did before there were marks.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from app.core.files import replace_file

ENV = "VARDFLATA_STATE_DIR"
FILE_NAME = "replica-marks.json"
_QUIET = (OSError, ValueError, RuntimeError)   # RuntimeError: Path.home() without a home


def state_dir() -> Path:
    """The per-user folder for state that must survive a workspace file being put back."""
    override = os.environ.get(ENV)
    if override:
        return Path(override)
    if os.name == "nt":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local",
                    "Vardflata")
    base = os.environ.get("XDG_STATE_HOME", "")
    if not os.path.isabs(base):   # the XDG spec: a relative value is to be ignored
        base = Path.home() / ".local" / "state"
    return Path(base, "vardflata")


def sent(replica: str) -> int:
    """The highest version of `replica`'s own changes known to have left (0: none)."""
    return _read().get(replica, 0)


def record_sent(replica: str, hlc: int) -> None:
    """Note that `replica`'s own changes up to `hlc` have left; never lowers a mark
    and never fails (a mark that could not be written only weakens the guard)."""
    try:
        marks = _read()
        if hlc <= marks.get(replica, 0):
            return
        marks[replica] = hlc
        folder = state_dir()
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(folder / FILE_NAME, json.dumps(marks, indent=1, sort_keys=True))
    except _QUIET:
        pass


def _read() -> dict[str, int]:
    try:
        data = json.loads((state_dir() / FILE_NAME).read_text(encoding="utf-8"))
    except _QUIET:    # missing, unreadable, not UTF-8, not JSON
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if type(v) is int}


def _write_atomically(target: Path, text: str) -> None:
    """The whole new file or the old one, never half of one (a crash, a full disk)."""
    import tempfile   # only on export: keeps the start-up path light

    fd, temp = tempfile.mkstemp(prefix=f".{FILE_NAME}-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        replace_file(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise
