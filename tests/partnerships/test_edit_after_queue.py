"""A queued request stays editable; if an edit breaks it, it is not sent but explained."""

from __future__ import annotations

from desktop_app.services.requests.drafts import list_requests, update_request
from desktop_app.services.requests.queueing import retry_request_now
from desktop_app.store.context import AppContext
from desktop_app.store.models import RequestState
from desktop_app.store.repositories.settings import update_settings
from desktop_app.sync.deliveries.wiki_section import WikiSectionDelivery
from desktop_app.sync.outbox import OutboxLane, run_outbox
from desktop_app.sync.runner import JobRunner
from desktop_app.wiki.client import WikiClient
from tests.partnerships.helpers import queued


class NoNetwork:
    """A client provider that fails the test if the delivery reaches for the network."""

    calls = 0

    def __call__(self) -> WikiClient:
        NoNetwork.calls += 1
        raise AssertionError("an invalid request must not reach the wiki")


def test_request_emptied_after_queueing_fails_with_a_reason_until_fixed(ctx: AppContext) -> None:
    with ctx.db.session() as session:
        update_settings(session, helpdesk_page="Project:Requests", helpdesk_email="")
    request_id = queued(ctx.db)
    update_request(ctx.db, request_id, subject="")

    delivery = WikiSectionDelivery(NoNetwork(), "Project:Requests")
    lane = OutboxLane(ctx.db, {delivery.kind: delivery})
    report = run_outbox(JobRunner(lane), ctx.db, due_only=False)

    assert (report.sent, report.failed, NoNetwork.calls) == (0, 1, 0)
    summary = list_requests(ctx.db)[0]
    assert summary.state == RequestState.FAILED
    assert "request_invalid" in (summary.channels[0].last_error or "")

    update_request(ctx.db, request_id, subject="Fixed subject")
    retry_request_now(ctx.db, request_id)
    assert list_requests(ctx.db)[0].state == RequestState.QUEUED
