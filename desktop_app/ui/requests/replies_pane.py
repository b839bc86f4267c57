"""Replies from the helpdesk to the selected request, readable offline.

Replies are fetched in the background (see the sync monitor) and stored; this pane only
reads the database. Showing them marks them seen — but what was new stays marked as new
for as long as the user looks at this request, so the mark does not vanish mid-reading.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop_app.services.requests.replies import list_replies, mark_replies_seen
from desktop_app.services.requests.views import ReplyView
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.requests.delivery_text import local_time_text

if TYPE_CHECKING:
    from desktop_app.store.db import Database

NEW_BADGE_STYLE = "background-color: #fff3c4; color: #5a4500; font-weight: bold;"


def reply_html(reply: ReplyView, *, new: bool, new_text: str, fetched_text: str) -> str:
    """One reply as rich text; the wikitext is shown literally (escaped), indents dropped."""
    lines = [line.lstrip(":*").strip() for line in reply.text.splitlines()]
    body = "<br>".join(html.escape(line) for line in lines if line)
    head = f"<b>{html.escape(reply.author)}</b>" if reply.author else ""
    when = html.escape(reply.signed_at or fetched_text)
    badge = (
        f' <span style="{NEW_BADGE_STYLE}">&nbsp;{html.escape(new_text)}&nbsp;</span>'
        if new
        else ""
    )
    return f"<p>{head} <span>{when}</span>{badge}<br>{body}</p>"


class RepliesPane(Retranslatable, QWidget):
    """The stored replies of one request, newest last, with a "New" mark on unseen ones."""

    replies_seen = Signal(int)  # request id whose replies were just marked seen

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._request_id: int | None = None
        self._sent = False
        self._replies: list[ReplyView] = []
        self._new_this_visit: set[int] = set()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("repliesBrowser")
        self.browser.setOpenLinks(False)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyStateText")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate_ui()

    @property
    def request_id(self) -> int | None:
        return self._request_id

    def show_request(self, request_id: int | None, *, sent: bool) -> None:
        """Show the replies stored for a request (or an explanation when there are none)."""
        if request_id != self._request_id:
            self._new_this_visit = set()
        self._request_id = request_id
        self._sent = sent
        self.reload()

    def reload(self) -> None:
        """Read the replies again (new ones may have been fetched)."""
        self._replies = list_replies(self._db, self._request_id) if self._request_id else []
        self._new_this_visit |= {reply.id for reply in self._replies if reply.new}
        self._render()
        if self.isVisible():
            self._mark_seen()

    def retranslate_ui(self) -> None:
        self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._mark_seen()

    # -- internals -----------------------------------------------------------------------
    def _mark_seen(self) -> None:
        if self._request_id is None or not any(reply.new for reply in self._replies):
            return
        mark_replies_seen(self._db, self._request_id)
        self._replies = list_replies(self._db, self._request_id)
        self.replies_seen.emit(self._request_id)

    def _render(self) -> None:
        if not self._replies:
            self.empty_label.setText(self._empty_text())
            self.stack.setCurrentWidget(self.empty_label)
            return
        new_text = self.tr("New")
        parts = [
            reply_html(
                reply,
                new=reply.id in self._new_this_visit,
                new_text=new_text,
                fetched_text=self.tr("fetched {time}").format(
                    time=local_time_text(reply.fetched_at)
                ),
            )
            for reply in self._replies
        ]
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml("<hr>".join(parts))
        self.browser.verticalScrollBar().setValue(scroll)
        self.stack.setCurrentWidget(self.browser)

    def _empty_text(self) -> str:
        if self._request_id is None:
            return self.tr("Choose a request to see the helpdesk's replies.")
        if not self._sent:
            return self.tr(
                "Replies appear here after the request is on the wiki. Fieldkit looks for "
                "them when you are online and keeps them for reading offline."
            )
        return self.tr(
            "No replies yet. Fieldkit looks at the helpdesk page every 15 minutes while you "
            "are online, and keeps replies here for reading offline."
        )
