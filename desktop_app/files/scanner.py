"""Scanning files: size, mtime, SHA-1, type sniffing, EXIF and damage checks, in one pass.

Each file is read once. A file up to :data:`WHOLE_FILE_BYTES` is read in a single call and
everything — SHA-1, sniffing, the JPEG layout, damage checks, EXIF — works on those bytes;
a bigger file streams through SHA-1 in :data:`STREAM_BYTES` blocks, its first
:data:`HEAD_BYTES` serving the rest. Files whose path, size and mtime match the cache are
not opened at all, which makes a re-scan nearly free.

Where the time goes, per 160 kB camera JPEG on one core with the page cache warm:
exifread ~0.35 ms (see :mod:`desktop_app.files.exif` for how it was brought down from
~0.5), SHA-1 ~0.09 ms, reading ~0.03 ms, layout and damage checks ~0.02 ms. exifread is
pure Python and holds the GIL, so threads cannot spread it over cores: many files are
scanned by a pool of worker *processes* (chunks of paths in, plain tuples out), while
files above :data:`WHOLE_FILE_BYTES` are hashed on threads of this process (``hashlib``
releases the GIL) so that one large video never blocks a worker or the cancel button.
Few files are scanned on threads, where starting processes would cost more than it saves.

Worker processes come from a ``forkserver`` and, as ``multiprocessing`` requires, import
the program's main module: it must not do work at import time (``desktop_app.__main__``
does not). A frozen build scans on threads for now (see :func:`processes_available`).

Long scans run off the GUI thread: :func:`scan_paths` reports ``progress(done, total,
text)`` and stops early when ``cancelled()`` turns true.
"""

from __future__ import annotations

import gc
import hashlib
import io
import multiprocessing
import os
import stat as stat_module
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from desktop_app.core.filetypes import SNIFF_BYTES, sniff_kind
from desktop_app.core.problems import Problem, Severity, error
from desktop_app.files.exif import (
    METADATA_FIELDS,
    ImageMetadata,
    read_jpeg_metadata,
    read_metadata,
)
from desktop_app.files.jpeg import EOI, JpegLayout, NotAJpeg, parse_layout
from desktop_app.files.tiff import tiff_structure_error

HEAD_BYTES = 256 * 1024
# Up to this size a file is read whole (one system call, no Python loop) and may go to a
# worker process; above it, it is streamed and hashed on a thread that can be stopped.
WHOLE_FILE_BYTES = 32 * 1024 * 1024
STREAM_BYTES = 8 * 1024 * 1024
# The end-of-image marker must appear in the last bytes of a complete JPEG.
TAIL_BYTES = 65536
# A run of zero bytes this long inside JPEG scan data does not happen in a sound file
# (entropy-coded data is dense); it is what a disk or copy error leaves behind.
ZERO_RUN = 2048
_ZEROS = b"\x00" * ZERO_RUN
_EXIF_KINDS = frozenset({"jpeg", "tiff", "heif", "png", "webp"})
_SKIPPED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})

# Below this many files to read, threads win: starting worker processes costs ~20–110 ms.
PROCESS_MIN_FILES = 64
# A worker gets this many small files at a time (~25 ms of work for camera JPEGs): big
# enough that passing them between processes is cheap, small enough that cancel and
# progress stay prompt.
CHUNK_FILES = 48
CHUNK_MAX_BYTES = 24 * 1024 * 1024
POLL_SECONDS = 0.1  # how often cancelled() is asked while waiting for workers

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
    """Everything scanned (in input order) and whether the user stopped it early.

    ``mode`` says how the files were read ("processes", "threads", or "none" when every
    file came from the cache) and ``workers`` how many processes or threads did it.
    ``cpu_seconds`` (this process, all threads) and ``worker_cpu_seconds`` (the worker
    processes) are processor time: unlike wall-clock time, it does not change when other
    programs share the machine, which makes benchmarks comparable.
    """

    files: list[ScannedFile]
    cancelled: bool = False
    mode: str = "none"
    workers: int = 0
    cpu_seconds: float = 0.0
    worker_cpu_seconds: float = 0.0


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


# --- one file -------------------------------------------------------------------------


def scan_file(path: str | os.PathLike[str], cache: CachedScan | None = None) -> ScannedFile:
    """Scan one file; every failure becomes a problem on the result, never an exception."""
    result = _scan_one(os.fspath(path), cache, None)
    assert result is not None  # only a set ``stop`` event abandons a file
    return result


