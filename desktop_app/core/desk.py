"""The helpdesk's side of a request: triage states, review criteria, scores, templates.

Plain rules and values: no I/O. The desk gathers requests (wiki sections, mail), the
staff triage and review them, and reply; these are the words they share.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop_app.core.form_checks import InvalidInput, field_error


class DeskState(enum.StrEnum):
    """Where a request stands at the helpdesk (public: kept on the wiki and in IMAP)."""

    NEW = "new"
    NEEDS_INFORMATION = "needs_information"
    WITH_COMMITTEE = "with_committee"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    DONE = "done"


STATE_LABELS = {
    DeskState.NEW: "new",
    DeskState.NEEDS_INFORMATION: "needs information",
    DeskState.WITH_COMMITTEE: "with the committee",
    DeskState.ACCEPTED: "accepted",
    DeskState.DECLINED: "declined",
    DeskState.DONE: "done",
}

# The committee's four criteria, in the order they are shown and exported.
CRITERIA = ("technical", "legal", "risk", "sustainability")
CRITERION_LABELS = {
    "technical": "Technical",
    "legal": "Legal & ethical",
    "risk": "Risk",
    "sustainability": "Sustainability",
}
SCORE_MIN = 1
SCORE_MAX = 5

# Channels a request can come by (and a reply goes back on).
WIKI = "wiki"
EMAIL = "email"

# Outbox kinds of the desk (the same outbox as help requests).
REPLY_WIKI_KIND = "desk_reply.wiki_section"
REPLY_EMAIL_KIND = "desk_reply.email"
STATUS_WIKI_KIND = "desk_status.wiki_section"
STATUS_IMAP_KIND = "desk_status.imap"
DESK_KINDS = (REPLY_WIKI_KIND, REPLY_EMAIL_KIND, STATUS_WIKI_KIND, STATUS_IMAP_KIND)


def parse_state(text: str) -> DeskState:
    """A state from what a person typed (``needs-information``, ``with committee``...).

    Raises :class:`InvalidInput` (code ``desk.state_unknown``).
    """
    normal = "_".join(text.strip().lower().replace("-", " ").split())
    aliases = {"with_the_committee": "with_committee", "needs_info": "needs_information"}
    normal = aliases.get(normal, normal)
    try:
        return DeskState(normal)
    except ValueError:
        raise InvalidInput(
            [
                field_error(
                    "desk.state_unknown",
                    "state",
                    f"Unknown state {text!r}; use one of: "
                    + ", ".join(state.value for state in DeskState),
                    value=text,
                )
            ]
        ) from None


@dataclass(frozen=True)
class CriterionScore:
    """One reviewer's score and comment on one criterion."""

    criterion: str
    score: int
    comment: str = ""


def check_scores(reviewer: str, scores: dict[str, int]) -> None:
    """Raise :class:`InvalidInput` unless every criterion has a score in range."""
    problems = []
    if not reviewer.strip():
        problems.append(field_error("desk.reviewer_missing", "reviewer", "Name the reviewer."))
    for criterion in CRITERIA:
        score = scores.get(criterion)
        if score is None or not SCORE_MIN <= score <= SCORE_MAX:
            problems.append(
                field_error(
                    "desk.score_out_of_range",
                    criterion,
                    f"{CRITERION_LABELS[criterion]}: give a score from {SCORE_MIN} to {SCORE_MAX}.",
                    value=score,
                )
            )
    if problems:
        raise InvalidInput(problems)


def average(scores: list[int]) -> float | None:
    """The mean of some scores, or ``None`` when there are none."""
    return round(sum(scores) / len(scores), 2) if scores else None


# The reply templates (core.desk_reply writes their text).
TEMPLATES_BY_NAME = {
    "acknowledge": "Acknowledge",
    "ask_information": "Ask for information",
    "decision": "Decision with reasons",
}
