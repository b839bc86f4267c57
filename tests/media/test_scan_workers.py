"""Scanning on worker processes: same results as in-process, prompt cancel, safe fallback."""

from __future__ import annotations

import concurrent.futures.process
import io
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from desktop_app.files import damage, file_scan, scanner
from desktop_app.files.exif import read_jpeg_metadata, read_metadata
from desktop_app.files.file_scan import ScannedFile, scan_file
from desktop_app.files.scanner import scan_paths
from tests.conftest import MEDIA_SAMPLES

REPO = Path(__file__).resolve().parents[2]
ALL_SAMPLES = sorted(p for p in MEDIA_SAMPLES.rglob("*") if p.is_file() and p.suffix != ".md")


def _facts(scanned: ScannedFile) -> tuple[Any, ...]:
    metadata = scanned.metadata
    return (
        scanned.path,
        scanned.size,
        scanned.sha1,
        scanned.kind,
        scanned.missing,
        metadata.columns(),
        [(p.code, p.message, dict(p.params), p.severity, p.fix) for p in scanned.problems],
        [p.code for p in metadata.problems],
    )


@pytest.fixture
def many_files(tmp_path: Path) -> list[Path]:
    """Every sample (damaged ones too) three times over: enough to use worker processes."""
    folder = tmp_path / "many"
    folder.mkdir()
    paths = []
    for copy in range(3):
        for sample in ALL_SAMPLES:
            target = folder / f"{copy}_{sample.parent.name}_{sample.name}"
            shutil.copy(sample, target)
            paths.append(target)
    return paths


def test_worker_processes_find_exactly_what_an_in_process_scan_finds(
    many_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two files above the whole-file limit take the streaming path on a hashing thread.
    monkeypatch.setattr(file_scan, "WHOLE_FILE_BYTES", 256 * 1024)
    monkeypatch.setattr(file_scan, "STREAM_BYTES", 64 * 1024)
    sample = (MEDIA_SAMPLES / "gps" / "DSCN0010.jpg").read_bytes()
    noise = random.Random(4).randbytes(600_000).replace(b"\x00", b"\x01").replace(b"\xff", b"\xfe")
    big = tmp_path / "big.jpg"
    big.write_bytes(sample[:-2] + noise + b"\xff\xd9")
    zeroed = tmp_path / "big_zeroed.jpg"  # the zero run straddles two stream reads
    zeroed.write_bytes(sample[:-2] + noise[:300_000] + b"\x00" * 3000 + noise + b"\xff\xd9")
    paths = [*many_files, big, zeroed, tmp_path / "not-there.jpg"]

    handed: dict[str, dict[int, ScannedFile]] = {"threads": {}, "processes": {}}
    in_process = scan_paths(paths, processes=False, on_file=handed["threads"].__setitem__)
    on_workers = scan_paths(
        paths, processes=True, workers=2, on_file=handed["processes"].__setitem__
    )

    assert in_process.mode == "threads" and on_workers.mode == "processes"
    for outcome in (in_process, on_workers):  # each file handed over once, at its index
        by_index = handed[outcome.mode]
        assert [by_index[index] for index in range(len(paths))] == outcome.files
    assert [_facts(f) for f in on_workers.files] == [_facts(f) for f in in_process.files]
    by_name = {Path(f.path).name: f for f in on_workers.files}
    assert by_name["big.jpg"].problems == [] and by_name["big.jpg"].metadata.has_gps
    assert "file-damaged" in {p.code for p in by_name["big_zeroed.jpg"].problems}
    assert by_name["not-there.jpg"].missing
    assert on_workers.worker_cpu_seconds > 0


def test_many_files_go_to_worker_processes_and_few_stay_on_threads(
    many_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scanner, "usable_cores", lambda: 2)  # one core: threads, see test_cores
    assert len(many_files) >= scanner.PROCESS_MIN_FILES
    assert scan_paths(many_files).mode == "processes"
    assert scan_paths(many_files[:5]).mode == "threads"


def test_cancel_stops_worker_processes_within_a_second_with_ordered_progress(
    many_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scanner, "CHUNK_FILES", 4)
    paths = many_files * 6
    seen: list[int] = []
    cancelled_at: list[float] = []

    def cancelled() -> bool:
        if len(seen) >= 10 and not cancelled_at:
            cancelled_at.append(time.monotonic())
        return bool(cancelled_at)

    outcome = scan_paths(
        paths, progress=lambda done, total, name: seen.append(done), cancelled=cancelled
    )

    assert outcome.cancelled and outcome.mode == "processes"
    assert time.monotonic() - cancelled_at[0] < 1.0
    assert 10 <= len(outcome.files) < len(paths)
    assert seen == list(range(1, len(outcome.files) + 1))


def test_cancel_abandons_a_big_file_being_hashed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_scan, "WHOLE_FILE_BYTES", 1024)
    monkeypatch.setattr(file_scan, "STREAM_BYTES", 1024)
    big = tmp_path / "video.mov"
    big.write_bytes(os.urandom(4 * 1024 * 1024))
    stop = threading.Event()
    stop.set()

    assert file_scan.scan_one(str(big), None, stop) is None  # gave up at the first block
    assert file_scan.scan_one(str(big), None, None) is not None

    calls = itertools.count()
    outcome = scan_paths(
        [big, MEDIA_SAMPLES / "gps" / "DSCN0010.jpg"],
        cancelled=lambda: next(calls) >= 1,  # let the scan start, then stop it
        processes=True,
    )
    assert outcome.cancelled
    assert str(big) not in {f.path for f in outcome.files}


