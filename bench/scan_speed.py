"""Scanning as a user meets it: ``fieldkit media import`` processes against OpenSSL's SHA-1.

Issue 11's scan targets, each printed as a ratio measured in the same run (medians over
``--runs`` rounds; every round times the baseline next to Fieldkit, so a neighbour's load
hits both):

- first scan (``fieldkit media import``, process start included, into a data folder
  created just before, untimed, by ``partnership add``; ``--fresh-data`` times the
  database's creation too) vs ``openssl dgst -sha1`` over the same files: ≤ 1.3× with
  big files, ≤ 1.5× for small JPEGs only (``--small-only``); with the page cache warm
  or cold (``--cold``: every file evicted with ``posix_fadvise(DONTNEED)`` before each
  timed run of either), and with ``--one-core`` (``taskset -c 0`` for every process,
  the baseline's too);
- re-scan of the unchanged folder (the same ``media import`` again): ≤ 0.1× the first
  scan, process start included; ≤ 0.05× without it, timed inside one process
  (``import_paths`` of the folder into a fresh data folder, then again).

Below the targets, what they are up against, with no target of their own: the re-scan
floor (:data:`RESCAN_FLOOR`, the least a re-scan can do in a Python process: list, one
query, a stat per file, the JSON entries) as a ratio of the first scan, and Fieldkit's
re-scan as a ratio of that floor; and, in one process each (the real first scan uses a
worker per core), Python's read + SHA-1 of every file and Fieldkit's per-file reader
alone (:data:`READING_ALONE`: no rows, database or report) as ratios of OpenSSL.

The small files are real JPEGs with real EXIF (six samples from tests/data/media:
Sony, Canon, orientation, GPS, lens data; ~111 kB on average), each with four bytes of
its scan data patched so that every file has its own SHA-1 and intact metadata. The
big ones are a sample's header followed by random data (a big photo or scan).

OpenSSL is the floor here, not coreutils: Python's hashlib is OpenSSL's SHA-1 (about
1.5 GB/s per core on CPUs with SHA instructions; ``sha1sum`` ~0.55 GB/s). Other
programs' load is printed per round (``others``: cores' worth of processor time that
processes other than this benchmark's used). ``--source DIR`` runs Fieldkit from another
source tree (an older commit unpacked with ``git archive``) for before/after figures
with this same script; ``--bytecode on|off`` sets ``PYTHONDONTWRITEBYTECODE`` for
Fieldkit (off: every start compiles Fieldkit's own modules, as in this sandbox).

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
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "tests" / "data" / "media"
# Real camera files with EXIF (makes, orientation, GPS, maker notes): ~111 kB on average.
SMALL_SAMPLES = (
    "camera/sony-d700.jpg",
    "camera/canon-ixus.jpg",
    "orientation/portrait_1.jpg",
    "gps/DSCN0021.jpg",
    "other/32-lens_data.jpeg",
    "orientation/landscape_6.jpg",
)
BIG_SAMPLE = "gps/DSCN0010.jpg"

# Timed inside one process: a first import into a new data folder, then the same again.
IN_PROCESS = r"""
import json, sys, time

def main():
    from desktop_app.services.media_batches import ensure_batch
    from desktop_app.services.media_import import import_paths
    from desktop_app.store.context import AppContext

    ctx = AppContext.open(sys.argv[1], log_to_file=False)
    batch = ensure_batch(ctx.db, "Bench", "Bench")[0]
    began = time.perf_counter()
    first = import_paths(ctx.db, batch.id, [sys.argv[2]])
    first_seconds = time.perf_counter() - began
    began = time.perf_counter()
    again = import_paths(ctx.db, batch.id, [sys.argv[2]])
    again_seconds = time.perf_counter() - began
    ctx.close()
    print(json.dumps({
        "first": first_seconds, "again": again_seconds,
        "mode": first.scan_mode, "workers": first.scan_workers,
        "added": first.count("added"), "unchanged": again.count("unchanged"),
    }))

if __name__ == "__main__":  # worker processes import this module again
    main()
