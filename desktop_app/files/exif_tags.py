"""The few EXIF tags Fieldkit keeps, read from a JPEG's Exif segment as exifread reads them.

Why not exifread itself for every JPEG: it decodes every tag of IFD0 and of the Exif and
GPS directories in Python, more than the SHA-1 of the whole 110 kB file even when given
only the Exif segment, while Fieldkit keeps 17 tags. Handing exifread a copy of the
segment with the other entries removed still costs about half as much (its per-value
``seek``/``read``/``unpack``); Pillow's ``getexif`` more than exifread. This walks the
same directories in the same order with exifread's own rules (3.x
``process_file(details=False)`` with the stop tag of :mod:`desktop_app.files.exif`) and
decodes only those tags: about 6× less than exifread, a quarter of the file's SHA-1
(figures in bench/README.md).

The rules copied, so that the result is the same tag for tag (tests compare both readers
on every sample file and on thousands of damaged variants of them):

- only IFD0 (the caller unlinks IFD1, the thumbnail), the Exif directory IFD0 points to,
  and the GPS directory each time a GPSInfo entry is met (in IFD0 or the Exif directory);
- entries in file order, a later duplicate replacing an earlier one; IFD0 and the Exif
  directory end after their first ExifImageLength (0xA003) entry;
- an unknown field type (0 or above 13) leaves the tag out; a value wholly or partly past
  the end of the data reads as 0 (an ASCII value as the bytes that are there); more than
  999 numbers read as none; ASCII stops at the first NUL and stays bytes if not UTF-8.

Anything this does not mirror exactly — a byte order other than ``II``/``MM``, a segment
too short for its header, a pointer entry (ExifOffset, GPSInfo) that is not a single
LONG/IFD value, or any exception — returns ``None``, and the caller hands the segment to
exifread as before.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from typing import Any, NamedTuple

# exifread's names (``EXIF_TAGS`` and ``GPS_TAGS``) for the tags Fieldkit reads; a test
# checks them against exifread's tables.
IMAGE_TAGS = {
    0x0100: "ImageWidth",
    0x0101: "ImageLength",
    0x010E: "ImageDescription",
    0x010F: "Make",
    0x0110: "Model",
    0x0112: "Orientation",
    0x0132: "DateTime",
    0x013B: "Artist",
    0x8298: "Copyright",
}
EXIF_TAGS = {
    0x9003: "DateTimeOriginal",
    0x9004: "DateTimeDigitized",
    0xA002: "ExifImageWidth",
    0xA003: "ExifImageLength",
}
GPS_TAGS = {
    0x0001: "GPSLatitudeRef",
    0x0002: "GPSLatitude",
    0x0003: "GPSLongitudeRef",
    0x0004: "GPSLongitude",
    0x0005: "GPSAltitudeRef",
    0x0006: "GPSAltitude",
}
EXIF_OFFSET = 0x8769
GPS_INFO = 0x8825
STOP = 0xA003  # ExifImageLength: exifread's stop tag (``desktop_app.files.exif.STOP_TAG``)
_POINTERS = (EXIF_OFFSET, GPS_INFO)

# Field type → (bytes per value, struct code); 2 (ASCII) is handled apart.
_TYPES = {
    1: (1, "B"),
    3: (2, "H"),
    4: (4, "I"),
    5: (8, "I"),  # RATIONAL: two unsigned LONGs
    6: (1, "b"),
    7: (1, "B"),  # UNDEFINED: bytes as numbers
    8: (2, "h"),
    9: (4, "i"),
    10: (8, "i"),  # SRATIONAL
    11: (4, "f"),
    12: (8, "d"),
    13: (4, "I"),  # IFD
}
_ASCII = 2
_RATIONALS = (5, 10)
_FLOATS = (11, 12)
_MAX_NUMBERS = 1000  # exifread reads no values for a count this large
# Per directory (by key prefix): the entries to look at, pointers included.
_WANTED = {
    "Image ": frozenset([*IMAGE_TAGS, *_POINTERS]),
    "EXIF ": frozenset([*EXIF_TAGS, *_POINTERS]),
    "GPS ": frozenset(GPS_TAGS),
}


# Per byte order: a directory entry (tag, type, count, value) and one number of each
# struct code, made once rather than from a format string per value.
_ENTRY = {order: struct.Struct(order + "HHII").unpack_from for order in "<>"}
_UNPACK = {
    order: {code: struct.Struct(order + code).unpack_from for code in "BHIbhifd"} for order in "<>"
}


@lru_cache(maxsize=256)
def _tag_numbers(order: str, count: int) -> struct.Struct:
    """Unpacks the tag numbers of ``count`` directory entries (12 bytes each)."""
    return struct.Struct(order + "H10x" * count)


class Rational(NamedTuple):
    """A RATIONAL value, unreduced (``num``/``den`` as exifread's ``Ratio`` names them)."""

    num: int
    den: int


class Tag:
    """What :func:`desktop_app.files.exif._fill` reads of a tag: its ``values``."""

    __slots__ = ("values",)

    def __init__(self, values: Any) -> None:
        self.values = values


class _Reader:
    """The TIFF structure inside an Exif segment, read with exifread's rules."""

    def __init__(self, tiff: bytes, order: str) -> None:
        self.tiff = tiff
        self.size = len(tiff)
        self.order = order
        self.entry = _ENTRY[order]
        self.unpack = _UNPACK[order]
        self.tags: dict[str, Tag] = {}

    def number(self, offset: int, code: str, length: int) -> Any:
        """exifread's ``s2n``: 0 when the bytes are not all there."""
        if offset + length > self.size:
            return 0
        return self.unpack[code](self.tiff, offset)[0]

    def directory(self, offset: int, prefix: str, names: dict[int, str], stop: bool) -> bool:
        """Read one directory's wanted entries into ``tags``; False when it is not plain."""
        tiff = self.tiff
        count = self.number(offset, "H", 2)
        start, end = offset + 2, offset + 2 + 12 * count
        if end > len(tiff):
            # exifread reads what is missing as zeros: a tag 0 with type 0 is skipped,
            # but an entry cut inside its type, count or value is read in part.
            return self._cut_entries(start, end, prefix, names, stop)
        wanted = _WANTED[prefix]
        unpack = self.entry
        # Only the tag numbers, in one call; the few wanted entries are unpacked whole.
        for index, tag in enumerate(_tag_numbers(self.order, count).unpack_from(tiff, start)):
            if tag in wanted:
                position = start + 12 * index
                _tag, kind, number, value = unpack(tiff, position)
                if tag in names:
                    self.keep(prefix + names[tag], position, kind, number, value)
                elif tag == GPS_INFO and kind in (4, 13) and number == 0:
                    pass  # no values, so no directory (exifread: "No values found")
                elif kind not in (4, 13) or number != 1:
                    return False  # odd pointer: exifread's handling of it is not mirrored
                elif tag == GPS_INFO:
                    if not self.directory(value, "GPS ", GPS_TAGS, False):
                        return False
                elif prefix == "Image ":
                    self.tags["Image ExifOffset"] = Tag([value])
            if stop and tag == STOP:
                break
        return True

    def _cut_entries(
        self, start: int, end: int, prefix: str, names: dict[int, str], stop: bool
    ) -> bool:
        """Entries that run past the end of the data, byte by byte as exifread reads them."""
        for position in range(start, min(end, len(self.tiff)), 12):
            tag = self.number(position, "H", 2)
            if tag in _POINTERS and prefix != "GPS ":
                return False
            if tag in names:
                kind = self.number(position + 2, "H", 2)
                self.keep(prefix + names[tag], position, kind, self.number(position + 4, "I", 4))
            if stop and tag == STOP:
                break
        return True

    def keep(
        self, key: str, position: int, kind: int, count: int, pointer: int | None = None
    ) -> None:
        """Record the entry at ``position``; exifread leaves out unknown field types.

        ``pointer`` is the entry's value field as an unsigned LONG, when already read.
        """
        if kind == _ASCII or kind in _TYPES:
            if pointer is None:
                pointer = self.number(position + 8, "I", 4)
            self.tags[key] = Tag(self.values(position, kind, count, pointer))

    def values(self, position: int, kind: int, count: int, pointer: int) -> Any:
        """The entry's values as exifread gives them (``str``/``bytes`` for ASCII); values
        of more than four bytes are at ``pointer``."""
        if kind == _ASCII:
            offset = position + 8 if count <= 4 else pointer
            if count == 0:
                return ""
            text = self.tiff[offset : offset + count].split(b"\x00", 1)[0]
            try:
                return text.decode("utf-8")
            except UnicodeDecodeError:
                return text
        length, code = _TYPES[kind]
        offset = position + 8 if count * length <= 4 else pointer
        if count >= _MAX_NUMBERS:
            return []
        whole = offset + count * length <= self.size
        if kind in _RATIONALS:
            if whole:  # every numerator and denominator in one call
                parts = struct.unpack_from(f"{self.order}{2 * count}{code}", self.tiff, offset)
                return [Rational(parts[i], parts[i + 1]) for i in range(0, 2 * count, 2)]
            return [
                Rational(
                    self.number(offset + 8 * i, code, 4),
                    self.number(offset + 8 * i + 4, code, 4),
                )
                for i in range(count)
            ]
        if kind in _FLOATS:
            # exifread leaves out a float whose bytes are not all there.
            end = min(count, max(0, (self.size - offset) // length))
            return [(self.number(offset + length * i, code, length),) for i in range(end)]
        if whole:
            return list(struct.unpack_from(f"{self.order}{count}{code}", self.tiff, offset))
        return [self.number(offset + length * i, code, length) for i in range(count)]


def read_exif_tags(segment: bytes) -> dict[str, Tag] | None:
    """The tags Fieldkit uses from an Exif APP1 segment (marker included, IFD1 unlinked),
    keyed as exifread keys them ("Image Make", "EXIF DateTimeOriginal", "GPS
    GPSLatitude"...), or ``None`` when only exifread can say (see the module docstring)."""
    return read_tiff_tags(segment[10:])  # marker (2) + length (2) + "Exif\0\0"


def read_tiff_tags(tiff: bytes) -> dict[str, Tag] | None:
    """:func:`read_exif_tags` of the TIFF structure inside the segment (IFD1 unlinked)."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return None
    reader = _Reader(tiff, "<" if tiff[:2] == b"II" else ">")
    try:
        return _read(reader)
    except Exception:  # anything unexpected: exifread decides, as before
        return None


def _read(reader: _Reader) -> dict[str, Tag] | None:
    first = reader.number(4, "I", 4)
    if first and not reader.directory(first, "Image ", IMAGE_TAGS, stop=True):
        return None
    exif = reader.tags.pop("Image ExifOffset", None)
    if exif is not None and not reader.directory(exif.values[0], "EXIF ", EXIF_TAGS, stop=True):
        return None
    return reader.tags
