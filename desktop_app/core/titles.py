"""File titles: Commons' rules, and title patterns with a live preview.

Pure functions: the UI calls :func:`preview_pattern` on every keystroke, checks call
:func:`check_title` for every file, so both must be cheap and free of I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop_app.core.problems import Problem, error

MAX_TITLE_BYTES = 240  # MediaWiki's limit for a file name, extension included
FORBIDDEN_CHARACTERS = frozenset("#<>[]|{}")
# MediaWiki's $wgIllegalFileChars: legal in page titles, but in a file name the wiki
# silently replaces them with "-", so the upload would not be found under its title.
ILLEGAL_FILE_CHARACTERS = frozenset(":/\\")
_ILLEGAL_AFTER_WORD = re.compile(r"\s*:\s+")
_ILLEGAL_ANY = re.compile(r"\s*[:/\\]\s*")
# Extensions a title must not end in when the file has another one ("Map.png.jpg").
MEDIA_EXTENSIONS = frozenset(
    [
        "jpg",
        "jpeg",
        "png",
        "gif",
        "svg",
        "tif",
        "tiff",
        "webp",
        "xcf",
        "pdf",
        "djvu",
        "ogg",
        "oga",
        "ogv",
        "opus",
        "wav",
        "mp3",
        "flac",
        "mid",
        "webm",
        "stl",
        "heic",
        "heif",
        "bmp",
        "raw",
        "cr2",
        "nef",
        "arw",
        "dng",
        "mp4",
        "mov",
        "avi",
    ]
)
_EQUIVALENT_EXTENSIONS = {"jpeg": "jpg", "tiff": "tif"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Names cameras, phones and scanners give files: they say nothing about the content.
_MEANINGLESS = re.compile(
    r"""^(?:
        (?:img|dsc[nf]?|_?dsc|p|pict?|cimg|imag|gopr|gh|dji|mvi|sam|wp|dcim|sdc|pxl|mvc
          |photo|image|picture|scan|scanned|bild|foto|untitled|file|document|capture|screenshot)
        [\s_\-]*\d[\d\s_\-]*(?:\([\d]+\))?
      | [\d\s_\-.()]+
      | (?:img|image|photo|untitled|scan|file)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Readable stand-ins for characters titles cannot hold, used when filling patterns.
_SAFE_REPLACEMENTS = str.maketrans(
    {"[": "(", "]": ")", "{": "(", "}": ")", "<": "(", ">": ")", "|": "-", "#": ""}
)
_PLACEHOLDER = re.compile(r"\{(\w+)(?::(0?\d+))?\}")
PATTERN_FIELDS = (
    "partner",
    "description",
    "date",
    "year",
    "n",
    "filename",
    "author",
    "institution",
    "batch",
    "title",
)


def normalise_extension(extension: str) -> str:
    ext = extension.lower().lstrip(".")
    return _EQUIVALENT_EXTENSIONS.get(ext, ext)


def full_title(title: str, extension: str) -> str:
    """The file name on the wiki: ``title`` plus the file's extension unless it has it."""
    title = title.strip()
    ext = extension.lower().lstrip(".")
    stem, dot, last = title.rpartition(".")
    if dot and stem and normalise_extension(last) == normalise_extension(ext):
        return title
    return f"{title}.{ext}" if ext else title


def title_key(title: str) -> str:
    """How MediaWiki compares titles: spaces = underscores, first letter upper case."""
    text = " ".join(title.replace("_", " ").split())
    return text[:1].upper() + text[1:]


def without_illegal_file_characters(text: str) -> str:
    """``text`` with ``:`` ``/`` ``\\`` replaced the readable way: "A: b" → "A - b",
    "1920/21" → "1920-21" (what the wiki itself would do, minus the surprise)."""
    text = _ILLEGAL_AFTER_WORD.sub(" - ", text)
    return " ".join(_ILLEGAL_ANY.sub("-", text).split())


def is_meaningless(title: str) -> bool:
    """True for camera-style names such as ``IMG_1234`` or ``DSC01234`` (extension ignored)."""
    stem = title.strip()
    stem, dot, ext = stem.rpartition(".")
    if not dot or ext.lower() not in MEDIA_EXTENSIONS:
        stem = title.strip()
    return bool(_MEANINGLESS.match(stem.strip()))


def check_title(title: str, extension: str) -> list[Problem]:
    """Problems with one title under Commons' rules (uniqueness is checked elsewhere)."""
    if not title.strip():
        return [error("title-missing", "The file has no title.", fix="apply-title-pattern")]
    problems: list[Problem] = []
    name = full_title(title, extension)
    forbidden = sorted({ch for ch in title if ch in FORBIDDEN_CHARACTERS})
    if forbidden:
        problems.append(
            error(
                "title-forbidden-characters",
                "The title contains characters the wiki does not allow in titles: "
                + " ".join(forbidden),
                fix="rename",
                characters="".join(forbidden),
            )
        )
    illegal = sorted({ch for ch in title if ch in ILLEGAL_FILE_CHARACTERS})
    if illegal:
        suggestion = without_illegal_file_characters(title)
        problems.append(
            error(
                "title-illegal-file-characters",
                f"File names cannot contain {' '.join(illegal)} (the wiki would rename the "
                f"file); for example: '{suggestion}'.",
                fix="replace-title-characters",
                characters="".join(illegal),
                suggestion=suggestion,
            )
        )
    if _CONTROL.search(title) or "~~~" in title:
        problems.append(
            error(
                "title-invalid-sequence",
                "The title contains control characters or '~~~'.",
                fix="rename",
            )
        )
    size = len(name.encode("utf-8"))
    if size > MAX_TITLE_BYTES:
        problems.append(
            error(
                "title-too-long",
                f"The title is {size} bytes long with its extension; the limit is "
                f"{MAX_TITLE_BYTES} bytes.",
                fix="rename",
                bytes=size,
                limit=MAX_TITLE_BYTES,
            )
        )
    stem = name[: -(len(extension.lstrip(".")) + 1)] if extension else name
    inner = stem.rpartition(".")[2].lower() if "." in stem else ""
    if inner in MEDIA_EXTENSIONS and normalise_extension(inner) != normalise_extension(extension):
        problems.append(
            error(
                "title-extension-clash",
                f"The title ends in .{inner} but the file is a .{extension.lstrip('.')} file.",
                fix="rename",
                title_extension=inner,
                file_extension=extension.lstrip("."),
            )
        )
    if is_meaningless(stem):
        problems.append(
            error(
                "title-meaningless",
                f"'{stem}' is a camera file name and says nothing about the content.",
                fix="apply-title-pattern",
                title=stem,
            )
        )
    return problems


class PatternError(ValueError):
    """A title pattern names fields that do not exist."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__("unknown fields in pattern: " + ", ".join(unknown))
        self.unknown = unknown


@dataclass(frozen=True)
class TitlePreview:
    """What a pattern gives for one file: the title, the wiki file name and its problems."""

    title: str
    file_name: str
    problems: list[Problem] = field(default_factory=list)


def pattern_fields(pattern: str) -> list[str]:
    """The field names a pattern uses, in order."""
    return [match.group(1) for match in _PLACEHOLDER.finditer(pattern)]


def render_pattern(pattern: str, values: Mapping[str, str | int | None], extension: str) -> str:
    """Fill ``pattern`` (e.g. ``{partner} - {description} - {date} ({n})``) for one file.

    Values lose characters titles cannot hold and line breaks; empty parts take their
    separators with them; a long description is shortened so the name fits 240 bytes.
    Raises :class:`PatternError` for unknown fields.
    """
    unknown = [name for name in pattern_fields(pattern) if name not in PATTERN_FIELDS]
    if unknown:
        raise PatternError(unknown)
    clean = {key: _clean_value(value) for key, value in values.items()}

    def fill(description_limit: int | None) -> str:
        def replace(match: re.Match[str]) -> str:
            name, width = match.group(1), match.group(2)
            value = clean.get(name, "")
            if name == "description" and description_limit is not None:
                value = _shorten(value, description_limit)
            if width and value.isdigit():
                value = value.zfill(int(width))
            return value

        return _tidy(_PLACEHOLDER.sub(replace, pattern))

    title = fill(None)
    overflow = len(full_title(title, extension).encode("utf-8")) - MAX_TITLE_BYTES
    if overflow > 0 and clean.get("description"):
        keep = max(10, len(clean["description"].encode("utf-8")) - overflow - 3)
        title = fill(keep)
    return title


def preview_pattern(
    pattern: str, values: Mapping[str, str | int | None], extension: str
) -> TitlePreview:
    """:func:`render_pattern` plus the title's problems, for a live preview."""
    try:
        title = render_pattern(pattern, values, extension)
    except PatternError as exc:
        problem = error(
            "title-pattern-unknown-field",
            str(exc),
            fields=", ".join(exc.unknown),
            allowed=", ".join(PATTERN_FIELDS),
        )
        return TitlePreview("", "", [problem])
    return TitlePreview(title, full_title(title, extension), check_title(title, extension))


def _clean_value(value: str | int | None) -> str:
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = without_illegal_file_characters(text.translate(_SAFE_REPLACEMENTS))
    return _CONTROL.sub("", text).replace("~~~", "~ ~ ~")


def _shorten(text: str, max_bytes: int) -> str:
    if len(text.encode("utf-8")) <= max_bytes:
        return text
    cut = text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
    if " " in cut[len(cut) // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "…"


_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_SEPARATOR_BEFORE_BRACKET = re.compile(r"\s+[-–—,;:]\s*\(")
_REPEATED_SEPARATORS = re.compile(r"(\s*[-–—,;:]\s*)(?:[-–—,;:]\s*)+")


def _tidy(title: str) -> str:
    title = _EMPTY_BRACKETS.sub("", title)
    title = _SEPARATOR_BEFORE_BRACKET.sub(" (", title)
    title = _REPEATED_SEPARATORS.sub(lambda m: m.group(1), title)
    title = " ".join(title.split())
    return title.strip(" -–—,;:_.")
