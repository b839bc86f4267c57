"""Every field of one file, descriptions and captions per language, edited in place.

A field is committed while it is typed in (at most 300 ms after the first unsaved key,
:mod:`desktop_app.ui.autosave`) and when the user leaves it (Enter, Tab, click
elsewhere), always to the file the form shows; a refused value stays in the box with the
reason above the form, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.media_detail import DETAIL_FIELDS, ItemDetail
from desktop_app.ui.autosave import Autosave
from desktop_app.ui.focus_order import place_after
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.media.edit_dialogs import field_label

ERROR_STYLE = "color: #b00020;"


class _TextBox(QPlainTextEdit):
    """A multi-line box that says when the user is done with it (focus left)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class FieldsForm(Retranslatable, QWidget):
    """The form; ``commit(field, text)`` when a value was changed by the user."""

    commit = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ItemDetail | None = None
        self._shown: dict[str, str] = {}  # the text last shown or committed, per field
        self._stored: dict[str, str] = {}  # the value last read from the database
        self._typed: set[str] = set()  # fields typed in since their last commit
        self._autosave = Autosave(self.flush, self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit | _TextBox] = {}
        self._labels: dict[str, QLabel] = {}
        for field in DETAIL_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"field-{field}")
            self._add_row(field, edit)
        self.texts_form = QFormLayout()
        self.texts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language_edit = QLineEdit(self)
        self.language_edit.setMaximumWidth(90)
        self.add_description = QPushButton(self)
        self.add_caption = QPushButton(self)
        add_row = QHBoxLayout()
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_edit)
        add_row.addWidget(self.language_label)
        add_row.addWidget(self.language_edit)
        add_row.addStretch(1)
        # The buttons get a row of their own: beside the language code they pushed a narrow
        # pane (and longer translations) into sideways scrolling.
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_description)
        buttons_row.addWidget(self.add_caption)
        buttons_row.addStretch(1)
        self.texts_heading = QLabel(self)
        font = self.texts_heading.font()
        font.setBold(True)
        self.texts_heading.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.texts_heading)
        layout.addLayout(self.texts_form)
        layout.addLayout(add_row)
        layout.addLayout(buttons_row)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.add_description.clicked.connect(lambda: self._add_language("description"))
        self.add_caption.clicked.connect(lambda: self._add_language("caption"))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for field, label in self._labels.items():
            label.setText(self._label_text(field))
            self.edits[field].setAccessibleDescription(self._hint(field))
        self.texts_heading.setText(self.tr("Descriptions and captions"))
        self.language_label.setText(self.tr("&Language code:"))
        self.language_edit.setPlaceholderText(self.tr("e.g. sv"))
        self.add_description.setText(self.tr("Add description"))
        self.add_caption.setText(self.tr("Add caption"))
        self.add_description.setToolTip(self.tr("Adds a description in the language code above."))
        self.add_caption.setToolTip(self.tr("Adds a caption in the language code above."))
        categories = self.edits.get("categories")
        if categories is not None:
            categories.setToolTip(self.tr("Separate several categories with |"))

    @property
    def item_id(self) -> int | None:
        """The file the form shows: every commit is for it."""
        return self._detail.id if self._detail is not None else None

    def flush(self) -> None:
        """Commit what was typed now (before another file is shown, on hide)."""
        self._autosave.cancel()
        for field in sorted(self._typed):
            self._maybe_commit(field)
        self._typed.clear()

    def show_item(self, detail: ItemDetail | None) -> None:
        """Fill the form from ``detail`` (None: empty and disabled)."""
        same_item = self._detail is not None and detail is not None and self._detail.id == detail.id
        if not same_item:
            self.flush()  # what was typed belongs to the file shown until now
        self._detail = detail
        if not same_item:
            self.show_error("")
        self.setEnabled(detail is not None)
        self._rebuild_texts(detail)
        values = dict(detail.fields) if detail is not None else {}
        if detail is not None:
            for language, text in detail.descriptions.items():
                values[f"description:{language}"] = text
            for language, text in detail.captions.items():
                values[f"caption:{language}"] = text
        for field, edit in self.edits.items():
            text = values.get(field, "")
            stored_before = self._stored.get(field)
            self._stored[field] = text
            current = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            typing = edit.hasFocus() or text == stored_before
            if same_item and typing and current != text:
                # Being typed in (an autosave stored it trimmed), or typed and refused: the
                # user's text stays; it is committed again at the next save.
                continue
            self._shown[field] = text
            if isinstance(edit, QLineEdit):
                if edit.text() != text:
                    edit.setText(text)
                    edit.setCursorPosition(0)
                elif not same_item:
                    edit.setCursorPosition(0)
            elif edit.toPlainText() != text:
                edit.setPlainText(text)

    def commit_failed(self, field: str, message: str) -> None:
        """The last commit of ``field`` was not saved: show why, and commit it again later."""
        self._shown.pop(field, None)
        self._typed.add(field)
        self.show_error(message)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # -- internals ---------------------------------------------------------------------
    def _hint(self, field: str) -> str:
        """What a screen reader reads after the field's name."""
        base = field.partition(":")[0]
        hints = {
            "title": self.tr("The file's name on Commons, without “File:” and the extension."),
            "date": self.tr("When the work was made or the photo taken: a date, a year or circa."),
            "author": self.tr("Who made the work, as Commons should credit them."),
            "source": self.tr("Where the file comes from: the collection, an inventory number."),
            "institution": self.tr("The museum, archive or library that holds the original."),
            "categories": self.tr("Separate several categories with |"),
            "depicts": self.tr("Wikidata items the file shows (Q-numbers), separated by |."),
            "latitude": self.tr("Where the photo was taken, in decimal degrees north."),
            "longitude": self.tr("Where the photo was taken, in decimal degrees east."),
            "template": self.tr("The file page's layout: information, artwork or photograph."),
            "status": self.tr("Your own note of where the file stands: new, done, skip…"),
            "description": self.tr("What the file shows, in this language."),
            "caption": self.tr("One short line about the file, in this language."),
        }
        return hints.get(base, "")

    def _label_text(self, field: str) -> str:
        base, _colon, language = field.partition(":")
        if language:
            return f"{field_label(base)} ({language}):"
        return f"{field_label(field)}:"

    def _add_row(self, field: str, edit: QLineEdit | _TextBox, form: QFormLayout | None = None):
        label = QLabel(self._label_text(field), self)
        label.setBuddy(edit)
        edit.setAccessibleDescription(self._hint(field))
        (form or self.form).addRow(label, edit)
        self.edits[field] = edit
        self._labels[field] = label
        if isinstance(edit, QLineEdit):
            edit.editingFinished.connect(lambda f=field: self._maybe_commit(f))
            edit.textEdited.connect(lambda _text, f=field: self._on_typed(f))
        else:
            edit.editing_finished.connect(lambda f=field: self._maybe_commit(f))
            edit.textChanged.connect(lambda f=field: self._on_typed(f))

    def _rebuild_texts(self, detail: ItemDetail | None) -> None:
        wanted: list[str] = []
        if detail is not None:
            languages = [detail.batch_language, *detail.descriptions]
            wanted += [f"description:{code}" for code in dict.fromkeys(languages)]
            wanted += [f"caption:{code}" for code in detail.captions]
        current = [field for field in self.edits if ":" in field]
        if current == wanted:
            return
        for field in current:
            edit = self.edits.pop(field)
            self._labels.pop(field)
            self.texts_form.removeRow(edit)
            self._shown.pop(field, None)
            self._stored.pop(field, None)
        for field in wanted:
            self._text_row(field)

    def _text_row(self, field: str) -> None:
        edit: QLineEdit | _TextBox
        if field.startswith("description:"):
            edit = _TextBox(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        else:
            edit = QLineEdit(self)
        edit.setObjectName(f"field-{field}")
        self._add_row(field, edit, self.texts_form)
        # Made after the rest of the form, so Qt put it last; Tab goes as the form reads,
        # from the form's first widget (its error line) on.
        texts = [edit for field, edit in self.edits.items() if ":" in field]
        others = [edit for field, edit in self.edits.items() if ":" not in field]
        place_after(
            self.error_label,
            [*texts, self.language_edit, self.add_description, self.add_caption, *others],
        )

    def _add_language(self, kind: str) -> None:
        code = self.language_edit.text().strip().lower()
        if not code:
            self.language_edit.setFocus()
            return
        field = f"{kind}:{code}"
        if field not in self.edits:
            self._text_row(field)
            self._shown[field] = ""
        self.edits[field].setFocus(Qt.FocusReason.OtherFocusReason)
        self.language_edit.clear()

    def _on_typed(self, field: str) -> None:
        edit = self.edits.get(field)
        if self._detail is None or edit is None or not edit.hasFocus():
            return  # filled in by show_item, not typed
        self._typed.add(field)
        self._autosave.changed()

    def _maybe_commit(self, field: str) -> None:
        self._typed.discard(field)
        edit = self.edits.get(field)
        if edit is None or self._detail is None:
            return
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        if text != self._shown.get(field, ""):
            self._shown[field] = text
            self.commit.emit(field, text)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
