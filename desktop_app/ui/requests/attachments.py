"""Sample files attached to a request: the list, Add… and Remove, and why a file was refused.

The box only asks: the editor calls the services (and saves the draft first, so there is
a request to attach to). The size limits are stated up front, so a refused file is no
surprise, and the refusal stays visible under the list until the next change.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.help_request import ATTACHMENT_MAX_BYTES, ATTACHMENTS_TOTAL_MAX_BYTES
from desktop_app.core.problems import Problem
from desktop_app.services.requests.views import AttachmentView
from desktop_app.ui.requests.field_row import FieldMessage
from desktop_app.ui.requests.problem_text import megabytes

ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole
VISIBLE_ROWS = 4


def file_size(size: int) -> str:
    """A file size the way the user's file manager would say it (KB, MB)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AttachmentsBox(QWidget):
    """List of attached files with Add… and Remove buttons."""

    add_requested = Signal(list)  # paths (str) the user chose
    remove_requested = Signal(int)  # attachment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limits_label = QLabel(self)
        self.limits_label.setWordWrap(True)
        self.list_widget = QListWidget(self)
        self.list_widget.setObjectName("attachmentList")
        rows = self.list_widget.fontMetrics().lineSpacing() + 6
        self.list_widget.setFixedHeight(rows * VISIBLE_ROWS)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addAttachmentButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeAttachmentButton")
        self.message = FieldMessage(self)
        self._read_only = False

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.limits_label)
        layout.addWidget(self.list_widget)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self._remove_selected)
        self.list_widget.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.set_attachments(())

    def set_attachments(
        self, attachments: tuple[AttachmentView, ...] | list[AttachmentView]
    ) -> None:
        self.list_widget.clear()
        for attachment in attachments:
            item = QListWidgetItem(
                self.tr("{name} ({size})").format(
                    name=attachment.filename, size=file_size(attachment.size)
                )
            )
            item.setData(ATTACHMENT_ID_ROLE, attachment.id)
            self.list_widget.addItem(item)
        has_any = bool(attachments)
        self.list_widget.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def show_problems(self, problems: list[Problem]) -> None:
        self.message.show_problems(problems)

    def retranslate_ui(self) -> None:
        self.limits_label.setText(
            self.tr(
                "Sample files or a metadata excerpt, not the whole collection: at most {one} "
                "per file and {total} in all."
            ).format(
                one=megabytes(ATTACHMENT_MAX_BYTES), total=megabytes(ATTACHMENTS_TOTAL_MAX_BYTES)
            )
        )
        self.empty_label.setText(self.tr("No files attached."))
        self.add_button.setText(self.tr("&Add files…"))
        self.add_button.setToolTip(self.tr("Attaches files to this request."))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected file from this request"))

    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files to the request"))
        if paths:
            self.add_requested.emit(paths)

    def _remove_selected(self) -> None:
        item = self.list_widget.currentItem()
        if item is not None:
            self.remove_requested.emit(int(item.data(ATTACHMENT_ID_ROLE)))

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(
            not self._read_only and self.list_widget.currentItem() is not None
        )
