"""Writing a bundle: a POSIX tar streamed into volumes, each file read once.

Headers come from :mod:`tarfile` (``TarInfo.tobuf``); payloads are copied here in 1 MiB
blocks through SHA-1, so memory stays flat whatever the size and the archive's length
is known exactly before the first byte is written (the manifest states it). A media file
whose bytes no longer match what was scanned stops the export: a bundle that the other
machine would refuse is better never written.
"""

from __future__ import annotations

import hashlib
import tarfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from desktop_app.core.bundle_format import (
    END_OF_ARCHIVE,
    MANIFEST_CHECK_NAME,
    MANIFEST_NAME,
    Manifest,
    padded,
)
from desktop_app.files.bundle_volumes import VolumeWriter
from desktop_app.files.hashing import BackgroundSha1

COPY_BLOCK = 1 << 20
ProgressCallback = Callable[[int], None]  # bytes written so far


class SourceChanged(Exception):
    """A file to bundle is not what was scanned (changed, shorter, gone)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def member_header(name: str, size: int, mtime: int) -> bytes:
    """The tar header block(s) of a regular file ``name`` of ``size`` bytes."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o644
    info.type = tarfile.REGTYPE
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")


def member_length(name: str, size: int) -> int:
    """Bytes one member takes in the archive: header(s) and padded payload."""
    return len(member_header(name, size, 0)) + padded(size)


def manifest_check(manifest_bytes: bytes) -> bytes:
    """The second member: the manifest's SHA-1, so a flipped bit in it is noticed."""
    return hashlib.sha1(manifest_bytes, usedforsecurity=False).hexdigest().encode() + b"\n"


def finalize_manifest(manifest: Manifest) -> tuple[Manifest, bytes]:
    """The manifest with its own archive's exact size filled in, and its bytes.

    The size includes the manifest itself, whose length depends on the digits of the
    size: a few rounds settle it.
    """
    body = sum(member_length(entry.name, entry.size) for entry in manifest.entries)
    body += member_length(MANIFEST_CHECK_NAME, 41) + END_OF_ARCHIVE
    current = manifest
    for _round in range(8):
        data = current.to_json()
        total = member_length(MANIFEST_NAME, len(data)) + body
        if total == current.archive_size:
            return current, data
        current = replace(current, archive_size=total)
    raise RuntimeError("the manifest's size does not settle")


class ArchiveWriter:
    """Members appended in order to a :class:`VolumeWriter`; ``mtime`` for every header."""

    def __init__(self, out: VolumeWriter, mtime: int, progress: ProgressCallback | None = None):
        self.out = out
        self.mtime = mtime
        self._progress = progress or (lambda _written: None)

    def add_bytes(self, name: str, data: bytes) -> None:
        self.out.write(member_header(name, len(data), self.mtime))
        self.out.write(data)
        self._pad(len(data))
        self._progress(self.out.written)

    def add_file(
        self,
        name: str,
        path: Path,
        size: int,
        sha1: str,
        should_stop: Callable[[], None] = lambda: None,
    ) -> None:
        """Stream ``path`` in; raises :class:`SourceChanged` unless it has ``size`` bytes
        with SHA-1 ``sha1``. ``should_stop`` may raise to cancel between blocks."""
        self.out.write(member_header(name, size, self.mtime))
        remaining = size
        try:
            source = path.open("rb")
        except OSError as error:
            raise SourceChanged(path, f"cannot be read ({error.strerror or error})") from error
        with source, BackgroundSha1() as digest:
            while remaining:
                block = source.read(min(COPY_BLOCK, remaining))
                if not block:
                    raise SourceChanged(path, "is shorter than when it was imported")
                digest.update(block)
                self.out.write(block)
                remaining -= len(block)
                self._progress(self.out.written)
                should_stop()
            if source.read(1):
                raise SourceChanged(path, "is longer than when it was imported")
            if digest.hexdigest() != sha1:
                raise SourceChanged(path, "changed since it was imported")
        self._pad(size)

    def _pad(self, size: int) -> None:
        padding = padded(size) - size
        if padding:
            self.out.write(bytes(padding))

    def finish(self) -> None:
        self.out.write(bytes(END_OF_ARCHIVE))
        self._progress(self.out.written)


def write_archive_head(writer: ArchiveWriter, manifest_bytes: bytes) -> None:
    """The two members every bundle starts with: the manifest and its checksum."""
    writer.add_bytes(MANIFEST_NAME, manifest_bytes)
    writer.add_bytes(MANIFEST_CHECK_NAME, manifest_check(manifest_bytes))


def check_length(out: VolumeWriter, manifest: Manifest) -> None:
    """The archive came out exactly as long as its manifest says (else: a bug here)."""
    if out.written != manifest.archive_size:
        raise RuntimeError(f"wrote {out.written} bytes, the manifest says {manifest.archive_size}")
