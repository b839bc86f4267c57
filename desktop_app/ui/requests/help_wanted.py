"""The "help wanted" checkboxes, with the free text that "Other" asks for."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.help_request import HELP_WANTED
from desktop_app.core.problems import Problem
from desktop_app.ui.accessible import describe
from desktop_app.ui.requests.field_row import FieldMessage, FieldRow
from desktop_app.ui.requests.field_texts import field_label, field_placeholder, help_wanted_label


class HelpWantedBox(QWidget):
    """One checkbox per kind of help; "Other" enables a line to say what."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkboxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for value in HELP_WANTED:
            checkbox = QCheckBox(self)
            checkbox.setObjectName(f"help_{value}")
            checkbox.toggled.connect(self._on_toggled)
            self.checkboxes[value] = checkbox
            layout.addWidget(checkbox)
        self.message = FieldMessage(self)
        layout.addWidget(self.message)
        self.other_row = FieldRow("help_other", QLineEdit(), parent=self)
        layout.addWidget(self.other_row)
        self._update_other()

    def value(self) -> tuple[str, ...]:
        """The ticked kinds, in the form's order."""
        return tuple(value for value, box in self.checkboxes.items() if box.isChecked())

    def set_value(self, values: tuple[str, ...] | list[str]) -> None:
        for value, box in self.checkboxes.items():
            box.blockSignals(True)
            box.setChecked(value in values)
            box.blockSignals(False)
        self._update_other()

    def set_read_only(self, read_only: bool) -> None:
        for box in self.checkboxes.values():
            box.setEnabled(not read_only)
        self.other_row.set_read_only(read_only)

    def show_problems(self, problems: list[Problem]) -> None:
        self.message.show_problems(problems)

    def retranslate_ui(self) -> None:
        describe(
            {box: self.tr("Tick each kind of help you need.") for box in self.checkboxes.values()}
        )
        for value, box in self.checkboxes.items():
            box.setText(help_wanted_label(value))
        self.other_row.set_texts(field_label("help_other"), field_placeholder("help_other"))

    def _on_toggled(self) -> None:
        self._update_other()
        self.edited.emit()

    def _update_other(self) -> None:
        # Shown only when it means something: one less empty box on a long form.
        self.other_row.setVisible(self.checkboxes["other"].isChecked())