"""


# The least a re-scan can do in Python, as a separate process (start included): list the
# folder, read the files' rows in one query, stat every file, compare, and write the
# report's JSON entries with a fixed template. Standard library only, no checks beyond
# size and modification time: Fieldkit's re-scan cannot be faster than this. The seconds
# of the work before the output (what the in-process figure times) go to a file.
RESCAN_FLOOR = r"""
import json, os, sqlite3, sys, time
from json.encoder import encode_basestring

database, folder, seconds_file = sys.argv[1], sys.argv[2], sys.argv[3]
began = time.perf_counter()
paths = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names)
connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
query = ("SELECT path, id, size, mtime FROM media_items"
         " WHERE path IN (SELECT value FROM json_each(?))")
rows = {row[0]: row for row in connection.execute(query, (json.dumps(paths),))}
entries = []
for path in paths:
    _, _, size, mtime = rows[path]
    facts = os.stat(path)
    if facts.st_size != size or facts.st_mtime != mtime:
        sys.exit(f"{path} changed")
checked = time.perf_counter() - began
for path in paths:
    entries.append(
        '    {\n      "item_id": %d,\n      "path": %s,\n      "problems": [],\n'
        '      "status": "unchanged"\n    }' % (rows[path][1], encode_basestring(path))
    )
sys.stdout.write('{\n  "files": [\n' + ",\n".join(entries) + "\n  ]\n}\n")
with open(seconds_file, "w") as seconds:
    seconds.write(json.dumps(checked))
"""

# The scan's per-file reading alone, in one process: Python's read and SHA-1 of every
# file (what any scan must do), then Fieldkit's reader (``scan_one``: hash, JPEG layout,
# damage checks, EXIF) without the rows, the database and the report. Seconds as JSON.
READING_ALONE = r"""
import hashlib, json, os, sys, time

def main():
    folder = sys.argv[1]
    paths = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names)
    began = time.perf_counter()
    for path in paths:
        with open(path, "rb") as stream:
            digest = hashlib.sha1(usedforsecurity=False)
            while block := stream.read(1 << 20):
                digest.update(block)
    hashed = time.perf_counter() - began
    if sys.argv[2:] == ["--evict"]:
        for path in paths:
            fd = os.open(path, os.O_RDONLY)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)
    from desktop_app.files.file_scan import scan_one

    began = time.perf_counter()
    for path in paths:
        scan_one(path, None, None, stat_first=False)
    print(json.dumps({"hash": hashed, "reader": time.perf_counter() - began}))

main()
"""


def scan_offset(data: bytes) -> int:
    """Where a JPEG's entropy-coded data starts (after the first SOS header)."""
    position = 2
    while position + 4 <= len(data):
        marker = data[position + 1]
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        if marker == 0xDA:
            return position + 2 + length
        position += 2 + length
    raise ValueError("no scan data")


def generate(folder: Path, files: int, big: int, big_mb: int) -> list[Path]:
    """``files`` distinct real JPEGs (samples with 4 scan-data bytes patched) and ``big``
    big JPEGs (a sample's header, then random data)."""
    folder.mkdir(parents=True)
    samples = [bytearray((SAMPLES / name).read_bytes()) for name in SMALL_SAMPLES]
    offsets = [scan_offset(bytes(sample)) + 1000 for sample in samples]
    paths = []
    for index in range(files):
        data, at = samples[index % len(samples)], offsets[index % len(samples)]
        data[at : at + 4] = (index * 2654435761 % 2**32).to_bytes(4, "big")
        path = folder / f"photo_{index:06d}.jpg"
        path.write_bytes(data)
        paths.append(path)
    header = (SAMPLES / BIG_SAMPLE).read_bytes()
    header = header[: scan_offset(header)]
    for index in range(big):
        path = folder / f"big_{index}.jpg"
        with path.open("wb") as handle:
            handle.write(header)
            for _ in range(big_mb):
                handle.write(os.urandom(1024 * 1024))
            handle.write(b"\xff\xd9")
        paths.append(path)
    return paths


