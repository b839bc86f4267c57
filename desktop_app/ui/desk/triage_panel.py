"""Triage of one request: its state and assignee (shared with the team by the next sync)
and private notes (kept on this computer only, saved as typed)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_app.core.desk import DeskState
from desktop_app.services.desk.views import DeskRequestDetail
from desktop_app.ui.accessible import describe
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.bidi import follow_text_direction
from desktop_app.ui.desk.texts import state_text
from desktop_app.ui.i18n import Retranslatable

NOTES_SAVE_DELAY_MS = 600


class TriagePanel(Retranslatable, QWidget):
    """``state_chosen(state, assignee)`` on Apply; ``notes_changed(request id, text)``
    shortly after typing stops (and before another request is shown)."""

    state_chosen = Signal(str, str)
    notes_changed = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("deskStateCombo")
        for state in DeskState:
            self.state_combo.addItem("", state.value)
        self.assignee_edit = QLineEdit(self)
        self.assignee_edit.setObjectName("deskAssignee")
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("deskApplyState")
        self.shared_hint = body_label(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("deskNotes")
        self.notes_edit.setTabChangesFocus(True)  # Tab goes on to the next control
        follow_text_direction(self.notes_edit)
        self.notes_hint = body_label(self)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.state_label, self.assignee_label, self.notes_label = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self.state_label.setBuddy(self.state_combo)
        self.assignee_label.setBuddy(self.assignee_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.form.addRow(self.state_label, self.state_combo)
        self.form.addRow(self.assignee_label, self.assignee_edit)
        self.form.addRow(self.apply_button)
        self.form.addRow(self.shared_hint)
        self.form.addRow(self.notes_label, self.notes_edit)
        self.form.addRow(self.notes_hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_notes)
        self._request_id: int | None = None
        self.notes_edit.textChanged.connect(self._timer.start)
        self.apply_button.clicked.connect(
            lambda: self.state_chosen.emit(
                str(self.state_combo.currentData()), self.assignee_edit.text().strip()
            )
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        describe(
            {
                self.state_combo: self.tr("Where the request stands in the helpdesk's work."),
                self.assignee_edit: self.tr("Who at the helpdesk looks after this request."),
                self.notes_edit: self.tr("Private notes: never in replies or committee packs."),
            }
        )
        for index in range(self.state_combo.count()):
            self.state_combo.setItemText(index, state_text(str(self.state_combo.itemData(index))))
        self.state_label.setText(self.tr("&State"))
        self.assignee_label.setText(self.tr("&Assignee"))
        self.notes_label.setText(self.tr("Private &notes"))
        self.apply_button.setText(self.tr("Set state"))
        self.apply_button.setToolTip(self.tr("Saves the chosen state and who handles it."))
        self.shared_hint.setText(
            self.tr(
                "The state and assignee are shared with the rest of the helpdesk: on the wiki "
                "in the request's section, in the mailbox as a keyword. Sent with the next sync."
            )
        )
        self.notes_hint.setText(
            self.tr("Notes stay on this computer. They are never published or sent.")
        )

    def show_detail(self, detail: DeskRequestDetail | None) -> None:
        self.flush()
        self.setEnabled(detail is not None)
        self.notes_edit.blockSignals(True)
        self._request_id = None if detail is None else detail.summary.id
        if detail is None:
            self.notes_edit.setPlainText("")
        else:
            index = self.state_combo.findData(detail.summary.state)
            self.state_combo.setCurrentIndex(max(index, 0))
            self.assignee_edit.setText(detail.summary.assignee)
            if self.notes_edit.toPlainText() != detail.notes:
                self.notes_edit.setPlainText(detail.notes)
        self.notes_edit.blockSignals(False)

    def flush(self) -> None:
        """Save notes typed but not yet saved."""
        if self._timer.isActive():
            self._timer.stop()
            self._save_notes()

    def _save_notes(self) -> None:
        if self._request_id is not None:
            self.notes_changed.emit(self._request_id, self.notes_edit.toPlainText())
