"""Sort keys for text as people read it: case and accents second, numbers by value.

Python's plain string order puts "Zebra" before "apple", "Émile" after "zoo" and "IMG_10"
before "IMG_2". Qt's ``QCollator`` (ICU) would do better, but comparing its keys from
Python costs a call per comparison — seconds for 50,000 rows. So this builds one plain
``str`` per text, once, that sorts right with ``str``'s own comparison (in C):

- case is ignored (``casefold``), and accents are a tie-break: "resume" < "résumé" <
  "resumes";
- runs of digits compare by value (zero-padded), so "IMG_2" < "IMG_10";
- letters some languages order after "z" keep their place there: Swedish and Finnish
  å ä ö, Danish and Norwegian æ ø å, Icelandic þ æ ö, and Spanish ñ after n.

Languages are ISO 639-1 codes (the UI language: who reads the list decides its order).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

# A run of digits is padded to this width; longer runs are left as they are.
NUMBER_WIDTH = 20
# Characters above every letter in use, so a tailored letter sorts after "z" (or "n").
_AFTER = ("\uf8f1", "\uf8f2", "\uf8f3")
_NORDIC_AAO = {"å": "z" + _AFTER[0], "ä": "z" + _AFTER[1], "ö": "z" + _AFTER[2]}
_TAILORINGS: dict[str, dict[str, str]] = {
    "sv": {**_NORDIC_AAO, "æ": _NORDIC_AAO["ä"], "ø": _NORDIC_AAO["ö"]},
    "fi": {**_NORDIC_AAO, "æ": _NORDIC_AAO["ä"], "ø": _NORDIC_AAO["ö"]},
    "da": {"æ": "z" + _AFTER[0], "ø": "z" + _AFTER[1], "å": "z" + _AFTER[2]},
    "nb": {"æ": "z" + _AFTER[0], "ø": "z" + _AFTER[1], "å": "z" + _AFTER[2]},
    "nn": {"æ": "z" + _AFTER[0], "ø": "z" + _AFTER[1], "å": "z" + _AFTER[2]},
    "no": {"æ": "z" + _AFTER[0], "ø": "z" + _AFTER[1], "å": "z" + _AFTER[2]},
    "is": {"þ": "z" + _AFTER[0], "æ": "z" + _AFTER[1], "ö": "z" + _AFTER[2]},
    "es": {"ñ": "n" + _AFTER[0]},
}
_DIGITS = re.compile(r"\d+")
# Combining marks of Latin, Greek, Cyrillic (and their extensions), Hebrew and Arabic:
# dropped from the first comparison, so "é" sorts with "e".
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
# Between the accent-free key and the tie-break: below every character that can follow.
_TIE = "\x01"


def _pad(match: re.Match[str]) -> str:
    return match.group().rjust(NUMBER_WIDTH, "0")


def language_code(locale_name: str) -> str:
    """ "sv_SE" or "pt-BR" → "sv", "pt"."""
    return re.split(r"[_\-.@]", locale_name, maxsplit=1)[0].lower()


def text_key_function(language: str = "") -> Callable[[str], str]:
    """A function giving the sort key of one text, for readers of ``language``."""
    tailoring = _TAILORINGS.get(language_code(language), {})
    normalize, digits, marks = unicodedata.normalize, _DIGITS, _MARKS

    def key(text: str) -> str:
        folded = text.casefold()
        if not folded.isascii():
            folded = normalize("NFC", folded)
            tailored = folded
            for letter, stand_in in tailoring.items():
                if letter in tailored:
                    tailored = tailored.replace(letter, stand_in)
            plain = marks.sub("", normalize("NFD", tailored))
            if plain != folded:
                folded = plain + _TIE + folded  # accents decide only between equals
        if digits.search(folded) is not None:
            folded = digits.sub(_pad, folded)
        return folded

    return key


def text_sort_keys(texts: Iterable[str], language: str = "") -> list[str]:
    """The sort key of every text, in order (see the module docstring)."""
    return list(map(text_key_function(language), texts))
