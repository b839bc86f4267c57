"""Reading the requests on a helpdesk wiki page: Fieldkit's sections and hand-written ones.

Every level-2 section of the page is one request. A section Fieldkit posted carries the
request's marker and labelled form fields; a hand-written one is a heading, some text
and (usually) a signature. Each gets a stable key so a later fetch updates the same
request: the uuid for Fieldkit's, else a hash of the heading and the first signature
(or first line). Pure text work; the page text is read by the wiki gate.

``number`` is MediaWiki's section number (every heading of any level counts, in page
order), used to edit the section later; the gate checks it against the server.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.core.desk_status import PublicStatus, read_status, without_status
from desktop_app.core.replies import ParsedReply, split_comments

_HEADING = re.compile(r"^(?P<eq>={1,6})(?P<title>.+?)(?P=eq)\s*$")
_MARKER = re.compile(r"<!-- fieldkit-request: (?P<uuid>[0-9a-fA-F-]{36}) -->")
_REPLY_MARKER = re.compile(r"<!-- fieldkit-reply: (?P<uuid>[0-9a-fA-F-]{36}) -->")
_OUR_SIGNATURE = "''Sent with Fieldkit.''"
_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}, \d{1,2} \w+ \d{4} \([A-Z]{2,5}\)")
_USER_LINK = re.compile(r"\[\[\s*(?:User|User talk)\s*:\s*([^|\]/#]+)", re.IGNORECASE)
_BOLD_LABEL = re.compile(r"^\*?\s*'''(?P<label>[^']+?):'''\s*(?P<value>.*)$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_NOWIKI_LIKE = re.compile(r"<(nowiki|pre|syntaxhighlight|source)\b.*?</\1\s*>", re.DOTALL | re.I)

# The labels of Fieldkit's section (core.help_request_text) → our field names.
FIELD_LABELS = {
    "Requester": "requester",
    "Partner": "partner",
    "About the step": "checklist_step",
    "Kind of material": "material_kind",
    "Rough volume": "volume",
    "Expected outcome": "expected_outcome",
    "Impact": "impact",
    "Knowledge gap it fills": "knowledge_gap",
    "Partner's commitment": "partner_commitment",
    "Licence status": "licence_status",
    "Help wanted": "help_wanted",
    "Attachments": "attachments",
}


@dataclass(frozen=True)
class WikiRequestSection:
    """One request as read from the page."""

    key: str  # "fieldkit:UUID" or "wiki:HASH"
    number: int  # MediaWiki's section number
    heading: str  # the heading as written
    subject: str  # the heading as text
    text: str  # the request itself as plain text (wikitext shown literally)
    wikitext: str  # the whole section as on the page
    fieldkit_uuid: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    requester_name: str = ""
    requester_user: str = ""
    signed_at: str = ""
    status: PublicStatus | None = None
    replies: list[ParsedReply] = field(default_factory=list)
    reply_uuids: tuple[str, ...] = ()


def as_text(wikitext: str) -> str:
    """What Fieldkit's escaping made of typed text, back as typed (still never rendered)."""
    text = wikitext.replace("<br />\n", "\n").replace("<br />", "\n")
    return html.unescape(text)


def _plain_heading(title: str) -> str:
    return " ".join(as_text(title.replace("'''", "").replace("''", "")).split())


def split_sections(page_text: str) -> list[tuple[int, int, str, str]]:
    """``(number, level, heading title, section text)`` for every heading, in order.

    Headings inside comments and ``<nowiki>``/``<pre>`` do not count, as in MediaWiki.
    """
    hidden = _COMMENT.sub(lambda m: " " * len(m.group(0)), page_text)
    hidden = _NOWIKI_LIKE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), hidden)
    lines = page_text.split("\n")
    masked = hidden.split("\n")
    starts: list[tuple[int, int, str]] = []
    for index, line in enumerate(masked):
        match = _HEADING.match(line)
        if match and match.group("title").strip():
            starts.append((index, len(match.group("eq")), match.group("title").strip()))
    sections = []
    for number, (start, level, title) in enumerate(starts, start=1):
        end = len(lines)
        for later_start, later_level, _ in starts[number:]:
            if later_level <= level:
                end = later_start
                break
        sections.append((number, level, title, "\n".join(lines[start:end]).rstrip("\n")))
    return sections


