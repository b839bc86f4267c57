"""Which files an import means: files named directly and everything under named folders."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.problems import Problem, error

# Operating-system litter: never a partner's file, so never worth a word.
_SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", ".ds_store", "icon\r"})
_SYSTEM_FOLDERS = frozenset({"__macosx", "$recycle.bin", "system volume information"})
# Windows marks hidden and system files with attributes rather than a leading dot.
_HIDDEN_ATTRIBUTES = getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 2) | getattr(
    stat, "FILE_ATTRIBUTE_SYSTEM", 4
)


def is_system_litter(path: Path) -> bool:
    """``Thumbs.db``, ``.DS_Store``, ``desktop.ini`` and the like (even when named)."""
    return path.name.lower() in _SYSTEM_FILES


def is_hidden(path: Path) -> bool:
    """A dot file (Linux, macOS, AppleDouble ``._x.jpg``) or a Windows hidden/system file."""
    if path.name.startswith("."):
        return True
    try:
        attributes = getattr(os.lstat(path), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attributes & _HIDDEN_ATTRIBUTES)


def expand_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files of :func:`expand_inputs` (folders that cannot be entered left out)."""
    return expand_inputs(inputs)[0]


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """Files named directly plus every file under named folders, recursively and sorted,
    and a ``folder-unreadable`` problem (with ``path`` and ``reason``) for each folder that
    could not be listed — never skipped without a word.

    Hidden files and folders and operating-system litter (``Thumbs.db``, ``.DS_Store``,
    ``desktop.ini``, ``__MACOSX``) are skipped silently — litter even when named directly;
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
                base = Path(root)
                folders[:] = sorted(
                    name
                    for name in folders
                    if name.lower() not in _SYSTEM_FOLDERS and not is_hidden(base / name)
                )
                for name in sorted(files):
                    file = base / name
                    if not is_system_litter(file) and not is_hidden(file):
                        found.append(file)
        elif not is_system_litter(path):
            found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(str(path), path)
    return list(unique.values()), unreadable
