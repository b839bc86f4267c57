"""Words for where a request stands: state names, channel names, local times.

Shared by the list and the delivery panel, so "Failed" reads the same in both.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop_app.core.help_request_delivery import EMAIL_KIND, WIKI_SECTION_KIND, RequestState

# lupdate only extracts calls whose context and text are literals, so every call
# spells both out (a helper taking the text as an argument hides it from lupdate).
translate = QCoreApplication.translate


def state_label(state: str) -> str:
    """The translated name of a request state, as the list shows it."""
    labels: dict[str, str] = {
        RequestState.DRAFT: translate("RequestStates", "Draft"),
        RequestState.QUEUED: translate("RequestStates", "Waiting to send"),
        RequestState.SENDING: translate("RequestStates", "Sending…"),
        RequestState.SENT: translate("RequestStates", "Sent"),
        RequestState.FAILED: translate("RequestStates", "Failed"),
    }
    return labels.get(state, state)  # StrEnum members hash like their values


def channel_state_label(state: str) -> str:
    """The translated state of one delivery channel (an outbox entry)."""
    labels: dict[str, str] = {
        RequestState.QUEUED: translate("RequestStates", "waiting to send"),
        RequestState.SENDING: translate("RequestStates", "sending…"),
        RequestState.SENT: translate("RequestStates", "sent"),
        RequestState.FAILED: translate("RequestStates", "failed"),
    }
    return labels.get(state, state)


def channel_label(kind: str) -> str:
    """Where a channel delivers, in words."""
    labels = {
        WIKI_SECTION_KIND: translate("RequestStates", "Wiki page"),
        EMAIL_KIND: translate("RequestStates", "Email"),
    }
    return labels.get(kind, kind)


def local_time_text(moment: datetime | None, *, compact: bool = False) -> str:
    """A stored naive-UTC time in the user's time zone and locale's short format.

    ``compact`` (for narrow list columns) gives only the time for today, only the date
    for other days.
    """
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    qt_time = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale, short = QLocale(), QLocale.FormatType.ShortFormat
    if not compact:
        return locale.toString(qt_time, short)
    if qt_time.date() == QDateTime.currentDateTime().date():
        return locale.toString(qt_time.time(), short)
    return locale.toString(qt_time.date(), short)


def in_future(moment: datetime) -> bool:
    """Whether a stored naive-UTC time is still ahead (a due retry needs no time shown)."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return aware > datetime.now(UTC)
