"""Scanning many files: worker processes for small files, threads for big ones, in order.

Where the time goes, per 110 kB camera JPEG on one core with the page cache warm (one
file: :mod:`desktop_app.files.file_scan`): SHA-1 half, reading a quarter, the EXIF tags
(:mod:`desktop_app.files.exif_tags`, no longer exifread) a fifth, layout and damage
checks the rest. The Python parts hold the GIL, so threads cannot spread them over
cores: many files are scanned by a pool of worker
*processes* (chunks of paths in, plain tuples out: :mod:`desktop_app.files.scan_workers`),
while files above :data:`~desktop_app.files.file_scan.WHOLE_FILE_BYTES` are hashed on
threads of this process (``hashlib`` releases the GIL) so that one large video never
blocks a worker or the cancel button. Few files are scanned on threads, where starting
processes would cost more than it saves; on a single usable core
(:func:`~desktop_app.system.cores.usable_cores`) small files are scanned one after the
other in the calling thread, where handing each to a thread would cost a third more.
Files whose path, size and mtime match the cache are not opened at all, which makes a
re-scan nearly free.

Long scans run off the GUI thread: :func:`scan_paths` reports ``progress(done, total,
text)`` and stops early when ``cancelled()`` turns true.
"""

from __future__ import annotations

import gc
import os
import stat as stat_module
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from desktop_app.files import file_scan
from desktop_app.files.file_scan import (
    CachedScan,
    ScannedFile,
    from_cache,
    scan_file,
    scan_one,
    special_kind,
)
from desktop_app.files.scan_workers import (
    ScanRecord,
    from_record,
    process_context,
    processes_available,
    scan_chunk,
)
from desktop_app.system.cores import usable_cores

# Below this many files to read, threads win: starting worker processes costs ~20–110 ms.
PROCESS_MIN_FILES = 64
# A worker gets this many small files at a time, and at most CHUNK_MAX_BYTES of them
# (~20 ms of work for 110 kB camera JPEGs; 5,000 of them scan ~3 % sooner than in chunks
# of 48): big enough that passing them between processes is cheap, small enough that
# cancel and progress stay prompt.
CHUNK_FILES = 128
CHUNK_MAX_BYTES = 24 * 1024 * 1024
POLL_SECONDS = 0.1  # how often cancelled() is asked while waiting for workers

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]
FileCallback = Callable[[int, ScannedFile], None]


