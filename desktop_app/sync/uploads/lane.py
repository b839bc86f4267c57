"""Uploads as a lane of the job runner, and one synchronous pass for ``fieldkit sync``.

The GUI runs :func:`build_upload_runner`'s runner on its own thread (waking it when the
link returns); ``fieldkit sync`` calls :func:`run_upload_pass` after the outbox. Both use
an engine that deletes a job's kept GPS-free copy once the job is verified or cancelled,
and both claim every job with a lease, so they can run at the same time on one folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.faults import FaultKind, holds_the_wiki
from desktop_app.core.uploads import UploadState
from desktop_app.store.context import AppContext
from desktop_app.store.db import Database
from desktop_app.store.models import UploadJob, utcnow
from desktop_app.store.repositories import uploads as rows
from desktop_app.store.repositories.settings import load_settings
from desktop_app.sync.account import account_client
from desktop_app.sync.runner import SKIPPED, JobResult, JobRunner, StopCheck
from desktop_app.sync.uploads.chunking import BandwidthLimiter, ChunkPolicy
from desktop_app.sync.uploads.copies import delete_copy, sweep_copies
from desktop_app.sync.uploads.engine import (
    RunOutcome,
    UploadEngine,
    UploadProgress,
    record_hold,
)
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.errors import WikiError

log = logging.getLogger(__name__)

ClientProvider = Callable[[], WikiClient]


class UploadLane:
    """The upload queue as a :class:`~desktop_app.sync.runner.Lane`."""

    name = "uploads"

    def __init__(
        self,
        db: Database,
        engine: UploadEngine,
        *,
        progress_cb: Callable[[UploadProgress], None] | None = None,
    ) -> None:
        self.db = db
        self.engine = engine
        self.progress_cb = progress_cb

    def due_ids(self, *, due_only: bool = True) -> list[int]:
        """Runnable, unpaused jobs in queue order (none while everything is paused, or
        while the wiki holds every upload: a rate limit, read-only, a block...)."""
        with self.db.session() as session:
            if rows.paused_all(session):
                return []
            due = rows.due_job_ids(session, utcnow(), due_only=due_only)
        if due and self.engine.hold() is not None:
            return []
        return due

    def run(self, job_id: int, owner: str, should_stop: StopCheck) -> JobResult:
        result = self.engine.run_job(job_id, self.progress_cb, should_stop, owner=owner)
        outcome = SKIPPED if result.outcome == RunOutcome.NOTHING_TO_DO else str(result.outcome)
        halt = result.outcome == RunOutcome.HALTED or result.holds_the_wiki
        return JobResult(job_id, outcome, result.fault, halt)


@dataclass
class UploadReport:
    """What one pass over the upload lane did: job id → outcome, and why it stopped."""

    outcomes: dict[int, str] = field(default_factory=dict)
    halted_by: str | None = None

    def count(self, outcome: str) -> int:
        return sum(1 for value in self.outcomes.values() if value == outcome)

    @classmethod
    def of(cls, results: list[JobResult]) -> UploadReport:
        report = cls()
        for result in results:
            if result.outcome == SKIPPED:
                continue
            report.outcomes[result.job_id] = result.outcome
            if result.halt:
                report.halted_by = result.fault.code if result.fault else "halted"
        return report


def copy_keeping_engine(
    ctx: AppContext, client_provider: ClientProvider, **options: Any
) -> UploadEngine:
    """An engine that deletes a job's kept GPS-free copy once it is verified or cancelled."""

    def forget_copy(job: UploadJob) -> None:
        if job.state in (UploadState.VERIFIED, UploadState.CANCELLED):
            delete_copy(job.local_path, ctx.paths.cache)

    return UploadEngine(ctx.db, client_provider, on_finished=forget_copy, **options)


def build_upload_runner(
    ctx: AppContext,
    client_provider: ClientProvider | None = None,
    *,
    allowed: Callable[[], bool] = lambda: True,
    progress_cb: Callable[[UploadProgress], None] | None = None,
    policy: ChunkPolicy | None = None,
    limiter: BandwidthLimiter | None = None,
    idle_seconds: float = 15.0,
    **engine_options: Any,
) -> JobRunner:
    """A runner for this data folder's uploads (not started).

    ``client_provider`` defaults to the configured account (keyring or
    ``FIELDKIT_PASSWORD``), connected on the first job that needs the wiki. Copies of
    jobs finished while the app was closed are swept now.
    """
    sweep_copies(ctx.db, ctx.paths.cache)
    if "api_url" not in engine_options and client_provider is None:
        with ctx.db.session() as session:  # the account's wiki: its holds, before connecting
            engine_options["api_url"] = load_settings(session).wiki_api_url or None
    engine = copy_keeping_engine(
        ctx,
        client_provider or account_client(ctx),
        policy=policy,
        limiter=limiter,
        **engine_options,
    )
    lane = UploadLane(ctx.db, engine, progress_cb=progress_cb)
    return JobRunner(lane, allowed=allowed, idle_seconds=idle_seconds)


