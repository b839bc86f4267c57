"""Files read into a reused buffer scan exactly as files read into fresh ``bytes`` (issue 11).

The buffer holds the previous file's bytes past the current one's end; nothing of the
scan may see them or keep a reference into the buffer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.files import file_scan
from desktop_app.files.file_scan import scan_file
from tests.conftest import MEDIA_SAMPLES
from tests.media.test_scan_workers import ALL_SAMPLES, _facts


def test_every_sample_scans_the_same_from_the_reused_buffer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Largest first: each later, smaller file lies over the bytes of a bigger one.
    samples = sorted(ALL_SAMPLES, key=lambda path: -path.stat().st_size)
    reused = [scan_file(sample) for sample in samples]
    monkeypatch.setattr(file_scan, "REUSED_BUFFER_BYTES", -1)  # a fresh bytes per file
    fresh = [scan_file(sample) for sample in samples]
    assert [_facts(scanned) for scanned in reused] == [_facts(scanned) for scanned in fresh]
    assert any(p.code == "file-truncated" for scanned in reused for p in scanned.problems)
    assert any(p.code == "file-damaged" for scanned in reused for p in scanned.problems)


def test_a_cut_file_read_after_a_sound_one_is_still_cut(tmp_path: Path) -> None:
    """The sound file's end marker stays in the buffer beyond the cut one's end."""
    sound = (MEDIA_SAMPLES / "gps" / "DSCN0010.jpg").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(sound[: len(sound) - 1000])
    whole = tmp_path / "whole.jpg"
    whole.write_bytes(sound)
    assert "file-truncated" not in {p.code for p in scan_file(whole).problems}
    assert "file-truncated" in {p.code for p in scan_file(cut).problems}


def test_a_file_that_grew_since_its_stat_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "growing.jpg"
    data = (MEDIA_SAMPLES / "camera" / "Canon_40D.jpg").read_bytes()
    path.write_bytes(data)
    assert bytes(file_scan._read_into_buffer(str(path), len(data) - 500)) == data
    assert bytes(file_scan._read_into_buffer(str(path), len(data))) == data
    assert bytes(file_scan._read_into_buffer(str(path), len(data) + 10)) == data  # shrank
