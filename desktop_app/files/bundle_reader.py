"""Reading a bundle without trusting it: every entry checked, every byte hashed.

The archive is read once, front to back, as a stream (:mod:`desktop_app.files.tar_stream`
over the joined volumes): constant memory, and no seeking, so volumes need no index. Nothing is
ever extracted by name: each member must be a regular file the manifest lists, with a
safe name, the declared size and SHA-1. Media go to a :class:`Staging` folder, the rest
stays in memory; compressed records are unpacked once to count them, so a
decompression bomb stops at its declared size. Any breach raises ``BundleRefused``.
"""

from __future__ import annotations

import tarfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.bundle_format import (
    ATTACHMENT_PREFIX,
    MANIFEST_CHECK_NAME,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    MAX_RECORDS_UNPACKED,
    MEDIA_PREFIX,
    BundleRefused,
    Manifest,
    ManifestEntry,
    check_case_clashes,
    check_entry_name,
    parse_manifest,
)
from desktop_app.files.bundle_volumes import JoinedVolumes
from desktop_app.files.bundle_writer import manifest_check
from desktop_app.files.hashing import BackgroundSha1
from desktop_app.files.media_placement import Staging
from desktop_app.files.tar_stream import TarDamaged, TarStream, TarTruncated

READ_BLOCK = 1 << 20
# Attachments live in the database; a help request's are limited to a few MB.
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
ProgressCallback = Callable[[int, int], None]  # bytes read, bytes in all


@dataclass
class VerifiedBundle:
    """What a bundle holds once every checksum matched."""

    manifest: Manifest
    documents: dict[str, bytes] = field(default_factory=dict)  # records/receipt, compressed
    attachments: dict[str, bytes] = field(default_factory=dict)  # entry name → bytes
    staged: dict[str, Path] = field(default_factory=dict)  # media entry name → staged file


def _truncated(detail: str) -> BundleRefused:
    return BundleRefused(
        "bundle.truncated",
        f"The bundle ends too early ({detail}): the copy was cut off. Copy it again.",
        detail=detail,
    )


def _damaged(detail: str) -> BundleRefused:
    return BundleRefused(
        "bundle.damaged", f"The bundle is damaged ({detail}). Copy it again.", detail=detail
    )


def _check_member_kind(info: tarfile.TarInfo) -> None:
    if info.isreg() and not info.issparse():
        return
    if info.issym() or info.islnk():
        what = f"a link to {info.linkname!r}"
    elif info.ischr() or info.isblk() or info.isfifo():
        what = "a device file"
    elif info.isdir():
        what = "a folder"
    else:
        what = "not a plain file"
    raise BundleRefused(
        "bundle.link_or_device",
        f"The bundle's entry {info.name!r} is {what}; bundles hold only plain files.",
        name=info.name,
        what=what,
    )


def read_manifest(first: Path, expected_format: str) -> Manifest:
    """Only the manifest (checked against its checksum): what a bundle says it holds."""
    reader = BundleReader(first, expected_format)
    try:
        return reader.open_manifest()
    finally:
        reader.close()