def _scan_one(
    path: str, cache: CachedScan | None, stop: threading.Event | None
) -> ScannedFile | None:
    """:func:`scan_file`, or ``None`` when ``stop`` was set while a big file was hashed."""
    result = ScannedFile(path=path)
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        result.missing = True
        result.problems.append(
            error("file-missing", "The file is not there any more.", path=result.path)
        )
        return result
    except OSError as exc:
        result.problems.append(_unreadable(result.path, exc))
        return result
    if cache is not None and cache.size == stat.st_size and cache.mtime == stat.st_mtime:
        return _from_cache(path, cache)
    result.size, result.mtime = stat.st_size, stat.st_mtime
    try:
        if result.size <= WHOLE_FILE_BYTES:
            # Unbuffered: the whole file in one read() of the right size, no extra copy.
            with open(result.path, "rb", buffering=0) as raw:
                data = raw.readall()
            _scan_bytes(result, data)
        else:
            with open(result.path, "rb") as stream:
                if not _scan_stream(result, stream, stop):
                    return None
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


def _scan_bytes(result: ScannedFile, data: bytes) -> None:
    """Everything about a file whose bytes are all in ``data``."""
    result.sha1 = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    result.kind = sniff_kind(data[:SNIFF_BYTES])
    if result.kind == "jpeg":
        layout, scan_offset, damage, dimensions = _jpeg_head(data, complete=True)
        result.problems.extend(damage)
        if scan_offset is not None:
            # rfind: the marker sits at the very end of a sound file, and searching forward
            # stops at every 0xFF of the scan data (~60 µs per photo).
            if data.rfind(EOI, max(scan_offset, len(data) - TAIL_BYTES)) < 0:
                result.problems.append(_truncated())
            if _has_zero_run(data, scan_offset):
                result.problems.append(_zeroed())
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
        layout, scan_offset, damage, dimensions = _jpeg_head(head, complete=len(head) < HEAD_BYTES)
    check_zeros = scan_offset is not None
    zero_run = check_zeros and _has_zero_run(head, scan_offset or 0)
    tail = head[-TAIL_BYTES:]
    position = len(head)
    while chunk := stream.read(STREAM_BYTES):
        if stop is not None and stop.is_set():
            return False
        digest.update(chunk)
        if check_zeros and not zero_run:
            # A run split across two reads is found in the seam.
            seam = tail[-(ZERO_RUN - 1) :] + chunk[: ZERO_RUN - 1]
            zero_run = _has_zero_run(seam, 0) or _has_zero_run(chunk, 0)
        position += len(chunk)
        tail = (tail + chunk)[-TAIL_BYTES:] if len(chunk) < TAIL_BYTES else chunk[-TAIL_BYTES:]
    result.sha1 = digest.hexdigest()
    if is_jpeg:
        result.problems.extend(damage)
        if scan_offset is not None:
            scan_tail = tail[max(0, scan_offset - (position - len(tail))) :]
            if scan_tail.rfind(EOI) < 0:
                result.problems.append(_truncated())
        if zero_run:
            result.problems.append(_zeroed())
        if layout is not None and _exif_within(head, layout):
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


def _truncated() -> Problem:
    return error(
        "file-truncated",
        "The image is cut short (no end marker): the copy is incomplete.",
        fix="replace-file",
    )


def _zeroed() -> Problem:
    return error(
        "file-damaged",
        "Part of the image data has been overwritten with zeros; the picture "
        "will show grey or broken areas. Use an undamaged copy.",
        fix="replace-file",
    )


