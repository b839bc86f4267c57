"""Scanning real sample files: metadata, damage, types, moved/changed/vanished, cache."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import exifread
import pytest
from sqlalchemy import select

from desktop_app.core.filetypes import check_file_type
from desktop_app.files.file_scan import scan_file
from desktop_app.files.scanner import scan_paths
from desktop_app.services.media_import import import_paths, rescan_batch
from desktop_app.store.bundled import commons_file_policy as default_policy
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaItem
from tests.conftest import MEDIA_SAMPLES

BROKEN = sorted([*(MEDIA_SAMPLES / "damaged").iterdir(), *(MEDIA_SAMPLES / "odd-exif").iterdir()])


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_broken_sample_finishes_within_a_second_with_a_problem_or_metadata(
    path: Path,
) -> None:
    began = time.monotonic()
    scanned = scan_file(path)
    problems = scanned.problems + check_file_type(
        path.name, scanned.size, scanned.kind, default_policy()
    )
    assert time.monotonic() - began < 1.0
    if path.parent.name == "damaged":
        assert problems, "a damaged file must get a problem"
        assert all(problem.message for problem in problems)
    else:
        assert scanned.sha1 and scanned.kind == "jpeg"  # decodes fine: imported


def test_damaged_samples_get_the_specific_problem() -> None:
    def codes(name: str) -> set[str]:
        scanned = scan_file(MEDIA_SAMPLES / "damaged" / name)
        checked = check_file_type(name, scanned.size, scanned.kind, default_policy())
        return {problem.code for problem in scanned.problems + checked}

    assert "file-empty" in codes("empty.jpg")
    assert "content-extension-mismatch" in codes("text_named_as.jpg")
    assert "file-damaged" in codes("garbage_after_header.tif")
    assert "file-truncated" in codes("truncated_nikon-e950.jpg")
    assert "file-damaged" in codes("zeroed_middle_DSCN0010.jpg")


def test_gps_sample_gives_decimal_degrees_as_exifread_reads_them() -> None:
    path = MEDIA_SAMPLES / "gps" / "DSCN0010.jpg"
    with path.open("rb") as stream:
        tags = exifread.process_file(stream, details=False)
    lat = [float(v.num) / float(v.den) for v in tags["GPS GPSLatitude"].values]
    lon = [float(v.num) / float(v.den) for v in tags["GPS GPSLongitude"].values]

    metadata = scan_file(path).metadata

    assert metadata.gps_latitude == pytest.approx(lat[0] + lat[1] / 60 + lat[2] / 3600, abs=1e-6)
    assert metadata.gps_longitude == pytest.approx(lon[0] + lon[1] / 60 + lon[2] / 3600, abs=1e-6)
    assert metadata.gps_latitude == pytest.approx(43.4674483, abs=1e-6)  # N
    assert metadata.gps_longitude == pytest.approx(11.8851267, abs=1e-6)  # E
    assert metadata.taken_at == "2008-10-22 16:28:39"
    assert (metadata.camera_make, metadata.camera_model) == ("NIKON", "COOLPIX P6000")
    assert (metadata.width, metadata.height) == (640, 480)


def test_southern_latitude_is_negative() -> None:
    metadata = scan_file(MEDIA_SAMPLES / "camera" / "Kodak_CX7530.jpg").metadata
    assert metadata.gps_latitude is not None and metadata.gps_latitude < 0


@pytest.mark.parametrize(
    ("name", "orientation"),
    [
        ("landscape_1.jpg", 1),
        ("landscape_3.jpg", 3),
        ("landscape_6.jpg", 6),
        ("landscape_8.jpg", 8),
    ],
)
def test_orientation_samples_give_their_exif_orientation(name: str, orientation: int) -> None:
    assert scan_file(MEDIA_SAMPLES / "orientation" / name).metadata.orientation == orientation


def test_artist_and_long_description_are_read() -> None:
    metadata = scan_file(MEDIA_SAMPLES / "camera" / "long_description.jpg").metadata
    assert metadata.artist == "SSG KYLE DAVIS"
    assert metadata.description.startswith("Operation Mountain Viper")
    assert len(metadata.description) > 200


def test_heif_is_flagged_with_a_conversion_hint_and_tiff_is_accepted() -> None:
    heif = scan_file(MEDIA_SAMPLES / "other" / "samplefilehub.heif")
    problems = check_file_type("samplefilehub.heif", heif.size, heif.kind, default_policy())
    assert heif.kind == "heif"
    [problem] = problems
    assert problem.code == "filetype-not-accepted"
    assert problem.fix == "convert-file"
    assert "JPEG" in problem.message and problem.params["tool"]

    tiff = scan_file(MEDIA_SAMPLES / "other" / "Arbitro.tiff")
    assert tiff.kind == "tiff" and tiff.problems == []
    assert check_file_type("Arbitro.tiff", tiff.size, tiff.kind, default_policy()) == []


def test_heic_renamed_to_jpg_is_a_mismatch_with_conversion_advice(tmp_path: Path) -> None:
    disguised = tmp_path / "holiday.jpg"
    shutil.copy(MEDIA_SAMPLES / "other" / "samplefilehub.heif", disguised)
    scanned = scan_file(disguised)
    [problem] = check_file_type(disguised.name, scanned.size, scanned.kind, default_policy())
    assert problem.code == "content-extension-mismatch"
    assert problem.params["kind"] == "heif" and problem.fix == "convert-file"


def test_sizes_over_the_wiki_limit_are_refused() -> None:
    policy = default_policy()
    [problem] = check_file_type("big.tif", policy.max_upload_bytes + 1, "tiff", policy)
    assert problem.code == "file-too-large"
    [note] = check_file_type("big.tif", policy.max_plain_upload_bytes + 1, "tiff", policy)
    assert note.code == "file-needs-chunked-upload" and not note.blocking


def test_import_records_path_size_mtime_sha1_and_reimport_is_idempotent(
    ctx: AppContext, batch_id: int, work_copy: Path
) -> None:
    report = import_paths(ctx.db, batch_id, [work_copy])
    assert report.count("added") == 3

    again = import_paths(ctx.db, batch_id, [work_copy])

    assert again.count("added") == 0 and again.count("unchanged") == 3
    with ctx.db.session() as session:
        item = session.scalars(
            select(MediaItem).where(MediaItem.path.endswith("DSCN0010.jpg"))
        ).one()
        path = work_copy / "DSCN0010.jpg"
        assert item.size == path.stat().st_size and item.mtime == path.stat().st_mtime
        import hashlib

        assert item.sha1 == hashlib.sha1(path.read_bytes()).hexdigest()
        assert item.gps_latitude is not None and item.date == "2008-10-22"
        assert item.title == "DSCN0010"


def test_rescan_of_unchanged_files_reads_nothing(
    ctx: AppContext, batch_id: int, work_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_paths(ctx.db, batch_id, [work_copy])
    opened: list[str] = []
    real_open = open

    def spying_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spying_open)
    report = rescan_batch(ctx.db, batch_id)

    assert report.count("unchanged") == 3
    assert not [name for name in opened if name.startswith(str(work_copy))]


def test_rescan_notices_changed_moved_and_vanished_files(
    ctx: AppContext, batch_id: int, work_copy: Path
) -> None:
    import_paths(ctx.db, batch_id, [work_copy])
    # changed: new content at the same path
    changed = work_copy / "Canon_40D.jpg"
    changed.write_bytes(changed.read_bytes() + b"extra")
    # moved: same content, another folder under the same parent
    elsewhere = work_copy.parent / "sorted"
    elsewhere.mkdir()
    (work_copy / "DSCN0010.jpg").rename(elsewhere / "DSCN0010.jpg")
    # vanished
    (work_copy / "landscape_6.jpg").unlink()

    report = rescan_batch(ctx.db, batch_id)

    statuses = {Path(entry.path).name: entry.status for entry in report.files}
    assert statuses == {
        "Canon_40D.jpg": "changed",
        "DSCN0010.jpg": "moved",
        "landscape_6.jpg": "missing",
    }
    with ctx.db.session() as session:
        items = {Path(i.path).name: i for i in session.scalars(select(MediaItem))}
        assert items["DSCN0010.jpg"].path == str(elsewhere / "DSCN0010.jpg")
        assert items["Canon_40D.jpg"].file_state == "changed"
        assert items["landscape_6.jpg"].file_state == "missing"


def test_reimporting_a_vanished_file_from_its_new_place_counts_as_moved(
    ctx: AppContext, batch_id: int, work_copy: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import_paths(ctx.db, batch_id, [work_copy])
    far = tmp_path_factory.mktemp("elsewhere-entirely")  # outside the rescan's search
    (work_copy / "DSCN0010.jpg").rename(far / "renamed.jpg")
    rescan_batch(ctx.db, batch_id)

    report = import_paths(ctx.db, batch_id, [far])

    assert [entry.status for entry in report.files] == ["moved"]
    with ctx.db.session() as session:
        assert len(session.scalars(select(MediaItem)).all()) == 3


def test_scan_reports_progress_and_stops_when_cancelled(work_copy: Path) -> None:
    paths = sorted(work_copy.iterdir()) * 20  # 60 entries
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append((done, total, text))

    outcome = scan_paths(paths, progress=progress, cancelled=lambda: len(seen) >= 5, workers=2)

    assert outcome.cancelled
    assert 5 <= len(outcome.files) < 60
    assert seen[0][1] == 60 and [s[0] for s in seen] == list(range(1, len(seen) + 1))


def test_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    # A folder named like a photo cannot be opened as a file, even by root (CI runs as root,
    # so a chmod-based test would never fail).
    unreadable = tmp_path / "looks-like-a-photo.jpg"
    unreadable.mkdir()
    scanned = scan_file(unreadable)
    assert [p.code for p in scanned.problems] == ["file-unreadable"]


def test_a_vanished_file_that_comes_back_unchanged_is_present_again_with_its_metadata(
    ctx: AppContext, batch_id: int, work_copy: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import_paths(ctx.db, batch_id, [work_copy])
    photo = work_copy / "DSCN0010.jpg"
    away = tmp_path_factory.mktemp("away-outside-the-search") / "DSCN0010.jpg"
    photo.rename(away)
    assert {e.status for e in rescan_batch(ctx.db, batch_id).files if e.path == str(photo)} == {
        "missing"
    }
    away.rename(photo)  # same size and mtime: the cache applies

    report = rescan_batch(ctx.db, batch_id)

    assert report.count("unchanged") == 3
    with ctx.db.session() as session:
        item = session.scalars(select(MediaItem).where(MediaItem.path == str(photo))).one()
        assert item.file_state == "present"
        assert item.gps_latitude is not None and item.taken_at == "2008-10-22 16:28:39"
