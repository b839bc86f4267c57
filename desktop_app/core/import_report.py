"""What an import or a re-scan says about each file, and about the whole batch.

Plain data shared by the full path (:mod:`desktop_app.services.media_import`) and the
light re-import of an unchanged folder (:mod:`desktop_app.services.light_import`), so
that both report, print and serialise alike.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.problems import Problem

IMPORT_STATUSES = ("added", "unchanged", "changed", "moved", "missing", "skipped")


class _Slotted:
    """Equality and ``repr`` by the slots' values, as a dataclass would give them.

    The classes below are plain classes with slots, not dataclasses: the light re-import
    of an unchanged folder builds them, and ``dataclasses`` (with the ``inspect`` it
    imports) and the two classes it would build cost ~12 ms of that ~0.1 s command
    (bench/README.md, "fifth round").
    """

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclasses were

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class ImportedFile(_Slotted):
    """What an import or re-scan did with one path."""

    __slots__ = ("item_id", "path", "problems", "status")

    def __init__(
        self,
        path: str,
        status: str,  # "added", "unchanged", "changed", "moved", "missing", "skipped"
        item_id: int | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        self.path = path
        self.status = status
        self.item_id = item_id
        self.problems: list[Problem] = [] if problems is None else problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "item_id": self.item_id,
            "problems": [problem.to_dict() for problem in self.problems],
        }


class ImportReport(_Slotted):
    """The outcome of :func:`import_paths` or :func:`rescan_batch`.

    Besides the files: how the scan ran, for benchmarks and logs (not part of
    ``to_dict``): ``scan_mode`` "processes", "threads" or "none" (all from the cache),
    with ``scan_workers`` workers; wall-clock seconds spent scanning and writing the
    results; processor seconds of the scan here and in worker processes (see ScanOutcome).
    """

    __slots__ = (
        "batch_id",
        "cancelled",
        "files",
        "partnership_created",
        "scan_cpu_seconds",
        "scan_mode",
        "scan_seconds",
        "scan_worker_cpu_seconds",
        "scan_workers",
        "store_seconds",
    )

    def __init__(
        self,
        batch_id: int,
        files: list[ImportedFile] | None = None,
        cancelled: bool = False,
        partnership_created: bool = False,
        *,
        scan_mode: str = "",
        scan_workers: int = 0,
        scan_seconds: float = 0.0,
        store_seconds: float = 0.0,
        scan_cpu_seconds: float = 0.0,
        scan_worker_cpu_seconds: float = 0.0,
    ) -> None:
        self.batch_id = batch_id
        self.files: list[ImportedFile] = [] if files is None else files
        self.cancelled = cancelled
        self.partnership_created = partnership_created
        self.scan_mode = scan_mode
        self.scan_workers = scan_workers
        self.scan_seconds = scan_seconds
        self.store_seconds = store_seconds
        self.scan_cpu_seconds = scan_cpu_seconds
        self.scan_worker_cpu_seconds = scan_worker_cpu_seconds

    def count(self, status: str) -> int:
        return sum(1 for entry in self.files if entry.status == status)

    def counts(self) -> dict[str, int]:
        """Files per status, every status named (one pass over thousands of files)."""
        counts = dict.fromkeys(IMPORT_STATUSES, 0)
        for entry in self.files:
            if entry.status in counts:
                counts[entry.status] += 1
        return counts

    def not_imported(self) -> int:
        """Paths that could not be imported (missing, unreadable); a file left out
        because it is not media does not count: nothing went wrong."""
        return sum(
            1
            for entry in self.files
            if entry.status == "skipped" and any(problem.blocking for problem in entry.problems)
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "batch_id": self.batch_id,
            "cancelled": self.cancelled,
            "partnership_created": self.partnership_created,
            "counts": self.counts(),
            "files": [entry.to_dict() for entry in self.files],
        }
