"""Every failure of the wiki, classified once into :class:`~desktop_app.core.faults.Fault`.

This is the gate's error half: whatever pywikibot, requests or the API throws comes out of
:mod:`desktop_app.wiki` as a :class:`WikiError` carrying a ``fault`` (kind, stable code,
``Retry-After``, whether the request may have arrived, the offset a chunked upload really
reached). The subclasses only make common ``except`` clauses read well; decisions are
taken on ``error.fault.kind``.

pywikibot hides the HTTP status and ``Retry-After`` of a failed answer, so a ``requests``
response hook on its session (:func:`install_response_recorder`) remembers, per thread,
the last status and ``Retry-After`` for :func:`classify`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from desktop_app.core.faults import Fault, FaultKind


class WikiError(Exception):
    """Something went wrong talking to the wiki; ``fault`` says what and what to do."""

    def __init__(self, fault: Fault | str) -> None:
        if isinstance(fault, str):
            fault = Fault(self.default_kind, self.default_code, fault)
        super().__init__(fault.message)
        self.fault = fault

    default_kind = FaultKind.TEMPORARY
    default_code = "wiki_error"

    @property
    def code(self) -> str:
        return self.fault.code


class WikiUnavailable(WikiError):
    """Not now: offline, busy, read-only, lagged or rate-limited. Try again later."""

    default_kind = FaultKind.OFFLINE
    default_code = "offline"


class LoginFailed(WikiError):
    """The wiki rejected the account (wrong or revoked password, unknown user, no login)."""

    default_kind = FaultKind.LOGIN
    default_code = "login_failed"


class EditConflict(WikiError):
    """Someone changed the page between our read and our write."""

    default_kind = FaultKind.CONFLICT
    default_code = "edit_conflict"


class WikiRefused(WikiError):
    """The wiki refused this request for good (protected page, bad title, file type...)."""

    default_kind = FaultKind.PERMANENT
    default_code = "refused"

    def __init__(self, code: str, info: str) -> None:
        super().__init__(Fault(FaultKind.PERMANENT, code, f"{code}: {info}"))
        self.info = info


_BY_KIND: dict[FaultKind, type[WikiError]] = {
    FaultKind.OFFLINE: WikiUnavailable,
    FaultKind.TEMPORARY: WikiUnavailable,
    FaultKind.RATE_LIMITED: WikiUnavailable,
    FaultKind.LOGIN: LoginFailed,
    FaultKind.CONFLICT: EditConflict,
}


def error_for(fault: Fault) -> WikiError:
    """The exception that carries ``fault``."""
    if fault.kind == FaultKind.PERMANENT:
        refused = WikiRefused(fault.code, fault.message)
        refused.fault = fault
        return refused
    return _BY_KIND[fault.kind](fault)


# --- API error codes -----------------------------------------------------------------------

LOGIN_CODES = frozenset(
    {
        "Failed",
        "WrongPass",
        "WrongPluginPass",
        "NotExists",
        "Illegal",
        "Aborted",
        "FAIL",
        "assertuserfailed",
        "assertbotfailed",
        "notloggedin",
        "badtoken",
        "mwoauth-invalid-authorization",
        "botpasswords-disabled",
        "login-throttled",
        "Throttled",
    }
)
CONFLICT_CODES = frozenset({"editconflict", "articleexists", "pagedeleted"})
RATE_LIMIT_CODES = frozenset({"ratelimited"})
TEMPORARY_CODES = frozenset(
    {
        "maxlag",
        "readonly",
        "lockmanager-fail-conflict",
        "backend-fail-internal",
        "backend-fail-notsame",
        "stashfilestorage",
        "publishfailed",
        "assembling",
        "internal_api_error_DBQueryError",
    }
)
# The partial upload is gone: the file must be sent again from the start.
STASH_LOST_CODES = frozenset(
    {
        "stashnosuchfilekey",
        "stashedfilenotfound",
        "stashfailed-nosession",
        "stashfailed-complete",
        "stashwrongowner",
        "stashpathinvalid",
        "stashzerolength",
    }
)
# Stash problems mostly arrive as code "stashfailed"; the message tells which.
_STASH_LOST_HINTS = (
    "nosuchfilekey",
    "stashedfilenotfound",
    "nosession",
    "no chunked upload session",
    "already completed",
    "not found",
)


# --- the last HTTP answer, per thread ------------------------------------------------------

_recorded = threading.local()
_recorder_lock = threading.Lock()


@dataclass(frozen=True)
class ResponseInfo:
    """The last HTTP answer this thread received through pywikibot."""

    status: int
    retry_after: float | None


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (seconds or an HTTP date); ``None`` if absent."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


def _record_response(response: Any, *args: Any, **kwargs: Any) -> None:
    _recorded.info = ResponseInfo(
        status=int(response.status_code),
        retry_after=parse_retry_after(response.headers.get("Retry-After")),
    )


def install_response_recorder() -> None:
    """Hook pywikibot's HTTP session once per process (idempotent)."""
    from pywikibot.comms import http

    with _recorder_lock:
        hooks = http.session.hooks.setdefault("response", [])
        if _record_response not in hooks:
            hooks.append(_record_response)


