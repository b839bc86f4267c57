"""“Details…”: the technical side of a message is in the log, one click away.

A message tells the user what happened and what to do, in their language. What the
helpdesk or a developer needs — the exception, the wiki's own error text, a code — goes
to the log, never into the sentence or a tooltip. The message then ends in a "Details…"
link that names a *needle*: text of the log line to show. The main window opens the Log
area at the last line containing it (:meth:`desktop_app.ui.areas.log_view.LogArea.show_entry`).

Ordinary trouble (offline, a refused login) is logged as one line; only the unexpected
gets a traceback (:func:`note_failure`).
"""

from __future__ import annotations

import html
import logging
import secrets
from urllib.parse import quote, unquote

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.core.faults import OrdinaryFailure

LINK_SCHEME = "fieldkit-log:"


class LogLinks(QObject):
    """The process-wide hub: widgets ask, the main window opens the log."""

    open_requested = Signal(str)  # the needle


_hub: LogLinks | None = None


def log_links() -> LogLinks:
    """The hub (made on first use, in the GUI thread)."""
    global _hub
    if _hub is None:
        _hub = LogLinks()
    return _hub


def open_log_at(needle: str) -> None:
    """Ask for the Log area at the last line containing ``needle``."""
    log_links().open_requested.emit(needle)


def details_anchor(needle: str) -> str:
    """Rich text: a translated "Details…" link to the log line containing ``needle``."""
    label = html.escape(QCoreApplication.translate("LogLinks", "Details…"))
    return f'<a href="{LINK_SCHEME}{quote(needle, safe="")}">{label}</a>'


def follow(url: str) -> bool:
    """Open the log for a "Details…" link; False for any other link (the caller's own)."""
    if not url.startswith(LINK_SCHEME):
        return False
    open_log_at(unquote(url[len(LINK_SCHEME) :]))
    return True


def note_failure(logger: logging.Logger, what: str, error: BaseException) -> str:
    """Log a failure the user is told about, with a short reference; returns the needle.

    Ordinary failures (:class:`~desktop_app.core.faults.OrdinaryFailure`) are one line;
    anything else carries its traceback, because it is a bug to be found.
    """
    reference = f"[ref {secrets.token_hex(3)}]"
    ordinary = isinstance(error, OrdinaryFailure)
    logger.log(
        logging.WARNING if ordinary else logging.ERROR,
        "%s %s: %s",
        what,
        reference,
        error,
        exc_info=None if ordinary else error,
    )
    return reference
