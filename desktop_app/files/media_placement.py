"""Where imported media files go: a staging folder first, their own place after the commit.

Files of a bundle are written into ``.fieldkit-incoming-…`` inside the folder the user
chose (the same file system, so placing a file is a rename) while they are verified,
and moved to ``<folder>/<partnership>/<batch>/<name>`` only once the database has
committed the items that point at them. A refused or cancelled import removes the
staging folder and any folder it had to create. Names from another machine are made
safe for FAT32, NTFS, ext4 and macOS alike, and never overwrite a different file.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop_app.files.durability import fsync_folder
from desktop_app.files.hashing import sha1_of_file

STAGING_PREFIX = ".fieldkit-incoming-"
_FORBIDDEN = re.compile(r'[\x00-\x1f<>:"/\\|?*\x7f]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$", re.IGNORECASE)
MAX_NAME_BYTES = 200


def safe_name(name: str, fallback: str = "file") -> str:
    """One path component valid everywhere: no separators, controls, reserved names."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _FORBIDDEN.sub("_", name).strip().rstrip(". ")
    if not name or name in (".", ".."):
        name = fallback
    if _RESERVED.match(name):
        name = "_" + name
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    while len(name.encode("utf-8")) > MAX_NAME_BYTES and stem:
        stem = stem[:-1]
        name = f"{stem}.{suffix}" if suffix else stem
    return name


class Staging:
    """A hidden folder inside ``media_dir`` for files not yet placed."""

    def __init__(self, media_dir: Path) -> None:
        self.media_dir = media_dir
        self.root = media_dir / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
        self._created: list[Path] = []  # folders made for it, removed again by discard()

    def _ensure_root(self) -> None:
        if self.root.is_dir():
            return
        missing = []
        folder = self.root
        while not folder.exists():
            missing.append(folder)
            folder = folder.parent
        for path in reversed(missing):
            path.mkdir()
            self._created.append(path)

    def path_of(self, entry_name: str) -> Path:
        return self.root / entry_name.replace("/", "_")

    def create(self, entry_name: str) -> BinaryIO:
        """A new staged file for a bundle entry (its name is already checked safe)."""
        self._ensure_root()
        return self.path_of(entry_name).open("xb")

    @staticmethod
    def sweep_stale(media_dir: Path, max_age_s: float = 24 * 3600) -> None:
        """Remove staging folders an interrupted import left behind (older than a day, so
        an import running now in another window is never touched)."""
        if not media_dir.is_dir():
            return
        cutoff = time.time() - max_age_s
        for folder in media_dir.glob(f"{STAGING_PREFIX}*"):
            with contextlib.suppress(OSError):
                if folder.is_dir() and folder.stat().st_mtime < cutoff:
                    shutil.rmtree(folder)

    def flush(self) -> None:
        """Every staged file on the disk, in one go at the end: the kernel writes them back
        while the bundle is still being read, instead of one file at a time."""
        if not self.root.is_dir():
            return
        for path in self.root.iterdir():
            handle = os.open(path, os.O_RDONLY)
            try:
                os.fsync(handle)
            finally:
                os.close(handle)
        fsync_folder(self.root)

    def discard(self) -> None:
        """Remove everything staged and every folder created for it."""
        shutil.rmtree(self.root, ignore_errors=True)
        for folder in reversed(self._created):
            with contextlib.suppress(OSError):
                folder.rmdir()
        self._created.clear()


@dataclass(frozen=True)
class Placement:
    """Where one incoming file goes; ``existing`` when that file is already there."""

    key: str  # the caller's id of the file (an item uuid)
    entry: str  # the bundle entry holding its bytes
    target: Path
    existing: bool


def _same_file(path: Path, size: int, sha1: str) -> bool:
    try:
        return path.stat().st_size == size and sha1_of_file(path) == sha1
    except OSError:
        return False


class PlacementPlanner:
    """Chooses targets for incoming files: a free name in the folder asked for, or a file
    already there with the same bytes; names never clash, even ignoring case."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def plan(
        self, key: str, entry: str, folder: Path, name: str, size: int, sha1: str
    ) -> Placement:
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        number = 1
        while True:
            candidate = name if number == 1 else f"{stem} ({number}){dot}{suffix}"
            target = folder / candidate
            folded = str(target).casefold()
            if folded not in self._taken:
                if _same_file(target, size, sha1):
                    placement = Placement(key, entry, target, existing=True)
                    break
                if not _exists_ignoring_case(target):
                    placement = Placement(key, entry, target, existing=False)
                    break
            number += 1
        self._taken.add(str(placement.target).casefold())
        return placement

    @staticmethod
    def find_existing(folders: Iterable[Path], name: str, size: int, sha1: str) -> Path | None:
        """A file called ``name`` with these bytes in one of ``folders`` (a bundle without
        files: the user may have copied them over another way)."""
        for folder in folders:
            if _same_file(folder / name, size, sha1):
                return folder / name
        return None


def _exists_ignoring_case(target: Path) -> bool:
    if target.exists():
        return True
    folder = target.parent
    if not folder.is_dir():
        return False
    wanted = target.name.casefold()
    return any(other.name.casefold() == wanted for other in folder.iterdir())


def place_files(plans: Iterable[Placement], staged: dict[str, Path]) -> list[Path]:
    """Move staged files to their targets (a copy when one entry serves two targets).

    A target that appeared meanwhile is never overwritten: it is left out of the list.
    """
    placed = []
    first_home: dict[str, Path] = {}
    for plan in plans:
        if plan.existing or plan.entry not in staged or plan.target.exists():
            continue
        plan.target.parent.mkdir(parents=True, exist_ok=True)
        if plan.entry in first_home:
            shutil.copyfile(first_home[plan.entry], plan.target)
        else:
            os.replace(staged[plan.entry], plan.target)
            first_home[plan.entry] = plan.target
        placed.append(plan.target)
    for folder in {target.parent for target in placed}:
        fsync_folder(folder)  # the renames themselves survive a power cut
    return placed
