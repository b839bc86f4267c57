"""The media editor with 50,000 files: open, sort, filter, scroll, memory — against targets.

Builds a throwaway data folder with one batch of N items (bulk Core insert; the paths do not
exist, so thumbnails resolve at once to "no preview" and decoding is not measured here),
then drives the real Media area offscreen and prints seconds (or MB) and the ratio to the
target (≤ 1.00 is within target). Asserts nothing.

    QT_QPA_PLATFORM=offscreen python -m bench.table_bench --rows 50000
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {"open": 1.0, "sort": 0.5, "rss": 400.0}


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB, from /proc."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, amount, _unit = line.split()
                values[key] = int(amount) / 1024
    return values.get("VmRSS:", 0.0), values.get("VmHWM:", 0.0)


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
        print(f"{name:<34} {value:9.3f} {unit}")
        return
    target = TARGETS[target_key]
    print(f"{name:<34} {value:9.3f} {unit}   target {target:g} {unit}   ratio {value / target:.2f}")


def setup(folder: Path, rows: int) -> int:
    """Fill ``folder`` in a child process, so its memory does not count against the editor."""
    import subprocess
    import sys

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
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="fieldkit-table-bench-") as temp:
        began = time.perf_counter()
        batch_id = setup(Path(temp), args.rows)
        report(f"insert {args.rows} items (setup, child)", time.perf_counter() - began, "s")
        measure(Path(temp), batch_id, args.rows)


def measure(folder: Path, batch_id: int, rows: int) -> None:
    """Drive the real Media area on the prepared folder and print the figures."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.media_edit import load_rows
    from desktop_app.store.context import AppContext
    from desktop_app.ui import operations
    from desktop_app.ui.areas.media import MediaArea
    from desktop_app.ui.media.table_model import TITLE

    app = QApplication([])
    ctx = AppContext.open(folder, log_to_file=False)
    area = MediaArea(ctx=ctx)  # opens the only batch: first page, then the rest, then checks
    area.resize(1400, 860)
    began = time.perf_counter()
    area.show()
    view = area.table.view

    def wait_until(condition: object) -> None:
        while not condition():  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.0005)

    wait_until(lambda: area.model.total_rows() > 0)
    view.viewport().repaint()
    first_screen = time.perf_counter() - began
    wait_until(lambda: area.model.total_rows() == rows)
    view.viewport().repaint()
    all_rows = time.perf_counter() - began
    rss_open, _ = rss_mb()
    wait_until(lambda: operations.running_operations() == 0)
    checked = time.perf_counter() - began
    report("open: first screen painted", first_screen, "s", "open")
    report("open: all rows in the table", all_rows, "s", "open")
    report("open: checks delivered (background)", checked, "s")
    report("RSS after open, before checks", rss_open, "MB", "rss")

    # The brief's definition measured synchronously: load all rows + model + first paint.
    began = time.perf_counter()
    loaded_rows = load_rows(ctx.db, batch_id)
    loaded = time.perf_counter()
    area.model.set_rows(loaded_rows, "en", None)
    modelled = time.perf_counter()
    view.viewport().repaint()
    app.processEvents()
    painted = time.perf_counter()
    del loaded_rows
    report("  load_rows (all, GUI thread)", loaded - began, "s")
    report("  model.set_rows", modelled - loaded, "s")
    report("  repaint", painted - modelled, "s")
    report("open synchronous (load+model+paint)", painted - began, "s", "open")

    began = time.perf_counter()
    view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    view.viewport().repaint()
    report("sort by title (+ repaint)", time.perf_counter() - began, "s", "sort")
    began = time.perf_counter()
    view.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    view.viewport().repaint()
    report("sort by title descending", time.perf_counter() - began, "s", "sort")

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
    area.run_checks()
    wait_until(lambda: operations.running_operations() == 0)

    rss, peak = rss_mb()
    report("RSS at the end", rss, "MB", "rss")
    report("RSS peak (VmHWM)", peak, "MB", "rss")
    area.close()
    area.thumbnails.wait()
    ctx.close()


if __name__ == "__main__":
    main()
