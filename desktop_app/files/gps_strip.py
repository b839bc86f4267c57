"""Removing the location from a copy of a file, losslessly: no image byte changes.

The GPS data of JPEG and TIFF files lives in an EXIF directory (the "GPS IFD") reached
from the first image directory by tag 0x8825. We remove that entry and overwrite the GPS
directory and its values with zeros, *in place*: the file keeps its length and every
other byte, so the image data is untouched (no re-encoding, no shifted offsets). GPS
fields in an XMP packet are blanked with spaces, which XML ignores. The original is
never opened for writing: :func:`stripped_copy` works on a temporary copy.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import IO, Literal

from desktop_app.core.filetypes import sniff_kind
from desktop_app.files.exif import read_metadata
from desktop_app.files.jpeg import NotAJpeg, parse_layout

GPS_IFD_TAG = 0x8825
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}
_XMP_PREFIX = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_GPS_ATTRIBUTE = re.compile(rb"\s[\w.-]+:GPS\w+\s*=\s*(\"[^\"]*\"|'[^']*')")
_XMP_GPS_ELEMENT = re.compile(rb"<([\w.-]+:GPS\w+)\b[^>]*?(?:/>|>.*?</\1\s*>)", re.DOTALL)
# How much of a JPEG's start to read for its EXIF and XMP segments.
_JPEG_HEAD = 256 * 1024


class GpsStripError(Exception):
    """The location could not be removed (unsupported type or a structure we won't touch)."""


def strip_gps_in_place(path: Path) -> bool:
    """Remove GPS from ``path`` itself (JPEG or TIFF); True if there was any to remove.

    Only call this on a copy. Raises :class:`GpsStripError` for other types or when the
    result still shows a location.
    """
    with path.open("r+b") as stream:
        kind = sniff_kind(stream.read(512))
        if kind == "jpeg":
            changed = _strip_jpeg(stream)
        elif kind == "tiff":
            changed = _strip_tiff_block(stream, 0)
        else:
            raise GpsStripError(f"cannot remove the location from a {kind} file losslessly")
    with path.open("rb") as stream:
        if read_metadata(stream).has_gps:
            raise GpsStripError("the location is still readable after removal")
    return changed


def stripped_copy(original: Path, folder: Path | None = None) -> Path:
    """A temporary copy of ``original`` without location data (the caller deletes it).

    Used at upload time when the batch's policy is "strip"; the original is only read.
    """
    descriptor, name = tempfile.mkstemp(
        prefix="fieldkit-nogps-", suffix=original.suffix, dir=folder
    )
    os.close(descriptor)
    copy = Path(name)
    try:
        shutil.copyfile(original, copy)
        strip_gps_in_place(copy)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return copy


def _strip_jpeg(stream: IO[bytes]) -> bool:
    stream.seek(0)
    head = stream.read(_JPEG_HEAD)
    try:
        layout = parse_layout(head)
    except NotAJpeg as exc:
        raise GpsStripError(str(exc)) from exc
    changed = False
    for segment in layout.segments:
        if segment.marker != 0xE1 or segment.end > len(head):
            continue
        payload = segment.payload_offset
        if head[payload : payload + 6] == b"Exif\x00\x00":
            changed |= _strip_tiff_block(stream, payload + 6, limit=segment.end)
        elif head[payload : payload + len(_XMP_PREFIX)] == _XMP_PREFIX:
            start = payload + len(_XMP_PREFIX)
            packet = head[start : segment.end]
            blanked = _blank_xmp_gps(packet)
            if blanked != packet:
                stream.seek(start)
                stream.write(blanked)
                changed = True
    return changed


def _blank_xmp_gps(packet: bytes) -> bytes:
    """The XMP packet with GPS properties replaced by spaces of the same length."""

    def spaces(match: re.Match[bytes]) -> bytes:
        return b" " * len(match.group(0))

    return _XMP_GPS_ELEMENT.sub(spaces, _XMP_GPS_ATTRIBUTE.sub(spaces, packet))


def _strip_tiff_block(stream: IO[bytes], base: int, limit: int | None = None) -> bool:
    """Unlink and zero the GPS IFD of the TIFF structure starting at ``base``."""

    def read(offset: int, size: int) -> bytes:
        if limit is not None and base + offset + size > limit:
            raise GpsStripError("the EXIF block points outside itself")
        stream.seek(base + offset)
        data = stream.read(size)
        if len(data) != size:
            raise GpsStripError("the EXIF block is cut short")
        return data

    def write(offset: int, data: bytes) -> None:
        stream.seek(base + offset)
        stream.write(data)

    header = read(0, 8)
    if header[:2] not in (b"II", b"MM"):
        raise GpsStripError("not a TIFF/EXIF structure")
    order: Literal["little", "big"] = "little" if header[:2] == b"II" else "big"

    def number(data: bytes) -> int:
        return int.from_bytes(data, order)

    ifd0 = number(header[4:8])
    count = number(read(ifd0, 2))
    entries = read(ifd0 + 2, 12 * count + 4)
    index = next(
        (i for i in range(count) if number(entries[12 * i : 12 * i + 2]) == GPS_IFD_TAG), None
    )
    if index is None:
        return False
    gps_offset = number(entries[12 * index + 8 : 12 * index + 12])
    _zero_ifd(read, write, number, gps_offset)
    # Drop the entry: later entries and the next-IFD pointer move up by 12 bytes, and the
    # freed 12 bytes at the end become zeros. Entries stay sorted; the length is unchanged.
    kept = entries[: 12 * index] + entries[12 * (index + 1) :]
    write(ifd0, (count - 1).to_bytes(2, order))
    write(ifd0 + 2, kept + b"\x00" * 12)
    return True


def _zero_ifd(read, write, number, offset: int) -> None:  # type: ignore[no-untyped-def]
    """Overwrite a directory and the out-of-line values it points to with zeros."""
    try:
        count = number(read(offset, 2))
        entries = read(offset + 2, 12 * count)
    except GpsStripError:
        return  # a dangling pointer: unlinking it (done by the caller) is enough
    for i in range(count):
        entry = entries[12 * i : 12 * i + 12]
        size = _TYPE_SIZES.get(number(entry[2:4]), 1) * number(entry[4:8])
        if 4 < size < 1 << 20:
            value_offset = number(entry[8:12])
            try:
                read(value_offset, size)
            except GpsStripError:
                continue
            write(value_offset, b"\x00" * size)
    write(offset, b"\x00" * (2 + 12 * count + 4))
