"""Where a help request goes and where it stands: channels, states, and when it may change.

A queued request has one delivery channel (an outbox entry) per configured way to reach
the helpdesk: a section on a wiki page, an email, or both. The request's own state sums up
its channels, and a request any channel delivered is history: it never changes again.
These are the rules; the rows live in ``store`` and the sending in ``sync``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable

from desktop_app.core.form_checks import blocking, field_error
from desktop_app.core.help_request import RequestForm, validate_request
from desktop_app.core.problems import Problem
from desktop_app.core.settings import AppSettings

WIKI_SECTION_KIND = "help_request.wiki_section"
EMAIL_KIND = "help_request.email"

# Delivery failures that the helpdesk page setting causes (a bad or missing page): a new
# page in Settings queues them again by itself (no "Retry now" needed).
PAGE_NOT_CHOSEN = "helpdesk_page_missing"
HELPDESK_PAGE_CODES = frozenset(
    {
        PAGE_NOT_CHOSEN,
        "refused:invalidtitle",
        "refused:InvalidTitleError",
        "refused:protectedpage",
        "refused:cascadeprotected",
        "refused:protectedtitle",
        "refused:cantcreate",
        "refused:titleblacklist-forbidden",
        "refused:IsRedirectPageError",
        "refused:InterwikiRedirectPageError",
    }
)


class RequestState(enum.StrEnum):
    """What the user sees of a help request (and of each of its channels, minus draft)."""

    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


# A request waits for its least advanced channel: one still sending, failed or queued
# decides what the user sees, in this order.
_LEAST_ADVANCED_FIRST = (RequestState.SENDING, RequestState.FAILED, RequestState.QUEUED)
_READ_ONLY_STATES = (RequestState.SENT, RequestState.SENDING)


class RequestNotEditable(Exception):
    """The request was already sent; sent requests are history and stay as they were."""


class RequestNoLongerValid(Exception):
    """A queued request was edited into a form that cannot be sent."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0].message if problems else ""
        super().__init__(
            f"The request was changed after sending and now has {len(problems)} problem(s) "
            f"to fix first: {first}"
        )


_ERROR_CODE = re.compile(r"^([A-Za-z0-9_.:-]+): ")


def error_code_of(last_error: str | None) -> str | None:
    """The stable code in front of a stored delivery error (``"refused:invalidtitle: Bad
    title ..."`` → ``"refused:invalidtitle"``): what the UI words, never the text itself."""
    if not last_error:
        return None
    match = _ERROR_CODE.match(last_error)
    if match is None:
        return None
    return match.group(1)


def channel_kinds(settings: AppSettings) -> list[str]:
    """The channels a request is queued on with these settings (wiki first)."""
    kinds = []
    if settings.helpdesk_by_wiki:
        kinds.append(WIKI_SECTION_KIND)
    if settings.helpdesk_by_email:
        kinds.append(EMAIL_KIND)
    return kinds


def queue_problems(form: RequestForm, settings: AppSettings) -> list[Problem]:
    """What stops a request from being queued: form errors, no helpdesk, no mail sender."""
    from desktop_app.core.help_request_mail import mail_sender  # email: only when queueing

    problems = blocking(validate_request(form))
    if not channel_kinds(settings) and settings.helpdesk_page_unchosen:
        problems.append(
            field_error(
                "helpdesk.page_not_chosen",
                "",
                "This wiki is not Wikimedia Commons: choose its helpdesk page in Settings "
                "('fieldkit helpdesk set --wiki-page TITLE').",
            )
        )
    elif not channel_kinds(settings):
        problems.append(
            field_error(
                "helpdesk.no_channel",
                "",
                "No helpdesk is configured: set a wiki page or an email address and "
                "SMTP server ('fieldkit helpdesk set').",
            )
        )
    if settings.helpdesk_by_email and not mail_sender(settings, form.requester_email):
        problems.append(
            field_error(
                "email.sender_missing",
                "requester_email",
                "Mail needs a sender: give your email address or set a From address.",
            )
        )
    return problems


def ensure_sendable(form: RequestForm) -> None:
    """Raise :class:`RequestNoLongerValid` if the form has blocking problems now.

    Queued requests stay editable, so validation at queue time alone is not enough: the
    deliveries check again just before sending.
    """
    problems = blocking(validate_request(form))
    if problems:
        raise RequestNoLongerValid(problems)


def is_editable(state: str, *, any_channel_sent: bool) -> bool:
    """Drafts, queued and failed requests can change; once any channel delivered, never."""
    return state not in _READ_ONLY_STATES and not any_channel_sent


def state_from_channels(channel_states: Iterable[str]) -> RequestState | None:
    """The request's state from its channels' states; ``None`` when it has no channel."""
    states = {RequestState(state) for state in channel_states}
    for state in _LEAST_ADVANCED_FIRST:
        if state in states:
            return state
    return RequestState.SENT if states else None
