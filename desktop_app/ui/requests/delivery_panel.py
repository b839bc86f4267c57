"""Where a queued or sent request went, channel by channel, and "Retry now" when it failed.

A sent wiki request links to its revision (opened in the browser); a mailed one shows the
Message-ID the helpdesk can search for. A waiting one says what really holds it — no
account, a refused login, no connection — and offers "Open Settings" when the fix is
there; a failure says why in words (the technical side behind "Details…") and when the
next automatic try is, so nobody has to guess whether waiting will help.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.help_request_delivery import (
    EMAIL_KIND,
    HELPDESK_PAGE_CODES,
    WIKI_SECTION_KIND,
    RequestState,
)
from desktop_app.services.requests.summaries import ChannelState, HelpRequestSummary
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import details_anchor, follow
from desktop_app.ui.requests.delivery_reasons import (
    ACCOUNT_LINK_STATES,
    failure_sentence,
    link_sentence,
    needs_settings,
)
from desktop_app.ui.requests.delivery_text import (
    channel_label,
    channel_state_label,
    in_future,
    local_time_text,
)

# Codes of a pass that stopped (not of this request): what holds it now says more.
HALT_CODES = frozenset({"offline", "not_configured", "no_password", "login_failed"})
PANEL_STYLE = "QFrame#deliveryPanel { border: 1px solid palette(mid); border-radius: 4px; }"


class DeliveryPanel(Retranslatable, QFrame):
    """One line per delivery channel of the selected request; hidden for drafts."""

    retry_requested = Signal(int)  # request id
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deliveryPanel")
        self.setStyleSheet(PANEL_STYLE)
        self._summary: HelpRequestSummary | None = None
        self.link_state = ""  # what the sync monitor says (LinkState value)
        self.helpdesk_page = ""  # the helpdesk page of the configured wiki
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("deliveryDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.detail_label.linkActivated.connect(self.open_link)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryNowButton")
        self.retry_button.clicked.connect(self._on_retry)
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("requestOpenSettings")
        self.settings_button.clicked.connect(self.settings_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.detail_label, 1)
        button_column = QVBoxLayout()
        button_column.addWidget(self.settings_button)
        button_column.addWidget(self.retry_button)
        button_column.addStretch(1)
        layout.addLayout(button_column)
        self.retranslate_ui()
        self.show_summary(None)

    def show_summary(self, summary: HelpRequestSummary | None) -> None:
        """Show a request's channels (nothing for a draft that was never queued)."""
        self._summary = summary
        if summary is None or (summary.state == RequestState.DRAFT and not summary.channels):
            self.detail_label.clear()
            self.hide()
            return
        self.detail_label.setText(self.detail_html(summary))
        self.retry_button.setVisible(self._can_retry(summary))
        self.settings_button.setVisible(self._settings_help(summary))
        self.show()

    def set_link_state(self, state: str, helpdesk_page: str = "") -> None:
        """What stops deliveries now (for ``SyncMonitor.state_changed``) and the page."""
        self.link_state, self.helpdesk_page = state, helpdesk_page
        if self._summary is not None:
            self.show_summary(self._summary)

    def detail_html(self, summary: HelpRequestSummary) -> str:
        """Rich text, one line per channel, everything the user typed or we received escaped."""
        lines = [self._channel_line(summary, channel) for channel in summary.channels]
        if not lines:
            lines.append(html.escape(self._state_sentence(summary)))
        return "<br>".join(lines)

    def open_link(self, url: str) -> None:
        """Open the sent revision in the user's browser (or the log, for "Details…")."""
        if not follow(url):
            QDesktopServices.openUrl(QUrl(url))

    def retranslate_ui(self) -> None:
        self.retry_button.setText(self.tr("Retr&y now"))
        self.retry_button.setToolTip(
            self.tr("Try to send this request at the next connection, without waiting")
        )
        self.settings_button.setText(self.tr("Open &Settings"))
        if self._summary is not None:
            self.show_summary(self._summary)

    # -- internals -----------------------------------------------------------------------
    def _channel_line(self, summary: HelpRequestSummary, channel: ChannelState) -> str:
        head = self.tr("{channel}: {state}").format(
            channel=channel_label(channel.kind), state=channel_state_label(channel.state)
        )
        parts = [f"<b>{html.escape(head)}</b>"]
        if channel.state == RequestState.SENT:
            if channel.kind == WIKI_SECTION_KIND and summary.remote_url:
                url = html.escape(summary.remote_url, quote=True)
                # tr() outside the f-string: lupdate does not look inside f-strings.
                link_text = html.escape(self.tr("Open the revision"))
                parts.append(f'<a href="{url}">{link_text}</a>')
            elif channel.kind == EMAIL_KIND and summary.message_id:
                parts.append(html.escape(self.tr("Message-ID: {id}").format(id=summary.message_id)))
            return " — ".join(parts)
        code = channel.error_code or ("internal" if channel.last_error else None)
        holding = self._held_by(channel)
        # A halt (offline, the account) is said once, as what holds the request now.
        if code and not (holding and code in HALT_CODES):
            reason = failure_sentence(code, kind=channel.kind, page=self.helpdesk_page)
            # The outbox logs each failure as "Outbox entry N not delivered: ...".
            details = details_anchor(f"Outbox entry {channel.entry_id} not delivered")
            parts.append(f"{html.escape(reason)} {details}")
        if channel.state in (RequestState.QUEUED, RequestState.FAILED):
            next_step = holding or self._next_try(channel)
            if next_step:
                parts.append(html.escape(next_step))
        return " — ".join(parts)

    def _next_try(self, channel: ChannelState) -> str:
        if channel.next_attempt_at is None:
            if channel.error_code in HELPDESK_PAGE_CODES:
                return ""  # the reason already says it goes out once the page is fixed
            return self.tr("It will not be retried until you press Retry now or Send.")
        if in_future(channel.next_attempt_at):
            return self.tr("Next try: {time}.").format(
                time=local_time_text(channel.next_attempt_at)
            )
        if self.link_state == "online":
            return self.tr("It goes out in a moment.")
        return self.tr("It goes out at the next connection.")  # not checked yet

    def _held_by(self, channel: ChannelState) -> str:
        """What stops this channel now, from the link monitor ("" when nothing does)."""
        if channel.state == RequestState.FAILED and channel.next_attempt_at is None:
            return ""
        if channel.kind == WIKI_SECTION_KIND and self.link_state in ACCOUNT_LINK_STATES:
            return link_sentence(self.link_state)
        if self.link_state == "offline":
            return link_sentence("offline")
        return ""

    def _state_sentence(self, summary: HelpRequestSummary) -> str:
        if summary.state == RequestState.SENT:
            return self.tr("Sent.")
        return self.tr("Waiting for a connection to the wiki.")

    def _settings_help(self, summary: HelpRequestSummary) -> bool:
        """Whether what holds the request is fixed in Settings."""
        for channel in summary.channels:
            if channel.state == RequestState.SENT:
                continue
            if needs_settings(channel.error_code):
                return True
            if channel.kind == WIKI_SECTION_KIND and self.link_state in ACCOUNT_LINK_STATES:
                return True
        return False

    @staticmethod
    def _can_retry(summary: HelpRequestSummary) -> bool:
        """Worth offering when something undelivered is not already due right now."""
        for channel in summary.channels:
            if channel.state == RequestState.FAILED:
                return True
            if channel.state == RequestState.QUEUED and (
                channel.next_attempt_at is None or in_future(channel.next_attempt_at)
            ):
                return True
        return False

    def _on_retry(self) -> None:
        if self._summary is not None:
            self.retry_requested.emit(self._summary.id)
