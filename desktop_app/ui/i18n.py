"""Interface language: Qt Linguist catalogues, live switching and layout direction.

Translators edit ``translations/fieldkit_<code>.ts`` in the repository;
``scripts/translations.py build`` compiles each to ``desktop_app/resources/translations/
fieldkit_<code>.qm``, which is committed and shipped in the package (a test fails when one
differs from its ``.ts``). The picker offers English plus every shipped catalogue.

Switching language replaces the installed :class:`QTranslator`; Qt then sends every
widget a ``LanguageChange`` event, and widgets using :class:`Retranslatable` re-read their
texts. ``FIELDKIT_PSEUDO_RTL=1`` forces a right-to-left layout in any language, so layouts
can be checked for Arabic or Hebrew users by someone who reads neither;
``FIELDKIT_PSEUDO_CATALOGUE=x.qm`` shows every string from that catalogue instead (one made by
``scripts/pseudo_translate.py``, 40 % longer, to find labels that are cut off).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.services.translations import SOURCE_LANGUAGE, catalogue_data, shipped_languages

log = logging.getLogger(__name__)

PSEUDO_RTL_ENV = "FIELDKIT_PSEUDO_RTL"
PSEUDO_CATALOGUE_ENV = "FIELDKIT_PSEUDO_CATALOGUE"
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
# Shown in the language picker in their own language, so they are never translated.
LANGUAGE_NAMES = {
    "en": "English",
    "sv": "Svenska",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ar": "العربية",
}

# The translators currently installed (ours and Qt's own for standard dialogs); kept here
# so they can be removed again and are not garbage-collected while installed.
_installed: list[QTranslator] = []
# QTranslator.load(bytes) does not copy: the catalogue's bytes must live as long as it does.
_catalogue_bytes: list[bytes] = []


def pseudo_rtl_enabled() -> bool:
    """True when the right-to-left layout test switch is on."""
    return os.environ.get(PSEUDO_RTL_ENV, "").strip() not in ("", "0", "false", "no")


def pseudo_catalogue() -> Path | None:
    """The layout-test catalogue to show instead of any language, when one is set."""
    value = os.environ.get(PSEUDO_CATALOGUE_ENV, "").strip()
    return Path(value) if value else None


def layout_direction_for(language: str) -> Qt.LayoutDirection:
    """Right-to-left for RTL scripts or when the pseudo-RTL switch is on."""
    if pseudo_rtl_enabled() or language.split("_")[0] in RTL_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def available_languages() -> list[str]:
    """Codes the language picker offers: English, then every shipped catalogue."""
    return [SOURCE_LANGUAGE, *(code for code in shipped_languages() if code != SOURCE_LANGUAGE)]


def install_language(language: str, app: QCoreApplication | None = None) -> bool:
    """Make ``language`` the interface language now; True if a catalogue was loaded.

    English needs no catalogue. Any widget alive receives ``LanguageChange`` and
    retranslates itself; the layout direction follows the language.
    """
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _catalogue_bytes.clear()

    loaded = language == SOURCE_LANGUAGE
    pseudo = pseudo_catalogue()
    if pseudo is not None:
        loaded = _install_translator(app, pseudo.read_bytes() if pseudo.is_file() else None)
    elif language != SOURCE_LANGUAGE:
        loaded = _install_catalogue(app, language)
        _install_qt_base_translation(app, language)

    QLocale.setDefault(number_locale(language))
    if isinstance(app, QApplication):
        app.setLayoutDirection(layout_direction_for(language))
    # Qt posts LanguageChange to every widget; deliver them now so the switch is complete
    # when this returns (callers and tests can rely on the new texts).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    log.info("Interface language set to %s (catalogue loaded: %s)", language, loaded)
    return loaded


# Numbers, times and percentages in Western digits, as the glossary asks: QLocale("ar")
# is Egyptian Arabic, which writes ٠١٢; the Emirates' Arabic keeps 0-9 with the same
# month names and right-to-left layout.
NUMBER_LOCALES = {"ar": "ar_AE"}


def interface_language() -> str:
    """The language code the interface speaks now ("ar", "sv", ...), from Qt's default."""
    return QLocale().name().split("_")[0]


def number_locale(language: str) -> QLocale:
    """The locale numbers, dates and sizes are written in for an interface language."""
    return QLocale(NUMBER_LOCALES.get(language, language))


def _install_catalogue(app: QCoreApplication, language: str) -> bool:
    """Install Fieldkit's shipped catalogue for ``language``; False (and a warning) if none."""
    data = catalogue_data(language)
    if data is None:
        log.warning("No translation catalogue for %r is shipped; showing English", language)
        return False
    return _install_translator(app, data)


def _install_translator(app: QCoreApplication, data: bytes | None) -> bool:
    """Install a compiled catalogue; False (and a warning) if it is missing or broken."""
    translator = QTranslator(app)
    if data is None or not translator.load(data):
        log.warning("Could not load a translation catalogue; showing English")
        return False
    _catalogue_bytes.append(data)
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def _install_qt_base_translation(app: QCoreApplication, language: str) -> None:
    """Qt's own strings (standard buttons, file dialogs) in the same language, if shipped."""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    # By locale, not by code: Qt ships Portuguese as qtbase_pt_BR.qm, and QLocale("pt")
    # is pt_BR, so "pt" finds it (and "sv" still finds qtbase_sv.qm).
    if translator.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(translator)
        _installed.append(translator)


class Retranslatable:
    """Mixin for widgets: call ``retranslate_ui()`` whenever the language changes.

    Put it before the Qt class (``class X(Retranslatable, QWidget)``) and set every
    user-visible text in ``retranslate_ui``, which ``__init__`` also calls once.
    """

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]
