"""Per-wiki upload state: the chunk limit a wiki taught us, and a hold on all its uploads.

Keyed by the API URL. A hold is written when the wiki says "not now" to everything (rate
limit, read-only, maxlag, a block) and read before any job to that wiki is started, so a
queue of 500 files waits once instead of failing 500 times.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop_app.core.uploads import WikiHold
from desktop_app.core.uploads import active_hold as hold_if_active
from desktop_app.store.models import WikiUploadState


def _state(session: Session, api_url: str) -> WikiUploadState:
    state = session.get(WikiUploadState, api_url)
    if state is None:
        state = WikiUploadState(api_url=api_url)
        session.add(state)
    return state


def chunk_limit(session: Session, api_url: str) -> int | None:
    """The largest chunk the wiki took or named; ``None`` when none was ever refused."""
    state = session.get(WikiUploadState, api_url)
    return state.chunk_limit if state is not None else None


def remember_chunk_limit(session: Session, api_url: str, limit: int) -> None:
    """Keep ``limit`` (bytes) for this wiki; a lower limit replaces a higher one, never back."""
    state = _state(session, api_url)
    if state.chunk_limit is None or limit < state.chunk_limit:
        state.chunk_limit = limit


def set_hold(session: Session, api_url: str, hold: WikiHold) -> None:
    """Hold every upload to the wiki until ``hold.until`` (replacing an earlier hold)."""
    state = _state(session, api_url)
    state.hold_code, state.hold_message, state.hold_until = hold.code, hold.message, hold.until


def clear_hold(session: Session, api_url: str) -> None:
    """The wiki took an upload request again."""
    state = session.get(WikiUploadState, api_url)
    if state is not None and state.hold_code is not None:
        state.hold_code = state.hold_message = state.hold_until = None


def active_hold(session: Session, api_url: str | None, now: datetime) -> WikiHold | None:
    """The hold on this wiki if it has not run out yet (``None`` for an unknown wiki)."""
    if not api_url:
        return None
    state = session.get(WikiUploadState, api_url)
    if state is None:
        return None
    return hold_if_active(state.hold_code, state.hold_message, state.hold_until, now)
