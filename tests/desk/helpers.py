"""Shared helpers of the desk tests: another editor on the wiki, mails of many shapes."""

from __future__ import annotations

from email.message import EmailMessage
from email.mime.text import MIMEText
from pathlib import Path
from typing import Any

from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.fixtures.mediawiki import TestWiki


def editor(wiki: TestWiki, home: Path) -> WikiClient:
    """Someone else editing the same wiki (their own pywikibot home)."""
    client = WikiClient(home, WikiAccount(wiki.api_url, wiki.bot_user), wiki.bot_password)
    client.connect()
    return client


def put_page(client: WikiClient, title: str, text: str) -> int:
    """Save the whole page as a person would in the editor; the new revision id."""
    result: dict[str, Any] = client.site.simple_request(
        action="edit",
        title=title,
        text=text,
        summary="by hand",
        token=client.site.tokens["csrf"],
        formatversion=2,
    ).submit()
    return int(result["edit"].get("newrevid") or result["edit"]["oldrevid"])


def parse_page(client: WikiClient, title: str) -> dict[str, Any]:
    """The page as MediaWiki renders it: sections, categories, templates, HTML."""
    result: dict[str, Any] = client.site.simple_request(
        action="parse",
        page=title,
        prop="text|sections|categories|templates",
        formatversion=2,
    ).submit()
    return result["parse"]


def plain_mail(subject: str, body: str, message_id: str, **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = headers.pop("From", "Pia Partner <pia@museum.example>")
    message["To"] = "helpdesk@example.org"
    message["Subject"] = subject
    message["Message-ID"] = message_id
    message["Date"] = headers.pop("Date", "Tue, 03 Nov 2026 10:00:00 +0000")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return bytes(message)


def html_only_mail(message_id: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Web Form <form@archive.example>"
    message["To"] = "helpdesk@example.org"
    message["Subject"] = "Archive of posters"
    message["Message-ID"] = message_id
    message["Date"] = "Wed, 04 Nov 2026 08:00:00 +0000"
    message.set_content(
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>We have <b>1,200 posters</b>.</p><ul><li>CC BY</li><li>Scanned</li></ul>"
        "<p>[[Category:Injected]] &lt;script&gt;</p></body></html>",
        subtype="html",
    )
    return bytes(message)


def latin1_mail(message_id: str) -> bytes:
    text = MIMEText("Hej! Vi har 500 fotografier från Åre och Östersund.", "plain", "iso-8859-1")
    text["From"] = "=?iso-8859-1?q?G=F6ran_=C5str=F6m?= <goran@example.se>"
    text["To"] = "helpdesk@example.org"
    text["Subject"] = "=?iso-8859-1?q?Fr=E5ga_om_bilder?="
    text["Message-ID"] = message_id
    text["Date"] = "Thu, 05 Nov 2026 12:00:00 +0100"
    return text.as_bytes()


def mail_with_attachment(message_id: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Pia Partner <pia@museum.example>"
    message["To"] = "helpdesk@example.org"
    message["Subject"] = "Sample files"
    message["Message-ID"] = message_id
    message.set_content("Two samples attached.")
    message.add_attachment(
        b"\xff\xd8\xff" + b"0" * 500, maintype="image", subtype="jpeg", filename="sample.jpg"
    )
    message.add_attachment("id,title\n1,Plate", subtype="csv", filename="metadata.csv")
    return bytes(message)
