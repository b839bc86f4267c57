"""The outcome report for a partner: which files went up, under which licence, used where.

Plain data and rules, no I/O: :mod:`desktop_app.services.reports` fills an
:class:`OutcomeReport` from the store (and the cached usage), this module sums it up and
writes it as CSV text; :mod:`desktop_app.core.report_html` writes the HTML. Usage is
``None`` for a file whose usage was never read (not the same as "used nowhere").
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

# Job states that count as "on the wiki" for the partner.
UPLOADED_STATES = frozenset({"verified", "published"})
FAILED_STATES = frozenset({"failed", "needs_decision"})
_SETTLED_STATES = UPLOADED_STATES | FAILED_STATES | {"cancelled"}
CSV_COLUMNS = (
    "partnership",
    "batch",
    "title",
    "state",
    "page_url",
    "licence",
    "licence_url",
    "author",
    "size",
    "verified_at",
    "sha1",
    "used_on_pages",
    "pages",
    "usage_checked_at",
)


@dataclass(frozen=True)
class UsagePage:
    """A wiki page that shows the file."""

    wiki: str  # host name of the wiki, e.g. "en.wikipedia.org"
    title: str
    url: str


@dataclass(frozen=True)
class ReportFile:
    """One file of the report: the newest upload job of a media item, plus what it is."""

    batch: str
    title: str  # the file name on the wiki, without "File:"
    state: str  # the upload job's state
    page_url: str | None
    licence_id: str | None
    licence_label: str
    licence_url: str
    author: str
    size: int
    sha1: str
    verified_at: datetime | None
    thumbnail_jpeg: bytes | None = None  # small JPEG for the HTML report, if there is one
    usage: tuple[UsagePage, ...] | None = None  # None: never read from the wiki
    usage_checked_at: datetime | None = None

    @property
    def uploaded(self) -> bool:
        return self.state in UPLOADED_STATES


@dataclass(frozen=True)
class ReportTotals:
    """The numbers at the top of the report."""

    files: int
    uploaded: int
    pending: int
    failed: int
    bytes_uploaded: int
    files_in_use: int
    pages_using: int  # distinct pages (per wiki) showing at least one file
    usage_checked: int  # files whose usage was read at least once
    by_licence: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class OutcomeReport:
    """A report for one batch or for all batches of a partnership."""

    heading: str
    partnership: str
    batches: tuple[str, ...]
    wiki: str  # the API URL the files went to
    generated_at: datetime
    files: tuple[ReportFile, ...]
    language: str = "en"  # of the heading, and of the HTML made from it

    @property
    def totals(self) -> ReportTotals:
        return totals_of(self.files)

    @property
    def usage_checked_at(self) -> datetime | None:
        """The oldest usage reading among files that have one (how stale the report is)."""
        times = [f.usage_checked_at for f in self.files if f.usage_checked_at is not None]
        return min(times) if times else None


def totals_of(files: tuple[ReportFile, ...] | list[ReportFile]) -> ReportTotals:
    """Count files by outcome and licence, bytes uploaded and pages using the files."""
    uploaded = [f for f in files if f.uploaded]
    failed = sum(1 for f in files if f.state in FAILED_STATES)
    pages = {(page.wiki, page.title) for f in uploaded for page in (f.usage or ())}
    return ReportTotals(
        files=len(files),
        uploaded=len(uploaded),
        pending=sum(1 for f in files if f.state not in _SETTLED_STATES),
        failed=failed,
        bytes_uploaded=sum(f.size for f in uploaded),
        files_in_use=sum(1 for f in uploaded if f.usage),
        pages_using=len(pages),
        usage_checked=sum(1 for f in files if f.usage is not None),
        by_licence=dict(Counter(f.licence_label for f in uploaded)),
    )


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def report_csv_text(report: OutcomeReport) -> str:
    """One row per file (header first); pages as ``wiki:title`` joined by ``; ``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for f in report.files:
        pages = "; ".join(f"{page.wiki}:{page.title}" for page in f.usage or ())
        writer.writerow(
            [
                report.partnership,
                f.batch,
                f.title,
                f.state,
                f.page_url or "",
                f.licence_label,
                f.licence_url,
                f.author,
                f.size,
                _iso(f.verified_at),
                f.sha1,
                "" if f.usage is None else len(f.usage),
                pages,
                _iso(f.usage_checked_at),
            ]
        )
    return out.getvalue()


SIZE_UNITS = ("bytes", "kB", "MB", "GB")


def size_in_units(size: int) -> tuple[str, int]:
    """Bytes as (number, index into :data:`SIZE_UNITS`), decimal units like the wiki.

    The number has a ``.`` decimal mark; a report in another language swaps mark and unit.
    """
    value = float(size)
    for index in range(len(SIZE_UNITS)):
        if value < 1000 or index == len(SIZE_UNITS) - 1:
            return (f"{value:.0f}" if index == 0 else f"{value:.1f}"), index
        value /= 1000
    raise AssertionError("unreachable: the last unit takes any size")


def human_size(size: int) -> str:
    """Bytes as a short English text (``1.5 MB``)."""
    number, unit = size_in_units(size)
    return f"{number} {SIZE_UNITS[unit]}"
