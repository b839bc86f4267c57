"""Small sentence patterns that differ between languages, made translatable once.

"Label: value" is "Label : value" in French and "الملصق: القيمة" in Arabic; a list of
clauses joined with "; " reads oddly in languages that use another mark; a percentage is
"40%" in English, "40 %" in French and Swedish. Code that glues such pieces with English
punctuation is wrong in every other language, so it asks here instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication


def labelled(label: str, value: str) -> str:
    """A label and its value on one line ("Camera: Canon EOS 40D")."""
    return QCoreApplication.translate("TextPatterns", "{label}: {value}").format(
        label=label, value=value
    )


def clauses(parts: Iterable[str]) -> str:
    """Clauses of one sentence, as "already queued: 2; not ready yet: 1"."""
    separator = QCoreApplication.translate(
        "TextPatterns", "; ", "between clauses of one sentence (keep the spaces you need)"
    )
    return separator.join(parts)


def percent_text(percent: int) -> str:
    """A whole percentage as this language writes it ("40%", "40 %")."""
    return QCoreApplication.translate("TextPatterns", "{percent}%").format(percent=percent)


def progress_format() -> str:
    """The text drawn on a progress bar; Qt puts the percentage at ``%p``."""
    return QCoreApplication.translate("TextPatterns", "%p%", "text on a progress bar")


def listing(items: Iterable[str]) -> str:
    """Items of a list in running text, as "photos, maps, sound" (Arabic: "، ")."""
    separator = QCoreApplication.translate(
        "TextPatterns", ", ", "between items of a list in running text (keep the spaces you need)"
    )
    return separator.join(items)
