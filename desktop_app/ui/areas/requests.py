"""Requests area: help requests to the Content Partnerships Helpdesk, and their delivery.

The list shows what the database says (draft → queued → sending → sent | failed); the
editor on the right writes drafts. Sending only queues: the sync monitor delivers when
the wiki can be reached, and tells this area to refresh.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.help_requests import (
    HelpRequestSummary,
    list_requests,
)
from desktop_app.services.request_queue import (
    queue_request,
)
from desktop_app.store.db import Database
from desktop_app.store.models import RequestState
from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label
from desktop_app.ui.areas.request_editor import RequestEditor

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1


def state_label(state: str) -> str:
    """The translated name of a request state, as the list shows it."""
    labels: dict[str, str] = {
        RequestState.DRAFT: QCoreApplication.translate("RequestStates", "Draft"),
        RequestState.QUEUED: QCoreApplication.translate("RequestStates", "Waiting to send"),
        RequestState.SENDING: QCoreApplication.translate("RequestStates", "Sending…"),
        RequestState.SENT: QCoreApplication.translate("RequestStates", "Sent"),
        RequestState.FAILED: QCoreApplication.translate("RequestStates", "Failed"),
    }
    return labels.get(state, state)  # StrEnum members hash like their values


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


def _in_future(moment: datetime) -> bool:
    """Whether a stored naive-UTC time is still ahead (a due retry needs no time shown)."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return aware > datetime.now(UTC)


def delivery_detail(summary: HelpRequestSummary) -> str:
    """One rich-text sentence on where the request is, with the last error when there is one."""
    if summary.state == RequestState.SENT:
        if summary.remote_url:
            url = html.escape(summary.remote_url, quote=True)
            return QCoreApplication.translate(
                "RequestStates", 'Sent. <a href="{url}">Open it on the wiki</a>.'
            ).format(url=url)
        return QCoreApplication.translate("RequestStates", "Sent.")
    parts: list[str] = []
    if summary.last_error:
        parts.append(
            QCoreApplication.translate("RequestStates", "Last attempt: {error}").format(
                error=html.escape(summary.last_error)
            )
        )
    if summary.state in (RequestState.QUEUED, RequestState.FAILED):
        if summary.next_attempt_at is None:
            parts.append(
                QCoreApplication.translate(
                    "RequestStates", "It will not be retried until you press Send again."
                )
            )
        elif _in_future(summary.next_attempt_at):
            next_try = local_time_text(summary.next_attempt_at)
            parts.append(
                QCoreApplication.translate("RequestStates", "Next try: {time}.").format(
                    time=next_try
                )
            )
        else:
            parts.append(
                QCoreApplication.translate("RequestStates", "Waiting for a connection to the wiki.")
            )
    return " ".join(parts)


class RequestsArea(Area):
    """List of requests (with delivery state) beside the editor for one request."""

    queued = Signal(int)  # a request was put in the outbox; the status bar and sync care

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._summaries: dict[int, HelpRequestSummary] = {}

        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")
        self.intro_label = body_label(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newRequestButton")

        self.list_widget = QTreeWidget(self)
        self.list_widget.setObjectName("requestList")
        self.list_widget.setColumnCount(3)
        self.list_widget.setRootIsDecorated(False)
        self.list_widget.setUniformRowHeights(True)
        self.list_widget.setAlternatingRowColors(True)
        header = self.list_widget.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = body_label(self)
        self.empty_label.setObjectName("emptyStateText")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.empty_label)
        self.list_stack.addWidget(self.list_widget)

        self.editor = RequestEditor(db, self)
        self.detail_label = body_label(self)
        self.detail_label.setObjectName("deliveryDetail")
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setOpenExternalLinks(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeading)
        left_layout.addWidget(self.list_stack, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        right_layout.addWidget(self.detail_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.editor.start_new)
        self.list_widget.currentItemChanged.connect(self._on_current_changed)
        self.editor.saved.connect(self._on_saved)
        self.editor.send_requested.connect(self.send_request)
        self.retranslate_ui()
        self.refresh()

    def nav_label(self) -> str:
        return self.tr("Requests")

    def on_shown(self) -> None:
        self.refresh()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Requests"))
        self.intro_label.setText(
            self.tr(
                "Ask the Content Partnerships Helpdesk for help. You can write while offline: "
                "requests wait here and are posted when the wiki can be reached."
            )
        )
        self.new_button.setText(self.tr("&New request"))
        self.list_widget.setHeaderLabels([self.tr("Subject"), self.tr("State"), self.tr("Changed")])
        self.empty_label.setText(
            self.tr(
                "No requests yet. Press “New request” and write what you need; "
                "it is saved as you type."
            )
        )
        self.refresh()

    def flush(self) -> None:
        """Save the open draft now (the window is closing)."""
        self.editor.flush()

    def refresh(self) -> None:
        """Reload the list from the database, keeping the selection."""
        summaries = list_requests(self._db)
        self._summaries = {summary.id: summary for summary in summaries}
        current_id = self.editor.request_id
        self.list_widget.blockSignals(True)
        try:
            self.list_widget.clear()
            for summary in summaries:
                item = QTreeWidgetItem(
                    [
                        summary.subject or self.tr("(no subject)"),
                        state_label(summary.state),
                        local_time_text(summary.updated_at, compact=True),
                    ]
                )
                item.setData(0, ID_ROLE, summary.id)
                item.setData(0, STATE_ROLE, summary.state)
                item.setToolTip(0, summary.subject)
                item.setToolTip(2, local_time_text(summary.updated_at))
                if summary.last_error:
                    item.setToolTip(1, summary.last_error)
                self.list_widget.addTopLevelItem(item)
                if summary.id == current_id:
                    self.list_widget.setCurrentItem(item)
        finally:
            self.list_widget.blockSignals(False)
        self.list_stack.setCurrentWidget(self.list_widget if summaries else self.empty_label)
        self._update_detail()

    def send_request(self, request_id: int) -> None:
        """Put the (saved) request in the outbox and tell whoever delivers."""
        queue_request(self._db, request_id)
        self.refresh()
        self.queued.emit(request_id)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.editor.open_request(int(current.data(0, ID_ROLE)))
        self._update_detail()

    def _on_saved(self, _request_id: int) -> None:
        self.refresh()

    def _update_detail(self) -> None:
        request_id = self.editor.request_id
        summary = self._summaries.get(request_id) if request_id is not None else None
        if summary is None:
            self.detail_label.clear()
            return
        self.editor.set_state(summary.state)
        self.detail_label.setText(delivery_detail(summary))
