"""Problems in the user's language: the core gives codes and parameters, we word them.

Every code the core and the file readers can emit has its sentence here
(``tests/ui/test_problem_texts.py`` finds the codes in the sources and fails on a new one
without words). A code unknown at run time still falls back to the core's English
message, so a new check is never invisible.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

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
        "file-name-not-text": translate(
            "MediaProblems",
            "The file's name is not valid text (it has bytes that are not UTF-8), so it was "
            "not imported. Rename the file and import again.",
        ),
        "batch.name_missing": translate("MediaProblems", "The batch needs a name."),
        "batch.name_too_long": translate(
            "MediaProblems", "The batch name is longer than {max} characters."
        ),
        "batch.name_control_characters": translate(
            "MediaProblems",
            "The batch name contains control characters ({characters}), such as a line "
            "break; write it on one line.",
        ),
        "folder-name-not-text": translate(
            "MediaProblems",
            "The folder's name is not valid text (it has bytes that are not UTF-8), so its "
            "files were not imported. Rename the folder and import again.",
        ),
        "file-not-regular": _special_file(str(problem.params.get("kind", ""))),
        "title-invalid-sequence": translate(
            "MediaProblems", "The title contains control characters or “~~~”; remove them."
        ),
        "title-extension-clash": translate(
            "MediaProblems",
            "The title ends in .{title_extension} but the file is a .{file_extension} file.",
        ),
        "title-used-in-earlier-batch": translate(
            "MediaProblems", "The title “{title}” is already used in the batch “{batch}”."
        ),
        "title-exists-on-wiki": translate(
            "MediaProblems", "A file named “{title}” already exists on the wiki."
        ),
        "duplicate-earlier-batch": translate(
            "MediaProblems", "This file was already imported in the batch “{batch}”."
        ),
        "duplicate-on-wiki": translate(
            "MediaProblems", "This file is already on the wiki as “{title}”."
        ),
        "date-invalid": translate(
            "MediaProblems",
            "“{date}” is not a date; use YYYY, YYYY-MM, YYYY-MM-DD or “unknown”.",
        ),
        "file-empty": translate("MediaProblems", "The file is empty (0 bytes)."),
        "file-needs-chunked-upload": translate(
            "MediaProblems", "The file is larger than {limit}; it is uploaded in chunks."
        ),
        "gps-strip-unsupported": translate(
            "MediaProblems",
            "The location cannot be removed from this kind of file without changing the "
            "picture; remove it with another program, or keep it.",
        ),
        "gps-strip-failed": translate(
            "MediaProblems",
            "The location could not be removed from a copy of the file (is the disk full?). "
            "The file was not queued.",
        ),
        "metadata-bad-gps": translate(
            "MediaProblems", "The GPS position in the file cannot be read; it is ignored."
        ),
        "metadata-bad-orientation": translate(
            "MediaProblems", "The orientation recorded in the file is not valid; it is ignored."
        ),
        "metadata-unreadable": translate(
            "MediaProblems", "The embedded metadata (EXIF) could not be read; it is ignored."
        ),
        "row-no-match": translate("MediaProblems", "Row {row} matches no file of this batch."),
        "unknown-column": translate(
            "MediaProblems",
            "The column “{column}” is not a Fieldkit field; rows with a value in it are refused.",
        ),
    }
    if problem.code in ("filetype-not-accepted", "content-extension-mismatch", "not-media"):
        return _with_command(_file_type_message(problem), problem)
    if problem.code == "file-too-large":
        return _with_command(_too_large_message(problem), problem)
    template = messages.get(problem.code) or sheet_messages().get(problem.code)
    if template is None:
        return problem.message
    params = dict(problem.params)
    for name in ("size", "limit"):  # byte counts read as megabytes
        if isinstance(params.get(name), int) and problem.code.startswith("file-"):
            params[name] = megabytes(params[name])
    try:
        text = template.format(**params)
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


def megabytes(size: int) -> str:
    """A byte count in MB, in the user's number format."""
    return translate("MediaProblems", "{size} MB").format(
        size=QLocale().toString(size / (1024 * 1024), "f", 1)
    )


def _conversion_advice(kind: str) -> str:
    """What to do with a file of a family the wiki refuses (from ``kind``)."""
    advice = {
        "heif": translate(
            "MediaProblems", "Convert it to JPEG (for example with GIMP or ImageMagick)."
        ),
        "camera-raw": translate(
            "MediaProblems",
            "Develop the camera RAW file to TIFF or JPEG (for example with darktable).",
        ),
        "document": translate(
            "MediaProblems", "Export the document to PDF (for example with LibreOffice)."
        ),
        "spreadsheet": translate(
            "MediaProblems",
            "Spreadsheets are not media: put the data in the file descriptions, or export to PDF.",
        ),
        "presentation": translate(
            "MediaProblems", "Export the presentation to PDF (for example with LibreOffice)."
        ),
        "archive": translate("MediaProblems", "Unpack the archive and import the files in it."),
        "bmp": translate("MediaProblems", "Convert it to PNG (lossless), for example with GIMP."),
        "video": translate(
            "MediaProblems", "Convert the video to WebM (for example with ffmpeg or HandBrake)."
        ),
        "audio": translate(
            "MediaProblems", "Convert the sound to Ogg or FLAC (for example with Audacity)."
        ),
    }
    return advice.get(kind, "")


def _file_type_message(problem: Problem) -> str:
    params = problem.params
    extension = str(params.get("extension") or "")
    advice = _conversion_advice(str(params.get("kind") or ""))
    if problem.code == "not-media":
        text = translate("MediaProblems", "Not a media file; it was not added to the batch.")
    elif problem.code == "filetype-not-accepted":
        text = translate("MediaProblems", "The wiki does not accept .{extension} files.").format(
            extension=extension or "?"
        )
    else:
        kind = str(params.get("kind") or "")
        labels = {
            "text": translate("MediaProblems", "plain text"),
            "unknown": translate("MediaProblems", "not a recognised format"),
            "empty": translate("MediaProblems", "empty"),
        }
        text = translate(
            "MediaProblems", "The file is named .{extension} but its content is {kind}."
        ).format(extension=extension, kind=labels.get(kind, kind.upper()))
    return f"{text} {advice}".strip()


def _too_large_message(problem: Problem) -> str:
    """A file over the wiki's size limit: how large, the limit, and the way out by kind."""
    params = problem.params
    text = translate(
        "MediaProblems", "The file is {size}; the wiki accepts at most {limit}."
    ).format(
        size=params.get("size_text") or megabytes(int(params.get("size") or 0)),
        limit=params.get("limit_text") or megabytes(int(params.get("limit") or 0)),
    )
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
            "Save it as FLAC (lossless, about half the size) or split the recording into parts.",
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
        way_out or translate("MediaProblems", "Make a smaller copy or split it into parts first.")
    )
    return text


def _with_command(text: str, problem: Problem) -> str:
    """``text`` followed by the command line that does the conversion, when there is one."""
    command = str(problem.params.get("command") or "")
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
        "replace-title-characters": translate("MediaProblems", "Replace with “-”"),
    }
    return labels.get(fix or "")


def field_error_message(exc: FieldError) -> str:
    """Why a typed value was refused, in the user's language (the value is quoted)."""
    return problem_message(Problem(exc.code, str(exc), {"value": "", **exc.params}))
