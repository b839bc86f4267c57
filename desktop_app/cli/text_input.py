"""Text files named on the command line (a request's description, a reply): ``-`` is
standard input, anything else is read by :mod:`desktop_app.services.text_files`."""

from __future__ import annotations

import sys

from desktop_app.services.text_files import UnreadableText, read_text_file

__all__ = ["UnreadableText", "read_text_argument"]


def read_text_argument(name: str) -> str:
    """The text of the file called ``name`` (``-``: standard input). A file read in a
    legacy encoding gets a note on standard error (the output, maybe JSON, stays clean)."""
    if name == "-":
        return sys.stdin.read()
    text, legacy = read_text_file(name)
    if legacy is not None:
        print(
            f"Note: {name} is not UTF-8; it was read as {legacy} (Western European). If any "
            "letters look wrong, save it as UTF-8 and try again.",
            file=sys.stderr,
        )
    return text
