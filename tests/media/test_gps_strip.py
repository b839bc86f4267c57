"""Removing the location is lossless and happens on a copy; the original is never touched."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import exifread
import pytest

from desktop_app.files.file_scan import scan_file
from desktop_app.files.gps_strip import GpsStripError, strip_gps_in_place, stripped_copy
from desktop_app.files.jpeg import NotAJpeg, parse_layout
from desktop_app.files.upload_copies import upload_copy
from tests.conftest import MEDIA_SAMPLES

GPS_SAMPLES = [
    *sorted((MEDIA_SAMPLES / "gps").glob("DSCN*.jpg")),
    MEDIA_SAMPLES / "odd-exif" / "67-0_length_string.jpg",
    MEDIA_SAMPLES / "camera" / "Kodak_CX7530.jpg",
]


def scan_data(data: bytes) -> bytes:
    """Everything from the first scan's entropy-coded data to the end of the file.

    Two files with equal scan data (and equal quantisation/Huffman tables) decode to the
    same pixels; used to prove metadata edits were lossless.
    """
    layout = parse_layout(data)
    if layout.scan_offset is None:
        raise NotAJpeg("no scan data found")
    return data[layout.scan_offset :]


def image_tables(data: bytes) -> bytes:
    """The segments that govern decoding (DQT, SOFn, DHT, DRI, SOS), concatenated."""
    layout = parse_layout(data)
    wanted = {0xDB, 0xC4, 0xDD, 0xDA, *range(0xC0, 0xC4), *range(0xC5, 0xC8)}
    wanted |= set(range(0xC9, 0xCC)) | set(range(0xCD, 0xD0))
    return b"".join(data[s.offset : s.end] for s in layout.segments if s.marker in wanted)


def _gps_tags(path: Path) -> dict[str, object]:
    with path.open("rb") as stream:
        tags = exifread.process_file(stream, details=False)
    return {key: value for key, value in tags.items() if key.startswith("GPS")}


@pytest.mark.parametrize("original", GPS_SAMPLES, ids=lambda p: p.name)
def test_stripped_copy_has_no_gps_and_identical_image_data(original: Path) -> None:
    before = hashlib.sha1(original.read_bytes()).hexdigest()
    assert _gps_tags(original), "sample must carry GPS"
    latitude_bytes = _raw_latitude(original)
    assert latitude_bytes.strip(b"\x00") and latitude_bytes in original.read_bytes()

    copy = stripped_copy(original)
    try:
        data, stripped = original.read_bytes(), copy.read_bytes()
        assert _gps_tags(copy) == {}
        assert scan_file(copy).metadata.has_gps is False
        assert latitude_bytes not in stripped  # the numbers themselves are gone
        # Lossless: same length, same decoding tables, same entropy-coded scan bytes.
        assert len(stripped) == len(data)
        assert image_tables(stripped) == image_tables(data)
        assert scan_data(stripped) == scan_data(data)
        # Other metadata survives.
        assert scan_file(copy).metadata.taken_at == scan_file(original).metadata.taken_at
    finally:
        copy.unlink()
    assert hashlib.sha1(original.read_bytes()).hexdigest() == before


def test_decoded_pixels_are_identical() -> None:
    qt = pytest.importorskip("PySide6.QtGui")
    original = MEDIA_SAMPLES / "gps" / "DSCN0010.jpg"
    copy = stripped_copy(original)
    try:
        a, b = qt.QImage(str(original)), qt.QImage(str(copy))
        assert not a.isNull() and a == b
    finally:
        copy.unlink()


def test_upload_copy_strips_only_under_the_strip_policy(tmp_path: Path) -> None:
    original = tmp_path / "DSCN0010.jpg"
    shutil.copy(MEDIA_SAMPLES / "gps" / "DSCN0010.jpg", original)
    with upload_copy(original, True, "keep") as path:
        assert path == original
    with upload_copy(original, False, "strip") as path:
        assert path == original
    with upload_copy(original, True, "strip", tmp_path) as path:
        assert path != original and _gps_tags(path) == {}
        temporary = path
    assert not temporary.exists()
    assert _gps_tags(original)


def test_xmp_gps_properties_are_blanked_too(tmp_path: Path) -> None:
    source = (MEDIA_SAMPLES / "other" / "no_exif.jpg").read_bytes()
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
        b'exif:GPSLatitude="43,28.04N" exif:GPSLongitude="11,53.1E" dc:format="image/jpeg">'
        b"<exif:GPSAltitude>120/1</exif:GPSAltitude></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    payload = b"http://ns.adobe.com/xap/1.0/\x00" + xmp
    segment = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
    path = tmp_path / "xmp.jpg"
    path.write_bytes(source[:2] + segment + source[2:])

    assert strip_gps_in_place(path) is True

    result = path.read_bytes()
    assert b"GPS" not in result and b'dc:format="image/jpeg"' in result
    assert len(result) == len(source) + len(segment)


def test_other_types_are_refused_rather_than_reencoded(tmp_path: Path) -> None:
    heif = tmp_path / "x.heif"
    shutil.copy(MEDIA_SAMPLES / "other" / "samplefilehub.heif", heif)
    with pytest.raises(GpsStripError):
        strip_gps_in_place(heif)


def _raw_latitude(path: Path) -> bytes:
    """The 24 bytes of the GPSLatitude rationals as stored in the file."""
    with path.open("rb") as stream:
        tags = exifread.process_file(stream, details=False)
    tag = tags["GPS GPSLatitude"]
    data = path.read_bytes()
    tiff_start = data.index(b"Exif\x00\x00") + 6
    return data[tiff_start + tag.field_offset : tiff_start + tag.field_offset + 24]