# --- one pass, for ``fieldkit sync`` ------------------------------------------------------


@dataclass
class UploadPassReport:
    """What one upload pass did (the ``uploads`` key of ``fieldkit sync --json``)."""

    verified: int = 0
    needs_decision: int = 0
    failed: int = 0
    waiting: int = 0
    interrupted: int = 0
    halted_by: str | None = None  # "offline", "login_failed", "not_configured", ...
    remaining: int = 0
    jobs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def offline(self) -> bool:
        return self.halted_by == "offline"

    @property
    def has_failures(self) -> bool:
        """Something needs the user or a later pass (offline is reported apart)."""
        trouble = self.needs_decision or self.failed or self.waiting or self.interrupted
        return bool(trouble) or (self.halted_by is not None and not self.offline)

    def to_dict(self) -> dict[str, Any]:
        return {
            "verified": self.verified,
            "needs_decision": self.needs_decision,
            "failed": self.failed,
            "waiting": self.waiting,
            "interrupted": self.interrupted,
            "offline": self.offline,
            "halted_by": self.halted_by,
            "remaining": self.remaining,
            "jobs": self.jobs,
        }


def run_upload_pass(
    ctx: AppContext,
    client: ClientProvider,
    *,
    due_only: bool = False,
    halted_by: str | None = None,
    **engine_options: Any,
) -> UploadPassReport:
    """Upload what is queued, once, with ``client`` (connected at most once).

    ``halted_by`` is why the outbox stopped (offline, login): then nothing is tried and
    the report says the same. With nothing queued no connection is made.
    """
    report = UploadPassReport()
    with ctx.db.session() as session:
        due = not rows.paused_all(session) and rows.due_job_ids(
            session, utcnow(), due_only=due_only
        )
    if due:
        report.halted_by = halted_by or _connect(ctx, client)
        if report.halted_by is None:
            runner = build_upload_runner(ctx, client, **engine_options)
            worked = UploadReport.of(runner.run_pending(due_only=due_only))
            _record(ctx, report, worked.outcomes)
            report.halted_by = worked.halted_by  # an account problem stops the queue
    sweep_copies(ctx.db, ctx.paths.cache)
    with ctx.db.session() as session:
        report.remaining = rows.status(session, None, paused_all=False).pending
    return report


def _connect(ctx: AppContext, client: ClientProvider) -> str | None:
    """Connect now, so an unreachable wiki costs one attempt and not one per job.

    A wiki that refuses everything for now (read-only refuses even the login) holds the
    queue with its reason, as a refused upload would.
    """
    try:
        client()
    except WikiError as error:
        if error.fault.kind == FaultKind.LOGIN:
            return error.code if error.code in ("not_configured", "no_password") else "login_failed"
        if holds_the_wiki(error.fault):
            with ctx.db.session() as session:
                api_url = load_settings(session).wiki_api_url
            if api_url:
                record_hold(ctx.db, api_url, error.fault)
            return error.code
        log.warning("Upload pass could not connect: %s", error)
        return "offline"
    return None


_COUNTERS = {
    RunOutcome.VERIFIED: "verified",
    RunOutcome.NEEDS_DECISION: "needs_decision",
    RunOutcome.FAILED: "failed",
    RunOutcome.WAITING: "waiting",
    RunOutcome.INTERRUPTED: "interrupted",
}


def _record(ctx: AppContext, report: UploadPassReport, outcomes: dict[int, str]) -> None:
    with ctx.db.session() as session:
        for job_id, outcome in outcomes.items():
            name = _COUNTERS.get(RunOutcome(outcome))  # halted: counted in halted_by
            if name is not None:
                setattr(report, name, getattr(report, name) + 1)
            job = rows.get_job(session, job_id)
            report.jobs.append(
                {
                    "id": job_id,
                    "outcome": str(outcome),
                    "title": job.title if job else "",
                    "state": job.state if job else None,
                    "error_code": job.error_code if job else None,
                    "message": job.last_error if job else None,
                    "page_url": job.page_url if job else None,
                }
            )