def _has_zero_run(data: bytes, start: int) -> bool:
    """Whether ``data[start:]`` holds :data:`ZERO_RUN` zero bytes in a row.

    Searching for the 2 kB needle directly costs ~70 µs per 160 kB JPEG (CPython's search
    is linear for long needles). A run of 2×1024 zeros always covers two consecutive bytes
    of a 1024-stride sample, so the exact search runs only when the ~160-byte sample
    shows that pattern — almost never in sound data.
    """
    if len(data) - start < ZERO_RUN or b"\x00\x00" not in data[start :: ZERO_RUN // 2]:
        return False
    return data.find(_ZEROS, start) >= 0


def _jpeg_head(
    head: bytes, complete: bool = False
) -> tuple[JpegLayout | None, int | None, list[Problem], tuple[int, int] | None]:
    """Layout, scan-data offset, structural problems and (width, height) from the SOF.

    ``complete`` says ``head`` is the whole file, so a missing scan header is damage
    rather than a header longer than the bytes looked at.
    """
    try:
        layout = parse_layout(head)
    except NotAJpeg:
        return None, None, [], None
    dimensions = None
    for segment in layout.segments:
        if 0xC0 <= segment.marker <= 0xCF and segment.marker not in (0xC4, 0xC8, 0xCC):
            start = segment.payload_offset
            height = int.from_bytes(head[start + 1 : start + 3], "big")
            width = int.from_bytes(head[start + 3 : start + 5], "big")
            dimensions = (width, height)
            break
    if layout.scan_offset is None and complete:
        problem = error(
            "file-damaged",
            "The JPEG structure is broken: no image data was found.",
            fix="replace-file",
        )
        return layout, None, [problem], dimensions
    return layout, layout.scan_offset, [], dimensions


def _exif_within(head: bytes, layout: JpegLayout) -> bool:
    """Whether the JPEG's EXIF segment (if any) lies wholly inside ``head``."""
    segment = layout.first(0xE1, b"Exif\x00\x00", head)
    return segment is None or segment.end <= len(head)


# --- the cache ------------------------------------------------------------------------

# Stored column name (or field name) → ImageMetadata field; other keys are ignored.
_FIELD_FOR = {name: name for name in METADATA_FIELDS} | {
    "exif_artist": "artist",
    "exif_copyright": "copyright",
    "exif_description": "description",
}


def _metadata_fields(stored: Mapping[str, Any]) -> dict[str, Any]:
    return {_FIELD_FOR[key]: value for key, value in stored.items() if key in _FIELD_FOR}


def _from_cache(path: str, cache: CachedScan) -> ScannedFile:
    return ScannedFile(
        path=path,
        size=cache.size,
        mtime=cache.mtime,
        sha1=cache.sha1,
        kind=cache.kind,
        metadata=ImageMetadata(**_metadata_fields(cache.metadata)),
        problems=[Problem.from_dict(problem) for problem in cache.problems],
        from_cache=True,
    )


# --- passing results between processes ------------------------------------------------

# (code, message, params, severity, fix)
ProblemRecord = tuple[str, str, dict[str, Any], str, str | None]
# (path, size, mtime, sha1, kind, metadata values, problems, of which from metadata, missing)
ScanRecord = tuple[
    str, int, float, str | None, str, tuple[Any, ...], tuple[ProblemRecord, ...], int, bool
]


def _to_record(scanned: ScannedFile) -> ScanRecord:
    problems = tuple(
        (p.code, p.message, dict(p.params), p.severity.value, p.fix) for p in scanned.problems
    )
    return (
        scanned.path,
        scanned.size,
        scanned.mtime,
        scanned.sha1,
        scanned.kind,
        scanned.metadata.values(),
        problems,
        len(scanned.metadata.problems),
        scanned.missing,
    )


def _from_record(record: ScanRecord) -> ScannedFile:
    path, size, mtime, sha1, kind, values, problem_records, from_metadata, missing = record
    problems = [
        Problem(code, message, params, Severity(severity), fix)
        for code, message, params, severity, fix in problem_records
    ]
    metadata = ImageMetadata(**dict(zip(METADATA_FIELDS, values, strict=True)))
    if from_metadata:
        metadata.problems = problems[len(problems) - from_metadata :]
    return ScannedFile(path, size, mtime, sha1, kind, metadata, problems, False, missing)


def _scan_chunk(paths: list[str]) -> tuple[float, list[ScanRecord]]:
    """Run in a worker process: scan ``paths``; plain tuples (cheap to pickle) and the
    processor time it took."""
    began = time.process_time()
    records = [_to_record(scan_file(path)) for path in paths]
    return time.process_time() - began, records


def _process_context() -> multiprocessing.context.BaseContext:
    """``forkserver`` where there is one: never fork the GUI process itself (Qt threads
    and locks do not survive a fork), and the server, preloaded with this module, starts
    workers in ~10 ms after the first time."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


def processes_available() -> bool:
    """Whether scanning may start worker processes.

    Not in a frozen (PyInstaller) build: there a child process re-runs the app's entry
    point unless that calls ``multiprocessing.freeze_support()`` first. Until the entry
    point does and a bundle has been tried, a frozen app scans on threads (about 2×
    slower on two cores, still correct).
    """
    return not getattr(sys, "frozen", False)


# --- many files -----------------------------------------------------------------------

_gc_lock = threading.Lock()
_gc_deferrals = 0
_gc_was_enabled = False


@contextmanager
def deferred_gc() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector for the duration of a bulk step.

    A scan of thousands of files creates tens of thousands of small objects that all
    survive (results, metadata, report entries); each burst makes the collector run a
    full collection that walks every object in the process — SQLAlchemy's included. That
    was 60 of 130 ms of a 5,000-file re-scan. These objects form no reference cycles,
    so collecting later loses nothing. Nesting and concurrent scans are counted: the
    collector is switched back on (if it was on) when the last one ends.
    """
    global _gc_deferrals, _gc_was_enabled
    with _gc_lock:
        if _gc_deferrals == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_deferrals += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_deferrals -= 1
            if _gc_deferrals == 0 and _gc_was_enabled:
                gc.enable()


class _Run:
    """Results in input order, the done counter and progress reporting for one scan."""

    def __init__(self, paths: Sequence[str], progress: ProgressCallback | None) -> None:
        self.paths = paths
        self.results: list[ScannedFile | None] = [None] * len(paths)
        self.progress = progress
        self.done = 0
        self.worker_cpu_seconds = 0.0

    def finish(self, index: int, scanned: ScannedFile | None) -> None:
        if scanned is None:  # abandoned on cancel
            return
        self.results[index] = scanned
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, len(self.paths), os.path.basename(self.paths[index]))


