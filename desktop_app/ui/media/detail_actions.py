"""What the Media area's detail pane asks for, carried out: a typed field saved, a title
pattern applied, a problem's fix, the batch's licence and GPS policy.

All of it goes through :class:`~desktop_app.ui.media.edits.BatchEdits` (database first,
undoable); the table and the pane follow from its signals. Messages keep the
``MediaArea`` translation context they were written under.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.core.media_fields import FieldError
from desktop_app.core.titles import PatternError
from desktop_app.ui.disk_full import save_error_text
from desktop_app.ui.media.detail_pane import DetailPane
from desktop_app.ui.media.edits import BatchEdits
from desktop_app.ui.media.problem_text import field_error_message
from desktop_app.ui.media.table_editor import MediaTableEditor
from desktop_app.ui.text_patterns import listing

log = logging.getLogger(__name__)


class DetailActions(QObject):
    """Connects the detail pane's requests to the batch's edits."""

    def __init__(
        self,
        edits: BatchEdits,
        table: MediaTableEditor,
        detail: DetailPane,
        data_root: Path,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.edits, self.table, self.detail, self._data_root = edits, table, detail, data_root
        detail.fields.commit.connect(self.commit_field)
        detail.pattern.apply_requested.connect(self.apply_pattern)
        detail.settings.batch_licence_chosen.connect(self.set_batch_licence)
        detail.settings.file_licence_chosen.connect(
            lambda licence: self.commit_field("licence", licence)
        )
        detail.settings.gps_policy_chosen.connect(edits.set_gps_policy)
        detail.problems.fix_requested.connect(self.apply_fix)

    def commit_field(self, field: str, text: str) -> None:
        """Save text typed into one of the file's fields (a refusal is shown beside it)."""
        item_id = self.detail.fields.item_id  # the file the text was typed for
        if item_id is None:
            return
        try:
            self.edits.set_text([item_id], field, text, typing=True)
        except FieldError as exc:
            self.detail.fields.show_error(field_error_message(exc))
            return
        except Exception as error:  # a full disk: the text stays, and is saved again later
            log.exception("Saving %s of media item %s failed", field, item_id)
            self.detail.fields.commit_failed(field, save_error_text(error, self._data_root))
            return
        self.detail.fields.show_error("")

    def apply_pattern(self, pattern: str) -> None:
        """Titles from ``pattern`` for the selected files; the pattern is kept for the batch."""
        ids = self.table.selected_ids() or [i for i in [self.table.current_id()] if i is not None]
        if not ids or self.edits.batch_id is None:
            return
        pattern = pattern.strip() or self.detail.pattern.pattern_edit.placeholderText()
        try:
            changes = self.edits.apply_pattern(ids, pattern)
        except PatternError as exc:
            unknown = listing(exc.unknown)
            self.table.show_message(
                lambda: QCoreApplication.translate(
                    "MediaArea", "Unknown placeholders: {fields}"
                ).format(fields=unknown),
                error=True,
            )
            return
        self.edits.set_pattern(pattern)
        changed = len(changes)
        self.table.show_message(
            lambda: QCoreApplication.translate("MediaArea", "New titles: %n.", "", changed)
        )

    def apply_fix(self, fix: str, argument: str) -> None:
        """Carry out a problem's fix (from the problems panel)."""
        if fix == "set-licence" and argument:
            self.set_batch_licence(argument)
        elif fix == "strip-gps":
            self.edits.set_gps_policy("strip")
        elif fix == "apply-title-pattern":
            self.apply_pattern(self.detail.pattern.pattern())
        elif fix == "replace-title-characters" and argument:
            current = self.table.current_id()
            if current is not None:
                self.edits.set_text([current], "title", argument)

    def set_batch_licence(self, licence_id: str) -> None:
        self.edits.set_licence(licence_id or None)