def test_a_broken_process_pool_falls_back_to_threads(
    many_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    class BrokenPool:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def submit(self, *args: object, **kwargs: object) -> None:
            raise BrokenProcessPool("a worker died")

        def shutdown(self, *args: object, **kwargs: object) -> None:
            pass

    monkeypatch.setattr(concurrent.futures.process, "ProcessPoolExecutor", BrokenPool)

    outcome = scan_paths(many_files, processes=True)

    assert outcome.mode == "processes+threads" and not outcome.cancelled
    assert [f.path for f in outcome.files] == [str(p) for p in many_files]
    assert all(f.sha1 for f in outcome.files if f.size)


def test_zero_run_shortcut_agrees_with_a_plain_search() -> None:
    rng = random.Random(7)
    for _ in range(400):
        data = bytearray(rng.randbytes(rng.randrange(0, 40_000)).replace(b"\x00", b"\x07"))
        for _ in range(rng.randrange(0, 3)):
            position = rng.randrange(0, len(data) + 1)
            data[position:position] = b"\x00" * rng.choice([1, 1023, 2047, 2048, 2049, 5000])
        start = rng.randrange(0, len(data) + 1)
        expected = b"\x00" * damage.ZERO_RUN in data[start:]
        assert damage.has_zero_run(bytes(data), start) == expected


@pytest.mark.parametrize(
    "path", [p for p in ALL_SAMPLES if p.suffix.lower() in (".jpg", ".jpeg")], ids=lambda p: p.name
)
def test_reading_only_the_exif_segment_gives_what_exifread_gives_on_the_whole_file(
    path: Path,
) -> None:
    data = path.read_bytes()
    whole = read_metadata(io.BytesIO(data))
    segment = read_jpeg_metadata(data)
    if path.name == "no_exif.jpg":
        # exifread's own search gives up at the XMP segment that comes first; ours does not.
        assert whole.taken_at is None and whole.artist == ""
        assert segment.taken_at == "2014-09-22 10:56:35" and segment.artist == "CREDIT"
        return
    assert segment.columns() == whole.columns()
    assert [p.code for p in segment.problems] == [p.code for p in whole.problems]


def test_scan_file_reads_the_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "photo.jpg"
    shutil.copy(MEDIA_SAMPLES / "gps" / "DSCN0010.jpg", path)
    opened: list[str] = []
    reads: list[int] = []
    real_open, real_os_open, real_read = open, os.open, os.read

    def counting_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def counting_os_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(file))
        return real_os_open(file, *args, **kwargs)

    def counting_read(fd: int, size: int) -> bytes:
        data = real_read(fd, size)
        reads.append(len(data))
        return data

    monkeypatch.setattr("builtins.open", counting_open)
    monkeypatch.setattr("os.open", counting_os_open)
    monkeypatch.setattr("os.read", counting_read)
    scanned = scan_file(path)

    assert opened == [str(path)]
    assert reads == [path.stat().st_size]  # one read of the whole file
    assert scanned.metadata.has_gps and scanned.sha1


FORK_PROBE = """
import json, sys, threading
from desktop_app.files.scan_workers import process_context
from desktop_app.files.scanner import scan_paths

def main():
    paths = sys.argv[1:]
    plain = process_context().get_start_method()
    forked = scan_paths(paths, processes=True, workers=2)
    on_threads = scan_paths(paths, processes=False)
    same = [f.sha1 for f in forked.files] == [f.sha1 for f in on_threads.files]
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    with_thread = process_context().get_start_method()
    stop.set()
    helper.join()
    import PySide6.QtCore  # noqa: F401
    with_qt = process_context().get_start_method()
    print(json.dumps([plain, forked.mode, same, with_thread, with_qt]))

if __name__ == "__main__":
    main()
"""


def test_a_command_line_scan_forks_its_workers_and_the_window_never_does(
    many_files: list[Path], tmp_path: Path
) -> None:
    script = tmp_path / "probe.py"
    script.write_text(FORK_PROBE)
    done = subprocess.run(
        [sys.executable, str(script), *map(str, many_files)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=os.environ | {"PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    plain, mode, same, with_thread, with_qt = json.loads(done.stdout.splitlines()[-1])
    linux = sys.platform.startswith("linux")  # fork is used on Linux only
    assert (plain, mode, same) == ("fork" if linux else with_qt, "processes", True)
    assert with_thread == with_qt != "fork"  # another thread, or Qt: no fork


def test_a_file_that_changed_size_since_it_was_looked_at_is_read_to_its_end(
    tmp_path: Path,
) -> None:
    path = tmp_path / "growing.jpg"
    path.write_bytes(b"x" * 100_000)
    for told in (10, 99_999, 100_000, 100_001, 250_000):  # grew, unchanged, shrank
        fd = os.open(path, os.O_RDONLY)
        try:
            assert file_scan._read_all(fd, told) == path.read_bytes(), told
        finally:
            os.close(fd)


def test_scan_paths_looks_at_each_file_once_before_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``scan_paths`` stats every file; the scan then opens it without a second stat."""
    paths = []
    for index in range(6):
        path = tmp_path / f"photo_{index}.jpg"
        shutil.copy(MEDIA_SAMPLES / "gps" / "DSCN0010.jpg", path)
        paths.append(str(path))
    expected = [scan_file(path).sha1 for path in paths]
    stats: list[str] = []
    real_stat = os.stat

    def counting_stat(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        stats.append(os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr("os.stat", counting_stat)
    for processes in (False, None):  # threads; serial on one core, else threads (few files)
        stats.clear()
        outcome = scan_paths(paths, processes=processes)
        assert [file.sha1 for file in outcome.files] == expected
        assert sorted(stats) == sorted(paths)
