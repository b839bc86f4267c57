"""The transfer bundle's format: its manifest, its entry names, its volumes, its refusals.

A bundle is an uncompressed POSIX tar (see ``docs/bundles.md`` for why not zip): first
``manifest.json`` (every entry with size and SHA-1, the source installation, a sequence
number, the archive's exact size and how it is split into volumes), then its SHA-1, then
the records and the files. Everything here is pure: the ``files`` adapter reads and
writes the bytes, these rules decide what is acceptable. A bundle that breaks one raises
:class:`BundleRefused` with a stable code, and nothing is changed.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from desktop_app.core.problems import Problem, Severity

FORMAT_VERSION = 1  # raised when an older Fieldkit could no longer read what we write
BUNDLE_FORMAT = "fieldkit-bundle"
RECEIPT_FORMAT = "fieldkit-receipt"
MANIFEST_NAME = "manifest.json"
MANIFEST_CHECK_NAME = "manifest.json.sha1"
RECORDS_NAME = "records.jsonl.gz"
RECEIPT_NAME = "receipt.jsonl.gz"
MEDIA_PREFIX = "media/"
ATTACHMENT_PREFIX = "attachments/"

BLOCK = 512  # tar's block: headers and padded payloads are multiples of it
END_OF_ARCHIVE = 2 * BLOCK
GIB = 1 << 30
# FAT32 cannot hold a file of 4 GiB; 3.9 GiB leaves room and reads well on a label.
DEFAULT_VOLUME_SIZE = int(3.9 * GIB)
MIN_VOLUME_SIZE = 64 * 1024
# A manifest or record document larger than this is not one Fieldkit wrote.
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
MAX_RECORDS_UNPACKED = 4 * GIB

_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*$", re.IGNORECASE)
_SHA1 = re.compile(r"^[0-9a-f]{40}$")
_DRIVE = re.compile(r"^[A-Za-z]:")


class BundleRefused(Exception):
    """A bundle or receipt that is not imported; ``code`` is stable, ``params`` say what."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def problem(self) -> Problem:
        return Problem(self.code, self.message, dict(self.params), Severity.ERROR)


def parse_volume_size(text: str) -> int:
    """``3.9G``, ``700M``, ``64K`` or bytes (binary units) → bytes; ``ValueError`` if not."""
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a size (examples: 3.9G, 700M, 64K)")
    size = math.floor(float(match.group(1)) * _UNITS[match.group(2).upper()])
    if size < MIN_VOLUME_SIZE:
        raise ValueError(f"a volume must hold at least {MIN_VOLUME_SIZE // 1024} KiB")
    return size


def volume_path(first: Path, number: int) -> Path:
    """Volume ``number`` (1-based): the first keeps the name, then ``NAME.002``, ``.003``…"""
    return first if number == 1 else first.with_name(f"{first.name}.{number:03d}")


def volume_count(archive_size: int, volume_size: int | None) -> int:
    if not volume_size or archive_size <= volume_size:
        return 1
    return math.ceil(archive_size / volume_size)


