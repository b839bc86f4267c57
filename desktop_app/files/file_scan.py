"""Scanning one file: size, mtime, SHA-1, type sniffing, EXIF and damage checks, in one pass.

Each file is read once. A file up to :data:`WHOLE_FILE_BYTES` is read in a single call and
everything — SHA-1, sniffing, the JPEG layout, damage checks, EXIF — works on those bytes;
a bigger file streams through SHA-1 in :data:`STREAM_BYTES` blocks, its first
:data:`HEAD_BYTES` serving the rest. A file whose size and mtime match its cache entry is
not opened at all (:func:`from_cache`), which makes a re-scan nearly free.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat as stat_module
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from desktop_app.core.filetypes import SNIFF_BYTES, sniff_kind
from desktop_app.core.problems import Problem, error
from desktop_app.files.damage import (
    TAIL_BYTES,
    ZERO_RUN,
    exif_within,
    has_zero_run,
    jpeg_head,
    tiff_damage,
    truncated,
    zeroed,
)
from desktop_app.files.exif import (
    METADATA_FIELDS,
    ImageMetadata,
    read_jpeg_metadata,
    read_metadata,
)
from desktop_app.files.jpeg import EOI, JpegLayout

HEAD_BYTES = 256 * 1024
# Up to this size a file is read whole (one system call, no Python loop) and may go to a
# worker process; above it, it is streamed and hashed on a thread that can be stopped.
WHOLE_FILE_BYTES = 32 * 1024 * 1024
STREAM_BYTES = 8 * 1024 * 1024
_EXIF_KINDS = frozenset({"jpeg", "tiff", "heif", "png", "webp"})


@dataclass(frozen=True)
class CachedScan:
    """What an earlier scan found for a path, valid while size and mtime are unchanged."""

    size: int
    mtime: float
    sha1: str
    kind: str
    # By stored column or field name, or (cheaper for thousands of files) the values in
    # :data:`~desktop_app.files.exif.METADATA_FIELDS` order.
    metadata: Mapping[str, Any] | tuple[Any, ...]
    problems: Sequence[Mapping[str, Any]]


@dataclass
class ScannedFile:
    """One file as found on disk now."""

    path: str
    size: int = 0
    mtime: float = 0.0
    sha1: str | None = None
    kind: str = "unknown"
    metadata: ImageMetadata = field(default_factory=ImageMetadata)
    problems: list[Problem] = field(default_factory=list)
    from_cache: bool = False
    missing: bool = False

    @property
    def name(self) -> str:
        return os.path.basename(self.path)


def scan_file(path: str | os.PathLike[str], cache: CachedScan | None = None) -> ScannedFile:
    """Scan one file; every failure becomes a problem on the result, never an exception."""
    result = scan_one(os.fspath(path), cache, None)
    assert result is not None  # only a set ``stop`` event abandons a file
    return result


def scan_one(
    path: str, cache: CachedScan | None, stop: threading.Event | None, *, stat_first: bool = True
) -> ScannedFile | None:
    """:func:`scan_file`, or ``None`` when ``stop`` was set while a big file was hashed.

    ``stat_first=False`` says the caller has just found ``path`` with ``os.stat`` to be
    no pipe, socket or device (:func:`~desktop_app.files.scanner.scan_paths` stats every
    file before scanning any): it is then opened straight away, its size, mtime and type
    taken from the open file. A small file costs four system calls (open, fstat, read,
    close) instead of seven, and the facts and the bytes are about the same file.
    Otherwise it is looked at first: opening a device can have effects of its own, and a
    socket cannot be opened at all.
    """
    result = ScannedFile(path=path)
    if stat_first or cache is not None:  # an unchanged file is not opened at all
        try:
            stat = os.stat(path)
        except OSError as exc:
            return _not_read(result, exc)
        special = special_kind(stat.st_mode)
        if special is not None:
            result.problems.append(not_regular(path, special))
            return result
        if cache is not None and cache.size == stat.st_size and cache.mtime == stat.st_mtime:
            return from_cache(path, cache)
    try:
        # Without blocking: opening a named pipe would wait for ever for a writer.
        fd = os.open(path, _READ_FLAGS)
    except OSError as exc:
        return _not_read(result, exc)
    try:
        stat = os.fstat(fd)
        special = special_kind(stat.st_mode)
        if special is not None:
            result.problems.append(not_regular(path, special))
            return result
        result.size, result.mtime = stat.st_size, stat.st_mtime
        if result.size <= WHOLE_FILE_BYTES:
            _scan_bytes(result, _read_all(fd, result.size))
        else:
            with open(fd, "rb", closefd=False) as stream:
                if not _scan_stream(result, stream, stop):
                    return None
    except OSError as exc:
        result.sha1 = None
        result.problems.append(_unreadable(result.path, exc))
    finally:
        os.close(fd)
    return result


# Binary (Windows would translate line ends otherwise), and never waiting on a pipe.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


def _read_all(fd: int, size: int) -> bytes:
    """The whole file in one ``read`` when it is still ``size`` bytes long (one byte
    more is asked for, to see a file that grew); else read on to its end."""
    data = os.read(fd, size + 1)
    if len(data) == size:
        return data
    parts = [data]
    while part := os.read(fd, max(size, 1 << 16)):
        parts.append(part)
    return b"".join(parts)


def _not_read(result: ScannedFile, exc: OSError) -> ScannedFile:
    """``result`` with the problem of a file that is gone or cannot be opened."""
    if isinstance(exc, FileNotFoundError):
        result.missing = True
        result.problems.append(
            error("file-missing", "The file is not there any more.", path=result.path)
        )
    else:
        result.problems.append(_unreadable(result.path, exc))
    return result


_SPECIAL_KINDS = (
    (stat_module.S_ISFIFO, "fifo"),
    (stat_module.S_ISSOCK, "socket"),
    (stat_module.S_ISCHR, "device"),
    (stat_module.S_ISBLK, "device"),
)


def special_kind(mode: int) -> str | None:
    """``fifo``, ``socket`` or ``device`` for files that are not data on disk (reading a
    pipe waits for ever for a writer), ``None`` for regular files and folders."""
    for test, kind in _SPECIAL_KINDS:
        if test(mode):
            return kind
    return None


def not_regular(path: str, kind: str) -> Problem:
    names = {"fifo": "a named pipe", "socket": "a socket", "device": "a device"}
    return error(
        "file-not-regular",
        f"This is {names.get(kind, 'a special file')}, not a file with content; it was not read.",
        path=path,
        kind=kind,
    )


def _unreadable(path: str, exc: OSError) -> Problem:
    return error(
        "file-unreadable",
        f"The file cannot be read: {exc.strerror or exc}.",
        path=path,
        detail=str(exc),
    )


def _scan_bytes(result: ScannedFile, data: bytes) -> None:
    """Everything about a file whose bytes are all in ``data``."""
    result.sha1 = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    result.kind = sniff_kind(data[:SNIFF_BYTES])
    if result.kind == "jpeg":
        layout, scan_offset, damage, dimensions = jpeg_head(data, complete=True)
        result.problems.extend(damage)
        if scan_offset is not None:
            # rfind: the marker sits at the very end of a sound file, and searching forward
            # stops at every 0xFF of the scan data (~60 µs per photo).
            if data.rfind(EOI, max(scan_offset, len(data) - TAIL_BYTES)) < 0:
                result.problems.append(truncated())
            if has_zero_run(data, scan_offset):
                result.problems.append(zeroed())
        _add_metadata(result, read_jpeg_metadata(data, layout), dimensions)
    elif result.kind == "tiff":
        _check_tiff(result, io.BytesIO(data))
        if not result.problems:
            _add_metadata(result, read_metadata(io.BytesIO(data)), None)
    elif result.kind in _EXIF_KINDS:
        _add_metadata(result, read_metadata(io.BytesIO(data)), None)


def _scan_stream(result: ScannedFile, stream: IO[bytes], stop: threading.Event | None) -> bool:
    """Everything about a big file, streamed; False when ``stop`` was set on the way."""
    head = stream.read(HEAD_BYTES)
    digest = hashlib.sha1(head, usedforsecurity=False)
    result.kind = sniff_kind(head[:SNIFF_BYTES])
    is_jpeg = result.kind == "jpeg"
    layout: JpegLayout | None = None
    scan_offset: int | None = None
    damage: list[Problem] = []
    dimensions: tuple[int, int] | None = None
    if is_jpeg:
        layout, scan_offset, damage, dimensions = jpeg_head(head, complete=len(head) < HEAD_BYTES)
    check_zeros = scan_offset is not None
    zero_run = check_zeros and has_zero_run(head, scan_offset or 0)
    tail = head[-TAIL_BYTES:]
    position = len(head)
    while chunk := stream.read(STREAM_BYTES):
        if stop is not None and stop.is_set():
            return False
        digest.update(chunk)
        if check_zeros and not zero_run:
            # A run split across two reads is found in the seam.
            seam = tail[-(ZERO_RUN - 1) :] + chunk[: ZERO_RUN - 1]
            zero_run = has_zero_run(seam, 0) or has_zero_run(chunk, 0)
        position += len(chunk)
        tail = (tail + chunk)[-TAIL_BYTES:] if len(chunk) < TAIL_BYTES else chunk[-TAIL_BYTES:]
    result.sha1 = digest.hexdigest()
    if is_jpeg:
        result.problems.extend(damage)
        if scan_offset is not None:
            scan_tail = tail[max(0, scan_offset - (position - len(tail))) :]
            if scan_tail.rfind(EOI) < 0:
                result.problems.append(truncated())
        if zero_run:
            result.problems.append(zeroed())
        if layout is not None and exif_within(head, layout):
            metadata = read_jpeg_metadata(head, layout)
        else:
            stream.seek(0)
            metadata = read_metadata(stream)
        _add_metadata(result, metadata, dimensions)
    elif result.kind == "tiff":
        _check_tiff(result, stream)
        if not result.problems:
            stream.seek(0)
            _add_metadata(result, read_metadata(stream), None)
    elif result.kind in _EXIF_KINDS:
        stream.seek(0)
        _add_metadata(result, read_metadata(stream), None)
    return True


def _add_metadata(
    result: ScannedFile, metadata: ImageMetadata, dimensions: tuple[int, int] | None
) -> None:
    result.metadata = metadata
    result.problems.extend(metadata.problems)
    if dimensions is not None:  # the frame header beats what EXIF claims
        metadata.width, metadata.height = dimensions


def _check_tiff(result: ScannedFile, stream: IO[bytes]) -> None:
    problem = tiff_damage(stream, result.size)
    if problem is not None:
        result.problems.append(problem)


# --- the cache ------------------------------------------------------------------------

# Stored column name (or field name) → ImageMetadata field; other keys are ignored.
_FIELD_FOR = {name: name for name in METADATA_FIELDS} | {
    "exif_artist": "artist",
    "exif_copyright": "copyright",
    "exif_description": "description",
}


def _metadata_fields(stored: Mapping[str, Any]) -> dict[str, Any]:
    return {_FIELD_FOR[key]: value for key, value in stored.items() if key in _FIELD_FOR}


def from_cache(path: str, cache: CachedScan) -> ScannedFile:
    """The file as its cache entry describes it (the caller checked size and mtime)."""
    return ScannedFile(
        path=path,
        size=cache.size,
        mtime=cache.mtime,
        sha1=cache.sha1,
        kind=cache.kind,
        metadata=(
            ImageMetadata(*cache.metadata)
            if isinstance(cache.metadata, tuple)
            else ImageMetadata(**_metadata_fields(cache.metadata))
        ),
        problems=[Problem.from_dict(problem) for problem in cache.problems],
        from_cache=True,
    )
