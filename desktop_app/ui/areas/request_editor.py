"""Writing one help request, saved as you type.

Volunteers write these on trains and in archives where the laptop may die at any moment,
so the text reaches the database quickly: 500 ms after typing pauses, and at once when a
field loses focus, the area is left or the window closes. Saves run on the GUI thread on
purpose: each is one small SQLite commit, and doing them in order is what keeps the first
save (which creates the request) from racing a second one into a duplicate.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.help_requests import RequestNotEditable, save_draft
from desktop_app.store.db import Database
from desktop_app.store.models import HelpRequest, RequestState
from desktop_app.ui.i18n import Retranslatable

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 500
SUBJECT_MAX_LENGTH = 300  # the column's size
READ_ONLY_STATES = (RequestState.SENT, RequestState.SENDING)


def load_request_text(db: Database, request_id: int) -> tuple[str, str, str]:
    """Subject, body and state of one request.

    The services layer lists summaries without bodies; until it offers a getter this
    reads the row directly (read-only).
    """
    with db.session() as session:
        request = session.get_one(HelpRequest, request_id)
        return request.subject, request.body, request.state


class RequestEditor(Retranslatable, QWidget):
    """Subject and body of one request, with autosave and a Send button."""

    saved = Signal(int)  # request id, after every successful save
    send_requested = Signal(int)  # request id, already saved

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._request_id: int | None = None
        self._state: str = RequestState.DRAFT
        self._dirty = False
        self._loading = False

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.flush)

        self.subject_edit = QLineEdit(self)
        self.subject_edit.setMaxLength(SUBJECT_MAX_LENGTH)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setTabChangesFocus(True)  # keyboard users must be able to leave it
        self.subject_label = QLabel(self)
        self.subject_label.setBuddy(self.subject_edit)
        self.body_label = QLabel(self)
        self.body_label.setBuddy(self.body_edit)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_status, 1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.subject_edit)
        layout.addWidget(self.body_label)
        layout.addWidget(self.body_edit, 1)  # the message gets all the height there is
        layout.addLayout(buttons)

        self.subject_edit.textChanged.connect(self._on_edited)
        self.body_edit.textChanged.connect(self._on_edited)
        self.subject_edit.editingFinished.connect(self.flush)
        self.body_edit.installEventFilter(self)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.retranslate_ui()
        self._update_controls()

    # -- public --------------------------------------------------------------------------
    @property
    def request_id(self) -> int | None:
        return self._request_id

    def start_new(self) -> None:
        """Save what is open, then offer empty fields for a new request."""
        self.flush()
        self._show(None, "", "", RequestState.DRAFT)
        self.subject_edit.setFocus()

    def open_request(self, request_id: int) -> None:
        """Save what is open, then show a stored request."""
        if request_id == self._request_id:
            return
        self.flush()
        subject, body, state = load_request_text(self._db, request_id)
        self._show(request_id, subject, body, state)

    def set_state(self, state: str) -> None:
        """The list learned a new state for the open request (e.g. it was sent)."""
        if state != self._state:
            self._state = state
            self._update_controls()

    def flush(self) -> bool:
        """Write pending edits now; True when nothing is left unsaved."""
        self._autosave.stop()
        if not self._dirty:
            return True
        subject, body = self.subject_edit.text(), self.body_edit.toPlainText()
        if self._request_id is None and not subject.strip() and not body.strip():
            self._dirty = False  # nothing typed: no empty draft in the list
            return True
        try:
            self._request_id = save_draft(
                self._db, subject=subject, body=body, request_id=self._request_id
            )
        except RequestNotEditable:
            log.warning("Request %s was sent meanwhile; edits not saved", self._request_id)
            self.save_status.setText(self.tr("Already sent; changes cannot be saved."))
            self._state = RequestState.SENT
            self._dirty = False
            self._update_controls()
            return False
        except Exception as error:
            log.exception("Saving request draft failed")
            self.save_status.setText(self.tr("Could not save: {error}").format(error=error))
            return False
        self._dirty = False
        self.save_status.setText(self.tr("Saved"))
        self.saved.emit(self._request_id)
        self._update_controls()
        return True

    # -- Qt ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.flush()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate_ui(self) -> None:
        self.subject_label.setText(self.tr("&Subject"))
        self.body_label.setText(self.tr("&Message to the helpdesk"))
        self.subject_edit.setPlaceholderText(self.tr("What do you need help with?"))
        self.body_edit.setPlaceholderText(
            self.tr(
                "Describe the partner, the files and what you tried. "
                "Your text is saved as you type."
            )
        )
        self.send_button.setText(self.tr("Se&nd"))
        self.send_button.setToolTip(
            self.tr("Queue this request; it is posted to the helpdesk page when you are online.")
        )
        self._update_status_text()

    # -- internals -----------------------------------------------------------------------
    def _show(self, request_id: int | None, subject: str, body: str, state: str) -> None:
        self._loading = True
        try:
            self._request_id = request_id
            self._state = state
            self.subject_edit.setText(subject)
            self.body_edit.setPlainText(body)
        finally:
            self._loading = False
        self._dirty = False
        self._update_controls()
        self._update_status_text()

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.save_status.setText(self.tr("Saving…"))
        self._autosave.start()
        self._update_controls()

    def _on_send_clicked(self) -> None:
        if self.flush() and self._request_id is not None:
            self.send_requested.emit(self._request_id)

    def _update_controls(self) -> None:
        editable = self._state not in READ_ONLY_STATES
        self.subject_edit.setReadOnly(not editable)
        self.body_edit.setReadOnly(not editable)
        complete = bool(self.subject_edit.text().strip() and self.body_edit.toPlainText().strip())
        self.send_button.setEnabled(
            editable and complete and self._state in (RequestState.DRAFT, RequestState.FAILED)
        )

    def _update_status_text(self) -> None:
        if self._state in READ_ONLY_STATES:
            self.save_status.setText(self.tr("Sent requests cannot be changed."))
        elif self._request_id is None:
            self.save_status.setText(self.tr("New request, not saved yet"))
        elif not self._dirty:
            self.save_status.setText(self.tr("Saved"))
