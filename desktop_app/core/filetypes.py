"""Which files the wiki accepts, what a file really is, and whether the two agree.

The policy (accepted extensions, size limits) comes from the wiki's siteinfo when online;
Commons' list in ``resources/filetypes/commons.yaml`` is the offline default. Sniffing
looks only at the first bytes of a file (passed in: this module does no I/O of its own
beyond reading the bundled YAML), so a text file named ``.jpg`` or a HEIC photo renamed
to ``.jpg`` is caught before anyone tries to upload it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from desktop_app.core.problems import Problem, error, info, warning

# Bytes a caller must pass to :func:`sniff_kind` for a reliable answer.
SNIFF_BYTES = 512


@dataclass(frozen=True)
class NotAccepted:
    """A family of file types the wiki refuses, with advice on what to do instead.

    ``command``: a command line that converts one file (``{input}``, ``{output}`` stand
    for its name and its name without the extension), or ``""``.
    """

    extensions: frozenset[str]
    kind: str
    advice: str
    tool: str
    command: str = ""

    def command_for(self, name: str) -> str:
        """The conversion command for the file ``name`` (``""`` when there is none)."""
        if not self.command:
            return ""
        return self.command.format(input=Path(name).name, output=Path(name).stem)


@dataclass(frozen=True)
class FileTypePolicy:
    """What one wiki accepts: extensions (lower case, no dot) and size limits in bytes."""

    extensions: frozenset[str]
    max_upload_bytes: int
    max_plain_upload_bytes: int
    not_accepted: tuple[NotAccepted, ...] = ()
    source: str = "offline default"

    def accepts(self, extension: str) -> bool:
        return extension.lower().lstrip(".") in self.extensions

    def advice_for(self, extension: str) -> NotAccepted | None:
        ext = extension.lower().lstrip(".")
        return next((entry for entry in self.not_accepted if ext in entry.extensions), None)

    def with_wiki_limits(
        self, extensions: Iterable[str], max_upload_bytes: int | None, source: str
    ) -> FileTypePolicy:
        """This policy with the extensions and size limit the wiki itself reported."""
        return replace(
            self,
            extensions=frozenset(ext.lower().lstrip(".") for ext in extensions),
            max_upload_bytes=max_upload_bytes or self.max_upload_bytes,
            max_plain_upload_bytes=min(
                self.max_plain_upload_bytes, max_upload_bytes or self.max_plain_upload_bytes
            ),
            source=source,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "extensions": sorted(self.extensions),
            "max_upload_bytes": self.max_upload_bytes,
            "max_plain_upload_bytes": self.max_plain_upload_bytes,
            "source": self.source,
        }


def parse_policy(data: Mapping[str, Any]) -> FileTypePolicy:
    """A wiki's accepted types from the bundled YAML data (Commons' is the offline default)."""
    return FileTypePolicy(
        extensions=frozenset(str(ext).lower() for ext in data["extensions"]),
        max_upload_bytes=int(data["max_upload_bytes"]),
        max_plain_upload_bytes=int(data["max_plain_upload_bytes"]),
        not_accepted=tuple(
            NotAccepted(
                extensions=frozenset(str(ext).lower() for ext in entry["extensions"]),
                kind=str(entry["kind"]),
                advice=str(entry["advice"]),
                tool=str(entry["tool"]),
                command=str(entry.get("command", "")),
            )
            for entry in data.get("not_accepted", [])
        ),
        source=f"offline default ({data.get('wiki', 'Commons')})",
    )


def policy_from_dict(data: Mapping[str, Any], base: FileTypePolicy) -> FileTypePolicy:
    """Rebuild a cached wiki policy (see :meth:`FileTypePolicy.to_dict`) over ``base``."""
    return replace(
        base,
        extensions=frozenset(data["extensions"]),
        max_upload_bytes=int(data["max_upload_bytes"]),
        max_plain_upload_bytes=int(data["max_plain_upload_bytes"]),
        source=str(data.get("source", "wiki")),
    )


# What each accepted extension's content must look like (kinds from sniff_kind).
EXPECTED_KINDS: Mapping[str, frozenset[str]] = {
    "jpg": frozenset({"jpeg"}),
    "jpeg": frozenset({"jpeg"}),
    "png": frozenset({"png"}),
    "gif": frozenset({"gif"}),
    "svg": frozenset({"svg"}),
    "tif": frozenset({"tiff"}),
    "tiff": frozenset({"tiff"}),
    "webp": frozenset({"webp"}),
    "xcf": frozenset({"xcf"}),
    "pdf": frozenset({"pdf"}),
    "djvu": frozenset({"djvu"}),
    "ogg": frozenset({"ogg"}),
    "oga": frozenset({"ogg"}),
    "ogv": frozenset({"ogg"}),
    "opus": frozenset({"ogg"}),
    "wav": frozenset({"wav"}),
    "mp3": frozenset({"mp3"}),
    "flac": frozenset({"flac"}),
    "mid": frozenset({"midi"}),
    "webm": frozenset({"matroska"}),
    "stl": frozenset({"stl", "unknown"}),  # binary STL has no magic number
}

_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")


# Formats recognised by their first bytes alone (no prefix here starts another one).
_MAGIC_PREFIXES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"II+\x00", "tiff"),  # BigTIFF
    (b"MM\x00+", "tiff"),
    (b"%PDF-", "pdf"),
    (b"AT&TFORM", "djvu"),
    (b"OggS", "ogg"),
    (b"fLaC", "flac"),
    (b"MThd", "midi"),
    (b"\x1a\x45\xdf\xa3", "matroska"),
    (b"ID3", "mp3"),
    (b"gimp xcf", "xcf"),
    (b"PK\x03\x04", "zip"),
    (b"BM", "bmp"),
)
_RIFF_KINDS = {b"WEBP": "webp", b"WAVE": "wav"}


def sniff_kind(head: bytes) -> str:
    """What the first bytes of a file say it is: ``jpeg``, ``png``, ``tiff``, ... or
    ``empty``/``text``/``unknown``. Pure: the caller reads the bytes."""
    if not head:
        return "empty"
    for prefix, kind in _MAGIC_PREFIXES:
        if head.startswith(prefix):
            return kind
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIF_BRANDS or any(b in head[16:64] for b in _HEIF_BRANDS):
            return "heif"
        return "iso-media"  # MP4, MOV, CR3...
    if len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return "mp3"  # an MPEG audio frame without an ID3 tag
    return _sniff_text(head)


def _sniff_text(head: bytes) -> str:
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start < len(head) - 4:
            return "unknown"
        text = head[: exc.start].decode("utf-8")
    stripped = text.lstrip("\ufeff \t\r\n")
    if "<svg" in stripped[:SNIFF_BYTES] and stripped.startswith("<"):
        return "svg"
    if stripped.startswith("solid"):
        return "stl"
    if all(ch.isprintable() or ch in "\r\n\t" for ch in text):
        return "text"
    return "unknown"


def check_file_type(name: str, size: int, kind: str, policy: FileTypePolicy) -> list[Problem]:
    """Problems with a file's type and size under ``policy`` (empty list when fine)."""
    extension = Path(name).suffix.lower().lstrip(".")
    problems: list[Problem] = []
    if kind == "empty" or size == 0:
        return [error("file-empty", "The file is empty (0 bytes).", fix="remove-file")]
    if not policy.accepts(extension):
        advice = policy.advice_for(extension) or _advice_for_kind(kind, policy)
        if advice is not None:
            command = advice.command_for(name)
            message = f"The wiki does not accept .{extension} files. {advice.advice}"
            problems.append(
                error(
                    "filetype-not-accepted",
                    message + (f" For example: {command}" if command else ""),
                    fix="convert-file",
                    extension=extension,
                    kind=advice.kind,
                    tool=advice.tool,
                    command=command,
                )
            )
        else:
            problems.append(
                error(
                    "filetype-not-accepted",
                    f"The wiki does not accept .{extension or '(no extension)'} files.",
                    extension=extension,
                    kind=kind,
                    command="",
                )
            )
        return problems
    expected = EXPECTED_KINDS.get(extension)
    if expected is not None and kind not in expected:
        convert = _advice_for_kind(kind, policy)
        message = f"The file is named .{extension} but its content is {_kind_label(kind)}."
        if convert is not None:
            message += f" {convert.advice}"
        problems.append(
            error(
                "content-extension-mismatch",
                message,
                fix="convert-file"
                if convert is not None
                else ("rename" if kind in _KIND_EXTENSION else "remove-file"),
                extension=extension,
                kind=kind,
                suggested_extension=_KIND_EXTENSION.get(kind, ""),
            )
        )
    if size > policy.max_upload_bytes:
        way_out = TOO_LARGE_WAYS_OUT.get(kind, TOO_LARGE_WAYS_OUT[""])
        command = way_out[1].format(input=Path(name).name, output=Path(name).stem)
        problems.append(
            error(
                "file-too-large",
                f"The file is {size_text(size)}; the wiki accepts at most "
                f"{size_text(policy.max_upload_bytes)}. {way_out[0]}"
                + (f" For example: {command}" if command else ""),
                size=size,
                limit=policy.max_upload_bytes,
                size_text=size_text(size),
                limit_text=size_text(policy.max_upload_bytes),
                kind=kind,
                command=command,
            )
        )
    elif size > policy.max_plain_upload_bytes:
        problems.append(
            warning(
                "file-needs-chunked-upload",
                f"The file is larger than {policy.max_plain_upload_bytes} bytes and will be "
                "uploaded in chunks.",
                size=size,
                limit=policy.max_plain_upload_bytes,
            )
        )
    return problems


