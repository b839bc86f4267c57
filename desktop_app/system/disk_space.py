"""A full disk, recognised wherever it shows up, and said plainly: "free N MB".

A full disk reaches Fieldkit as many different exceptions: ``OSError`` with ``ENOSPC``
(or ``EDQUOT``, a quota) from a file write, SQLite's ``SQLITE_FULL`` ("database or disk
is full") wrapped by SQLAlchemy, or any of them as the cause of an exception of our own
("could not write the report"). :func:`disk_full` looks through the whole chain, measures
the folder's free space and says how much to free. SQLite rolls the failed transaction
back, so the database stays as it was; what the user typed stays in the window.
"""

from __future__ import annotations

import errno
import math
import shutil
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
# Fieldkit wants this much room (or a tenth of a small disk): self-test warns below it,
# and "free N MB" brings the disk back to it.
HEADROOM_BYTES = 200 * MB
SQLITE_FULL = 13  # sqlite3.Error.sqlite_errorcode for "database or disk is full"
SQLITE_IOERR = 10  # "disk I/O error" (the low byte of every extended I/O error code)
# With no room at all SQLite cannot even map the WAL index of a database it opens and says
# "disk I/O error": on a disk with less than this free, that is a full disk too.
NEARLY_NOTHING_BYTES = 1 * MB
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class DiskFull:
    """The disk holding ``folder`` is full; freeing ``free_mb`` MB gives Fieldkit room."""

    folder: Path
    free_bytes: int
    free_mb: int

    def message(self) -> str:
        """English, for the CLI and the log (the GUI translates its own)."""
        return (
            f"The disk is full: free {self.free_mb} MB on the disk of {self.folder}, "
            "then try again. Nothing that was saved before is lost."
        )


def _chain(error: BaseException) -> list[BaseException]:
    """``error`` and everything it was raised from or wraps (SQLAlchemy's ``orig``)."""
    pending, found, seen = [error], [], set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        found.append(current)
        for linked in (current.__cause__, current.__context__, getattr(current, "orig", None)):
            if isinstance(linked, BaseException):
                pending.append(linked)
    return found


def is_disk_full(error: BaseException) -> bool:
    """Whether ``error``, or anything in its chain of causes, says the disk is full."""
    for current in _chain(error):
        if isinstance(current, OSError) and current.errno in _FULL_ERRNOS:
            return True
        if getattr(current, "sqlite_errorcode", None) == SQLITE_FULL:
            return True
    return False


def _is_sqlite_io_error(error: BaseException) -> bool:
    return any(
        (getattr(current, "sqlite_errorcode", None) or 0) & 0xFF == SQLITE_IOERR
        for current in _chain(error)
    )


def _existing(folder: Path) -> Path:
    """``folder`` or its nearest existing parent (a target may not exist yet)."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return Path.cwd()


def wanted_free_bytes(folder: Path) -> int:
    """How much free space Fieldkit wants on the disk of ``folder``."""
    total = shutil.disk_usage(_existing(folder)).total
    return min(HEADROOM_BYTES, total // 10)


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(_existing(folder)).free


def disk_full(error: BaseException, folder: Path, needed_bytes: int = 0) -> DiskFull | None:
    """A :class:`DiskFull` when ``error`` means the disk of ``folder`` is full, else ``None``.

    ``needed_bytes``: the size of what was being written, when known (a copy of a file).
    """
    if is_disk_full(error):
        return measure(folder, needed_bytes)
    if _is_sqlite_io_error(error) and free_bytes(folder) < NEARLY_NOTHING_BYTES:
        return measure(folder, needed_bytes)
    return None


def measure(folder: Path, needed_bytes: int = 0) -> DiskFull:
    """The disk of ``folder`` now, and how many MB to free to get back to the headroom."""
    free = free_bytes(folder)
    wanted = max(wanted_free_bytes(folder), needed_bytes)
    return DiskFull(_existing(folder), free, max(math.ceil((wanted - free) / MB), 1))
