"""Which files an import means: files named directly and everything under named folders."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.problems import Problem, error

_SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


def expand_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files of :func:`expand_inputs` (folders that cannot be entered left out)."""
    return expand_inputs(inputs)[0]


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """Files named directly plus every file under named folders, recursively and sorted,
    and a ``folder-unreadable`` problem (with ``path`` and ``reason``) for each folder that
    could not be listed — never skipped without a word.

    Hidden files and operating-system litter (``Thumbs.db``, ``.DS_Store``) are skipped;
    symbolic links to folders are not followed (no loops). Missing inputs are kept, so the
    scan reports them as problems rather than dropping them silently; so are pipes and
    other special files, which the scanner reports without reading them.
    """
    found: list[Path] = []
    unreadable: list[Problem] = []

    def refused(exc: OSError) -> None:
        where = str(exc.filename or "")
        unreadable.append(
            error(
                "folder-unreadable",
                f"The folder cannot be opened ({exc.strerror or exc}), so its files were not "
                "imported. Check its permissions, or move it to a shorter path.",
                path=where,
                reason=exc.strerror or str(exc),
            )
        )

    for entry in inputs:
        path = Path(entry).expanduser().absolute()
        if path.is_dir():
            for root, folders, files in os.walk(path, onerror=refused):
                folders[:] = sorted(f for f in folders if not f.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower() not in _SKIPPED_NAMES:
                        found.append(Path(root) / name)
        else:
            found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(str(path), path)
    return list(unique.values()), unreadable
