"""Problems in the user's language: the core gives codes and parameters, we word them.

Codes without a translation here fall back to the core's English message, so a new check
is never invisible, only untranslated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.media_fields import FieldError
from desktop_app.core.problems import Problem, Severity

# lupdate only extracts calls whose context and text are literals, so every call
# spells both out (a helper taking the text as an argument hides it from lupdate).
translate = QCoreApplication.translate

# Fixes the media area can carry out with one button.
SUPPORTED_FIXES = ("set-licence", "strip-gps", "apply-title-pattern")


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
    }
    if problem.code in ("filetype-not-accepted", "file-too-large"):
        return _file_limit_message(problem)
    template = messages.get(problem.code)
    if template is None:
        return problem.message
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError, ValueError):  # a translation naming a missing parameter
        return problem.message


def _file_limit_message(problem: Problem) -> str:
    """A type or size the wiki refuses: what, the way out, and a command where one helps."""
    params = problem.params
    if problem.code == "file-too-large":
        text = translate(
            "MediaProblems", "The file is {size}; the wiki accepts at most {limit}."
        ).format(size=params.get("size_text", ""), limit=params.get("limit_text", ""))
        way_out = {
            "matroska": translate(
                "MediaProblems",
                "Make a smaller copy (a lower quality setting) or split the film into parts.",
            ),
            "ogg": translate(
                "MediaProblems",
                "Make a smaller copy (Opus at a lower bitrate) or split the recording into parts.",
            ),
            "flac": translate(
                "MediaProblems", "Make a smaller copy in Opus, or split the recording into parts."
            ),
            "wav": translate(
                "MediaProblems",
                "Save it as FLAC (lossless, about half the size) or split the recording into "
                "parts.",
            ),
            "pdf": translate(
                "MediaProblems",
                "Split the document into volumes (for example with PDFsam or qpdf).",
            ),
            "tiff": translate(
                "MediaProblems",
                "Save a compressed copy (LZW or Deflate TIFF) or a JPEG for the wiki.",
            ),
        }.get(str(params.get("kind", "")))
        text += " " + (
            way_out
            or translate("MediaProblems", "Make a smaller copy or split it into parts first.")
        )
    else:
        text = translate("MediaProblems", "The wiki does not accept .{extension} files.").format(
            extension=params.get("extension", "")
        )
        advice = {
            "video": translate(
                "MediaProblems",
                "Convert the video to WebM (VP9 video, Opus sound), for example with ffmpeg "
                "or HandBrake.",
            ),
            "audio": translate(
                "MediaProblems",
                "Convert the audio to Opus (or FLAC to keep every detail), for example with "
                "ffmpeg or Audacity.",
            ),
            "heif": translate("MediaProblems", "Convert it to JPEG, for example with GIMP."),
            "camera-raw": translate(
                "MediaProblems",
                "Develop the camera RAW file to TIFF or JPEG (for example with darktable).",
            ),
            "document": translate(
                "MediaProblems", "Export the document to PDF (for example with LibreOffice)."
            ),
            "presentation": translate(
                "MediaProblems", "Export the presentation to PDF (for example with LibreOffice)."
            ),
            "spreadsheet": translate(
                "MediaProblems", "Spreadsheets are not media; put the data in the descriptions."
            ),
            "archive": translate("MediaProblems", "Unpack the archive and import its files."),
            "bmp": translate(
                "MediaProblems", "Convert it to PNG (lossless), for example with GIMP."
            ),
        }.get(str(params.get("kind", "")))
        if advice:
            text += " " + advice
    command = str(params.get("command") or "")
    if command:
        text += " " + translate("MediaProblems", "For example: {command}").format(command=command)
    return text


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
    }
    return labels.get(fix or "")


def field_error_message(exc: FieldError) -> str:
    """Why a typed value was refused, in the user's language (the value is quoted)."""
    messages = {
        "bad-date": translate(
            "MediaProblems", "“{value}” is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or “unknown”."
        ),
        "bad-licence": translate(
            "MediaProblems", "“{value}” is not a licence in Fieldkit's catalogue."
        ),
        "bad-category": translate("MediaProblems", "“{value}” cannot be a category name."),
        "bad-depicts": translate(
            "MediaProblems", "Use Wikidata item ids such as Q42, separated by |."
        ),
        "bad-coordinate": translate("MediaProblems", "“{value}” is not a valid coordinate."),
        "bad-template": translate(
            "MediaProblems", "The template must be information, artwork or photograph."
        ),
        "unknown-field": translate("MediaProblems", "“{value}” is not a field Fieldkit knows."),
    }
    template = messages.get(exc.code)
    if template is None:
        return str(exc)
    quoted = str(exc).split("'")
    return template.format(value=quoted[1] if len(quoted) > 2 else "")
