"""A batch of real sample photos made ready for upload, shared by upload and report tests."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop_app.services.media_batches import ensure_batch, set_gps_policy
from desktop_app.services.media_edit import set_field_text
from desktop_app.services.media_import import import_paths
from desktop_app.store.context import AppContext
from desktop_app.store.models import MediaItem
from desktop_app.store.repositories.media import item_ids
from desktop_app.store.repositories.settings import update_settings
from tests.conftest import MEDIA_SAMPLES
from tests.fixtures.mediawiki import TestWiki

GPS_SAMPLE = MEDIA_SAMPLES / "gps" / "DSCN0010.jpg"
PLAIN_SAMPLE = MEDIA_SAMPLES / "camera" / "Canon_40D.jpg"
UNREADY_SAMPLE = MEDIA_SAMPLES / "orientation" / "landscape_6.jpg"


def sha1_file(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def unique_copy(source: Path, folder: Path) -> Path:
    """A copy of a real sample with a unique tail after the JPEG's end, so the shared test
    wiki never answers "duplicate" for a file another test uploaded."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copyfile(source, target)
    with target.open("ab") as out:
        out.write(b"\x00fieldkit-test-" + uuid.uuid4().hex.encode())
    return target


@dataclass
class ReadyBatch:
    """A batch of three files: two ready (one with GPS), one left without metadata."""

    batch_id: int
    partnership: str
    batch: str
    gps_file: Path
    plain_file: Path
    unready_file: Path
    titles: dict[str, str]  # original file name → wiki file name

    @property
    def gps_title(self) -> str:
        return self.titles[self.gps_file.name]


def configure_wiki(ctx: AppContext, wiki: TestWiki) -> None:
    """The test wiki as the account (the password comes from FIELDKIT_PASSWORD)."""
    with ctx.db.session() as session:
        update_settings(session, wiki_api_url=wiki.api_url, wiki_username=wiki.bot_user)


def ready_batch(ctx: AppContext, folder: Path, *, gps_policy: str = "strip") -> ReadyBatch:
    """Import three samples, fill in everything for two of them, choose the GPS policy."""
    stamp = uuid.uuid4().hex[:8]
    files = [unique_copy(sample, folder) for sample in (GPS_SAMPLE, PLAIN_SAMPLE, UNREADY_SAMPLE)]
    partnership, batch_name = f"Museum {stamp}", f"Batch {stamp}"
    batch_id = ensure_batch(ctx.db, partnership, batch_name)[0].id
    import_paths(ctx.db, batch_id, files)
    titles: dict[str, str] = {}
    with ctx.db.session() as session:
        by_path = {
            Path(item.path).name: item.id
            for item in session.query(MediaItem).filter(MediaItem.batch_id == batch_id)
        }
        assert len(item_ids(session, batch_id)) == 3
    for number, path in enumerate(files[:2], start=1):
        item = [by_path[path.name]]
        title = f"Fieldkit outcome {stamp} {number}"
        titles[path.name] = f"{title}.jpg"
        for field, text in (
            ("title", title),
            ("licence", "cc-by-sa-4.0"),
            ("author", "Test Museum"),
            ("source", "Test Museum archive"),
            ("date", "2008-10-22"),
            ("description:en", f"Sample photo {number} for the outcome report"),
        ):
            set_field_text(ctx.db, item, field, text)
    set_gps_policy(ctx.db, batch_id, gps_policy)
    return ReadyBatch(batch_id, partnership, batch_name, files[0], files[1], files[2], titles)
