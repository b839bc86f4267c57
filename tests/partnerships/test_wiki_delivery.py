"""Help requests delivered to a real MediaWiki through the outbox (no fakes of the wiki).

Where a failure is needed that a healthy local server never shows (a reply lost after
the edit arrived), the real client is wrapped so that it raises *after* the real call.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest

from desktop_app.services.requests.drafts import get_request, list_requests
from desktop_app.services.requests.queueing import retry_request_now
from desktop_app.services.requests.replies import list_replies, mark_replies_seen
from desktop_app.services.sync_pass import SyncExit, exit_code_for, fetch_replies, sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.models import RequestState
from desktop_app.store.repositories.settings import load_settings
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.errors import WikiUnavailable
from tests.fixtures.mediawiki import TestWiki
from tests.partnerships.helpers import ARABIC, HEBREW, NASTY, queued

pytestmark = pytest.mark.wiki


def _client(ctx: AppContext, wiki: TestWiki, home: str = "pywikibot") -> WikiClient:
    client = WikiClient(
        ctx.paths.root / home, WikiAccount(wiki.api_url, wiki.bot_user), wiki.bot_password
    )
    client.connect()
    return client


def _page(ctx: AppContext) -> str:
    with ctx.db.session() as session:
        return load_settings(session).helpdesk_page


def _parse(client: WikiClient, page: str) -> dict[str, Any]:
    result: dict[str, Any] = client.site.simple_request(
        action="parse",
        page=page,
        prop="text|sections|categories|templates|properties",
        formatversion=2,
    ).submit()
    return result["parse"]


def test_queued_while_offline_is_delivered_once_online(
    wiki_ctx: AppContext, wiki_up: TestWiki
) -> None:
    request_id = queued(wiki_ctx.db)
    wiki_up.stop()
    try:
        offline = sync_once(wiki_ctx)
        assert exit_code_for(offline) is SyncExit.OFFLINE
        assert get_request(wiki_ctx.db, request_id).summary.state == RequestState.QUEUED
    finally:
        wiki_up.start()

    report = sync_once(wiki_ctx)

    assert (report.sent, report.failed, report.remaining) == (1, 0, 0)
    summary = list_requests(wiki_ctx.db)[0]
    assert summary.state == RequestState.SENT
    assert summary.remote_url and summary.remote_url.startswith(wiki_up.server)
    text = _client(wiki_ctx, wiki_up).page_text(_page(wiki_ctx)) or ""
    assert text.count(f"fieldkit-request: {summary.uuid}") == 1
    assert "Two thousand glass plates." in text


class LosesTheReply(WikiClient):
    """The edit reaches the wiki; the answer never reaches us (once)."""

    lost = 0

    def append_section(self, title: str, section_title: str, text: str, summary: str) -> int:
        revision = super().append_section(title, section_title, text, summary)
        if LosesTheReply.lost == 0:
            LosesTheReply.lost += 1
            raise WikiUnavailable("connection reset after the edit was sent")
        return revision


def test_no_duplicate_after_a_lost_reply(wiki_ctx: AppContext, wiki_up: TestWiki) -> None:
    queued(wiki_ctx.db)
    account = WikiAccount(wiki_up.api_url, wiki_up.bot_user)

    def losing() -> WikiClient:
        client = LosesTheReply(wiki_ctx.paths.pywikibot_home, account, wiki_up.bot_password)
        client.connect()
        return client

    first = sync_once(wiki_ctx, client_factory=losing)
    assert first.halted_by == "offline" and first.sent == 0
    second = sync_once(wiki_ctx, client_factory=losing)

    assert second.sent == 1
    summary = list_requests(wiki_ctx.db)[0]
    text = _client(wiki_ctx, wiki_up).page_text(_page(wiki_ctx)) or ""
    assert text.count(f"fieldkit-request: {summary.uuid}") == 1
    assert summary.state == RequestState.SENT and summary.remote_url


def test_someone_editing_the_page_meanwhile_loses_nothing(
    wiki_ctx: AppContext, wiki_up: TestWiki
) -> None:
    page = _page(wiki_ctx)
    other = _client(wiki_ctx, wiki_up, "other-home")
    other.append_section(page, "Earlier question", "Someone else asked first. ~~~~", "q")
    queued(wiki_ctx.db)
    account = WikiAccount(wiki_up.api_url, wiki_up.bot_user)

    class EditedMeanwhile(WikiClient):
        def append_section(self, title: str, section_title: str, text: str, summary: str) -> int:
            # Another volunteer saves the page between our read of it and our edit.
            other.append_section(title, "Concurrent", "Edited while Fieldkit sent.", "c")
            return super().append_section(title, section_title, text, summary)

    def factory() -> WikiClient:
        client = EditedMeanwhile(wiki_ctx.paths.pywikibot_home, account, wiki_up.bot_password)
        client.connect()
        return client

    assert sync_once(wiki_ctx, client_factory=factory).sent == 1
    text = _client(wiki_ctx, wiki_up).page_text(page) or ""
    for expected in (
        "Someone else asked first.",
        "Edited while Fieldkit sent.",
        "Two thousand glass plates.",
    ):
        assert expected in text


def test_injection_attempts_change_neither_structure_nor_categories_nor_signatures(
    wiki_ctx: AppContext, wiki_up: TestWiki
) -> None:
    nasty_fields = {
        name: NASTY
        for name in (
            "body",
            "requester_name",
            "requester_affiliation",
            "requester_country",
            "requester_languages",
            "material_kind",
            "volume",
            "expected_outcome",
            "impact",
            "knowledge_gap",
            "partner_commitment",
            "licence_status",
            "help_other",
        )
    }
    queued(
        wiki_ctx.db,
        subject="Subject }} [[Category:Y]] == H == ~~~~ __NOTOC__",
        partner="Partner ]] {{ | [[Category:Z]]",
        help_wanted=["other"],
        **nasty_fields,
    )
    assert sync_once(wiki_ctx).sent == 1

    client = _client(wiki_ctx, wiki_up)
    parsed = _parse(client, _page(wiki_ctx))
    saved = client.page_text(_page(wiki_ctx)) or ""

    assert parsed["categories"] == []
    assert parsed["templates"] == []
    assert [s["level"] for s in parsed["sections"]] == ["2"]  # only our one new section
    html = parsed["text"]
    shown = unescape(re.sub(r"<[^>]+>", "", html))  # what a reader sees
    for literal in (
        "__NOTOC__",
        "[[Category:X]]",
        "<nowiki>raw</nowiki>",
        "{{PAGENAME}}",
        "}} and a pipe |",
        "== Fake heading ==",
        "[[File:X.jpg]]",
    ):
        assert literal in shown
    assert shown.count("~~~~") == NASTY.count("~~~~") * len(nasty_fields) + 1  # subject's too
    # Our single signature is the only one expanded: one user link, one timestamp.
    assert saved.count(f"[[User:{wiki_up.username}") == 1 and saved.count("(UTC)") == 1
    assert "<table" not in html and "<hr" not in html and "<dl" not in html
    assert "notoc" not in parsed.get("properties", {})


def test_unicode_and_right_to_left_text_arrive_intact(
    wiki_ctx: AppContext, wiki_up: TestWiki
) -> None:
    queued(
        wiki_ctx.db,
        subject=f"{ARABIC} ✓",
        partner=HEBREW,
        body=f"{ARABIC}\n{HEBREW}\nÅäö",
        requester_name="ليلى",
        requester_username="ליאור",
        material_kind="写真",
    )
    assert sync_once(wiki_ctx).sent == 1
    parsed = _parse(_client(wiki_ctx, wiki_up), _page(wiki_ctx))
    assert parsed["sections"][0]["line"] == f"{ARABIC} ✓"
    for text in (ARABIC, HEBREW, "Åäö", "ليلى", "写真", "User:ליאור"):
        assert text in parsed["text"]


def test_replies_on_the_wiki_are_stored_and_marked_new(
    wiki_ctx: AppContext, wiki_up: TestWiki
) -> None:
    request_id = queued(wiki_ctx.db)
    assert sync_once(wiki_ctx).replies is not None
    page = _page(wiki_ctx)
    helper = _client(wiki_ctx, wiki_up, "helpdesk-home")
    helper._request(
        action="edit",
        title=page,
        appendtext="\n:Happy to help, ping me. ~~~~\n",
        summary="reply",
        token=helper.site.tokens["csrf"],
    )

    report = fetch_replies(wiki_ctx)

    assert report.new == 1 and report.error is None
    (reply,) = list_replies(wiki_ctx.db, request_id)
    assert reply.new and "Happy to help" in reply.text and reply.author == wiki_up.username
    assert list_requests(wiki_ctx.db)[0].new_replies == 1
    assert fetch_replies(wiki_ctx).new == 0  # nothing twice
    mark_replies_seen(wiki_ctx.db, request_id)
    assert list_requests(wiki_ctx.db)[0].new_replies == 0


def test_a_refused_edit_fails_with_the_reason_and_can_be_retried(
    wiki_ctx: AppContext, wiki_up: TestWiki
) -> None:
    from desktop_app.store.repositories.settings import update_settings

    with wiki_ctx.db.session() as session:
        update_settings(session, helpdesk_page="Bad|title[]")
    request_id = queued(wiki_ctx.db)
    report = sync_once(wiki_ctx)
    assert report.failed == 1 and report.errors[0]["code"].startswith("refused:")
    summary = get_request(wiki_ctx.db, request_id).summary
    assert summary.state == RequestState.FAILED and summary.last_error
    assert summary.next_attempt_at is None  # permanent: waits for "retry now"

    with wiki_ctx.db.session() as session:
        update_settings(session, helpdesk_page=f"Project:Fixed helpdesk {request_id}")
    retry_request_now(wiki_ctx.db, request_id)
    assert get_request(wiki_ctx.db, request_id).summary.state == RequestState.QUEUED
    # The entry remembers the page it was queued for; a retry after fixing the setting
    # posts to the page configured now.
    assert sync_once(wiki_ctx).sent == 1
    assert get_request(wiki_ctx.db, request_id).summary.state == RequestState.SENT
