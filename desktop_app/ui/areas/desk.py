"""Helpdesk desk area: the requests gathered from the wiki pages and the mailbox, with
filters and search; one request as text, its triage, review and reply composer; fetching
and the committee pack. Shown when the user works for a helpdesk (Settings).

Everything works offline on what was fetched; fetching and writing a PDF run off the GUI
thread; replies and state changes are queued and sent by the sync monitor.
"""

from __future__ import annotations

import logging
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.desk import DeskState
from desktop_app.core.form_checks import InvalidInput
from desktop_app.services.desk.fetching import DeskFetchReport, FetchExit, fetch_desk
from desktop_app.services.desk.pack import PackWritten, write_pack
from desktop_app.services.desk.replies import queue_reply, reply_channel, reply_template
from desktop_app.services.desk.setup import get_desk
from desktop_app.services.desk.triage import (
    get_desk_request,
    list_desk_requests,
    save_notes,
    save_review,
    set_desk_state,
)
from desktop_app.services.desk.views import DeskRequestDetail
from desktop_app.ui.accessible import describe, describe_tab_bar
from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label
from desktop_app.ui.desk.problem_text import first_problem_text
from desktop_app.ui.desk.reply_composer import ReplyComposer
from desktop_app.ui.desk.request_list import DeskRequestList
from desktop_app.ui.desk.request_view import DeskRequestView
from desktop_app.ui.desk.review_form import ReviewForm
from desktop_app.ui.desk.texts import state_text
from desktop_app.ui.desk.triage_panel import TriagePanel
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.operations import Operation, run_in_background
from desktop_app.ui.scrolling import scrolling
from desktop_app.ui.text_patterns import listing

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)

PROBLEM_STYLE = "color: #b00020;"
# Fetched by itself when the desk is first opened and then this often while the app runs,
# so staff see new requests without pressing Fetch (incremental: little traffic when idle).
AUTO_FETCH_SECONDS = 15 * 60


