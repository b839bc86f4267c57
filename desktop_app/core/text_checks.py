"""Characters no typed text may hold: control characters that cannot be on a wiki page,
in an email or in a spreadsheet cell (a NUL byte from a binary file read as text)."""

from __future__ import annotations

import re

# Tab and line breaks are text; the rest of C0, DEL and the two non-characters are not.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def control_characters(text: str) -> list[str]:
    """The control characters in ``text`` as ``U+0000`` names, each once, sorted."""
    return _code_points(CONTROL_CHARACTERS, text)


# A name (a partnership's, a batch's) is one line of visible text: no control character
# at all, line breaks and tabs included (C1 controls too, as Windows-1252 mistakes leave).
_NAME_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffe\uffff]")


def name_control_characters(name: str) -> list[str]:
    """The characters that cannot be in a one-line name, as ``U+000A`` names, each once."""
    return _code_points(_NAME_CONTROL_CHARACTERS, name)


def _code_points(characters: re.Pattern[str], text: str) -> list[str]:
    """The ``characters`` found in ``text`` as ``U+0000`` names, each once, sorted."""
    return sorted({f"U+{ord(ch):04X}" for ch in characters.findall(text)})
