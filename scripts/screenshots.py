"""Build a demo data folder and save the README's screenshots of the real main window.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--keep DIR] [--language sv]

The demo is a volunteer's week, made through the same services the app uses: three
partnerships with checklists, help requests (queued, draft, sent), a batch of the sample
photos in ``tests/data/media`` with its metadata, and an upload queue. Queue states that
need a wiki (uploaded, one moving, a warning, a failure) are staged in the demo database;
the upload worker and the connection check are not started, and the link is shown
offline, so the pictures are the same on every machine. A second data folder without a
wiki account gives ``no-account.png``: what a fresh installation says offline.

Runs offscreen by default; with ``--display`` it uses the X server in ``DISPLAY`` (for
example ``xvfb-run -a .venv/bin/python scripts/screenshots.py --display``), which is the
real window as a volunteer sees it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "tests" / "data" / "media"
sys.path.insert(0, str(REPO))

PARTNER = "Naturhistoriska riksmuseet"
BATCH = "Field photographs 2008"
# Sample file → what it shows (descriptions for the demo; the last is left undescribed).
PHOTOS = {
    "camera/Canon_40D.jpg": "Green iguana, male, head (Iguana iguana)",
    "gps/DSCN0010.jpg": "Hillside with olive trees and farmhouses",
    "gps/DSCN0021.jpg": "Park with a monument and a bench",
    "gps/DSCN0027.jpg": "Church square with a bell tower",
    "gps/DSCN0038.jpg": "Narrow street with stone houses",
    "camera/Kodak_CX7530.jpg": "Red-headed rock agama on a rock (Agama agama)",
    "camera/Nikon_D70.jpg": "Green anole in its brown phase (Anolis carolinensis)",
    "camera/Olympus_C8080WZ.jpg": "Red lionfish (Pterois volitans)",
    "camera/Fujifilm_FinePix_E500.jpg": "",
}
PATTERN = "{partner} - {description} ({n})"


def pump(app: Any, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def demo_folder(root: Path, *, account: bool) -> Any:
    """A data folder with a week of a volunteer's work; returns the opened context."""
    from desktop_app.services.checklists import add_checklist, get_checklists, update_item
    from desktop_app.services.media_batch_set import BatchValues, set_batch_values
    from desktop_app.services.media_batches import ensure_batch
    from desktop_app.services.media_edit import load_rows, set_field_text
    from desktop_app.services.media_import import import_paths
    from desktop_app.services.partnerships import create_partnership
    from desktop_app.services.requests.drafts import new_request
    from desktop_app.services.requests.queueing import queue_request
    from desktop_app.services.settings import change_settings
    from desktop_app.services.uploads import enqueue_batch
    from desktop_app.store.context import AppContext

    ctx = AppContext.open(root / "data")
    change_settings(
        ctx.db,
        wiki_username="Anna Lindqvist@Fieldkit" if account else "",
        requester_name="Anna Lindqvist",
        requester_email="anna@example.org",
        requester_affiliation_kind="affiliate",
        requester_affiliation="Wikimedia Sverige",
        requester_country="SE",
        requester_languages="sv, en",
    )
    museum = create_partnership(
        ctx.db,
        PARTNER,
        kind="museum",
        country="SE",
        status="uploading",
        contact_name="Karin Ek",
        licence_id="cc-by-sa-4.0",
        material="Field photographs of reptiles, fish and landscapes, 2008",
    )
    create_partnership(ctx.db, "Nordiska museet", kind="museum", country="SE", status="agreed")
    create_partnership(ctx.db, "Riksarkivet Visby", kind="archive", country="SE", status="talking")
    create_partnership(
        ctx.db, "Tartu University Library", kind="library", country="EE", status="agreed"
    )
    for template in ("forming-partnership", "batch-upload"):
        add_checklist(ctx.db, museum.id, template)
    for checklist in get_checklists(ctx.db, museum.id):
        for item in checklist.items[: 5 if checklist.template_id == "batch-upload" else 99]:
            update_item(ctx.db, item.id, status="done")

    sent = new_request(
        ctx.db,
        partnership_id=museum.id,
        subject="Categories for the museum's field photographs",
        body="Which categories should the museum's field photographs of reptiles go in?",
        help_wanted=["metadata"],
    )
    queue_request(ctx.db, sent)
    waiting = new_request(
        ctx.db,
        partnership_id=museum.id,
        subject="Batch upload of 1,200 field photographs",
        body="The Swedish Museum of Natural History has agreed to share 1,200 field "
        "photographs from its 2008 expeditions under CC BY-SA 4.0. Could someone help us "
        "plan the batch upload and check our metadata before we start?",
        partner_name=PARTNER,
        material_kind="Digital field photographs with GPS positions",
        volume="1,200 files, about 9 GB",
        licence_status="Agreed in writing: CC BY-SA 4.0",
        help_wanted=["batch-upload", "metadata"],
    )
    queue_request(ctx.db, waiting)
    new_request(ctx.db, subject="Talking to Riksarkivet about CC0", body="Draft: ...")
    _mark_sent(ctx, sent)

    folder = root / "From the museum"
    folder.mkdir()
    for source in PHOTOS:
        shutil.copy2(SAMPLES / source, folder / Path(source).name)
    (folder / "README.txt").write_text("Exported from the museum's photo archive, 2024.\n")
    batch, _ = ensure_batch(ctx.db, PARTNER, BATCH)
    import_paths(ctx.db, batch.id, [folder])
    described = {Path(source).name: text for source, text in PHOTOS.items()}
    for row in load_rows(ctx.db, batch.id):
        if described.get(Path(row.path).name):
            set_field_text(ctx.db, [row.id], "description:en", described[Path(row.path).name])
        set_field_text(ctx.db, [row.id], "date", "2008")
    set_batch_values(
        ctx.db,
        batch.id,
        BatchValues(
            gps="strip",
            licence="cc-by-sa-4.0",
            author="Karin Ek, Naturhistoriska riksmuseet",
            source="Naturhistoriska riksmuseet, field photograph archive",
            categories="Photographs by Naturhistoriska riksmuseet;2008 in nature",
            title_pattern=PATTERN,
        ),
    )
    enqueue_batch(ctx, batch.id)
    if account:  # without one, nothing can have reached the wiki yet
        _stage_uploads(ctx)
    return ctx


