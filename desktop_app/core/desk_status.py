"""The public state of a request as a status line inside its wiki section.

Several staff on several laptops share a request's state without a server: Fieldkit
writes one line as the first line under the section's heading, and every desk reads it
back when it fetches::

    <small>''Helpdesk status: accepted; assigned to Anna''</small> <!-- fieldkit-status: \
state=accepted; assignee=Anna -->

(one line on the page; broken here only to fit).

The visible part is for people reading the page; the comment is what Fieldkit reads
(values percent-encoded, so a name can hold neither ``-->`` nor a ``;``). A request
without the line is ``new``. The line sits *before* the request's marker, so the
requester's Fieldkit (which reads what follows its signature) never takes it for a reply.
For mail the same state is an IMAP keyword (:data:`IMAP_KEYWORDS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from desktop_app.core.desk import STATE_LABELS, DeskState
from desktop_app.core.wikitext import escape_inline

_STATUS_COMMENT = re.compile(r"<!-- fieldkit-status: (?P<values>[^>]*?) -->")
_HEADING = re.compile(r"^(=+)[^=].*\1\s*$")

IMAP_KEYWORDS = {
    DeskState.NEW: "$FieldkitNew",
    DeskState.NEEDS_INFORMATION: "$FieldkitNeedsInformation",
    DeskState.WITH_COMMITTEE: "$FieldkitWithCommittee",
    DeskState.ACCEPTED: "$FieldkitAccepted",
    DeskState.DECLINED: "$FieldkitDeclined",
    DeskState.DONE: "$FieldkitDone",
}
_BY_KEYWORD = {keyword.lower(): state for state, keyword in IMAP_KEYWORDS.items()}


@dataclass(frozen=True)
class PublicStatus:
    """What the status line says: the state and who is on it."""

    state: DeskState = DeskState.NEW
    assignee: str = ""


def status_line(status: PublicStatus) -> str:
    """The line Fieldkit writes (visible text plus the machine-readable comment)."""
    label = STATE_LABELS[status.state]
    visible = f"Helpdesk status: {label}"
    if status.assignee.strip():
        visible += f"; assigned to {escape_inline(status.assignee)}"
    values = f"state={status.state.value}"
    if status.assignee.strip():
        values += f"; assignee={quote(status.assignee.strip(), safe=' ')}"
    return f"<small>''{visible}''</small> <!-- fieldkit-status: {values} -->"


def read_status(section_text: str) -> PublicStatus | None:
    """The status a section's line says; ``None`` when it has none (or an unknown state)."""
    match = _STATUS_COMMENT.search(section_text)
    if match is None:
        return None
    values: dict[str, str] = {}
    for part in match.group("values").split(";"):
        name, _, value = part.strip().partition("=")
        values[name.strip()] = unquote(value.strip())
    try:
        state = DeskState(values.get("state", ""))
    except ValueError:
        return None
    return PublicStatus(state, values.get("assignee", ""))


def with_status(section_text: str, status: PublicStatus) -> str:
    """The section's wikitext with its status line set to ``status`` (added or replaced)."""
    line = status_line(status)
    lines = section_text.split("\n")
    for index, existing in enumerate(lines):
        if _STATUS_COMMENT.search(existing):
            lines[index] = line
            return "\n".join(lines)
    at = 1 if lines and _HEADING.match(lines[0]) else 0
    lines.insert(at, line)
    return "\n".join(lines)


def without_status(section_text: str) -> str:
    """The section's wikitext without its status line (what the request itself says)."""
    return "\n".join(line for line in section_text.split("\n") if not _STATUS_COMMENT.search(line))


def state_from_keywords(flags: list[str]) -> DeskState | None:
    """The state an IMAP message's keywords say (the last one found wins); ``None``."""
    found = None
    for flag in flags:
        state = _BY_KEYWORD.get(flag.lower())
        if state is not None:
            found = state
    return found
