"""Damage a scan can see without decoding pixels: cut-short JPEGs, zeroed data, bad TIFFs.

These checks work on bytes already read for hashing, so they cost ~0.02 ms per camera
JPEG; each finding is a problem whose fix is "use an undamaged copy".
"""

from __future__ import annotations

from typing import IO

from desktop_app.core.problems import Problem, error
from desktop_app.files.jpeg import JpegLayout, NotAJpeg, parse_layout
from desktop_app.files.tiff import tiff_structure_error

# The end-of-image marker must appear in the last bytes of a complete JPEG.
TAIL_BYTES = 65536
# A run of zero bytes this long inside JPEG scan data does not happen in a sound file
# (entropy-coded data is dense); it is what a disk or copy error leaves behind.
ZERO_RUN = 2048
_ZEROS = b"\x00" * ZERO_RUN


def truncated() -> Problem:
    """The JPEG has no end marker: the copy stopped early."""
    return error(
        "file-truncated",
        "The image is cut short (no end marker): the copy is incomplete.",
        fix="replace-file",
    )


def zeroed() -> Problem:
    """Part of the JPEG's scan data is a run of zeros (a disk or copy error)."""
    return error(
        "file-damaged",
        "Part of the image data has been overwritten with zeros; the picture "
        "will show grey or broken areas. Use an undamaged copy.",
        fix="replace-file",
    )


def tiff_damage(stream: IO[bytes], size: int) -> Problem | None:
    """A problem when the TIFF's structure is broken, else ``None``."""
    reason = tiff_structure_error(stream, size)
    if not reason:
        return None
    return error(
        "file-damaged",
        f"The TIFF file is damaged: {reason}.",
        fix="replace-file",
        reason=reason,
    )


def has_zero_run(data: bytes, start: int) -> bool:
    """Whether ``data[start:]`` holds :data:`ZERO_RUN` zero bytes in a row.

    Searching for the 2 kB needle directly costs ~70 µs per 160 kB JPEG (CPython's search
    is linear for long needles). A run of 2×1024 zeros always covers two consecutive bytes
    of a 1024-stride sample, so the exact search runs only when the ~160-byte sample
    shows that pattern — almost never in sound data.
    """
    if len(data) - start < ZERO_RUN or b"\x00\x00" not in data[start :: ZERO_RUN // 2]:
        return False
    return data.find(_ZEROS, start) >= 0


def jpeg_head(
    head: bytes, complete: bool = False
) -> tuple[JpegLayout | None, int | None, list[Problem], tuple[int, int] | None]:
    """Layout, scan-data offset, structural problems and (width, height) from the SOF.

    ``complete`` says ``head`` is the whole file, so a missing scan header is damage
    rather than a header longer than the bytes looked at.
    """
    try:
        layout = parse_layout(head)
    except NotAJpeg:
        return None, None, [], None
    dimensions = None
    for segment in layout.segments:
        if 0xC0 <= segment.marker <= 0xCF and segment.marker not in (0xC4, 0xC8, 0xCC):
            start = segment.payload_offset
            height = int.from_bytes(head[start + 1 : start + 3], "big")
            width = int.from_bytes(head[start + 3 : start + 5], "big")
            dimensions = (width, height)
            break
    if layout.scan_offset is None and complete:
        problem = error(
            "file-damaged",
            "The JPEG structure is broken: no image data was found.",
            fix="replace-file",
        )
        return layout, None, [problem], dimensions
    return layout, layout.scan_offset, [], dimensions


def exif_within(head: bytes, layout: JpegLayout) -> bool:
    """Whether the JPEG's EXIF segment (if any) lies wholly inside ``head``."""
    segment = layout.first(0xE1, b"Exif\x00\x00", head)
    return segment is None or segment.end <= len(head)
