"""Outbox state machine, backoff and idempotency, with an in-memory delivery.

The same paths against the real wiki are in tests/sync/test_walking_skeleton.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from desktop_app.core.backoff import backoff_seconds
from desktop_app.core.help_request_delivery import WIKI_SECTION_KIND
from desktop_app.services.requests.drafts import list_requests, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.store.db import Database, open_database
from desktop_app.store.models import OutboxEntry, OutboxState, RequestState, utcnow
from desktop_app.store.repositories.requests import mirror_outbox_state, record_request_sent
from desktop_app.sync.outbox import (
    BACKOFF_BASE_S,
    BACKOFF_CAP_S,
    OutboxLane,
    PermanentError,
    SyncReport,
    TransientError,
    pending_count,
    retry_now,
    run_outbox,
)
from desktop_app.sync.runner import JobRunner

BACKOFF_CAP = timedelta(seconds=BACKOFF_CAP_S)


def run_once(lane: OutboxLane, due_only: bool = True) -> SyncReport:
    """One pass of a fresh runner over the outbox lane."""
    return run_outbox(JobRunner(lane), lane.db, due_only=due_only)


class FakeDelivery:
    """Records sends; behaviour per call is scripted with exceptions or None (success)."""

    kind = WIKI_SECTION_KIND

    def __init__(self, script: list[Exception | None] | None = None) -> None:
        self.script = list(script or [])
        self.calls: list[tuple[str, bool]] = []
        self.arrived: set[str] = set()

    def prepare(self, session: Session, entry: OutboxEntry) -> str:
        return entry.idempotency_key

    def send(self, prepared: str, *, maybe_arrived: bool) -> dict[str, Any]:
        self.calls.append((prepared, maybe_arrived))
        if maybe_arrived and prepared in self.arrived:
            return {"found_existing": True}
        outcome = self.script.pop(0) if self.script else None
        if isinstance(outcome, LostReply):
            self.arrived.add(prepared)
            raise TransientError("offline", "connection dropped after sending", halt=True)
        if outcome is not None:
            raise outcome
        self.arrived.add(prepared)
        return {"found_existing": False}

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        record_request_sent(session, entry, revision=1, url="https://wiki.example/page")

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        mirror_outbox_state(session, entry)


class LostReply(Exception):
    """Scripted: the request reaches the server but the reply is lost."""


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return open_database(tmp_path / "db.sqlite3")


def queued_request(db: Database, subject: str = "Help") -> int:
    request_id = new_request(db, subject=subject, body="Body")
    queue_request(db, request_id)
    return request_id


def test_queued_request_is_sent_and_marked(db: Database) -> None:
    queued_request(db)
    delivery = FakeDelivery()
    report = run_once(OutboxLane(db, {delivery.kind: delivery}))
    assert (report.sent, report.failed, report.remaining) == (1, 0, 0)
    assert [r.state for r in list_requests(db)] == [RequestState.SENT]
    assert delivery.calls[0][1] is False  # first attempt: nothing can have arrived yet


def test_offline_keeps_entry_queued_and_stops_the_run(db: Database) -> None:
    queued_request(db, "one")
    queued_request(db, "two")
    delivery = FakeDelivery([TransientError("offline", "no route", halt=True)])
    report = run_once(OutboxLane(db, {delivery.kind: delivery}), due_only=False)
    assert report.offline and report.sent == 0
    assert len(delivery.calls) == 1  # the second entry was not tried while offline
    assert pending_count(db) == 2
    assert {r.state for r in list_requests(db)} == {RequestState.QUEUED}


def test_lost_reply_is_checked_before_sending_again(db: Database) -> None:
    queued_request(db)
    delivery = FakeDelivery([LostReply()])
    worker = OutboxLane(db, {delivery.kind: delivery})
    assert run_once(worker, due_only=False).offline
    report = run_once(worker, due_only=False)
    assert report.sent == 1
    assert delivery.calls[1][1] is True  # second attempt knows the first may have arrived
    with db.session() as session:
        entry = session.query(OutboxEntry).one()
        assert entry.result == {"found_existing": True}


def test_transient_failure_backs_off_then_retries(db: Database) -> None:
    queued_request(db)
    now = utcnow() + timedelta(seconds=1)
    clock = [now]
    delivery = FakeDelivery([TransientError("server_error", "HTTP 503")])
    worker = OutboxLane(db, {delivery.kind: delivery}, clock=lambda: clock[0], rng=lambda: 0.0)
    report = run_once(worker)
    assert report.failed == 1
    summary = list_requests(db)[0]
    assert summary.state == RequestState.FAILED
    assert summary.last_error == "server_error: HTTP 503"
    assert summary.next_attempt_at == now + timedelta(seconds=15)
    assert run_once(worker).sent == 0  # not yet due
    clock[0] = now + timedelta(seconds=16)
    assert run_once(worker).sent == 1


def test_permanent_failure_waits_for_the_user(db: Database) -> None:
    queued_request(db)
    delivery = FakeDelivery([PermanentError("refused:protectedpage", "The page is protected")])
    worker = OutboxLane(db, {delivery.kind: delivery})
    assert run_once(worker, due_only=False).failed == 1
    assert worker.due_ids(due_only=False) == []
    with db.session() as session:
        entry_id = session.query(OutboxEntry).one().id
    retry_now(db, entry_id)
    assert run_once(worker).sent == 1


def test_entry_left_sending_by_a_crash_is_resumed_as_maybe_arrived(db: Database) -> None:
    queued_request(db)
    with db.session() as session:
        entry = session.query(OutboxEntry).one()
        entry.state = OutboxState.SENDING
        entry.attempts = 1
        entry.last_attempt_at = datetime(2000, 1, 1)
    delivery = FakeDelivery()
    assert run_once(OutboxLane(db, {delivery.kind: delivery})).sent == 1
    assert delivery.calls == [(delivery.calls[0][0], True)]


def test_unexpected_error_is_recorded_not_lost(db: Database) -> None:
    queued_request(db)
    delivery = FakeDelivery([ValueError("bug")])
    report = run_once(OutboxLane(db, {delivery.kind: delivery}))
    assert report.failed == 1 and pending_count(db) == 1
    assert "ValueError: bug" in (list_requests(db)[0].last_error or "")


@pytest.mark.parametrize("attempts", [1, 2, 5, 30])
def test_backoff_grows_and_is_capped(attempts: int) -> None:
    def backoff_delay(attempts: int, rng: Callable[[], float]) -> timedelta:
        return timedelta(
            seconds=backoff_seconds(attempts, base=BACKOFF_BASE_S, cap=BACKOFF_CAP_S, rng=rng)
        )

    low, high = backoff_delay(attempts, lambda: 0.0), backoff_delay(attempts, lambda: 1.0)
    assert high == 2 * low
    assert high <= BACKOFF_CAP
    if attempts > 1:
        assert backoff_delay(attempts - 1, lambda: 1.0) <= high


def test_queueing_twice_makes_one_entry(db: Database) -> None:
    request_id = queued_request(db)
    queue_request(db, request_id)
    assert pending_count(db) == 1


class RefusingDelivery(FakeDelivery):
    """prepare() refuses, as a delivery does for a request edited into an invalid form."""

    def prepare(self, session: Session, entry: OutboxEntry) -> str:
        raise PermanentError("request_invalid", "The subject is empty")


def test_entry_refused_at_prepare_fails_with_reason_and_sends_nothing(db: Database) -> None:
    queued_request(db)
    delivery = RefusingDelivery()
    report = run_once(OutboxLane(db, {delivery.kind: delivery}))
    assert (report.sent, report.failed) == (0, 1)
    assert delivery.calls == []
    summary = list_requests(db)[0]
    assert summary.state == RequestState.FAILED
    assert summary.last_error == "request_invalid: The subject is empty"
    assert summary.next_attempt_at is None  # waits for the user to fix it and retry
