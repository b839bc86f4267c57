"""Writing one help request: the whole form, saved as you type, with Preview, Send, Withdraw.

Volunteers write these on trains and in archives where the laptop may die at any moment,
so the text reaches the database quickly: at most 300 ms after the first unsaved key, even
while typing goes on (:mod:`desktop_app.ui.autosave`), and at once when a field loses
focus, the area is left or the window closes. Saves run on the GUI thread on
purpose: each is one small SQLite commit, and doing them in order is what keeps the first
save (which creates the request) from racing a second one into a duplicate. Attaching a
file runs in the background (:mod:`desktop_app.ui.requests.attaching`).

Problems are shown under their fields: format errors as soon as something is typed,
everything (missing fields, hints) once the user has tried to send.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.core.form_checks import InvalidInput, field_of
from desktop_app.core.help_request import RequestForm
from desktop_app.core.help_request_delivery import RequestNotEditable, RequestState
from desktop_app.core.problems import Problem
from desktop_app.services.disk_space import folder_of
from desktop_app.services.requests.drafts import (
    get_request,
    new_request,
    preview_request,
    request_defaults,
    update_request,
    validate,
)
from desktop_app.services.requests.queueing import queue_request, withdraw_request
from desktop_app.services.requests.views import HelpRequestSummary
from desktop_app.ui.autosave import Autosave
from desktop_app.ui.disk_full import save_error_text
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.message_label import MessageLabel
from desktop_app.ui.requests.attaching import Attaching
from desktop_app.ui.requests.field_row import ERROR_STYLE
from desktop_app.ui.requests.form_view import RequestFormView
from desktop_app.ui.requests.preview_dialog import PreviewDialog
from desktop_app.ui.requests.problem_text import problem_text

if TYPE_CHECKING:
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)

SENDABLE_STATES = (RequestState.DRAFT, RequestState.FAILED)
WITHDRAWABLE_STATES = (RequestState.QUEUED, RequestState.FAILED)
# Refusals fixed in Settings (where the helpdesk and its page are chosen).
HELPDESK_SETUP_CODES = frozenset({"helpdesk.page_not_chosen", "helpdesk.no_channel"})


def is_editable(summary: HelpRequestSummary | None) -> bool:
    """Drafts, queued and failed requests can change; once any channel delivered, never."""
    return summary is None or summary.editable


class RequestEditor(Retranslatable, QWidget):
    """The form of one request, its autosave, and the actions on it."""

    saved = Signal(int)  # request id, after every successful save
    queued = Signal(int)  # request id, now in the outbox
    withdrawn = Signal(int)  # request id, back to draft
    settings_requested = Signal()  # the helpdesk is what must be set up first

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._data_folder = folder_of(db)
        self._request_id: int | None = None
        self._summary: HelpRequestSummary | None = None
        self._defaults: dict[str, Any] = {}
        self._dirty = False
        self._send_attempted = False
        self._refusal: list[Problem] = []  # shown again in a new language
        self.preview_dialog: PreviewDialog | None = None

        self._autosave = Autosave(self.flush, self)
        self.attaching = Attaching(self)

        self.form = RequestFormView(self)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("sendProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.hide()
        self.save_status = MessageLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("composerOpenSettings")
        self.settings_button.hide()
        self.preview_button = QPushButton(self)
        self.preview_button.setObjectName("previewButton")
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.setObjectName("withdrawButton")
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_status, 1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form, 1)
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem_label, 1)
        problem_row.addWidget(self.settings_button)
        layout.addLayout(problem_row)
        layout.addLayout(buttons)

        self.form.edited.connect(self._on_edited)
        self.form.focus_left.connect(self.flush)
        self.form.attachments.add_requested.connect(self.attaching.add)
        self.form.attachments.remove_requested.connect(self.attaching.remove)
        self.preview_button.clicked.connect(self.show_preview)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.send_button.clicked.connect(self.send)
        self.settings_button.clicked.connect(self.settings_requested)
        self.retranslate_ui()
        self.start_new()

    # -- the two most used fields, by name (tests and the area focus them) ---------------
    @property
    def subject_edit(self) -> Any:
        return self.form.rows["subject"].editor

    @property
    def body_edit(self) -> Any:
        return self.form.rows["body"].editor

    @property
    def request_id(self) -> int | None:
        return self._request_id

    @property
    def db(self) -> Database:
        return self._db

    # -- opening -------------------------------------------------------------------------
    def start_new(self) -> None:
        """Save what is open, then offer a new form prefilled with who is asking."""
        self.flush()
        defaults = request_defaults(self._db)
        self._show(None, defaults, None)
        self._defaults = self.form.values()
        self.form.attachments.set_attachments(())
        self.subject_edit.setFocus()

    def open_request(self, request_id: int, *, force: bool = False) -> None:
        """Save what is open, then show a stored request."""
        if request_id == self._request_id and not force:
            return
        self.flush()
        detail = get_request(self._db, request_id)
        self._show(request_id, detail.form, detail.summary)
        self.form.attachments.set_attachments(detail.attachments)
        self._validate()

    def set_summary(self, summary: HelpRequestSummary) -> None:
        """The list learned where the open request stands now (queued, sent...)."""
        if summary.id == self._request_id:
            self._summary = summary
            self.update_controls()
            self._update_status_text()

    # -- saving --------------------------------------------------------------------------
    def flush(self, *, create: bool = False) -> bool:
        """Write pending edits now; True when nothing is left unsaved.

        ``create`` makes a draft even from an untouched form (to attach a file to it).
        """
        self._autosave.cancel()
        if not self._dirty and not (create and self._request_id is None):
            return True
        values = self.form.values()
        if self._request_id is None and values == self._defaults and not create:
            self._dirty = False  # nothing typed: no empty draft in the list
            return True
        try:
            if self._request_id is None:
                self._request_id = new_request(self._db, **values)
            else:
                update_request(self._db, self._request_id, **values)
        except RequestNotEditable:
            log.warning("Request %s was sent meanwhile; edits not saved", self._request_id)
            self._dirty = False
            self.save_status.show_message(lambda: self.tr("Already sent; changes cannot be saved."))
            if self._request_id is not None:
                self.open_request(self._request_id, force=True)
            return False
        except Exception as error:
            needle = note_failure(log, "Saving request draft failed", error)
            failed, folder = error, self._data_folder  # ``error`` ends with this block
            self.save_status.show_message(
                lambda: save_error_text(failed, folder), problem=True, details=needle
            )
            return False
        self._dirty = False
        self._validate()
        self._update_status_text()
        self.update_controls()
        self.saved.emit(self._request_id)
        return True

    # -- actions -------------------------------------------------------------------------
    def send(self) -> None:
        """Queue the request; a refusal is shown next to the fields it concerns."""
        if not self.flush(create=True) or self._request_id is None:
            return
        self._send_attempted = True
        try:
            queue_request(self._db, self._request_id)
        except InvalidInput as refusal:
            self._show_refusal(refusal.problems)
            return
        self.problem_label.hide()
        self.settings_button.hide()
        self._refusal = []
        self._send_attempted = False  # accepted: hints need not shout any more
        self._validate()
        self.queued.emit(self._request_id)

    def withdraw(self) -> None:
        """Take a queued (or failed) request back to draft, out of the outbox."""
        if self._request_id is None or not self.flush():
            return
        try:
            withdraw_request(self._db, self._request_id)
        except RequestNotEditable:
            self.save_status.show_message(lambda: self.tr("Already sent; it cannot be withdrawn."))
        self.withdrawn.emit(self._request_id)

    def show_preview(self) -> None:
        """Show exactly what would be sent now (wikitext and mail)."""
        if not self.flush(create=True) or self._request_id is None:
            return
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        self.preview_dialog = PreviewDialog(preview_request(self._db, self._request_id), self)
        self.preview_dialog.open()

    # -- Qt ------------------------------------------------------------------------------
    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.flush()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate_ui(self) -> None:
        self.preview_button.setText(self.tr("&Preview…"))
        self.preview_button.setToolTip(self.tr("See the exact wiki text and email"))
        self.withdraw_button.setText(self.tr("&Withdraw"))
        self.withdraw_button.setToolTip(
            self.tr("Take the request out of the outbox; it becomes a draft again")
        )
        self.send_button.setText(self.tr("Sen&d"))
        self.send_button.setToolTip(
            self.tr("Queue this request; it is posted to the helpdesk when you are online.")
        )
        self.settings_button.setText(self.tr("Open &Settings"))
        self._render_refusal()

    # -- internals -----------------------------------------------------------------------
    def _show(
        self, request_id: int | None, form: RequestForm, summary: HelpRequestSummary | None
    ) -> None:
        self._request_id = request_id
        self._summary = summary
        self._dirty = False
        self._send_attempted = summary is not None and summary.state == RequestState.FAILED
        self.attaching.problems = []
        self._refusal = []
        self.problem_label.hide()
        self.settings_button.hide()
        self.form.set_values(form)
        self.form.show_problems([])
        self.update_controls()
        self._update_status_text()

    def _on_edited(self) -> None:
        if not is_editable(self._summary):
            return
        self._dirty = True
        if not self.save_status.styleSheet():  # a failed save's reason stays up
            self.save_status.show_message(lambda: self.tr("Saving…"))
        self._autosave.changed()
        self.update_controls()

    def _validate(self) -> None:
        if self._request_id is None:
            self.form.show_problems(self.attaching.problems)
            return
        self.show_problems(validate(self._db, self._request_id))

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Format errors in filled fields always; the rest once Send was tried."""
        values = self.form.values()

        def shown(problem: Problem) -> bool:
            if self._send_attempted:
                return True
            field = field_of(problem)
            return problem.blocking and (field == "attachments" or bool(values.get(field)))

        visible = [problem for problem in problems if shown(problem)]
        if not any(problem.blocking for problem in problems):
            self.problem_label.hide()  # the refusal was fixed; do not leave it standing
            self.settings_button.hide()
            self._refusal = []
        return self.form.show_problems(visible + self.attaching.problems)

    def _show_refusal(self, problems: list[Problem]) -> None:
        self._refusal = list(problems)
        self._render_refusal()
        fields = [field_of(problem) for problem in problems if field_of(problem)]
        if fields:
            self.form.reveal(fields[0])

    def _render_refusal(self) -> None:
        """The refusal in the current language (again after a language switch)."""
        problems = self._refusal
        if not problems:
            return
        unplaced = self.show_problems(problems)
        lines = [self.tr("Not sent: please fix what is marked in the form.")]
        lines += [problem_text(problem) for problem in unplaced]
        if len(unplaced) == len(problems):
            lines = lines[1:]  # nothing marked in the form: say only what is wrong
        self.problem_label.setText("\n".join(lines))
        self.problem_label.show()
        helpdesk = {problem.code for problem in problems} & HELPDESK_SETUP_CODES
        self.settings_button.setVisible(bool(helpdesk))

    def update_controls(self) -> None:
        editable = is_editable(self._summary)
        state = self._summary.state if self._summary is not None else RequestState.DRAFT
        self.form.set_read_only(not editable)
        complete = bool(self.subject_edit.text().strip() and self.body_edit.toPlainText().strip())
        self.send_button.setEnabled(editable and complete and state in SENDABLE_STATES)
        self.withdraw_button.setVisible(editable and state in WITHDRAWABLE_STATES)
        self.preview_button.setEnabled(self._request_id is not None or self._dirty)

    def _update_status_text(self) -> None:
        self.save_status.setStyleSheet("")
        state = self._summary.state if self._summary is not None else RequestState.DRAFT
        if not is_editable(self._summary):
            self.save_status.show_message(lambda: self.tr("Sent requests cannot be changed."))
        elif self._request_id is None:
            self.save_status.show_message(lambda: self.tr("New request, not saved yet"))
        elif self._dirty:
            self.save_status.show_message(lambda: self.tr("Saving…"))
        elif state == RequestState.QUEUED:
            self.save_status.show_message(
                lambda: self.tr("Saved. It has not gone out yet, so your changes go with it.")
            )
        else:
            self.save_status.show_message(lambda: self.tr("Saved"))
