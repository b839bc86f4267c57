"""Scanning as a user meets it: ``fieldkit media import`` processes against OpenSSL's SHA-1.

Issue 11's scan targets, each printed as a ratio measured in the same run (medians of
``--runs``):

- first scan (a new data folder, ``fieldkit media import``, process start included) vs
  ``openssl dgst -sha1`` over the same files: ≤ 1.3×, with the page cache warm and cold
  (``--cold``: every file evicted with ``posix_fadvise(DONTNEED)`` before each run), and
  with ``--one-core`` (``taskset -c 0`` for both);
- the same for small JPEGs only (``--small-only``): ≤ 1.5×;
- re-scan of the unchanged folder (``media import`` again): ≤ 0.1× the first scan with the
  process start, ≤ 0.05× without it (timed inside one process with the services).

OpenSSL is the floor here, not coreutils: Python's hashlib is OpenSSL's SHA-1 (about
1.5 GB/s per core on CPUs with SHA instructions; ``sha1sum`` ~0.55 GB/s).

    python -m bench.scan_speed --files 5000 --big 3 --big-mb 200 --runs 3
    python -m bench.scan_speed --files 5000 --small-only --runs 3 --cold --one-core
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SMALL_SAMPLE = REPO / "tests" / "data" / "media" / "camera" / "canon-ixus.jpg"  # 128 kB


def generate(folder: Path, files: int, big: int, big_mb: int) -> list[Path]:
    """``files`` distinct small JPEGs (one real photo, 4 bytes patched) and ``big`` big TIFFs."""
    folder.mkdir(parents=True)
    data = bytearray(SMALL_SAMPLE.read_bytes())
    patch = len(data) // 2
    paths = []
    for index in range(files):
        data[patch : patch + 4] = (index * 2654435761 % 2**32).to_bytes(4, "big")
        path = folder / f"photo_{index:06d}.jpg"
        path.write_bytes(data)
        paths.append(path)
    for index in range(big):
        path = folder / f"scan_{index}.tif"
        with path.open("wb") as handle:
            handle.write(b"II*\x00")
            for _ in range(big_mb):
                handle.write(os.urandom(1024 * 1024))
        paths.append(path)
    return paths


def evict(paths: Sequence[Path]) -> None:
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def timed(run: Callable[[], None], before: Callable[[], None]) -> float:
    before()
    began = time.perf_counter()
    run()
    return time.perf_counter() - began


def openssl(paths: Sequence[Path], prefix: Sequence[str]) -> None:
    for start in range(0, len(paths), 1000):
        subprocess.run(
            [*prefix, "openssl", "dgst", "-sha1", *map(str, paths[start : start + 1000])],
            check=True,
            stdout=subprocess.DEVNULL,
        )


def fieldkit_import(data_dir: Path, folder: Path, prefix: Sequence[str]) -> dict[str, object]:
    command = [
        *prefix,
        sys.executable,
        "-m",
        "desktop_app",
        "--data-dir",
        str(data_dir),
        "media",
        "import",
        "--partnership",
        "Bench",
        "--batch",
        "Bench",
        str(folder),
        "--json",
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    if done.returncode not in (0, 1):
        raise SystemExit(f"media import failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _import(data_dir: Path, folder: Path, prefix: Sequence[str]) -> None:
    fieldkit_import(data_dir, folder, prefix)


def rescan_in_process(data_dir: Path) -> float:
    """Seconds of the re-scan itself (no process start): services called directly."""
    code = (
        "import sys, time; from desktop_app.store.context import AppContext; "
        "from desktop_app.services.media_batches import find_batch; "
        "from desktop_app.services.media_import import rescan_batch; "
        "ctx = AppContext.open(sys.argv[1], log_to_file=False); "
        "batch = find_batch(ctx.db, 'Bench', 'Bench'); began = time.perf_counter(); "
        "report = rescan_batch(ctx.db, batch.id); print(time.perf_counter() - began)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, cwd=REPO
    )
    return float(done.stdout.strip().splitlines()[-1])


def line(name: str, ours: float, base: float, target: float) -> None:
    ratio = ours / base
    mark = "ok" if ratio <= target else "OVER"
    figures = f"{ours:7.2f} s vs {base:7.2f} s  ratio {ratio:5.3f}"
    print(f"{name:52} {figures}  target ≤ {target}  {mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--big", type=int, default=3)
    parser.add_argument("--big-mb", type=int, default=200)
    parser.add_argument("--small-only", action="store_true", help="no big files (target 1.5×)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--one-core", action="store_true")
    args = parser.parse_args()
    prefix = ["taskset", "-c", "0"] if args.one_core else []
    big = 0 if args.small_only else args.big
    first_target = 1.5 if args.small_only else 1.3
    bytecode = "off" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "on"
    with tempfile.TemporaryDirectory(prefix="fk-scan-") as tmp:
        root = Path(tmp)
        paths = generate(root / "media", args.files, big, args.big_mb)
        total_mb = sum(p.stat().st_size for p in paths) / 1024**2
        print(
            f"{len(paths)} files, {total_mb:.0f} MB; cache {'cold' if args.cold else 'warm'}; "
            f"cores {'1' if args.one_core else os.cpu_count()}; bytecode {bytecode}; "
            f"runs {args.runs} (medians)"
        )

        def before() -> None:
            if args.cold:
                evict(paths)

        openssl(paths, prefix)  # warm-up
        base = statistics.median(
            timed(lambda: openssl(paths, prefix), before) for _ in range(args.runs)
        )
        firsts, rescans, inside = [], [], []
        media = root / "media"
        for run in range(args.runs):
            data_dir = root / f"data-{run}"
            firsts.append(timed(lambda d=data_dir: _import(d, media, prefix), before))
            rescans.append(timed(lambda d=data_dir: _import(d, media, prefix), lambda: None))
            inside.append(rescan_in_process(data_dir))
        first = statistics.median(firsts)
        line("first scan (media import, process start) vs openssl", first, base, first_target)
        line("re-scan, unchanged, process start included", statistics.median(rescans), first, 0.1)
        line("re-scan, unchanged, the scan alone", statistics.median(inside), first, 0.05)


if __name__ == "__main__":
    main()
