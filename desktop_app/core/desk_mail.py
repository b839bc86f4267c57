"""Reading a mail to the helpdesk: headers, the text (plain, or HTML turned to text),
attachments, Fieldkit's ``X-Fieldkit-Request`` and the thread it belongs to.

Pure: bytes in, a :class:`MailRequest` out. Charsets (ISO-8859-1, UTF-8...) are decoded
by the stdlib's ``email`` package; HTML is reduced to its text and never rendered.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

from desktop_app.core.help_request_mail import REQUEST_HEADER

_IDS = re.compile(r"<[^<>\s]+>")
_UUID = re.compile(r"^[0-9a-fA-F-]{36}$")
_FIELD_LINE = re.compile(r"^(?P<label>[A-Z][A-Za-z' ]{1,40}): (?P<value>.+)$")
# Labels of Fieldkit's mail (core.help_request_mail.render_mail_text) → our field names.
MAIL_FIELD_LABELS = {
    "Name": "requester_name",
    "Wiki user name": "requester_user",
    "Affiliation": "affiliation",
    "Country": "country",
    "Email": "requester_email",
    "Partner": "partner",
    "Kind of material": "material_kind",
    "Rough volume": "volume",
    "Expected outcome": "expected_outcome",
    "Impact": "impact",
    "Knowledge gap it fills": "knowledge_gap",
    "Partner's commitment": "partner_commitment",
    "Licence status": "licence_status",
}


@dataclass(frozen=True)
class MailAttachmentInfo:
    """An attachment as listed (the bytes stay in the mailbox)."""

    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class MailRequest:
    """One message of the helpdesk's mailbox, read."""

    message_id: str
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    subject: str
    sender_name: str
    sender_address: str
    reply_to: str
    sent_at: datetime | None
    text: str
    was_html: bool
    attachments: tuple[MailAttachmentInfo, ...] = ()
    fieldkit_uuid: str | None = None
    fieldkit_reply_uuid: str | None = None
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def thread_parents(self) -> tuple[str, ...]:
        """Message-IDs this one answers, nearest first."""
        return tuple(dict.fromkeys((*self.in_reply_to, *reversed(self.references))))


class _TextOfHtml(HTMLParser):
    """The readable text of an HTML mail: blocks become lines, scripts and styles vanish."""

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "table", "ul"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Text of an HTML body, lines kept, runs of blank lines folded."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _ids(value: str | None) -> tuple[str, ...]:
    return tuple(_IDS.findall(value or ""))


def _date(message: EmailMessage) -> datetime | None:
    try:
        when = parsedate_to_datetime(str(message["Date"]))
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return when
    return when.astimezone(UTC).replace(tzinfo=None)


def _body(message: EmailMessage) -> tuple[str, bool]:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return "", False
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):
        payload = part.get_payload(decode=True)
        content = payload.decode("latin-1") if isinstance(payload, bytes) else str(payload)
    if part.get_content_subtype() == "html":
        return html_to_text(str(content)), True
    return str(content).replace("\r\n", "\n").strip(), False


def _fields(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in text.split("\n"):
        match = _FIELD_LINE.match(line.strip())
        if match and match.group("label") in MAIL_FIELD_LABELS:
            fields.setdefault(MAIL_FIELD_LABELS[match.group("label")], match.group("value"))
    return fields


def synthetic_message_id(raw: bytes) -> str:
    """An id for a message that came without a Message-ID (its content's hash)."""
    return f"<{hashlib.sha1(raw).hexdigest()}@no-message-id.fieldkit.invalid>"


def parse_mail(raw: bytes) -> MailRequest:
    """Read one message as it came from the mailbox."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    text, was_html = _body(message)
    attachments = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        attachments.append(
            MailAttachmentInfo(
                part.get_filename() or "(unnamed)",
                part.get_content_type(),
                len(payload) if isinstance(payload, bytes) else 0,
            )
        )
    sender_name, sender_address = parseaddr(str(message.get("From", "")))
    reply_to = [address for _, address in getaddresses([str(message.get("Reply-To", ""))])]
    uuid = str(message.get(REQUEST_HEADER, "")).strip().lower()
    reply_uuid = str(message.get("X-Fieldkit-Reply", "")).strip().lower()
    message_ids = _ids(str(message.get("Message-ID", "")))
    fieldkit_uuid = uuid if _UUID.match(uuid) else None
    return MailRequest(
        message_id=message_ids[0] if message_ids else synthetic_message_id(raw),
        in_reply_to=_ids(str(message.get("In-Reply-To", ""))),
        references=_ids(str(message.get("References", ""))),
        subject=" ".join(str(message.get("Subject", "")).split()),
        sender_name=sender_name,
        sender_address=sender_address,
        reply_to=next((a for a in reply_to if a), sender_address),
        sent_at=_date(message),
        text=text,
        was_html=was_html,
        attachments=tuple(attachments),
        fieldkit_uuid=fieldkit_uuid,
        fieldkit_reply_uuid=reply_uuid if _UUID.match(reply_uuid) else None,
        fields=_fields(text) if fieldkit_uuid else {},
    )


def request_subject(subject: str) -> str:
    """The subject without Fieldkit's ``Help request:`` prefix or reply prefixes."""
    cleaned = re.sub(r"^(?:(?:re|fw|fwd|sv|vs)\s*:\s*)+", "", subject.strip(), flags=re.I)
    return cleaned.removeprefix("Help request: ").strip() or "(no subject)"