def _mark_sent(ctx: Any, request_id: int) -> None:
    from sqlalchemy import update

    from desktop_app.core.timeutil import utcnow
    from desktop_app.store.models import HelpRequest, OutboxEntry

    url = "https://commons.wikimedia.org/wiki/Commons:Batch_uploading#Categories"
    with ctx.db.session() as session:
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.help_request_id == request_id)
            .values(state="sent", sent_at=utcnow(), next_attempt_at=None)
        )
        session.execute(
            update(HelpRequest)
            .where(HelpRequest.id == request_id)
            .values(state="sent", remote_url=url, sent_at=utcnow())
        )


def _stage_uploads(ctx: Any) -> None:
    """What a few hours of uploading leave behind (a wiki would have done this)."""
    from sqlalchemy import select, update

    from desktop_app.core.timeutil import utcnow
    from desktop_app.store.models.uploads import UploadJob

    now = utcnow()
    with ctx.db.session() as session:
        jobs = list(session.scalars(select(UploadJob).order_by(UploadJob.id)))

        def stage(job: Any, **values: Any) -> None:
            session.execute(update(UploadJob).where(UploadJob.id == job.id).values(**values))

        for job in jobs[:2]:
            page = "https://commons.wikimedia.org/wiki/File:" + job.title.replace(" ", "_")
            stage(job, state="verified", page_url=page, verified_at=now, resume_offset=0)
        # Stopped at 60 % when the link dropped: it waits (nothing holds it now).
        stopped = jobs[2]
        stage(stopped, state="uploading", resume_offset=stopped.file_size * 3 // 5)
        stage(
            jobs[3],
            state="needs_decision",
            warnings=[{"code": "duplicate", "detail": ["Narrow street, Arezzo.jpg"]}],
        )
        if len(jobs) > 4:
            stage(jobs[4], state="queued")


def _undescribed_item(ctx: Any) -> int:
    from desktop_app.services.media_batches import find_batch
    from desktop_app.services.media_edit import load_rows

    names = {Path(source).name for source, text in PHOTOS.items() if not text}
    rows = load_rows(ctx.db, find_batch(ctx.db, BATCH).id)
    return next(row.id for row in rows if Path(row.path).name in names)


def window_for(ctx: Any, app: Any, language: str) -> Any:
    from desktop_app.services import link_monitor
    from desktop_app.ui.i18n import install_language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.sync_monitor import SyncMonitor
    from desktop_app.ui.uploads.worker_host import UploadWorkerHost
    from desktop_app.wiki.connectivity import Connectivity, ConnectivityResult

    # The same picture everywhere: the link is offline, no worker changes the staged queue.
    link_monitor.check_connectivity = lambda *_a, **_k: ConnectivityResult(  # type: ignore
        Connectivity.OFFLINE, "demo"
    )
    UploadWorkerHost.start = lambda self: None  # type: ignore[method-assign]
    UploadWorkerHost.wake = lambda self: None  # type: ignore[method-assign]
    install_language(language, app)
    monitor = SyncMonitor(ctx)
    window = MainWindow(ctx, monitor)
    window.resize(1180, 740)
    window.show()
    monitor.check_now()
    pump(app, 1.5)
    return window


def shoot(window: Any, app: Any, out: Path, name: str) -> Path:
    pump(app, 0.6)
    path = out / name
    window.grab().save(str(path))
    print(f"wrote {path}")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--keep", type=Path, help="build the demo here and keep it")
    parser.add_argument("--language", default="en")
    parser.add_argument("--display", action="store_true", help="use DISPLAY, not offscreen")
    args = parser.parse_args()
    if not args.display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    args.out.mkdir(parents=True, exist_ok=True)
    root = args.keep or Path(tempfile.mkdtemp(prefix="fieldkit-demo-"))
    root.mkdir(parents=True, exist_ok=True)

    from desktop_app.app import create_application
    from desktop_app.ui import operations

    app = create_application()
    ctx = demo_folder(root / "volunteer", account=True)
    window = window_for(ctx, app, args.language)
    suffix = "" if args.language == "en" else f"-{args.language}"
    requests = window.requests_area
    window.show_area(window.areas.index(requests))
    requests.open_request(2)
    shoot(window, app, args.out, f"main-window{suffix}.png")
    media = window.media_area
    window.show_area(window.areas.index(media))
    pump(app, 1.5)
    media.open_item(_undescribed_item(ctx))  # what still needs the volunteer
    shoot(window, app, args.out, f"media-editor{suffix}.png")
    uploads = window.uploads_area
    window.show_area(window.areas.index(uploads))
    uploads.refresh()
    uploads.queue_view.select_job(4)
    shoot(window, app, args.out, f"uploads{suffix}.png")
    window.close()

    fresh = demo_folder(root / "fresh", account=False)
    window = window_for(fresh, app, args.language)
    window.show_area(window.areas.index(window.uploads_area))
    window.uploads_area.refresh()
    window.uploads_area.queue_view.select_job(5)
    shoot(window, app, args.out, f"no-account{suffix}.png")
    window.close()
    operations.cancel_all_and_wait(5000)
    ctx.close()
    fresh.close()
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
