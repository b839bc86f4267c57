"""Interface language: Qt Linguist catalogues, live switching and layout direction.

Translations are ``translations/fieldkit_<code>.ts`` (edited by translators, committed)
compiled to ``.qm`` (not committed; built by ``scripts/translations.py build``). A fresh checkout
that skipped the build still works: a missing ``.qm`` is compiled on demand when
``pyside6-lrelease`` is available.

Switching language replaces the installed :class:`QTranslator`; Qt then sends every
widget a ``LanguageChange`` event, and widgets using :class:`Retranslatable` re-read their
texts. ``FIELDKIT_PSEUDO_RTL=1`` forces a right-to-left layout in any language, so layouts
can be checked for Arabic or Hebrew users by someone who reads neither.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.system.paths import translations_dir

log = logging.getLogger(__name__)

PSEUDO_RTL_ENV = "FIELDKIT_PSEUDO_RTL"
CATALOGUE_PREFIX = "fieldkit_"
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
# Shown in the language picker in their own language, so they are never translated.
LANGUAGE_NAMES = {"en": "English", "sv": "Svenska"}
SOURCE_LANGUAGE = "en"

# The translators currently installed (ours and Qt's own for standard dialogs); kept here
# so they can be removed again and are not garbage-collected while installed.
_installed: list[QTranslator] = []


def pseudo_rtl_enabled() -> bool:
    """True when the right-to-left layout test switch is on."""
    return os.environ.get(PSEUDO_RTL_ENV, "").strip() not in ("", "0", "false", "no")


def layout_direction_for(language: str) -> Qt.LayoutDirection:
    """Right-to-left for RTL scripts or when the pseudo-RTL switch is on."""
    if pseudo_rtl_enabled() or language.split("_")[0] in RTL_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def find_lrelease() -> str | None:
    """``pyside6-lrelease`` on PATH or next to the running Python (an unactivated venv)."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else None


def compile_catalogue(ts_file: Path, qm_file: Path) -> bool:
    """Compile one ``.ts`` to ``.qm`` with lrelease; False (and a warning) if impossible."""
    lrelease = find_lrelease()
    if lrelease is None:
        log.warning("Cannot compile %s: pyside6-lrelease not found", ts_file)
        return False
    try:
        subprocess.run(
            [lrelease, "-silent", str(ts_file), "-qm", str(qm_file)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("Compiling %s failed: %s", ts_file, error)
        return False
    return qm_file.exists()


def catalogue_for(language: str, folder: Path | None = None) -> Path | None:
    """The ``.qm`` file for ``language``, compiling it from the ``.ts`` if that is missing."""
    folder = folder or translations_dir()
    qm_file = folder / f"{CATALOGUE_PREFIX}{language}.qm"
    ts_file = folder / f"{CATALOGUE_PREFIX}{language}.ts"
    if qm_file.exists() and (
        not ts_file.exists() or qm_file.stat().st_mtime >= ts_file.stat().st_mtime
    ):
        return qm_file
    if ts_file.exists() and compile_catalogue(ts_file, qm_file):
        log.info("Compiled translation catalogue %s", qm_file)
        return qm_file
    if qm_file.exists():  # stale but better than English
        return qm_file
    log.warning("No translation catalogue for %r in %s; showing English", language, folder)
    return None


def available_languages() -> list[str]:
    """Codes the language picker offers: English plus every ``.ts``/``.qm`` present."""
    found = {SOURCE_LANGUAGE}
    folder = translations_dir()
    if folder.is_dir():
        for path in folder.glob(f"{CATALOGUE_PREFIX}*.[tq][sm]"):
            found.add(path.stem.removeprefix(CATALOGUE_PREFIX))
    return sorted(found, key=lambda code: (code != SOURCE_LANGUAGE, code))


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

    loaded = language == SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        catalogue = catalogue_for(language)
        translator = QTranslator(app)
        if catalogue is not None and translator.load(str(catalogue)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = True
        elif catalogue is not None:
            log.warning("Could not load translation catalogue %s", catalogue)
        _install_qt_base_translation(app, language)

    QLocale.setDefault(QLocale(language))
    if isinstance(app, QApplication):
        app.setLayoutDirection(layout_direction_for(language))
    # Qt posts LanguageChange to every widget; deliver them now so the switch is complete
    # when this returns (callers and tests can rely on the new texts).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    log.info("Interface language set to %s (catalogue loaded: %s)", language, loaded)
    return loaded


def _install_qt_base_translation(app: QCoreApplication, language: str) -> None:
    """Qt's own strings (standard buttons, file dialogs) in the same language, if shipped."""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", qt_folder):
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
