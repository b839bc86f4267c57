"""The desk's list of requests: subject, requester, state, received, channels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop_app.services.desk.views import DeskRequestSummary
from desktop_app.ui.accessible import describe
from desktop_app.ui.desk.texts import channel_text, state_text
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.text_patterns import listing

SUBJECT, REQUESTER, STATE, RECEIVED, CHANNELS = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole


class DeskRequestList(Retranslatable, QTreeWidget):
    """Flat list, newest first; the state column says when it is not yet published."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskRequestList")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setColumnCount(5)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAllColumnsShowFocus(True)
        # The subject takes the room that is left; the short columns fit their contents.
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.header().setMinimumSectionSize(60)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        describe({self: self.tr("Gathered requests; the one selected is shown beside them.")})
        self.setHeaderLabels(
            [
                self.tr("Subject"),
                self.tr("Requester"),
                self.tr("State"),
                self.tr("Received"),
                self.tr("By"),
            ]
        )
        self.setAccessibleName(self.tr("Requests to the helpdesk"))

    def set_requests(self, requests: Sequence[DeskRequestSummary], keep: int | None) -> None:
        """Show ``requests``, keeping ``keep`` selected when it is still there."""
        self.blockSignals(True)
        self.clear()
        selected = None
        for request in requests:
            state = state_text(request.state)
            if not request.state_published:
                state = self.tr("{state} (not yet shared)").format(state=state)
            if request.assignee:
                state = self.tr("{state} · {assignee}").format(
                    state=state, assignee=request.assignee
                )
            item = QTreeWidgetItem(
                [
                    request.subject,
                    request.requester,
                    state,
                    f"{request.received_at:%Y-%m-%d}",
                    listing(channel_text(c) for c in request.channels),
                ]
            )
            item.setData(SUBJECT, ID_ROLE, request.id)
            item.setToolTip(SUBJECT, request.subject)
            self.addTopLevelItem(item)
            if request.id == keep:
                selected = item
        self.blockSignals(False)
        for column in range(1, 5):
            self.resizeColumnToContents(column)
        if selected is not None:
            self.setCurrentItem(selected)

    def current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(SUBJECT, ID_ROLE))

    def selected_ids(self) -> list[int]:
        return [int(item.data(SUBJECT, ID_ROLE)) for item in self.selectedItems()]
