"""A runner that lost its lease can never undo what another runner finished.

Issue 9, item 3: with two processes on one folder, one used to report ``failed`` for a
file the other had verified. Here runner A claims a job, stalls (a laptop lid closed, a
process frozen) until its lease runs out, runner B takes the job over and finishes it;
then A wakes up with a failure to record. Nothing A does may change the finished job.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from desktop_app.core.faults import Fault, FaultKind
from desktop_app.core.help_request_delivery import WIKI_SECTION_KIND
from desktop_app.core.uploads import UploadSpec, UploadState
from desktop_app.services.requests.drafts import list_requests, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.db import Database, open_database
from desktop_app.store.models import OutboxEntry, OutboxState, RequestState, utcnow
from desktop_app.store.repositories import uploads as upload_rows
from desktop_app.store.repositories.requests import mirror_outbox_state, record_request_sent
from desktop_app.sync.outbox import LEASE, OutboxLane, PermanentError
from desktop_app.sync.uploads.engine import JobRun, UploadEngine
from desktop_app.sync.uploads.steps import Interrupted


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return open_database(tmp_path / "fieldkit.sqlite3")


class StallingDelivery:
    """Runner A's delivery: waits until told, then fails permanently."""

    kind = WIKI_SECTION_KIND

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go_on = threading.Event()

    def prepare(self, session: Session, entry: OutboxEntry) -> str:
        return entry.idempotency_key

    def send(self, prepared: str, *, maybe_arrived: bool) -> dict[str, Any]:
        self.started.set()
        assert self.go_on.wait(30)
        raise PermanentError("badtitle", "the wiki refused the page title")

    def on_sent(self, session: Session, entry: OutboxEntry, result: dict[str, Any]) -> None:
        record_request_sent(session, entry, revision=7, url="https://wiki.example/p")

    def on_state(self, session: Session, entry: OutboxEntry) -> None:
        mirror_outbox_state(session, entry)


class ArrivingDelivery(StallingDelivery):
    """Runner B's delivery: arrives at once."""

    def send(self, prepared: str, *, maybe_arrived: bool) -> dict[str, Any]:
        return {"found_existing": maybe_arrived, "page_title": "Project:Helpdesk"}


def test_a_sent_request_stays_sent_when_a_stale_runner_reports_a_failure(db: Database) -> None:
    request_id = new_request(db, subject="Hjälp", body="Body ✓")
    queue_request(db, request_id)
    stalling = StallingDelivery()
    lane_a = OutboxLane(db, {stalling.kind: stalling})
    # B's clock is two leases ahead: from where B stands, A's lease has run out.
    later = lambda: utcnow() + 2 * LEASE  # noqa: E731
    lane_b = OutboxLane(db, {WIKI_SECTION_KIND: ArrivingDelivery()}, clock=later)
    [entry_id] = lane_a.due_ids(due_only=False)
    results: list[Any] = []
    runner_a = threading.Thread(target=lambda: results.append(lane_a.run(entry_id, "A", no_stop)))
    runner_a.start()
    assert stalling.started.wait(10)

    taken_over = lane_b.run(entry_id, "B", no_stop)
    stalling.go_on.set()  # A wakes up with its failure
    runner_a.join(30)

    assert taken_over.outcome == "sent"
    assert results[0].outcome == "failed"  # A saw its own failure, but could not record it
    with db.session() as session:
        entry = session.get_one(OutboxEntry, entry_id)
        assert (entry.state, entry.last_error, entry.lease_owner) == (OutboxState.SENT, None, None)
    assert [r.state for r in list_requests(db)] == [RequestState.SENT]


def no_stop() -> bool:
    return False


def test_a_verified_upload_never_becomes_failed_when_a_stale_runner_records_a_failure(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 100)
    [job_id] = UploadQueue(db).enqueue([UploadSpec(str(path), "Photo ✓.png", "text")])
    engine_a = UploadEngine(db, client_provider=unreachable)
    now = utcnow()
    with db.session() as session:
        job = upload_rows.claim_job(session, job_id, "A", now=now, ttl=timedelta(seconds=90))
        assert job is not None
        session.expunge(job)
    run_a = JobRun(engine_a, job, "A", None, None)

    # A stalls; its lease runs out; B takes the job over and verifies the file.
    later = now + timedelta(seconds=91)
    with db.session() as session:
        assert upload_rows.claim_job(session, job_id, "B", now=later, ttl=timedelta(seconds=90))
        assert upload_rows.save_leased(
            session,
            job_id,
            "B",
            {"state": UploadState.VERIFIED, "page_url": "https://wiki/File:P", "verified_at": now},
            now=later,
            ttl=timedelta(seconds=90),
        )

    # A wakes up with a permanent failure and tries to record it, as the engine does.
    permanent = Fault(FaultKind.PERMANENT, "filetype-banned", "the wiki refused the file")
    with pytest.raises(Interrupted):
        engine_a._after_fault(run_a, permanent, failures=1)
    with pytest.raises(Interrupted):
        run_a.save(state=UploadState.FAILED, error_code="x", last_error="stale")
    with db.session() as session:
        # Not even the lease holder can undo it: verified is final; nor can A claim it.
        refused = upload_rows.save_leased(
            session, job_id, "B", {"state": UploadState.FAILED}, now=later, ttl=LEASE
        )
        assert not refused
        upload_rows.release_job(session, job_id, "A")  # A's clean-up: a no-op
        upload_rows.release_job(session, job_id, "B")
        assert upload_rows.claim_job(session, job_id, "A", now=later, ttl=LEASE) is None

    with db.session() as session:
        final = upload_rows.get_job(session, job_id)
        assert final is not None
        assert (final.state, final.error_code, final.page_url) == (
            UploadState.VERIFIED,
            None,
            "https://wiki/File:P",
        )
        assert final.lease_owner is None


def unreachable() -> Any:
    raise AssertionError("runner A must not reach the wiki in this test")
