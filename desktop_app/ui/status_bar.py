"""The status bar's two facts: can we reach the wiki, and how much is waiting to be sent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.sync_monitor import LinkState

# A coloured dot next to the words, never colour alone (colour-blind users, grey screens).
_DOT_COLOURS = {
    LinkState.CHECKING: "#888888",
    LinkState.ONLINE: "#2e7d32",
    LinkState.OFFLINE: "#b26a00",
    LinkState.LOGIN_FAILED: "#c62828",
    LinkState.UNCONFIGURED: "#888888",
}


class ConnectionStatus(Retranslatable, QWidget):
    """Connection state, pending count and a "check now" button, for the status bar."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = LinkState.CHECKING
        self.detail = ""
        self.pending = 0
        self.dot = QLabel("●", self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("connectionState")
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
        layout.addWidget(self.check_button)
        self.retranslate_ui()

    def set_state(self, state: str, detail: str = "") -> None:
        self.state, self.detail = state, detail
        self._show_state()

    def set_pending(self, count: int) -> None:
        self.pending = count
        self._show_pending()

    def state_text(self) -> str:
        """The translated words for the current state."""
        texts = {
            LinkState.CHECKING: self.tr("Checking connection…"),
            LinkState.ONLINE: self.tr("Online"),
            LinkState.OFFLINE: self.tr("Offline"),
            LinkState.LOGIN_FAILED: self.tr("Login failed"),
            LinkState.UNCONFIGURED: self.tr("No wiki account set up"),
        }
        return texts.get(self.state, self.state)

    def retranslate_ui(self) -> None:
        self.check_button.setText(self.tr("Check now"))
        self.check_button.setToolTip(self.tr("Check the connection and send what is waiting"))
        self._show_state()
        self._show_pending()

    def _show_state(self) -> None:
        self.dot.setStyleSheet(f"color: {_DOT_COLOURS.get(self.state, '#888888')};")
        self.state_label.setText(self.state_text())
        hints = {
            LinkState.OFFLINE: self.tr(
                "The wiki cannot be reached. Your work is kept and sent later."
            ),
            LinkState.LOGIN_FAILED: self.tr(
                "The wiki refused the login. Check the account in Settings."
            ),
            LinkState.UNCONFIGURED: self.tr("Add your wiki account in Settings to send requests."),
        }
        tooltip = hints.get(self.state, "")
        if self.detail:
            tooltip = f"{tooltip}\n{self.detail}".strip()
        self.state_label.setToolTip(tooltip)
        self.dot.setToolTip(tooltip)

    def _show_pending(self) -> None:
        if self.pending == 0:
            self.pending_label.setText(self.tr("Nothing waiting to send"))
        else:
            self.pending_label.setText(self.tr("%n waiting to send", "", self.pending))
