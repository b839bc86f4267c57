"""Which files an import means: files named directly and everything under named folders."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

_SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


def expand_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named directly plus every file under named folders, recursively and sorted.

    Hidden files and operating-system litter (``Thumbs.db``, ``.DS_Store``) are skipped;
    symbolic links to folders are not followed (no loops). Missing inputs are kept, so the
    scan reports them as problems rather than dropping them silently.
    """
    found: list[Path] = []
    for entry in inputs:
        path = Path(entry).expanduser().absolute()
        if path.is_dir():
            for root, folders, files in os.walk(path):
                folders[:] = sorted(f for f in folders if not f.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower() not in _SKIPPED_NAMES:
                        found.append(Path(root) / name)
        else:
            found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(str(path), path)
    return list(unique.values())
