"""Requests area: help requests to the Content Partnerships Helpdesk, and their delivery.

The list shows what the database says (draft → queued → sending → sent | failed); the
editor on the right writes drafts; above it, where the selected request went, and in a
second tab the helpdesk's replies. Sending only queues: the sync monitor delivers when
the wiki can be reached, and tells this area to refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.help_request_delivery import RequestState
from desktop_app.services.requests.drafts import list_requests
from desktop_app.services.requests.queueing import retry_request_now
from desktop_app.services.requests.views import HelpRequestSummary
from desktop_app.services.settings import get_settings
from desktop_app.ui.accessible import describe_tab_bar
from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label
from desktop_app.ui.areas.request_editor import RequestEditor
from desktop_app.ui.requests.delivery_panel import DeliveryPanel
from desktop_app.ui.requests.replies_pane import RepliesPane
from desktop_app.ui.requests.request_list import ID_ROLE, SUBJECT, RequestList
from desktop_app.ui.shortcuts import NEW_REQUEST, with_shortcut

if TYPE_CHECKING:
    from desktop_app.store.db import Database


class RequestsArea(Area):
    """List of requests (with delivery state) beside the editor and replies of one request."""

    queued = Signal(int)  # put in the outbox (or made due again): status bar and sync care
    withdrawn = Signal(int)  # taken out of the outbox: the pending count changed
    settings_requested = Signal()  # the account or the helpdesk page is what holds requests

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._summaries: dict[int, HelpRequestSummary] = {}

        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")
        self.intro_label = body_label(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newRequestButton")

        self.list_widget = RequestList(self)
        self.empty_label = body_label(self)
        self.empty_label.setObjectName("emptyStateText")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.empty_label)
        self.list_stack.addWidget(self.list_widget)

        self.delivery_panel = DeliveryPanel(self)
        self.tabs = QTabWidget(self)  # before its pages: Tab reaches the tab bar first
        self.tabs.setObjectName("requestTabs")
        self.editor = RequestEditor(db, self)
        self.replies_pane = RepliesPane(db, self)
        self.tabs.addTab(self.editor, "")
        self.tabs.addTab(self.replies_pane, "")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeading)
        left_layout.addWidget(self.list_stack, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.delivery_panel)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([3000, 4000])  # proportions: the list needs its columns
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.splitter, 1)

        self.new_button.clicked.connect(self.start_new)
        self.list_widget.currentItemChanged.connect(self._on_current_changed)
        self.editor.saved.connect(self._on_saved)
        self.editor.queued.connect(self._on_queued)
        self.editor.withdrawn.connect(self._on_withdrawn)
        self.delivery_panel.retry_requested.connect(self.retry_now)
        self.delivery_panel.settings_requested.connect(self.settings_requested)
        self.editor.settings_requested.connect(self.settings_requested)
        self.replies_pane.replies_seen.connect(lambda _id: self.refresh())
        self.retranslate_ui()
        self.refresh()

    def nav_label(self) -> str:
        return self.tr("Requests")

    def on_shown(self) -> None:
        self.refresh()

    def retranslate_ui(self) -> None:
        describe_tab_bar(self.tabs)
        self.title_label.setText(self.tr("Requests"))
        self.intro_label.setText(
            self.tr(
                "Ask the Content Partnerships Helpdesk for help. You can write while offline: "
                "requests wait here and are posted when the wiki can be reached."
            )
        )
        self.new_button.setText(self.tr("&New request"))
        self.new_button.setToolTip(
            with_shortcut(self.tr("Start a new help request to the helpdesk"), NEW_REQUEST)
        )
        self.empty_label.setText(
            self.tr(
                "No requests yet. Press “New request” and write what you need; "
                "it is saved as you type."
            )
        )
        self.tabs.setTabText(0, self.tr("Re&quest"))
        self._update_replies_tab()

    # -- public --------------------------------------------------------------------------
    def flush(self) -> None:
        """Save the open draft now (the window is closing)."""
        self.editor.flush()

    def start_new(self) -> None:
        """An empty, prefilled form; the list loses its selection."""
        self.editor.start_new()
        self.tabs.setCurrentWidget(self.editor)
        self.refresh()

    def open_request(self, request_id: int) -> None:
        """Select and show one request (e.g. one just started from a partnership)."""
        self.refresh()
        item = self.list_widget.item_for(request_id)
        if item is None:
            return
        self.tabs.setCurrentWidget(self.editor)
        self.list_widget.setCurrentItem(item)
        self.list_widget.scrollToItem(item)

    def refresh(self) -> None:
        """Reload the list from the database, keeping the selection."""
        summaries = list_requests(self._db)
        self._summaries = {summary.id: summary for summary in summaries}
        self.list_widget.set_requests(summaries, self.editor.request_id)
        self.list_stack.setCurrentWidget(self.list_widget if summaries else self.empty_label)
        self.delivery_panel.helpdesk_page = get_settings(self._db).helpdesk_page_for_wiki
        self._update_detail()

    def set_link_state(self, state: str, _detail: str = "") -> None:
        """For ``SyncMonitor.state_changed``: what holds waiting requests now."""
        page = get_settings(self._db).helpdesk_page_for_wiki
        self.delivery_panel.set_link_state(state, page)

    def retry_now(self, request_id: int) -> None:
        """Make every undelivered channel due now, and ask the monitor to send."""
        retry_request_now(self._db, request_id)
        self.refresh()
        self.queued.emit(request_id)

    # -- internals -----------------------------------------------------------------------
    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.editor.open_request(int(current.data(SUBJECT, ID_ROLE)))
        self._update_detail()

    def _on_saved(self, _request_id: int) -> None:
        self.refresh()

    def _on_queued(self, request_id: int) -> None:
        self.refresh()
        self.queued.emit(request_id)

    def _on_withdrawn(self, request_id: int) -> None:
        self.refresh()
        self.withdrawn.emit(request_id)

    def _update_detail(self) -> None:
        request_id = self.editor.request_id
        summary = self._summaries.get(request_id) if request_id is not None else None
        self.delivery_panel.show_summary(summary)
        if summary is not None:
            self.editor.set_summary(summary)
        sent = summary is not None and (
            summary.state == RequestState.SENT or bool(summary.remote_url)
        )
        if request_id != self.replies_pane.request_id or summary is not None:
            self.replies_pane.show_request(request_id, sent=sent)
        self._update_replies_tab()

    def _update_replies_tab(self) -> None:
        request_id = self.editor.request_id
        summary = self._summaries.get(request_id) if request_id is not None else None
        new = summary.new_replies if summary is not None else 0
        text = self.tr("&Replies (%n new)", "", new) if new else self.tr("&Replies")
        self.tabs.setTabText(1, text)
