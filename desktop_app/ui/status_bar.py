"""The status bar's facts: can work reach the wiki now, and how much is waiting.

The state is what really stops requests and uploads: no account set up, a refused login
or no connection — each in words that say what to do, with "Open Settings" when the fix
is there. What is waiting counts help requests *and* files to upload. The technical
detail of the last check is in the log ("Details…"), never in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.services.link_monitor import ACCOUNT_STATES, HALT_STATES
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import details_anchor, follow
from desktop_app.ui.sync_monitor import LinkState

# A coloured dot next to the words, never colour alone (colour-blind users, grey screens).
_DOT_COLOURS = {
    LinkState.CHECKING: "#888888",
    LinkState.ONLINE: "#2e7d32",
    LinkState.OFFLINE: "#b26a00",
    LinkState.LOGIN_FAILED: "#c62828",
    LinkState.UNCONFIGURED: "#c62828",
    LinkState.NO_PASSWORD: "#c62828",
}
# The log line of every change of state (written by the sync monitor).
STATE_LOG_NEEDLE = "Connection state:"


class ConnectionStatus(Retranslatable, QWidget):
    """State (with "Open Settings" and "Details…"), what waits, and "Check now"."""

    check_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monitor_state = LinkState.CHECKING
        self.state = LinkState.CHECKING
        self.detail = ""
        self.reachable: bool | None = None
        self.upload_halt = ""  # an account code the upload runner stopped on
        self.pending = 0
        self.uploads_pending = 0
        self.dot = QLabel("●", self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("connectionState")
        self.settings_button = QToolButton(self)
        self.settings_button.setObjectName("openSettingsButton")
        self.settings_button.setAutoRaise(True)
        self.settings_button.clicked.connect(self.settings_requested)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("connectionDetails")
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.linkActivated.connect(follow)
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingCount")
        self.check_button = QToolButton(self)
        self.check_button.setAutoRaise(True)
        self.check_button.clicked.connect(self.check_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.pending_label)
        layout.addSpacing(12)
        layout.addWidget(self.dot)
        layout.addWidget(self.state_label)
        layout.addWidget(self.settings_button)
        layout.addWidget(self.details_label)
        layout.addWidget(self.check_button)
        self.retranslate_ui()

    # -- inputs ------------------------------------------------------------------------------
    def set_state(self, state: str, detail: str = "") -> None:
        """What the sync monitor found (``detail`` is kept for the log only)."""
        self.monitor_state, self.detail = state, detail
        self._show_state()

    def set_reachable(self, reachable: bool) -> None:
        self.reachable = reachable
        self._show_state()

    def set_upload_halt(self, code: str) -> None:
        """The upload runner stopped on an account problem (``""``: it did not)."""
        self.upload_halt = code
        self._show_state()

    def set_pending(self, count: int) -> None:
        self.pending = count
        self._show_pending()

    def set_uploads_pending(self, count: int) -> None:
        self.uploads_pending = count
        self._show_pending()

    # -- texts -------------------------------------------------------------------------------
    def state_text(self) -> str:
        """The translated words for the current state."""
        texts = {
            LinkState.CHECKING: self.tr("Checking connection…"),
            LinkState.ONLINE: self.tr("Online"),
            LinkState.OFFLINE: self.tr("Offline — your work is saved and will be sent later"),
            LinkState.LOGIN_FAILED: self.tr("Login refused: check the bot password"),
            LinkState.UNCONFIGURED: self.tr("No wiki account yet — set it up in Settings"),
            LinkState.NO_PASSWORD: self.tr(
                "No password for the wiki account — enter it in Settings"
            ),
        }
        text = texts.get(self.state, self.state)
        if self.state in ACCOUNT_STATES and self.reachable is False:
            text = self.tr("{state} (and offline)").format(state=text)
        return text

    def hint_text(self) -> str:
        hints = {
            LinkState.OFFLINE: self.tr(
                "The wiki cannot be reached now. Everything you do is saved on this computer "
                "and sent later, by itself, when the connection returns."
            ),
            LinkState.LOGIN_FAILED: self.tr(
                "The wiki refused the login. Check the bot login and password in Settings."
            ),
            LinkState.UNCONFIGURED: self.tr(
                "Requests and uploads wait until a wiki account is set up in Settings."
            ),
            LinkState.NO_PASSWORD: self.tr(
                "Requests and uploads wait until the bot password is entered in Settings."
            ),
        }
        return hints.get(self.state, "")

    def pending_text(self) -> str:
        requests = self.tr("Requests waiting: %n", "", self.pending)
        uploads = self.tr("Files to upload: %n", "", self.uploads_pending)
        if self.pending and self.uploads_pending:
            return self.tr("{requests} · {uploads}").format(requests=requests, uploads=uploads)
        if self.pending:
            return requests
        if self.uploads_pending:
            return uploads
        return self.tr("Nothing waiting to send")

    def retranslate_ui(self) -> None:
        self.check_button.setText(self.tr("Check now"))
        self.check_button.setToolTip(self.tr("Check the connection and send what is waiting"))
        self.settings_button.setText(self.tr("Open Settings"))
        self._show_state()
        self._show_pending()

    # -- internals ---------------------------------------------------------------------------
    def _show_state(self) -> None:
        state = self.monitor_state
        # The monitor probes without logging in; the upload runner did log in and failed.
        if state in (LinkState.ONLINE, LinkState.CHECKING) and self.upload_halt:
            state = HALT_STATES.get(self.upload_halt, state)
        self.state = state
        self.dot.setStyleSheet(f"color: {_DOT_COLOURS.get(state, '#888888')};")
        self.state_label.setText(self.state_text())
        hint = self.hint_text()
        self.state_label.setToolTip(hint)
        self.dot.setToolTip(hint)
        self.settings_button.setVisible(state in ACCOUNT_STATES)
        troubled = state not in (LinkState.ONLINE, LinkState.CHECKING)
        self.details_label.setText(details_anchor(STATE_LOG_NEEDLE) if troubled else "")
        self.details_label.setVisible(troubled)

    def _show_pending(self) -> None:
        self.pending_label.setText(self.pending_text())
