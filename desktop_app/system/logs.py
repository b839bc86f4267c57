"""Logging to a rotating file in the data folder, private to the user, with no secrets.

Secrets never reach the log: every registered secret is masked in each formatted line —
message, traceback and all — in every encoding a library may have put it in on its way
to a log: raw, URL-encoded (``quote``/``quote_plus``, either case of hex), JSON- or
``repr``-escaped, HTML-escaped, and base64 at any alignment (SMTP ``AUTH PLAIN`` sends
``\\0user\\0password`` as one base64 blob). Tokens (the wiki's CSRF and login tokens) are
never secrets we know in advance, so every value of a parameter named ``…token`` is
masked wherever it appears (``token=…``, ``"token": "…"``, ``'token': '…'``): pywikibot
logs request parameters when an upload fails. This is the second line of defence behind
code that never logs them in the first place.
"""

from __future__ import annotations

import base64
import html
import json
import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path
from urllib.parse import quote, quote_plus

from desktop_app.system.disk_space import is_disk_full
from desktop_app.system.private_files import create_private_file, make_private

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MASK = "***"
# A masked form shorter than this would blank out ordinary text by accident.
MIN_MASKED_LENGTH = 4
# "token=…", "csrftoken": "…", 'logintoken': '…' (after URL-, JSON- or repr-encoding).
TOKEN_VALUE = re.compile(
    r"""(?ix)
    (token(?:%22|%27|["'])?\s*(?:=|%3D|:|%3A)\s*(?:%22|%27|["'])?)  # ...token, quote, = or :
    ((?:[^\s&"',;)}\]<\\]|\\\\|%5C)+)                              # the value
    """
)

_secrets: set[str] = set()
_masked_forms: list[str] = []  # every encoding of every secret, longest first
# All of them in one alternation: one pass over a line, however many secrets (pywikibot's
# debug lines can hold a whole upload chunk).
_masked_pattern: re.Pattern[str] | None = None
_lock = threading.Lock()


def _percent_forms(secret: str) -> set[str]:
    forms = {quote(secret), quote(secret, safe=""), quote_plus(secret), quote_plus(secret, "")}
    lower = {re.sub(r"%[0-9A-F]{2}", lambda hit: hit.group().lower(), form) for form in forms}
    return forms | lower


def _base64_forms(secret: str) -> set[str]:
    """The part of any base64 text that encodes ``secret``, whatever bytes surround it."""
    data = secret.encode("utf-8")
    forms = set()
    for alphabet in (base64.b64encode, base64.urlsafe_b64encode):
        for offset in range(3):
            encoded = alphabet(b"\0" * offset + data).decode("ascii").rstrip("=")
            # Characters that mix in bits of the bytes before or after are not stable.
            start = (0, 2, 3)[offset]
            end = len(encoded) - (1 if (offset + len(data)) % 3 else 0)
            forms.add(encoded[start:end])
    return forms


def encodings_of(secret: str) -> set[str]:
    """Every form in which ``secret`` may appear in a log line."""
    forms = {secret, html.escape(secret), repr(secret)[1:-1]}
    forms |= {json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
    forms |= _percent_forms(secret)
    forms |= _base64_forms(secret)
    return {form for form in forms if len(form) >= MIN_MASKED_LENGTH}


def register_secret(secret: str) -> None:
    """Mask ``secret`` (in all its encodings) in all log output from now on."""
    global _masked_pattern
    if not secret or secret in _secrets:
        return
    with _lock:
        _secrets.add(secret)
        forms = set(_masked_forms) | encodings_of(secret)
        if len(secret) < MIN_MASKED_LENGTH:
            forms.add(secret)  # a very short password is still never written
        _masked_forms[:] = sorted(forms, key=len, reverse=True)
        _masked_pattern = re.compile("|".join(re.escape(form) for form in _masked_forms))


def mask_secrets(text: str) -> str:
    """``text`` with every registered secret and every token value replaced by ``***``."""
    pattern = _masked_pattern
    if pattern is not None:
        text = pattern.sub(MASK, text)
    if "oken" in text:
        text = TOKEN_VALUE.sub(lambda hit: hit.group(1) + MASK, text)
    return text


class SecretFilter(logging.Filter):
    """Mask secrets and tokens in a record's message (for handlers without our formatter)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "fieldkit_masked", False):
            return True  # another of our handlers did it already
        message = record.getMessage()
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, None
        record.fieldkit_masked = True
        return True


class MaskingFormatter(logging.Formatter):
    """Masks the whole formatted line: message, traceback and stack alike."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        if getattr(record, "fieldkit_masked", False) and not (record.exc_info or record.stack_info):
            return line  # the message is masked already; nothing else was added
        return mask_secrets(line)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (the current one and the rotated ones) is 0600."""

    def _open(self):  # type: ignore[no-untyped-def]
        create_private_file(Path(self.baseFilename))
        return super()._open()

    def doRollover(self) -> None:
        super().doRollover()
        for number in range(1, self.backupCount + 1):
            make_private(Path(f"{self.baseFilename}.{number}"))

    def handleError(self, record: logging.LogRecord) -> None:
        # A full disk must not print a "--- Logging error ---" traceback into the user's
        # terminal: the failing action itself says "the disk is full"; the line is lost.
        error = sys.exc_info()[1]
        if error is not None and is_disk_full(error):
            return
        super().handleError(record)


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating file handler (1 MB x 5) to the root logger; idempotent per file."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(log_file):
            return handler
    log_file.parent.mkdir(parents=True, exist_ok=True)
    make_private(log_file.parent)
    # backslashreplace: a path whose bytes are not UTF-8 (Linux allows them; Python keeps
    # them as lone surrogates) is logged as "\udcff" rather than lost in a logging error.
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8", errors="backslashreplace"
    )
    handler.setFormatter(MaskingFormatter(LOG_FORMAT))
    handler.addFilter(SecretFilter())
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler
