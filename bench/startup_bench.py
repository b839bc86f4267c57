"""Start-up, light commands and memory, against baselines measured in the same run.

Issue 11's targets, each printed as a ratio (≤ target is met). Every figure includes the
process start, as a user meets it; each is the median of ``--runs`` runs.

- window: start to the main window's first paint, empty data folder, vs a bare PySide6
  QApplication + QMainWindow painted (target ≤ 2×); with ``--rows`` media items in the
  last-open batch (target ≤ 3×). Both processes write the wall-clock time of their first
  paint to a file (``FIELDKIT_PAINT_STAMP``), so the shutdown after it is not counted.
  The window paints its frame (navigation, status bar) before it opens the store, so the
  time until it is usable — areas built, the partnerships listed (``FIELDKIT_READY_STAMP``)
  — is printed next to it, against the same bare Qt (the issue sets no target for it).
- version: ``fieldkit --version`` vs ``python -c pass`` (≤ 1.5×).
- light commands (``partnership list``, ``request list``, ``upload status``, each with and
  without ``--json``) vs ``bench/light_baseline.py``, which prints the same bytes from the
  same SQLite file with the stdlib alone; the outputs are compared first (≤ 3×).
- memory: resident memory 2 s after the first paint, empty folder, vs bare Qt (≤ 2×), and
  with ``--rows`` items with the Media area opened right after the first paint
  (``FIELDKIT_OPEN_AREA``), read 6 s later, when the table has filled in (≤ 300 MB).

``--parts`` picks some of ``window,version,light,memory`` (all by default).

``--cold`` drops the page cache of the virtualenv, the package and the data folder before
each run (``posix_fadvise(DONTNEED)``; no root needed), ``--one-core`` pins every process to
one CPU with ``taskset -c 0``. Whether Python may write bytecode (``.pyc``) is printed: this
sandbox sets ``PYTHONDONTWRITEBYTECODE=1``, which costs every start the compile; run once
with and once without it.

    QT_QPA_PLATFORM=offscreen python -m bench.startup_bench --runs 7
    QT_QPA_PLATFORM=offscreen python -m bench.startup_bench --runs 5 --cold --one-core
    PYTHONDONTWRITEBYTECODE= python -m bench.startup_bench   # with bytecode written

Measured figures, before and after, and what is left: ``bench/startup_results.md``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BARE_QT = r"""
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1000, 660)
class Painted(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            import time
            stamp = os.environ.get("FIELDKIT_PAINT_STAMP")
            if stamp:
                with open(stamp, "w") as out:
                    out.write(repr(time.time()))
            delay = os.environ.get("DELAY_MS")
            QTimer.singleShot(int(delay) if delay else 0, app.quit)
        return False
painted = Painted()
window.installEventFilter(painted)
window.show()
app.exec()
"""
# Prints what the light commands print, with the stdlib alone (outputs compared first).
BASELINE = REPO / "bench" / "light_baseline.py"
TARGETS = {"window": 2.0, "window_rows": 3.0, "version": 1.5, "light": 3.0, "memory": 2.0}


def drop_cache(paths: Sequence[Path]) -> None:
    """Evict these files from the page cache, so the next run reads them from disk."""
    for root in paths:
        files = [root] if root.is_file() else (p for p in root.rglob("*") if p.is_file())
        for path in files:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def timed(command: Sequence[str], env: dict[str, str], before: Callable[[], None]) -> float:
    before()
    began = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, cwd=REPO)
    return time.perf_counter() - began


def output(command: Sequence[str], env: dict[str, str]) -> bytes:
    """What ``command`` prints on stdout (it must succeed)."""
    return subprocess.run(command, env=env, check=True, capture_output=True, cwd=REPO).stdout


def painted(command: Sequence[str], env: dict[str, str], before: Callable[[], None]) -> float:
    """Seconds from starting ``command`` to its first paint (the time it writes down)."""
    return stamped(command, env, before, "FIELDKIT_PAINT_STAMP")


def usable(command: Sequence[str], env: dict[str, str], before: Callable[[], None]) -> float:
    """Seconds from starting Fieldkit to its window being usable (areas built)."""
    return stamped(command, env, before, "FIELDKIT_READY_STAMP")


def stamped(
    command: Sequence[str], env: dict[str, str], before: Callable[[], None], variable: str
) -> float:
    """Seconds from starting ``command`` to the time it writes to the file ``variable`` names."""
    with tempfile.TemporaryDirectory(prefix="fk-paint-") as tmp:
        stamp = Path(tmp) / "stamp"
        before()
        began = time.time()
        subprocess.run(
            command,
            env=env | {variable: str(stamp)},
            check=True,
            stdout=subprocess.DEVNULL,
            cwd=REPO,
        )
        return float(stamp.read_text()) - began


def peak_rss_mb(command: Sequence[str], env: dict[str, str]) -> float:
    """Resident memory of the process just before it exits (sampled every 50 ms)."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, cwd=REPO)
    last = 0.0
    while process.poll() is None:
        try:
            with open(f"/proc/{process.pid}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        last = int(line.split()[1]) / 1024
        except OSError:
            break
        time.sleep(0.05)
    process.wait()
    return last


def median(
    command: Sequence[str],
    env: dict[str, str],
    runs: int,
    before: Callable[[], None],
    measure: Callable[[Sequence[str], dict[str, str], Callable[[], None]], float] = timed,
) -> float:
    measure(command, env, lambda: None)  # warm-up (and bytecode, where allowed)
    return statistics.median(measure(command, env, before) for _ in range(runs))


def report(name: str, ours: float, base: float, target_key: str, unit: str = "s") -> None:
    ratio = ours / base if base else float("inf")
    figures = f"{ours:8.3f} {unit} vs {base:8.3f} {unit}  ratio {ratio:5.2f}"
    if target_key not in TARGETS:
        print(f"{name:44} {figures}  (no target: shown for comparison)")
        return
    target = TARGETS[target_key]
    mark = "ok" if ratio <= target else "OVER"
    print(f"{name:44} {figures}  target ≤ {target:.1f}  {mark}")


def make_folder(root: Path, rows: int) -> Path:
    """A data folder with a partnership, a request, and ``rows`` media items in one batch."""
    folder = root / f"data-{rows}"
    setup = (
        "import sys; from bench.table_bench import insert_items; "
        "from desktop_app.store.context import AppContext; "
        "ctx = AppContext.open(sys.argv[1]); "
        f"insert_items(ctx, {rows}) if {rows} else None; ctx.close()"
    )
    subprocess.run([PYTHON, "-c", setup, str(folder)], check=True, cwd=REPO)
    subprocess.run(
        [
            PYTHON,
            "-m",
            "desktop_app",
            "--data-dir",
            str(folder),
            "partnership",
            "add",
            "Bench museum 2",
        ],
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    parser.add_argument("--one-core", action="store_true", help="taskset -c 0 for every process")
    parser.add_argument("--parts", default="window,version,light,memory", help="what to measure")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    prefix = ["taskset", "-c", "0"] if args.one_core else []
    bytecode = "off (PYTHONDONTWRITEBYTECODE)" if env.get("PYTHONDONTWRITEBYTECODE") else "on"
    cache = "cold" if args.cold else "warm"
    cores = "1" if args.one_core else str(len(os.sched_getaffinity(0)))
    print(f"bytecode cache: {bytecode}; cache: {cache}; cores: {cores}; runs: {args.runs}")
    with tempfile.TemporaryDirectory(prefix="fk-startup-") as tmp:
        root = Path(tmp)
        empty = make_folder(root, 0)
        needs_full = parts & {"window", "memory"}
        full = make_folder(root, args.rows) if args.rows and needs_full else None
        venv = Path(PYTHON).resolve().parent.parent
        cold_paths = [venv, REPO / "desktop_app", root]

        def before() -> None:
            if args.cold:
                drop_cache(cold_paths)

        fieldkit = [*prefix, PYTHON, "-m", "desktop_app"]
        if "window" in parts:
            window_env = env | {"FIELDKIT_EXIT_AFTER_PAINT": "1"}
            bare = median([*prefix, PYTHON, "-c", BARE_QT], env, args.runs, before, painted)
            ours = median(
                [*fieldkit, "--data-dir", str(empty)], window_env, args.runs, before, painted
            )
            report("start to window painted (empty folder)", ours, bare, "window")
            ours = median(
                [*fieldkit, "--data-dir", str(empty)], window_env, args.runs, before, usable
            )
            report("start to window usable (empty folder)", ours, bare, "usable")
            if full is not None:
                ours = median(
                    [*fieldkit, "--data-dir", str(full)], window_env, args.runs, before, painted
                )
                report(f"start to window painted ({args.rows:,} items)", ours, bare, "window_rows")
                ours = median(
                    [*fieldkit, "--data-dir", str(full)], window_env, args.runs, before, usable
                )
                report(f"start to window usable ({args.rows:,} items)", ours, bare, "usable")

        if "version" in parts:
            plain = median([*prefix, PYTHON, "-c", "pass"], env, args.runs, before)
            ours = median([*fieldkit, "--version"], env, args.runs, before)
            report("fieldkit --version vs python -c pass", ours, plain, "version")

        if "light" in parts:
            database = str(empty / "fieldkit.sqlite3")
            for command in (["partnership", "list"], ["request", "list"], ["upload", "status"]):
                for extra in ([], ["--json"]):
                    line = [*fieldkit, "--data-dir", str(empty), *command, *extra]
                    stdlib = [*prefix, PYTHON, str(BASELINE), database, *command, *extra]
                    name = f"fieldkit {' '.join([*command, *extra])} vs stdlib"
                    if output(line, env) != output(stdlib, env):
                        print(f"{name:44} output differs from the baseline's: not compared")
                        continue
                    base = median(stdlib, env, args.runs, before)
                    ours = median(line, env, args.runs, before)
                    report(name, ours, base, "light")

        if "memory" in parts:
            idle = {"FIELDKIT_EXIT_AFTER_PAINT": "after:2"}
            bare_rss = peak_rss_mb([PYTHON, "-c", BARE_QT], env | {"DELAY_MS": "2000"})
            ours_rss = peak_rss_mb(
                [PYTHON, "-m", "desktop_app", "--data-dir", str(empty)], env | idle
            )
            report("memory at idle, empty folder, vs bare Qt", ours_rss, bare_rss, "memory", "MB")
            if full is not None:
                for label, extra_env in (
                    ("start area", {"FIELDKIT_EXIT_AFTER_PAINT": "after:2"}),
                    (
                        "Media open",
                        {"FIELDKIT_EXIT_AFTER_PAINT": "after:6", "FIELDKIT_OPEN_AREA": "2"},
                    ),
                ):
                    full_rss = peak_rss_mb(
                        [PYTHON, "-m", "desktop_app", "--data-dir", str(full)], env | extra_env
                    )
                    mark = "ok" if full_rss <= 300 else "OVER"
                    name = f"memory at idle, {args.rows:,} items, {label}"
                    print(f"{name:44} {full_rss:8.1f} MB  target ≤ 300 MB  {mark}")


if __name__ == "__main__":
    main()
