"""The outbox: everything waiting for the network, worked off when a link appears.

Entries move queued → sending → sent | failed. ``sending`` is committed *before* the
network call, so after a crash or a lost reply the next attempt knows the first one may
have arrived and lets the delivery check before sending again. Transient failures come
back with exponential backoff and jitter; permanent ones wait for the user.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.store.db import Database
from desktop_app.store.models import OutboxEntry, OutboxState, utcnow

log = logging.getLogger(__name__)

BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=6)
# A row left in ``sending`` longer than this was interrupted (crash, power cut).
STALE_SENDING = timedelta(minutes=10)


class DeliveryError(Exception):
    """A delivery did not happen; ``code`` names the reason for the UI and the CLI."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class TransientError(DeliveryError):
    """Worth trying again later. ``halt`` stops the whole run (offline, login failed)."""

    def __init__(self, code: str, message: str, *, halt: bool = False) -> None:
        super().__init__(code, message)
        self.halt = halt


class PermanentError(DeliveryError):
    """Trying again will not help until someone changes something."""


class Delivery(Protocol):
    """How one kind of outbox entry reaches its destination."""

    kind: str

    def prepare(self, session: Session, entry: OutboxEntry) -> Any:
        """Snapshot what to send, inside the database transaction.

        May raise :class:`DeliveryError` when the entry cannot be sent as it is.
        """

    def send(self, prepared: Any, *, maybe_arrived: bool) -> dict[str, Any]:
        """Do the network work (no database access); return what to record."""

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        """Update domain rows after success."""

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        """Mirror the entry's new state onto domain rows (queued, sending, failed)."""


def backoff_delay(attempts: int, rng: Callable[[], float] = random.random) -> timedelta:
    """Exponential backoff with equal jitter: half fixed, half random, capped."""
    exponent = min(max(attempts - 1, 0), 20)
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * (2**exponent))
    return ceiling / 2 + ceiling / 2 * rng()


@dataclass
class SyncReport:
    """What one pass over the outbox did."""

    sent: int = 0
    failed: int = 0
    halted_by: str | None = None  # "offline" or "login_failed" when the run stopped early
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
        return (
            session.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.state != OutboxState.SENT)
            )
            or 0
        )


class OutboxWorker:
    """Delivers due outbox entries through the registered deliveries, one at a time."""

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

    def due_entry_ids(self, *, due_only: bool = True) -> list[int]:
        """Ids to attempt now; with ``due_only=False`` everything retryable (a manual sync)."""
        now = self.clock()
        retryable = or_(
            OutboxEntry.state.in_([OutboxState.QUEUED, OutboxState.FAILED]),
            (OutboxEntry.state == OutboxState.SENDING)
            & (OutboxEntry.last_attempt_at < now - STALE_SENDING),
        )
        query = select(OutboxEntry.id).where(retryable, OutboxEntry.next_attempt_at.is_not(None))
        if due_only:
            query = query.where(OutboxEntry.next_attempt_at <= now)
        with self.db.session() as session:
            return list(session.scalars(query.order_by(OutboxEntry.id)))

    def run_once(self, *, due_only: bool = True) -> SyncReport:
        """One pass: attempt each due entry, stop early when offline."""
        report = SyncReport()
        for entry_id in self.due_entry_ids(due_only=due_only):
            outcome = self._attempt(entry_id, report)
            if outcome == "halt":
                break
        report.remaining = pending_count(self.db)
        return report

    def _claim(self, entry_id: int) -> tuple[Delivery, Any, bool] | None:
        """Mark the entry as sending (committed) and snapshot it; None if someone else has it."""
        with self.db.session() as session:
            entry = session.get(OutboxEntry, entry_id)
            if entry is None or entry.state == OutboxState.SENT:
                return None
            delivery = self.deliveries.get(entry.kind)
            if delivery is None:
                log.error("No delivery registered for outbox kind %s", entry.kind)
                return None
            # Any earlier attempt may have reached the server even if we never heard back.
            maybe_arrived = entry.attempts > 0 or entry.state == OutboxState.SENDING
            claimed = session.execute(
                update(OutboxEntry)
                .where(OutboxEntry.id == entry_id, OutboxEntry.state == entry.state)
                .values(
                    state=OutboxState.SENDING,
                    attempts=OutboxEntry.attempts + 1,
                    last_attempt_at=self.clock(),
                )
                .execution_options(synchronize_session="fetch")
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                return None
            session.refresh(entry)
            delivery.on_state(session, entry)
            return delivery, delivery.prepare(session, entry), maybe_arrived

    def _attempt(self, entry_id: int, report: SyncReport) -> str:
        try:
            claim = self._claim(entry_id)
        except DeliveryError as error:
            # prepare() found the entry cannot be sent as it is now (e.g. edited after
            # queueing); the claim was rolled back and the user is told why.
            self._record_failure(entry_id, error, retry=isinstance(error, TransientError))
            report.errors.append({"entry": entry_id, "code": error.code, "message": error.message})
            report.failed += 1
            return "failed"
        if claim is None:
            return "skipped"
        delivery, prepared, maybe_arrived = claim
        try:
            result = delivery.send(prepared, maybe_arrived=maybe_arrived)
        except TransientError as error:
            self._record_failure(entry_id, error, retry=True, back_to_queue=error.halt)
            report.errors.append({"entry": entry_id, "code": error.code, "message": error.message})
            if error.halt:
                report.halted_by = error.code
                return "halt"
            report.failed += 1
            return "failed"
        except PermanentError as error:
            self._record_failure(entry_id, error, retry=False)
            report.errors.append({"entry": entry_id, "code": error.code, "message": error.message})
            report.failed += 1
            return "failed"
        except Exception as error:
            # An unforeseen error is a bug, but it must not lose the entry: log it in full
            # and retry later like a transient failure.
            log.exception("Delivery of outbox entry %s crashed", entry_id)
            wrapped = TransientError("internal", f"{type(error).__name__}: {error}")
            self._record_failure(entry_id, wrapped, retry=True)
            report.errors.append({"entry": entry_id, "code": "internal", "message": str(error)})
            report.failed += 1
            return "failed"
        with self.db.session() as session:
            entry = session.get_one(OutboxEntry, entry_id)
            entry.state = OutboxState.SENT
            entry.sent_at = self.clock()
            entry.result = result
            entry.last_error = None
            delivery.on_sent(session, entry, result)
        report.sent += 1
        return "sent"

    def _record_failure(
        self, entry_id: int, error: DeliveryError, *, retry: bool, back_to_queue: bool = False
    ) -> None:
        with self.db.session() as session:
            entry = session.get_one(OutboxEntry, entry_id)
            entry.state = OutboxState.QUEUED if back_to_queue else OutboxState.FAILED
            entry.last_error = f"{error.code}: {error.message}"
            entry.next_attempt_at = (
                self.clock() + backoff_delay(entry.attempts, self.rng) if retry else None
            )
            self.deliveries[entry.kind].on_state(session, entry)
        log.warning("Outbox entry %s not delivered: %s", entry_id, error.message)


def retry_now(db: Database, entry_id: int) -> None:
    """The user's "retry now": make a failed entry due immediately."""
    with db.session() as session:
        entry = session.get_one(OutboxEntry, entry_id)
        if entry.state != OutboxState.SENT:
            entry.state = OutboxState.QUEUED
            entry.next_attempt_at = utcnow()
