"""Small dialogs for edits on many files: one value for all, and find & replace.

The dialogs only collect what the user wants; the caller applies it through
:class:`~desktop_app.ui.media.edits.BatchEdits`, so a refused value leaves the dialog open
with the reason shown (nothing typed is lost).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.media_fields import FieldError
from desktop_app.ui.media.problem_text import field_error_message

# The text fields find & replace works on ("description" becomes the batch language).
REPLACE_FIELDS = ("title", "description", "author", "source", "institution", "categories")
BULK_FIELDS = (
    "title",
    "description",
    "date",
    "author",
    "source",
    "institution",
    "licence",
    "categories",
    "depicts",
    "template",
    "status",
)


def field_label(field: str) -> str:
    """A translated name for a field (for pickers and messages)."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "title": QCoreApplication.translate("MediaFields", "Title"),
        "description": QCoreApplication.translate("MediaFields", "Description"),
        "caption": QCoreApplication.translate("MediaFields", "Caption"),
        "date": QCoreApplication.translate("MediaFields", "Date"),
        "author": QCoreApplication.translate("MediaFields", "Author"),
        "source": QCoreApplication.translate("MediaFields", "Source"),
        "institution": QCoreApplication.translate("MediaFields", "Institution"),
        "licence": QCoreApplication.translate("MediaFields", "Licence"),
        "categories": QCoreApplication.translate("MediaFields", "Categories"),
        "depicts": QCoreApplication.translate("MediaFields", "Depicts (Wikidata)"),
        "latitude": QCoreApplication.translate("MediaFields", "Latitude"),
        "longitude": QCoreApplication.translate("MediaFields", "Longitude"),
        "template": QCoreApplication.translate("MediaFields", "Template"),
        "status": QCoreApplication.translate("MediaFields", "Status"),
    }
    return labels.get(field, field)


class _ApplyDialog(QDialog):
    """OK runs ``apply``; a FieldError is shown in the dialog, which then stays open."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.apply: Callable[[], None] | None = None
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def _on_ok(self) -> None:
        try:
            if self.apply is not None:
                self.apply()
        except FieldError as exc:
            self.error_label.setText(field_error_message(exc))
            self.error_label.show()
            return
        self.accept()


class BulkEditDialog(_ApplyDialog):
    """Field + value, applied to every selected file."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the selected files (%n)", "", count))
        self.field_combo = QComboBox(self)
        for field in BULK_FIELDS:
            self.field_combo.addItem(field_label(field), field)
        self.value_edit = QLineEdit(self)
        self.value_edit.setPlaceholderText(self.tr("Leave empty to clear the field"))
        hint = QLabel(self.tr("Separate several categories with |"), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Field:"), self.field_combo)
        form.addRow(self.tr("&Value:"), self.value_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    @property
    def field(self) -> str:
        return str(self.field_combo.currentData())


class FindReplaceDialog(_ApplyDialog):
    """Find text, replace it, in one field or all text fields of the selected files."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and replace in the selected files (%n)", "", count))
        self.find_edit = QLineEdit(self)
        self.replace_edit = QLineEdit(self)
        self.field_combo = QComboBox(self)
        self.field_combo.addItem(self.tr("All text fields"), "")
        for field in REPLACE_FIELDS:
            self.field_combo.addItem(field_label(field), field)
        self.regex_box = QCheckBox(self.tr("Regular e&xpression"), self)
        self.case_box = QCheckBox(self.tr("Match &case"), self)
        self.case_box.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("F&ind:"), self.find_edit)
        form.addRow(self.tr("&Replace with:"), self.replace_edit)
        form.addRow(self.tr("I&n:"), self.field_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.regex_box)
        layout.addWidget(self.case_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    def fields(self) -> list[str]:
        chosen = str(self.field_combo.currentData())
        return [chosen] if chosen else list(REPLACE_FIELDS)
