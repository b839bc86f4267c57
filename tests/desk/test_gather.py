"""Gathering from the real wiki and a real dovecot: hand-written sections, HTML-only and
ISO-8859-1 mail, attachments, threads, a request that came both ways, incremental
fetches, a changed UIDVALIDITY, and offline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_app.services.desk.fetching import FetchExit, fetch_desk
from desktop_app.services.desk.triage import (
    get_desk_request,
    list_desk_requests,
    set_desk_state,
)
from desktop_app.services.sync_pass import sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from tests.desk.conftest import HELPDESK_ADDRESS, configure_desk, configure_field
from tests.desk.helpers import (
    editor,
    html_only_mail,
    latin1_mail,
    mail_with_attachment,
    plain_mail,
    put_page,
)
from tests.desk.test_sections import ODD_PAGE
from tests.fixtures.imap import TestImapServer
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.smtp import TestSmtpServer
from tests.partnerships.helpers import queued

pytestmark = pytest.mark.wiki
Servers = tuple[TestWiki, TestSmtpServer, TestImapServer]


@pytest.fixture
def desk(
    desk_servers: Servers,
    open_instance: Callable[[str], AppContext],
    desk_page: str,
    monkeypatch: pytest.MonkeyPatch,
) -> AppContext:
    wiki, smtp, imap = desk_servers
    ctx = open_instance("desk")
    configure_desk(ctx, wiki, smtp, imap, desk_page)
    monkeypatch.setenv("FIELDKIT_IMAP_PASSWORD", imap.users["helpdesk"])
    return ctx


def test_hand_written_page_is_read_once_and_then_only_when_it_changes(
    desk: AppContext, desk_servers: Servers, desk_page: str, tmp_path
) -> None:
    wiki, _smtp, _imap = desk_servers
    other = editor(wiki, tmp_path / "other")
    put_page(other, desk_page, ODD_PAGE)

    first = fetch_desk(desk)
    again = fetch_desk(desk)

    assert first.exit_code == FetchExit.FETCHED
    assert [p.changed for p in first.pages] == [True] and first.new == 3
    assert [p.changed for p in again.pages] == [False] and again.new == 0
    subjects = {item.subject for item in list_desk_requests(desk.db)}
    assert subjects == {"Help with 300 maps", "Urgent: licence question", "Empty"}
    maps = next(i for i in list_desk_requests(desk.db, search="maps"))
    assert get_desk_request(desk.db, maps.id).requester_user == "Maja"
    assert maps.received_at.isoformat().startswith("2026-11-03T09:15")

    put_page(other, desk_page, ODD_PAGE + "\n== A new one ==\nPlease help. --Ola\n")
    third = fetch_desk(desk)

    assert third.pages[0].changed and third.new == 1
    assert len(list_desk_requests(desk.db)) == 4


def test_mail_of_every_shape_and_a_thread(desk: AppContext, desk_servers: Servers) -> None:
    _wiki, _smtp, imap = desk_servers
    imap.append("helpdesk", html_only_mail("<html-1@archive.example>"))
    imap.append("helpdesk", latin1_mail("<latin-1@example.se>"))
    imap.append("helpdesk", mail_with_attachment("<att-1@museum.example>"))
    imap.append(
        "helpdesk",
        plain_mail(
            "Re: Sample files",
            "One more thing: the files are from 1920.",
            "<att-2@museum.example>",
            In_Reply_To="<att-1@museum.example>",
            References="<att-1@museum.example>",
        ),
    )

    report = fetch_desk(desk)

    assert report.exit_code == FetchExit.FETCHED
    assert report.mailbox is not None
    assert (report.mailbox.messages, report.mailbox.new, report.mailbox.thread_messages) == (
        4,
        3,
        1,
    )
    by_subject = {item.subject: item for item in list_desk_requests(desk.db)}
    posters = get_desk_request(desk.db, by_subject["Archive of posters"].id)
    assert "1,200 posters" in posters.text and "- CC BY" in posters.text
    assert "alert(1)" not in posters.text and "color:red" not in posters.text
    assert "[[Category:Injected]] <script>" in posters.text  # shown as text, as written
    assert posters.sources[0].was_html
    latin = get_desk_request(desk.db, by_subject["Fråga om bilder"].id)
    assert "från Åre och Östersund" in latin.text and latin.requester_name == "Göran Åström"
    samples = get_desk_request(desk.db, by_subject["Sample files"].id)
    assert [a["filename"] for a in samples.sources[0].attachments] == [
        "sample.jpg",
        "metadata.csv",
    ]
    assert [s.role for s in samples.sources] == ["request", "message"]
    assert "from 1920" in samples.sources[1].text
    assert fetch_desk(desk).mailbox.messages == 0  # type: ignore[union-attr]


def test_uidvalidity_change_reads_again_without_duplicates(
    desk: AppContext, desk_servers: Servers
) -> None:
    _wiki, _smtp, imap = desk_servers
    imap.append("helpdesk", plain_mail("First", "one", "<u-1@example.org>"))
    assert fetch_desk(desk).new == 1
    (first,) = list_desk_requests(desk.db)
    set_desk_state(desk.db, first.id, "declined")
    imap.set_uidvalidity("helpdesk", 4242)
    # The keyword still reaches the message: its UID is stale, its Message-ID is not.
    assert sync_once(desk, fetch_replies=False).sent == 1
    assert "$FieldkitDeclined" in " ".join(imap.flags_of("helpdesk").values())
    imap.append("helpdesk", plain_mail("Second", "two", "<u-2@example.org>"))

    report = fetch_desk(desk)

    assert report.mailbox is not None and report.mailbox.uidvalidity_changed
    assert report.mailbox.uidvalidity == 4242 and report.new == 1
    assert sorted(i.subject for i in list_desk_requests(desk.db)) == ["First", "Second"]
    assert list_desk_requests(desk.db, state="declined")[0].state_published


def test_a_request_that_came_both_ways_is_one_request(
    desk: AppContext,
    desk_servers: Servers,
    open_instance: Callable[[str], AppContext],
    desk_page: str,
) -> None:
    wiki, smtp, imap = desk_servers
    field = open_instance("field")
    configure_field(field, wiki, smtp, desk_page)
    with field.db.session() as session:
        update_settings(session, helpdesk_email=HELPDESK_ADDRESS)
    queued(field.db, subject="Both ways")
    assert sync_once(field).sent == 2
    imap.append("helpdesk", bytes(smtp.received[-1].message))

    fetch_desk(desk)

    (item,) = list_desk_requests(desk.db)
    assert item.channels == ("wiki", "email")
    assert get_desk_request(desk.db, item.id).requester_email == "karin@example.org"


def test_offline_fetch_keeps_everything_and_says_so(
    desk: AppContext, desk_servers: Servers, desk_page: str, tmp_path
) -> None:
    wiki, _smtp, imap = desk_servers
    put_page(editor(wiki, tmp_path / "other"), desk_page, ODD_PAGE)
    fetch_desk(desk)
    wiki.stop()
    imap.stop()
    try:
        offline = fetch_desk(desk)
    finally:
        wiki.start()

    assert offline.exit_code == FetchExit.OFFLINE and offline.to_dict()["offline"]
    assert len(list_desk_requests(desk.db)) == 3
