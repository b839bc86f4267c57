"""The right side of the Partnerships area: one partnership's fields, checklists, agreement.

A heading with the partner's name and progress, then two tabs (Details, Checklists), and
the agreement draft button. With nothing chosen it says how to start instead of showing
a disabled form.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.filenames import safe_file_name
from desktop_app.services.agreements import ExportError, export_agreement
from desktop_app.services.checklists import partnership_progress
from desktop_app.services.partnerships import get_partnership
from desktop_app.ui.accessible import describe_tab_bar
from desktop_app.ui.areas.base import body_label, heading_label
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.message_label import MessageLabel
from desktop_app.ui.partnerships.checklist_pane import ChecklistPane
from desktop_app.ui.partnerships.detail_form import PartnershipForm
from desktop_app.ui.partnerships.texts import agreement_part_label, progress_text
from desktop_app.ui.text_patterns import listing

if TYPE_CHECKING:
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)


class PartnershipDetail(Retranslatable, QWidget):
    """Heading, Details and Checklists tabs, and the agreement draft for one partnership."""

    saved = Signal(int)  # a field was saved: the list shows names and stages
    progress_changed = Signal()
    guide_requested = Signal(str)
    help_requested = Signal(int)  # id of the new request draft

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._partnership_id: int | None = None
        self._language = "en"
        self.last_export: Path | None = None

        self.name_heading = heading_label(self)
        self.name_heading.setObjectName("partnershipHeading")
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("partnershipProgressSummary")
        self.progress_label.setWordWrap(True)
        self.agreement_button = QPushButton(self)
        self.agreement_button.setObjectName("agreementButton")
        self.export_status = MessageLabel(self)
        self.export_status.setObjectName("agreementStatus")
        self.export_status.hide()
        self.tabs = QTabWidget(self)  # before its pages: Tab reaches the tab bar first
        self.tabs.setObjectName("partnershipTabs")
        self.form = PartnershipForm(db, self)
        self.checklists = ChecklistPane(db, self)
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.checklists, "")

        page = QWidget(self)
        header = QHBoxLayout()
        header.addWidget(self.progress_label, 1)
        header.addWidget(self.agreement_button, 0, Qt.AlignmentFlag.AlignTop)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.name_heading)
        page_layout.addLayout(header)
        page_layout.addWidget(self.export_status)
        page_layout.addWidget(self.tabs, 1)
        self.nothing_label = body_label(self)
        self.nothing_label.setObjectName("noPartnershipChosen")
        self.nothing_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.nothing_label)
        self.stack.addWidget(page)
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.form.saved.connect(self._on_saved)
        self.checklists.changed.connect(self._on_progress_changed)
        self.checklists.guide_requested.connect(self.guide_requested)
        self.checklists.help_requested.connect(self.help_requested)
        self.agreement_button.clicked.connect(self.choose_agreement_file)
        self.retranslate_ui()
        self.show_partnership(None, "en")

    @property
    def partnership_id(self) -> int | None:
        return self._partnership_id

    # -- public --------------------------------------------------------------------------
    def show_partnership(self, partnership_id: int | None, language: str) -> None:
        """Save what is open and show another partnership (None: how to start)."""
        self.form.flush()
        self._language = language
        same = partnership_id == self._partnership_id
        self._partnership_id = partnership_id
        view = get_partnership(self._db, partnership_id) if partnership_id is not None else None
        if not same:
            self.export_status.hide()
            self.form.show_partnership(view, language)
            self.checklists.show_partnership(partnership_id, language)
        self.stack.setCurrentWidget(self.page if view is not None else self.nothing_label)
        self._update_heading()

    def set_language(self, language: str) -> None:
        """Show checklist steps and licence texts in ``language`` from now on."""
        if language == self._language:
            return
        self._language = language
        self.form.licence.set_licence(self.form.licence.licence_id(), language)
        self.checklists.show_partnership(self._partnership_id, language)

    def flush(self) -> None:
        """Save the open form and step now (the window is closing, the area is left)."""
        self.form.flush()
        self.checklists.editor.flush()

    def choose_agreement_file(self) -> None:
        """Ask where to save the draft (PDF, ODT or HTML), then write it."""
        if self._partnership_id is None:
            return
        suggested = str(self.suggested_agreement_path())
        filters = ";;".join(
            (
                self.tr("PDF document (*.pdf)"),
                self.tr("OpenDocument text, editable (*.odt)"),
                self.tr("Web page (*.html)"),
            )
        )
        path, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the agreement draft"), suggested, filters
        )
        if not path:
            return
        if not Path(path).suffix:
            path += (
                ".odt" if "odt" in chosen_filter else ".html" if "html" in chosen_filter else ".pdf"
            )
        self.export_agreement(Path(path))

    def suggested_agreement_path(self) -> Path:
        """Where the save dialog starts: the home folder, a name safe on every system."""
        name = get_partnership(self._db, self._partnership_id).name if self._partnership_id else ""
        stem = self.tr("Agreement draft - {name}").format(name=name)
        return Path.home() / safe_file_name(stem, "pdf")

    def export_agreement(self, path: Path) -> bool:
        """Write the draft to ``path`` (format from the extension); say what is still blank.

        On the GUI thread on purpose: it takes a few tens of milliseconds and
        ``QTextDocument`` must stay in the thread that made it.
        """
        if self._partnership_id is None:
            return False
        self.form.flush()
        partnership_id = self._partnership_id
        name = get_partnership(self._db, partnership_id).name
        try:
            written = export_agreement(
                self._db,
                partnership_id,
                path,
                title=self.tr("Agreement draft: {name}").format(name=name),
                language=self._language,
            )
        except ExportError as error:
            log.warning("Agreement draft not written to %s: %s", path, error)
            self.export_status.show_message(
                lambda: self.tr(
                    "The draft was not saved to {path}: check that the folder exists and "
                    "can be written to, and that the name ends in .pdf, .odt or .html."
                ).format(path=str(path)),
                problem=True,
                details="Agreement draft not written",
            )
            return False
        self.last_export = path
        missing = written.missing

        def text() -> str:
            said = self.tr("Draft saved to {path}. It is not legal advice: have it checked.")
            said = said.format(path=str(path))
            if missing:
                parts = listing(agreement_part_label(part) for part in missing)
                said += " " + self.tr("Left blank to fill in: {parts}.").format(parts=parts)
            return said

        self.export_status.show_message(text)
        return True

    # -- Qt ------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        describe_tab_bar(self.tabs)
        self.tabs.setTabText(0, self.tr("D&etails"))
        self.tabs.setTabText(1, self.tr("Checklist&s"))
        self.agreement_button.setText(self.tr("Agreement d&raft…"))
        self.agreement_button.setToolTip(
            self.tr("Save a draft agreement (PDF, ODT or HTML) from what is filled in here")
        )
        self.nothing_label.setText(
            self.tr(
                "Choose a partnership in the list to see its details, checklists and "
                "agreement draft."
            )
        )
        self._update_heading()

    # -- internals -----------------------------------------------------------------------
    def _on_saved(self, partnership_id: int) -> None:
        self._update_heading()
        self.saved.emit(partnership_id)

    def _on_progress_changed(self) -> None:
        self._update_heading()
        self.progress_changed.emit()

    def _update_heading(self) -> None:
        if self._partnership_id is None:
            return
        view = get_partnership(self._db, self._partnership_id)
        self.name_heading.setText(view.name)
        progress = partnership_progress(self._db, self._partnership_id)
        self.progress_label.setText(progress_text(progress))
