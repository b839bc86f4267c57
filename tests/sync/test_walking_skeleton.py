"""Issue 2's walking skeleton, end to end against the real test wiki.

A draft is written offline, queued, kept while the wiki is down, delivered when it is up,
read back through the API; a lost reply never makes a second edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from desktop_app.cli import run
from desktop_app.core.help_request_text import request_marker
from desktop_app.services.requests.drafts import list_requests, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.services.sync_pass import default_client_factory, sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.models import RequestState
from desktop_app.store.repositories.settings import update_settings
from desktop_app.sync.outbox import pending_count
from desktop_app.wiki.client import WikiAccount, WikiClient
from desktop_app.wiki.errors import WikiUnavailable
from tests.fixtures.mediawiki import TestWiki

pytestmark = pytest.mark.wiki


@pytest.fixture
def app(
    data_dir: Path,
    wiki_up: TestWiki,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Iterator[AppContext]:
    """A data folder configured for the test wiki, with no keyring (as in CI)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    assert run(["account", "set", "--api", wiki_up.api_url, "--user", wiki_up.bot_user]) == 0
    ctx = AppContext.open(data_dir)
    with ctx.db.session() as session:
        update_settings(session, helpdesk_page=f"Project:Fieldkit requests/{request.node.name}")
    yield ctx
    ctx.close()


def read_page(wiki: TestWiki, data_dir: Path, title: str) -> str | None:
    """Read a page back through the API with a client of its own."""
    client = WikiClient(
        data_dir / "reader", WikiAccount(wiki.api_url, wiki.bot_user), wiki.bot_password
    )
    client.connect()
    return client.page_text(title)


def helpdesk_page(ctx: AppContext) -> str:
    from desktop_app.store.repositories.settings import load_settings

    with ctx.db.session() as session:
        return load_settings(session).helpdesk_page


def test_draft_waits_while_offline_and_is_delivered_when_the_wiki_comes_up(
    app: AppContext, wiki_up: TestWiki, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wiki_up.stop()
    request_id = new_request(app.db, subject="Agreement for Musée ✓", body="Can you help? مرحبا")
    assert list_requests(app.db)[0].state == RequestState.DRAFT  # saved at once
    queue_request(app.db, request_id)
    capsys.readouterr()

    assert run(["sync", "--json"]) == 3
    offline = json.loads(capsys.readouterr().out)
    assert offline["offline"] is True and offline["remaining"] == 1
    assert list_requests(app.db)[0].state == RequestState.QUEUED

    wiki_up.start()
    assert run(["sync", "--json"]) == 0
    delivered = json.loads(capsys.readouterr().out)
    assert (delivered["sent"], delivered["remaining"]) == (1, 0)

    summary = list_requests(app.db)[0]
    assert summary.state == RequestState.SENT
    assert summary.remote_url and str(wiki_up.port) in summary.remote_url
    text = read_page(wiki_up, data_dir, helpdesk_page(app))
    assert text is not None
    assert request_marker(summary.uuid) in text
    assert "Can you help? مرحبا" in text
    assert "== Agreement for Musée ✓ ==" in text


class LostReplyClient:
    """The real client, except that the first post's reply is lost after it arrived."""

    def __init__(self, real: WikiClient) -> None:
        self.real = real
        self.posts = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def append_section(self, *args: object, **kwargs: object) -> int:
        self.posts += 1
        revision = self.real.append_section(*args, **kwargs)  # type: ignore[arg-type]
        if self.posts == 1:
            raise WikiUnavailable("connection reset after the edit was saved")
        return revision


def test_retry_after_lost_reply_makes_no_second_edit(
    app: AppContext, wiki_up: TestWiki, data_dir: Path
) -> None:
    request_id = new_request(app.db, subject="Batch upload help", body="Ten thousand photos")
    queue_request(app.db, request_id)
    connect = default_client_factory(app)
    lossy: list[LostReplyClient] = []

    def lossy_factory() -> WikiClient:
        if not lossy:
            lossy.append(LostReplyClient(connect()))
        return lossy[0]  # type: ignore[return-value]

    first = sync_once(app, client_factory=lossy_factory)
    assert first.offline and pending_count(app.db) == 1
    second = sync_once(app, client_factory=lossy_factory)
    assert second.sent == 1

    assert lossy[0].posts == 1  # the retry looked first and found the edit
    marker = request_marker(list_requests(app.db)[0].uuid)
    text = read_page(wiki_up, data_dir, helpdesk_page(app)) or ""
    assert text.count(marker) == 1
