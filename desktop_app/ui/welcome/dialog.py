"""The welcome on a first start: language, wiki and login, a first partnership.

Three short pages with Back / Next and, on the wiki page, "Later — I am offline now".
"Skip" (or closing the window, or Esc) ends it at any page; finishing or skipping is
remembered in the data folder and the welcome is never shown again there. ``ended``
carries the partnership to open afterwards (None: none was made).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.account import AccountSaved, PasswordOutcome
from desktop_app.services.first_run import WelcomeEnd, choose_language, end_welcome
from desktop_app.ui.i18n import Retranslatable, install_language
from desktop_app.ui.welcome.language_page import LanguagePage, system_language
from desktop_app.ui.welcome.partnership_page import PartnershipPage
from desktop_app.ui.welcome.wiki_page import WikiPage

if TYPE_CHECKING:
    from desktop_app.store.context import AppContext

log = logging.getLogger(__name__)

MARGIN = 24
LANGUAGE, WIKI, PARTNERSHIP = range(3)


class WelcomeDialog(Retranslatable, QDialog):
    """The pages in a stack, a step counter above and the buttons below."""

    ended = Signal(object)  # the id of the partnership to open, or None
    account_saved = Signal()  # the wiki or login changed: the status and uploads restart
    desk_toggled = Signal(bool)  # "I work for a helpdesk" (saved): show or hide the desk

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, locale: QLocale | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ended = False
        self.setObjectName("welcomeDialog")
        self.setModal(True)
        self.setMinimumSize(QSize(560, 500))
        self.resize(QSize(640, 560))

        self.step_label = QLabel(self)
        self.step_label.setObjectName("welcomeStep")
        self.language_page = LanguagePage(self)
        self.wiki_page = WikiPage(ctx, self)
        self.partnership_page = PartnershipPage(ctx, self)
        self.pages = QStackedWidget(self)
        for page in (self.language_page, self.wiki_page, self.partnership_page):
            self.pages.addWidget(page)

        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("welcomeSkip")
        self.skip_button.setAutoDefault(False)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("welcomeBack")
        self.back_button.setAutoDefault(False)
        self.later_button = QPushButton(self)
        self.later_button.setObjectName("welcomeLater")
        self.later_button.setAutoDefault(False)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("welcomeNext")
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.skip_button.clicked.connect(self.skip)
        self.back_button.clicked.connect(self.back)
        self.later_button.clicked.connect(self.later)
        self.next_button.clicked.connect(self.next)
        self.language_page.language_picked.connect(self.apply_language)
        self.wiki_page.saved.connect(self._on_account_saved)
        self.partnership_page.busy.connect(self._set_busy)
        self.partnership_page.made.connect(self.finish)
        self.partnership_page.desk_toggled.connect(self.desk_toggled)

        # The system's language to begin with, applied at once.
        language = system_language(locale)
        self.language_page.select(language)
        self.apply_language(language)
        self.retranslate_ui()
        self._show_page(LANGUAGE)

    # -- public ------------------------------------------------------------------------
    def apply_language(self, language: str) -> None:
        """Switch the whole interface now (right to left for Arabic) and keep it."""
        choose_language(self._ctx.db, language)
        install_language(language)

    def next(self) -> None:
        """The next page; on the last one, make the partnership chosen and finish."""
        page = self.pages.currentIndex()
        if page == LANGUAGE:
            self._show_page(WIKI)
        elif page == WIKI:
            if self.wiki_page.save():
                self._show_page(PARTNERSHIP)
        else:
            self.partnership_page.submit()

    def back(self) -> None:
        self._show_page(max(self.pages.currentIndex() - 1, LANGUAGE))

    def later(self) -> None:
        """ "Later — I am offline now": no login now; on to the partnership."""
        if self.wiki_page.later():
            self._show_page(PARTNERSHIP)

    def skip(self) -> None:
        """End here; never shown again. What was chosen so far is kept."""
        self.reject()

    def finish(self, partnership_id: int | None) -> None:
        """All done: remember it and open the partnership made (if any)."""
        self._end(WelcomeEnd.FINISHED, partnership_id)
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Fieldkit"))
        self.skip_button.setText(self.tr("&Skip the welcome"))
        self.skip_button.setToolTip(
            self.tr("Start with an empty Fieldkit; everything can be set up later")
        )
        self.back_button.setText(self.tr("&Back"))
        self.later_button.setText(self.tr("Later — &I am offline now"))
        self._update_step()

    # -- Qt ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        parent = self.parentWidget()
        if parent is not None and parent.isVisible():  # over the middle of the window
            frame = parent.frameGeometry()
            self.move(frame.center() - self.rect().center())

    def reject(self) -> None:
        # Esc and closing the window (QDialog closes through here) are skipping too.
        self._end(WelcomeEnd.SKIPPED, None)
        super().reject()

    # -- internals -----------------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_step()
        focus = {
            LANGUAGE: self.language_page.languages,
            WIKI: self.wiki_page.username_edit,
            PARTNERSHIP: self.partnership_page.name_edit,
        }[page]
        focus.setFocus()

    def _update_step(self) -> None:
        page = self.pages.currentIndex()
        self.step_label.setText(
            self.tr("Step {number} of {total}").format(number=page + 1, total=3)
        )
        self.back_button.setVisible(page != LANGUAGE)
        self.later_button.setVisible(page == WIKI)
        self.next_button.setText(self.tr("&Finish") if page == PARTNERSHIP else self.tr("&Next"))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.skip_button, self.back_button, self.next_button):
            button.setEnabled(not busy)

    def _on_account_saved(self, outcome: object) -> None:
        note = self.partnership_page.account_note
        if isinstance(outcome, BaseException):
            note.show_message(
                lambda: self.tr("The wiki login could not be saved; enter it in Settings."),
                problem=True,
                details="Saving the wiki login failed",
            )
            return
        assert isinstance(outcome, AccountSaved)
        self.account_saved.emit()
        texts = {
            PasswordOutcome.STORED: lambda: self.tr(
                "Your wiki login is saved; the password is in the keyring."
            ),
            PasswordOutcome.STORED_IN_FILE: lambda: self.tr(
                "Your wiki login is saved; the password is in Fieldkit's encrypted file."
            ),
            PasswordOutcome.NOT_GIVEN: lambda: self.tr(
                "Your wiki login is saved, but not the password: enter it in Settings."
            ),
            PasswordOutcome.NO_KEYRING: lambda: self.tr(
                "Your wiki login is saved, but not the password: this system has no keyring "
                "to keep it. Settings says how to give it."
            ),
            PasswordOutcome.FAILED: lambda: self.tr(
                "Your wiki login is saved, but the keyring refused to keep the password."
            ),
        }
        make = texts.get(outcome.password)
        if outcome.password == PasswordOutcome.NOT_GIVEN and not self.wiki_page.passphrase_declined:
            make = None  # "later": nothing was typed, nothing to say
        problem = outcome.password in (
            PasswordOutcome.NO_KEYRING,
            PasswordOutcome.FAILED,
            PasswordOutcome.NOT_GIVEN,
        )
        details = (
            "The keyring refused the password"
            if outcome.password == PasswordOutcome.FAILED
            else None
        )
        note.show_message(make, problem=problem, ok=not problem, details=details)

    def _end(self, how: WelcomeEnd, partnership_id: int | None) -> None:
        if self._ended:
            return
        self._ended = True
        end_welcome(self._ctx.db, how)
        self.ended.emit(partnership_id)