def take_last_response() -> ResponseInfo | None:
    """The last response seen by this thread, forgotten once read."""
    info: ResponseInfo | None = getattr(_recorded, "info", None)
    _recorded.info = None
    return info


def forget_last_response() -> None:
    _recorded.info = None


# --- classification ------------------------------------------------------------------------


def classify(
    error: BaseException, response: ResponseInfo | None = None, *, body_bytes: int = 0
) -> Fault:
    """The :class:`Fault` for anything raised while talking to the wiki.

    ``response`` is the last HTTP answer of the failed request, if known; ``body_bytes``
    how much file data the request carried (a chunk), if any.
    """
    import requests
    from pywikibot import exceptions as pwb

    if isinstance(error, WikiError):
        return error.fault
    retry_after = response.retry_after if response else None
    status = response.status if response else None
    text = f"{type(error).__name__}: {error}"
    if isinstance(error, pwb.APIError):
        return _api_fault(error, retry_after)
    if body_bytes and isinstance(error, pwb.SiteDefinitionError) and status == 200:
        # PHP drops a POST body over ``post_max_size`` without a word; MediaWiki then
        # answers an empty request with its help page, which pywikibot takes for a wrong
        # site. Only requests that carried file data can meet this.
        return Fault(FaultKind.TEMPORARY, "request-too-large", text, ambiguous=True)
    if isinstance(error, pwb.NoUsernameError):
        return Fault(FaultKind.LOGIN, "login_failed", text)
    if isinstance(error, pwb.EditConflictError):
        return Fault(FaultKind.CONFLICT, "edit_conflict", text)
    if isinstance(error, pwb.MaxlagTimeoutError):
        return Fault(FaultKind.TEMPORARY, "maxlag", text, retry_after)
    if status == 429:
        return Fault(FaultKind.RATE_LIMITED, "http-429", text, retry_after, ambiguous=True)
    if status is not None and status >= 500:
        # pywikibot turns a 5xx into ServerError / ApiTimeoutError; the status says more.
        return Fault(FaultKind.TEMPORARY, f"http-{status}", text, retry_after, ambiguous=True)
    unreachable = (
        ConnectionError,
        TimeoutError,
        requests.exceptions.ConnectionError,
        requests.exceptions.Timeout,
        requests.exceptions.ChunkedEncodingError,
        pwb.ApiTimeoutError,
        pwb.ServerError,
        pwb.FatalServerError,
        pwb.SiteDefinitionError,
    )
    if isinstance(error, unreachable):
        return Fault(FaultKind.OFFLINE, "network", text, retry_after, ambiguous=True)
    if isinstance(error, pwb.Error):
        return Fault(FaultKind.PERMANENT, type(error).__name__, text)
    # Unforeseen (a bug or a strange answer): retrying later loses nothing.
    return Fault(FaultKind.TEMPORARY, "internal", text, retry_after, ambiguous=True)


# An indefinite (or long) block is looked at again this often: an admin may lift it.
BLOCK_RECHECK_S = 3600.0
_SIZE = re.compile(r"maximum of ([\d.,]+)\s*([kmgt]?i?)b", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}


