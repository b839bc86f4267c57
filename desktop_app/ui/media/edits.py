"""Every edit of a batch goes through here, so every edit is undoable the same way.

The services do the work and return what they replaced (``FieldChange`` lists, or the
previous batch setting); this module wraps each outcome in a ``QUndoCommand`` on one
``QUndoStack``. Undo and redo call ``apply_changes`` again; views listen to
``fields_changed`` / ``batch_changed`` and refresh only what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.services.media_batches import set_batch_licence, set_batch_pattern, set_gps_policy
from desktop_app.services.media_edit import (
    FieldChange,
    apply_changes,
    apply_title_pattern,
    fill_down,
    find_replace,
    set_field_text,
)
from desktop_app.services.media_sheets import ApplyReport, apply_sheet

if TYPE_CHECKING:
    from desktop_app.store.db import Database


TYPING_ID = 1  # QUndoCommand.id() of typed text in one field of one file (merged)


class _ChangesCommand(QUndoCommand):
    """Field changes already written once; undo writes the old values, redo the new.

    Text typed into one field of one file is saved while typing goes on (autosave); the
    saves merge into one step, so undo takes the whole edit back, not a few letters.
    """

    def __init__(
        self, edits: BatchEdits, changes: list[FieldChange], text: str, typing: bool = False
    ) -> None:
        super().__init__(text)
        self._edits = edits
        self._changes = changes
        self._first = True
        self._typing = typing and len(changes) == 1

    def id(self) -> int:
        return TYPING_ID if self._typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _ChangesCommand) or not other._typing:
            return False
        mine, theirs = self._changes[0], other._changes[0]
        if (mine.item_id, mine.field) != (theirs.item_id, theirs.field):
            return False
        self._changes = [FieldChange(mine.item_id, mine.field, mine.old, theirs.new)]
        return True

    def redo(self) -> None:
        if self._first:  # the service already wrote it when the command was made
            self._first = False
            return
        self._edits._write(self._changes, undo=False)

    def undo(self) -> None:
        self._edits._write(self._changes, undo=True)


class _SettingCommand(QUndoCommand):
    """A batch setting (licence, GPS policy, title pattern) with its previous value."""

    def __init__(
        self,
        edits: BatchEdits,
        setter: Callable[[object], object],
        old: object,
        new: object,
        text: str,
    ) -> None:
        super().__init__(text)
        self._edits, self._setter, self._old, self._new = edits, setter, old, new
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._setter(self._new)
        self._edits.batch_changed.emit()

    def undo(self) -> None:
        self._setter(self._old)
        self._edits.batch_changed.emit()


class BatchEdits(QObject):
    """The batch being edited, its undo stack, and every way to change it."""

    fields_changed = Signal(object)  # list[FieldChange] just written (new or, on undo, old)
    batch_changed = Signal()  # a batch setting changed: checks and wikitext are stale

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.batch_id: int | None = None
        self.undo_stack = QUndoStack(self)

    def set_batch(self, batch_id: int | None) -> None:
        """Edit another batch; undo history belongs to a batch, so it starts empty."""
        self.batch_id = batch_id
        self.undo_stack.clear()

    # -- field edits (each raises FieldError before changing anything) ------------------
    def set_text(
        self, ids: Sequence[int], field: str, text: str, *, typing: bool = False
    ) -> list[FieldChange]:
        """Text into ``field`` of ``ids``; raises FieldError for a bad value.

        ``typing``: a save made while the user types in the detail form, merged with the
        previous one of the same field into one undo step; a cell edit or a fix is a step
        of its own.
        """
        changes = set_field_text(self.db, ids, field, text)
        return self._record(changes, self.tr("Edit"), typing=typing)

    def fill_down(self, ids_in_view_order: Sequence[int], field: str) -> list[FieldChange]:
        """The first selected row's value into the other selected rows."""
        changes = fill_down(self.db, ids_in_view_order, field)
        return self._record(changes, self.tr("Fill down"))

    def find_replace(
        self,
        ids: Sequence[int],
        fields: Sequence[str],
        find: str,
        replace: str,
        *,
        regex: bool = False,
        case_sensitive: bool = True,
    ) -> list[FieldChange]:
        """Replace text in ``fields`` of ``ids``; FieldError (nothing changed) if invalid."""
        changes = find_replace(
            self.db, ids, fields, find, replace, regex=regex, case_sensitive=case_sensitive
        )
        return self._record(changes, self.tr("Find and replace"))

    def apply_pattern(self, ids: Sequence[int], pattern: str) -> list[FieldChange]:
        """Titles from ``pattern`` for ``ids``; PatternError if it names unknown fields."""
        assert self.batch_id is not None
        changes = apply_title_pattern(self.db, self.batch_id, list(ids), pattern)
        return self._record(changes, self.tr("Apply title pattern"))

    def apply_sheet(self, path: Path) -> ApplyReport:
        """Apply a CSV/XLSX file; the whole import is one undo step."""
        assert self.batch_id is not None
        report = apply_sheet(self.db, self.batch_id, path)
        self._record(report.changes, self.tr("Spreadsheet"))
        return report

    # -- batch settings -----------------------------------------------------------------
    def set_licence(self, licence_id: str | None) -> None:
        """The batch's default licence (files without their own licence use it)."""
        batch_id = self._require_batch()

        def write(value: object) -> None:
            set_batch_licence(self.db, batch_id, value if isinstance(value, str) else None)

        old = set_batch_licence(self.db, batch_id, licence_id)
        self._push_setting(write, old, licence_id, self.tr("Batch licence"))

    def set_gps_policy(self, policy: str) -> None:
        """Keep or strip camera locations for the whole batch."""
        batch_id = self._require_batch()

        def write(value: object) -> None:
            set_gps_policy(self.db, batch_id, str(value))

        old = set_gps_policy(self.db, batch_id, policy)
        self._push_setting(write, old, policy, self.tr("Location policy"))

    def set_pattern(self, pattern: str) -> None:
        """Remember the batch's title pattern (not applied to any file by itself)."""
        batch_id = self._require_batch()

        def write(value: object) -> None:
            set_batch_pattern(self.db, batch_id, str(value))

        old = set_batch_pattern(self.db, batch_id, pattern)
        if old != pattern:
            self._push_setting(write, old, pattern, self.tr("Title pattern"))

    # -- internals ---------------------------------------------------------------------
    def _require_batch(self) -> int:
        if self.batch_id is None:
            raise LookupError("no batch chosen")
        return self.batch_id

    def _record(
        self, changes: list[FieldChange], text: str, typing: bool = False
    ) -> list[FieldChange]:
        if changes:
            self.undo_stack.push(_ChangesCommand(self, changes, text, typing))
            self.fields_changed.emit(changes)
        return changes

    def _push_setting(
        self, write: Callable[[object], object], old: object, new: object, text: str
    ) -> None:
        self.undo_stack.push(_SettingCommand(self, write, old, new, text))
        self.batch_changed.emit()

    def _write(self, changes: list[FieldChange], *, undo: bool) -> None:
        apply_changes(self.db, changes, undo=undo)
        if undo:
            reverted = [FieldChange(c.item_id, c.field, c.new, c.old) for c in changes]
            self.fields_changed.emit(reverted)
        else:
            self.fields_changed.emit(changes)
