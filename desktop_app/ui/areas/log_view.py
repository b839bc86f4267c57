"""Log area: the end of Fieldkit's log file, so a volunteer can copy it to the helpdesk.

"Details…" links elsewhere open it at one entry (:meth:`LogArea.show_entry`): the last
line containing a needle is selected and scrolled into view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.ui.accessible import describe
from desktop_app.ui.areas.base import AREA_MARGIN, Area, body_label, heading_label
from desktop_app.ui.operations import OpContext, run_in_background

TAIL_BYTES = 200_000  # enough for the last few hundred lines; the full file stays on disk


def read_log_tail(log_file: Path, max_bytes: int = TAIL_BYTES) -> str:
    """The last ``max_bytes`` of the log, starting at a line boundary."""
    if not log_file.exists():
        return ""
    with log_file.open("rb") as handle:
        size = handle.seek(0, 2)
        start = max(0, size - max_bytes)
        handle.seek(start)
        data = handle.read()
    text = data.decode("utf-8", errors="replace")
    if start > 0 and "\n" in text:
        text = text.split("\n", 1)[1]
    return text


class LogArea(Area):
    """Read-only view of the log tail with a Refresh button."""

    def __init__(self, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._pending_needle: str | None = None
        self.title_label = heading_label(self)
        self.title_label.setObjectName("areaTitle")
        self.path_label = body_label(self)
        self.refresh_button = QPushButton(self)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("logText")
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(AREA_MARGIN, AREA_MARGIN, AREA_MARGIN, AREA_MARGIN)
        layout.addLayout(header)
        layout.addWidget(self.path_label)
        layout.addWidget(self.text_view, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.retranslate_ui()

    def nav_label(self) -> str:
        return self.tr("Log")

    def on_shown(self) -> None:
        if self._pending_needle is None:
            self.refresh()

    def show_entry(self, needle: str) -> None:
        """Show the log at the last line containing ``needle`` (a "Details…" link)."""
        self._pending_needle = needle
        self.refresh(needle)

    def selected_entry(self) -> str:
        """The line selected by :meth:`show_entry` ("" when none)."""
        return self.text_view.textCursor().selectedText()

    def _select_entry(self, text: str, needle: str) -> None:
        self._pending_needle = None
        position = text.rfind(needle)
        if position < 0:
            return
        start = text.rfind("\n", 0, position) + 1
        end = text.find("\n", position)
        cursor = self.text_view.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end if end >= 0 else len(text), QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)
        self.text_view.centerCursor()

    def retranslate_ui(self) -> None:
        describe({self.text_view: self.tr("Fieldkit's log: what it did and what went wrong.")})
        self.title_label.setText(self.tr("Log"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Reads the log file again."))
        self.path_label.setText(
            self.tr("What Fieldkit did recently. The full log is in {path}").format(
                path=self._log_file
            )
        )
        self.text_view.setPlaceholderText(self.tr("The log is empty."))
        self.text_view.setAccessibleName(self.tr("Recent log lines"))

    def refresh(self, needle: str | None = None) -> None:
        """Read the tail off the GUI thread (the disk may be slow) and show it, at the end
        or, with ``needle``, at the last line containing it."""
        log_file = self._log_file
        self.refresh_button.setEnabled(False)

        def work(_op: OpContext) -> str:
            return read_log_tail(log_file)

        def show(text: str) -> None:
            self.refresh_button.setEnabled(True)
            self.text_view.setPlainText(text)
            self.text_view.moveCursor(QTextCursor.MoveOperation.End)
            if needle:
                self._select_entry(text, needle)

        def failed(error: BaseException) -> None:
            self.refresh_button.setEnabled(True)
            self.text_view.setPlainText(
                self.tr("The log could not be read: {error}").format(error=error)
            )

        run_in_background(work, success=show, failure=failed, name="read-log", owner=self)
