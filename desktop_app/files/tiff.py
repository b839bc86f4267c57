"""A structural sanity check for TIFF files (no decoding).

exifread silently returns nothing for a TIFF whose header is followed by garbage; this
check turns that into a clear per-file problem instead of an upload the wiki refuses.
"""

from __future__ import annotations

from typing import IO, Literal

_IMAGE_WIDTH, _IMAGE_LENGTH, _STRIP_OFFSETS, _TILE_OFFSETS = 256, 257, 273, 324
MAX_IFD_ENTRIES = 1000


def tiff_structure_error(stream: IO[bytes], size: int) -> str | None:
    """Why the first image directory is unusable, or ``None`` when it looks sound."""
    stream.seek(0)
    header = stream.read(16)
    if len(header) < 8:
        return "the TIFF header is cut short"
    order: Literal["little", "big"] = "little" if header[:2] == b"II" else "big"
    if int.from_bytes(header[2:4], order) == 43:
        return None  # BigTIFF: accepted as is; not checked further
    ifd_offset = int.from_bytes(header[4:8], order)
    if not 8 <= ifd_offset <= size - 2:
        return "the first image directory points outside the file"
    stream.seek(ifd_offset)
    count = int.from_bytes(stream.read(2), order)
    if count == 0 or count > MAX_IFD_ENTRIES or ifd_offset + 2 + 12 * count + 4 > size:
        return f"the first image directory claims {count} entries, which cannot be right"
    entries = stream.read(12 * count)
    tags = [int.from_bytes(entries[i : i + 2], order) for i in range(0, len(entries), 12)]
    if tags != sorted(tags):
        return "the first image directory is scrambled"
    missing = {_IMAGE_WIDTH, _IMAGE_LENGTH} - set(tags)
    if missing or not ({_STRIP_OFFSETS, _TILE_OFFSETS} & set(tags)):
        return "the first image directory lacks the image size or data location"
    return None