def evict(paths: Sequence[Path]) -> None:
    """Drop the files' pages from the page cache (no root needed)."""
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def busy_seconds() -> float:
    """Processor seconds all programs have used since boot (Linux /proc/stat)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def children_seconds() -> float:
    times = os.times()
    return times.children_user + times.children_system


@dataclass
class Round:
    openssl: float = 0.0
    first: float = 0.0
    rescan: float = 0.0
    first_inside: float = 0.0
    rescan_inside: float = 0.0
    rescan_floor: float = 0.0  # RESCAN_FLOOR, process start included
    rescan_floor_inside: float = 0.0  # RESCAN_FLOOR's work before its output
    hash_alone: float = 0.0  # READING_ALONE: Python's read + SHA-1, one process
    reader_alone: float = 0.0  # READING_ALONE: Fieldkit's scan_one, one process
    mode: str = ""
    others: float = 0.0  # cores' worth of others' processor time during the round
    notes: list[str] = field(default_factory=list)


class Bench:
    """One configuration: the files, the command prefix and Fieldkit's environment."""

    def __init__(self, args: argparse.Namespace, root: Path, paths: list[Path]) -> None:
        self.args = args
        self.root = root
        self.paths = paths
        self.media = root / "media"
        self.prefix = ["taskset", "-c", "0"] if args.one_core else []
        self.source = Path(args.source).resolve() if args.source else REPO
        self.env = dict(os.environ, PYTHONPATH=str(self.source))
        if args.bytecode == "off":
            self.env["PYTHONDONTWRITEBYTECODE"] = "1"
        elif args.bytecode == "on":
            self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.runs = 0

    def before(self) -> None:
        if self.args.cold:
            evict(self.paths)

    def timed(self, run: Callable[[], object]) -> float:
        self.before()
        began = time.perf_counter()
        run()
        return time.perf_counter() - began

    def openssl(self) -> None:
        for start in range(0, len(self.paths), 1000):  # under the argument-length limit
            batch = map(str, self.paths[start : start + 1000])
            command = [*self.prefix, "openssl", "dgst", "-sha1", *batch]
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def fieldkit_import(self, data_dir: Path) -> dict[str, object]:
        command = [
            *self.prefix,
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
            str(self.media),
            "--json",
        ]
        done = subprocess.run(
            command, capture_output=True, text=True, cwd=self.source, env=self.env
        )
        if done.returncode not in (0, 1):
            raise SystemExit(f"media import failed ({done.returncode}): {done.stderr[-2000:]}")
        result: dict[str, object] = json.loads(done.stdout)
        return result

    def in_process(self, data_dir: Path) -> dict[str, object]:
        script = self.root / "in_process.py"
        script.write_text(IN_PROCESS)
        self.before()
        command = [*self.prefix, sys.executable, str(script), str(data_dir), str(self.media)]
        done = subprocess.run(
            command, capture_output=True, text=True, cwd=self.source, env=self.env
        )
        if done.returncode != 0:
            raise SystemExit(f"in-process scan failed: {done.stderr[-2000:]}")
        result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
        return result

    def script(self, name: str, text: str, *arguments: str) -> str:
        """Run a benchmark script (written into the run's folder) with Fieldkit's
        environment and the command prefix; its standard output."""
        script = self.root / name
        script.write_text(text)
        command = [*self.prefix, sys.executable, str(script), *arguments]
        done = subprocess.run(
            command, capture_output=True, text=True, cwd=self.source, env=self.env
        )
        if done.returncode != 0:
            raise SystemExit(f"{name} failed: {done.stderr[-2000:]}")
        return done.stdout

    def rescan_floor(self, data_dir: Path) -> float:
        """Runs :data:`RESCAN_FLOOR`; the seconds of its work before the output."""
        database = str(data_dir / "fieldkit.sqlite3")
        seconds = self.root / "rescan_floor.seconds"
        self.script("rescan_floor.py", RESCAN_FLOOR, database, str(self.media), str(seconds))
        return float(seconds.read_text())

    def reading_alone(self) -> tuple[float, float]:
        """(Python's read + SHA-1, Fieldkit's per-file reader) in seconds, one process;
        each pass cold under ``--cold``."""
        self.before()
        evict = ["--evict"] if self.args.cold else []
        output = self.script("reading_alone.py", READING_ALONE, str(self.media), *evict)
        seconds = json.loads(output)
        return float(seconds["hash"]), float(seconds["reader"])

    def prepare(self, data_dir: Path) -> None:
        """Create the data folder and its database before the timed first scan (untimed):
        a user scans into a data folder the program has opened before."""
        command = [*self.prefix, sys.executable, "-m", "desktop_app", "--data-dir"]
        command += [str(data_dir), "partnership", "add", "Bench", "--json"]
        subprocess.run(command, capture_output=True, cwd=self.source, env=self.env, check=True)

    def data_dir(self) -> Path:
        self.runs += 1
        return self.root / f"data-{self.runs}"

    def one_round(self) -> Round:
        busy, ours = busy_seconds(), children_seconds()
        began = time.perf_counter()
        result = Round()
        result.openssl = self.timed(self.openssl)
        data_dir = self.data_dir()
        if not self.args.fresh_data:
            self.prepare(data_dir)
        outputs: list[dict[str, object]] = []
        result.first = self.timed(lambda: outputs.append(self.fieldkit_import(data_dir)))
        result.rescan = self.timed(lambda: outputs.append(self.fieldkit_import(data_dir)))
        inside: list[float] = []
        result.rescan_floor = self.timed(lambda: inside.append(self.rescan_floor(data_dir)))
        result.rescan_floor_inside = inside[0]
        result.hash_alone, result.reader_alone = self.reading_alone()
        first_counts, again_counts = (output["counts"] for output in outputs)
        assert isinstance(first_counts, dict) and isinstance(again_counts, dict)
        if first_counts["added"] != len(self.paths):
            result.notes.append(f"first import counts {first_counts}")
        if again_counts["unchanged"] != len(self.paths):
            result.notes.append(f"re-scan counts {again_counts}")
        inside = self.in_process(self.data_dir())
        result.first_inside = float(inside["first"])  # type: ignore[arg-type]
        result.rescan_inside = float(inside["again"])  # type: ignore[arg-type]
        result.mode = f"{inside['mode']}×{inside['workers']}"
        wall = time.perf_counter() - began
        # Children's CPU includes openssl and Fieldkit's main processes; worker processes
        # of a forkserver are not our children, so "others" can include them: an upper bound.
        others = busy_seconds() - busy - (children_seconds() - ours)
        result.others = max(0.0, others) / wall
        return result


