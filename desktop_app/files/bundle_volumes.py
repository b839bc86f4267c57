"""One byte stream, many files: a bundle cut into volumes for FAT32 sticks, and re-joined.

Volumes are plain slices of the archive (no headers of their own): ``NAME.fkb`` holds the
first ``volume_size`` bytes, ``NAME.fkb.002`` the next, and so on. Writing goes to
``.part`` files that are renamed only once every volume is complete and flushed to the
device, so a pulled stick or a cancelled export never leaves something that looks like
a bundle. Reading walks the volumes in order as one stream; the manifest, read first,
says how many there must be and how long each is.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.bundle_format import BundleRefused, volume_path
from desktop_app.files.durability import fsync_folder

PART_SUFFIX = ".part"


class VolumeWriter:
    """A write-only stream split into volume files of at most ``volume_size`` bytes."""

    def __init__(self, first: Path, volume_size: int | None) -> None:
        self.first = first
        self.volume_size = volume_size
        self.written = 0
        self._parts: list[Path] = []
        self._current: BinaryIO | None = None
        self._room = 0

    def _next_volume(self) -> None:
        self._close_current()
        part = volume_path(self.first, len(self._parts) + 1)
        part = part.with_name(part.name + PART_SUFFIX)
        self._parts.append(part)
        self._current = part.open("wb")
        self._room = self.volume_size or -1

    def _close_current(self) -> None:
        if self._current is not None:
            self._current.flush()
            os.fsync(self._current.fileno())
            self._current.close()
            self._current = None

    def write(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            if self._current is None or self._room == 0:
                self._next_volume()
            assert self._current is not None
            take = len(view) if self._room < 0 else min(len(view), self._room)
            self._current.write(view[:take])
            if self._room > 0:
                self._room -= take
            self.written += take
            view = view[take:]

    def commit(self) -> list[Path]:
        """Flush every volume to the device, rename them into place; returns their paths."""
        if self._current is None and not self._parts:
            self._next_volume()
        self._close_current()
        final = []
        for number, part in enumerate(self._parts, start=1):
            target = volume_path(self.first, number)
            os.replace(part, target)
            final.append(target)
        # Older volumes of an earlier, longer export under the same name would mislead.
        number = len(final) + 1
        while volume_path(self.first, number).exists():
            volume_path(self.first, number).unlink()
            number += 1
        fsync_folder(self.first.parent)
        return final

    def abort(self) -> None:
        """Close and delete what was written (cancelled or failed export)."""
        if self._current is not None:
            self._current.close()
            self._current = None
        for part in self._parts:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
        self._parts.clear()


class JoinedVolumes:
    """The volumes of a bundle read as one stream (``read`` only, as tarfile's ``r|`` needs).

    Until :meth:`expect` is told the layout it simply moves on to the next volume file
    when one ends and there is a next one.
    """

    def __init__(self, first: Path) -> None:
        self.first = first
        self.position = 0
        self._number = 1
        self._volumes = 0  # known after expect()
        self._current: BinaryIO | None = first.open("rb")

    def expect(self, volumes: int, volume_size: int | None, archive_size: int) -> None:
        """Check that every volume is there with the length the manifest promises."""
        self._volumes = volumes
        for number in range(1, volumes + 1):
            path = volume_path(self.first, number)
            wanted = archive_size if volumes == 1 else (volume_size or 0)
            if number == volumes and volumes > 1:
                wanted = archive_size - (volumes - 1) * (volume_size or 0)
            try:
                size = path.stat().st_size
            except FileNotFoundError:
                raise BundleRefused(
                    "bundle.volume_missing",
                    f"Part {number} of {volumes} of this bundle is missing: {path.name}. "
                    "Copy all its parts into the same folder.",
                    volume=number,
                    volumes=volumes,
                    file=path.name,
                ) from None
            if size < wanted:
                raise BundleRefused(
                    "bundle.truncated",
                    f"{path.name} is shorter than it should be ({size} of {wanted} bytes): "
                    "the copy was cut off. Copy it again.",
                    file=path.name,
                    size=size,
                    expected=wanted,
                )
            if size > wanted:
                raise BundleRefused(
                    "bundle.damaged",
                    f"{path.name} is longer than the bundle says ({size} of {wanted} bytes).",
                    file=path.name,
                    size=size,
                    expected=wanted,
                )

    def read(self, size: int = -1) -> bytes:
        chunks = []
        wanted = size
        while self._current is not None and (wanted < 0 or wanted > 0):
            data = self._current.read(wanted if wanted >= 0 else -1)
            if data:
                chunks.append(data)
                self.position += len(data)
                if wanted > 0:
                    wanted -= len(data)
                continue
            self._advance()
        return b"".join(chunks)

    def _advance(self) -> None:
        assert self._current is not None
        self._current.close()
        self._current = None
        if self._volumes and self._number >= self._volumes:
            return
        following = volume_path(self.first, self._number + 1)
        if following.is_file():
            self._number += 1
            self._current = following.open("rb")

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
            self._current = None