def padded(size: int) -> int:
    """Bytes a payload of ``size`` takes in the archive (tar pads to whole blocks)."""
    return -(-size // BLOCK) * BLOCK


def check_entry_name(name: str) -> None:
    """Refuse a name that could point outside the folder it is read into, on any system."""
    parts = PurePosixPath(name).parts
    if (
        not name
        or name.startswith(("/", "\\"))
        or _DRIVE.match(name)
        or "\\" in name
        or "\x00" in name
        or any(part in ("..", ".") for part in name.split("/"))
        or not parts
    ):
        raise BundleRefused(
            "bundle.unsafe_name",
            f"The bundle holds an entry named {name!r}, which could write outside its folder.",
            name=name,
        )


def check_case_clashes(names: Iterable[str]) -> None:
    """Refuse names that differ only in case: on FAT32, NTFS or macOS they are one file."""
    seen: dict[str, str] = {}
    for name in names:
        folded = name.casefold()
        if folded in seen and seen[folded] != name:
            raise BundleRefused(
                "bundle.case_clash",
                f"The bundle holds {seen[folded]!r} and {name!r}, which are the same file "
                "on a stick or a laptop that ignores case.",
                names=[seen[folded], name],
            )
        seen[folded] = name


@dataclass(frozen=True)
class ManifestEntry:
    """One archive member as the manifest promises it."""

    name: str
    size: int
    sha1: str
    role: str  # "records", "receipt", "media", "attachment"
    unpacked_size: int | None = None  # for compressed records: the size once unpacked


@dataclass(frozen=True)
class Manifest:
    """What a bundle or receipt says about itself; the first member of every archive."""

    format: str
    bundle_id: str
    source_installation: str
    sequence: int
    created_at: str
    fieldkit_version: str
    entries: tuple[ManifestEntry, ...]
    format_version: int = FORMAT_VERSION
    archive_size: int = 0
    volume_size: int | None = None
    answers_bundle_id: str | None = None  # a receipt: the bundle it reports on
    partnership: Mapping[str, Any] | None = None
    batches: tuple[Mapping[str, Any], ...] = ()
    media_included: bool = True
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def volumes(self) -> int:
        return volume_count(self.archive_size, self.volume_size)

    def entry(self, name: str) -> ManifestEntry | None:
        return next((entry for entry in self.entries if entry.name == name), None)

    def to_json(self) -> bytes:
        data = asdict(self)
        data["volumes"] = self.volumes
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _damaged(detail: str) -> BundleRefused:
    return BundleRefused(
        "bundle.damaged", f"The bundle's table of contents is damaged ({detail}).", detail=detail
    )


def _entry(raw: Any) -> ManifestEntry:
    if not isinstance(raw, dict):
        raise _damaged("an entry is not an object")
    name, size, sha1 = raw.get("name"), raw.get("size"), raw.get("sha1")
    unpacked = raw.get("unpacked_size")
    if not isinstance(name, str) or not isinstance(size, int) or size < 0:
        raise _damaged("an entry has no name or size")
    if not isinstance(sha1, str) or not _SHA1.match(sha1):
        raise _damaged(f"{name!r} has no SHA-1")
    if unpacked is not None and (not isinstance(unpacked, int) or unpacked < 0):
        raise _damaged(f"{name!r} has a bad unpacked size")
    check_entry_name(name)
    return ManifestEntry(name, size, sha1, str(raw.get("role", "")), unpacked)


def parse_manifest(raw: bytes, expected_format: str) -> Manifest:
    """The manifest of a bundle (or receipt); refused when damaged, newer or the wrong kind."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise _damaged("not JSON") from error
    if not isinstance(data, dict) or data.get("format") not in (BUNDLE_FORMAT, RECEIPT_FORMAT):
        raise BundleRefused("bundle.not_a_bundle", "This file is not a Fieldkit bundle or receipt.")
    version = data.get("format_version")
    if not isinstance(version, int):
        raise _damaged("no format version")
    if version > FORMAT_VERSION:
        raise BundleRefused(
            "bundle.newer_format",
            f"This bundle was made by a newer Fieldkit ({data.get('fieldkit_version', '?')}, "
            f"format {version}); this one reads format {FORMAT_VERSION}. Update Fieldkit.",
            format_version=version,
            supported=FORMAT_VERSION,
            fieldkit_version=str(data.get("fieldkit_version", "")),
        )
    if data["format"] != expected_format:
        wanted = "a bundle" if expected_format == BUNDLE_FORMAT else "a receipt"
        raise BundleRefused(
            "bundle.wrong_kind",
            f"This file is not {wanted}: it is a {data['format'].removeprefix('fieldkit-')}.",
            expected=expected_format,
            found=data["format"],
        )
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise _damaged("no list of entries")
    try:
        manifest = Manifest(
            format=data["format"],
            bundle_id=str(data["bundle_id"]),
            source_installation=str(data["source_installation"]),
            sequence=int(data["sequence"]),
            created_at=str(data.get("created_at", "")),
            fieldkit_version=str(data.get("fieldkit_version", "")),
            entries=tuple(_entry(raw_entry) for raw_entry in entries),
            format_version=version,
            archive_size=int(data["archive_size"]),
            volume_size=int(data["volume_size"]) if data.get("volume_size") else None,
            answers_bundle_id=data.get("answers_bundle_id"),
            partnership=data.get("partnership"),
            batches=tuple(data.get("batches") or ()),
            media_included=bool(data.get("media_included", True)),
            counts=dict(data.get("counts") or {}),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise _damaged(f"missing or bad field: {error}") from error
    names = [entry.name for entry in manifest.entries]
    if len(set(names)) != len(names):
        raise _damaged("an entry is listed twice")
    check_case_clashes([MANIFEST_NAME, MANIFEST_CHECK_NAME, *names])
    return manifest
