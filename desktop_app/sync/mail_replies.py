"""Reading the helpdesk's mailed replies from the requester's own mailbox (optional).

A request that went by mail is answered by mail, threaded to it: the answer's
``In-Reply-To`` or ``References`` names the request's Message-ID. One IMAP search per
watched request finds them; they are stored like the replies read from the wiki, so the
requester's Fieldkit shows both the same way, offline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.core.desk_mail import parse_mail
from desktop_app.core.replies import ParsedReply
from desktop_app.mail.imap import ImapError, ImapMailbox, open_folder
from desktop_app.store.models import utcnow
from desktop_app.store.repositories import requests
from desktop_app.sync.replies import REPLY_WINDOW, RepliesReport

if TYPE_CHECKING:
    import ssl

    from desktop_app.core.settings import AppSettings
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)


def reply_mailbox(settings: AppSettings) -> ImapMailbox | None:
    """The requester's mailbox as the settings name it; ``None`` when not set."""
    if not settings.reply_imap_host.strip():
        return None
    return ImapMailbox(
        host=settings.reply_imap_host.strip(),
        port=int(settings.reply_imap_port),
        security=settings.reply_imap_security,
        user=settings.reply_imap_user.strip(),
        folder=settings.reply_imap_folder.strip() or "INBOX",
    )


def fetch_mail_replies_with(
    db: Database,
    mailbox: ImapMailbox,
    password: Callable[[], str | None] | None = None,
    *,
    ssl_context: ssl.SSLContext | None = None,
) -> RepliesReport:
    """Store the mailed answers to our mailed requests (blocking: network)."""
    report = RepliesReport()
    with db.session() as session:
        watched = requests.mailed_since(session, utcnow() - REPLY_WINDOW)
    if not watched:
        return report
    found: dict[int, list[ParsedReply]] = {}
    try:
        with open_folder(
            mailbox, password or mailbox.load_password, ssl_context=ssl_context
        ) as folder:
            for request_id, message_id in watched:
                uids = sorted(
                    set(folder.search_header("In-Reply-To", message_id))
                    | set(folder.search_header("References", message_id))
                )
                replies = []
                for message in folder.fetch(uids):
                    mail = parse_mail(message.raw)
                    when = f"{mail.sent_at:%H:%M, %d %B %Y} (UTC)" if mail.sent_at else ""
                    replies.append(
                        ParsedReply(mail.text, mail.sender_name or mail.sender_address, when)
                    )
                found[request_id] = replies
    except ImapError as error:
        report.error = error.fault.code
        log.info("Mailed replies not checked: %s", error)
        return report
    now = utcnow()
    with db.session() as session:
        for request_id, replies in found.items():
            report.checked += 1
            report.new += requests.store_new_replies(session, request_id, replies, now) or 0
    return report
