"""The table of upload jobs: columns sized for numbers and names, a progress bar column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.ui.elide import MiddleElideDelegate
from desktop_app.ui.uploads.job_model import (
    BATCH,
    ETA,
    PROBLEM,
    PROGRESS,
    RATE,
    SIZE,
    STATE,
    TITLE,
    UploadJobModel,
)
from desktop_app.ui.uploads.progress_delegate import ProgressDelegate


def job_table(model: UploadJobModel, parent: QWidget) -> QTableView:
    """A one-row-at-a-time table over ``model``; numbers take what they need, the file
    name and the problem share the rest."""
    table = QTableView(parent)
    table.setObjectName("uploadJobs")
    table.setTabKeyNavigation(False)  # one row at a time: Tab goes on to the next control
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(table))
    table.setItemDelegateForColumn(TITLE, MiddleElideDelegate(table))
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(60)
    header.setStretchLastSection(False)
    for column in (STATE, SIZE, RATE, ETA):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in (TITLE, PROBLEM):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(BATCH, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(BATCH, 130)
    header.setSectionResizeMode(PROGRESS, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(PROGRESS, 100)
    return table
