"""Reading the metadata Fieldkit needs from EXIF, with exifread (pure Python, tolerant).

``details=False`` skips maker notes, which can make exifread ~30× slower and hold most of
the malformed data in the wild. Everything exifread raises on a broken file becomes a
per-file :class:`~desktop_app.core.problems.Problem`; nothing here may crash a scan.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import IO, Any, BinaryIO, cast

import exifread

from desktop_app.core.problems import Problem, warning

log = logging.getLogger(__name__)

# exifread reports "File format not recognized" and similar at WARNING/ERROR for every
# odd file; the scanner turns those cases into problems itself, so keep logs readable.
logging.getLogger("exifread").setLevel(logging.CRITICAL)

# Camera boilerplate written into ImageDescription: not a description of anything.
_BOILERPLATE_DESCRIPTIONS = frozenset(
    {"olympus digital camera", "sony dsc", "digital camera", "default", "image", "picture",
     "sharp digital camera", "konica minolta digital camera", "minolta digital camera"}
)  # fmt: skip


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
        """The values as stored in ``media_items`` columns (problems excluded)."""
        data = asdict(self)
        data.pop("problems")
        data["exif_artist"] = data.pop("artist")
        data["exif_copyright"] = data.pop("copyright")
        data["exif_description"] = data.pop("description")
        return data


def read_metadata(stream: IO[bytes]) -> ImageMetadata:
    """Metadata from ``stream`` (positioned at the file's start); never raises for bad data."""
    metadata = ImageMetadata()
    try:
        tags = exifread.process_file(
            cast("BinaryIO", stream), details=False, extract_thumbnail=False
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
