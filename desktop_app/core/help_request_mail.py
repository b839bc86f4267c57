"""A help request as an email to the helpdesk: plain text, attachments, stable Message-ID.

The Message-ID and the ``X-Fieldkit-Request`` header are derived from the request's uuid,
so every attempt produces the same identity: a mail system that sees it twice (after a
lost SMTP reply) can tell it is one message. Building is pure; sending is in ``sync``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from desktop_app.core.help_request import HELP_WANTED_LABELS
from desktop_app.core.help_request_text import HelpRequestContent
from desktop_app.core.settings import AppSettings

REQUEST_HEADER = "X-Fieldkit-Request"
DEFAULT_MESSAGE_DOMAIN = "fieldkit.invalid"


@dataclass(frozen=True)
class MailAttachment:
    """A file to attach to the mail, with its bytes."""

    filename: str
    media_type: str
    content: bytes


def message_id_for(uuid: str, sender: str = "") -> str:
    """``<UUID.fieldkit@domain>``: stable across attempts, short enough not to be folded."""
    domain = sender.rpartition("@")[2].strip(" >") if "@" in sender else ""
    return f"<{uuid}.fieldkit@{domain or DEFAULT_MESSAGE_DOMAIN}>"


def mail_sender(settings: AppSettings, requester_email: str) -> str:
    """The From address: the configured one, else the requester's own."""
    return settings.helpdesk_from_address.strip() or requester_email.strip()


def mail_subject(content: HelpRequestContent) -> str:
    """One line: header injection is impossible once newlines are gone."""
    subject = " ".join(content.subject.split()) or "Help request"
    return f"Help request: {subject}"


def render_mail_text(content: HelpRequestContent) -> str:
    """The body of the mail, readable as plain text (nothing is interpreted)."""
    form = content.form
    out: list[str] = []

    def field(label: str, value: str) -> None:
        value = value.strip()
        if not value:
            return
        if "\n" in value:
            out.append(f"{label}:")
            out.extend("  " + line for line in value.splitlines())
        else:
            out.append(f"{label}: {value}")

    out.append("REQUESTER")
    field("Name", form.requester_name)
    field("Wiki user name", form.requester_username)
    field(
        "Affiliation",
        " ".join(
            part
            for part in (
                form.requester_affiliation,
                f"({form.requester_affiliation_kind})" if form.requester_affiliation_kind else "",
            )
            if part
        ),
    )
    field("Country", form.requester_country)
    field("Languages", form.requester_languages)
    field("Email", form.requester_email)
    out += ["", "DESCRIPTION"]
    field("Partner", content.partner)
    field("About the checklist step", content.checklist_step)
    field("Kind of material", form.material_kind)
    field("Rough volume", form.volume)
    field("Expected outcome", form.expected_outcome)
    out += ["", content.body.strip(), "", "JUSTIFICATION"]
    field("Impact", form.impact)
    field("Knowledge gap it fills", form.knowledge_gap)
    field("Partner's commitment", form.partner_commitment)
    field("Licence status", form.licence_status)
    wanted = [HELP_WANTED_LABELS.get(value, value) for value in form.help_wanted]
    if "other" in form.help_wanted and form.help_other.strip():
        wanted[form.help_wanted.index("other")] += f": {form.help_other.strip()}"
    out += ["", "HELP WANTED"]
    out.extend(f"- {label}" for label in wanted)
    if form.attachments:
        out += ["", "ATTACHMENTS"]
        out.extend(f"- {a.filename} ({a.size} bytes)" for a in form.attachments)
    out += ["", f"-- \nSent with Fieldkit. Request id: {content.uuid}"]
    return "\n".join(out) + "\n"


def build_mail(
    content: HelpRequestContent,
    *,
    to: str,
    sender: str,
    attachments: Sequence[MailAttachment] = (),
    sent_at: datetime | None = None,
) -> EmailMessage:
    """The complete message; ``Reply-To`` is the requester when they gave an address."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    reply_to = content.form.requester_email.strip()
    if reply_to and reply_to != sender:
        message["Reply-To"] = reply_to
    message["Subject"] = mail_subject(content)
    message["Message-ID"] = message_id_for(content.uuid, sender)
    message[REQUEST_HEADER] = content.uuid
    if sent_at is not None:
        message["Date"] = format_datetime(sent_at)
    message.set_content(render_mail_text(content))
    for attachment in attachments:
        maintype, _, subtype = attachment.media_type.partition("/")
        if maintype == "text":
            # Text goes as text with its charset, so a UTF-8 metadata sample stays readable.
            try:
                text = attachment.content.decode("utf-8")
            except UnicodeDecodeError:
                maintype, subtype = "application", "octet-stream"
            else:
                message.add_attachment(text, subtype=subtype, filename=attachment.filename)
                continue
        message.add_attachment(
            attachment.content,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    return message