class DeskArea(Area):
    """The helpdesk's inbox and workbench."""

    queued = Signal()  # a reply or a state change waits in the outbox: sync may send it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail: DeskRequestDetail | None = None
        self.fetch_operation: Operation[DeskFetchReport] | None = None
        self.pack_operation: Operation[PackWritten] | None = None
        self._fetched_at: float | None = None  # time.monotonic() of the last fetch begun
        self.auto_fetch_timer = QTimer(self)
        self.auto_fetch_timer.setInterval(AUTO_FETCH_SECONDS * 1000)
        self.auto_fetch_timer.timeout.connect(self.auto_fetch)

        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")
        self.intro_label = body_label(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("deskSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("deskStateFilter")
        self.state_filter.addItem("", "")
        for state in DeskState:
            self.state_filter.addItem("", state.value)
        self.fetch_button = QPushButton(self)
        self.fetch_button.setObjectName("deskFetch")
        self.month_edit = QLineEdit(f"{date.today():%Y-%m}", self)
        self.month_edit.setObjectName("deskPackMonth")
        self.month_edit.setMaximumWidth(90)
        self.pack_button = QPushButton(self)
        self.pack_button.setObjectName("deskPack")
        self.message = body_label(self)
        self.message.setObjectName("deskMessage")

        self.list_widget = DeskRequestList(self)
        self.tabs = QTabWidget(self)  # before its pages: Tab reaches the tab bar first
        self.tabs.setObjectName("deskTabs")
        self.request_view = DeskRequestView(self)
        self.triage = TriagePanel(self)
        self.review = ReviewForm(self)
        self.composer = ReplyComposer(self)
        # The triage and review forms scroll rather than squeeze their hints (150 % scale).
        self._pages: list[QWidget] = [
            self.request_view,
            scrolling(self.triage, self),
            scrolling(self.review, self),
            self.composer,
        ]
        for page in self._pages:
            self.tabs.addTab(page, "")

        tools = QHBoxLayout()
        tools.addWidget(self.search_edit, 2)
        tools.addWidget(self.state_filter, 1)
        tools.addWidget(self.fetch_button)
        tools.addSpacing(12)
        tools.addWidget(self.month_edit)
        tools.addWidget(self.pack_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list_widget)
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([3000, 4000])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self.search_edit.textChanged.connect(lambda _text: self.refresh())
        self.state_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.list_widget.currentItemChanged.connect(lambda *_: self._show_current())
        self.fetch_button.clicked.connect(self.fetch)
        self.pack_button.clicked.connect(self._choose_pack_file)
        self.request_view.related_chosen.connect(self.open_request)
        self.triage.state_chosen.connect(self.set_state)
        self.triage.notes_changed.connect(lambda rid, text: save_notes(self._ctx.db, rid, text))
        self.review.review_saved.connect(self.save_review)
        self.composer.template_wanted.connect(self.use_template)
        self.composer.reply_queued.connect(self.queue_reply)
        self.retranslate_ui()
        self.refresh()

    def nav_label(self) -> str:
        return self.tr("Helpdesk desk")

    def on_shown(self) -> None:
        self.refresh()
        self.auto_fetch()
        self.auto_fetch_timer.start()

    def auto_fetch(self) -> None:
        """Fetch unless a fetch runs, one began lately, or there is nowhere to fetch from."""
        running = not self.fetch_button.isEnabled()
        recent = (
            self._fetched_at is not None
            and time.monotonic() - self._fetched_at < AUTO_FETCH_SECONDS
        )
        if running or recent:
            return
        desk = get_desk(self._ctx.db)
        if desk.enabled and (desk.wiki_pages or desk.imap_host):
            self.fetch()

    def search_field(self) -> QWidget | None:
        return self.search_edit

    def show_page(self, widget: QWidget) -> None:
        """The tab holding ``widget`` (the request, triage, review or reply)."""
        for page in self._pages:
            if page is widget or page.isAncestorOf(widget):
                self.tabs.setCurrentWidget(page)
                return

    def retranslate_ui(self) -> None:
        describe_tab_bar(self.tabs)
        describe({self.state_filter: self.tr("Shows only requests in the chosen state.")})
        self.title_label.setText(self.tr("Helpdesk desk"))
        self.intro_label.setText(
            self.tr(
                "Requests to the helpdesk from the wiki pages and the mailbox, kept on this "
                "computer: triage, review and reply offline; the next sync sends what you queue."
            )
        )
        self.search_edit.setPlaceholderText(self.tr("Search requests, requesters, partners…"))
        self.state_filter.setItemText(0, self.tr("All states"))
        for index in range(1, self.state_filter.count()):
            self.state_filter.setItemText(index, state_text(str(self.state_filter.itemData(index))))
        self.fetch_button.setText(self.tr("Fetch &new requests"))
        self.fetch_button.setToolTip(self.tr("Reads the helpdesk pages now for new requests."))
        self.pack_button.setText(self.tr("Committee &pack…"))
        self.pack_button.setToolTip(
            self.tr("The requests of the month on the left, or the selected requests.")
        )
        self.month_edit.setToolTip(self.tr("Month of the pack (YYYY-MM)"))
        self.month_edit.setAccessibleName(self.month_edit.toolTip())
        self.search_edit.setAccessibleName(self.tr("Search requests"))
        self.tabs.setTabText(0, self.tr("Re&quest"))
        self.tabs.setTabText(1, self.tr("&Triage"))
        self.tabs.setTabText(2, self.tr("&Review"))
        self.tabs.setTabText(3, self.tr("Repl&y"))

    # -- public --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list (filters applied), keeping the selection."""
        summaries = list_desk_requests(
            self._ctx.db,
            state=str(self.state_filter.currentData()) or None,
            search=self.search_edit.text(),
        )
        self.list_widget.set_requests(summaries, self._detail.summary.id if self._detail else None)
        self._show_current()

    def open_request(self, request_id: int) -> None:
        """Select one request (clearing filters that hide it)."""
        self.search_edit.clear()
        self.state_filter.setCurrentIndex(0)
        self.refresh()
        for index in range(self.list_widget.topLevelItemCount()):
            item = self.list_widget.topLevelItem(index)
            if item is not None and int(item.data(0, Qt.ItemDataRole.UserRole)) == request_id:
                self.list_widget.setCurrentItem(item)

    def fetch(self) -> None:
        """Gather new requests in the background (once at a time)."""
        if self.fetch_operation is not None and not self.fetch_button.isEnabled():
            return
        self.fetch_button.setEnabled(False)
        self._fetched_at = time.monotonic()
        self._say(self.tr("Fetching…"))
        ctx = self._ctx
        self.fetch_operation = run_in_background(
            lambda _op: fetch_desk(ctx),
            success=self._on_fetched,
            failure=self._on_failed,
            name="desk-fetch",
            owner=self,
        )

    def set_state(self, state: str, assignee: str) -> None:
        if self._detail is None:
            return
        set_desk_state(self._ctx.db, self._detail.summary.id, state, assignee=assignee)
        self._say(self.tr("State saved; it is shared with the next sync."))
        self.refresh()
        self.queued.emit()

    def save_review(self, reviewer: str, scores: dict, comments: dict) -> None:
        if self._detail is None:
            return
        try:
            save_review(self._ctx.db, self._detail.summary.id, reviewer, scores, comments)
        except InvalidInput as error:
            self._say(first_problem_text(error.problems), True)
            return
        self._say(self.tr("Review saved."))
        self.refresh()

    def use_template(self, template: str) -> None:
        if self._detail is not None:
            self.composer.set_text(reply_template(self._ctx.db, self._detail.summary.id, template))

    def queue_reply(self, text: str, template: str) -> None:
        if self._detail is None:
            return
        try:
            queue_reply(self._ctx.db, self._detail.summary.id, text, template=template)
        except InvalidInput as error:
            self._say(first_problem_text(error.problems), True)
            return
        self.composer.clear_text()
        self._say(self.tr("Reply queued; the next sync sends it."))
        self.refresh()
        self.queued.emit()

    def export_pack(self, out: Path) -> None:
        """Write the committee pack (month field, or the selection) in the background."""
        ids = self.list_widget.selected_ids()
        selection = ids if len(ids) > 1 else None
        month = self.month_edit.text().strip()
        db = self._ctx.db
        self.pack_button.setEnabled(False)
        self._say(self.tr("Writing the committee pack…"))
        self.pack_operation = run_in_background(
            lambda _op: write_pack(db, out, month=month, request_ids=selection),
            success=self._on_pack_written,
            failure=self._on_pack_failed,
            name="desk-pack",
            owner=self,
        )

    # -- internals -----------------------------------------------------------------------
    def _show_current(self) -> None:
        request_id = self.list_widget.current_id()
        self._detail = None if request_id is None else get_desk_request(self._ctx.db, request_id)
        channel = None if request_id is None else reply_channel(self._ctx.db, request_id)
        self.request_view.show_detail(self._detail)
        self.triage.show_detail(self._detail)
        self.review.show_detail(self._detail)
        self.composer.show_detail(self._detail, channel)

    def _choose_pack_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the committee pack"),
            f"committee-pack-{self.month_edit.text().strip()}.pdf",
            self.tr("PDF (*.pdf);;HTML (*.html);;CSV (*.csv)"),
        )
        if path:
            self.export_pack(Path(path))

    def _on_fetched(self, report: DeskFetchReport) -> None:
        self.fetch_button.setEnabled(True)
        if report.exit_code == FetchExit.OFFLINE:
            self._say(self.tr("Offline: showing what was fetched before."), True)
        elif report.exit_code == FetchExit.FAILURES:
            self._say(
                self.tr("Fetched, but not everything could be read: {sources}").format(
                    sources=listing(report.failed + report.offline)
                ),
                True,
            )
        else:
            self._say(self.tr("%n new request(s).", "", report.new))
        self.refresh()

    def _on_failed(self, error: BaseException) -> None:
        self.fetch_button.setEnabled(True)
        note_failure(log, "Fetching the desk's requests failed", error)
        self._say(self.tr("Fetching failed; the log has the details."), True)

    def _on_pack_written(self, written: PackWritten) -> None:
        self.pack_button.setEnabled(True)
        self._say(
            self.tr("Committee pack written: {path} (%n request(s)).", "", written.requests).format(
                path=written.out
            )
        )

    def _on_pack_failed(self, error: BaseException) -> None:
        self.pack_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self._say(first_problem_text(error.problems), True)
        else:
            note_failure(log, "Writing the committee pack failed", error)
            self._say(self.tr("The pack could not be written; the log has the details."), True)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.message.setText(text)
