"""The whole way, against real servers: a requester's Fieldkit sends two requests (one to
the wiki page, one by mail), a desk gathers both, reviews and replies, the requester's
Fieldkit shows both replies, and a second desk laptop sees the same public states."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_app.cli import run
from desktop_app.services.desk.fetching import FetchExit, fetch_desk
from desktop_app.services.desk.replies import queue_reply, reply_template
from desktop_app.services.desk.triage import (
    get_desk_request,
    list_desk_requests,
    save_review,
    set_desk_state,
)
from desktop_app.services.requests.replies import list_replies
from desktop_app.services.sync_pass import sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from tests.desk.conftest import HELPDESK_ADDRESS, configure_desk, configure_field
from tests.fixtures.imap import TestImapServer
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.smtp import TestSmtpServer
from tests.partnerships.helpers import queued

pytestmark = pytest.mark.wiki

SCORES = {"technical": 4, "legal": 5, "risk": 3, "sustainability": 4}


def _deliver_last_mail(smtp: TestSmtpServer, imap: TestImapServer, user: str) -> None:
    """What the MTA does: the message the SMTP server took lands in ``user``'s INBOX."""
    imap.append(user, bytes(smtp.received[-1].message))


def test_two_requests_gathered_reviewed_replied_and_shown_to_the_requester(
    desk_servers: tuple[TestWiki, TestSmtpServer, TestImapServer],
    open_instance: Callable[[str], AppContext],
    desk_page: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wiki, smtp, imap = desk_servers
    field = open_instance("field")
    configure_field(field, wiki, smtp, desk_page)
    by_wiki = queued(field.db, subject="Glass plates to Commons", partner="Town museum")
    assert sync_once(field).sent == 1
    with field.db.session() as session:
        update_settings(session, helpdesk_page="", helpdesk_email=HELPDESK_ADDRESS)
    by_mail = queued(field.db, subject="Metadata for a herbarium", partner="Town herbarium")
    assert sync_once(field).sent == 1
    _deliver_last_mail(smtp, imap, "helpdesk")

    desk = open_instance("desk")
    configure_desk(desk, wiki, smtp, imap, desk_page)
    monkeypatch.setenv("FIELDKIT_IMAP_PASSWORD", imap.users["helpdesk"])
    report = fetch_desk(desk)
    assert report.exit_code == FetchExit.FETCHED, report.to_dict()
    found = {item.subject: item for item in list_desk_requests(desk.db)}
    assert set(found) == {"Glass plates to Commons", "Metadata for a herbarium"}
    wiki_item, mail_item = found["Glass plates to Commons"], found["Metadata for a herbarium"]
    assert wiki_item.channels == ("wiki",) and mail_item.channels == ("email",)
    detail = get_desk_request(desk.db, wiki_item.id)
    assert "Two thousand glass plates." in detail.text
    assert detail.fields["impact"] == "Rural history"
    assert [r.subject for r in detail.related] == ["Metadata for a herbarium"]  # same requester

    for item in (wiki_item, mail_item):
        save_review(desk.db, item.id, "Anna", SCORES, {"risk": "Check the rights."})
        set_desk_state(desk.db, item.id, "accepted", assignee="Anna")
        text = reply_template(desk.db, item.id, "decision")
        assert "Decision: accepted" in text and "Check the rights." in text
        queue_reply(desk.db, item.id, text, template="decision")
    sent = sync_once(desk, fetch_replies=False)
    assert (sent.sent, sent.failed, sent.remaining) == (4, 0, 0), sent.to_dict()
    reply_mail = smtp.received[-1].message
    assert reply_mail["To"] == "karin@example.org"
    assert reply_mail["In-Reply-To"] == mail_item_message_id(field, by_mail)
    _deliver_last_mail(smtp, imap, "karin")

    monkeypatch.setenv("FIELDKIT_IMAP_PASSWORD", imap.users["karin"])
    mailbox = ["--reply-imap", f"{imap.host}:{imap.tls_port}", "--reply-imap-user", "karin"]
    assert run(["--data-dir", str(field.paths.root), "helpdesk", "set", *mailbox]) == 0
    synced = sync_once(field)
    assert synced.replies is not None and synced.replies.new == 1
    assert synced.mail_replies is not None and synced.mail_replies.new == 1
    for request_id in (by_wiki, by_mail):
        replies = list_replies(field.db, request_id)
        assert len(replies) == 1 and "Decision: accepted" in replies[0].text

    second = open_instance("second-desk")
    configure_desk(second, wiki, smtp, imap, desk_page)
    monkeypatch.setenv("FIELDKIT_IMAP_PASSWORD", imap.users["helpdesk"])
    assert fetch_desk(second).exit_code == FetchExit.FETCHED
    seen = {item.subject: item for item in list_desk_requests(second.db)}
    assert seen["Glass plates to Commons"].state == "accepted"
    assert seen["Glass plates to Commons"].assignee == "Anna"
    assert seen["Metadata for a herbarium"].state == "accepted"
    # Private notes and scores stayed on the first desk.
    assert get_desk_request(second.db, seen["Glass plates to Commons"].id).reviews == ()


def mail_item_message_id(field: AppContext, request_id: int) -> str:
    from desktop_app.services.requests.drafts import get_request

    message_id = get_request(field.db, request_id).summary.message_id
    assert message_id
    return message_id
