"""What an import or a re-scan says about each file, and about the whole batch.

Plain data shared by the full path (:mod:`desktop_app.services.media_import`) and the
light re-import of an unchanged folder (:mod:`desktop_app.services.light_import`), so
that both report, print and serialise alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.problems import Problem

IMPORT_STATUSES = ("added", "unchanged", "changed", "moved", "missing", "skipped")


@dataclass
class ImportedFile:
    """What an import or re-scan did with one path."""

    path: str
    status: str  # "added", "unchanged", "changed", "moved", "missing", "skipped"
    item_id: int | None = None
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "item_id": self.item_id,
            "problems": [problem.to_dict() for problem in self.problems],
        }


@dataclass
class ImportReport:
    """The outcome of :func:`import_paths` or :func:`rescan_batch`."""

    batch_id: int
    files: list[ImportedFile] = field(default_factory=list)
    cancelled: bool = False
    partnership_created: bool = False
    # How the scan ran, for benchmarks and logs (not part of ``to_dict``): "processes",
    # "threads" or "none" (all from the cache), with how many workers; wall-clock seconds
    # spent scanning and writing the results; processor seconds of the scan here and in
    # worker processes (see ScanOutcome).
    scan_mode: str = ""
    scan_workers: int = 0
    scan_seconds: float = 0.0
    store_seconds: float = 0.0
    scan_cpu_seconds: float = 0.0
    scan_worker_cpu_seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for entry in self.files if entry.status == status)

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
            "counts": {status: self.count(status) for status in IMPORT_STATUSES},
            "files": [entry.to_dict() for entry in self.files],
        }
