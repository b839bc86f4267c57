"""One checklist step: its state, note, due date and who does it — saved as you go.

The state is saved the moment it is chosen (it moves the progress bar); the texts at most
300 ms after the first unsaved key (:mod:`desktop_app.ui.autosave`) and when they lose
focus, like every other form in Fieldkit. The
step's guide and "ask the helpdesk" are here too, because that is where a volunteer
stands when they get stuck.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.form_checks import InvalidInput
from desktop_app.services.catalogues import UnknownGuide, get_guide
from desktop_app.services.checklists import ChecklistItemView, update_item
from desktop_app.services.disk_space import folder_of
from desktop_app.ui.accessible import describe
from desktop_app.ui.autosave import Autosave
from desktop_app.ui.bidi import follow_text_direction
from desktop_app.ui.disk_full import save_error_text
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.partnerships.texts import problem_text
from desktop_app.ui.requests.field_row import ERROR_STYLE

if TYPE_CHECKING:
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)

STATUSES = ("open", "done", "not_applicable")
TEXT_FIELDS = ("note", "due_on", "responsible")


class ChecklistItemEditor(Retranslatable, QWidget):
    """Editor for the selected step; ``changed`` after each save, with the item id."""

    changed = Signal(int)
    guide_requested = Signal(str)  # guide id
    help_requested = Signal(int)  # checklist item id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._data_folder = folder_of(db)
        self._item: ChecklistItemView | None = None
        self._dirty: set[str] = set()
        self._language = "en"

        self._autosave = Autosave(self.flush, self)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("stepTitle")
        self.title_label.setWordWrap(True)
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.help_label = QLabel(self)
        self.help_label.setObjectName("stepHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_buttons = QButtonGroup(self)
        status_row = QHBoxLayout()
        for number, status in enumerate(STATUSES):
            button = QRadioButton(self)
            button.setObjectName(f"status_{status}")
            self.status_buttons.addButton(button, number)
            status_row.addWidget(button)
        status_row.addStretch(1)
        self.status_buttons.idClicked.connect(self._on_status_clicked)

        self.due_edit = QLineEdit(self)
        self.due_edit.setObjectName("stepDue")
        self.responsible_edit = QLineEdit(self)
        self.responsible_edit.setObjectName("stepResponsible")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("stepNote")
        follow_text_direction(self.note_edit)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.due_label = QLabel(self)
        self.due_label.setBuddy(self.due_edit)
        self.responsible_label = QLabel(self)
        self.responsible_label.setBuddy(self.responsible_edit)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note_edit)
        self.due_message = QLabel(self)
        self.due_message.setObjectName("stepDueMessage")
        self.due_message.setWordWrap(True)
        self.due_message.setStyleSheet(ERROR_STYLE)
        self.due_message.hide()
        self.save_message = QLabel(self)
        self.save_message.setObjectName("stepSaveMessage")
        self.save_message.setWordWrap(True)
        self.save_message.setStyleSheet(ERROR_STYLE)
        self.save_message.hide()
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {
            "note": self.note_edit,
            "due_on": self.due_edit,
            "responsible": self.responsible_edit,
        }
        self.due_edit.textChanged.connect(lambda _t: self._on_text_edited("due_on"))
        self.responsible_edit.textChanged.connect(lambda _t: self._on_text_edited("responsible"))
        self.note_edit.textChanged.connect(lambda: self._on_text_edited("note"))
        for editor in self.edits.values():
            editor.installEventFilter(self)

        self.guide_button = QPushButton(self)
        self.guide_button.setObjectName("openGuideButton")
        self.ask_button = QPushButton(self)
        self.ask_button.setObjectName("askHelpdeskButton")
        self.guide_button.clicked.connect(self._open_guide)
        self.ask_button.clicked.connect(self._ask_helpdesk)

        fields = QGridLayout()
        fields.setHorizontalSpacing(12)
        fields.addWidget(self.due_label, 0, 0)
        fields.addWidget(self.responsible_label, 0, 1)
        fields.addWidget(self.due_edit, 1, 0)
        fields.addWidget(self.responsible_edit, 1, 1)
        fields.addWidget(self.due_message, 2, 0, 1, 2)
        fields.addWidget(self.note_label, 3, 0, 1, 2)
        fields.addWidget(self.note_edit, 4, 0, 1, 2)
        fields.addWidget(self.save_message, 5, 0, 1, 2)
        fields.setColumnStretch(0, 1)
        fields.setColumnStretch(1, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.guide_button)
        actions.addWidget(self.ask_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.help_label)
        layout.addLayout(status_row)
        layout.addLayout(actions)  # before the fields: visible without scrolling
        layout.addLayout(fields)
        layout.addStretch(1)
        self.retranslate_ui()
        self.show_item(None)

    @property
    def item_id(self) -> int | None:
        return self._item.id if self._item is not None else None

    # -- opening -------------------------------------------------------------------------
    def show_item(self, item: ChecklistItemView | None, language: str = "en") -> None:
        """Save the step that is open, then show ``item`` (None: nothing chosen)."""
        if item is not None and self._item is not None and item.id == self._item.id:
            self._item = item  # the same step reloaded: keep what is being typed
            return
        self.flush()
        self._item = item
        self._language = language
        self._dirty.clear()
        self.due_message.hide()
        self.setEnabled(item is not None)
        self.title_label.setText(item.title if item else self.tr("Choose a step in the list."))
        self.help_label.setText(item.help if item else "")
        self.help_label.setVisible(bool(item and item.help))
        status = item.status if item else "open"
        button = self.status_buttons.button(STATUSES.index(status) if status in STATUSES else 0)
        button.setChecked(True)
        for field, editor in self.edits.items():
            editor.blockSignals(True)
            value = getattr(item, field) if item else ""
            text = value.isoformat() if hasattr(value, "isoformat") else str(value or "")
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(text)
            else:
                editor.setText(text)
            editor.blockSignals(False)
        self._show_guide_button(item, language)
        self.ask_button.setVisible(item is not None)

    # -- saving --------------------------------------------------------------------------
    def flush(self) -> bool:
        """Write the typed note, due date and person now; False if the date was refused."""
        self._autosave.cancel()
        if self._item is None or not self._dirty:
            return True
        changes = {field: self._text(field) for field in self._dirty}
        item_id = self._item.id
        due = changes.pop("due_on", None)
        ok = True
        try:
            if changes:
                update_item(self._db, item_id, **changes)
        except Exception as error:  # a full disk: say so, stay dirty, try again later
            log.exception("Saving checklist step %s failed", item_id)
            self.save_message.setText(save_error_text(error, self._data_folder))
            self.save_message.show()
            return False
        self.save_message.hide()
        self._dirty.clear()
        if due is not None:
            try:
                update_item(self._db, item_id, due_on=due)
                self.due_message.hide()
            except InvalidInput as refusal:
                self.due_message.setText("\n".join(problem_text(p) for p in refusal.problems))
                self.due_message.show()
                ok = False
        self.changed.emit(item_id)
        return ok

    def set_status(self, status: str) -> None:
        """Record the step's state at once (also what the list's checkbox calls)."""
        if self._item is None:
            return
        self.flush()
        update_item(self._db, self._item.id, status=status)
        self.status_buttons.button(STATUSES.index(status)).setChecked(True)
        self.changed.emit(self._item.id)

    # -- Qt ------------------------------------------------------------------------------
    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.flush()
        super().hideEvent(event)  # type: ignore[arg-type]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self.edits.values():
            self.flush()
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        where = self.tr("Where this step stands.")
        describe({button: where for button in self.status_buttons.buttons()})
        describe({self.note_edit: self.tr("Your note on this step: what was done, what is next.")})
        texts = (self.tr("Not &done"), self.tr("D&one"), self.tr("Not appl&icable"))
        for number, text in enumerate(texts):
            self.status_buttons.button(number).setText(text)
        self.due_label.setText(self.tr("D&ue on"))
        self.due_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.responsible_label.setText(self.tr("&Who does it"))
        self.responsible_edit.setPlaceholderText(self.tr("name"))
        self.note_label.setText(self.tr("N&ote"))
        self.guide_button.setText(self.tr("Read the &guide"))
        self.ask_button.setText(self.tr("As&k the helpdesk about this step…"))
        self.ask_button.setToolTip(
            self.tr("Start a help request about this step; you can edit it before sending.")
        )
        if self._item is None:
            self.title_label.setText(self.tr("Choose a step in the list."))
        self._show_guide_button(self._item, self._language)

    # -- internals -----------------------------------------------------------------------
    def _text(self, field: str) -> str:
        editor = self.edits[field]
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def _on_text_edited(self, field: str) -> None:
        if self._item is None:
            return
        self._dirty.add(field)
        self._autosave.changed()

    def _on_status_clicked(self, number: int) -> None:
        self.set_status(STATUSES[number])

    def _show_guide_button(self, item: ChecklistItemView | None, language: str) -> None:
        title = ""
        if item is not None and item.guide:
            try:
                title = get_guide(item.guide, language).title
            except UnknownGuide:
                log.warning("Checklist step %s links to a missing guide %s", item.key, item.guide)
        self.guide_button.setVisible(bool(title))
        # The title can be long: it goes in the tooltip, the button stays short.
        self.guide_button.setToolTip(self.tr("Open the guide “{title}”").format(title=title))

    def _open_guide(self) -> None:
        if self._item is not None and self._item.guide:
            self.guide_requested.emit(self._item.guide)

    def _ask_helpdesk(self) -> None:
        if self._item is not None:
            self.flush()
            self.help_requested.emit(self._item.id)