def compare(rounds: Sequence[Round], name: str, ours: str, base: str, target: float | None) -> None:
    """One line: the medians of two of the rounds' figures and of their ratio per round,
    against ``target`` (``None``: a floor, printed for what the targets are up against)."""
    ours_seconds = statistics.median(getattr(r, ours) for r in rounds)
    base_seconds = statistics.median(getattr(r, base) for r in rounds)
    ratio = statistics.median(getattr(r, ours) / getattr(r, base) for r in rounds)
    figures = f"{ours_seconds:7.3f} s vs {base_seconds:7.3f} s  ratio {ratio:6.3f}"
    if target is None:
        print(f"  {name:50} {figures}  (no target)")
        return
    mark = "ok" if ratio <= target else "OVER"
    print(f"  {name:50} {figures}  target ≤ {target:<4}  {mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", type=int, default=5000, help="small JPEGs")
    parser.add_argument("--big", type=int, default=3, help="big files")
    parser.add_argument("--big-mb", type=int, default=200, help="size of each big file")
    parser.add_argument("--small-only", action="store_true", help="no big files (target 1.5×)")
    parser.add_argument("--runs", type=int, default=3, help="rounds; medians are printed")
    parser.add_argument("--cold", action="store_true", help="evict the files before each run")
    parser.add_argument("--one-core", action="store_true", help="taskset -c 0 for everything")
    parser.add_argument(
        "--fresh-data",
        action="store_true",
        help="time the first scan into a data folder that does not exist yet (database "
        "created and migrated inside the timed run)",
    )
    parser.add_argument("--source", metavar="DIR", help="run Fieldkit from this source tree")
    parser.add_argument(
        "--bytecode",
        choices=("inherit", "on", "off"),
        default="inherit",
        help="PYTHONDONTWRITEBYTECODE for Fieldkit: unset (on), 1 (off), as now (inherit)",
    )
    args = parser.parse_args()
    big = 0 if args.small_only else args.big
    first_target = 1.5 if args.small_only else 1.3
    with tempfile.TemporaryDirectory(prefix="fk-scan-") as tmp:
        root = Path(tmp)
        paths = generate(root / "media", args.files, big, args.big_mb)
        bench = Bench(args, root, paths)
        total_mb = sum(p.stat().st_size for p in paths) / 1e6
        bytecode = "off" if bench.env.get("PYTHONDONTWRITEBYTECODE") else "on"
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        print(
            f"{len(paths)} files ({args.files} JPEG + {big}×{args.big_mb} MB), {total_mb:.0f} MB;"
            f" cache {'cold' if args.cold else 'warm'}; cores {1 if args.one_core else cores};"
            f" bytecode {bytecode}; source {bench.source}; load {os.getloadavg()[0]:.2f}"
        )
        bench.openssl()  # warm-up: the page cache, openssl itself
        if bytecode == "on":  # let Python write Fieldkit's .pyc files before timing
            bench.fieldkit_import(root / "warm-up")
        rounds = []
        print(
            "round  openssl  first   re-scan | in-process: first  re-scan | ratios: first"
            "  re-scan  inside   others  mode"
        )
        for number in range(1, args.runs + 1):
            r = bench.one_round()
            rounds.append(r)
            print(
                f"{number:5} {r.openssl:7.3f} {r.first:7.3f} {r.rescan:7.3f}  |"
                f" {r.first_inside:18.3f} {r.rescan_inside:8.3f} |"
                f" {r.first / r.openssl:13.3f} {r.rescan / r.first:8.3f}"
                f" {r.rescan_inside / r.first_inside:7.3f}   {r.others:5.2f}  {r.mode}"
            )
            for note in r.notes:
                print(f"       NOTE {note}")

        def median(values: Sequence[float]) -> float:
            return statistics.median(values)

        print(f"medians of {len(rounds)} rounds (ratios: median of each round's ratio):")
        targets = (
            ("first scan (media import, process start) / openssl", "first", "openssl"),
            ("re-scan, process start included / first scan", "rescan", "first"),
            ("re-scan in-process / first scan in-process", "rescan_inside", "first_inside"),
        )
        for (name, ours, base), target in zip(targets, (first_target, 0.1, 0.05), strict=True):
            compare(rounds, name, ours, base, target)
        print("what the targets are up against (the least Python can do):")
        for name, ours, base in (
            ("re-scan floor (stdlib script, start) / first scan", "rescan_floor", "first"),
            ("Fieldkit's re-scan / the re-scan floor", "rescan", "rescan_floor"),
            (
                "re-scan floor's work alone / first scan in-process",
                "rescan_floor_inside",
                "first_inside",
            ),
            ("Python read + SHA-1, one process / openssl", "hash_alone", "openssl"),
            ("Fieldkit's reader alone, one process / openssl", "reader_alone", "openssl"),
        ):
            compare(rounds, name, ours, base, None)
        print(
            f"  (in-process first scan / openssl: "
            f"{median([r.first_inside / r.openssl for r in rounds]):.3f}; workers: "
            f"{', '.join(sorted({r.mode for r in rounds}))}; others' load "
            f"{min(r.others for r in rounds):.2f}–{max(r.others for r in rounds):.2f} cores;"
            f" load average now {os.getloadavg()[0]:.2f})"
        )


if __name__ == "__main__":
    main()
