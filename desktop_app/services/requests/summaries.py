"""What lists show of a help request and its channels, built from stored values.

Apart from :mod:`desktop_app.services.requests.views` (which reads rows through the ORM)
so the light ``request list`` builds the same summaries without loading SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.core.help_request_delivery import RequestState, error_code_of, is_editable


@dataclass(frozen=True)
class ChannelState:
    """One delivery channel of a request (its outbox entry); ``state`` is never draft."""

    entry_id: int
    kind: str
    state: RequestState
    last_error: str | None
    next_attempt_at: datetime | None
    attempts: int
    error_code: str | None = None  # the stable code of ``last_error``: what the UI words


@dataclass(frozen=True)
class HelpRequestSummary:
    """What lists show of a request."""

    id: int
    uuid: str
    subject: str
    state: RequestState
    updated_at: datetime
    remote_url: str | None
    last_error: str | None
    next_attempt_at: datetime | None
    message_id: str | None = None
    partnership: str = ""
    new_replies: int = 0
    channels: tuple[ChannelState, ...] = ()

    @property
    def editable(self) -> bool:
        """Whether the request may still change (nothing of it was delivered yet)."""
        sent = any(channel.state == RequestState.SENT for channel in self.channels)
        return is_editable(self.state, any_channel_sent=sent)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (the ``request list`` objects of the CLI contract)."""
        data = dict(self.__dict__)
        data["channels"] = [dict(channel.__dict__) for channel in self.channels]
        return data


def channel_state(
    *,
    entry_id: int,
    kind: str,
    state: str,
    last_error: str | None,
    next_attempt_at: datetime | None,
    attempts: int,
) -> ChannelState:
    """A stored outbox entry as a channel (raises ``ValueError`` for an unknown state)."""
    return ChannelState(
        entry_id,
        kind,
        RequestState(state),
        last_error,
        next_attempt_at,
        attempts,
        error_code_of(last_error),
    )


def summarize(
    *,
    id: int,
    uuid: str,
    subject: str,
    state: str,
    updated_at: datetime,
    remote_url: str | None,
    message_id: str | None,
    partnership: str,
    new_replies: int,
    channels: tuple[ChannelState, ...],
) -> HelpRequestSummary:
    """A request's summary: it waits for its channels that are not sent yet (their first
    error, their earliest retry). Raises ``ValueError`` for an unknown state."""
    waiting = [channel for channel in channels if channel.state != RequestState.SENT]
    errors = [channel.last_error for channel in waiting if channel.last_error]
    due = [channel.next_attempt_at for channel in waiting if channel.next_attempt_at is not None]
    return HelpRequestSummary(
        id=id,
        uuid=uuid,
        subject=subject,
        state=RequestState(state),
        updated_at=updated_at,
        remote_url=remote_url,
        last_error=errors[0] if errors else None,
        next_attempt_at=min(due) if due else None,
        message_id=message_id,
        partnership=partnership,
        new_replies=new_replies,
        channels=channels,
    )