def scan_paths(
    paths: Sequence[str | os.PathLike[str]],
    cache: Mapping[str, CachedScan] | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    workers: int | None = None,
    processes: bool | None = None,
) -> ScanOutcome:
    """Scan ``paths``; results keep the input order.

    ``workers`` is the number of worker processes (default: one per core) or, for few
    files, threads; ``processes`` forces (True) or forbids (False) worker processes
    instead of deciding by the number of files. ``progress(done, total, name)`` is
    called from the calling thread after each file; when ``cancelled()`` returns true
    (it is asked at least every :data:`POLL_SECONDS`) no new file is started, big files
    being hashed are abandoned, and the files finished so far are returned with
    ``cancelled=True``.
    """
    began_cpu = time.process_time()
    cache = cache or {}
    names = [os.fspath(path) for path in paths]
    run = _Run(names, progress)
    small: list[int] = []
    big: list[int] = []
    sizes: dict[int, int] = {}
    stopped = False
    # Stat every file and take unchanged ones from the cache: the whole of a re-scan.
    with deferred_gc():
        for index, path in enumerate(names):
            if index % 256 == 0 and cancelled is not None and cancelled():
                stopped = True
                break
            cached = cache.get(path)
            try:
                stat = os.stat(path)
            except OSError:
                run.finish(index, scan_file(path, cached))  # reports missing or unreadable
                continue
            if cached is not None and cached.size == stat.st_size and cached.mtime == stat.st_mtime:
                run.finish(index, _from_cache(path, cached))  # unchanged: nothing is read
            elif stat.st_size > WHOLE_FILE_BYTES and stat_module.S_ISREG(stat.st_mode):
                big.append(index)
            else:
                small.append(index)
                sizes[index] = stat.st_size
    mode, count = "none", 0
    if not stopped and (small or big):
        cores = os.cpu_count() or 2
        use_processes = processes_available() and (
            processes if processes is not None else len(small) >= PROCESS_MIN_FILES
        )
        if use_processes:
            count = max(1, workers or min(8, cores))
            mode = "processes"
            stopped, leftover = _scan_in_processes(run, small, big, sizes, cache, cancelled, count)
            if leftover and not stopped:  # the pool broke: finish on threads
                mode = "processes+threads"
                stopped = _scan_on_threads(run, leftover, cache, cancelled, count)
        else:
            count = max(1, workers or min(8, cores + 1))
            mode = "threads"
            stopped = _scan_on_threads(run, big + small, cache, cancelled, count)
    files = [result for result in run.results if result is not None]
    cpu = time.process_time() - began_cpu
    return ScanOutcome(files, stopped, mode, count, cpu, run.worker_cpu_seconds)


def _chunks(indices: list[int], sizes: Mapping[int, int]) -> list[list[int]]:
    chunks: list[list[int]] = []
    current: list[int] = []
    current_bytes = 0
    for index in indices:
        if current and (
            len(current) >= CHUNK_FILES or current_bytes + sizes[index] > CHUNK_MAX_BYTES
        ):
            chunks.append(current)
            current, current_bytes = [], 0
        current.append(index)
        current_bytes += sizes[index]
    if current:
        chunks.append(current)
    return chunks


