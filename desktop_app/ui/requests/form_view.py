"""The whole help-request form in one scrollable column, grouped as the helpdesk asks.

It shows values and problems and reports edits; it does not save (the editor does). The
field names are the core's, so a problem's ``params["field"]`` finds its row directly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.form_checks import field_of
from desktop_app.core.help_request import AFFILIATION_KINDS, SUBJECT_MAX_LENGTH, RequestForm
from desktop_app.core.problems import Problem
from desktop_app.ui.bidi import follow_text_direction
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.requests.attachments import AttachmentsBox
from desktop_app.ui.requests.field_row import FieldEditor, FieldRow
from desktop_app.ui.requests.field_texts import (
    affiliation_kind_label,
    field_hint,
    field_label,
    field_placeholder,
    group_title,
)
from desktop_app.ui.requests.help_wanted import HelpWantedBox

CONTENT_MAX_WIDTH = 720  # long lines of form are hard to scan on wide screens

# (group, [(field, editor kind, visible lines)]) in the order the helpdesk reads them.
_LINE, _TEXT, _CHOICE = "line", "text", "choice"
GROUPS: tuple[tuple[str, tuple[tuple[str, str, int], ...]], ...] = (
    ("request", (("subject", _LINE, 1), ("body", _TEXT, 7))),
    (
        "requester",
        (
            ("requester_name", _LINE, 1),
            ("requester_username", _LINE, 1),
            ("requester_affiliation_kind", _CHOICE, 1),
            ("requester_affiliation", _LINE, 1),
            ("requester_country", _LINE, 1),
            ("requester_languages", _LINE, 1),
            ("requester_email", _LINE, 1),
        ),
    ),
    (
        "description",
        (
            ("partner_name", _LINE, 1),
            ("material_kind", _TEXT, 2),
            ("volume", _LINE, 1),
            ("expected_outcome", _TEXT, 3),
        ),
    ),
    (
        "justification",
        (
            ("impact", _TEXT, 3),
            ("knowledge_gap", _TEXT, 3),
            ("partner_commitment", _TEXT, 3),
            ("licence_status", _TEXT, 2),
        ),
    ),
)


def _make_editor(name: str, kind: str) -> FieldEditor:
    if kind == _TEXT:
        long_text = QPlainTextEdit()
        follow_text_direction(long_text)
        return long_text
    if kind == _CHOICE:
        combo = QComboBox()
        for value in ("", *AFFILIATION_KINDS):
            combo.addItem("", value)
        return combo
    line = QLineEdit()
    if name == "subject":
        line.setMaxLength(SUBJECT_MAX_LENGTH)
    return line


class RequestFormView(Retranslatable, QScrollArea):
    """Every field of a request, its problems shown under each field."""

    edited = Signal()
    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requestForm")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop for Tab
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self)
        content.setMaximumWidth(CONTENT_MAX_WIDTH)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 8)
        layout.setSpacing(12)

        self.rows: dict[str, FieldRow] = {}
        self.groups: dict[str, QGroupBox] = {}
        for group, fields in GROUPS:
            box, box_layout = self._group(group, content)
            for name, kind, lines in fields:
                row = FieldRow(name, _make_editor(name, kind), lines=lines, parent=box)
                self._add_row(row)
                box_layout.addWidget(row)
            layout.addWidget(box)

        help_box, help_layout = self._group("help_wanted", content)
        self.help_wanted = HelpWantedBox(help_box)
        help_layout.addWidget(self.help_wanted)
        self.help_wanted.edited.connect(self.edited)
        self._add_row(self.help_wanted.other_row)
        layout.addWidget(help_box)

        attachments_box, attachments_layout = self._group("attachments", content)
        self.attachments = AttachmentsBox(attachments_box)
        attachments_layout.addWidget(self.attachments)
        layout.addWidget(attachments_box)
        layout.addStretch(1)

        self.setWidget(content)
        self.retranslate_ui()

    # -- values --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every form field as the services take it (``help_wanted`` a tuple)."""
        values: dict[str, Any] = {name: row.value() for name, row in self.rows.items()}
        values["help_wanted"] = self.help_wanted.value()
        return values

    def set_values(self, form: RequestForm) -> None:
        """Show a stored form; none of this counts as an edit."""
        for name, row in self.rows.items():
            row.set_value(str(getattr(form, name)))
        self.help_wanted.set_value(form.help_wanted)
        self.verticalScrollBar().setValue(0)

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows.values():
            row.set_read_only(read_only)
        self.help_wanted.set_read_only(read_only)
        self.attachments.set_read_only(read_only)

    # -- problems ------------------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Put each problem under its field; returns those that belong to no field."""
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:
            by_field.setdefault(field_of(problem), []).append(problem)
        for name, row in self.rows.items():
            row.show_problems(by_field.pop(name, []))
        self.help_wanted.show_problems(by_field.pop("help_wanted", []))
        self.attachments.show_problems(by_field.pop("attachments", []))
        return [problem for rest in by_field.values() for problem in rest]

    def reveal(self, field: str) -> None:
        """Scroll to a field and put the keyboard there (after a refused Send)."""
        target: QWidget | None = None
        if field in self.rows:
            target = self.rows[field].editor
        elif field == "help_wanted":
            target = next(iter(self.help_wanted.checkboxes.values()))
        elif field == "attachments":
            target = self.attachments.add_button
        if target is None:
            return
        self.ensureWidgetVisible(target, 0, 40)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- texts ---------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        for group, box in self.groups.items():
            box.setTitle(group_title(group))
        for name, row in self.rows.items():
            row.set_texts(field_label(name), field_placeholder(name), field_hint(name))
        combo = self.rows["requester_affiliation_kind"].editor
        assert isinstance(combo, QComboBox)
        for index in range(combo.count()):
            combo.setItemText(index, affiliation_kind_label(str(combo.itemData(index))))
        self.help_wanted.retranslate_ui()
        self.attachments.retranslate_ui()

    # -- internals -----------------------------------------------------------------------
    def _group(self, group: str, parent: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(parent)
        box.setObjectName(f"group_{group}")
        # Style-sheet fonts do not propagate to children: only the title turns bold.
        box.setStyleSheet("QGroupBox { font-weight: bold; }")
        box_layout = QVBoxLayout(box)
        box_layout.setSpacing(8)
        self.groups[group] = box
        return box, box_layout

    def _add_row(self, row: FieldRow) -> None:
        self.rows[row.name] = row
        row.edited.connect(self.edited)
        row.focus_left.connect(self.focus_left)