@dataclass
class ScanOutcome:
    """Everything scanned (in input order) and whether the user stopped it early.

    ``mode`` says how the files were read ("processes", "threads", "serial" on one core,
    or "none" when every file came from the cache) and ``workers`` how many processes or
    threads did it.
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

    def __init__(
        self,
        paths: Sequence[str],
        progress: ProgressCallback | None,
        on_file: FileCallback | None = None,
    ) -> None:
        self.paths = paths
        self.results: list[ScannedFile | None] = [None] * len(paths)
        self.progress = progress
        self.on_file = on_file
        self.done = 0
        self.worker_cpu_seconds = 0.0

    def finish(self, index: int, scanned: ScannedFile | None) -> None:
        if scanned is None:  # abandoned on cancel
            return
        self.results[index] = scanned
        self.done += 1
        if self.on_file is not None:
            self.on_file(index, scanned)
        if self.progress is not None:
            self.progress(self.done, len(self.paths), os.path.basename(self.paths[index]))


def scan_paths(
    paths: Sequence[str | os.PathLike[str]],
    cache: Mapping[str, CachedScan] | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    workers: int | None = None,
    processes: bool | None = None,
    on_file: FileCallback | None = None,
) -> ScanOutcome:
    """Scan ``paths``; results keep the input order.

    ``workers`` is the number of worker processes (default: one per usable core, see
    :func:`~desktop_app.system.cores.usable_cores`; none on one core) or, for few
    files, threads; ``processes`` forces (True) or forbids (False) worker processes
    instead of deciding by the number of files. ``progress(done, total, name)`` is
    called from the calling thread after each file; when ``cancelled()`` returns true
    (it is asked at least every :data:`POLL_SECONDS`) no new file is started, big files
    being hashed are abandoned, and the files finished so far are returned with
    ``cancelled=True``. ``on_file(index, scanned)`` is called from the calling thread as
    each file is done, in the order they finish: work on the results (building rows) can
    go on while worker processes scan the rest.
    """
    began_cpu = time.process_time()
    cache = cache or {}
    names = [os.fspath(path) for path in paths]
    run = _Run(names, progress, on_file)
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
            if special_kind(stat.st_mode) is not None:
                run.finish(index, scan_file(path))  # a pipe or device: reported, never read
                continue
            if cached is not None and cached.size == stat.st_size and cached.mtime == stat.st_mtime:
                run.finish(index, from_cache(path, cached))  # unchanged: nothing is read
            elif stat.st_size > file_scan.WHOLE_FILE_BYTES and stat_module.S_ISREG(stat.st_mode):
                big.append(index)
            else:
                small.append(index)
                sizes[index] = stat.st_size
    mode, count = "none", 0
    if not stopped and (small or big):
        cores = usable_cores()
        # On one core a worker process only adds its start and the copying of results.
        use_processes = processes_available() and (
            processes if processes is not None else len(small) >= PROCESS_MIN_FILES and cores > 1
        )
        if use_processes:
            count = max(1, workers or min(8, cores))
            mode = "processes"
            stopped, leftover = _scan_in_processes(run, small, big, sizes, cache, cancelled, count)
            if leftover and not stopped:  # the pool broke: finish on threads
                mode = "processes+threads"
                stopped = _scan_on_threads(run, leftover, cache, cancelled, count)
        elif cores == 1 and workers is None:
            # One core: threads only add their hand-overs (~50 µs per small file, a third
            # of the scan); big files still go to a thread, where a cancel can stop them.
            count, mode = 1, "serial"
            stopped = _scan_serially(run, small, cache, cancelled)
            if big and not stopped:
                stopped = _scan_on_threads(run, big, cache, cancelled, 1)
        else:
            count = max(1, workers or min(8, cores + 1))
            mode = "threads"
            stopped = _scan_on_threads(run, big + small, cache, cancelled, count)
    files = [result for result in run.results if result is not None]
    cpu = time.process_time() - began_cpu
    return ScanOutcome(files, stopped, mode, count, cpu, run.worker_cpu_seconds)


def _scan_checked(
    path: str, cache: CachedScan | None, stop: threading.Event | None
) -> ScannedFile | None:
    """:func:`scan_one` of a file :func:`scan_paths` has just stat'ed (no pipe or device)."""
    return scan_one(path, cache, stop, stat_first=False)


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
    from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor

    stop = threading.Event()
    chunks = _chunks(small, sizes)
    window = workers * 3  # chunks in flight: enough to keep workers fed, bounded for cancel
    leftover: list[int] = []
    process_pool = ProcessPoolExecutor(max_workers=workers, mp_context=process_context())
    thread_pool = ThreadPoolExecutor(
        max_workers=max(1, min(len(big), workers)), thread_name_prefix="fieldkit-hash"
    )
    pending_chunks: dict[Future[tuple[float, list[ScanRecord]]], list[int]] = {}
    pending_big: dict[Future[ScannedFile | None], int] = {}
    try:
        for index in big:  # started first: they overlap with the small files
            path = run.paths[index]
            pending_big[thread_pool.submit(_scan_checked, path, cache.get(path), stop)] = index
        next_chunk = 0
        broken = False
        while pending_chunks or pending_big or (next_chunk < len(chunks) and not broken):
            if cancelled is not None and cancelled():
                stop.set()
                break
            while not broken and next_chunk < len(chunks) and len(pending_chunks) < window:
                paths = [run.paths[index] for index in chunks[next_chunk]]
                try:
                    future = process_pool.submit(scan_chunk, paths)
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
    from concurrent.futures.process import BrokenProcessPool

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
            run.finish(index, from_record(record))
    return broken


def _scan_serially(
    run: _Run, indices: list[int], cache: Mapping[str, CachedScan], cancelled: CancelCheck | None
) -> bool:
    """Scan small files one after the other here; returns whether the scan was cancelled.

    ``cancelled()`` is asked before each file (a small file takes well under a millisecond).
    """
    for index in indices:
        if cancelled is not None and cancelled():
            return True
        path = run.paths[index]
        run.finish(index, _scan_checked(path, cache.get(path), None))
    return False


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
                pending[pool.submit(_scan_checked, path, cache.get(path), stop)] = indices[position]
                position += 1
            if not pending:
                break
            finished, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in finished:
                run.finish(pending.pop(future), future.result())
            if not finished and cancelled is not None and cancelled():
                stop.set()
    return stop.is_set()
