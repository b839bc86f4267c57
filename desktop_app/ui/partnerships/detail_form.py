"""Every field of one partnership, saved as it is typed.

Like the request drafts: at most 300 ms after the first unsaved key even while typing
goes on (:mod:`desktop_app.ui.autosave`), and at once when a field loses focus, another
partnership is opened or the area is hidden. Each changed field is saved
on its own, so a refused name ("already taken") never holds back the notes typed beside
it; the refusal stays under the name field until it is fixed, and the database keeps the
last good name. Saves are single small SQLite commits on the GUI thread, in order.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.form_checks import InvalidInput, field_of
from desktop_app.core.partnership import KINDS, STATUSES, validate_partnership
from desktop_app.core.problems import Problem, Severity
from desktop_app.services.disk_space import folder_of
from desktop_app.services.partnerships import PartnershipView, update_partnership
from desktop_app.ui.autosave import Autosave
from desktop_app.ui.bidi import follow_text_direction
from desktop_app.ui.disk_full import save_error_text
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.partnerships.licence_chooser import LicenceChooser
from desktop_app.ui.partnerships.texts import kind_label, problem_text, status_label
from desktop_app.ui.requests.field_row import ERROR_STYLE, WARNING_STYLE, FieldRow

if TYPE_CHECKING:
    from desktop_app.store.db import Database

log = logging.getLogger(__name__)

TEXT_FIELDS = (
    "name",
    "country",
    "languages",
    "contact_name",
    "contact_details",
    "notes",
    "material",
    "credit_line",
    "first_contact_on",
    "agreed_on",
)
LONG_FIELDS = {"contact_details": 3, "material": 3, "notes": 5}


def _stored_text(view: PartnershipView, field: str) -> str:
    value = getattr(view, field)
    if isinstance(value, date):
        return value.isoformat()
    return str(value or "")


class PartnershipForm(Retranslatable, QWidget):
    """The form of one partnership and its autosave; ``saved`` after each good save."""

    saved = Signal(int)  # partnership id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._data_folder = folder_of(db)
        self._partnership_id: int | None = None
        self._language = "en"
        self._dirty: set[str] = set()
        self._refusals: dict[str, list[Problem]] = {}

        self._autosave = Autosave(self.flush, self)

        self.rows: dict[str, FieldRow] = {}
        for field in TEXT_FIELDS:
            editor: QLineEdit | QPlainTextEdit
            editor = QPlainTextEdit() if field in LONG_FIELDS else QLineEdit()
            if isinstance(editor, QPlainTextEdit):
                follow_text_direction(editor)
            self._add_row(field, editor, lines=LONG_FIELDS.get(field, 0))
        for field in ("kind", "status"):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self._add_row(field, combo)
        self.licence_label = QLabel()
        self.licence_label.setWordWrap(True)
        self.licence = LicenceChooser()
        self.licence_label.setBuddy(self.licence.combo)
        self.licence.chosen.connect(lambda _id: self._on_edited("licence_id", at_once=True))
        self.licence.combo.installEventFilter(self)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        # Two columns where short fields pair up naturally; long texts span both.
        placement = (
            ("name", 0, 0, 2),
            ("kind", 1, 0, 1),
            ("status", 1, 1, 1),
            ("country", 2, 0, 1),
            ("languages", 2, 1, 1),
            ("first_contact_on", 3, 0, 1),
            ("agreed_on", 3, 1, 1),
            ("contact_name", 4, 0, 2),
            ("contact_details", 5, 0, 2),
            ("material", 6, 0, 2),
            ("credit_line", 7, 0, 2),
        )
        for field, row, column, span in placement:
            # Top-aligned: a message under one field must not shift its neighbour down.
            grid.addWidget(self.rows[field], row, column, 1, span, Qt.AlignmentFlag.AlignTop)
        licence_box = QVBoxLayout()
        licence_box.setSpacing(3)
        licence_box.addWidget(self.licence_label)
        licence_box.addWidget(self.licence)
        grid.addLayout(licence_box, 8, 0, 1, 2)
        grid.addWidget(self.rows["notes"], 9, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(10, 1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop for Tab
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("partnershipSaveStatus")
        self.save_status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.save_status)
        self.retranslate_ui()

    def _add_row(
        self, field: str, editor: QLineEdit | QPlainTextEdit | QComboBox, lines: int = 0
    ) -> None:
        row = FieldRow(field, editor, lines=lines)
        row.edited.connect(lambda: self._on_edited(field, at_once=isinstance(editor, QComboBox)))
        row.focus_left.connect(self.flush)
        self.rows[field] = row

    @property
    def partnership_id(self) -> int | None:
        return self._partnership_id

    # -- opening -------------------------------------------------------------------------
    def show_partnership(self, view: PartnershipView | None, language: str) -> None:
        """Save what is open, then show ``view`` (None: an empty, disabled form)."""
        self.flush()
        self._partnership_id = view.id if view is not None else None
        self._language = language
        self._dirty.clear()
        self._refusals.clear()
        for field, row in self.rows.items():
            row.set_value(_stored_text(view, field) if view is not None else "")
            row.set_read_only(view is None)
        self.licence.set_licence(view.licence_id if view is not None else "", language)
        self.licence.set_read_only(view is None)
        self._show_problems()
        self.save_status.setText(self.tr("Saved as you type.") if view is not None else "")

    # -- saving --------------------------------------------------------------------------
    def values(self, fields: set[str] | None = None) -> dict[str, str]:
        wanted = fields if fields is not None else set(self.rows) | {"licence_id"}
        values = {field: row.value() for field, row in self.rows.items() if field in wanted}
        if "licence_id" in wanted:
            values["licence_id"] = self.licence.licence_id()
        return values

    def flush(self) -> bool:
        """Write every changed field now; True when nothing is left unsaved."""
        self._autosave.cancel()
        if self._partnership_id is None or not self._dirty:
            return not self._refusals
        saved_any = False
        for field, value in self.values(set(self._dirty)).items():
            try:
                update_partnership(self._db, self._partnership_id, **{field: value})
            except InvalidInput as refusal:
                self._refusals[field] = refusal.problems
                continue
            except Exception as error:  # a full disk: keep it dirty, say why, try again later
                log.exception("Saving partnership %s failed", self._partnership_id)
                self.save_status.setText(save_error_text(error, self._data_folder))
                self.save_status.setStyleSheet(ERROR_STYLE)
                return False
            self._refusals.pop(field, None)
            self._dirty.discard(field)
            saved_any = True
        self._dirty.clear()
        self._show_problems()
        self.save_status.setStyleSheet("")
        if self._refusals:
            self.save_status.setText(
                self.tr("Not everything was saved: please fix what is marked in red.")
            )
        else:
            self.save_status.setText(self.tr("Saved"))
        if saved_any:
            self.saved.emit(self._partnership_id)
        return not self._refusals

    # -- Qt ------------------------------------------------------------------------------
    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.flush()
        super().hideEvent(event)  # type: ignore[arg-type]

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.licence.combo and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def retranslate_ui(self) -> None:
        labels = {
            "name": (self.tr("N&ame"), ""),
            "kind": (self.tr("&Kind of institution"), ""),
            "status": (self.tr("Stage"), ""),
            "country": (self.tr("Coun&try"), self.tr("two-letter code, e.g. SE")),
            "languages": (self.tr("Languages"), self.tr("e.g. sv, en")),
            "contact_name": (self.tr("&Contact person"), self.tr("name and role")),
            "contact_details": (self.tr("Contact &details"), self.tr("email, phone, address")),
            "first_contact_on": (self.tr("First contact &on"), self.tr("YYYY-MM-DD")),
            "agreed_on": (self.tr("Agreed on"), self.tr("YYYY-MM-DD")),
            "material": (
                self.tr("Material"),
                self.tr("which collection, roughly how many files, in what form"),
            ),
            "credit_line": (
                self.tr("Credit &line"),
                self.tr("how files should credit the partner; the name if empty"),
            ),
            "notes": (self.tr("Notes"), self.tr("anything worth remembering")),
        }
        hints = {
            "name": self.tr("The partner's name as reports, credits and the agreement give it."),
            "kind": self.tr("Museum, archive, library, university or another kind."),
            "status": self.tr("How far the partnership has come, from first contact to done."),
        }
        for field, (label, placeholder) in labels.items():
            self.rows[field].set_texts(label, placeholder, hints.get(field, ""))
        self.licence_label.setText(self.tr("L&icence"))
        self._fill_combo("kind", KINDS, kind_label)
        self._fill_combo("status", STATUSES, status_label)
        self._show_problems()

    # -- internals -----------------------------------------------------------------------
    def _fill_combo(self, field: str, keys: tuple[str, ...], label: object) -> None:
        combo = self.rows[field].editor
        assert isinstance(combo, QComboBox)
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            for key in keys:
                combo.addItem(label(key), key)  # type: ignore[operator]
            combo.setCurrentIndex(max(combo.findData(current), 0))
        finally:
            combo.blockSignals(False)

    def _on_edited(self, field: str, *, at_once: bool = False) -> None:
        if self._partnership_id is None:
            return
        self._dirty.add(field)
        if not self.save_status.styleSheet():  # a failed save's reason stays up
            self.save_status.setText(self.tr("Saving…"))
        if at_once:  # a choice is complete when made; no reason to wait
            self.flush()
        else:
            self._autosave.changed()

    def _show_problems(self) -> None:
        """Refusals (errors) where a save failed, and the core's hints on what is typed."""
        by_field: dict[str, list[Problem]] = {field: [] for field in self.rows}
        for field, problems in self._refusals.items():
            by_field.setdefault(field, []).extend(problems)
        if self._partnership_id is not None:
            hints = validate_partnership({"country": self.rows["country"].value()})
            for problem in hints:
                if problem.severity != Severity.ERROR:
                    by_field.setdefault(field_of(problem), []).append(problem)
        for field, row in self.rows.items():
            self._show_field(row, by_field.get(field, []))

    def _show_field(self, row: FieldRow, problems: list[Problem]) -> None:
        message = row.message
        if not problems:
            message.clear()
            message.hide()
            row.describe("")
            return
        errors_first = sorted(problems, key=lambda problem: problem.severity != Severity.ERROR)
        message.setText("\n".join(problem_text(problem) for problem in errors_first))
        is_error = errors_first[0].severity == Severity.ERROR
        message.setStyleSheet(ERROR_STYLE if is_error else WARNING_STYLE)
        message.show()
        row.describe(message.text())
