"""A reply from the helpdesk: templates, the wikitext signed in the request's section,
and the email threaded to the original message.

The reply's uuid travels with it (a marker comment on the wiki, the Message-ID and an
``X-Fieldkit-Reply`` header in mail), so a delivery whose answer was lost looks for it
before sending again. Everything the staff typed is escaped like a request's text: a
reply shows literally and cannot close its section, start a heading or sign twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate

from desktop_app.core.wikitext import escape_block, marker_comment

REPLY_HEADER = "X-Fieldkit-Reply"
SIGNATURE = "''Reply from the helpdesk, sent with Fieldkit.'' ~~~~"
_TIMESTAMP_LIKE = re.compile(r"(\d{1,2}):(\d{2}, \d{1,2} \w+ \d{4} \()")

TEMPLATES = ("acknowledge", "ask_information", "decision")


@dataclass(frozen=True)
class ReplyContext:
    """What a template may mention."""

    subject: str
    requester: str = ""
    state_label: str = ""
    reasons: str = ""


def template_text(template: str, context: ReplyContext) -> str:
    """The starting text of a reply of ``template`` (the staff edit it before queueing)."""
    hello = f"Hello {context.requester}," if context.requester.strip() else "Hello,"
    subject = context.subject.strip() or "your request"
    if template == "acknowledge":
        return (
            f"{hello}\n\nthank you for your request “{subject}”. We have received it and "
            "will come back to you after we have looked at it.\n\nThe Content Partnerships "
            "Helpdesk"
        )
    if template == "ask_information":
        return (
            f"{hello}\n\nthank you for your request “{subject}”. Before the committee can "
            "review it we need to know more:\n\n- \n\nPlease answer here.\n\nThe Content "
            "Partnerships Helpdesk"
        )
    if template == "decision":
        decision = context.state_label or "(decision)"
        reasons = context.reasons.strip() or "- "
        return (
            f"{hello}\n\nthe committee has reviewed your request “{subject}”.\n\n"
            f"Decision: {decision}\n\nReasons:\n{reasons}\n\nThe Content Partnerships "
            "Helpdesk"
        )
    raise ValueError(f"unknown reply template {template!r}")


def reply_marker(uuid: str) -> str:
    """The hidden comment that identifies a reply inside a request's section."""
    return marker_comment("reply", uuid)


def render_wiki_reply(uuid: str, text: str) -> str:
    """The reply as appended to the request's section: marker, escaped text, signature.

    A line that looks like a signature's timestamp would end the reply early for the
    requester's Fieldkit (it splits comments at timestamps), so its colon is escaped.
    """
    body = _TIMESTAMP_LIKE.sub(r"\1&#58;\2", escape_block(text.strip()))
    return f"{reply_marker(uuid)}\n{body}\n\n{SIGNATURE}"


def append_to_section(section_text: str, reply_wikitext: str) -> str:
    """The section with the reply added at its end (blank line between)."""
    return section_text.rstrip("\n") + "\n\n" + reply_wikitext


def reply_message_id(uuid: str, sender: str) -> str:
    """``<UUID.fieldkit-reply@domain>``: the same for every attempt."""
    domain = sender.rpartition("@")[2].strip(" >") if "@" in sender else ""
    return f"<{uuid}.fieldkit-reply@{domain or 'fieldkit.invalid'}>"


@dataclass(frozen=True)
class OriginalMail:
    """What a reply needs of the message it answers."""

    message_id: str
    references: tuple[str, ...]
    subject: str
    reply_to: str
    fieldkit_uuid: str | None = None


def reply_subject(subject: str) -> str:
    """``Re: subject`` once, on one line."""
    one_line = " ".join(subject.split()) or "Your help request"
    return one_line if one_line.lower().startswith("re:") else f"Re: {one_line}"


def build_reply_mail(uuid: str, text: str, original: OriginalMail, *, sender: str) -> EmailMessage:
    """The reply as an email threaded to ``original`` (In-Reply-To and References)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = original.reply_to
    message["Subject"] = reply_subject(original.subject)
    message["Message-ID"] = reply_message_id(uuid, sender)
    if original.message_id:
        message["In-Reply-To"] = original.message_id
        message["References"] = " ".join((*original.references, original.message_id))
    message[REPLY_HEADER] = uuid
    if original.fieldkit_uuid:
        message["X-Fieldkit-Request"] = original.fieldkit_uuid
    message["Date"] = formatdate(usegmt=True)
    message.set_content(text.strip() + "\n\n-- \nThe Content Partnerships Helpdesk (Fieldkit)\n")
    return message
