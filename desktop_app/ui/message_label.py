"""A message line that stays in the user's language and keeps the details one click away.

A message made with ``tr()`` when something happened is frozen in the language of that
moment; after a live switch it would stay English in a Swedish window. So a message is
given as a *function* that makes the text, called again when the language changes. A
``details`` needle adds a "Details…" link to the log line with the technical side
(:mod:`desktop_app.ui.log_links`); the sentence itself never carries it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.i18n import Retranslatable
from desktop_app.ui.log_links import details_anchor, follow

PROBLEM_STYLE = "color: #b00020;"
OK_STYLE = "color: #2e7d32;"
TextMaker = Callable[[], str]


def as_html(text: str) -> str:
    """Plain text as rich text: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


@dataclass(frozen=True)
class Notice:
    """A message passed on by a signal: how to make its text, its tone, its log needle."""

    make: TextMaker
    problem: bool = False
    details: str | None = None


class MessageLabel(Retranslatable, QLabel):
    """Shows ``make()`` (re-made on every language change) and an optional "Details…" link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(follow)
        self._make: TextMaker | None = None
        self._style = ""
        self._details: str | None = None
        self._render()

    def show_message(
        self,
        make: TextMaker | str | None,
        *,
        problem: bool = False,
        ok: bool = False,
        details: str | None = None,
    ) -> None:
        """Show a message: a function making it (preferred) or a finished text.

        ``problem`` shows it in red, ``ok`` in green (never colour alone: the words say it).
        """
        if isinstance(make, str):
            fixed = make
            make = (lambda: fixed) if fixed else None
        self._make, self._details = make, details
        self._style = PROBLEM_STYLE if problem else OK_STYLE if ok else ""
        self._render()

    def show_notice(self, notice: Notice) -> None:
        self.show_message(notice.make, problem=notice.problem, details=notice.details)

    def clear_message(self) -> None:
        self.show_message(None)

    def message(self) -> str:
        """The plain text shown now (without the link)."""
        return self._make() if self._make is not None else ""

    @property
    def details(self) -> str | None:
        """The log needle of the "Details…" link, if any."""
        return self._details

    def retranslate_ui(self) -> None:
        self._render()

    def _render(self) -> None:
        text = self._make() if self._make is not None else ""
        body = as_html(text)
        if text and self._details:
            body += "&nbsp; " + details_anchor(self._details)
        self.setStyleSheet(self._style if text else "")
        self.setText(body)
        self.setVisible(bool(text))
        # Tab stops only on a "Details…" link to follow; an empty stop would say nothing.
        has_link = bool(text and self._details)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_link else Qt.FocusPolicy.ClickFocus)
