"""Bundle export and import against ``cp`` of the same files (prints ratios; asserts nothing).

Makes a batch of about 2 GiB (a real JPEG with a unique random tail per file), imports
it into data folder A, then per round times, in the same run and on the same disk:

- ``cp -r`` of the batch folder, and ``cp -r`` followed by ``sync --data`` of the copies
  (Fieldkit flushes what it writes before it calls it done; ``cp`` alone does not);
- ``bundle export`` of the batch into one file (3.9 GiB parts: one part here), and into
  700 MiB parts (volumes);
- ``bundle import`` of the bundle into a fresh data folder B (every byte verified, files
  staged, one transaction, files moved into place).

Each Fieldkit step runs in a freshly spawned process (timed around the service call, so
interpreter start-up is not counted) whose peak resident memory is printed: it should
stay flat whatever the batch's size. Files come from the page cache for ``cp`` and
Fieldkit alike. Everything lives in a temporary folder that is removed at the end; check
``df -h`` first (about 4× the batch size is needed at the peak).

    python -m bench.bundle_bench                      # 2 GiB, 8 MiB files, one round
    python -m bench.bundle_bench --gib 0.2 --rounds 1 # quick look
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "media" / "gps" / "DSCN0010.jpg"
PARTNERSHIP, BATCH = "Bench Museum", "Bench batch"


def make_files(folder: Path, total_bytes: int, file_bytes: int) -> int:
    """Files of ``file_bytes`` (a real JPEG, then random bytes) adding up to the total."""
    folder.mkdir(parents=True)
    head = SAMPLE.read_bytes()
    count = max(1, total_bytes // file_bytes)
    for number in range(count):
        with (folder / f"plate-{number:05d}.jpg").open("wb") as out:
            out.write(head)
            remaining = file_bytes - len(head)
            while remaining > 0:
                block = os.urandom(min(remaining, 4 << 20))
                out.write(block)
                remaining -= len(block)
    return count


def timed_command(*argv: str) -> float:
    began = time.perf_counter()
    subprocess.run(argv, check=True)
    return time.perf_counter() - began


def _child(step: str, args: dict[str, Any], answer: Any) -> None:
    """Runs in a spawned process: one Fieldkit step, timed around the service call."""
    from desktop_app.store.context import AppContext

    ctx = AppContext.open(args["data"], log_to_file=False)
    try:
        began = time.perf_counter()
        if step == "export":
            from desktop_app.services.bundles.export import export_bundle

            report = export_bundle(
                ctx, Path(args["out"]), PARTNERSHIP, volume_size=args["volume_size"]
            )
            detail = f"{len(report.paths)} file(s), {report.archive_size / 2**30:.2f} GiB"
        else:
            from desktop_app.services.bundles.importing import import_bundle

            summary = import_bundle(ctx, Path(args["bundle"]), Path(args["media"]))
            detail = f"{summary.files_placed} files placed"
        seconds = time.perf_counter() - began
    finally:
        ctx.close()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    answer.put((seconds, peak_kib / 1024, detail))


def run_step(step: str, **args: Any) -> tuple[float, float, str]:
    """(seconds, peak RSS MiB, what it did) of one step in a fresh process."""
    context = multiprocessing.get_context("spawn")
    answer = context.Queue()
    process = context.Process(target=_child, args=(step, args, answer))
    process.start()
    result = answer.get()
    process.join()
    if process.exitcode:
        raise RuntimeError(f"{step} failed ({process.exitcode})")
    return result  # type: ignore[no-any-return]


def prepare(root: Path, gib: float, file_mb: int) -> tuple[Path, int, int]:
    from desktop_app.services.media_batches import ensure_batch
    from desktop_app.services.media_import import import_paths
    from desktop_app.store.context import AppContext

    source = root / "batch"
    count = make_files(source, int(gib * 2**30), file_mb << 20)
    size = sum(path.stat().st_size for path in source.iterdir())
    ctx = AppContext.open(root / "laptop-a", log_to_file=False)
    try:
        batch_id = ensure_batch(ctx.db, PARTNERSHIP, BATCH)[0].id
        import_paths(ctx.db, batch_id, [source])
    finally:
        ctx.close()
    return source, count, size


def one_round(root: Path, source: Path) -> dict[str, tuple[float, float, str]]:
    results: dict[str, tuple[float, float, str]] = {}
    copy = root / "cp-copy"
    results["cp"] = (timed_command("cp", "-r", str(source), str(copy)), 0.0, "")
    shutil.rmtree(copy)
    began = time.perf_counter()
    subprocess.run(["cp", "-r", str(source), str(copy)], check=True)
    subprocess.run(["sync", "--data", *map(str, sorted(copy.iterdir()))], check=True)
    results["cp+sync"] = (time.perf_counter() - began, 0.0, "")
    shutil.rmtree(copy)
    stick = root / "stick"
    stick.mkdir()
    a = str(root / "laptop-a")
    results["export"] = run_step(
        "export", data=a, out=str(stick / "bench.fkb"), volume_size=int(3.9 * 2**30)
    )
    results["export 700M parts"] = run_step(
        "export", data=a, out=str(stick / "parts.fkb"), volume_size=700 * 2**20
    )
    for part in stick.glob("parts.fkb*"):
        part.unlink()
    b = root / "laptop-b"
    results["import"] = run_step(
        "import", data=str(b), bundle=str(stick / "bench.fkb"), media=str(root / "b-media")
    )
    shutil.rmtree(stick)
    shutil.rmtree(b)
    shutil.rmtree(root / "b-media")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gib", type=float, default=2.0, help="size of the batch (GiB)")
    parser.add_argument("--file-mb", type=int, default=8, help="size of each file (MiB)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--tmp", default=None, help="where to work (default: system temp)")
    options = parser.parse_args()
    load_before = _load()
    root = Path(tempfile.mkdtemp(prefix="fieldkit-bundle-bench-", dir=options.tmp))
    try:
        source, count, size = prepare(root, options.gib, options.file_mb)
        print(f"Batch: {count} files, {size / 2**30:.2f} GiB, in {root}")
        rounds = [one_round(root, source) for _round in range(options.rounds)]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    steps = list(rounds[0])
    print(f"load average before/after: {load_before} / {_load()}  (2 shared cores)")
    # Other programs only ever slow a step down: the best round is the fairest estimate.
    for label, pick in (("median", statistics.median), ("best", min)):
        values = {step: pick(r[step][0] for r in rounds) for step in steps}
        print(f"\n{label} of {len(rounds)} round(s)")
        print(f"{'step':<20}{'seconds':>9}{'MB/s':>8}{'÷ cp':>8}{'÷ cp+sync':>11}{'peak RSS':>11}")
        for step in steps:
            seconds = values[step]
            peak = max(r[step][1] for r in rounds)
            print(
                f"{step:<20}{seconds:>9.2f}{size / seconds / 1e6:>8.0f}"
                f"{seconds / values['cp']:>8.2f}{seconds / values['cp+sync']:>11.2f}"
                f"{(f'{peak:.0f} MiB' if peak else ''):>11}  {rounds[-1][step][2]}"
            )


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


if __name__ == "__main__":
    main()
