"""Bytes on the wire per byte of file: Fieldkit's upload engine vs pywikibot's plain upload.

Starts its own throwaway MediaWiki (tests/fixtures/mediawiki.TestWiki) and the loopback
proxy (tests/fixtures/proxy.FaultyProxy), uploads a 20 MB file of random bytes through
the proxy on (a) a clean link and (b) a link cut every 2 MB, once with our engine and
once with pywikibot's ``site.upload`` (chunked, 1 MiB), and prints
(bytes up + bytes down) / file size. Login is done before measuring, for both.

Run from the repository root:  python bench/upload_overhead.py [--size-mb 20] [--cut-mb 2]
Targets: clean ≤ 1.05, cut every 2 MB ≤ 1.3.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.uploads import UploadSpec
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.db import open_database
from desktop_app.sync.uploads.engine import UploadEngine
from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.proxy import FaultyProxy
from tests.uploads.conftest import noise_file

MB = 1024 * 1024


def _measure(proxy: FaultyProxy, cut: int | None, upload: Callable[[], bool]) -> tuple[str, float]:
    proxy.reset_stats()
    proxy.cut_every(cut)
    began = time.monotonic()
    try:
        ok = upload()
        outcome = "ok" if ok else "not ok"
    except Exception as error:  # a benchmark reports, it does not stop
        outcome = f"failed: {type(error).__name__}: {str(error)[:80]}"
    proxy.cut_every(None)
    return outcome, time.monotonic() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=20)
    parser.add_argument("--cut-mb", type=float, default=2)
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)

    work = Path(tempfile.mkdtemp(prefix="fieldkit-bench-"))
    wiki = TestWiki()
    wiki.start()
    proxy = FaultyProxy(wiki.port).start()
    try:
        client = WikiClient(
            work / "pywikibot",
            WikiAccount(proxy.api_url_for(wiki.api_url), wiki.bot_user),
            wiki.bot_password,
        )
        client.connect()
        db = open_database(work / "fieldkit.sqlite3")
        engine = UploadEngine(db, lambda: client, retry_base=0.2, retry_cap=2.0)
        queue = UploadQueue(db)
        size = int(args.size_mb * MB)
        cut = int(args.cut_mb * MB)
        print(f"file {size / MB:.0f} MB; link cut every {cut / MB:.1f} MB in (b)")
        print(
            f"{'link':<14} {'uploader':<22} {'up+down/file':>12} {'up/file':>8} "
            f"{'cuts':>5} {'reqs':>5} {'secs':>6}  outcome"
        )
        for label, cut_every in (("(a) clean", None), (f"(b) cut {args.cut_mb:g} MB", cut)):
            path = noise_file(work, size)
            [job_id] = queue.enqueue(
                [UploadSpec(str(path), f"Bench {uuid.uuid4().hex[:8]}.png", "bench")]
            )
            ours = _measure(proxy, cut_every, partial(_engine_upload, engine, job_id))
            results = [("fieldkit engine", ours, _copy(proxy))]
            plain_path = noise_file(work, size)
            plain = _measure(proxy, cut_every, partial(_pywikibot_plain, client, plain_path))
            results.append(("pywikibot site.upload", plain, _copy(proxy)))
            for name, (result, seconds), stats in results:
                print(
                    f"{label:<14} {name:<22} {stats[0] / size:>12.3f} {stats[1] / size:>8.3f} "
                    f"{stats[2]:>5} {stats[3]:>5} {seconds:>6.1f}  {result}"
                )
        db.close()
    finally:
        proxy.stop()
        wiki.destroy()
    return 0


def _copy(proxy: FaultyProxy) -> tuple[int, int, int, int]:
    stats = proxy.stats
    return stats.total, stats.bytes_up, stats.cuts, stats.requests


def _engine_upload(engine: UploadEngine, job_id: int) -> bool:
    return engine.run_job(job_id).outcome == "verified"


def _pywikibot_plain(client: WikiClient, path: Path) -> bool:
    import pywikibot

    page = pywikibot.FilePage(client.site, f"File:Bench plain {uuid.uuid4().hex[:8]}.png")
    return bool(
        client.site.upload(
            page,
            source_filename=str(path),
            summary="bench",
            text="bench",
            chunk_size=MB,
            ignore_warnings=True,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
