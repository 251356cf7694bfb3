"""Hybrid logical clock: versions that order changes across laptops.

A timestamp is one integer: milliseconds since the epoch shifted left 16 bits,
plus a counter. It never goes backwards on one copy, even if the wall clock
does, and it moves past every version the copy has seen, so a change made
after receiving another always sorts after it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1


def physical_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def pack(ms: int, counter: int = 0) -> int:
    return (ms << COUNTER_BITS) | counter


class HybridClock:
    def __init__(self, last: int = 0, wall_ms: Callable[[], int] | None = None) -> None:
        self._last = last
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)

    @property
    def last(self) -> int:
        return self._last

    def tick(self) -> int:
        """A new timestamp, greater than every one issued or observed before."""
        candidate = pack(self._wall_ms())
        self._last = candidate if candidate > self._last else self._last + 1
        return self._last

    def observe(self, remote: int) -> None:
        """Remember a timestamp received from another copy."""
        if remote > self._last:
            self._last = remote
