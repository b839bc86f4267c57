"""Making a rename survive a power cut: flush the folder that holds the new name."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to the device (a no-op where folders cannot be opened,
    as on Windows, whose renames are durable by themselves)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(handle)
    finally:
        os.close(handle)
