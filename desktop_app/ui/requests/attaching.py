"""Attaching files to the open help request and removing them.

A file is read in the background (up to a few MB, maybe from a slow USB stick); the
request is saved first, so there is a draft to attach to. A refused file says why under
the list. Texts keep the ``RequestEditor`` translation context.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.core.form_checks import InvalidInput
from desktop_app.core.help_request_delivery import RequestNotEditable
from desktop_app.core.problems import Problem
from desktop_app.services.requests.attachments import add_attachment, remove_attachment
from desktop_app.services.requests.drafts import get_request
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.operations import OpContext, run_in_background

if TYPE_CHECKING:
    from desktop_app.ui.areas.request_editor import RequestEditor

log = logging.getLogger(__name__)


class Attaching(QObject):
    """The request editor's attachment list actions; ``problems``: the last refusals."""

    def __init__(self, editor: RequestEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.problems: list[Problem] = []  # why files were refused, shown under the list

    def add(self, paths: list[str]) -> None:
        """Attach files (read in the background); a refused file says why under the list."""
        editor = self.editor
        if not editor.flush(create=True) or editor.request_id is None:
            return
        request_id, db = editor.request_id, editor.db

        def attach(_op: OpContext) -> list[Problem]:
            problems: list[Problem] = []
            for path in paths:
                try:
                    add_attachment(db, request_id, path)
                except InvalidInput as refusal:
                    problems.extend(refusal.problems)
            return problems

        editor.form.attachments.add_button.setEnabled(False)
        run_in_background(
            attach,
            success=lambda problems: self._changed(request_id, problems),
            failure=lambda error: self._changed(request_id, [], error),
            name="attach-files",
            owner=editor,
        )

    def remove(self, attachment_id: int) -> None:
        request_id = self.editor.request_id
        if request_id is None:
            return
        try:
            remove_attachment(self.editor.db, attachment_id)
        except RequestNotEditable:
            return
        self._changed(request_id, [])

    def _changed(
        self, request_id: int, problems: list[Problem], error: BaseException | None = None
    ) -> None:
        editor = self.editor
        if request_id != editor.request_id:
            return
        self.problems = problems
        if error is not None:
            needle = note_failure(log, "Attaching files failed", error)
            editor.save_status.show_message(
                lambda: QCoreApplication.translate("RequestEditor", "Could not attach."),
                problem=True,
                details=needle,
            )
        detail = get_request(editor.db, request_id)
        editor.form.attachments.set_attachments(detail.attachments)
        editor.show_problems(list(detail.problems))
        editor.update_controls()
        editor.saved.emit(request_id)
