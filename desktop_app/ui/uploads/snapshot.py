"""What the Uploads area shows, read from the database in one cheap call.

The only place the area reads the queue: jobs come from
:func:`desktop_app.services.uploads.list_jobs` (the same view the CLI prints), batch
names from the batches. Per-batch totals are summed here from the job list rather
than with one ``status()`` query per batch. Plain data, no Qt: the area refreshes it
on a timer and merges live progress from the worker on top.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.core.timeutil import utcnow
from desktop_app.core.uploads import ACCOUNT_HALT_CODES, RUNNABLE_STATES, WikiHold
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.services.uploads import JobView, batch_names, list_jobs, wiki_hold

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext
    from desktop_app.sync.uploads.engine import UploadProgress

DONE_STATES = frozenset({"verified", "published"})
# The sync monitor's account states (LinkState values) → the banner's reason.
LINK_ACCOUNT_REASONS = {
    "unconfigured": "not_configured",
    "no_password": "no_password",
    "login_failed": "login_failed",
}


@dataclass(frozen=True)
class BatchSummary:
    """One batch's progress (``batch_id`` ``None``: files queued without a batch)."""

    batch_id: int | None
    name: str
    files: int
    uploaded: int
    needs_decision: int
    failed: int
    cancelled: int
    active: int  # still on their way
    paused: int
    total_bytes: int
    confirmed_bytes: int
    rate: float | None = None
    eta_seconds: float | None = None

    @property
    def fraction(self) -> float:
        return self.confirmed_bytes / self.total_bytes if self.total_bytes else 0.0


@dataclass
class QueueSnapshot:
    jobs: list[JobView] = field(default_factory=list)
    batch_names: dict[int, str] = field(default_factory=dict)
    paused_all: bool = False
    read_at: datetime = field(default_factory=utcnow)
    wiki_hold: WikiHold | None = None  # the wiki takes no uploads until then (rate limit...)

    def batches(self, live: dict[int, UploadProgress] | None = None) -> list[BatchSummary]:
        """Per-batch totals in queue order, with the live rate of the file moving now."""
        live = live or {}
        order: dict[int | None, list[JobView]] = {}
        for job in self.jobs:
            order.setdefault(job.batch_id, []).append(job)
        summaries = []
        for batch_id, jobs in order.items():
            confirmed = sum(confirmed_bytes(job, live.get(job.id)) for job in jobs)
            counted = [job for job in jobs if job.state != "cancelled"]
            total = sum(job.file_size for job in counted)
            rates = [p.rate_bytes_per_second for job in jobs if (p := live.get(job.id))]
            rate = sum(r for r in rates if r) or None
            remaining = sum(
                job.file_size - confirmed_bytes(job, live.get(job.id))
                for job in jobs
                if job.state in RUNNABLE_STATES
            )
            summaries.append(
                BatchSummary(
                    batch_id=batch_id,
                    name=self.batch_names.get(batch_id, "") if batch_id is not None else "",
                    files=len(counted),
                    uploaded=sum(1 for job in jobs if job.state in DONE_STATES),
                    needs_decision=sum(1 for job in jobs if job.state == "needs_decision"),
                    failed=sum(1 for job in jobs if job.state == "failed"),
                    cancelled=len(jobs) - len(counted),
                    active=sum(1 for job in jobs if job.state in RUNNABLE_STATES),
                    paused=sum(1 for job in jobs if job.paused and job.state in RUNNABLE_STATES),
                    total_bytes=total,
                    confirmed_bytes=confirmed,
                    rate=rate,
                    eta_seconds=remaining / rate if rate and remaining > 0 else None,
                )
            )
        return summaries

    def is_waiting(self, job: JobView) -> bool:
        """Runnable but held back until ``next_attempt_at`` (after transient trouble)."""
        due = job.next_attempt_at
        return job.state in RUNNABLE_STATES and due is not None and due > self.read_at

    @property
    def pending(self) -> int:
        return sum(1 for job in self.jobs if job.state in RUNNABLE_STATES)

    def hold_reason(self, runner_held: str, link_state: str) -> str:
        """Why nothing moves, for the banner ("" when uploads can go).

        The account comes before the connection: with no account set up, waiting for a
        link would not help, so the banner says what would.
        """
        if self.paused_all:
            return "paused_all"
        halt = self.account_halt()
        if halt:
            return halt
        if not self.pending:
            return ""
        if self.wiki_hold is not None and self.wiki_hold.until > self.read_at:
            return "wiki_hold"
        if link_state in LINK_ACCOUNT_REASONS:
            return LINK_ACCOUNT_REASONS[link_state]
        if runner_held:
            return runner_held
        return "offline" if link_state == "offline" else ""

    def account_halt(self) -> str:
        """The account problem a waiting job stopped on (``""``: none): the runner tried."""
        for job in self.jobs:
            if job.state in RUNNABLE_STATES and job.error_code in ACCOUNT_HALT_CODES:
                return str(job.error_code)
        return ""

    def halted_by_login(self) -> bool:
        """A runnable job carries an account failure: the whole queue is stopped by it."""
        return bool(self.account_halt())


def confirmed_bytes(job: JobView, progress: UploadProgress | None) -> int:
    """Bytes the wiki has confirmed: the live report when newer than the row."""
    if job.state in DONE_STATES:
        return job.file_size
    if progress is not None and job.state not in ("failed", "cancelled", "needs_decision"):
        return max(job.confirmed_bytes, progress.confirmed_bytes)
    return job.confirmed_bytes


def read_snapshot(ctx: AppContext) -> QueueSnapshot:
    """Every job, the batch names and the pause-all switch (a few ms; GUI thread is fine)."""
    jobs = list_jobs(ctx)
    names = batch_names(ctx, {job.batch_id for job in jobs if job.batch_id is not None})
    return QueueSnapshot(jobs, names, UploadQueue(ctx.db).paused_all(), wiki_hold=wiki_hold(ctx))
