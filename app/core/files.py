"""Putting a finished file in place: the last step of every atomic write.

Everything Vårdfläta writes (a workspace joined from a package, a backup, a
sync package, a report, a CSV file, the replica marks) is written under a
temporary name and then renamed over its target, so that a crash or a full
disk leaves the old file or the new one, never half of one.

On Windows the rename can fail for a moment because another program holds the
target or the new file: an antivirus scanner or the search indexer reading a
file just written, a backup client. Those let go within a second, so the
rename is tried again before giving up. A target that stays open (a report
still open in the PDF reader) fails after the retries with an error that
`in_use` recognises, so that the message can say what to do.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

# Windows' "access denied", "sharing violation" and "lock violation": what a
# rename meets while another program holds either file, so worth a retry.
# Only the last two say for certain that the file is open elsewhere; "access
# denied" is also Windows' plain "no permission".
_MAY_LET_GO = (5, 32, 33)
_HELD = (32, 33)
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.3, 0.4)   # about 1 s in all


def in_use(exc: BaseException) -> bool:
    """A Windows error that says another program holds the file: a sharing or
    lock violation, or "access denied" replacing a file that exists (a
    report open in the PDF reader), which replace_file marks."""
    return getattr(exc, "winerror", None) in _HELD or getattr(exc, "held_open", False)


def replace_file(source: str | Path, target: str | Path) -> None:
    """os.replace(source, target), tried again for about a second while
    another program holds one of them (Windows only; elsewhere the first
    error is final). The last error is raised, and `source` is left as it was."""
    for delay in RETRY_DELAYS:
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if getattr(exc, "winerror", None) not in _MAY_LET_GO:
                raise
        time.sleep(delay)
    try:
        os.replace(source, target)
    except PermissionError as exc:
        if getattr(exc, "winerror", None) == 5 and os.path.exists(target):
            exc.held_open = True    # refused a second long over a file that is there
        raise


def file_slug(text: str, limit: int | None = None) -> str:
    """A name as part of a file name: lower case, its words joined by '-', in
    plain ASCII (å, ä, ö as a, a, o; "piteå älvdal" as "pitea-alvdal"), which
    every mail program, USB stick (FAT32) and file server keeps as it is. With
    `limit`, at most that many characters, cut between words where it can be.
    "" when nothing is left (a name in another script)."""
    import unicodedata

    # Words apart first: a dash or a sign between two words ("Luleå–Boden") is
    # no ASCII, and dropped with the accents it ran them together ("luleaboden").
    text = "".join(c if c.isalnum() else " " for c in text.lower().translate(_UNDECOMPOSED))
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = "-".join("".join(c if c.isalnum() else " " for c in plain).split())
    if limit is not None and len(slug) > limit:
        cut = slug[:limit + 1].rfind("-")
        slug = slug[:cut] if cut > limit // 2 else slug[:limit].rstrip("-")
    return slug


# Letters that are no letter with a mark, so NFKD leaves them whole.
_UNDECOMPOSED = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "ł": "l",
                               "đ": "d", "ð": "d", "þ": "th"})
