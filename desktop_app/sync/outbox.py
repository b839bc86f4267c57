"""The outbox lane: help requests (and later replies) waiting for the network.

Entries move queued → sending → sent | failed. ``sending`` and the runner's lease are
committed *before* the network call, in one compare-and-set, so no other runner can send
the same entry meanwhile, and after a crash or a lost answer the next attempt knows the
first one may have arrived and lets the delivery look before sending again. Failures are
:class:`~desktop_app.core.faults.Fault` values: those worth retrying come back after the
one backoff (``core.backoff``); permanent ones wait for the user.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.core.backoff import backoff_seconds
from desktop_app.core.faults import Fault, FaultKind
from desktop_app.store.db import Database
from desktop_app.store.models import OutboxEntry, OutboxState, utcnow
from desktop_app.store.repositories import leases
from desktop_app.store.repositories import outbox as rows
from desktop_app.sync.runner import SKIPPED, JobResult, JobRunner, LeaseKeeper, StopCheck

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

BACKOFF_BASE_S = 30.0
BACKOFF_CAP_S = 6 * 3600.0
# How long a claimed entry stays ours without news; a heartbeat renews it during a send.
LEASE = timedelta(seconds=90)


class DeliveryError(Exception):
    """A delivery did not happen; ``fault`` says why, ``halt`` ends the pass."""

    def __init__(self, fault: Fault, *, halt: bool = False) -> None:
        super().__init__(fault.message)
        self.fault = fault
        self.halt = halt

    @property
    def code(self) -> str:
        return self.fault.code

    @property
    def message(self) -> str:
        return self.fault.message


class TransientError(DeliveryError):
    """Worth trying again later (a temporary fault). ``halt`` stops the whole pass."""

    def __init__(
        self, code: str, message: str, *, halt: bool = False, kind: FaultKind | None = None
    ) -> None:
        super().__init__(Fault(kind or FaultKind.TEMPORARY, code, message), halt=halt)


class PermanentError(DeliveryError):
    """Trying again will not help until someone changes something."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(Fault(FaultKind.PERMANENT, code, message))


class Delivery(Protocol):
    """How one kind of outbox entry reaches its destination."""

    kind: str

    def prepare(self, session: Session, entry: OutboxEntry) -> Any:
        """Snapshot what to send, inside the claiming transaction.

        May raise :class:`DeliveryError` when the entry cannot be sent as it is.
        """

    def send(self, prepared: Any, *, maybe_arrived: bool) -> dict[str, Any]:
        """Do the network work (no database access); return what to record."""

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        """Update domain rows after success."""

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        """Mirror the entry's new state onto domain rows (queued, sending, failed)."""


def backoff_delay(attempts: int, rng: Callable[[], float] = random.random) -> timedelta:
    """How long a failed entry waits before its next attempt."""
    return timedelta(
        seconds=backoff_seconds(attempts, base=BACKOFF_BASE_S, cap=BACKOFF_CAP_S, rng=rng)
    )


@dataclass
class SyncReport:
    """What one pass over the outbox did."""

    sent: int = 0
    failed: int = 0
    halted_by: str | None = None  # "offline", "login_failed"... when the pass stopped early
    remaining: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def offline(self) -> bool:
        return self.halted_by == "offline"

    def to_dict(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "failed": self.failed,
            "offline": self.offline,
            "halted_by": self.halted_by,
            "remaining": self.remaining,
            "errors": self.errors,
        }


def pending_count(db: Database) -> int:
    """Entries not yet delivered (for the status bar)."""
    with db.session() as session:
        return rows.pending_count(session)


def retry_now(db: Database, entry_id: int) -> None:
    """The user's "retry now": make a failed entry due immediately."""
    with db.session() as session:
        rows.make_due_now(session, entry_id, utcnow())