# What to do with a file over the wiki's size limit, by kind: advice, and a command that
# makes a smaller copy ({input}/{output}: the file's name with and without extension).
TOO_LARGE_WAYS_OUT: Mapping[str, tuple[str, str]] = {
    "matroska": (
        "Make a smaller copy (a lower quality setting) or split the film into parts.",
        'ffmpeg -i "{input}" -c:v libvpx-vp9 -crf 40 -b:v 0 -row-mt 1 -c:a copy '
        '"{output}-smaller.webm"',
    ),
    "ogg": (
        "Make a smaller copy (Opus at a lower bitrate) or split the recording into parts.",
        'ffmpeg -i "{input}" -vn -c:a libopus -b:a 64k "{output}-smaller.opus"',
    ),
    "flac": (
        "Make a smaller copy in Opus, or split the recording into parts.",
        'ffmpeg -i "{input}" -c:a libopus -b:a 128k "{output}.opus"',
    ),
    "wav": (
        "Save it as FLAC (lossless, about half the size) or split the recording into parts.",
        'ffmpeg -i "{input}" -c:a flac "{output}.flac"',
    ),
    "pdf": ("Split the document into volumes (for example with PDFsam or qpdf).", ""),
    "tiff": ("Save a compressed copy (LZW or Deflate TIFF) or a JPEG for the wiki.", ""),
    "": ("Make a smaller copy or split it into parts before uploading.", ""),
}


