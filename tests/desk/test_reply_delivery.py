"""Replies and status lines inside a request's own section on the real wiki: someone
editing meanwhile, a lost answer, and text that tries to break out of its section."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core.desk_reply import reply_marker
from desktop_app.services.desk.fetching import fetch_desk
from desktop_app.services.desk.replies import queue_reply
from desktop_app.services.desk.triage import get_desk_request, list_desk_requests, set_desk_state
from desktop_app.services.sync_pass import sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.models import OutboxEntry
from desktop_app.store.repositories.settings import update_settings
from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.desk.conftest import configure_desk
from tests.desk.helpers import editor, parse_page, put_page
from tests.desk.test_sections import ODD_PAGE
from tests.fixtures.imap import TestImapServer
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.proxy import FaultyProxy
from tests.fixtures.smtp import TestSmtpServer
from tests.partnerships.helpers import NASTY

pytestmark = pytest.mark.wiki
Servers = tuple[TestWiki, TestSmtpServer, TestImapServer]


@pytest.fixture
def other(desk_servers: Servers, tmp_path: Path) -> WikiClient:
    """Another helpdesk volunteer, editing the page in their browser."""
    return editor(desk_servers[0], tmp_path / "other-editor")


@pytest.fixture
def desk(
    desk_servers: Servers,
    open_instance: Callable[[str], AppContext],
    desk_page: str,
    other: WikiClient,
) -> AppContext:
    """A desk that has fetched the hand-written page (imap off: only the wiki here)."""
    wiki, smtp, imap = desk_servers
    put_page(other, desk_page, ODD_PAGE)
    ctx = open_instance("desk")
    configure_desk(ctx, wiki, smtp, imap, desk_page)
    with ctx.db.session() as session:
        update_settings(session, desk_imap_host="")
    assert fetch_desk(ctx).new == 3
    return ctx


def _maps_id(desk: AppContext) -> int:
    return list_desk_requests(desk.db, search="300 maps")[0].id


def _section(client: WikiClient, page: str, number: int) -> str:
    found = client.latest_with_text(page)
    assert found is not None
    return client.section_at(found[0], number)


class EditedMeanwhile(WikiClient):
    """Between our read and our save, someone else saves the page (once)."""

    meddle: Callable[[], None] | None = None

    def edit_section(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        meddle, EditedMeanwhile.meddle = EditedMeanwhile.meddle, None
        if meddle is not None:
            meddle()
        return super().edit_section(*args, **kwargs)


@pytest.mark.parametrize("where", ["same spot in the section", "a new section above"])
def test_someone_editing_meanwhile_loses_nothing(
    desk: AppContext, desk_servers: Servers, desk_page: str, other: WikiClient, where: str
) -> None:
    wiki = desk_servers[0]
    request_id = _maps_id(desk)
    queue_reply(desk.db, request_id, "Our answer: yes.")

    def meddle() -> None:
        found = other.latest_with_text(desk_page)
        assert found is not None
        if where == "a new section above":
            text = found[1].replace("==Help with", "== Squeezed in ==\nHi.\n\n==Help with", 1)
            put_page(other, desk_page, text)
        else:
            section = other.section_at(found[0], 1)
            other.edit_section(
                desk_page,
                1,
                section + "\n:Their answer at the same time. ~~~~",
                base_revision=found[0],
                summary="reply",
            )

    def factory() -> WikiClient:
        client = EditedMeanwhile(
            desk.paths.pywikibot_home, WikiAccount(wiki.api_url, wiki.bot_user), wiki.bot_password
        )
        client.connect()
        return client

    EditedMeanwhile.meddle = meddle
    report = sync_once(desk, client_factory=factory, fetch_replies=False)

    assert report.sent == 1, report.to_dict()
    text = other.page_text(desk_page) or ""
    assert "Our answer: yes." in text and text.count("Our answer: yes.") == 1
    assert ("Their answer at the same time." in text) or ("Squeezed in" in text)
    assert "Sure, send a sample." in text
    fetch_desk(desk)
    detail = get_desk_request(desk.db, request_id)
    discussion = detail.sources[0].discussion
    assert any("Our answer: yes." in comment["text"] for comment in discussion)


@pytest.fixture
def proxy(desk_servers: Servers) -> Iterator[FaultyProxy]:
    bad_link = FaultyProxy(desk_servers[0].port).start()
    yield bad_link
    bad_link.stop()


def test_a_reply_whose_answer_is_lost_is_found_not_posted_again(
    desk: AppContext, desk_servers: Servers, desk_page: str, other: WikiClient, proxy: FaultyProxy
) -> None:
    wiki = desk_servers[0]
    with desk.db.session() as session:
        update_settings(session, wiki_api_url=proxy.api_url_for(wiki.api_url))
    reply = queue_reply(desk.db, _maps_id(desk), "Answered once.")
    proxy.lose_response_if(lambda request: b"action=edit" in request)

    during = sync_once(desk, fetch_replies=False)
    after = sync_once(desk, fetch_replies=False)

    assert proxy.stats.lost_responses == 1
    assert (during.sent, during.halted_by, after.sent) == (0, "offline", 1)
    assert (other.page_text(desk_page) or "").count(reply_marker(reply.uuid)) == 1
    with desk.db.session() as session:
        entry = session.scalars(select(OutboxEntry)).one()
        assert entry.result is not None and entry.result["found_existing"] is True


def test_a_reply_and_a_status_cannot_break_out_of_their_section(
    desk: AppContext, desk_page: str, other: WikiClient
) -> None:
    before = parse_page(other, desk_page)
    request_id = _maps_id(desk)
    set_desk_state(desk.db, request_id, "needs information", assignee="Eve }} == [[Category:X]]")
    queue_reply(desk.db, request_id, NASTY)

    report = sync_once(desk, fetch_replies=False)

    assert (report.sent, report.failed) == (2, 0), report.to_dict()
    after = parse_page(other, desk_page)
    assert [s["line"] for s in after["sections"]] == [s["line"] for s in before["sections"]]
    assert after["categories"] == before["categories"]
    assert after["templates"] == before["templates"]
    section = _section(other, desk_page, 1)
    # Saved wikitext: our one signature was expanded; the typed ones stay escaped text.
    assert "~~~" not in section and "__NOTOC__" not in section and "{{PAGENAME}}" not in section
    assert section.count("[[User:Fieldbot") == 1 and "&#126;&#126;&#126;&#126;" in section
    assert section.count("Helpdesk status: needs information") == 1
    fetch_desk(desk)
    detail = get_desk_request(desk.db, request_id)
    assert (detail.summary.state, detail.summary.assignee) == (
        "needs_information",
        "Eve }} == [[Category:X]]",
    )
    assert detail.summary.state_published
