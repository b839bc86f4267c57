"""Just enough of the JPEG container to find segments, the EXIF block and the scan data.

No decoding: Fieldkit never re-encodes images. Knowing where the entropy-coded data
starts lets the scanner spot a zeroed-out middle and lets tests prove that removing GPS
left every image byte as it was.
"""

from __future__ import annotations

import struct
from typing import NamedTuple

SOI = b"\xff\xd8"
EOI = b"\xff\xd9"
_SOS = 0xDA
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM, RSTn: no length field
# A marker's 0xFF, its code and the length field after it, in one call.
_MARKER = struct.Struct(">BBH").unpack_from


class Segment(NamedTuple):
    """One marker segment: ``offset`` of the 0xFF marker byte, ``length`` incl. the 2 bytes.

    A named tuple rather than a frozen dataclass: a scan makes one per segment of every
    file, and a tuple is made in a third of the time.
    """

    marker: int
    offset: int
    length: int

    @property
    def payload_offset(self) -> int:
        return self.offset + 4

    @property
    def end(self) -> int:
        return self.offset + 2 + self.length


class JpegLayout(NamedTuple):
    """Segments before the first scan, and where the scan's entropy-coded data begins."""

    segments: tuple[Segment, ...]
    scan_offset: int | None  # first byte after the SOS header; None if not found in data

    def first(self, marker: int, payload_prefix: bytes = b"", data: bytes = b"") -> Segment | None:
        """The first segment with ``marker`` whose payload starts with ``payload_prefix``."""
        for segment in self.segments:
            if segment.marker != marker:
                continue
            start = segment.payload_offset
            if not payload_prefix or data[start : start + len(payload_prefix)] == payload_prefix:
                return segment
        return None


class NotAJpeg(ValueError):
    """The bytes do not start with a JPEG start-of-image marker."""


def parse_layout(data: bytes) -> JpegLayout:
    """Walk the marker segments of ``data`` (a prefix of the file is enough) up to SOS.

    Stops quietly where ``data`` ends or the structure breaks: what was found is returned,
    and ``scan_offset`` stays ``None`` when no scan header was reached.
    """
    if not data.startswith(SOI):
        raise NotAJpeg("no JPEG start-of-image marker")
    segments: list[Segment] = []
    position = 2
    size = len(data)
    while position + 4 <= size:
        first, marker, length = _MARKER(data, position)
        if first != 0xFF:
            break
        if marker == 0xFF:  # fill bytes before a marker
            position += 1
            continue
        if marker in _STANDALONE:
            position += 2
            continue
        if length < 2:
            break
        segments.append(Segment(marker, position, length))
        position += 2 + length  # the segment's end
        if marker == _SOS:
            return JpegLayout(tuple(segments), position if position <= size else None)
    return JpegLayout(tuple(segments), None)
