"""A full disk, for the UI and the CLI: recognise it in any error and say how much to free.

The UI and the CLI may not reach into ``system`` themselves; these are the calls they use.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.system.disk_space import (
    NEARLY_NOTHING_BYTES,
    DiskFull,
    disk_full,
    free_bytes,
    is_disk_full,
    measure,
)
from desktop_app.system.paths import resolve_data_dir

if TYPE_CHECKING:
    from desktop_app.store.db import Database

__all__ = [
    "DiskFull",
    "data_folder_disk_full",
    "data_folder_without_room",
    "disk_full",
    "error_text",
    "folder_of",
    "is_disk_full",
]


def folder_of(db: Database) -> Path:
    """The folder holding the database (where a save needs room)."""
    return Path(db.engine.url.database or ".").resolve().parent


def data_folder_disk_full(
    error: BaseException, data_dir: str | os.PathLike[str] | None
) -> DiskFull | None:
    """A :class:`DiskFull` when ``error`` means the data folder's disk is full."""
    return disk_full(error, resolve_data_dir(data_dir))


def data_folder_without_room(data_dir: str | os.PathLike[str] | None) -> DiskFull | None:
    """A :class:`DiskFull` when the data folder's disk has (nearly) no room left: the data
    could still be read, but the first thing saved would fail, so the window says so first."""
    folder = resolve_data_dir(data_dir)
    return measure(folder) if free_bytes(folder) < NEARLY_NOTHING_BYTES else None


def error_text(error: BaseException, folder: Path) -> str:
    """What to tell the user about a failed write to ``folder``: the full-disk message
    when that is the cause (or when the disk has no room left, whatever the error says:
    Qt's PDF writer, for one, only reports that it wrote nothing)."""
    full = disk_full(error, folder)
    if full is None and free_bytes(folder) < NEARLY_NOTHING_BYTES:
        full = measure(folder)
    return full.message() if full is not None else str(error)
