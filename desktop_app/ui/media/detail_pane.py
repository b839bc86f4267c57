"""The selected file: upright preview, its fields, title pattern, licence and location,
the exact wikitext that will be uploaded, and its problems (always visible, below).
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.problems import Problem
from desktop_app.services.media_detail import ItemDetail
from desktop_app.ui.accessible import describe, describe_tab_bar
from desktop_app.ui.focus_order import place_after
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.media.batch_settings import BatchSettings
from desktop_app.ui.media.fields_form import FieldsForm
from desktop_app.ui.media.pattern_editor import PatternEditor
from desktop_app.ui.media.problem_text import problem_message
from desktop_app.ui.media.problems_panel import ProblemsPanel
from desktop_app.ui.media.thumbnails import ThumbnailLoader, placeholder_pixmap
from desktop_app.ui.scrolling import scrolling

PREVIEW_EDGE = 160


class DetailPane(Retranslatable, QWidget):
    """Shows one file; the parts emit what the user asked for, the area carries it out."""

    def __init__(self, thumbnails: ThumbnailLoader | None, parent: QWidget | None = None):
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._detail: ItemDetail | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName("detailPreview")
        self.preview.setFixedSize(PREVIEW_EDGE, PREVIEW_EDGE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("detailInfo")
        self.info_label.setWordWrap(True)
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Built in reading order, which is the order Tab follows: the facts, the tab bar,
        # the pages, then the problems below.
        # The facts scroll when the pane is short (150 % scale) instead of losing lines.
        self.info_scroll = scrolling(self.info_label, self, tab_stop=True)
        self.info_scroll.setObjectName("detailInfoScroll")
        self.info_scroll.setMaximumHeight(PREVIEW_EDGE)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        # Every tab's whole name in sight, never behind scroll arrows: the pane is at
        # least as wide as its tab names (a longer language widens it, the table gives way).
        self.tabs.setUsesScrollButtons(False)
        self.fields = FieldsForm(self)
        self.pattern = PatternEditor(self)
        self.settings = BatchSettings(self)
        self.wikitext = QPlainTextEdit(self)
        self.wikitext.setObjectName("wikitextPreview")
        self.wikitext.setReadOnly(True)
        self.wikitext.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.wikitext.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Wikitext is left-to-right whatever the interface language.
        self.wikitext.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.tabs.addTab(scrolling(self.fields, self), "")
        self.tabs.addTab(scrolling(self.pattern, self), "")
        self.tabs.addTab(scrolling(self.settings, self), "")
        self.tabs.addTab(self.wikitext, "")
        self.problems = ProblemsPanel(self)
        self.problems.rebuilt.connect(self.set_tab_order)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        header_row = QHBoxLayout()
        header_row.addWidget(self.preview)
        header_row.addWidget(self.info_scroll, 1)
        top_layout.addLayout(header_row)
        top_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.problems)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([500, 200])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        if thumbnails is not None:
            thumbnails.ready.connect(self._on_thumbnail)
        self.retranslate_ui()
        self.show_item(None)

    def retranslate_ui(self) -> None:
        describe_tab_bar(self.tabs)
        describe(
            {
                self.info_scroll: self.tr("What Fieldkit read from the file itself."),
                self.wikitext: self.tr("The file page as it will be uploaded; read only."),
            }
        )
        self.tabs.setTabText(0, self.tr("Fiel&ds"))
        self.tabs.setTabText(1, self.tr("Titl&e"))
        self.tabs.setTabText(2, self.tr("Li&cence && location"))
        self.tabs.setTabText(3, self.tr("&Wikitext"))
        self.tabs.setAccessibleName(self.tr("Details of the selected file"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.info_scroll.setAccessibleName(self.tr("Facts about the file"))
        self.wikitext.setAccessibleName(self.tr("Wikitext of the file page"))
        self._show_info()
        self._show_wikitext()

    def show_item(
        self, detail: ItemDetail | None, problems: Sequence[Problem] | None = None
    ) -> None:
        """Show ``detail`` (None: nothing selected) and its problems."""
        self._detail = detail
        self.fields.show_item(detail)
        self.pattern.show_item(detail)
        self.settings.show_item(detail)
        self.tabs.setEnabled(detail is not None)
        self._show_preview()
        self._show_info()
        self._show_wikitext()
        self.problems.show_problems(problems, checking=detail is not None)

    def set_tab_order(self) -> None:
        """The facts, the tabs, then the problems' fix buttons: those are made after
        everything else, and Qt would put them after the status bar."""
        place_after(self.tabs, list(self.problems.fix_buttons.values()))

    @property
    def detail(self) -> ItemDetail | None:
        return self._detail

    # -- internals ---------------------------------------------------------------------
    def _show_preview(self) -> None:
        detail = self._detail
        if detail is None or self._thumbnails is None:
            self.preview.setPixmap(placeholder_pixmap(PREVIEW_EDGE))
            return
        pixmap = self._thumbnails.pixmap(detail.path, PREVIEW_EDGE)
        if pixmap is False:
            self.preview.setPixmap(placeholder_pixmap(PREVIEW_EDGE))
            self.preview.setToolTip(self.tr("Loading preview…"))
        elif isinstance(pixmap, QPixmap):
            self.preview.setPixmap(pixmap)
            self.preview.setToolTip("")
        else:
            self.preview.setPixmap(placeholder_pixmap(PREVIEW_EDGE, broken=True))
            self.preview.setToolTip(self.tr("No preview: the file cannot be shown."))

    def _on_thumbnail(self, path: str, edge: int) -> None:
        if self._detail is not None and path == self._detail.path and edge == PREVIEW_EDGE:
            self._show_preview()

    def _show_info(self) -> None:
        detail = self._detail
        if detail is None:
            self.info_label.setText(self.tr("Select a file in the table to see and edit it."))
            return
        lines = [
            f"<b>{_escape(os.path.basename(detail.path))}</b>",
            self.tr("On the wiki: {name}").format(name=_escape(detail.file_name or "—")),
        ]
        if detail.width and detail.height:
            lines.append(
                self.tr("{width} × {height} pixels").format(
                    width=detail.width, height=detail.height
                )
            )
        if detail.camera:
            lines.append(self.tr("Camera: {camera}").format(camera=_escape(detail.camera)))
        if detail.taken_at:
            lines.append(self.tr("Taken: {time}").format(time=_escape(detail.taken_at)))
        if detail.has_gps:
            lines.append(self.tr("Records a camera location"))
        self.info_label.setText("<br>".join(lines))
        self.info_label.setToolTip(detail.path)

    def _show_wikitext(self) -> None:
        detail = self._detail
        if detail is None:
            self.wikitext.setPlainText("")
        elif detail.wikitext is not None:
            self.wikitext.setPlainText(detail.wikitext)
        else:
            reasons = "\n".join(problem_message(p) for p in detail.wikitext_problems)
            self.wikitext.setPlainText(
                self.tr("No wikitext yet:") + "\n" + reasons  # the problem says what to do
            )


def _escape(text: str) -> str:
    return html.escape(text)
