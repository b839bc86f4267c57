"""Fixtures for the partnership and helpdesk tests: an opened app context, configured."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.smtp import TestSmtpServer


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    """A fresh data folder, opened and migrated."""
    context = AppContext.open(data_dir, log_to_file=False)
    yield context
    context.close()


def unique_page(prefix: str = "Project:Helpdesk") -> str:
    return f"{prefix} {uuid.uuid4().hex[:10]}"


@pytest.fixture
def wiki_ctx(ctx: AppContext, wiki_up: TestWiki, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    """The context with the test wiki as account and a page of its own as the helpdesk."""
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    with ctx.db.session() as session:
        update_settings(
            session,
            wiki_api_url=wiki_up.api_url,
            wiki_username=wiki_up.bot_user,
            helpdesk_page=unique_page(),
            requester_name="Test Volunteer",
        )
    return ctx


@pytest.fixture
def mail_ctx(ctx: AppContext, smtp_server: TestSmtpServer) -> AppContext:
    """The context with email only: the loopback SMTP server, plain (no TLS on loopback)."""
    with ctx.db.session() as session:
        update_settings(
            session,
            helpdesk_page="",
            helpdesk_email="helpdesk@example.org",
            helpdesk_smtp_host=smtp_server.host,
            helpdesk_smtp_port=smtp_server.port,
            helpdesk_smtp_security="none",
            helpdesk_from_address="fieldkit@example.net",
        )
    return ctx
