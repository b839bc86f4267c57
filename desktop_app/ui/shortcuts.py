"""The keyboard shortcuts of the main actions, in one place.

The menu bar binds them; buttons in the areas name them in their tooltips ("New
partnership (Ctrl+N)") from the same values, so the two never disagree. A platform's
standard key is used where Qt knows one (``QKeySequence.StandardKey``), else the
fallback written here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class Keys:
    """A shortcut: the platform's standard key if it has one, else ``fallback``."""

    fallback: str
    standard: QKeySequence.StandardKey | None = None

    def sequences(self) -> list[QKeySequence]:
        if self.standard is not None:
            bound = [key for key in QKeySequence.keyBindings(self.standard) if _typeable(key)]
            if bound:
                return bound
        return [QKeySequence(self.fallback)]

    def text(self) -> str:
        """The first key as this platform writes it ("Ctrl+N", "⌘N")."""
        return self.sequences()[0].toString(QKeySequence.SequenceFormat.NativeText)


NEW_PARTNERSHIP = Keys("Ctrl+N", StandardKey.New)
NEW_REQUEST = Keys("Ctrl+Shift+N")
IMPORT_FILES = Keys("Ctrl+O", StandardKey.Open)  # files come in, as "Open" would
IMPORT_FOLDER = Keys("Ctrl+Shift+O")
START_UPLOADS = Keys("Ctrl+U")
PAUSE_UPLOADS = Keys("Ctrl+Shift+U")
SEND_NOW = Keys("F5", StandardKey.Refresh)
FIND = Keys("Ctrl+F", StandardKey.Find)
SETTINGS = Keys("Ctrl+,", StandardKey.Preferences)
QUIT = Keys("Ctrl+Q", StandardKey.Quit)
SHORTCUT_LIST = Keys("F1", StandardKey.HelpContents)


def _typeable(key: QKeySequence) -> bool:
    """A combination or an F key: not a dedicated "New" or "Find" key few keyboards have."""
    text = key.toString(QKeySequence.SequenceFormat.PortableText)
    return bool(text) and ("+" in text or (text[0] == "F" and text[1:].isdigit()))


def area_keys(number: int) -> Keys:
    """Ctrl+1 for the first area in the navigation, Ctrl+2 for the second…"""
    return Keys(f"Ctrl+{number}")


def with_shortcut(text: str, keys: Keys | QKeySequence) -> str:
    """A tooltip naming the shortcut: "Start a page for a partner institution (Ctrl+N)"."""
    if isinstance(keys, QKeySequence):
        if keys.isEmpty():
            return text
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
    else:
        shown = keys.text()
    return QCoreApplication.translate("Shortcuts", "{action} ({shortcut})").format(
        action=text, shortcut=shown
    )


def plain(text: str) -> str:
    """A menu text without its ``&`` accelerator marks ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
