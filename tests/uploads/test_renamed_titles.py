"""The wiki publishes a file under another title than asked: the job finds it and says so.

MediaWiki replaces ``:``, ``/`` and ``\\`` in file names with ``-`` (``Back\\slash.png``
becomes ``Back-slash.png``); once the user lets the ``badfilename`` warning pass, the file
is published under the wiki's name. The job must record that name and URL and verify,
not look for the asked-for page for ever (issue 9, item 4).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.uploads import UploadState
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.db import Database
from desktop_app.store.models.uploads import UploadJob
from desktop_app.sync.uploads.engine import RunOutcome, UploadEngine
from desktop_app.wiki.client import WikiClient
from desktop_app.wiki.uploads import WikiUploads
from tests.fixtures.proxy import FaultyProxy

pytestmark = pytest.mark.wiki

QueueFile = Callable[..., tuple[int, Path, str]]


def _job(db: Database, job_id: int) -> UploadJob:
    with db.session() as session:
        return session.get_one(UploadJob, job_id)


def _sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("asked", "named"),
    [("Back\\slash", "Back-slash"), ("Colon: here", "Colon- here"), ("Sl/ash", "Sl-ash")],
)
def test_the_title_the_wiki_gave_is_recorded_and_the_file_verified(
    engine: UploadEngine,
    db: Database,
    client: WikiClient,
    queue_file: QueueFile,
    asked: str,
    named: str,
) -> None:
    tag = uuid.uuid4().hex[:8]
    job_id, path, title = queue_file(3000, title=f"{asked} {tag}.png")
    assert engine.run_job(job_id).outcome == RunOutcome.NEEDS_DECISION  # badfilename
    UploadQueue(db).decide(job_id, "ignore")

    assert engine.run_job(job_id).outcome == RunOutcome.VERIFIED

    job = _job(db, job_id)
    assert (job.title, job.requested_title) == (f"{named} {tag}.png", title)
    assert job.page_url and job.page_url.endswith(f"{named.replace(' ', '_')}_{tag}.png")
    published = WikiUploads(client).published_file(job.title)
    assert published is not None and published.sha1 == _sha1(path)


def test_a_lost_answer_after_the_wiki_renamed_the_file_finds_it_by_sha1(
    engine: UploadEngine,
    db: Database,
    client: WikiClient,
    proxy: FaultyProxy,
    queue_file: QueueFile,
) -> None:
    tag = uuid.uuid4().hex[:8]
    job_id, path, _ = queue_file(3000, title=f"Lost\\answer {tag}.png")
    assert engine.run_job(job_id).outcome == RunOutcome.NEEDS_DECISION
    UploadQueue(db).decide(job_id, "ignore")

    def is_publish(request: bytes) -> bool:
        head, _, body = request.partition(b"\r\n\r\n")
        return b"multipart" not in head and b"filekey=" in body and b"action=upload" in body

    proxy.lose_response_if(is_publish)

    assert engine.run_job(job_id).outcome == RunOutcome.VERIFIED

    assert proxy.stats.lost_responses == 1
    assert _job(db, job_id).title == f"Lost-answer {tag}.png"
    assert WikiUploads(client).titles_with_sha1(_sha1(path)) == [f"File:Lost-answer {tag}.png"]


def test_a_file_published_under_a_name_nobody_asked_for_is_found_by_its_sha1(
    engine: UploadEngine, db: Database, client: WikiClient, queue_file: QueueFile
) -> None:
    job_id, path, title = queue_file(3000)
    # An earlier publish of this job reached the wiki, which chose another name, and the
    # answer was lost: the job only knows it was publishing.
    elsewhere = f"Elsewhere {uuid.uuid4().hex[:8]}.png"
    answer = WikiUploads(client).publish(elsewhere, "x", "x", content=path.read_bytes())
    assert answer["result"] == "Success"
    with db.session() as session:
        session.get_one(UploadJob, job_id).state = UploadState.COMMITTING

    assert engine.run_job(job_id).outcome == RunOutcome.VERIFIED

    job = _job(db, job_id)
    assert (job.title, job.requested_title) == (elsewhere, title)
    assert WikiUploads(client).titles_with_sha1(_sha1(path)) == [f"File:{elsewhere}"]
