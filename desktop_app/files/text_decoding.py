"""Text files as people's programs write them: the encoding found, not assumed.

Excel writes "CSV UTF-8" (with a byte-order mark) and "Unicode text" as UTF-16; Notepad
before Windows 10 (2019) and Excel's plain "CSV" write the Windows code page
(Windows-1252 in Western Europe). Each is read right or refused with a reason; nothing
is guessed that could quietly turn "Målning" into "MÃ¥lning" or Cyrillic into Latin
gibberish. Sheets (:mod:`desktop_app.files.sheet_csv`), request descriptions and replies
read their files through :func:`decode_text`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

__all__ = ["WINDOWS_1252", "NotText", "decode_text"]

WINDOWS_1252 = "Windows-1252"
SAMPLE_CHARS = 1024 * 1024  # how much of a legacy-encoded file is checked for plausibility
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text (tab, line breaks and form feed aside).
_BINARY = re.compile(rb"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f]")  # \x1a: DOS's end of file
# Punctuation from the upper half of Windows-1252 that sits next to letters in real text.
_WORD_PUNCTUATION = frozenset("‘’‚“”„«»‹›–—…•·°ªº´¨¸¡¿")


class NotText(ValueError):
    """Why bytes are not text Fieldkit can read.

    ``reason``: ``"binary"`` (bytes that never occur in text: another kind of file),
    ``"unknown"`` (not UTF-8 or UTF-16/32, and not plausible Western text in
    Windows-1252), or ``"broken"`` (a byte-order mark, or UTF-16's pattern of zero bytes, says
    ``encoding`` — a codec name such as ``"utf-8-sig"`` — but the text is damaged at
    ``byte``).
    """

    def __init__(self, reason: str, encoding: str = "", byte: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.encoding = encoding
        self.byte = byte

    @property
    def shown_encoding(self) -> str:
        """``encoding`` as people know it: ``"utf-8-sig"`` → ``"UTF-8"``."""
        return self.encoding.upper().removesuffix("-SIG")


def decode_text(data: bytes) -> tuple[str, str | None]:
    """The text of ``data``, and :data:`WINDOWS_1252` when it was read in that legacy code
    page (the caller says so to the user) or ``None``.

    UTF-8 (with or without a byte-order mark), UTF-16/32 (with a mark, or UTF-16 without
    one), or Windows-1252 when it reads as Western European text; else :class:`NotText`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _strict(data, utf16), None
    if _BINARY.search(data):
        raise NotText("binary")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if not text or not _reads_as_western(text):
        raise NotText("unknown")
    return text, WINDOWS_1252


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise NotText("broken", encoding, exc.start) from exc


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark shows as a NUL beside almost every ASCII byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _reads_as_western(text: str) -> bool:
    """Plausible Western European text: accented letters are a minority inside words,
    and no symbol sits between two letters (as Central European or Cyrillic text read
    in the wrong code page shows: "mo¿e", "Ìîñêâà"). The first megabyte tells."""
    text = text[:SAMPLE_CHARS]
    letters = [ch for ch in text if ch.isalpha()]
    upper_half = [ch for ch in letters if ord(ch) > 0x7F]
    if letters and len(upper_half) > 0.3 * len(letters):
        return False
    for before, middle, after in zip(text, text[1:], text[2:], strict=False):
        symbol = ord(middle) > 0x7F and not middle.isalpha() and middle not in _WORD_PUNCTUATION
        if symbol and before.isalpha() and after.isalpha():
            return False
        if unicodedata.category(middle) == "Cc" and ord(middle) > 0x7F:
            return False
    return True
