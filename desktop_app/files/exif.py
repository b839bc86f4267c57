"""Reading the metadata Fieldkit needs from EXIF, with exifread (pure Python, tolerant).

``details=False`` skips maker notes, which can make exifread ~30× slower and hold most of
the malformed data in the wild. Everything exifread raises on a broken file becomes a
per-file :class:`~desktop_app.core.problems.Problem`; nothing here may crash a scan.

exifread decodes every tag in Python: even when handed only the Exif segment it costs
more than the SHA-1 of a 110 kB camera JPEG. So for a JPEG only the Exif APP1 segment is
looked at, with the thumbnail directory (IFD1) unlinked, and the 17 tags Fieldkit keeps
are read from it by :mod:`desktop_app.files.exif_tags` with exifread's own rules (about
6× less work: a quarter of that SHA-1);
exifread itself reads the odd segments that module leaves to it, and every other format.
It stops after ``ExifImageLength``: the tags Fieldkit keeps are all decoded before that
point (see :data:`STOP_TAG`). exifread is imported on first use (~25 ms at start-up).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import IO, Any, BinaryIO, Literal, cast

from desktop_app.core.problems import Problem, warning
from desktop_app.files.exif_tags import read_tiff_tags
from desktop_app.files.jpeg import SOI, JpegLayout, NotAJpeg, parse_layout

log = logging.getLogger(__name__)

# exifread reports "File format not recognized" and similar at WARNING/ERROR for every
# odd file; the scanner turns those cases into problems itself, so keep logs readable.
logging.getLogger("exifread").setLevel(logging.CRITICAL)

# Camera boilerplate written into ImageDescription: not a description of anything.
_BOILERPLATE_DESCRIPTIONS = frozenset(
    {
        "olympus digital camera",
        "sony dsc",
        "digital camera",
        "default",
        "image",
        "picture",
        "sharp digital camera",
        "konica minolta digital camera",
        "minolta digital camera",
    }
)


@dataclass
class ImageMetadata:
    """What the scanner keeps from a file's embedded metadata; ``None``/"" when absent."""

    taken_at: str | None = None  # "YYYY-MM-DD HH:MM:SS" (or a shorter prefix)
    camera_make: str = ""
    camera_model: str = ""
    gps_latitude: float | None = None
    gps_longitude: float | None = None
    gps_altitude: float | None = None
    orientation: int | None = None
    artist: str = ""
    copyright: str = ""
    description: str = ""
    width: int | None = None
    height: int | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def has_gps(self) -> bool:
        return self.gps_latitude is not None and self.gps_longitude is not None

    def columns(self) -> dict[str, Any]:
        """The values as stored in ``media_items`` columns (problems excluded).

        Built by hand rather than with ``dataclasses.asdict``, which deep-copies the
        problems only to throw them away: that was most of the time of storing a scan.
        """
        return dict(zip(_COLUMNS, _FIELD_VALUES(self), strict=True))

    def values(self) -> tuple[Any, ...]:
        """The fields in :data:`METADATA_FIELDS` order (for passing between processes)."""
        return _FIELD_VALUES(self)


# exifread stops decoding a directory after the tag of this name. Tags in an IFD are sorted
# by number; in the EXIF sub-IFD the last one we use is ExifImageLength (0xA003), and what
# follows (interoperability sub-IFD, scene/contrast/sharpness settings...) is a quarter of
# a typical camera file's tags. No other directory has a tag of this name, so IFD0 (make,
# model, orientation, artist, GPS pointer) and the GPS IFD are still read whole.
STOP_TAG = "ExifImageLength"
_EXIF_HEADER = b"Exif\x00\x00"
_TIFF_START = 4 + len(_EXIF_HEADER)  # in the segment: marker (2) + length (2) + "Exif\0\0"


# Every field but ``problems``, in declaration order; the column names differ for three.
METADATA_FIELDS = tuple(f.name for f in fields(ImageMetadata) if f.name != "problems")
_COLUMN_NAMES = {
    "artist": "exif_artist",
    "copyright": "exif_copyright",
    "description": "exif_description",
}
_COLUMNS = tuple(_COLUMN_NAMES.get(name, name) for name in METADATA_FIELDS)
# One C-level call for every field, thousands of times per import.
_FIELD_VALUES: Callable[[ImageMetadata], tuple[Any, ...]] = attrgetter(*METADATA_FIELDS)


