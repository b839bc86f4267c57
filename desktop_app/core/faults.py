"""The one vocabulary for "it did not work": what went wrong and what to do next.

Every adapter that talks to the network (the wiki gate, SMTP) classifies its failures into
a :class:`Fault`; the job runner, the upload engine, the CLI and the UI's status all decide
from its :class:`FaultKind`, never from exception types. ``code`` is stable (scripts and
the translated UI messages match on it); ``message`` is detail for the log.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class FaultKind(enum.StrEnum):
    """What a failure means for whoever tried."""

    OFFLINE = "offline"  # no answer (no link, refused, timeout, reset): try when online
    TEMPORARY = "temporary"  # the server answered "not now" (busy, read-only, lag): try later
    RATE_LIMITED = "rate_limited"  # told to slow down: wait ``retry_after``, then try again
    CONFLICT = "conflict"  # someone changed the thing meanwhile: look again, then retry
    LOGIN = "login"  # the account does not work (or none is set up): ask the user
    PERMANENT = "permanent"  # will not work as it is: the user must change something


# Kinds worth trying again by themselves (after a pause).
RETRYABLE = frozenset(
    {FaultKind.OFFLINE, FaultKind.TEMPORARY, FaultKind.RATE_LIMITED, FaultKind.CONFLICT}
)


@dataclass(frozen=True)
class Fault:
    """A classified failure.

    ``ambiguous``: the request may have reached the server although no answer came back
    (look before sending again). ``server_offset``: where a chunked upload really stands,
    when the wiki said so. ``size_limit``: the largest request part the server takes, when
    it refused a bigger one and named its limit.
    """

    kind: FaultKind
    code: str
    message: str
    retry_after: float | None = None
    ambiguous: bool = False
    server_offset: int | None = None
    size_limit: int | None = None

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE


# Why a pass over the queues stopped, as ``fieldkit sync --json`` reports it (a contract).
ACCOUNT_CODES = frozenset({"not_configured", "no_password"})


def stops_the_pass(fault: Fault) -> bool:
    """A wiki fault after which no other job to that wiki is worth trying in this pass."""
    return fault.kind in (
        FaultKind.OFFLINE,
        FaultKind.TEMPORARY,
        FaultKind.RATE_LIMITED,
        FaultKind.LOGIN,
    )


# Faults that say "this wiki takes no uploads from us for now", whatever the file.
WIKI_WIDE_CODES = frozenset(
    {"ratelimited", "http-429", "readonly", "maxlag", "blocked", "autoblocked"}
)


def holds_the_wiki(fault: Fault) -> bool:
    """A fault after which every upload to that wiki waits (see ``core.uploads.WikiHold``)."""
    return fault.retryable and fault.code in WIKI_WIDE_CODES


def halt_reason(fault: Fault) -> str:
    """``offline`` for a wiki that cannot take work now; the login problem otherwise."""
    if fault.kind == FaultKind.LOGIN:
        return fault.code if fault.code in ACCOUNT_CODES else "login_failed"
    return "offline"


class OrdinaryFailure(Exception):
    """A failure that is part of ordinary life (offline, no account, a refused login).

    Services raise subclasses of it for what the user can expect and act on; the UI
    says so in words and logs one line, never a traceback (a traceback means a bug).
    ``code`` is the stable fault code, for the translated message.
    """

    code: str = "offline"
