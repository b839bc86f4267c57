"""File and folder names as text.

Linux allows any bytes in a name; Python keeps the bytes that are not UTF-8 as lone
surrogates (``"\\udcff"``), and such a string cannot be written to the database or to
UTF-8 output. Names of that kind come from folders unpacked from old zips or copied off
old camera cards, and from the command line.
"""

from __future__ import annotations

import os

__all__ = ["is_text", "shown_name"]


def is_text(name: str) -> bool:
    """Whether a file or folder name can be stored and written out as text."""
    if name.isascii():  # nearly every name: no encoding tried
        return True
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown_name(path: str) -> str:
    """``path`` as text whatever its bytes: those that are not UTF-8 written as ``\\xff``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
