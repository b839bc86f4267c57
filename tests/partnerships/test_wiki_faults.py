"""Help requests over a bad link: 5xx storms and timeouts end in exactly one section.

The fault proxy (tests/fixtures/proxy.py) sits between pywikibot and the real test wiki.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop_app.core.help_request_text import request_marker
from desktop_app.services.requests.drafts import list_requests
from desktop_app.services.sync_pass import sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.models import OutboxEntry, RequestState
from desktop_app.store.repositories.settings import load_settings, update_settings
from desktop_app.wiki import home as pywikibot_home
from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.proxy import FaultyProxy
from tests.partnerships.helpers import queued

pytestmark = pytest.mark.wiki


@pytest.fixture
def proxy(wiki_up: TestWiki) -> Iterator[FaultyProxy]:
    bad_link = FaultyProxy(wiki_up.port).start()
    yield bad_link
    bad_link.stop()


@pytest.fixture
def proxied_ctx(wiki_ctx: AppContext, proxy: FaultyProxy, wiki_up: TestWiki) -> AppContext:
    """The app talks to the wiki only through the proxy."""
    with wiki_ctx.db.session() as session:
        update_settings(session, wiki_api_url=proxy.api_url_for(wiki_up.api_url))
    return wiki_ctx


def page_text(ctx: AppContext, wiki: TestWiki) -> str:
    """The helpdesk page as the wiki has it, read directly (not through the proxy)."""
    with ctx.db.session() as session:
        page = load_settings(session).helpdesk_page
    reader = WikiClient(
        ctx.paths.root / "reader", WikiAccount(wiki.api_url, wiki.bot_user), wiki.bot_password
    )
    reader.connect()
    return reader.page_text(page) or ""


def test_a_503_storm_keeps_the_request_queued_and_it_is_sent_once_after(
    proxied_ctx: AppContext, proxy: FaultyProxy, wiki_up: TestWiki
) -> None:
    request_id = queued(proxied_ctx.db)
    proxy.storm(1000, retry_after=1)

    during = sync_once(proxied_ctx)

    assert during.sent == 0 and during.halted_by == "offline"
    assert list_requests(proxied_ctx.db)[0].state == RequestState.QUEUED
    assert proxy.stats.requests > 0  # the wiki really was asked, and answered 503

    proxy.storm(0)
    after = sync_once(proxied_ctx)

    assert after.sent == 1
    uuid = list_requests(proxied_ctx.db)[0].uuid
    assert page_text(proxied_ctx, wiki_up).count(request_marker(uuid)) == 1
    assert request_id == list_requests(proxied_ctx.db)[0].id


def test_an_edit_whose_answer_is_lost_is_found_not_posted_again(
    proxied_ctx: AppContext, proxy: FaultyProxy, wiki_up: TestWiki
) -> None:
    queued(proxied_ctx.db)
    # The edit reaches the wiki and is saved; the connection dies before the answer.
    proxy.lose_response_if(lambda request: b"action=edit" in request or b'"edit"' in request)

    during = sync_once(proxied_ctx)
    after = sync_once(proxied_ctx)

    assert during.sent + after.sent == 1
    uuid = list_requests(proxied_ctx.db)[0].uuid
    assert page_text(proxied_ctx, wiki_up).count(request_marker(uuid)) == 1
    with proxied_ctx.db.session() as session:
        entry = session.scalars(select(OutboxEntry)).one()
        # The retry found the section the first attempt had left, instead of posting.
        assert entry.result is not None and entry.result["found_existing"] is True


def test_a_wiki_that_does_not_answer_in_time_is_offline_and_the_request_waits(
    proxied_ctx: AppContext, proxy: FaultyProxy, wiki_up: TestWiki, monkeypatch: pytest.MonkeyPatch
) -> None:
    queued(proxied_ctx.db)
    # Applied to pywikibot's config whenever a client connects.
    monkeypatch.setitem(pywikibot_home.DESKTOP_SETTINGS, "socket_timeout", (2.0, 2.0))
    proxy.delay(3.0)  # every answer comes after the client stopped waiting

    during = sync_once(proxied_ctx)

    assert (during.sent, during.halted_by) == (0, "offline")
    assert list_requests(proxied_ctx.db)[0].state == RequestState.QUEUED
    proxy.delay(0.0)
    time.sleep(3.5)  # let any late request finish before looking
    after = sync_once(proxied_ctx)
    assert after.sent == 1
    uuid = list_requests(proxied_ctx.db)[0].uuid
    assert page_text(proxied_ctx, wiki_up).count(request_marker(uuid)) == 1
