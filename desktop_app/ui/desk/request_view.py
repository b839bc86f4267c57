"""One request shown as text: what was asked, by whom, its thread, and the requester's
other requests. Wikitext and HTML from outside are shown literally in a plain-text view
(never rendered: no links, no images, no scripts)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.desk.views import DeskRequestDetail
from desktop_app.ui.accessible import describe
from desktop_app.ui.bidi import follow_text_direction
from desktop_app.ui.desk.texts import channel_text, state_text
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.requests.field_texts import field_label
from desktop_app.ui.text_patterns import labelled, listing

FIELD_ORDER = (
    "material_kind",
    "volume",
    "expected_outcome",
    "impact",
    "knowledge_gap",
    "partner_commitment",
    "licence_status",
    "help_wanted",
    "attachments",
)


class DeskRequestView(Retranslatable, QWidget):
    """The request as plain text, and a list of related requests (activate to open)."""

    related_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("deskRequestText")
        self.text_view.setReadOnly(True)
        follow_text_direction(self.text_view)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.related_label = QLabel(self)
        self.related_list = QListWidget(self)
        self.related_list.setObjectName("deskRelated")
        self.related_list.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.related_label)
        layout.addWidget(self.related_list)
        self.related_list.itemActivated.connect(
            lambda item: self.related_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self._detail: DeskRequestDetail | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        describe(
            {
                self.text_view: self.tr("The request as the requester wrote it."),
                self.related_list: self.tr("Other requests of this requester or partner"),
            }
        )
        self.related_label.setText(self.tr("Other requests of this requester or partner"))
        self.text_view.setAccessibleName(self.tr("The request as written"))
        self.related_list.setAccessibleName(self.related_label.text())
        self.show_detail(self._detail)

    def show_detail(self, detail: DeskRequestDetail | None) -> None:
        """Show one request (``None``: nothing selected)."""
        self._detail = detail
        self.related_list.clear()
        if detail is None:
            self.text_view.setPlainText("")
            return
        self.text_view.setPlainText(self._as_text(detail))
        for other in detail.related:
            item = QListWidgetItem(
                f"{other.received_at:%Y-%m-%d}  {other.subject}  ({state_text(other.state)})"
            )
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            self.related_list.addItem(item)
        self.related_label.setVisible(bool(detail.related))
        self.related_list.setVisible(bool(detail.related))

    def _as_text(self, detail: DeskRequestDetail) -> str:
        summary = detail.summary
        lines = [summary.subject, ""]
        who = " · ".join(
            part
            for part in (detail.requester_name, detail.requester_user, detail.requester_email)
            if part
        )
        lines.append(self.tr("From: {who}").format(who=who or "?"))
        if summary.partner:
            lines.append(self.tr("Partner: {partner}").format(partner=summary.partner))
        lines.append(
            self.tr("Received {date} by {channels}").format(
                date=f"{summary.received_at:%Y-%m-%d %H:%M}",
                channels=listing(channel_text(c) for c in summary.channels),
            )
        )
        lines += ["", detail.text, ""]
        for name in FIELD_ORDER:
            value = detail.fields.get(name)
            if value:
                label = field_label(name).replace("&", "")
                lines.append(labelled(label, value))
        for source in detail.sources:
            if source.role == "message":
                lines += [
                    "",
                    self.tr("— Later message from {sender} —").format(sender=source.sender),
                ]
                lines.append(source.text)
            for attachment in source.attachments:
                lines.append(
                    self.tr("Attachment: {name} ({type}, {size} bytes)").format(
                        name=attachment.get("filename", ""),
                        type=attachment.get("media_type", ""),
                        size=attachment.get("size", 0),
                    )
                )
            for comment in source.discussion:
                lines += [
                    "",
                    self.tr("— Reply by {author} {when} —").format(
                        author=comment.get("author") or "?", when=comment.get("signed_at", "")
                    ),
                ]
                lines.append(str(comment.get("text", "")))
            if source.gone:
                lines += ["", self.tr("(No longer on {where}.)").format(where=source.where)]
        return "\n".join(lines).strip() + "\n"
