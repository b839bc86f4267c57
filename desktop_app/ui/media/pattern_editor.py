"""The batch's title pattern with a live preview for the selected file.

``preview_pattern`` is pure and cheap, so the preview follows every keystroke; applying
writes titles for the selected files (one undo step) and remembers the pattern in the batch.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.titles import PATTERN_FIELDS, preview_pattern
from desktop_app.services.media_detail import ItemDetail
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.media.problem_text import problem_message

DEFAULT_PATTERN = "{partner} - {description} - {date} ({n})"
ERROR_STYLE = "color: #b00020;"


class PatternEditor(Retranslatable, QWidget):
    """Pattern box, placeholders help, preview and "Apply to selected files"."""

    apply_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ItemDetail | None = None
        self.pattern_label = QLabel(self)
        self.pattern_edit = QLineEdit(self)
        self.pattern_edit.setObjectName("titlePattern")
        self.pattern_label.setBuddy(self.pattern_edit)
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("titlePreview")
        self.preview_label.setWordWrap(True)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.apply_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pattern_label)
        layout.addWidget(self.pattern_edit)
        layout.addWidget(self.help_label)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)
        self.pattern_edit.textChanged.connect(self.update_preview)
        self.apply_button.clicked.connect(
            lambda: self.apply_requested.emit(self.pattern_edit.text())
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.pattern_label.setText(self.tr("Title &pattern for this batch:"))
        self.pattern_edit.setPlaceholderText(DEFAULT_PATTERN)
        self.help_label.setText(
            self.tr("Placeholders: {fields}. {example} numbers with leading zeros.").format(
                fields=", ".join("{" + name + "}" for name in PATTERN_FIELDS), example="{n:03}"
            )
        )
        self.apply_button.setText(self.tr("&Apply pattern to selected files"))
        self.apply_button.setToolTip(
            self.tr("Gives the selected files titles made from this pattern.")
        )
        self.update_preview()

    def set_pattern(self, pattern: str) -> None:
        """Show the batch's stored pattern (the default if it has none)."""
        if self.pattern_edit.text() != (pattern or DEFAULT_PATTERN):
            self.pattern_edit.setText(pattern or DEFAULT_PATTERN)

    def show_item(self, detail: ItemDetail | None) -> None:
        self._detail = detail
        self.update_preview()

    def pattern(self) -> str:
        return self.pattern_edit.text().strip()

    def update_preview(self) -> None:
        detail = self._detail
        if detail is None:
            self.preview_label.setText(self.tr("Select a file to preview its title."))
            self.problems_label.clear()
            return
        preview = preview_pattern(self.pattern(), detail.pattern_values, detail.extension)
        self.preview_label.setText(
            self.tr("Preview: {file_name}").format(file_name=preview.file_name or "—")
        )
        self.problems_label.setText("\n".join(problem_message(p) for p in preview.problems))
        self.problems_label.setVisible(bool(preview.problems))
