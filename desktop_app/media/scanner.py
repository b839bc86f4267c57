"""Scanning files: size, mtime, SHA-1, type sniffing, EXIF and damage checks, in one pass.

Each file is read once: the first :data:`HEAD_BYTES` serve sniffing, the JPEG layout and
EXIF; the rest streams through SHA-1 (``hashlib`` releases the GIL, so a thread pool
overlaps reading, hashing and exifread's Python work). Files whose path, size and mtime
match the cache are not opened at all, which makes a re-scan nearly free.

Long scans run off the GUI thread: :func:`scan_paths` reports ``progress(done, total,
text)`` and stops early when ``cancelled()`` turns true.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from desktop_app.core.filetypes import SNIFF_BYTES, sniff_kind
from desktop_app.core.problems import Problem, error
from desktop_app.media.exif import ImageMetadata, read_metadata
from desktop_app.media.jpeg import EOI, NotAJpeg, parse_layout
from desktop_app.media.tiff import tiff_structure_error

HEAD_BYTES = 256 * 1024
CHUNK_BYTES = 1024 * 1024
# A run of zero bytes this long inside JPEG scan data does not happen in a sound file
# (entropy-coded data is dense); it is what a disk or copy error leaves behind.
ZERO_RUN = 2048
_ZEROS = b"\x00" * ZERO_RUN
_EXIF_KINDS = frozenset({"jpeg", "tiff", "heif", "png", "webp"})
_SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class CachedScan:
    """What an earlier scan found for a path, valid while size and mtime are unchanged."""

    size: int
    mtime: float
    sha1: str
    kind: str
    metadata: Mapping[str, Any]
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


@dataclass
class ScanOutcome:
    """Everything scanned (in input order) and whether the user stopped it early."""

    files: list[ScannedFile]
    cancelled: bool = False


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


def scan_file(path: str | os.PathLike[str], cache: CachedScan | None = None) -> ScannedFile:
    """Scan one file; every failure becomes a problem on the result, never an exception."""
    result = ScannedFile(path=os.fspath(path))
    try:
        stat = os.stat(result.path)
    except FileNotFoundError:
        result.missing = True
        result.problems.append(
            error("file-missing", "The file is not there any more.", path=result.path)
        )
        return result
    except OSError as exc:
        result.problems.append(_unreadable(result.path, exc))
        return result
    result.size, result.mtime = stat.st_size, stat.st_mtime
    if cache is not None and cache.size == result.size and cache.mtime == result.mtime:
        result.sha1, result.kind, result.from_cache = cache.sha1, cache.kind, True
        result.metadata = ImageMetadata(**_metadata_fields(cache.metadata))
        result.problems = [Problem.from_dict(problem) for problem in cache.problems]
        return result
    try:
        with open(result.path, "rb") as stream:
            _scan_open_file(result, stream)
    except OSError as exc:
        result.sha1 = None
        result.problems.append(_unreadable(result.path, exc))
    return result


def _unreadable(path: str, exc: OSError) -> Problem:
    return error(
        "file-unreadable",
        f"The file cannot be read: {exc.strerror or exc}.",
        path=path,
        detail=str(exc),
    )


def _scan_open_file(result: ScannedFile, stream: IO[bytes]) -> None:
    head = stream.read(HEAD_BYTES)
    digest = hashlib.sha1(head, usedforsecurity=False)
    result.kind = sniff_kind(head[:SNIFF_BYTES])
    jpeg_scan_offset: int | None = None
    jpeg_damage: list[Problem] = []
    if result.kind == "jpeg":
        jpeg_scan_offset, jpeg_damage, dimensions = _jpeg_head(head)
    zero_run = jpeg_scan_offset is not None and _ZEROS in head[jpeg_scan_offset:]
    tail = head[-65536:]
    position = len(head)
    chunk = stream.read(CHUNK_BYTES)
    while chunk:
        digest.update(chunk)
        if jpeg_scan_offset is not None and not zero_run and _ZEROS in chunk:
            zero_run = True
        position += len(chunk)
        tail = (tail + chunk)[-65536:] if len(chunk) < 65536 else chunk[-65536:]
        chunk = stream.read(CHUNK_BYTES)
    result.sha1 = digest.hexdigest()
    if result.kind == "jpeg":
        result.problems.extend(jpeg_damage)
        if jpeg_scan_offset is not None:
            scan_tail = tail[max(0, jpeg_scan_offset - (position - len(tail))) :]
            if EOI not in scan_tail:
                result.problems.append(
                    error(
                        "file-truncated",
                        "The image is cut short (no end marker): the copy is incomplete.",
                        fix="replace-file",
                    )
                )
        if zero_run:
            result.problems.append(
                error(
                    "file-damaged",
                    "Part of the image data has been overwritten with zeros; the picture "
                    "will show grey or broken areas. Use an undamaged copy.",
                    fix="replace-file",
                )
            )
    if result.kind == "tiff":
        reason = tiff_structure_error(stream, result.size)
        if reason:
            result.problems.append(
                error(
                    "file-damaged",
                    f"The TIFF file is damaged: {reason}.",
                    fix="replace-file",
                    reason=reason,
                )
            )
    tiff_broken = result.kind == "tiff" and bool(result.problems)
    if result.kind in _EXIF_KINDS and not tiff_broken:
        if result.kind == "jpeg" and (len(head) < HEAD_BYTES or _exif_within(head)):
            result.metadata = read_metadata(io.BytesIO(head))
        else:
            stream.seek(0)
            result.metadata = read_metadata(stream)
        result.problems.extend(result.metadata.problems)
    if result.kind == "jpeg" and dimensions is not None:
        result.metadata.width, result.metadata.height = dimensions


def _jpeg_head(head: bytes) -> tuple[int | None, list[Problem], tuple[int, int] | None]:
    """Scan-data offset, structural problems and (width, height) from the SOF segment."""
    try:
        layout = parse_layout(head)
    except NotAJpeg:
        return None, [], None
    dimensions = None
    for segment in layout.segments:
        if 0xC0 <= segment.marker <= 0xCF and segment.marker not in (0xC4, 0xC8, 0xCC):
            start = segment.payload_offset
            height = int.from_bytes(head[start + 1 : start + 3], "big")
            width = int.from_bytes(head[start + 3 : start + 5], "big")
            dimensions = (width, height)
            break
    if layout.scan_offset is None and len(head) < HEAD_BYTES:
        problem = error(
            "file-damaged",
            "The JPEG structure is broken: no image data was found.",
            fix="replace-file",
        )
        return None, [problem], dimensions
    return layout.scan_offset, [], dimensions


def _exif_within(head: bytes) -> bool:
    """Whether the JPEG's EXIF segment (if any) lies wholly inside ``head``."""
    try:
        layout = parse_layout(head)
    except NotAJpeg:
        return False
    segment = layout.first(0xE1, b"Exif\x00\x00", head)
    return segment is None or segment.end <= len(head)