def read_metadata(stream: IO[bytes]) -> ImageMetadata:
    """Metadata from ``stream`` (positioned at the file's start); never raises for bad data."""
    import exifread  # here: most scans never need it (see the module docstring)

    metadata = ImageMetadata()
    try:
        tags = exifread.process_file(
            cast("BinaryIO", stream), stop_tag=STOP_TAG, details=False, extract_thumbnail=False
        )
    except Exception as exc:  # exifread raises anything on corrupt data; keep it as a value
        log.debug("exifread failed: %r", exc)
        metadata.problems.append(
            warning(
                "metadata-unreadable",
                "The embedded metadata (EXIF) could not be read; it is ignored.",
                detail=f"{type(exc).__name__}: {exc}",
            )
        )
        return metadata
    _fill(metadata, tags)
    return metadata


def read_jpeg_metadata(data: bytes, layout: JpegLayout | None = None) -> ImageMetadata:
    """Metadata of a JPEG from its bytes (a prefix holding the Exif segment is enough).

    The Exif APP1 segment's tags are read by :func:`read_tiff_tags`; a segment it leaves
    to exifread goes to exifread as a two-segment JPEG (SOI + the Exif APP1), with no
    thumbnail directory to decode. When the Exif segment is not found where it should be
    (odd or damaged files), exifread reads ``data`` itself with its own, more forgiving
    search.
    """
    bounds = _exif_bounds(data, layout)
    if bounds is None:
        return read_metadata(io.BytesIO(data))
    start, end = bounds
    tiff = _tiff_without_thumbnail(data, start + _TIFF_START, end)
    tags = read_tiff_tags(tiff)
    if tags is None:
        header = data[start : min(start + _TIFF_START, end)]  # a segment may be shorter
        return read_metadata(io.BytesIO(SOI + header + tiff))
    metadata = ImageMetadata()
    _fill(metadata, tags)
    return metadata


def _exif_bounds(data: bytes, layout: JpegLayout | None) -> tuple[int, int] | None:
    """Where the Exif APP1 segment (marker included) starts and ends, when it lies
    inside ``data``."""
    if layout is None:
        try:
            layout = parse_layout(data)
        except NotAJpeg:
            return None
    segment = layout.first(0xE1, _EXIF_HEADER, data)
    if segment is None or segment.end > len(data):
        return None
    return segment.offset, segment.end


def _tiff_without_thumbnail(data: bytes, tiff: int, end: int) -> bytes:
    """``data[tiff:end]``, an Exif segment's TIFF structure, with IFD0's next-directory
    link zeroed when it can be found.

    IFD1 only describes the embedded thumbnail, which Fieldkit never uses; with the link
    cut exifread does not decode it. A structure too damaged to follow is returned as
    is. The bytes are copied once: a camera's segment is 10–15 kB, and the three copies
    this took before (the segment, the patched segment, the structure in it) cost a
    quarter of reading its tags.
    """
    byte_order = data[tiff : min(tiff + 2, end)]
    if byte_order not in (b"II", b"MM"):
        return data[tiff:end]
    order: Literal["little", "big"] = "little" if byte_order == b"II" else "big"
    ifd0 = tiff + int.from_bytes(data[tiff + 4 : min(tiff + 8, end)], order)
    if ifd0 + 2 > end:
        return data[tiff:end]
    link = ifd0 + 2 + 12 * int.from_bytes(data[ifd0 : ifd0 + 2], order)
    if link + 4 > end or data[link : link + 4] == b"\x00\x00\x00\x00":
        return data[tiff:end]
    view = memoryview(data)
    return b"".join((view[tiff:link], b"\x00\x00\x00\x00", view[link + 4 : end]))


