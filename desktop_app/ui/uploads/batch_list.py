"""The batches in the queue, each with its progress: bytes confirmed, speed, time left.

The first row, "All batches", sums everything; choosing a row filters the file table
and is what the batch buttons (pause, resume, cancel) act on. Rows are rebuilt in place
on every refresh so the current row, and the keyboard focus, stay where they were.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.text_patterns import percent_text
from desktop_app.ui.uploads.formatting import eta_text, progress_text, rate_text
from desktop_app.ui.uploads.job_model import FRACTION_ROLE
from desktop_app.ui.uploads.progress_delegate import ProgressDelegate
from desktop_app.ui.uploads.snapshot import BatchSummary

KEY_ROLE = Qt.ItemDataRole.UserRole
ALL = "all"  # the key of the "All batches" row
NAME, FILES, PROGRESS, SENT, SPEED, ETA = range(6)


def _key(summary: BatchSummary) -> Any:
    return summary.batch_id if summary.batch_id is not None else "none"


class BatchList(Retranslatable, QTreeWidget):
    """``batch_chosen(key)``: ``"all"``, a batch id, or ``"none"`` (files without a batch)."""

    batch_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadBatches")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setColumnCount(6)
        self.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (FILES, SENT, SPEED, ETA):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PROGRESS, 140)
        self._summaries: list[BatchSummary] = []
        self.currentItemChanged.connect(self._on_current_changed)
        self.retranslate_ui()

    def current_key(self) -> Any:
        item = self.currentItem()
        return item.data(NAME, KEY_ROLE) if item is not None else ALL

    def summary_for(self, key: Any) -> BatchSummary | None:
        return next((s for s in self._summaries if _key(s) == key), None)

    def set_summaries(self, summaries: list[BatchSummary]) -> None:
        """Show the batches (plus "All batches" when there is more than one)."""
        self._summaries = summaries
        current = self.current_key()
        rows: list[tuple[Any, BatchSummary]] = [(_key(s), s) for s in summaries]
        if len(summaries) != 1:
            rows.insert(0, (ALL, _total(summaries)))
        self.blockSignals(True)
        while self.topLevelItemCount() > len(rows):
            self.takeTopLevelItem(self.topLevelItemCount() - 1)
        while self.topLevelItemCount() < len(rows):
            self.addTopLevelItem(QTreeWidgetItem())
        chosen = None
        for position, (key, summary) in enumerate(rows):
            item = self.topLevelItem(position)
            assert item is not None
            self._fill(item, key, summary)
            if key == current:
                chosen = item
        if chosen is None and rows:
            chosen = self.topLevelItem(0)
        if chosen is not None:
            self.setCurrentItem(chosen)
        self.blockSignals(False)
        if chosen is not None and chosen.data(NAME, KEY_ROLE) != current:
            self.batch_chosen.emit(chosen.data(NAME, KEY_ROLE))

    def retranslate_ui(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("Batch"),
                self.tr("Files"),
                self.tr("Progress"),
                self.tr("Sent"),
                self.tr("Speed"),
                self.tr("Time left"),
            ]
        )
        self.setAccessibleName(self.tr("Batches in the upload queue"))
        if self._summaries:
            self.set_summaries(self._summaries)

    def _fill(self, item: QTreeWidgetItem, key: Any, summary: BatchSummary) -> None:
        if key == ALL:
            name = self.tr("All batches")
        elif key == "none":
            name = self.tr("Files without a batch")
        else:
            name = summary.name or self.tr("Batch {number}").format(number=key)
        item.setData(NAME, KEY_ROLE, key)
        item.setText(NAME, name)
        item.setText(FILES, self._files_text(summary))
        item.setToolTip(FILES, self._details_text(summary))
        item.setData(PROGRESS, FRACTION_ROLE, summary.fraction)
        item.setText(PROGRESS, percent_text(round(summary.fraction * 100)))
        item.setText(SENT, progress_text(summary.confirmed_bytes, summary.total_bytes))
        item.setText(SPEED, rate_text(summary.rate))
        item.setText(ETA, eta_text(summary.eta_seconds))

    def _files_text(self, summary: BatchSummary) -> str:
        text = self.tr("%n of %1 uploaded", "", summary.uploaded).replace("%1", str(summary.files))
        if summary.needs_decision:
            text += " · " + self.tr("%n need a decision", "", summary.needs_decision)
        if summary.failed:
            text += " · " + self.tr("%n failed", "", summary.failed)
        if summary.paused:
            text += " · " + self.tr("%n paused", "", summary.paused)
        return text

    def _details_text(self, summary: BatchSummary) -> str:
        return self.tr(
            "Uploaded: {uploaded}\nOn their way: {active}\nNeed a decision: {decision}\n"
            "Failed: {failed}\nCancelled or skipped: {cancelled}"
        ).format(
            uploaded=summary.uploaded,
            active=summary.active,
            decision=summary.needs_decision,
            failed=summary.failed,
            cancelled=summary.cancelled,
        )

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        self.batch_chosen.emit(current.data(NAME, KEY_ROLE) if current is not None else ALL)


def _total(summaries: list[BatchSummary]) -> BatchSummary:
    rates = [s.rate for s in summaries if s.rate]
    rate = sum(rates) if rates else None
    remaining = sum(s.total_bytes - s.confirmed_bytes for s in summaries if s.active)
    return BatchSummary(
        batch_id=None,
        name="",
        files=sum(s.files for s in summaries),
        uploaded=sum(s.uploaded for s in summaries),
        needs_decision=sum(s.needs_decision for s in summaries),
        failed=sum(s.failed for s in summaries),
        cancelled=sum(s.cancelled for s in summaries),
        active=sum(s.active for s in summaries),
        paused=sum(s.paused for s in summaries),
        total_bytes=sum(s.total_bytes for s in summaries),
        confirmed_bytes=sum(s.confirmed_bytes for s in summaries),
        rate=rate,
        eta_seconds=remaining / rate if rate and remaining > 0 else None,
    )
