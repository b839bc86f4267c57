"""Data side of the 50,000-row table: load rows, bulk edit + undo, check the batch.

Prints timings (asserts nothing). The Qt model itself comes later; this measures what it
will call.

    python -m bench.table_rows_bench --rows 50000
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from desktop_app.services.media_batches import ensure_batch
from desktop_app.services.media_checks import run_batch_check
from desktop_app.services.media_edit import apply_changes, load_rows, set_field
from desktop_app.store.context import AppContext
from desktop_app.store.models import new_uuid
from desktop_app.store.repositories.media import item_ids
from desktop_app.store.repositories.media_scans import insert_items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as temp:
        ctx = AppContext.open(Path(temp), log_to_file=False)
        batch_id = ensure_batch(ctx.db, "Bench", "Rows")[0].id
        with ctx.db.session() as session:
            rows = [
                {
                    "uuid": new_uuid(),
                    "batch_id": batch_id,
                    "path": f"/m/IMG_{i:06d}.jpg",
                    "size": 100_000 + i,
                    "mtime": 1.0,
                    "sha1": f"{i:040x}",
                    "kind": "jpeg",
                    "title": f"Object {i}",
                    "descriptions": {"en": f"Object number {i}"},
                    "date": "2020-01-01",
                    "author": "A",
                    "source": "B",
                }
                for i in range(args.rows)
            ]
            began = time.perf_counter()
            insert_items(session, rows)
        print(f"insert {args.rows} rows:      {time.perf_counter() - began:6.3f} s")
        began = time.perf_counter()
        loaded = load_rows(ctx.db, batch_id)
        print(f"load_rows (all):        {time.perf_counter() - began:6.3f} s ({len(loaded)})")
        began = time.perf_counter()
        load_rows(ctx.db, batch_id, offset=args.rows // 2, limit=200)
        print(f"load_rows (200 window): {time.perf_counter() - began:6.3f} s")
        with ctx.db.session() as session:
            ids = item_ids(session, batch_id)
        began = time.perf_counter()
        changes = set_field(ctx.db, ids, "author", "Someone else")
        print(f"bulk edit all rows:     {time.perf_counter() - began:6.3f} s ({len(changes)})")
        began = time.perf_counter()
        apply_changes(ctx.db, changes, undo=True)
        print(f"undo that edit:         {time.perf_counter() - began:6.3f} s")
        began = time.perf_counter()
        results = run_batch_check(ctx.db, batch_id)
        print(f"check_batch:            {time.perf_counter() - began:6.3f} s ({len(results)})")
        ctx.close()


if __name__ == "__main__":
    main()
