"""The list of help requests: subject, where it stands, partnership, new replies, when.

Rows come straight from ``list_requests``; a request with unread helpdesk replies is bold
and says how many in words (not by colour or weight alone).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop_app.services.requests.views import HelpRequestSummary
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.requests.delivery_reasons import failure_sentence
from desktop_app.ui.requests.delivery_text import local_time_text, state_label

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
SUBJECT, STATE, REPLIES, PARTNERSHIP, CHANGED = range(5)
PARTNERSHIP_WIDTH = 100


class RequestList(Retranslatable, QTreeWidget):
    """One row per request; the selection is the request the editor shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestList")
        self.setColumnCount(5)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column in (STATE, REPLIES, CHANGED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Institution names are long: a fixed, resizable column, elided, keeps the subject
        # readable on a small screen (the full name is in the tooltip).
        header.setSectionResizeMode(PARTNERSHIP, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PARTNERSHIP, PARTNERSHIP_WIDTH)
        self._summaries: list[HelpRequestSummary] = []
        self.retranslate_ui()

    def set_requests(self, summaries: list[HelpRequestSummary], current_id: int | None) -> None:
        """Replace the rows, keeping ``current_id`` selected; emits no selection signal."""
        self._summaries = summaries
        self.blockSignals(True)
        try:
            self.clear()
            for summary in summaries:
                item = self._item(summary)
                self.addTopLevelItem(item)
                if summary.id == current_id:
                    self.setCurrentItem(item)
            # An empty column is noise on a narrow screen: show it only when used.
            self.setColumnHidden(PARTNERSHIP, not any(s.partnership for s in summaries))
            self.setColumnHidden(REPLIES, not any(s.new_replies for s in summaries))
        finally:
            self.blockSignals(False)

    def item_for(self, request_id: int) -> QTreeWidgetItem | None:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(SUBJECT, ID_ROLE) == request_id:
                return item
        return None

    def retranslate_ui(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("Subject"),
                self.tr("State"),
                self.tr("Replies"),
                self.tr("Partnership"),
                self.tr("Changed"),
            ]
        )
        self.setAccessibleName(self.tr("Help requests"))
        if self._summaries:
            current = self.currentItem()
            current_id = current.data(SUBJECT, ID_ROLE) if current is not None else None
            self.set_requests(self._summaries, current_id)

    def _item(self, summary: HelpRequestSummary) -> QTreeWidgetItem:
        new_text = self.tr("%n new", "replies", summary.new_replies) if summary.new_replies else ""
        item = QTreeWidgetItem(
            [
                summary.subject or self.tr("(no subject)"),
                state_label(summary.state),
                new_text,
                summary.partnership,
                local_time_text(summary.updated_at, compact=True),
            ]
        )
        item.setData(SUBJECT, ID_ROLE, summary.id)
        item.setData(SUBJECT, STATE_ROLE, summary.state)
        item.setToolTip(SUBJECT, summary.subject)
        item.setToolTip(PARTNERSHIP, summary.partnership)
        item.setToolTip(CHANGED, local_time_text(summary.updated_at))
        failed = next((c for c in summary.channels if c.state != "sent" and c.error_code), None)
        if failed is not None and failed.error_code:
            # Words for the code; the technical text is in the log (the panel links it).
            item.setToolTip(STATE, failure_sentence(failed.error_code, kind=failed.kind, page=""))
        if summary.new_replies:
            item.setToolTip(
                REPLIES, self.tr("%n new reply from the helpdesk", "", summary.new_replies)
            )
            for column in (SUBJECT, REPLIES):
                font = QFont(item.font(column))
                font.setBold(True)
                item.setFont(column, font)
        return item
