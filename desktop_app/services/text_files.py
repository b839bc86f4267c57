"""Text files people hand Fieldkit — a request's description, a helpdesk reply — in the
encodings their editors write.

Notepad before Windows 10 (2019) saved in the Windows code page, and "Unicode" in Notepad
or Word means UTF-16: a volunteer's description in either used to be refused with
Python's "'utf-8' codec can't decode byte 0xe9". UTF-8 is read first, exactly as before
(so a NUL byte in it is still the request's ``request.control_characters``); anything
else goes through :func:`~desktop_app.files.text_decoding.decode_text`, as CSV sheets do.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from desktop_app.files.text_decoding import NotText, decode_text

__all__ = ["UnreadableText", "read_text_file"]


class UnreadableText(Exception):
    """The file cannot be read as text; ``str()`` says why and what to do."""


def read_text_file(path: str | Path) -> tuple[str, str | None]:
    """The file's text, and the legacy encoding it was read in (``"Windows-1252"``, for
    the caller to mention) or ``None``."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise UnreadableText(f"{name}: {error.strerror or error}") from error
    try:
        return data.removeprefix(codecs.BOM_UTF8).decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return decode_text(data)
    except NotText as error:
        raise UnreadableText(_why(name, error)) from error


def _why(name: str, error: NotText) -> str:
    if error.reason == "binary":
        return f"{name} is not a text file. Write the text in a plain text file (UTF-8)."
    if error.reason == "broken":
        return (
            f"{name} says it is {error.shown_encoding} but is damaged at byte {error.byte}. "
            "Save it again as UTF-8."
        )
    return (
        f"The letters in {name} are in an encoding Fieldkit cannot tell for sure (not UTF-8 "
        "or UTF-16). Save the file as UTF-8 and try again."
    )
