"""What runs in the scanner's worker processes, and how its results travel back.

A worker gets a chunk of paths and returns plain tuples (cheap to pickle) with the
processor time it spent. Worker processes come from a ``forkserver`` preloaded with this
module and, as ``multiprocessing`` requires, import the program's main module: it must
not do work at import time (``desktop_app.__main__`` does not). A frozen build uses them
too: its entry point calls ``multiprocessing.freeze_support()`` first.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from desktop_app.core.problems import Problem, Severity
from desktop_app.files.exif import ImageMetadata
from desktop_app.files.file_scan import ScannedFile, scan_one

if TYPE_CHECKING:
    import multiprocessing.context

# (code, message, params, severity, fix)
ProblemRecord = tuple[str, str, dict[str, Any], str, str | None]
# (path, size, mtime, sha1, kind, metadata values, problems, of which from metadata, missing)
ScanRecord = tuple[
    str, int, float, str | None, str, tuple[Any, ...], tuple[ProblemRecord, ...], int, bool
]


def to_record(scanned: ScannedFile) -> ScanRecord:
    """``scanned`` as plain tuples, to pickle between processes."""
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


def from_record(record: ScanRecord) -> ScannedFile:
    """The :class:`ScannedFile` a worker's record describes."""
    path, size, mtime, sha1, kind, values, problem_records, from_metadata, missing = record
    problems = [
        Problem(code, message, params, Severity(severity), fix)
        for code, message, params, severity, fix in problem_records
    ]
    metadata = ImageMetadata(*values)  # METADATA_FIELDS order: the fields before problems
    if from_metadata:
        metadata.problems = problems[len(problems) - from_metadata :]
    return ScannedFile(path, size, mtime, sha1, kind, metadata, problems, False, missing)


def scan_chunk(paths: list[str]) -> tuple[float, list[ScanRecord]]:
    """Run in a worker process: scan ``paths`` (small files the parent has just stat'ed:
    no pipe or device); plain tuples (cheap to pickle) and the processor time it took."""
    began = time.process_time()
    records = [to_record(_scanned(path)) for path in paths]
    return time.process_time() - began, records


def _scanned(path: str) -> ScannedFile:
    scanned = scan_one(path, None, None, stat_first=False)
    assert scanned is not None  # only a set ``stop`` event abandons a file
    return scanned


def process_context() -> multiprocessing.context.BaseContext:
    """How worker processes start.

    ``fork`` from a command-line process on Linux with no other thread running: a worker
    is then a copy of it, made in a few milliseconds with every module already imported
    (``media import`` of 5,000 photos: ~0.2 s sooner than a forkserver, which first starts
    a fresh interpreter). Otherwise ``forkserver`` where there is one: the GUI process is
    never forked (Qt's threads and locks do not survive a fork), and the server, preloaded
    with this module, starts workers in ~10 ms after the first time. Else ``spawn``.
    ``multiprocessing`` is imported here, when processes are wanted (not on one core).
    """
    import multiprocessing

    if can_fork_here():
        return multiprocessing.get_context("fork")
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


def can_fork_here() -> bool:
    """Linux, Qt not loaded and no other Python thread: a fork copies nothing half-done.

    The child never touches what it inherits beyond the scan (no database connection,
    no log handler): it scans its chunk and leaves with ``os._exit``.
    """
    return (
        sys.platform.startswith("linux")
        and "PySide6.QtCore" not in sys.modules
        and threading.active_count() == 1
    )


def processes_available() -> bool:
    """Whether scanning may start worker processes.

    In a frozen (PyInstaller) build a child process re-runs the app's entry point, which
    calls ``multiprocessing.freeze_support()`` first so that it becomes the worker. Set
    ``FIELDKIT_SCAN_THREADS=1`` to scan on threads instead (about 2× slower on two cores).
    """
    return os.environ.get("FIELDKIT_SCAN_THREADS") != "1"