def _scan_in_processes(
    run: _Run,
    small: list[int],
    big: list[int],
    sizes: Mapping[int, int],
    cache: Mapping[str, CachedScan],
    cancelled: CancelCheck | None,
    workers: int,
) -> tuple[bool, list[int]]:
    """Small files in chunks on worker processes, big ones hashed on threads here.

    Returns whether the scan was cancelled and, if the process pool broke (a worker
    killed, or processes unusable here), the indices still to scan.
    """
    stop = threading.Event()
    chunks = _chunks(small, sizes)
    window = workers * 3  # chunks in flight: enough to keep workers fed, bounded for cancel
    leftover: list[int] = []
    process_pool = ProcessPoolExecutor(max_workers=workers, mp_context=_process_context())
    thread_pool = ThreadPoolExecutor(
        max_workers=max(1, min(len(big), workers)), thread_name_prefix="fieldkit-hash"
    )
    pending_chunks: dict[Future[tuple[float, list[ScanRecord]]], list[int]] = {}
    pending_big: dict[Future[ScannedFile | None], int] = {}
    try:
        for index in big:  # started first: they overlap with the small files
            path = run.paths[index]
            pending_big[thread_pool.submit(_scan_one, path, cache.get(path), stop)] = index
        next_chunk = 0
        broken = False
        while pending_chunks or pending_big or (next_chunk < len(chunks) and not broken):
            if cancelled is not None and cancelled():
                stop.set()
                break
            while not broken and next_chunk < len(chunks) and len(pending_chunks) < window:
                paths = [run.paths[index] for index in chunks[next_chunk]]
                try:
                    future = process_pool.submit(_scan_chunk, paths)
                except (BrokenProcessPool, OSError):  # processes cannot start here
                    broken = True
                    break
                pending_chunks[future] = chunks[next_chunk]
                next_chunk += 1
            waiting: list[Future[Any]] = [*pending_chunks, *pending_big]
            if not waiting:
                break
            finished, _ = wait(waiting, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            broken = _collect(run, finished, pending_chunks, pending_big, leftover) or broken
        if broken:
            leftover.extend(i for chunk in chunks[next_chunk:] for i in chunk)
    finally:
        # On cancel: chunks not started are dropped; running ones (a few dozen small
        # files) and big files (which see ``stop`` within one block) end quickly.
        for future in pending_chunks:
            future.cancel()
        process_pool.shutdown(wait=True, cancel_futures=True)
        thread_pool.shutdown(wait=True)
        _collect(run, [*pending_chunks, *pending_big], pending_chunks, pending_big, leftover)
    return stop.is_set(), sorted(leftover)


def _collect(
    run: _Run,
    finished: Iterable[Future[Any]],
    pending_chunks: dict[Future[tuple[float, list[ScanRecord]]], list[int]],
    pending_big: dict[Future[ScannedFile | None], int],
    leftover: list[int],
) -> bool:
    """Record finished work (each result at its input index); True when a chunk failed
    because the process pool broke."""
    broken = False
    for future in finished:
        if not future.done() or future.cancelled():
            continue
        if future in pending_big:
            run.finish(pending_big.pop(future), future.result())
            continue
        indices = pending_chunks.pop(future)
        try:
            cpu, records = future.result()
        except BrokenProcessPool:
            leftover.extend(indices)
            broken = True
            continue
        run.worker_cpu_seconds += cpu
        for index, record in zip(indices, records, strict=True):
            run.finish(index, _from_record(record))
    return broken


def _scan_on_threads(
    run: _Run,
    indices: list[int],
    cache: Mapping[str, CachedScan],
    cancelled: CancelCheck | None,
    workers: int,
) -> bool:
    """Scan ``indices`` on a small thread pool; returns whether the scan was cancelled."""
    stop = threading.Event()
    window = workers * 4  # bounded queue: cancel takes effect within a few files
    pending: dict[Future[ScannedFile | None], int] = {}
    position = 0
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fieldkit-scan") as pool:
        while pending or (position < len(indices) and not stop.is_set()):
            while not stop.is_set() and position < len(indices) and len(pending) < window:
                if cancelled is not None and cancelled():
                    stop.set()  # also abandons big files being hashed
                    break
                path = run.paths[indices[position]]
                pending[pool.submit(_scan_one, path, cache.get(path), stop)] = indices[position]
                position += 1
            if not pending:
                break
            finished, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in finished:
                run.finish(pending.pop(future), future.result())
            if not finished and cancelled is not None and cancelled():
                stop.set()
    return stop.is_set()