def _metadata_fields(stored: Mapping[str, Any]) -> dict[str, Any]:
    renamed = {"exif_artist": "artist", "exif_copyright": "copyright"}
    renamed["exif_description"] = "description"
    allowed = set(ImageMetadata.__dataclass_fields__) - {"problems"}
    values = {renamed.get(key, key): value for key, value in stored.items()}
    return {key: value for key, value in values.items() if key in allowed}


def _cache_hit(path: str, cache: CachedScan | None) -> ScannedFile | None:
    """The cached result when the file's size and mtime still match, else None."""
    if cache is None:
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None  # let scan_file report it
    if stat.st_size != cache.size or stat.st_mtime != cache.mtime:
        return None
    return scan_file(path, cache)


def scan_paths(
    paths: Sequence[str | os.PathLike[str]],
    cache: Mapping[str, CachedScan] | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    workers: int | None = None,
) -> ScanOutcome:
    """Scan ``paths`` on a small thread pool; results keep the input order.

    ``progress(done, total, name)`` is called from the calling thread after each file;
    when ``cancelled()`` returns true no new file is started and the files finished so
    far are returned with ``cancelled=True``.
    """
    cache = cache or {}
    total = len(paths)
    results: list[ScannedFile | None] = [None] * total
    workers = workers or min(8, (os.cpu_count() or 2) + 1)
    window = workers * 4  # bounded queue: cancel takes effect within a few files
    done = 0
    stopped = False
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fieldkit-scan") as pool:
        pending: dict[Future[ScannedFile], int] = {}
        next_index = 0
        while next_index < total or pending:
            while not stopped and next_index < total and len(pending) < window:
                if cancelled is not None and cancelled():
                    stopped = True
                    break
                path = os.fspath(paths[next_index])
                cached = _cache_hit(path, cache.get(path))
                if cached is not None:  # unchanged: no thread, no read
                    results[next_index] = cached
                    done += 1
                    if progress is not None:
                        progress(done, total, os.path.basename(path))
                else:
                    pending[pool.submit(scan_file, path, cache.get(path))] = next_index
                next_index += 1
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                results[index] = future.result()
                done += 1
                if progress is not None:
                    progress(done, total, os.path.basename(os.fspath(paths[index])))
    files = [result for result in results if result is not None]
    return ScanOutcome(files=files, cancelled=stopped)
