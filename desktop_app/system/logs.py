"""Logging to a rotating file in the data folder.

Secrets never reach the log: :class:`SecretFilter` masks any registered secret in every
record, as a second line of defence behind code that never logs them in the first place.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_secrets: set[str] = set()


def register_secret(secret: str) -> None:
    """Mask ``secret`` in all log output from now on."""
    if secret:
        _secrets.add(secret)


class SecretFilter(logging.Filter):
    """Replace registered secrets in log messages by ``***``."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _secrets:
            message = record.getMessage()
            for secret in _secrets:
                message = message.replace(secret, "***")
            record.msg, record.args = message, None
        return True


def setup_logging(log_file: Path, level: int = logging.INFO) -> logging.Handler:
    """Attach a rotating file handler (1 MB x 5) to the root logger; idempotent per file."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(log_file):
            return handler
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(SecretFilter())
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler
