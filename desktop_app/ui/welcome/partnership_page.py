"""Welcome, page 3: a first partnership, or a sample one to explore, or neither for now.

A first partnership is made by the same service as "New partnership" (a taken or empty
name is refused here, under the field); the sample by ``services.sample`` off the GUI
thread (it copies and scans four small photos). ``made`` carries the partnership's id, or
None when the user chose neither. "I work for a helpdesk" switches the Helpdesk desk on
at once through the same use case as Settings (``services.desk.setup.set_desk``, issue 15).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.form_checks import InvalidInput
from desktop_app.core.partnership import KINDS
from desktop_app.services.desk.setup import DeskChanges, get_desk, set_desk
from desktop_app.services.partnerships import content_language, create_partnership
from desktop_app.services.sample import SampleMade, create_sample
from desktop_app.ui.areas.base import body_label, heading_label
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.message_label import MessageLabel
from desktop_app.ui.operations import run_in_background
from desktop_app.ui.partnerships.texts import kind_label, problem_text

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)
INDENT = 26  # the fields of a choice sit under its radio button's text


def indented(widget: QWidget) -> QHBoxLayout:
    """``widget`` under a radio button's text: indented on the reading side (RTL too)."""
    row = QHBoxLayout()
    row.addSpacing(INDENT)  # a layout's first item is on the right in RTL layouts
    row.addWidget(widget, 1)
    return row


class PartnershipPage(Retranslatable, QWidget):
    """Three choices; :meth:`submit` carries out the chosen one."""

    busy = Signal(bool)  # the sample is being made: the dialog holds its buttons
    made = Signal(object)  # the partnership's id, or None for "neither"
    desk_toggled = Signal(bool)  # "I work for a helpdesk" changed (already saved)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.heading = heading_label(self)
        self.heading.setObjectName("welcomeHeading")
        self.account_note = MessageLabel(self)
        self.account_note.clear_message()  # hidden until there is something to say
        self.account_note.setObjectName("welcomeAccountNote")
        self.intro = body_label(self)
        self.create_radio = QRadioButton(self)
        self.create_radio.setObjectName("welcomeCreate")
        self.sample_radio = QRadioButton(self)
        self.sample_radio.setObjectName("welcomeSample")
        self.neither_radio = QRadioButton(self)
        self.neither_radio.setObjectName("welcomeNeither")
        self.choice = QButtonGroup(self)
        for radio in (self.create_radio, self.sample_radio, self.neither_radio):
            self.choice.addButton(radio)
        self.create_radio.setChecked(True)

        self.name_label, self.kind_label = QLabel(self), QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("welcomePartnershipName")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("welcomePartnershipKind")
        for kind in KINDS:
            self.kind_combo.addItem("", kind)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.create_fields = QWidget(self)
        fields = QFormLayout(self.create_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fields.addRow(self.name_label, self.name_edit)
        fields.addRow(self.kind_label, self.kind_combo)
        self.sample_text = body_label(self)
        self.problem = MessageLabel(self)
        self.problem.clear_message()  # hidden until there is something to say
        self.problem.setObjectName("welcomePartnershipProblem")
        self.sample_status = MessageLabel(self)  # "Preparing the sample…", or why not
        self.sample_status.clear_message()
        self.sample_status.setObjectName("welcomeSampleStatus")
        self.desk_check = QCheckBox(self)
        self.desk_check.setObjectName("welcomeDesk")
        self.desk_check.setChecked(get_desk(ctx.db).enabled)
        self.desk_hint = body_label(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.account_note)
        layout.addWidget(self.intro)
        layout.addWidget(self.create_radio)
        layout.addLayout(indented(self.create_fields))
        layout.addLayout(indented(self.problem))  # under the name it is about
        layout.addWidget(self.sample_radio)
        layout.addLayout(indented(self.sample_text))
        layout.addLayout(indented(self.sample_status))
        layout.addWidget(self.neither_radio)
        layout.addStretch(1)
        layout.addWidget(self.desk_check)
        layout.addLayout(indented(self.desk_hint))
        layout.addSpacing(12)  # apart from the dialog's buttons below

        self.choice.buttonToggled.connect(lambda _button, _on: self._update_fields())
        self.name_edit.textEdited.connect(lambda _text: self.problem.clear_message())
        self.name_edit.textEdited.connect(lambda _text: self.create_radio.setChecked(True))
        self.desk_check.toggled.connect(self._on_desk_toggled)
        self._update_fields()
        self.retranslate_ui()

    # -- public ------------------------------------------------------------------------
    def submit(self) -> None:
        """Make what was chosen; ``made`` follows (at once, or when the sample is ready)."""
        if self.neither_radio.isChecked():
            self.made.emit(None)
        elif self.sample_radio.isChecked():
            self._make_sample()
        else:
            self._create()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Your first partnership"))
        self.intro.setText(
            self.tr(
                "A partnership is one partner institution — a museum, an archive, a "
                "library — and everything you do with it: contacts, a checklist, batches "
                "of files."
            )
        )
        self.create_radio.setText(self.tr("C&reate my first partnership"))
        self.name_label.setText(self.tr("&Name of the partner institution:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Nordiska museet"))
        self.kind_label.setText(self.tr("&Kind of institution:"))
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_label(str(self.kind_combo.itemData(index))))
        self.sample_radio.setText(self.tr("&Open a sample partnership to explore"))
        self.sample_text.setText(
            self.tr(
                "A made-up museum with a checklist and four photos to try things on. Remove "
                "it with one click (“Remove sample”) when you are done."
            )
        )
        self.neither_radio.setText(self.tr("Ne&ither, I will start later"))
        self.desk_check.setText(self.tr("I work for &a helpdesk (show the Helpdesk desk)"))
        self.desk_hint.setText(
            self.tr(
                "For helpdesk staff who answer partners' requests. Settings has the rest: "
                "the pages and the mailbox to gather requests from."
            )
        )

    # -- internals -----------------------------------------------------------------------
    def _update_fields(self) -> None:
        self.create_fields.setEnabled(self.create_radio.isChecked())
        if not self.create_radio.isChecked():
            self.problem.clear_message()  # about the name, no longer asked for

    def _on_desk_toggled(self, on: bool) -> None:
        set_desk(self._ctx.db, DeskChanges(enabled=on))  # as the Settings area saves it
        self.desk_toggled.emit(on)

    def _create(self) -> None:
        kind = str(self.kind_combo.currentData() or "other")
        try:
            view = create_partnership(self._ctx.db, self.name_edit.text(), kind=kind)
        except InvalidInput as refusal:
            problems = refusal.problems
            self.problem.show_message(
                lambda: "\n".join(problem_text(p) for p in problems), problem=True
            )
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        self.made.emit(view.id)

    def _make_sample(self) -> None:
        ctx = self._ctx
        language = content_language(ctx.db)
        self.busy.emit(True)
        self.problem.clear_message()
        self.sample_status.show_message(lambda: self.tr("Preparing the sample…"))
        run_in_background(
            lambda _op: create_sample(ctx, language),
            success=self._on_sample_made,
            failure=self._on_sample_failed,
            name="welcome-sample",
            owner=self,
        )

    def _on_sample_made(self, made: SampleMade) -> None:
        self.busy.emit(False)
        self.sample_status.clear_message()
        self.made.emit(made.partnership_id)

    def _on_sample_failed(self, error: BaseException) -> None:
        self.busy.emit(False)
        needle = note_failure(log, "Making the sample partnership failed", error)
        self.sample_status.show_message(
            lambda: self.tr("The sample could not be made. Create a partnership instead."),
            problem=True,
            details=needle,
        )