def _size_limit(info: str, other: dict[str, Any]) -> int | None:
    """The size a refused upload part names (``size`` in the answer, else the text)."""
    if str(other.get("size", "")).isdigit():
        return int(other["size"])
    found = _SIZE.search(info)
    if found is None:
        return None
    number = float(found.group(1).replace(",", ""))
    return int(number * _UNITS[found.group(2)[:1].lower()])


def _block_fault(code: str, message: str, other: dict[str, Any]) -> Fault:
    """A block: wait until it runs out (at most :data:`BLOCK_RECHECK_S`, then look again)."""
    block = other.get("blockinfo") or {}
    expiry = str(block.get("blockexpiry") or "infinite")
    wait = BLOCK_RECHECK_S
    if expiry not in ("infinite", "infinity", "indefinite"):
        try:
            ends = datetime.fromisoformat(expiry.replace("Z", "+00:00"))
            wait = min(BLOCK_RECHECK_S, max(1.0, (ends - datetime.now(UTC)).total_seconds()))
        except ValueError:
            pass
    reason = str(block.get("blockreason") or "")
    detail = f"{message} (expires: {expiry}{'; reason: ' + reason if reason else ''})"
    return Fault(FaultKind.TEMPORARY, code, detail, retry_after=wait)


def _api_fault(error: Any, retry_after: float | None) -> Fault:
    code = str(getattr(error, "code", "unknown"))
    info = str(getattr(error, "info", ""))
    other = getattr(error, "other", {}) or {}
    if isinstance(other.get("other"), dict):  # pywikibot's login re-raises an APIError's dict
        other = {**other["other"], **other}
    message = f"{code}: {info}"
    if code == "badupload":
        limit = _size_limit(info, other)
        if limit is not None:  # PHP's upload_max_filesize, smaller than our chunk
            return Fault(FaultKind.TEMPORARY, "chunk-too-large", message, size_limit=limit)
        return Fault(FaultKind.PERMANENT, code, message)
    if code in ("blocked", "autoblocked"):
        return _block_fault(code, message, other)
    if code == "readonly" and other.get("readonlyreason"):
        message = f"{message} ({other['readonlyreason']})"  # the admins' own words
    if code == "missingresult":  # checkstatus: the wiki has no status for that file key
        return Fault(FaultKind.TEMPORARY, "status-unknown", message)
    if code == "stashfailed":
        if "offset" in other:
            return Fault(
                FaultKind.TEMPORARY, "offset-mismatch", message, server_offset=int(other["offset"])
            )
        hints = f"{info} {other}".lower()
        if any(hint in hints for hint in _STASH_LOST_HINTS):
            return Fault(FaultKind.TEMPORARY, "stash-lost", message)
        return Fault(FaultKind.TEMPORARY, code, message, retry_after)
    if code in STASH_LOST_CODES:
        return Fault(FaultKind.TEMPORARY, "stash-lost", message)
    if code in LOGIN_CODES:
        return Fault(FaultKind.LOGIN, "badtoken" if code == "badtoken" else "login_failed", message)
    if code in CONFLICT_CODES:
        return Fault(FaultKind.CONFLICT, "edit_conflict", message)
    if code in RATE_LIMIT_CODES:
        return Fault(FaultKind.RATE_LIMITED, code, message, retry_after)
    if code in TEMPORARY_CODES or code.startswith(("internal_api_error", "backend-fail")):
        return Fault(FaultKind.TEMPORARY, code, message, retry_after)
    # Anything else the API refused on purpose: the same request gets the same answer.
    return Fault(FaultKind.PERMANENT, code, message)


@contextmanager
def wiki_errors(*, body_bytes: int = 0) -> Iterator[None]:
    """Re-raise anything pywikibot or requests throws as the :class:`WikiError` it means.

    ``body_bytes``: the file data the request carries (see :func:`classify`).
    """
    try:
        yield
    except WikiError:
        raise
    except Exception as error:
        fault = classify(error, take_last_response(), body_bytes=body_bytes)
        raise error_for(fault) from error
