"""The media editor with 50,000 files: open, sort, filter, scroll, memory — against targets.

Builds a throwaway data folder with one batch of N items (bulk Core insert; the paths do not
exist, so thumbnails resolve at once to "no preview" and decoding is not measured here),
then drives the real Media area offscreen and prints seconds (or MB) and the ratio to the
target of issue 11 (≤ 1.00 is within target). Asserts nothing.

It also starts the whole main window twice in child processes — on an empty data folder
and on the 50,000-file one — without ever showing Media, and prints what the big batch
costs there (it should cost nothing: rows load when Media is first shown).

    QT_QPA_PLATFORM=offscreen python -m bench.table_bench --rows 50000

The machine's load average is printed first: on a shared 2-core machine compare figures
only within one run (or runs under the same load). Same-run floors are printed too: the
stdlib reading the same columns, and a plain ``sorted()`` of the titles. The "reload"
figure means something only for this code (the code before issue 11 kept the old rows
on screen while reloading).

Measured 2026-11-30 on the shared 2-core machine (load average 4-7 from other jobs; the
figures move by ±50 % between runs under such load):

==========================================  ==============  =======================
figure                                      before (#11)    after
==========================================  ==============  =======================
rows read while Media is never shown        50,000          0
  extra RSS / CPU for that unseen batch     +161 MB, 6.6 s  none (-2 MB, -0.1 s)
open: all 50,000 rows in the table          2.13-2.20 s     0.57-1.30 s (7 runs)
reload until all rows shown, median of 5    (n/a)           0.70-1.16 s (5 runs)
the load alone (floor: stdlib fetchall)     1.36-1.59 s     0.26-0.84 s (1.0-1.7×)
longest GUI-thread stall while opening      0.05-0.16 s     0.06-0.22 s
sort by title (prepared column)             0.29-0.60 s     0.03-0.18 s
sort by description, first time             0.14 s          0.02-0.06 s (prepared)
RSS with all rows, before checks            243 MB          200-217 MB
RSS with all rows and checks (the target)   321-323 MB      281-312 MB (6 runs)
RSS after a bulk edit of all rows + undo    344-346 MB      321-352 MB
==========================================  ==============  =======================

"Before" is this script run on the code this branch started from (69000c5) under similar
load. Targets of issue 11: all rows ≤ 1 s and sort ≤ 0.3 s "under the same load", RSS
with 50,000 items ≤ 300 MB. Sorting: met in every run. All rows ≤ 1 s: NOT reliably — the
first open made it in 3 of 7 runs, the reload median in 4 of 5; the rest took 1.06-1.30 s
at load average 5-7 (the same-run stdlib floor then took 0.4-0.7 s of it). RSS with rows
and checks: at the target, over it in 2 of 6 runs; most of the checks' ~80 MB is the batch
check's transient peak (``services.media_checks``), which the process keeps.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Issue 11: all rows ≤ 1 s, sort ≤ 0.3 s (under the same load), RSS with 50,000 items ≤ 300 MB.
TARGETS = {"open": 1.0, "sort": 0.3, "rss": 300.0}
RELOADS = 5  # reloads of the open batch measured (the median is printed)
SETTLE_LIMIT_S = 90.0  # a child window waits at most this long for background work


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB, from /proc."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, amount, _unit = line.split()
                values[key] = int(amount) / 1024
    return values.get("VmRSS:", 0.0), values.get("VmHWM:", 0.0)


def cpu_seconds() -> float:
    """User + system CPU time of this process so far (all threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def insert_items(ctx: object, rows: int) -> int:
    """One partnership, one batch, ``rows`` items with realistic text; returns the batch id."""
    from desktop_app.services.media_batches import ensure_batch
    from desktop_app.store.models import new_uuid
    from desktop_app.store.repositories import media_scans

    db = ctx.db  # type: ignore[attr-defined]
    batch_id = ensure_batch(db, "Bench museum", "Fifty thousand")[0].id
    with db.session() as session:
        values = [
            {
                "uuid": new_uuid(),
                "batch_id": batch_id,
                "path": f"/nonexistent/bench/IMG_{i:06d}.jpg",
                "size": 100_000 + i,
                "mtime": 1.0,
                "sha1": f"{i:040x}",
                "kind": "jpeg",
                "title": f"Postcard {(i * 7919) % rows:06d} from the harbour",
                "descriptions": {"en": f"Postcard number {i}, harbour view, 1920s"},
                "date": f"19{20 + i % 10}-0{1 + i % 9}",
                "author": "Unknown photographer" if i % 3 else "A. Andersson",
                "source": "Nordic Museum archive",
                "categories": ["Postcards of harbours", "1920s photographs"],
            }
            for i in range(rows)
        ]
        media_scans.insert_items(session, values)
    return int(batch_id)


def report(name: str, value: float, unit: str, target_key: str | None = None) -> None:
    if target_key is None:
        print(f"{name:<40} {value:9.3f} {unit}", flush=True)
        return
    target = TARGETS[target_key]
    print(
        f"{name:<40} {value:9.3f} {unit}   target {target:g} {unit}   ratio {value / target:.2f}",
        flush=True,
    )


def setup(folder: Path, rows: int) -> int:
    """Fill ``folder`` in a child process, so its memory does not count against the editor."""
    code = (
        "import sys; from pathlib import Path; from bench.table_bench import insert_items;"
        "from desktop_app.store.context import AppContext;"
        f"ctx = AppContext.open(Path({str(folder)!r}), log_to_file=False);"
        f"print(insert_items(ctx, {rows})); ctx.close()"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return int(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--window-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--skip-window", action="store_true", help="skip the main-window part")
    args = parser.parse_args()
    if args.window_child is not None:
        window_child(args.window_child)
        return

    print(f"load average (1, 5, 15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="fieldkit-table-bench-") as temp:
        began = time.perf_counter()
        batch_id = setup(Path(temp), args.rows)
        report(f"insert {args.rows} items (setup, child)", time.perf_counter() - began, "s")
        if not args.skip_window:
            never_opened(Path(temp))
        measure(Path(temp), batch_id, args.rows)
    print(f"load average (1, 5, 15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


# --- the main window, Media never shown ------------------------------------------------------


def window_child(folder: Path) -> None:
    """Start the main window on ``folder``, leave Media alone, let background work finish,
    and print RSS, CPU time and how many rows the Media table holds (JSON, last line)."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.store.context import AppContext
    from desktop_app.ui import operations
    from desktop_app.ui.areas.media import MediaArea
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.sync_monitor import SyncMonitor

    app = QApplication([])
    ctx = AppContext.open(folder, log_to_file=False)
    install_language("en")
    window = MainWindow(ctx, SyncMonitor(ctx))  # the monitor is not started: no network
    window.show()
    began = time.perf_counter()
    while time.perf_counter() - began < 1.0 or (
        operations.running_operations() and time.perf_counter() - began < SETTLE_LIMIT_S
    ):
        app.processEvents()
        time.sleep(0.005)
    media = window.findChild(MediaArea)  # None if the window builds areas when first shown
    rows = media.model.total_rows() if media is not None else 0
    rss, peak = rss_mb()
    print(json.dumps({"rss": rss, "peak": peak, "cpu": cpu_seconds(), "rows": rows}))
    window.close()
    operations.cancel_all_and_wait()
    ctx.close()


def never_opened(folder: Path) -> None:
    """The main window on an empty folder and on the big one, Media never shown."""

    def run(data: Path) -> dict[str, float]:
        done = subprocess.run(
            [sys.executable, "-m", "bench.table_bench", "--window-child", str(data)],
            check=True,
            capture_output=True,
            text=True,
        )
        return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]

    with tempfile.TemporaryDirectory(prefix="fieldkit-table-bench-empty-") as empty:
        bare = run(Path(empty))
    big = run(folder)
    report("window, empty folder: RSS", bare["rss"], "MB")
    report("window, 50k batch, Media unseen: RSS", big["rss"], "MB")
    report("  extra RSS for the unseen batch", big["rss"] - bare["rss"], "MB")
    report("  extra CPU for the unseen batch", big["cpu"] - bare["cpu"], "s")
    print(f"{'  rows loaded while Media unseen':<40} {int(big['rows']):9d}      target 0")


def sqlite_floor(folder: Path, batch_id: int) -> float:
    """The same-run floor of a load: the stdlib reading the table's columns, nothing else."""
    import sqlite3

    from desktop_app.system.paths import DataPaths

    connection = sqlite3.connect(DataPaths(folder).database)
    try:
        began = time.perf_counter()
        connection.execute(
            "SELECT id, path, title, descriptions, date, author, source, licence_id,"
            " categories, file_state FROM media_items WHERE batch_id = ? ORDER BY id",
            (batch_id,),
        ).fetchall()
        return time.perf_counter() - began
    finally:
        connection.close()


# --- the Media area itself -----------------------------------------------------------------


def measure(folder: Path, batch_id: int, rows: int) -> None:
    """Drive the real Media area on the prepared folder and print the figures."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import media_edit
    from desktop_app.store.context import AppContext
    from desktop_app.ui import operations
    from desktop_app.ui.areas.media import MediaArea
    from desktop_app.ui.media.table_columns import AUTHOR, DESCRIPTION, TITLE

    app = QApplication([])
    ctx = AppContext.open(folder, log_to_file=False)
    rss_idle, _ = rss_mb()

    # A heartbeat: the event loop wakes at least every 10 ms, and the longest gap between
    # beats is the longest the GUI thread was busy. Waiting blocks in the event loop like
    # the app does — polling in a tight loop would steal the interpreter from the
    # background work being measured.
    beats = [time.perf_counter()]
    longest_gap = 0.0

    def beat() -> None:
        nonlocal longest_gap
        now = time.perf_counter()
        longest_gap = max(longest_gap, now - beats[0])
        beats[0] = now

    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()

    def wait_until(condition: Callable[[], bool]) -> None:
        while not condition():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def settle() -> None:
        """Until the background work after a load is done: the checks start a moment
        after the rows are painted, so first a pause, then until nothing runs."""
        pause = time.perf_counter()
        wait_until(lambda: time.perf_counter() - pause > 0.5)
        wait_until(lambda: operations.running_operations() == 0)

    began = time.perf_counter()
    area = MediaArea(ctx=ctx)
    area.resize(1400, 860)
    built = time.perf_counter() - began
    # Nothing should be read before the area is shown (let any started load land first).
    unseen = time.perf_counter()
    wait_until(lambda: time.perf_counter() - unseen > 0.3)
    rows_before_shown = area.model.total_rows()
    report("MediaArea built (not shown)", built, "s")
    print(f"{'  rows loaded 0.3 s after, still unseen':<40} {rows_before_shown:9d}      target 0")

    beats[0], longest_gap = time.perf_counter(), 0.0
    began = time.perf_counter()
    area.show()
    area.on_shown()  # what the window calls when the user navigates to Media
    view = area.table.view
    wait_until(lambda: area.model.total_rows() > 0)
    view.viewport().repaint()
    first_screen = time.perf_counter() - began
    wait_until(lambda: area.model.total_rows() == rows)
    view.viewport().repaint()
    all_rows = time.perf_counter() - began
    rss_open, _ = rss_mb()
    stall_open = max(longest_gap, time.perf_counter() - beats[0])
    settle()
    checked = time.perf_counter() - began
    rss_checked, _ = rss_mb()
    report("open: first rows painted (from show)", first_screen, "s", "open")
    report("open: all rows in the table (from show)", all_rows, "s", "open")
    report("  longest GUI-thread stall until then", stall_open, "s")
    report("open: checks delivered (background)", checked, "s")
    report("RSS before the area (Qt + imports)", rss_idle, "MB")
    report("RSS with all rows, before checks", rss_open, "MB", "rss")
    report("RSS with all rows and checks", rss_checked, "MB", "rss")

    # What a reload costs, whole (background load + model + paint), median of a few, and
    # the load alone. Each reload waits for the checks it starts, so none overlaps the next.
    is_loading = getattr(area, "is_loading", None)
    reloads = []
    for _ in range(RELOADS):
        began = time.perf_counter()
        area.reload()
        if is_loading is not None:
            wait_until(lambda: not is_loading() and area.model.total_rows() == rows)
        else:  # the code before issue 11: a first page, then the rest
            wait_until(lambda: area.model.total_rows() == rows)
        view.viewport().repaint()
        reloads.append(time.perf_counter() - began)
        settle()  # checks and sort keys done: no overlap with the next reload
    report(
        f"reload until all rows shown (median of {RELOADS})",
        statistics.median(reloads),
        "s",
        "open",
    )
    report("  slowest of them", max(reloads), "s", "open")
    load_table = getattr(media_edit, "load_table", None)
    began = time.perf_counter()
    if load_table is not None:
        loaded = load_table(ctx.db, batch_id, "en")
    else:
        loaded = media_edit.load_rows(ctx.db, batch_id)
    load_alone = time.perf_counter() - began
    report("  the load alone, this thread", load_alone, "s", "open")
    del loaded
    floor = sqlite_floor(folder, batch_id)
    report("  same-run floor: stdlib sqlite3 fetchall", floor, "s")
    report("  load alone / floor", load_alone / floor, "x")

    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    for label, column, order in (
        ("sort by title (+ repaint)", TITLE, ascending),
        ("sort by title descending", TITLE, descending),
        ("sort by title again, ascending", TITLE, ascending),
        ("sort by author (first time)", AUTHOR, ascending),
        ("sort by description (first time)", DESCRIPTION, ascending),
        ("sort by description descending", DESCRIPTION, descending),
    ):
        began = time.perf_counter()
        view.sortByColumn(column, order)
        view.viewport().repaint()
        report(label, time.perf_counter() - began, "s", "sort")
    titles = [area.model.index(r, TITLE).data() for r in range(area.model.rowCount())]
    began = time.perf_counter()
    titles.sort(key=str.casefold)
    report("  same-run floor: sorted(50k titles, casefold)", time.perf_counter() - began, "s")
    del titles
    view.sortByColumn(TITLE, ascending)

    began = time.perf_counter()
    area.model.set_filter("harbour view, 1920s")
    area.model.set_filter("")
    report("filter + clear", time.perf_counter() - began, "s")

    began = time.perf_counter()
    bar = view.verticalScrollBar()
    for position in (bar.maximum() // 2, bar.maximum()):
        bar.setValue(position)
        view.viewport().repaint()
    report("scroll to middle + end (2 paints)", time.perf_counter() - began, "s")

    ids = [area.model.item_id(r) for r in range(area.model.rowCount())]
    began = time.perf_counter()
    area.edits.set_text(ids, "author", "Bench author")
    report("bulk edit all rows", time.perf_counter() - began, "s")
    began = time.perf_counter()
    area.edits.undo_stack.undo()
    report("undo it", time.perf_counter() - began, "s")
    del ids
    area.run_checks()
    wait_until(lambda: operations.running_operations() == 0)

    rss, peak = rss_mb()
    report("RSS at the end (after bulk edit + undo)", rss, "MB", "rss")
    report("RSS peak (VmHWM)", peak, "MB", "rss")
    area.close()
    area.thumbnails.wait()
    ctx.close()


if __name__ == "__main__":
    main()