def hand_written_key(heading: str, body: str) -> str:
    """Stable key of a hand-written request: its heading and first line.

    Both stay put while replies and the status line are added (replies go at the end, the
    status line is left out), so the next fetch finds the same request.
    """
    first_line = next((line.strip() for line in body.split("\n") if line.strip()), "")
    digest = hashlib.sha1(f"{_plain_heading(heading)}\n{first_line[:300]}".encode()).hexdigest()
    return f"wiki:{digest[:20]}"


def _fieldkit_section(number: int, heading: str, section: str, uuid: str) -> WikiRequestSection:
    body = without_status(section.split("\n", 1)[1] if "\n" in section else "")
    after_marker = body.split(f"<!-- fieldkit-request: {uuid} -->", 1)[-1]
    request_part, _, discussion = after_marker.partition(_OUR_SIGNATURE)
    discussion = discussion.split("\n", 1)[1] if "\n" in discussion else ""
    fields: dict[str, str] = {}
    text_lines: list[str] = []
    for line in request_part.strip("\n").split("\n"):
        match = _BOLD_LABEL.match(line)
        label = match.group("label") if match else ""
        if match and label in FIELD_LABELS:
            fields[FIELD_LABELS[label]] = as_text(match.group("value")).strip()
        else:
            text_lines.append(line)
    requester = fields.get("requester", "")
    users = _USER_LINK.findall(requester)
    requester_name = as_text(re.sub(r"\(\[\[.*?\]\]\)|\[\[.*?\]\]", "", requester))
    requester_name = requester_name.split(";")[0].strip()
    text = as_text("\n".join(text_lines)).strip()
    return WikiRequestSection(
        key=f"fieldkit:{uuid.lower()}",
        number=number,
        heading=heading,
        subject=_plain_heading(heading),
        text=text,
        wikitext=section,
        fieldkit_uuid=uuid.lower(),
        fields=fields,
        requester_name=requester_name,
        requester_user=users[0].strip() if users else "",
        status=read_status(section),
        replies=split_comments(discussion),
        reply_uuids=tuple(m.group("uuid").lower() for m in _REPLY_MARKER.finditer(discussion)),
    )


def _hand_written_section(number: int, heading: str, section: str) -> WikiRequestSection:
    body = without_status(section.split("\n", 1)[1] if "\n" in section else "")
    comments = split_comments(body)
    first = comments[0] if comments else ParsedReply("", "", "")
    users = _USER_LINK.findall(first.text)
    return WikiRequestSection(
        key=hand_written_key(heading, body),
        number=number,
        heading=heading,
        subject=_plain_heading(heading) or "(no heading)",
        text=first.text.strip(),
        wikitext=section,
        requester_name=users[0].strip() if users else "",
        requester_user=users[0].strip() if users else "",
        signed_at=first.signed_at,
        status=read_status(section),
        replies=comments[1:],
        reply_uuids=tuple(m.group("uuid").lower() for m in _REPLY_MARKER.finditer(body)),
    )


def request_sections(page_text: str) -> list[WikiRequestSection]:
    """Every request on the page: each level-1 or level-2 section, in page order."""
    found = []
    for number, level, heading, section in split_sections(page_text):
        if level > 2:
            continue  # a sub-heading belongs to the request above it
        marker = _MARKER.search(section)
        if marker:
            found.append(_fieldkit_section(number, heading, section, marker.group("uuid")))
        else:
            found.append(_hand_written_section(number, heading, section))
    return found


def find_section(page_text: str, key: str) -> WikiRequestSection | None:
    """The request with ``key`` on the page as it is now (its number may have moved)."""
    return next((s for s in request_sections(page_text) if s.key == key), None)


_MONTH_NAMES = (
    "January February March April May June July August September October November December"
)
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)}


def signature_time(text: str) -> datetime | None:
    """The time of the first signature in ``text`` (UTC, naive), if it has one."""
    match = re.search(r"(\d{1,2}):(\d{2}), (\d{1,2}) (\w+) (\d{4}) \(UTC\)", text)
    if match is None or match.group(4) not in _MONTHS:
        return None
    hour, minute, day, month, year = match.groups()
    try:
        return datetime(int(year), _MONTHS[month], int(day), int(hour), int(minute))
    except ValueError:
        return None
