"""Fixtures for the desk: a field instance and desk instances on their own data folders,
all against the real test wiki, the SMTP fixture and a real dovecot."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from tests.fixtures.imap import TestImapServer
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.smtp import TestCertificates, TestSmtpServer

HELPDESK_ADDRESS = "helpdesk@example.org"
REQUESTER_ADDRESS = "karin@example.org"


@pytest.fixture
def desk_page() -> str:
    return f"Project:Content partnerships helpdesk {uuid.uuid4().hex[:8]}"


@pytest.fixture
def open_instance(tmp_path: Path) -> Iterator[Callable[[str], AppContext]]:
    """Opens a data folder by name (each instance is a separate laptop)."""
    opened: list[AppContext] = []

    def opener(name: str) -> AppContext:
        ctx = AppContext.open(tmp_path / name, log_to_file=False)
        opened.append(ctx)
        return ctx

    yield opener
    for ctx in opened:
        ctx.close()


@pytest.fixture
def desk_servers(
    wiki_up: TestWiki,
    smtp_server: TestSmtpServer,
    imap_server: TestImapServer,
    trust_test_ca: TestCertificates,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[TestWiki, TestSmtpServer, TestImapServer]:
    """Every server, with the wiki password in the environment (no keyring here)."""
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    return wiki_up, smtp_server, imap_server


def configure_field(ctx: AppContext, wiki: TestWiki, smtp: TestSmtpServer, page: str) -> None:
    """A requester's Fieldkit: the wiki account, the helpdesk page, SMTP, own mailbox."""
    with ctx.db.session() as session:
        update_settings(
            session,
            wiki_api_url=wiki.api_url,
            wiki_username=wiki.bot_user,
            helpdesk_page=page,
            helpdesk_email="",
            helpdesk_smtp_host=smtp.host,
            helpdesk_smtp_port=smtp.port,
            helpdesk_smtp_security="none",
            helpdesk_from_address=REQUESTER_ADDRESS,
            requester_name="Karin",
            requester_email=REQUESTER_ADDRESS,
        )


def configure_desk(
    ctx: AppContext, wiki: TestWiki, smtp: TestSmtpServer, imap: TestImapServer, page: str
) -> None:
    """A helpdesk laptop: the page and the mailbox (implicit TLS, test CA) to gather from."""
    with ctx.db.session() as session:
        update_settings(
            session,
            wiki_api_url=wiki.api_url,
            wiki_username=wiki.bot_user,
            helpdesk_page="",
            helpdesk_smtp_host=smtp.host,
            helpdesk_smtp_port=smtp.port,
            helpdesk_smtp_security="none",
            desk_enabled=True,
            desk_wiki_pages=(page,),
            desk_imap_host=imap.host,
            desk_imap_port=imap.tls_port,
            desk_imap_user="helpdesk",
            desk_imap_security="tls",
            desk_from_address=HELPDESK_ADDRESS,
        )
