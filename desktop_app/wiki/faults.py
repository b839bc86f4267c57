"""What a failed upload request means: retry, resume from the stash, stop, or ask.

The engine decides from a :class:`Fault`, never from an exception type: transient faults
are retried with exponential backoff and jitter (``Retry-After`` honoured); a lost stash
restarts the file; permanent faults stop this file with a readable reason while the rest
of the queue goes on; an authentication fault stops the whole queue (every file would
fail the same way). ``ambiguous`` marks failures after which the request may have reached
the wiki even though no answer came back: before publishing again, look it up by SHA-1.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.wiki.client import LoginFailed, WikiRefused, WikiUnavailable
from desktop_app.wiki.uploads import ResponseInfo


class FaultKind(enum.StrEnum):
    TRANSIENT = "transient"  # try again after a pause
    STASH_LOST = "stash_lost"  # the partial upload is gone: start the file again
    PERMANENT = "permanent"  # this file cannot go as it is
    AUTH = "auth"  # the account does not work: stop everything


@dataclass(frozen=True)
class Fault:
    """A classified failure; ``code`` is stable (for the UI and the CLI), ``message`` is detail."""

    kind: FaultKind
    code: str
    message: str
    retry_after: float | None = None
    ambiguous: bool = False
    server_offset: int | None = None  # the offset the wiki expects, when it told us

    @property
    def transient(self) -> bool:
        return self.kind == FaultKind.TRANSIENT


# API error codes that will not change by waiting.
PERMANENT_CODES = frozenset(
    {"invalidtitle", "badfilename", "illegal-filename", "filename-tooshort", "filetype-banned",
     "filetype-missing", "filetype-unwanted-type", "verification-error", "hookaborted",
     "abusefilter-disallowed", "abusefilter-warning", "abusefilter-blocked",
     "permissiondenied", "mustbeloggedin", "cantupload", "uploaddisabled", "badaccess-groups",
     "fileexists-forbidden", "fileexists-shared-forbidden", "fileexists-no-change",
     "file-too-large", "empty-file", "emptyfile", "protectedpage", "cascadeprotected",
     "protectedtitle", "titleblacklist-forbidden", "spamblacklist", "blocked", "autoblocked",
     "copyuploaddisabled", "mimetype-mismatch", "filetype-mime-mismatch",
     "writeapidenied", "missingparam", "badvalue", "invalid-file-key"}
)  # fmt: skip
TRANSIENT_CODES = frozenset(
    {"maxlag", "ratelimited", "readonly", "lockmanager-fail-conflict", "backend-fail-internal",
     "backend-fail-notsame", "stashfilestorage", "publishfailed", "assembling"}
)  # fmt: skip
STASH_LOST_CODES = frozenset(
    {"stashnosuchfilekey", "stashedfilenotfound", "stashfailed-nosession",
     "stashfailed-complete", "stashwrongowner", "stashpathinvalid", "stashzerolength"}
)  # fmt: skip
AUTH_CODES = frozenset(
    {"assertuserfailed", "assertbotfailed", "notloggedin", "badtoken", "WrongPass",
     "mwoauth-invalid-authorization"}
)  # fmt: skip

# Stash problems arrive as code "stashfailed"; the message key tells which.
_STASH_LOST_HINTS = (
    "nosuchfilekey", "stashedfilenotfound", "nosession", "no chunked upload session",
    "already completed", "not found",
)  # fmt: skip


def classify(error: BaseException, response: ResponseInfo | None = None) -> Fault:
    """Turn an exception from pywikibot, requests or our adapter into a :class:`Fault`.

    ``response`` is the last HTTP answer of the failed request, if any (its status and
    ``Retry-After`` are lost inside pywikibot otherwise).
    """
    import requests
    from pywikibot import exceptions as pwb

    retry_after = response.retry_after if response else None
    status = response.status if response else None
    text = f"{type(error).__name__}: {error}"

    if isinstance(error, LoginFailed | pwb.NoUsernameError):
        return Fault(FaultKind.AUTH, "login_failed", text)
    if isinstance(error, pwb.MaxlagTimeoutError):
        return Fault(FaultKind.TRANSIENT, "maxlag", text, retry_after)
    if isinstance(error, pwb.APIError):
        return _classify_api_error(error, retry_after)
    if isinstance(error, WikiRefused):
        kind = FaultKind.PERMANENT if error.code in PERMANENT_CODES else FaultKind.TRANSIENT
        return Fault(kind, error.code, error.info)
    if status is not None and (status >= 500 or status == 429):
        # pywikibot turns a 5xx into ServerError / ApiTimeoutError; the status says more.
        return Fault(FaultKind.TRANSIENT, f"http-{status}", text, retry_after, ambiguous=True)
    network = (
        ConnectionError, TimeoutError, requests.exceptions.ConnectionError,
        requests.exceptions.Timeout, requests.exceptions.ChunkedEncodingError,
        pwb.ApiTimeoutError, pwb.ServerError, WikiUnavailable,
    )  # fmt: skip
    if isinstance(error, network):
        return Fault(FaultKind.TRANSIENT, "network", text, retry_after, ambiguous=True)
    if isinstance(error, OSError):
        # Reading the local file failed (moved, unplugged disk): the user must act.
        return Fault(FaultKind.PERMANENT, "local-file", text)
    # Unknown: probably a bug or an unforeseen answer. Retrying later loses nothing.
    return Fault(FaultKind.TRANSIENT, "internal", text, retry_after, ambiguous=True)


def _classify_api_error(error: BaseException, retry_after: float | None) -> Fault:
    code = str(getattr(error, "code", "unknown"))
    info = str(getattr(error, "info", ""))
    other = getattr(error, "other", {}) or {}
    message = f"{code}: {info}"
    if code == "stashfailed":
        if "offset" in other:
            return Fault(FaultKind.TRANSIENT, "offset-mismatch", message,
                         server_offset=int(other["offset"]))  # fmt: skip
        if any(hint in info.lower() for hint in _STASH_LOST_HINTS) or any(
            hint in str(other).lower() for hint in _STASH_LOST_HINTS
        ):
            return Fault(FaultKind.STASH_LOST, "stash-lost", message)
        return Fault(FaultKind.TRANSIENT, code, message, retry_after)
    if code in STASH_LOST_CODES:
        return Fault(FaultKind.STASH_LOST, "stash-lost", message)
    if code in AUTH_CODES:
        return Fault(FaultKind.AUTH, "login_failed", message)
    if code in TRANSIENT_CODES or code.startswith(("internal_api_error", "backend-fail")):
        return Fault(FaultKind.TRANSIENT, code, message, retry_after)
    # Anything else the API refused on purpose: retrying the same request gives the same.
    return Fault(FaultKind.PERMANENT, code, message)


def retry_delay(
    failures: int,
    *,
    base: float = 1.0,
    cap: float = 60.0,
    retry_after: float | None = None,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before the next try: exponential with equal jitter, ≥ Retry-After."""
    ceiling = min(cap, base * 2 ** max(failures - 1, 0))
    delay = ceiling / 2 + ceiling / 2 * rng()
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay
