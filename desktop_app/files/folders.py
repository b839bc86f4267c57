"""Which files an import means: files named directly and everything under named folders."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.problems import Problem, error
from desktop_app.files.names import is_text, shown_name

# Operating-system litter: never a partner's file, so never worth a word.
_SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini", ".ds_store", "icon\r"})
_SYSTEM_FOLDERS = frozenset({"__macosx", "$recycle.bin", "system volume information"})
_WINDOWS = sys.platform == "win32"
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
    if not _WINDOWS:  # no hidden attribute to ask for: spare a stat per file
        return False
    try:
        attributes = getattr(os.lstat(path), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attributes & _HIDDEN_ATTRIBUTES)


def _hidden_entry(entry: os.DirEntry[str]) -> bool:
    """:func:`is_hidden` for a folder listing's entry (on Windows its stat is free)."""
    if entry.name.startswith("."):
        return True
    if not _WINDOWS:
        return False
    try:
        attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attributes & _HIDDEN_ATTRIBUTES)


def name_not_text(path: str, *, folder: bool) -> Problem:
    """The problem of a file or folder whose name is not text (see :func:`is_text`)."""
    if folder:
        return error(
            "folder-name-not-text",
            "The folder's name is not valid text (it has bytes that are not UTF-8), so its "
            "files were not imported. Rename the folder and import again.",
            path=shown_name(path),
        )
    return error(
        "file-name-not-text",
        "The file's name is not valid text (it has bytes that are not UTF-8), so it was "
        "not imported. Rename the file and import again.",
        path=shown_name(path),
    )


def expand_paths(inputs: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files of :func:`expand_inputs` (folders that cannot be entered left out)."""
    return [Path(name) for name in expand_input_names(inputs)[0]]


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """:func:`expand_input_names` with the files as paths."""
    names, left_out = expand_input_names(inputs)
    return [Path(name) for name in names], left_out


def expand_input_names(
    inputs: Iterable[str | os.PathLike[str]],
) -> tuple[list[str], list[Problem]]:
    """Files named directly plus every file under named folders, recursively and sorted,
    and the problems of what was left out — never without a word: ``folder-unreadable``
    (with ``path`` and ``reason``) for each folder that could not be listed, and
    ``file-name-not-text`` or ``folder-name-not-text`` (with ``path`` as
    :func:`shown_name` writes it) for each name that is not text. Importers list each
    problem as a skipped entry at its ``path``.

    Hidden files and folders and operating-system litter (``Thumbs.db``, ``.DS_Store``,
    ``desktop.ini``, ``__MACOSX``) are skipped silently — litter even when named directly;
    symbolic links to folders are not followed (no loops). Missing inputs are kept, so the
    scan reports them as problems rather than dropping them silently; so are pipes and
    other special files, which the scanner reports without reading them.

    Names as strings, listed with ``os.scandir``: a ``Path`` and a stat per file were
    most of the time of re-importing an unchanged folder.
    """
    found: list[str] = []
    left_out: list[Problem] = []

    def refused(exc: OSError) -> None:
        where = str(exc.filename or "")
        left_out.append(
            error(
                "folder-unreadable",
                f"The folder cannot be opened ({exc.strerror or exc}), so its files were not "
                "imported. Check its permissions, or move it to a shorter path.",
                path=where,
                reason=exc.strerror or str(exc),
            )
        )

    def walk(folder: str) -> None:
        """The folder's files (sorted), then each subfolder's, as ``os.walk`` orders them."""
        files: list[str] = []
        folders: list[str] = []
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        is_folder = entry.is_dir()
                    except OSError:
                        is_folder = False
                    if is_folder:
                        if entry.is_symlink():  # not followed (no loops), as os.walk
                            continue
                        if entry.name.lower() not in _SYSTEM_FOLDERS and not _hidden_entry(entry):
                            folders.append(entry.name)
                    elif entry.name.lower() not in _SYSTEM_FILES and not _hidden_entry(entry):
                        files.append(entry.name)
        except OSError as exc:
            refused(exc)
            return
        prefix = folder if folder.endswith(os.sep) else folder + os.sep  # "/" ends with one
        for name in sorted(files):
            if is_text(name):
                found.append(prefix + name)  # os.path.join: 5× slower
            else:
                left_out.append(name_not_text(prefix + name, folder=False))
        for name in sorted(folders):
            if is_text(name):
                walk(prefix + name)
            else:
                left_out.append(name_not_text(prefix + name, folder=True))

    for entry in inputs:
        path = Path(entry).expanduser().absolute()
        is_folder = path.is_dir()
        if not is_text(str(path)):
            left_out.append(name_not_text(str(path), folder=is_folder))
        elif is_folder:
            walk(str(path))
        elif not is_system_litter(path):
            found.append(str(path))
    return list(dict.fromkeys(found)), left_out
