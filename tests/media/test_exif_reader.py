"""The APP1-only EXIF reader (files.exif_tags) gives what exifread gives, or steps aside.

Every sample photo (GPS, rotated, TIFF, damaged, odd EXIF) is read both ways and must
give the same metadata, problems included; then thousands of damaged variants of their
Exif segments (bytes changed, cut short) must either give exactly exifread's result or
be handed to exifread (``None``), and a scan of truncated and garbled files must finish
with a clear per-file problem, never an exception.
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

import pytest

from desktop_app.files import exif_tags
from desktop_app.files.exif import (
    _TIFF_START,
    SOI,
    ImageMetadata,
    _exif_bounds,
    _fill,
    _tiff_without_thumbnail,
    read_jpeg_metadata,
    read_metadata,
)
from desktop_app.files.file_scan import scan_file
from desktop_app.files.scanner import scan_paths
from tests.conftest import MEDIA_SAMPLES

SAMPLES = sorted(path for path in MEDIA_SAMPLES.rglob("*") if path.is_file() and path.suffix)
JPEGS = [path for path in SAMPLES if path.suffix.lower() in (".jpg", ".jpeg")]


def facts(metadata: ImageMetadata) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
    """Everything a scan keeps of the metadata, problems by code, message and values."""
    problems = [(p.code, p.message, repr(sorted(p.params.items()))) for p in metadata.problems]
    return metadata.columns(), problems


def exif_segment(data: bytes) -> bytes | None:
    """The whole Exif APP1 segment (marker included) when it lies inside ``data``."""
    bounds = _exif_bounds(data, None)
    return None if bounds is None else data[bounds[0] : bounds[1]]


def without_thumbnail_ifd(segment: bytes) -> bytes:
    """The APP1 segment with IFD0's next-directory link zeroed, as the scanner reads it."""
    return segment[:_TIFF_START] + _tiff_without_thumbnail(segment, _TIFF_START, len(segment))


def by_exifread(segment: bytes) -> ImageMetadata:
    """What the scanner stored before the new reader: exifread on SOI + the segment."""
    return read_metadata(io.BytesIO(SOI + segment))


def by_new_reader(segment: bytes) -> ImageMetadata | None:
    tags = exif_tags.read_exif_tags(segment)
    if tags is None:
        return None
    metadata = ImageMetadata()
    _fill(metadata, tags)
    return metadata


def segments() -> list[tuple[str, bytes]]:
    found = []
    for path in JPEGS:
        segment = exif_segment(path.read_bytes())
        if segment is not None:
            found.append((path.name, without_thumbnail_ifd(segment)))
    return found


def before(data: bytes) -> ImageMetadata:
    """``read_jpeg_metadata`` as it was before the new reader: exifread on the segment."""
    segment = exif_segment(data)
    if segment is None:
        return read_metadata(io.BytesIO(data))
    return by_exifread(without_thumbnail_ifd(segment))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_gives_the_metadata_it_gave_with_exifread_alone(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = path.read_bytes()
    scanned = scan_file(path)
    # The same scan with every Exif segment handed to exifread, as before the new reader.
    monkeypatch.setattr("desktop_app.files.exif.read_tiff_tags", lambda tiff: None)
    with_exifread = scan_file(path)

    assert facts(scanned.metadata) == facts(with_exifread.metadata)
    assert [p.to_dict() for p in scanned.problems] == [p.to_dict() for p in with_exifread.problems]
    if path.suffix.lower() in (".jpg", ".jpeg"):
        assert facts(read_jpeg_metadata(data)) == facts(before(data))


def test_the_new_reader_reads_the_camera_samples_itself() -> None:
    """Not a fallback in disguise: the plain camera files never go to exifread."""
    read = {name for name, segment in segments() if exif_tags.read_exif_tags(segment) is not None}
    for folder in ("camera", "gps", "orientation"):
        for path in (MEDIA_SAMPLES / folder).iterdir():
            assert path.name in read, path
    gps = by_new_reader(dict(segments())["DSCN0010.jpg"])
    assert gps is not None
    assert (gps.gps_latitude, gps.gps_longitude) == pytest.approx((43.4674483, 11.8851267))
    assert gps.taken_at == "2008-10-22 16:28:39"
    rotated = by_new_reader(dict(segments())["landscape_6.jpg"])
    assert rotated is not None and rotated.orientation == 6


def test_tag_names_are_exifreads() -> None:
    from exifread.tags.exif import EXIF_TAGS, GPS_TAGS

    for number, name in {**exif_tags.IMAGE_TAGS, **exif_tags.EXIF_TAGS}.items():
        assert EXIF_TAGS[number][0] == name
    for number, name in exif_tags.GPS_TAGS.items():
        assert GPS_TAGS[number][0] == name
    assert EXIF_TAGS[exif_tags.STOP][0] == "ExifImageLength"


def damaged(segment: bytes, rng: random.Random) -> bytes:
    """A segment with a few bytes changed (mostly in the directories) or cut short."""
    data = bytearray(segment)
    for _ in range(rng.randrange(1, 6)):
        limit = min(len(data), 600) if rng.random() < 0.8 else len(data)
        if limit <= 11:
            break
        position = rng.randrange(10, limit)
        choice = rng.random()
        if choice < 0.6:
            data[position] = rng.randrange(256)
        elif choice < 0.8:
            data[position : position + 2] = rng.randbytes(2)
        else:
            del data[rng.randrange(10, len(data)) :]
    return bytes(data)


@pytest.mark.parametrize("seed", range(4))
def test_damaged_segments_give_exifreads_result_or_go_to_exifread(seed: int) -> None:
    rng = random.Random(seed)
    samples = segments()
    compared = 0
    for _ in range(750):
        name, segment = rng.choice(samples)
        variant = damaged(segment, rng)
        new = by_new_reader(variant)  # must not raise
        # As a file (its segment length may now be wrong): as before, or exifread's.
        as_file = SOI + variant
        assert facts(read_jpeg_metadata(as_file)) == facts(before(as_file))
        if new is None:
            continue
        compared += 1
        assert facts(new) == facts(by_exifread(variant)), (name, variant.hex())
    assert compared > 500  # most variants are read by the new reader, not handed over


def test_truncated_and_garbled_files_each_get_a_clear_problem(tmp_path: Path) -> None:
    rng = random.Random(11)
    paths = []
    for index, path in enumerate(JPEGS):
        data = path.read_bytes()
        segment = exif_segment(data)
        if segment is None:  # not a JPEG with EXIF (empty, text, odd): nothing to cut
            continue
        cut = tmp_path / f"cut_{index}_{path.name}"
        cut.write_bytes(data[: rng.randrange(20, len(segment) + 40)])
        garbled = tmp_path / f"garbled_{index}_{path.name}"
        noisy = bytearray(data)
        for _ in range(20):
            noisy[rng.randrange(2, min(len(noisy), 2000))] = rng.randrange(256)
        garbled.write_bytes(bytes(noisy))
        paths += [cut, garbled]

    outcome = scan_paths(paths, processes=False)

    assert [scanned.path for scanned in outcome.files] == [str(path) for path in paths]
    for scanned in outcome.files:
        if scanned.name.startswith("cut_"):
            codes = {problem.code for problem in scanned.problems}
            assert codes & {"file-truncated", "file-damaged"}, (scanned.name, codes)
        for problem in scanned.problems:
            assert problem.message and problem.code
