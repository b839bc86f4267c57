"""Welcome, page 1: the interface language, the system's by default, switched live.

Each language is listed in its own name (someone who reads only Arabic must find
"العربية" whatever language the window speaks now). Picking one applies it at once —
right to left for Arabic — and keeps it, as the Settings area does.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.core.settings import SUPPORTED_LANGUAGES
from desktop_app.services.translations import SOURCE_LANGUAGE
from desktop_app.ui.areas.base import body_label, heading_label
from desktop_app.ui.i18n import LANGUAGE_NAMES, Retranslatable, available_languages

CODE_ROLE = Qt.ItemDataRole.UserRole
# Roomy rows: the first thing a newcomer clicks, maybe on a touchpad.
LIST_STYLE = "QListWidget#welcomeLanguages::item { padding: 6px 10px; }"


def welcome_languages() -> list[str]:
    """English first, then every language Fieldkit speaks (shipped or promised)."""
    others = [code for code in SUPPORTED_LANGUAGES if code != SOURCE_LANGUAGE]
    others += [code for code in available_languages() if code not in others]
    return [SOURCE_LANGUAGE, *(code for code in others if code != SOURCE_LANGUAGE)]


def system_language(locale: QLocale | None = None, offered: list[str] | None = None) -> str:
    """The first of the system's preferred languages that Fieldkit offers, else English."""
    offered = offered or welcome_languages()
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in offered:
            return code
    return SOURCE_LANGUAGE


class LanguagePage(Retranslatable, QWidget):
    """A greeting and the list of languages; ``language_picked`` on every choice."""

    language_picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading_label(self)
        self.heading.setObjectName("welcomeHeading")
        self.intro = body_label(self)
        self.prompt = QLabel(self)
        self.languages = QListWidget(self)
        self.languages.setObjectName("welcomeLanguages")
        self.languages.setStyleSheet(LIST_STYLE)
        self.languages.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for code in welcome_languages():
            item = QListWidgetItem(LANGUAGE_NAMES.get(code, code))
            item.setData(CODE_ROLE, code)
            self.languages.addItem(item)
        rows = self.languages.sizeHintForRow(0) * self.languages.count()
        self.languages.setMaximumHeight(rows + 2 * self.languages.frameWidth() + 4)
        self.prompt.setBuddy(self.languages)
        self.later_hint = body_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addWidget(self.prompt)
        layout.addWidget(self.languages)
        layout.addWidget(self.later_hint)
        layout.addStretch(1)
        self.languages.currentItemChanged.connect(self._on_current_changed)
        self.retranslate_ui()

    def select(self, code: str) -> None:
        """Show ``code`` as chosen without announcing it (the dialog applied it already)."""
        for row in range(self.languages.count()):
            if self.languages.item(row).data(CODE_ROLE) == code:
                self.languages.blockSignals(True)
                self.languages.setCurrentRow(row)
                self.languages.blockSignals(False)
                return

    def chosen(self) -> str:
        item = self.languages.currentItem()
        return str(item.data(CODE_ROLE)) if item is not None else SOURCE_LANGUAGE

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Welcome to Fieldkit"))
        self.intro.setText(
            self.tr(
                "Fieldkit helps you bring a museum's, an archive's or a library's collection "
                "to Wikimedia Commons: plan the partnership, prepare the files and upload "
                "them, also without a connection. Three short questions first."
            )
        )
        self.prompt.setText(self.tr("&Language of Fieldkit:"))
        self.later_hint.setText(self.tr("You can change every answer later in Settings."))

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.language_picked.emit(str(current.data(CODE_ROLE)))
