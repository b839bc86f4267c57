"""After an import: what was added, updated, conflicting and skipped — and the conflicts.

Each conflict shows the record, the field and both values, with "Keep mine" and "Take
theirs"; until the user answers, the value here stays. The same table lists the open
conflicts when opened from the File menu.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.bundle_merge import KINDS, ImportSummary
from desktop_app.services.bundles.conflicts import OpenConflict
from desktop_app.ui.bundles.texts import field_label, kind_label, value_text
from desktop_app.ui.text_patterns import labelled

COUNTS = ("added", "updated", "unchanged", "conflicts", "skipped")


class ConflictTable(QTableWidget):
    """Record, field, value here, value in the bundle, and the two answers per row.

    ``answered(conflict_id, choice)``: the user chose ``mine`` or ``theirs``.
    """

    answered = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("bundleConflicts")
        self.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Here"), self.tr("In the bundle"), ""]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_conflicts(self, conflicts: Sequence[OpenConflict]) -> None:
        self.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            record = labelled(kind_label(conflict.kind), conflict.label)
            for column, text in enumerate(
                (
                    record,
                    field_label(conflict.field),
                    value_text(conflict.local),
                    value_text(conflict.incoming),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
            self.setCellWidget(row, 4, self._answers(conflict.id))
        self.resizeRowsToContents()

    def _answers(self, conflict_id: int) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(2, 0, 2, 0)
        for text, choice in ((self.tr("Keep mine"), "mine"), (self.tr("Take theirs"), "theirs")):
            button = QPushButton(text, box)
            button.setObjectName(f"conflict{conflict_id}{choice.title()}")
            button.clicked.connect(
                lambda _checked=False, c=choice: self.answered.emit(conflict_id, c)
            )
            row.addWidget(button)
        return box


def summary_sentence(summary: ImportSummary) -> str:
    """One sentence for the top of the dialog (and the status bar)."""
    translate = QCoreApplication.translate
    if summary.seen_before and not summary.total("added") and not summary.total("updated"):
        return translate(
            "BundleSummary", "This bundle was imported before; there was nothing new in it."
        )
    return translate(
        "BundleSummary",
        "Added {added}, updated {updated}, conflicting {conflicts}, skipped {skipped}. "
        "Files placed: {placed} (already there: {there}, not in the bundle: {missing}).",
    ).format(
        added=summary.total("added"),
        updated=summary.total("updated"),
        conflicts=summary.total("conflicts"),
        skipped=summary.total("skipped"),
        placed=summary.files_placed,
        there=summary.files_already_there,
        missing=summary.files_missing,
    )


class SummaryDialog(QDialog):
    """The outcome of one import, or (``summary`` None) the conflicts still open."""

    answered = Signal(int, str)

    def __init__(
        self,
        summary: ImportSummary | None,
        conflicts: Sequence[OpenConflict],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleSummaryDialog")
        self.resize(760, 460)
        self.sentence = QLabel(self)
        self.sentence.setObjectName("bundleSummaryText")
        self.sentence.setWordWrap(True)
        self.counts = QTableWidget(len(KINDS), len(COUNTS), self)
        self.counts.setObjectName("bundleCounts")
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conflicts_label = QLabel(self)
        self.conflicts_label.setWordWrap(True)
        self.conflicts = ConflictTable(self)
        self.conflicts.answered.connect(self.answered)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.counts)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 1)
        self._filler = QWidget(self)  # takes the room the conflicts would have
        layout.addWidget(self._filler, 1)
        layout.addWidget(buttons)
        if summary is None:
            self.setWindowTitle(self.tr("Bundle conflicts"))
            self.sentence.hide()
            self.counts.hide()
        else:
            self.setWindowTitle(self.tr("Bundle imported"))
            self.sentence.setText(summary_sentence(summary))
            self._show_counts(summary)
        self.show_conflicts(conflicts)
        if not conflicts:
            self.resize(760, 330)

    def _show_counts(self, summary: ImportSummary) -> None:
        headers = [self.tr("Added"), self.tr("Updated"), self.tr("Unchanged")]
        headers += [self.tr("Conflicting"), self.tr("Skipped")]
        self.counts.setHorizontalHeaderLabels(headers)
        self.counts.setVerticalHeaderLabels([kind_label(kind) for kind in KINDS])
        for row, kind in enumerate(KINDS):
            numbers: dict[str, Any] = summary.counts[kind].to_dict()
            for column, name in enumerate(COUNTS):
                item = QTableWidgetItem(str(numbers[name]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.counts.setItem(row, column, item)
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.setMaximumHeight(self.counts.horizontalHeader().height() + 6 + 30 * len(KINDS))

    def show_conflicts(self, conflicts: Sequence[OpenConflict]) -> None:
        if conflicts:
            self.conflicts_label.setText(
                self.tr(
                    "Edited on both computers (%n): the value here is kept until you choose.",
                    "",
                    len(conflicts),
                )
            )
        else:
            self.conflicts_label.setText(self.tr("No conflicts."))
        self.conflicts.setVisible(bool(conflicts))
        self._filler.setVisible(not conflicts)
        self.conflicts.show_conflicts(conflicts)
