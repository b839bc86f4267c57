"""Importing 20,000 files and re-scanning them unchanged, as a user meets it: whole
``fieldkit media import`` processes (start-up included), against ``sha1sum`` and against
listing the folder, as ratios measured in one run (issue 13, section 3).

Generates N distinct JPEGs with real EXIF (bench/scan_bench.generate: a sample with a few
bytes patched in its scan data), warms the page cache, then times:

- ``sha1sum`` over every file (in batches of 1,000 names, as ``xargs`` would),
- ``find -printf`` with each file's size and modification time (listing with a stat each:
  the least any re-scan can do),
- ``fieldkit partnership list`` on the same data folder (the start-up alone: the
  interpreter, the CLI, the database opened),
- the first ``fieldkit media import`` into a fresh data folder,
- the same command again: a re-scan of the unchanged folder,

and prints first ÷ sha1sum, re-scan ÷ first, re-scan ÷ listing, and the start-up's share.
Nothing is asserted; everything lives in a temporary folder.

    python -m bench.import_rescan_bench                  # 20,000 files (about 3.2 GB)
    python -m bench.import_rescan_bench --files 2000     # quick
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.scan_bench import SAMPLE, generate, sha1sum_seconds

FIELDKIT = [sys.executable, "-m", "desktop_app"]


def timed(command: list[str], **kwargs: object) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Wall-clock seconds of one whole process, and what it printed."""
    began = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True, **kwargs)  # type: ignore[call-overload]
    return time.perf_counter() - began, result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000, help="generated JPEGs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as temp:
        root = Path(temp)
        media = root / "media"
        media.mkdir()
        paths = generate(media, args.files, 0, 0)
        total_mb = sum(path.stat().st_size for path in paths) / 1e6
        sha1sum_seconds(paths)  # warm the page cache for every contender
        cores = len(os.sched_getaffinity(0))
        no_pyc = os.environ.get("PYTHONDONTWRITEBYTECODE", "")
        print(
            f"{len(paths)} JPEG files of {SAMPLE.stat().st_size / 1e3:.0f} kB, {total_mb:.0f} MB;"
            f" {cores} cores; PYTHONDONTWRITEBYTECODE={no_pyc!r}"
        )
        reference, _ = sha1sum_seconds(paths)
        listing, _ = timed(["find", str(media), "-type", "f", "-printf", "%s %T@ %p\n"])
        data = ["--data-dir", str(root / "data")]
        command = [*FIELDKIT, *data, "media", "import", "--partnership", "Bench", "--batch", "B"]
        first, imported = timed([*command, str(media), "--json"])
        # Start-up as a user meets it: the interpreter, the CLI and the data folder opened.
        start, _ = timed([*FIELDKIT, *data, "partnership", "list", "--json"])
        again, rescanned = timed([*command, str(media), "--json"])
        counts_first = json.loads(imported.stdout)["counts"]
        counts_again = json.loads(rescanned.stdout)["counts"]
        print(f"  first import counts {counts_first}; re-scan counts {counts_again}")
        print(f"  sha1sum (all files)        {reference:7.2f} s")
        print(f"  listing (find, stat each)  {listing:7.2f} s")
        print(f"  fieldkit start-up alone    {start:7.2f} s  (partnership list)")
        print(f"  first import               {first:7.2f} s")
        print(f"  re-scan, unchanged         {again:7.2f} s")
        print(f"  first ÷ sha1sum            {first / reference:7.2f}×")
        print(f"  re-scan ÷ first            {again / first:7.3f}×")
        print(f"  re-scan ÷ listing          {again / listing:7.1f}×")
        print(
            f"  re-scan − start-up         {again - start:7.2f} s"
            f" ({(again - start) / max(listing, 1e-9):.1f}× the listing)"
        )


if __name__ == "__main__":
    main()
