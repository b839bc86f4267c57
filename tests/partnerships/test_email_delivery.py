"""Help requests mailed to a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.form_checks import InvalidInput
from desktop_app.core.help_request import ATTACHMENT_MAX_BYTES
from desktop_app.services.requests.attachments import add_attachment
from desktop_app.services.requests.drafts import get_request, preview_request
from desktop_app.services.requests.queueing import queue_request, retry_request_now
from desktop_app.services.sync_pass import sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.models import RequestState
from desktop_app.sync.deliveries.email import EmailDelivery, SentJournal
from tests.fixtures.smtp import TestSmtpServer
from tests.partnerships.helpers import ARABIC, HEBREW, full_request, queued


def test_request_is_mailed_with_attachments_and_stable_ids(
    mail_ctx: AppContext, smtp_server: TestSmtpServer, tmp_path: Path
) -> None:
    request_id = full_request(mail_ctx.db, subject=f"Glass plates {ARABIC}", body=HEBREW)
    sample = tmp_path / "sample.jpg"
    sample.write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    metadata = tmp_path / "metadata sample.csv"
    metadata.write_text("title,date\nمتحف,1901\n", encoding="utf-8")
    add_attachment(mail_ctx.db, request_id, sample)
    add_attachment(mail_ctx.db, request_id, metadata)
    queue_request(mail_ctx.db, request_id)

    report = sync_once(mail_ctx)

    assert (report.sent, report.failed) == (1, 0)
    (received,) = smtp_server.received
    message = received.message
    uuid = get_request(mail_ctx.db, request_id).summary.uuid
    assert received.recipients == ["helpdesk@example.org"]
    assert message["X-Fieldkit-Request"] == uuid
    assert message["Message-ID"].strip() == f"<{uuid}.fieldkit@example.net>"
    assert message["Reply-To"] == "karin@example.org"
    assert ARABIC in message["Subject"]
    body = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert HEBREW in body and "Wikimedia Sverige" in body and "Batch upload" in body
    files = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert files["sample.jpg"] == sample.read_bytes()
    assert files["metadata sample.csv"].replace("\r\n", "\n") == metadata.read_text("utf-8")
    summary = get_request(mail_ctx.db, request_id).summary
    assert (
        summary.state == RequestState.SENT and summary.message_id == message["Message-ID"].strip()
    )
    assert preview_request(mail_ctx.db, request_id).email_text == body.replace("\r\n", "\n")


def test_server_down_keeps_the_mail_queued_and_it_goes_out_later(
    mail_ctx: AppContext, smtp_server: TestSmtpServer
) -> None:
    request_id = queued(mail_ctx.db)
    smtp_server.stop()
    report = sync_once(mail_ctx)
    assert report.failed == 1 and report.errors[0]["code"] == "smtp_unavailable"
    summary = get_request(mail_ctx.db, request_id).summary
    assert summary.state == RequestState.FAILED and summary.next_attempt_at is not None

    smtp_server.start()
    assert sync_once(mail_ctx).sent == 1  # a manual sync does not wait for the backoff
    assert len(smtp_server.received) == 1


def test_try_later_answer_is_retried_refused_recipient_is_not(
    mail_ctx: AppContext, smtp_server: TestSmtpServer
) -> None:
    request_id = queued(mail_ctx.db)
    smtp_server.mode = "try-later"
    report = sync_once(mail_ctx)
    assert report.errors[0]["code"] == "smtp_refused:451"
    assert get_request(mail_ctx.db, request_id).summary.next_attempt_at is not None

    smtp_server.mode = "refuse-recipient"
    report = sync_once(mail_ctx)
    assert report.errors[0]["code"] == "smtp_recipient_refused"
    summary = get_request(mail_ctx.db, request_id).summary
    assert summary.state == RequestState.FAILED and "No such user" in (summary.last_error or "")
    assert summary.next_attempt_at is None  # waits for the user

    smtp_server.mode = "accept"
    retry_request_now(mail_ctx.db, request_id)
    assert sync_once(mail_ctx).sent == 1 and len(smtp_server.received) == 1


def test_a_mail_the_server_accepted_is_not_sent_again(
    mail_ctx: AppContext, smtp_server: TestSmtpServer
) -> None:
    """The journal covers a crash between the server's "250" and our database commit."""
    from desktop_app.store.models import OutboxEntry
    from desktop_app.store.repositories.settings import load_settings

    queued(mail_ctx.db)
    with mail_ctx.db.session() as session:
        settings = load_settings(session)
        delivery = EmailDelivery(settings, SentJournal(mail_ctx.paths.root / "mail-sent.log"))
        entry = session.query(OutboxEntry).one()
        prepared = delivery.prepare(session, entry)

    assert delivery.send(prepared, maybe_arrived=False)["found_existing"] is False
    assert delivery.send(prepared, maybe_arrived=True)["found_existing"] is True
    assert len(smtp_server.received) == 1


def test_reply_lost_after_data_resends_with_the_same_message_id(
    mail_ctx: AppContext, smtp_server: TestSmtpServer
) -> None:
    """SMTP cannot be asked whether a message arrived: the resend is recognisably the same."""
    queued(mail_ctx.db)
    smtp_server.mode = "drop-after-data"
    assert sync_once(mail_ctx).errors[0]["code"] == "smtp_unavailable"
    smtp_server.mode = "accept"
    assert sync_once(mail_ctx).sent == 1
    first, second = smtp_server.received
    assert first.message["Message-ID"] == second.message["Message-ID"]


def test_attachment_past_the_limit_is_refused_with_a_clear_message(
    ctx: AppContext, tmp_path: Path
) -> None:
    request_id = full_request(ctx.db)
    big = tmp_path / "scan.tif"
    big.write_bytes(b"\0" * (ATTACHMENT_MAX_BYTES + 1))
    with pytest.raises(InvalidInput) as refused:
        add_attachment(ctx.db, request_id, big)
    (problem,) = refused.value.problems
    assert problem.code == "attachment.too_large"
    assert problem.params["filename"] == "scan.tif" and problem.params["field"] == "attachments"
    assert "scan.tif" in problem.message and "5.0 MB" in problem.message
    assert get_request(ctx.db, request_id).attachments == ()


def test_bad_email_address_blocks_queueing(mail_ctx: AppContext) -> None:
    request_id = full_request(mail_ctx.db, requester_email="karin@@example")
    with pytest.raises(InvalidInput) as refused:
        queue_request(mail_ctx.db, request_id)
    assert refused.value.codes == ["email.invalid"]
    assert refused.value.problems[0].params["field"] == "requester_email"
    assert get_request(mail_ctx.db, request_id).summary.state == RequestState.DRAFT