def _fill(metadata: ImageMetadata, tags: dict[str, Any]) -> None:
    for key in ("EXIF DateTimeOriginal", "EXIF DateTimeDigitized", "Image DateTime"):
        taken = _exif_date(_text(tags.get(key)))
        if taken:
            metadata.taken_at = taken
            break
    metadata.camera_make = _text(tags.get("Image Make"))
    metadata.camera_model = _text(tags.get("Image Model"))
    metadata.artist = _text(tags.get("Image Artist"))
    metadata.copyright = _text(tags.get("Image Copyright"))
    description = _text(tags.get("Image ImageDescription"))
    if description.lower() not in _BOILERPLATE_DESCRIPTIONS:
        metadata.description = description
    metadata.orientation = _first_int(tags.get("Image Orientation"))
    if metadata.orientation is not None and not 1 <= metadata.orientation <= 8:
        metadata.problems.append(
            warning(
                "metadata-bad-orientation",
                f"The EXIF orientation {metadata.orientation} is not valid; it is ignored.",
                value=metadata.orientation,
            )
        )
        metadata.orientation = None
    metadata.width = _first_int(tags.get("EXIF ExifImageWidth") or tags.get("Image ImageWidth"))
    metadata.height = _first_int(tags.get("EXIF ExifImageLength") or tags.get("Image ImageLength"))
    _fill_gps(metadata, tags)


def _fill_gps(metadata: ImageMetadata, tags: dict[str, Any]) -> None:
    latitude = _degrees(tags.get("GPS GPSLatitude"), _text(tags.get("GPS GPSLatitudeRef")))
    longitude = _degrees(tags.get("GPS GPSLongitude"), _text(tags.get("GPS GPSLongitudeRef")))
    if latitude is None or longitude is None:
        if tags.get("GPS GPSLatitude") is not None or tags.get("GPS GPSLongitude") is not None:
            metadata.problems.append(
                warning("metadata-bad-gps", "The GPS position in the file cannot be read.")
            )
        return
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        metadata.problems.append(
            warning(
                "metadata-bad-gps",
                "The GPS position in the file is out of range; it is ignored.",
                latitude=latitude,
                longitude=longitude,
            )
        )
        return
    metadata.gps_latitude = round(latitude, 7)
    metadata.gps_longitude = round(longitude, 7)
    altitude = _ratio(_first(tags.get("GPS GPSAltitude")))
    if altitude is not None:
        below_sea = _first_int(tags.get("GPS GPSAltitudeRef")) == 1
        metadata.gps_altitude = round(-altitude if below_sea else altitude, 2)


def _first(tag: Any) -> Any:
    values = getattr(tag, "values", None)
    if isinstance(values, list | tuple):
        return values[0] if values else None
    return values


def _first_int(tag: Any) -> int | None:
    value = _first(tag)
    if isinstance(value, int):
        return value
    return None


def _ratio(value: Any) -> float | None:
    numerator = getattr(value, "num", getattr(value, "numerator", None))
    denominator = getattr(value, "den", getattr(value, "denominator", None))
    if isinstance(value, int):
        return float(value)
    if numerator is None or not denominator:
        return None
    return float(numerator) / float(denominator)


def _degrees(tag: Any, reference: str) -> float | None:
    values = getattr(tag, "values", None)
    if not isinstance(values, list | tuple) or not values:
        return None
    parts = [_ratio(value) for value in values[:3]]
    if any(part is None for part in parts):
        return None
    numbers = [float(part) for part in parts if part is not None] + [0.0, 0.0]
    decimal = numbers[0] + numbers[1] / 60 + numbers[2] / 3600
    return -decimal if reference.upper() in ("S", "W") else decimal


def _text(tag: Any) -> str:
    if tag is None:
        return ""
    values = getattr(tag, "values", tag)
    if isinstance(values, bytes):
        values = values.decode("utf-8", "replace")
    if not isinstance(values, str):
        return ""
    return values.replace("\x00", " ").strip()


def _exif_date(text: str) -> str | None:
    """``2008:10:22 16:28:39`` → ``2008-10-22 16:28:39``; blank or zeroed dates → None."""
    if len(text) < 10 or text.startswith("0000"):
        return None
    date = text[:10].replace(":", "-")
    if not (date[:4].isdigit() and date[5:7].isdigit() and date[8:10].isdigit()):
        return None
    time = text[11:19]
    return f"{date} {time}" if len(time) == 8 and time.replace(":", "").isdigit() else date
