"""The wikitext of a help request as posted to the helpdesk page.

The request's stable id goes into an HTML comment so a later attempt can find out
whether an earlier one already arrived.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.wikitext import escape_block, escape_inline, marker_comment


@dataclass(frozen=True)
class HelpRequestContent:
    """The parts of a request that are sent; a plain value so rendering is testable."""

    uuid: str
    subject: str
    body: str
    partnership: str = ""


def request_marker(uuid: str) -> str:
    return marker_comment("request", uuid)


def section_title(content: HelpRequestContent) -> str:
    """Heading of the new section (escaped; never empty)."""
    return escape_inline(content.subject) or "Help request"


def render_section_text(content: HelpRequestContent) -> str:
    """Body of the new section: marker, fields, the user's text, a signature."""
    lines = [request_marker(content.uuid)]
    if content.partnership:
        lines.append(f"'''Partner:''' {escape_inline(content.partnership)}")
        lines.append("")
    lines.append(escape_block(content.body))
    lines.append("")
    lines.append("''Sent with Fieldkit.'' ~~~~")
    return "\n".join(lines)
