"""Finding the replies under a posted request in the wikitext of the helpdesk page.

Our section is: the marker, our text, our signature line. Everything after the signature
up to the next level-1 or level-2 heading is the discussion; it is split into comments at
each signature timestamp. Pure text work, so it is tested without a wiki.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from desktop_app.core.help_request_text import request_marker

_SECTION_END = re.compile(r"^(=|==)[^=].*[^=]\1\s*$")
# "12:34, 5 March 2026 (UTC)": MediaWiki's default signature timestamp (English wikis).
_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}, \d{1,2} \w+ \d{4} \([A-Z]{2,5}\)")
_USER_LINK = re.compile(r"\[\[\s*(?:User|User talk)\s*:\s*([^|\]/#]+)", re.IGNORECASE)
_OUR_SIGNATURE = "''Sent with Fieldkit.''"


@dataclass(frozen=True)
class ParsedReply:
    """One comment under a request's section: its text, who signed it and when."""

    text: str
    author: str
    signed_at: str

    @property
    def key(self) -> str:
        """Stable identity of a comment (its text), so a refetch adds nothing twice."""
        return hashlib.sha1(self.text.strip().encode("utf-8")).hexdigest()


def section_discussion(page_text: str, uuid: str) -> str | None:
    """The wikitext after our signature in our section; ``None`` if our marker is gone."""
    marker = request_marker(uuid)
    start = page_text.find(marker)
    if start < 0:
        return None
    lines = page_text[start + len(marker) :].split("\n")
    discussion: list[str] = []
    after_signature = False
    for line in lines:
        if _SECTION_END.match(line):
            break
        if after_signature:
            discussion.append(line)
        elif line.startswith(_OUR_SIGNATURE):
            after_signature = True
    return "\n".join(discussion)


def split_comments(discussion: str) -> list[ParsedReply]:
    """Comments in order; each ends at a line with a signature timestamp."""
    replies: list[ParsedReply] = []
    current: list[str] = []

    def close(signed_at: str) -> None:
        text = "\n".join(current).strip()
        current.clear()
        if text:
            users = _USER_LINK.findall(text)
            replies.append(ParsedReply(text, users[-1].strip() if users else "", signed_at))

    for line in discussion.split("\n"):
        current.append(line)
        stamps = _TIMESTAMP.findall(line)
        if stamps:
            close(stamps[-1])
    close("")
    return replies


def extract_replies(page_text: str, uuid: str) -> list[ParsedReply] | None:
    """Replies under request ``uuid``; ``None`` when the section is no longer on the page."""
    discussion = section_discussion(page_text, uuid)
    return None if discussion is None else split_comments(discussion)
