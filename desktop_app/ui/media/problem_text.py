"""Problems in the user's language: the core gives codes and parameters, we word them.

Codes without a translation here fall back to the core's English message, so a new check
is never invisible, only untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.media_fields import FieldError
from desktop_app.core.problems import Problem, Severity
from desktop_app.ui.media.sheet_problem_text import closest_licences, sheet_messages

# lupdate only extracts calls whose context and text are literals, so every call
# spells both out (a helper taking the text as an argument hides it from lupdate).
translate = QCoreApplication.translate

# Fixes the media area can carry out with one button.
SUPPORTED_FIXES = ("set-licence", "strip-gps", "apply-title-pattern", "replace-title-characters")


def problem_message(problem: Problem) -> str:
    """The translated sentence for ``problem`` (English fallback for unknown codes)."""
    messages = {
        "licence-missing": translate("MediaProblems", "Choose a licence."),
        "licence-unknown": translate(
            "MediaProblems", "The licence is not in Fieldkit's catalogue."
        ),
        "author-missing": translate("MediaProblems", "Say who made the work."),
        "source-missing": translate("MediaProblems", "Say where the file comes from."),
        "date-missing": translate("MediaProblems", "Give a date, or “unknown” if nobody knows it."),
        "description-missing": translate(
            "MediaProblems", "Write at least one description or caption."
        ),
        "title-missing": translate("MediaProblems", "The file has no title."),
        "gps-present": translate(
            "MediaProblems",
            "The file records where it was taken. Choose for the batch whether to keep or "
            "remove the location before upload.",
        ),
        "gps-kept": translate(
            "MediaProblems", "The file records where it was taken; the location will be published."
        ),
        "gps-will-be-stripped": translate(
            "MediaProblems",
            "The location will be removed from the uploaded copy (the original stays).",
        ),
        "file-missing": translate("MediaProblems", "The file is not where it was imported from."),
        "file-changed": translate(
            "MediaProblems", "The file changed on disk since it was imported."
        ),
        "file-damaged": translate(
            "MediaProblems", "The file is damaged; it cannot be uploaded as it is."
        ),
        "file-truncated": translate(
            "MediaProblems", "The file is cut short (incomplete); it cannot be uploaded."
        ),
        "file-unreadable": translate("MediaProblems", "The file cannot be read."),
        "duplicate-in-batch": translate(
            "MediaProblems", "The same file is in this batch more than once."
        ),
        "title-meaningless": translate(
            "MediaProblems", "“{title}” is a camera file name and says nothing about the content."
        ),
        "title-forbidden-characters": translate(
            "MediaProblems", "The title contains characters not allowed: {characters}"
        ),
        "title-too-long": translate(
            "MediaProblems", "The title is {bytes} bytes long; the limit is {limit} bytes."
        ),
        "title-duplicate-in-batch": translate(
            "MediaProblems", "Another file in this batch has the title “{title}”."
        ),
        "title-pattern-unknown-field": translate("MediaProblems", "Unknown placeholders: {fields}"),
        "title-illegal-file-characters": translate(
            "MediaProblems",
            "File names cannot contain {characters} (the wiki would rename the file); for "
            "example: “{suggestion}”.",
        ),
        "uploaded": translate("MediaProblems", "Uploaded and verified as “{title}”."),
        "folder-unreadable": translate(
            "MediaProblems",
            "The folder cannot be opened ({reason}), so its files were not imported. Check its "
            "permissions, or move it to a shorter path.",
        ),
        "file-not-regular": _special_file(str(problem.params.get("kind", ""))),
    }
    template = messages.get(problem.code) or sheet_messages().get(problem.code)
    if template is None:
        return problem.message
    try:
        text = template.format(**problem.params)
    except (KeyError, IndexError, ValueError):  # a translation naming a missing parameter
        return problem.message
    if problem.code == "bad-licence":
        text = " ".join(
            part
            for part in (text, closest_licences(str(problem.params.get("closest", ""))))
            if part
        )
    return text


def _special_file(kind: str) -> str:
    if kind == "fifo":
        return translate(
            "MediaProblems", "This is a named pipe, not a file with content; it was not read."
        )
    if kind == "socket":
        return translate(
            "MediaProblems", "This is a socket, not a file with content; it was not read."
        )
    return translate(
        "MediaProblems",
        "This is a device or special file, not a file with content; it was not read.",
    )


def severity_text(problem: Problem) -> str:
    if problem.severity is Severity.ERROR:
        return translate("MediaProblems", "Must fix")
    if problem.severity is Severity.WARNING:
        return translate("MediaProblems", "Check")
    return translate("MediaProblems", "Note")


def fix_label(fix: str | None) -> str | None:
    """The Fix button's text, or None when the area cannot do this fix by itself."""
    labels = {
        "set-licence": translate("MediaProblems", "Set licence"),
        "strip-gps": translate("MediaProblems", "Remove location"),
        "apply-title-pattern": translate("MediaProblems", "Apply title pattern"),
        "replace-title-characters": translate("MediaProblems", "Replace with “-”"),
    }
    return labels.get(fix or "")


def field_error_message(exc: FieldError) -> str:
    """Why a typed value was refused, in the user's language (the value is quoted)."""
    return problem_message(Problem(exc.code, str(exc), {"value": "", **exc.params}))
