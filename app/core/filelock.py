"""One writer per workspace file, across processes.

An OS lock on a sidecar file: the operating system releases it when the
process dies (even by kill -9), so a crash never leaves a stale lock behind.
A clean close removes the sidecar; a leftover one (after a crash) is harmless.
"""

from __future__ import annotations

import os
from pathlib import Path


class LockedError(Exception):
    """Another program (or another window) has the workspace open for writing."""


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        for _attempt in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                _lock(fd)
            except OSError:
                os.close(fd)
                raise LockedError(str(self.path)) from None
            if _same_file(fd, self.path):
                break
            # The holder removed the file between our open and our lock: the lock
            # we got is on a file nobody else will look at. Try the path again.
            _unlock(fd)
            os.close(fd)
        else:
            raise LockedError(str(self.path))
        self._fd = fd
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Removed while still held, so no lock file is left beside the workspace
        # (it would travel to USB sticks). A process that opened the old file
        # meanwhile notices in acquire() that the path no longer leads to it.
        if os.name != "nt" and _same_file(fd, self.path):   # never someone else's
            try:
                os.unlink(self.path)
            except OSError:
                pass
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