def size_text(size: int) -> str:
    """A size as people read it: ``5.2 GB``, ``740 MB``, ``12 kB`` (powers of 1024)."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("kB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{size} bytes"


_KIND_EXTENSION = {
    "jpeg": "jpg",
    "png": "png",
    "gif": "gif",
    "tiff": "tif",
    "webp": "webp",
    "pdf": "pdf",
    "svg": "svg",
    "djvu": "djvu",
    "ogg": "ogg",
    "wav": "wav",
    "flac": "flac",
    "mp3": "mp3",
    "midi": "mid",
    "matroska": "webm",
    "xcf": "xcf",
}


def _advice_for_kind(kind: str, policy: FileTypePolicy) -> NotAccepted | None:
    return next((entry for entry in policy.not_accepted if entry.kind == kind), None)


def _kind_label(kind: str) -> str:
    labels = {"text": "plain text", "unknown": "not a recognised format", "empty": "empty"}
    return labels.get(kind, kind.upper() if len(kind) <= 4 else kind)


# What sniffing calls media (a wiki may still refuse some of them, with advice).
MEDIA_KINDS = frozenset(
    {*_KIND_EXTENSION, "stl", "heif", "iso-media", "bmp"}  # camera RAW sniffs as TIFF
)
# Refused families that are still media: the user needs the advice, so they are imported.
_MEDIA_ADVICE_KINDS = frozenset({"heif", "camera-raw", "bmp", "video", "audio"})


def is_media_file(name: str, kind: str, policy: FileTypePolicy) -> bool:
    """Whether an import should add the file to a batch.

    Media by content, or named like media (a photo that turned out damaged or empty is
    still the user's photo, and they must hear what is wrong with it). A README, a
    spreadsheet or an archive found in a folder is not: the import lists it as skipped.
    """
    if kind in MEDIA_KINDS:
        return True
    extension = Path(name).suffix.lower().lstrip(".")
    if policy.accepts(extension) or extension in EXPECTED_KINDS:
        return True
    advice = policy.advice_for(extension)
    return advice is not None and advice.kind in _MEDIA_ADVICE_KINDS


def not_media_problem(name: str, kind: str, policy: FileTypePolicy) -> Problem:
    """Why :func:`is_media_file` left a file out (``info``: nothing is wrong with the batch)."""
    extension = Path(name).suffix.lower().lstrip(".")
    advice = policy.advice_for(extension)
    message = f"Not a media file ({_kind_label(kind)}); it was not added to the batch."
    if advice is not None:
        message += f" {advice.advice}"
    return info(
        "not-media",
        message,
        extension=extension,
        kind=advice.kind if advice is not None else kind,
    )
