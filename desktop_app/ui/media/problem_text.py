"""Problems in the user's language: the core gives codes and parameters, we word them.

Codes without a translation here fall back to the core's English message, so a new check
is never invisible, only untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.media_fields import FieldError
from desktop_app.core.problems import Problem, Severity

# Fixes the media area can carry out with one button.
SUPPORTED_FIXES = ("set-licence", "strip-gps", "apply-title-pattern")


def _t(text: str) -> str:
    return QCoreApplication.translate("MediaProblems", text)


def problem_message(problem: Problem) -> str:
    """The translated sentence for ``problem`` (English fallback for unknown codes)."""
    messages = {
        "licence-missing": _t("Choose a licence."),
        "licence-unknown": _t("The licence is not in Fieldkit's catalogue."),
        "author-missing": _t("Say who made the work."),
        "source-missing": _t("Say where the file comes from."),
        "date-missing": _t("Give a date, or “unknown” if nobody knows it."),
        "description-missing": _t("Write at least one description or caption."),
        "title-missing": _t("The file has no title."),
        "gps-present": _t(
            "The file records where it was taken. Choose for the batch whether to keep or "
            "remove the location before upload."
        ),
        "gps-kept": _t("The file records where it was taken; the location will be published."),
        "gps-will-be-stripped": _t(
            "The location will be removed from the uploaded copy (the original stays)."
        ),
        "file-missing": _t("The file is not where it was imported from."),
        "file-changed": _t("The file changed on disk since it was imported."),
        "file-damaged": _t("The file is damaged; it cannot be uploaded as it is."),
        "file-truncated": _t("The file is cut short (incomplete); it cannot be uploaded."),
        "file-unreadable": _t("The file cannot be read."),
        "duplicate-in-batch": _t("The same file is in this batch more than once."),
        "title-meaningless": _t(
            "“{title}” is a camera file name and says nothing about the content."
        ),
        "title-forbidden-characters": _t("The title contains characters not allowed: {characters}"),
        "title-too-long": _t("The title is {bytes} bytes long; the limit is {limit} bytes."),
        "title-duplicate-in-batch": _t("Another file in this batch has the title “{title}”."),
        "title-pattern-unknown-field": _t("Unknown placeholders: {fields}"),
    }
    template = messages.get(problem.code)
    if template is None:
        return problem.message
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError, ValueError):  # a translation naming a missing parameter
        return problem.message


def severity_text(problem: Problem) -> str:
    if problem.severity is Severity.ERROR:
        return _t("Must fix")
    if problem.severity is Severity.WARNING:
        return _t("Check")
    return _t("Note")


def fix_label(fix: str | None) -> str | None:
    """The Fix button's text, or None when the area cannot do this fix by itself."""
    labels = {
        "set-licence": _t("Set licence"),
        "strip-gps": _t("Remove location"),
        "apply-title-pattern": _t("Apply title pattern"),
    }
    return labels.get(fix or "")


def field_error_message(exc: FieldError) -> str:
    """Why a typed value was refused, in the user's language (the value is quoted)."""
    messages = {
        "bad-date": _t("“{value}” is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or “unknown”."),
        "bad-licence": _t("“{value}” is not a licence in Fieldkit's catalogue."),
        "bad-category": _t("“{value}” cannot be a category name."),
        "bad-depicts": _t("Use Wikidata item ids such as Q42, separated by |."),
        "bad-coordinate": _t("“{value}” is not a valid coordinate."),
        "bad-template": _t("The template must be information, artwork or photograph."),
        "unknown-field": _t("“{value}” is not a field Fieldkit knows."),
    }
    template = messages.get(exc.code)
    if template is None:
        return str(exc)
    quoted = str(exc).split("'")
    return template.format(value=quoted[1] if len(quoted) > 2 else "")
