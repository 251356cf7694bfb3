"""Stable record ids: UUIDv7 (time-ordered, random), never autoincrement.

Time-ordered ids keep SQLite's B-tree inserts local; the random part makes ids
safe to create on disconnected laptops without coordination.
"""

from __future__ import annotations

import os
import time

# The namespace of our name-based (version 5) ids. The uuid module itself is
# not imported: it pulls in platform and more, and start-up never needs it.
_NAMESPACE = bytes.fromhex("6f1c2f0e6a514d6e9a0e7661f1a9d2b1")


def new_id() -> str:
    """A new UUIDv7 as a 32-character lowercase hex string."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76                       # version 7
    value |= ((rand >> 62) & 0xFFF) << 64    # rand_a (12 bits)
    value |= 0b10 << 62                      # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)          # rand_b (62 bits)
    return f"{value:032x}"


def derived_id(*parts: str) -> str:
    """A deterministic id for records identified by their parts (e.g. unit × item).

    Two laptops that both assess the same method for the same organisation must
    write to the same record, or a later exchange would find two assessments.
    """
    import hashlib   # OpenSSL: loaded when first needed, not at start-up

    digest = hashlib.sha1(_NAMESPACE + "\x1f".join(parts).encode("utf-8")).digest()
    value = int.from_bytes(digest[:16], "big")   # RFC 4122 version 5, as uuid.uuid5
    value = (value & ~(0xF000 << 64)) | (5 << 76)
    value = (value & ~(0xC000 << 48)) | (0x8000 << 48)
    return f"{value:032x}"
