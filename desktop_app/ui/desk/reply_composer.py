"""Writing a reply offline: start from a template, edit, queue. The reply is sent by the
next sync, on the channel the request came by; the replies so far are listed below."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.desk import TEMPLATES_BY_NAME
from desktop_app.services.desk.views import DeskRequestDetail
from desktop_app.ui.accessible import describe
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.bidi import follow_text_direction
from desktop_app.ui.desk.texts import channel_text, reply_state_text, template_text
from desktop_app.ui.i18n import Retranslatable


class ReplyComposer(Retranslatable, QWidget):
    """``template_wanted(name)`` asks the area for a template's text; ``reply_queued(text,
    template)`` when the user queues the reply."""

    template_wanted = Signal(str)
    reply_queued = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("deskTemplate")
        for name in TEMPLATES_BY_NAME:
            self.template_combo.addItem("", name)
        self.use_template_button = QPushButton(self)
        self.use_template_button.setObjectName("deskUseTemplate")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("deskReplyText")
        self.editor.setTabChangesFocus(True)  # Tab goes on to "Queue reply"
        follow_text_direction(self.editor)
        self.queue_button = QPushButton(self)
        self.queue_button.setObjectName("deskQueueReply")
        self.channel_label = body_label(self)
        self.history = QPlainTextEdit(self)
        self.history.setReadOnly(True)
        follow_text_direction(self.history)
        self.history.setObjectName("deskReplyHistory")
        self.history.setMaximumHeight(140)
        top = QHBoxLayout()
        top.addWidget(self.template_combo, 1)
        top.addWidget(self.use_template_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.channel_label)
        layout.addWidget(self.queue_button)
        layout.addWidget(self.history)
        self.use_template_button.clicked.connect(
            lambda: self.template_wanted.emit(str(self.template_combo.currentData()))
        )
        self.queue_button.clicked.connect(
            lambda: self.reply_queued.emit(
                self.editor.toPlainText(), str(self.template_combo.currentData())
            )
        )
        self._detail: DeskRequestDetail | None = None
        self._channel: str | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        describe(
            {
                self.template_combo: self.tr("A ready-made reply to start from."),
                self.use_template_button: self.tr("Puts the chosen template into the reply."),
                self.editor: self.tr("The reply; the next sync sends it."),
                self.history: self.tr("The replies to this request so far, and whether they went."),
            }
        )
        for index in range(self.template_combo.count()):
            self.template_combo.setItemText(
                index, template_text(str(self.template_combo.itemData(index)))
            )
        self.use_template_button.setText(self.tr("Use &template"))
        self.queue_button.setText(self.tr("&Queue reply"))
        self.queue_button.setToolTip(
            self.tr("Puts the reply in the outbox; it is sent when online.")
        )
        self.editor.setPlaceholderText(self.tr("Write the reply here, or start from a template."))
        self.editor.setAccessibleName(self.tr("Reply"))
        self.history.setAccessibleName(self.tr("Replies so far"))
        self.show_detail(self._detail, self._channel)

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def clear_text(self) -> None:
        self.editor.clear()

    def show_detail(self, detail: DeskRequestDetail | None, channel: str | None) -> None:
        """The request being answered and how a reply would go (``None``: no way)."""
        if detail is None or self._detail is None or detail.summary.id != self._detail.summary.id:
            self.editor.clear()
        self._detail, self._channel = detail, channel
        self.setEnabled(detail is not None)
        if detail is None:
            self.channel_label.setText("")
            self.history.setPlainText("")
            return
        if channel == "wiki":
            self.channel_label.setText(
                self.tr("The reply goes into the request's own section on the wiki, signed.")
            )
        elif channel == "email":
            self.channel_label.setText(
                self.tr("The reply goes by email, in the same thread as the request.")
            )
        else:
            self.channel_label.setText(
                self.tr("This request is no longer on the wiki page: a reply cannot be sent.")
            )
        self.queue_button.setEnabled(channel is not None)
        self.history.setPlainText(
            "\n".join(
                self.tr("{date} by {channel}: {state} — {start}").format(
                    date=f"{reply.created_at:%Y-%m-%d %H:%M}",
                    channel=channel_text(reply.channel),
                    state=reply_state_text(reply.state),
                    start=reply.text.split("\n", 1)[0][:80],
                )
                for reply in detail.replies
            )
            or self.tr("No replies yet.")
        )
