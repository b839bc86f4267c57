"""Bytes on the wire and time per byte of file: Fieldkit's upload engine vs pywikibot's plain
``site.upload``, on the same file, over a clean link and over one cut every N MB.

Starts its own throwaway MediaWiki (tests/fixtures/mediawiki.TestWiki, job queue running,
as on Commons) and the loopback proxy (tests/fixtures/proxy.FaultyProxy), makes one file
of random bytes, and uploads it through the proxy on (a) a clean link and (b) a link cut
every ``--cut-mb`` MB, once with our engine (the app's chunk policy: adaptive chunks up to
16 MiB, the wiki's job queue above 10 MiB) and once with pywikibot's ``site.upload``
(chunked with ``--pywikibot-chunk-mb``, its own retries). Each upload gets the same file
with its last 16 bytes made unique (so the wiki never sees a duplicate). It prints
(bytes up + bytes down) / file size, seconds per GiB, and ours ÷ pywikibot's for both.
Login is done before measuring, for both; process start is not included (a user meets
it once per session, and it is under 2 s against minutes of upload).

Run from the repository root:
    python bench/upload_overhead.py                              # 20 MB, cut every 2 MB
    python bench/upload_overhead.py --size-mb 1024 --cut-mb 64   # issue 13: 1 GiB
Targets: clean ≤ 1.05 bytes per byte; with cuts ≤ 1.3.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.uploads import UploadSpec
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.db import Database, open_database
from desktop_app.sync.uploads.engine import UploadEngine
from desktop_app.wiki.client import WikiAccount, WikiClient
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.proxy import FaultyProxy

MB = 1024 * 1024
GIB = 1024 * MB


@dataclass(frozen=True)
class Measure:
    """One upload: how it ended, how long it took, what went over the wire."""

    outcome: str
    seconds: float
    total: int
    up: int
    cuts: int
    requests: int


def _measure(proxy: FaultyProxy, cut: int | None, upload: Callable[[], bool]) -> Measure:
    proxy.reset_stats()
    proxy.cut_every(cut)
    began = time.monotonic()
    try:
        outcome = "ok" if upload() else "not ok"
    except Exception as error:  # a benchmark reports, it does not stop
        outcome = f"failed: {type(error).__name__}: {str(error)[:80]}"
    seconds = time.monotonic() - began
    proxy.cut_every(None)
    stats = proxy.stats
    return Measure(outcome, seconds, stats.total, stats.bytes_up, stats.cuts, stats.requests)


def make_file(folder: Path, size: int) -> Path:
    """``size`` random bytes behind a PNG signature (MediaWiki checks only the start)."""
    path = folder / "bench.png"
    with path.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n")
        remaining = size - 8
        while remaining > 0:
            block = os.urandom(min(remaining, 4 * MB))
            out.write(block)
            remaining -= len(block)
    return path


def make_unique(path: Path) -> None:
    """New last 16 bytes: another SHA-1, the same size and kind."""
    with path.open("r+b") as out:
        out.seek(-16, os.SEEK_END)
        out.write(os.urandom(16))


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=20)
    parser.add_argument("--cut-mb", type=float, default=2)
    parser.add_argument("--pywikibot-chunk-mb", type=float, default=16)
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
        baseline = plain_site(client)
        db = open_database(work / "fieldkit.sqlite3")
        engine = UploadEngine(db, lambda: client, retry_base=0.2, retry_cap=2.0)
        size = int(args.size_mb * MB)
        cut = int(args.cut_mb * MB)
        path = make_file(work, size)
        print(
            f"file {size / MB:.0f} MiB; link cut every {cut / MB:.0f} MiB in (b); pywikibot"
            f" chunks {args.pywikibot_chunk_mb:g} MiB"
        )
        print(
            f"{'link':<15} {'uploader':<22} {'wire/file':>9} {'up/file':>8} {'s/GiB':>7}"
            f" {'cuts':>5} {'reqs':>5} {'secs':>7}  outcome"
        )
        for label, cut_every in (("(a) clean", None), (f"(b) cut {args.cut_mb:g} MiB", cut)):
            make_unique(path)
            ours = _measure(proxy, cut_every, partial(_engine_upload, engine, db, path))
            make_unique(path)
            chunk = int(args.pywikibot_chunk_mb * MB)
            plain = _measure(proxy, cut_every, partial(_pywikibot_plain, baseline, path, chunk))
            for name, m in (("fieldkit engine", ours), ("pywikibot site.upload", plain)):
                print(
                    f"{label:<15} {name:<22} {m.total / size:>9.3f} {m.up / size:>8.3f}"
                    f" {m.seconds / (size / GIB):>7.1f} {m.cuts:>5} {m.requests:>5}"
                    f" {m.seconds:>7.1f}  {m.outcome}"
                )
            print(
                f"{label:<15} {'fieldkit ÷ pywikibot':<22} {ours.total / plain.total:>9.3f}"
                f" {'':>8} {ours.seconds / plain.seconds:>7.2f}"
                + ("" if plain.outcome == "ok" else "  (pywikibot did not finish)")
            )
        db.close()
    finally:
        proxy.stop()
        wiki.destroy()
        for leftover in work.glob("*.png"):
            leftover.unlink()
    return 0


def _engine_upload(engine: UploadEngine, db: Database, path: Path) -> bool:
    title = f"Bench {uuid.uuid4().hex[:8]}.png"
    [job_id] = UploadQueue(db).enqueue([UploadSpec(str(path), title, "bench")])
    return engine.run_job(job_id).outcome == "verified"


def plain_site(client: WikiClient) -> object:
    """pywikibot's own ``APISite`` for the same wiki and account: the baseline uses none of
    the gate's request handling. It rides on the session our client logged in with
    (pywikibot's cookie jar is shared; MediaWiki refuses a second login inside it)."""
    from pywikibot import login
    from pywikibot.site import APISite

    site = client.site
    plain = APISite(code=site.code, fam=site.family, user=site.username())
    assert plain.userinfo["name"] == site.username(), plain.userinfo
    plain._loginstatus = login.LoginStatus.AS_USER
    return plain


def _pywikibot_plain(site: object, path: Path, chunk_size: int) -> bool:
    import pywikibot

    page = pywikibot.FilePage(site, f"File:Bench plain {uuid.uuid4().hex[:8]}.png")
    return bool(
        site.upload(  # type: ignore[attr-defined]
            page,
            source_filename=str(path),
            summary="bench",
            text="bench",
            chunk_size=chunk_size,
            ignore_warnings=True,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