class OutboxLane:
    """The outbox as a :class:`~desktop_app.sync.runner.Lane` of the job runner."""

    name = "outbox"

    def __init__(
        self,
        db: Database,
        deliveries: Mapping[str, Delivery],
        *,
        clock: Callable[[], datetime] = utcnow,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.db = db
        self.deliveries = dict(deliveries)
        self.clock = clock
        self.rng = rng

    def due_ids(self, *, due_only: bool = True) -> list[int]:
        with self.db.session() as session:
            return rows.due_entry_ids(session, self.clock(), due_only=due_only)

    def run(self, job_id: int, owner: str, should_stop: StopCheck) -> JobResult:
        try:
            claim = self._claim(job_id, owner)
        except DeliveryError as error:
            # prepare() found the entry cannot be sent as it is now (e.g. edited after
            # queueing): the claim was rolled back; record why and wait for the user.
            self._claim_refused(job_id, owner, error)
            return JobResult(job_id, "failed", error.fault)
        if claim is None:
            return JobResult(job_id, SKIPPED)
        delivery, prepared, maybe_arrived = claim
        heartbeat = LeaseKeeper(lambda: self._renew(job_id, owner), LEASE.total_seconds() / 3)
        try:
            with heartbeat:
                result = delivery.send(prepared, maybe_arrived=maybe_arrived)
        except DeliveryError as error:
            self._record_failure(job_id, owner, error)
            return JobResult(job_id, "halted" if error.halt else "failed", error.fault, error.halt)
        except Exception as error:
            # An unforeseen error is a bug, but it must not lose the entry: log it in full
            # and retry later like a temporary failure.
            log.exception("Delivery of outbox entry %s crashed", job_id)
            wrapped = TransientError("internal", f"{type(error).__name__}: {error}")
            self._record_failure(job_id, owner, wrapped)
            return JobResult(job_id, "failed", wrapped.fault)
        with self.db.session() as session:
            rows.record_sent(session, job_id, result, self.clock())
            entry = session.get_one(OutboxEntry, job_id)
            delivery.on_sent(session, entry, result)
        return JobResult(job_id, "sent")

    def _renew(self, entry_id: int, owner: str) -> bool:
        with self.db.session() as session:
            return leases.renew(session, OutboxEntry, entry_id, owner, now=self.clock(), ttl=LEASE)

    def _claim(self, entry_id: int, owner: str) -> tuple[Delivery, Any, bool] | None:
        """Lease the entry and mark it sending (committed), then snapshot it."""
        with self.db.session() as session:
            entry = rows.claim_entry(session, entry_id, owner, now=self.clock(), ttl=LEASE)
            if entry is None:
                return None
            delivery = self.deliveries.get(entry.kind)
            if delivery is None:
                log.error("No delivery registered for outbox kind %s", entry.kind)
                raise PermanentError("no_delivery", f"Fieldkit cannot send {entry.kind!r}.")
            # Any earlier attempt (this claim counted one) may have arrived unseen; so may
            # another machine's, once the entry travelled in a bundle (issue 14).
            maybe_arrived = entry.attempts > 1 or entry.travelled_at is not None
            delivery.on_state(session, entry)
            return delivery, delivery.prepare(session, entry), maybe_arrived

    def _claim_refused(self, entry_id: int, owner: str, error: DeliveryError) -> None:
        """Record why an entry cannot go, with the lease taken just for that."""
        with self.db.session() as session:
            if rows.claim_entry(session, entry_id, owner, now=self.clock(), ttl=LEASE) is None:
                return
        self._record_failure(entry_id, owner, error)

    def _record_failure(self, entry_id: int, owner: str, error: DeliveryError) -> None:
        retry = error.fault.kind != FaultKind.PERMANENT
        with self.db.session() as session:
            attempts = session.get_one(OutboxEntry, entry_id).attempts
            wait = backoff_seconds(
                attempts,
                base=BACKOFF_BASE_S,
                cap=BACKOFF_CAP_S,
                retry_after=error.fault.retry_after,
                rng=self.rng,
            )
            entry = rows.record_failure(
                session,
                entry_id,
                owner,
                state=OutboxState.QUEUED if error.halt else OutboxState.FAILED,
                error=f"{error.code}: {error.message}",
                next_attempt_at=self.clock() + timedelta(seconds=wait) if retry else None,
            )
            if entry is not None:
                self.deliveries[entry.kind].on_state(session, entry)
        log.warning("Outbox entry %s not delivered: %s", entry_id, error.message)


def run_outbox(runner: JobRunner, db: Database, *, due_only: bool = True) -> SyncReport:
    """One pass of ``runner`` over the outbox, as the report ``sync`` prints."""
    report = SyncReport()
    for result in runner.run_pending(due_only=due_only):
        if result.outcome == "sent":
            report.sent += 1
        elif result.outcome != SKIPPED and result.fault is not None:
            report.errors.append(
                {"entry": result.job_id, "code": result.fault.code, "message": result.fault.message}
            )
            if result.halt:
                report.halted_by = result.fault.code
            else:
                report.failed += 1
    report.remaining = pending_count(db)
    return report
