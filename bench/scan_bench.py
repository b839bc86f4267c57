"""Scan speed against ``sha1sum`` over the same files (prints ratios; asserts nothing).

Generates N distinct JPEGs with real EXIF (a sample with a few bytes patched in its
scan data, so every file has its own hash) plus some big files, then times:
``sha1sum`` over all of them, Fieldkit's first import (EXIF + SHA-1 + store), and a
re-scan of the unchanged set. Targets (issue 4): first scan ≤ 1.3× sha1sum; re-scan
≤ 0.05× of the first scan. Everything lives in a temporary folder.

    python -m bench.scan_bench --files 5000 --big 3 --big-mb 200
    python -m bench.scan_bench --files 500 --big 1 --big-mb 50      # quick
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

from desktop_app.media.jpeg import parse_layout
from desktop_app.services.context import AppContext
from desktop_app.services.media import ensure_batch, import_paths, rescan_batch

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "media-samples" / "gps" / "DSCN0010.jpg"


def generate(folder: Path, files: int, big: int, big_mb: int) -> list[Path]:
    data = bytearray(SAMPLE.read_bytes())
    scan = parse_layout(bytes(data)).scan_offset
    assert scan is not None
    paths = []
    for index in range(files):
        # Patch 4 bytes in the middle of the scan data: valid structure, unique content.
        position = scan + 1000
        data[position : position + 4] = (index * 2654435761 % 2**32).to_bytes(4, "big")
        path = folder / f"photo_{index:06d}.jpg"
        path.write_bytes(data)
        paths.append(path)
    for index in range(big):
        path = folder / f"scan_{index}.tif"
        with path.open("wb") as handle:
            handle.write(b"II*\x00")
            block = os.urandom(1024 * 1024)
            for _ in range(big_mb):
                handle.write(block)
        paths.append(path)
    return paths


def sha1sum_seconds(paths: list[Path]) -> float:
    began = time.perf_counter()
    for start in range(0, len(paths), 1000):  # stay under the argument-length limit
        subprocess.run(
            ["sha1sum", *map(str, paths[start : start + 1000])],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000, help="generated JPEGs")
    parser.add_argument("--big", type=int, default=3, help="big files")
    parser.add_argument("--big-mb", type=int, default=200, help="size of each big file")
    parser.add_argument("--workers", type=int, default=None, help="scanner threads")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as temp:
        root = Path(temp)
        media = root / "media"
        media.mkdir()
        paths = generate(media, args.files, args.big, args.big_mb)
        total_mb = sum(path.stat().st_size for path in paths) / 1e6
        sha1sum_seconds(paths)  # warm the page cache for both contenders
        reference = sha1sum_seconds(paths)
        ctx = AppContext.open(root / "data", log_to_file=False)
        with ctx.db.session() as session:
            batch_id = ensure_batch(session, "Bench", "Bench batch")[0].id
        began = time.perf_counter()
        report = import_paths(ctx.db, batch_id, [media], workers=args.workers)
        first = time.perf_counter() - began
        began = time.perf_counter()
        rescan = rescan_batch(ctx.db, batch_id)
        again = time.perf_counter() - began
        ctx.close()
    print(
        f"files: {len(paths)} ({args.files} JPEG + {args.big}×{args.big_mb} MB), {total_mb:.0f} MB"
    )
    print(f"added {report.count('added')}, re-scan unchanged {rescan.count('unchanged')}")
    print(f"sha1sum:          {reference:7.3f} s")
    print(
        f"first scan:       {first:7.3f} s   "
        f"ratio {first / reference:5.2f}× sha1sum (target ≤ 1.30)"
    )
    print(
        f"re-scan:          {again:7.3f} s   ratio {again / first:5.3f}× first scan (target ≤ 0.05)"
    )


if __name__ == "__main__":
    main()