class BundleReader:
    """One pass over a bundle: :meth:`read` verifies it all or raises ``BundleRefused``."""

    def __init__(
        self,
        first: Path,
        expected_format: str,
        *,
        staging: Staging | None = None,
        progress: ProgressCallback | None = None,
        should_stop: Callable[[], None] = lambda: None,
    ) -> None:
        try:
            self._volumes = JoinedVolumes(first)
        except FileNotFoundError:
            raise BundleRefused(
                "bundle.not_found", f"There is no file {first}.", file=str(first)
            ) from None
        except OSError as error:
            raise BundleRefused(
                "bundle.unreadable",
                f"{first} cannot be read: {error.strerror or error}.",
                file=str(first),
            ) from error
        self.first = first
        self.expected_format = expected_format
        self.staging = staging
        self._progress = progress or (lambda _done, _total: None)
        self._should_stop = should_stop
        self._tar = TarStream(self._volumes)

    def close(self) -> None:
        self._volumes.close()

    # -- the manifest -----------------------------------------------------------------------
    def _next_member(self) -> tarfile.TarInfo | None:
        try:
            return self._tar.next()
        except TarTruncated as error:
            raise _truncated(str(error)) from error
        except TarDamaged as error:
            raise _damaged(str(error)) from error

    def _member_bytes(self, info: tarfile.TarInfo, limit: int) -> bytes:
        if info.size > limit:
            raise BundleRefused(
                "bundle.oversized",
                f"The bundle's entry {info.name!r} is far larger than any Fieldkit writes.",
                name=info.name,
                size=info.size,
            )
        try:
            return self._tar.read(info.size)
        except TarTruncated as error:
            raise _truncated(f"in {info.name!r}") from error

    def open_manifest(self) -> Manifest:
        """Read and check the first two members; check the volumes the manifest names."""
        try:
            first = self._next_member()
        except BundleRefused as error:  # not even one tar header: something else entirely
            raise BundleRefused(
                "bundle.not_a_bundle", "This file is not a Fieldkit bundle or receipt."
            ) from error
        if first is None or first.name != MANIFEST_NAME or not first.isreg():
            raise BundleRefused(
                "bundle.not_a_bundle", "This file is not a Fieldkit bundle or receipt."
            )
        raw = self._member_bytes(first, MAX_MANIFEST_BYTES)
        check = self._next_member()
        if check is None or check.name != MANIFEST_CHECK_NAME:
            raise _damaged("the manifest's checksum is missing")
        if self._member_bytes(check, 64) != manifest_check(raw):
            raise BundleRefused(
                "bundle.checksum_mismatch",
                "The bundle's table of contents does not match its checksum: it was "
                "damaged on the way. Copy it again.",
                name=MANIFEST_NAME,
            )
        manifest = parse_manifest(raw, self.expected_format)
        self._volumes.expect(manifest.volumes, manifest.volume_size, manifest.archive_size)
        return manifest

    # -- everything else ---------------------------------------------------------------------
    def read(self) -> VerifiedBundle:
        """Verify every entry; media end up staged, documents and attachments in memory."""
        manifest = self.open_manifest()
        bundle = VerifiedBundle(manifest)
        expected = {entry.name: entry for entry in manifest.entries}
        seen: set[str] = set()
        names = [MANIFEST_NAME, MANIFEST_CHECK_NAME]
        while (info := self._next_member()) is not None:
            check_entry_name(info.name)
            _check_member_kind(info)
            names.append(info.name)
            check_case_clashes(names)
            entry = expected.get(info.name)
            if entry is None:
                raise BundleRefused(
                    "bundle.unexpected_entry",
                    f"The bundle holds {info.name!r}, which its table of contents does not list.",
                    name=info.name,
                )
            if info.name in seen:
                raise _damaged(f"{info.name!r} appears twice")
            seen.add(info.name)
            if info.size > entry.size:
                raise BundleRefused(
                    "bundle.oversized",
                    f"The bundle's entry {info.name!r} is larger than declared "
                    f"({info.size} bytes, not {entry.size}).",
                    name=info.name,
                    size=info.size,
                    declared=entry.size,
                )
            if info.size < entry.size:
                raise _damaged(f"{info.name!r} is shorter than declared")
            self._take(info, entry, bundle)
        missing = sorted(set(expected) - seen)
        if missing:
            # The volumes have their full length (checked above): a header is damaged.
            raise _damaged(f"{missing[0]!r} cannot be found; {len(missing)} entries in all")
        if self.staging is not None:
            self.staging.flush()  # on the disk before the database says they are there
        self._progress(manifest.archive_size, manifest.archive_size)
        return bundle

    def _take(self, info: tarfile.TarInfo, entry: ManifestEntry, bundle: VerifiedBundle) -> None:
        total = bundle.manifest.archive_size
        kept: list[bytes] = []
        sink: BinaryIO | None = None
        if entry.name.startswith(MEDIA_PREFIX):
            if self.staging is None:
                raise _damaged(f"{entry.name!r} is a file in a bundle without files")
            sink = self.staging.create(entry.name)
        elif entry.name.startswith(ATTACHMENT_PREFIX) and entry.size > MAX_ATTACHMENT_BYTES:
            raise BundleRefused(
                "bundle.oversized",
                f"The attachment {entry.name!r} is far larger than Fieldkit allows.",
                name=entry.name,
                size=entry.size,
            )
        try:
            with BackgroundSha1() as digest:
                remaining = entry.size
                while remaining:
                    try:
                        block = self._tar.read(min(READ_BLOCK, remaining))
                    except TarTruncated as error:
                        raise _truncated(f"in {entry.name!r}") from error
                    if not block:
                        raise _truncated(f"in {entry.name!r}")
                    digest.update(block)
                    if sink is not None:
                        sink.write(block)
                    else:
                        kept.append(block)
                    remaining -= len(block)
                    self._progress(self._volumes.position, total)
                    self._should_stop()
                found = digest.hexdigest()
        finally:
            if sink is not None:
                sink.close()
        if found != entry.sha1:
            raise BundleRefused(
                "bundle.checksum_mismatch",
                f"The bundle's entry {entry.name!r} does not match its checksum: it was "
                "damaged on the way. Copy the bundle again.",
                name=entry.name,
            )
        if sink is not None:
            assert self.staging is not None
            bundle.staged[entry.name] = self.staging.path_of(entry.name)
        elif entry.name.startswith(ATTACHMENT_PREFIX):
            bundle.attachments[entry.name] = b"".join(kept)
        else:
            data = b"".join(kept)
            check_unpacked_size(data, entry)
            bundle.documents[entry.role or entry.name] = data


def check_unpacked_size(data: bytes, entry: ManifestEntry) -> None:
    """Unpack a gzip document without keeping it; refuse one larger than declared."""
    declared = entry.unpacked_size
    if declared is None or declared > MAX_RECORDS_UNPACKED:
        raise _damaged(f"{entry.name!r} has no plausible unpacked size")
    produced = 0
    try:
        for block in _unpacked_blocks(data):
            produced += len(block)
            if produced > declared:
                raise BundleRefused(
                    "bundle.oversized",
                    f"{entry.name!r} unpacks to more than the {declared} bytes declared "
                    "(a decompression bomb?).",
                    name=entry.name,
                    declared=declared,
                )
    except zlib.error as error:
        raise _damaged(f"{entry.name!r} cannot be unpacked: {error}") from error
    if produced != declared:
        raise _damaged(f"{entry.name!r} unpacks to {produced} bytes, not {declared}")


def _unpacked_blocks(data: bytes) -> Iterator[bytes]:
    """A gzip document unpacked a block at a time (never more than one block in memory)."""
    unpacker = zlib.decompressobj(wbits=31)
    pending = data
    while True:
        block = unpacker.decompress(pending, READ_BLOCK)
        if block:
            yield block
        if unpacker.eof:
            if unpacker.unused_data:
                raise zlib.error("data after the end of the document")
            return
        pending = unpacker.unconsumed_tail
        if not pending and not block:
            raise zlib.error("the document ends early")


def iter_lines(data: bytes) -> Iterator[bytes]:
    """The lines of a gzip JSON-lines document (checked by the reader), one at a time."""
    rest = b""
    for block in _unpacked_blocks(data):
        lines = (rest + block).split(b"\n")
        rest = lines.pop()
        yield from (line for line in lines if line.strip())
    if rest.strip():
        yield rest
