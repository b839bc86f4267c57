"""A band above the partnerships while the sample exists: what it is, and "Remove sample".

One click removes the sample partnership with its checklists, batch, uploads waiting and
copied photos (``services.sample.remove_sample``, off the GUI thread); nothing the user
made elsewhere is touched. ``removed`` then carries the id, so the window can refresh.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop_app.services.partnerships import get_partnership
from desktop_app.services.sample import SampleRemoved, current_sample, remove_sample
from desktop_app.ui.areas.base import body_label
from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import note_failure
from desktop_app.ui.message_label import MessageLabel
from desktop_app.ui.operations import run_in_background

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)

BANNER_STYLE = (
    "QFrame#sampleBanner { background: #eef4fb; border: 1px solid #b9cde6; border-radius: 4px; }"
)


class SampleBanner(Retranslatable, QFrame):
    """Shown while a sample partnership exists; hidden otherwise."""

    removed = Signal(int)  # the sample partnership's id
    about_to_remove = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._sample_id: int | None = None
        self._name = ""
        self.setObjectName("sampleBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.text = body_label(self)
        self.text.setObjectName("sampleBannerText")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeSampleButton")
        self.problem = MessageLabel(self)
        self.problem.clear_message()  # hidden until there is something to say
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.remove_button)
        self.remove_button.clicked.connect(self.remove)
        self.retranslate_ui()
        self.refresh()

    def tab_stops(self) -> list[QWidget]:
        """What Tab reaches in the band (the area puts it before its tabs)."""
        return [self.remove_button]

    @property
    def sample_id(self) -> int | None:
        return self._sample_id

    def refresh(self) -> None:
        """Show the band while the sample exists (its name as it is now)."""
        self._sample_id = current_sample(self._ctx.db)
        self._name = get_partnership(self._ctx.db, self._sample_id).name if self._sample_id else ""
        self.problem.clear_message()
        self.remove_button.setEnabled(True)
        self._show_text()
        self.setVisible(self._sample_id is not None)

    def remove(self) -> None:
        """Delete the sample and everything in it (one click, no questions)."""
        if self._sample_id is None:
            return
        self.about_to_remove.emit(self._sample_id)
        self.remove_button.setEnabled(False)
        ctx = self._ctx
        run_in_background(
            lambda _op: remove_sample(ctx),
            success=self._on_removed,
            failure=self._on_failed,
            name="remove-sample",
            owner=self,
        )

    def retranslate_ui(self) -> None:
        self.remove_button.setText(self.tr("&Remove sample"))
        self.remove_button.setToolTip(
            self.tr("Delete the sample partnership with its checklists, batch and photos")
        )
        self._show_text()

    def _show_text(self) -> None:
        self.text.setText(
            self.tr(
                "“{name}” is a sample partnership to explore. Remove it when you are done."
            ).format(name=self._name)
        )

    def _on_removed(self, removed: SampleRemoved | None) -> None:
        self.refresh()
        if removed is not None:
            self.removed.emit(removed.partnership_id)

    def _on_failed(self, error: BaseException) -> None:
        self.remove_button.setEnabled(True)
        needle = note_failure(log, "Removing the sample partnership failed", error)
        self.problem.show_message(
            lambda: self.tr("The sample could not be removed."), problem=True, details=needle
        )
