"""File names Fieldkit suggests (agreement drafts, reports, spreadsheets) that every system takes.

A partner's name or a batch name is free text: "Nordiska museet / Skansen" or "Archive:
1920s?" would make a save dialog propose a folder that does not exist or a name Windows
refuses. :func:`safe_file_name` is the one rule for all of them: no path separators, none of
the characters Windows forbids, no control characters, no reserved device names, no
trailing dot or space, no leading dot (a hidden file), NFC (as macOS stores names), and at
most 255 bytes in UTF-8 with the extension kept.
"""

from __future__ import annotations

import re
import unicodedata

# Separators ("/" everywhere, "\\" on Windows, ":" on old macOS) become " - "; the other
# characters Windows forbids, and control characters, are left out.
_SEPARATORS = re.compile(r"\s*[/\\|:]\s*")
_FORBIDDEN = re.compile(r'[<>"?*\x00-\x1f\x7f]')
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{n}" for n in range(1, 10)}
    | {f"LPT{n}" for n in range(1, 10)}
)
MAX_NAME_BYTES = 255  # ext4, APFS, NTFS (NTFS counts UTF-16 units, 255 bytes is within it)
DEFAULT_STEM = "file"


def safe_file_name(stem: str, extension: str = "", *, fallback: str = DEFAULT_STEM) -> str:
    """``stem`` + ``extension`` made safe to save on Windows, macOS and Linux.

    Separators become " - " ("A/B" → "A - B", "Archive: 1920s" → "Archive - 1920s"), the
    other forbidden characters are dropped; runs of spaces and dashes collapse.
    ``extension`` may be given with or without its dot. An empty result becomes
    ``fallback``.
    """
    suffix = _clean_extension(extension)
    text = re.sub(r"[\t\r\n]+", " ", unicodedata.normalize("NFC", stem))
    text = _SEPARATORS.sub(" - ", text)
    text = _FORBIDDEN.sub("", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s*-(?:\s*-)+\s*", " - ", text)
    text = text.strip(" .-")
    if not text:
        text = fallback
    if text.split(".")[0].upper() in _RESERVED:
        text = f"{text}_"
    limit = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    text = _truncate_utf8(text, limit).rstrip(" .-") or fallback
    return text + suffix


def _clean_extension(extension: str) -> str:
    bare = _FORBIDDEN.sub("", _SEPARATORS.sub("", extension.strip().lstrip("."))).strip(" .")
    return f".{bare}" if bare else ""


def _truncate_utf8(text: str, limit: int) -> str:
    """At most ``limit`` bytes of UTF-8, never cutting a character in half."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")
