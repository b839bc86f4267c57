"""What will be sent, exactly: the wikitext as posted and the mail as mailed.

Volunteers sign with their name; they should see the escaped text and the invisible
marker the helpdesk page will carry before anything leaves the laptop. Text is shown
verbatim in a fixed-width font and can be copied, never edited.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.requests.views import RequestPreview
from desktop_app.ui.bidi import follow_text_direction
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.text_patterns import listing


def _verbatim(parent: QWidget) -> QPlainTextEdit:
    text = QPlainTextEdit(parent)
    text.setReadOnly(True)
    follow_text_direction(text)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    # Wikitext and mail are left-to-right whatever the interface direction.
    text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return text


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PreviewDialog(Retranslatable, QDialog):
    """Two tabs — the wiki section and the mail — for one request's preview."""

    def __init__(self, preview: RequestPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestPreview")
        self.preview = preview
        self.resize(720, 560)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tabs = QTabWidget(self)

        self.wiki_tab = QWidget(self.tabs)
        self.wiki_page_label = _value_label(self.wiki_tab)
        self.wiki_title_label = _value_label(self.wiki_tab)
        self.wiki_text = _verbatim(self.wiki_tab)
        self.wiki_text.setObjectName("previewWikitext")
        self.wiki_text.setPlainText(preview.wiki_text)
        self._wiki_form = QFormLayout()
        self._wiki_form.addRow(QLabel(self.wiki_tab), self.wiki_page_label)
        self._wiki_form.addRow(QLabel(self.wiki_tab), self.wiki_title_label)
        wiki_layout = QVBoxLayout(self.wiki_tab)
        wiki_layout.addLayout(self._wiki_form)
        wiki_layout.addWidget(self.wiki_text, 1)

        self.mail_tab = QWidget(self.tabs)
        self.mail_to_label = _value_label(self.mail_tab)
        self.mail_subject_label = _value_label(self.mail_tab)
        self.mail_id_label = _value_label(self.mail_tab)
        self.mail_attachments_label = _value_label(self.mail_tab)
        self.mail_text = _verbatim(self.mail_tab)
        self.mail_text.setObjectName("previewMailText")
        self.mail_text.setPlainText(preview.email_text)
        self._mail_form = QFormLayout()
        for label in (
            self.mail_to_label,
            self.mail_subject_label,
            self.mail_id_label,
            self.mail_attachments_label,
        ):
            self._mail_form.addRow(QLabel(self.mail_tab), label)
        mail_layout = QVBoxLayout(self.mail_tab)
        mail_layout.addLayout(self._mail_form)
        mail_layout.addWidget(self.mail_text, 1)

        self.tabs.addTab(self.wiki_tab, "")
        self.tabs.addTab(self.mail_tab, "")
        if preview.wiki_page is None and preview.email_to is not None:
            self.tabs.setCurrentWidget(self.mail_tab)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        preview = self.preview
        self.setWindowTitle(self.tr("Preview: what will be sent"))
        self.intro.setText(
            self.tr(
                "This is exactly what Fieldkit will send with the current settings. "
                "The hidden marker line lets Fieldkit recognise the request on the wiki, "
                "so it is never posted twice."
            )
        )
        not_sent = self.tr("(not sent this way: not set up in Settings)")
        self.tabs.setTabText(0, self.tr("&Wiki page"))
        self.tabs.setTabText(1, self.tr("&Email"))
        self._set_row(self._wiki_form, 0, self.tr("Page:"), preview.wiki_page or not_sent)
        self._set_row(self._wiki_form, 1, self.tr("New section:"), preview.wiki_section_title)
        self._set_row(self._mail_form, 0, self.tr("To:"), preview.email_to or not_sent)
        self._set_row(self._mail_form, 1, self.tr("Subject:"), preview.email_subject)
        self._set_row(self._mail_form, 2, self.tr("Message-ID:"), preview.email_message_id)
        self._set_row(
            self._mail_form,
            3,
            self.tr("Attached:"),
            listing(preview.attachments) or self.tr("(no files)"),
        )

    @staticmethod
    def _set_row(form: QFormLayout, row: int, label: str, value: str) -> None:
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is not None and isinstance(label_item.widget(), QLabel):
            label_item.widget().setText(label)  # type: ignore[union-attr]
        if field_item is not None and isinstance(field_item.widget(), QLabel):
            field_item.widget().setText(value)  # type: ignore[union-attr]
