"""The sample partnership and the first-start memory, without a window.

Made from the bundled photos into a real data folder and removed in one call: every row
it made and every photo it copied are gone, and nothing else. Whether the welcome is due
is kept in the data folder's database, so a folder carried elsewhere is not welcomed
again. The CLI reaches the same service.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.cli import run
from desktop_app.core.uploads import UploadSpec
from desktop_app.services.checklists import get_checklists
from desktop_app.services.first_run import WelcomeEnd, end_welcome, welcome_needed
from desktop_app.services.media_batches import batch_info
from desktop_app.services.media_checks import batch_problems
from desktop_app.services.media_edit import load_rows
from desktop_app.services.media_import import import_paths
from desktop_app.services.partnerships import create_partnership, get_partnership
from desktop_app.services.requests.drafts import new_request
from desktop_app.services.sample import create_sample, current_sample, remove_sample
from desktop_app.services.upload_queue import UploadQueue
from desktop_app.store.bundled import resource, sample_definition
from desktop_app.store.context import AppContext
from desktop_app.store.models import (
    Checklist,
    ChecklistItem,
    HelpRequest,
    MediaBatch,
    MediaItem,
    Partnership,
)
from desktop_app.store.models.uploads import UploadJob
from desktop_app.store.repositories.settings import load_settings, update_settings
from tests.conftest import MEDIA_SAMPLES

TABLES = (Partnership, Checklist, ChecklistItem, MediaBatch, MediaItem, UploadJob)


def counts(ctx: AppContext) -> dict[str, int]:
    with ctx.db.session() as session:
        return {
            table.__tablename__: session.scalar(select(func.count()).select_from(table)) or 0
            for table in TABLES
        }


def test_the_sample_holds_a_checklist_partly_done_and_real_photos_to_fix(
    ctx: AppContext,
) -> None:
    made = create_sample(ctx, "sv")

    assert made.created and made.name == "Exempel: Stadsmuseet"
    partnership = get_partnership(ctx.db, made.partnership_id)
    assert (partnership.kind, partnership.status) == ("museum", "preparing")
    assert "Wikimedia Commons" in partnership.notes and "Ta bort exemplet" in partnership.notes
    checklists = get_checklists(ctx.db, made.partnership_id, "sv")
    assert [view.template_id for view in checklists] == ["forming-partnership", "batch-upload"]
    done = sum(view.progress.done for view in checklists)
    assert done == sum(len(entry.done) for entry in sample_definition().checklists) == 4

    folder = ctx.paths.root / "sample"
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["agama.jpg", "iguana.jpg", "motorcycle.jpg", "rose.jpg"]
    for name in names:  # the bundled bytes, copied
        assert (folder / name).read_bytes() == resource("sample", name).read_bytes()
    info = batch_info(ctx.db, made.batch_id)
    assert info is not None and (info.items, info.language) == (4, "sv")
    rows = {Path(row.path).name: row for row in load_rows(ctx.db, made.batch_id)}
    assert rows["iguana.jpg"].title == "Grön leguan, hane, huvud (exempel)"
    assert rows["iguana.jpg"].descriptions == {
        "sv": "Huvudet på en grön leguanhane (Iguana iguana)."
    }
    assert rows["iguana.jpg"].author == "Ianaré Sévi"
    assert rows["rose.jpg"].source.endswith("File:Mrs._Herbert_Stevens_May_2008.jpg")
    assert rows["agama.jpg"].has_gps  # read from the real EXIF
    assert rows["iguana.jpg"].width == 100

    # No licence on purpose: the checks say what to do for every photo.
    problems = batch_problems(ctx.db, made.batch_id)
    assert len(problems) == 4
    assert all(
        any(problem.code.startswith("licence") for problem in found) for found in problems.values()
    ), problems


def test_remove_sample_deletes_its_rows_and_copied_photos_in_one_call(
    ctx: AppContext,
) -> None:
    before = counts(ctx)
    made = create_sample(ctx, "en")
    [job] = UploadQueue(ctx.db).enqueue(
        [UploadSpec(made.files[0], "Waiting sample", "text", media_item_id=1)], made.batch_id
    )
    assert counts(ctx)["upload_jobs"] == 1

    removed = remove_sample(ctx)

    assert removed is not None
    assert (removed.partnership_id, removed.name) == (made.partnership_id, "Sample: Town Museum")
    assert removed.files_deleted == 4
    assert counts(ctx) == before  # partnership, checklists, steps, batch, files, job: gone
    assert not (ctx.paths.root / "sample").exists()
    assert current_sample(ctx.db) is None
    with ctx.db.session() as session:
        assert load_settings(session).sample_partnership_id == 0
        assert session.get(UploadJob, job) is None
    assert remove_sample(ctx) is None  # nothing left to remove


def test_removing_the_sample_keeps_the_users_own_work(ctx: AppContext, tmp_path: Path) -> None:
    own = create_partnership(ctx.db, "Riksarkivet", kind="archive")
    made = create_sample(ctx, "en")
    request_id = new_request(ctx.db, partnership_id=made.partnership_id, subject="About it")
    mine = tmp_path / "mine.jpg"
    shutil.copy(MEDIA_SAMPLES / "camera" / "Nikon_D70.jpg", mine)
    import_paths(ctx.db, made.batch_id, [mine], workers=1)  # a file of the user's own

    remove_sample(ctx)

    assert get_partnership(ctx.db, own.id).name == "Riksarkivet"
    assert mine.is_file()  # only the photos the sample copied are deleted
    with ctx.db.session() as session:  # the request is kept, no longer linked
        request = session.get_one(HelpRequest, request_id)
        assert (request.subject, request.partnership_id) == ("About it", None)
        assert session.scalar(select(func.count()).select_from(MediaItem)) == 0


def test_the_sample_is_made_once_and_never_takes_a_name_in_use(ctx: AppContext) -> None:
    create_partnership(ctx.db, "Sample: Town Museum")
    made = create_sample(ctx, "en")
    assert made.name == "Sample: Town Museum (2)"
    again = create_sample(ctx, "fr")
    assert not again.created
    assert (again.partnership_id, again.name) == (made.partnership_id, made.name)
    assert counts(ctx)["partnerships"] == 2


def test_a_renamed_sample_is_still_the_sample(ctx: AppContext) -> None:
    made = create_sample(ctx, "en")
    from desktop_app.services.partnerships import update_partnership

    update_partnership(ctx.db, made.partnership_id, name="My practice museum")
    removed = remove_sample(ctx)
    assert removed is not None and removed.name == "My practice museum"
    assert counts(ctx)["partnerships"] == 0


def test_the_welcome_is_due_once_per_data_folder_even_after_a_move(
    ctx: AppContext, tmp_path: Path
) -> None:
    assert welcome_needed(ctx.db)
    end_welcome(ctx.db, WelcomeEnd.SKIPPED)
    assert not welcome_needed(ctx.db)
    with ctx.db.session() as session:
        assert load_settings(session).welcome_state == "skipped"

    # Carried to another computer on a USB stick: the database comes along, so does the answer.
    ctx.close()
    moved = tmp_path / "usb-stick" / "fieldkit-data"
    shutil.copytree(ctx.paths.root, moved)
    with AppContext.open(moved, log_to_file=False) as elsewhere:
        assert not welcome_needed(elsewhere.db)


@pytest.mark.parametrize("earlier_work", ["partnership", "request", "account"])
def test_a_folder_from_before_the_welcome_is_not_welcomed(
    ctx: AppContext, earlier_work: str
) -> None:
    if earlier_work == "partnership":
        create_partnership(ctx.db, "Nordiska museet")
    elif earlier_work == "request":
        new_request(ctx.db, subject="Glass plates")
    else:
        with ctx.db.session() as session:
            update_settings(session, wiki_username="Volunteer@Fieldkit")
    assert not welcome_needed(ctx.db)


def test_the_sample_photos_are_small_and_credited() -> None:
    definition = sample_definition()
    folder = resource("sample")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    total = 0
    for sample_file in definition.files:
        data = (folder / sample_file.file).read_bytes()
        assert data[:3] == b"\xff\xd8\xff"  # real JPEG photos
        total += len(data)
        assert sample_file.file in readme and sample_file.author in readme
        assert sample_file.source.startswith("https://commons.wikimedia.org/wiki/File:")
        assert sample_file.source.rsplit(":", 1)[1] in readme
    assert 3 <= len(definition.files) <= 4
    assert total < 60_000  # the wheel stays small


def test_cli_makes_and_removes_the_sample(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["partnership", "sample", "--language", "es", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["created"] is True and made["name"] == "Ejemplo: Museo de la Ciudad"
    assert [Path(path).name for path in made["files"]] == [
        "agama.jpg",
        "iguana.jpg",
        "motorcycle.jpg",
        "rose.jpg",
    ]
    assert all(Path(path).is_file() for path in made["files"])
    assert run(["partnership", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [entry["name"] for entry in listed["partnerships"]] == [made["name"]]

    assert run(["partnership", "remove-sample", "--json"]) == 0
    removed = json.loads(capsys.readouterr().out)["removed"]
    assert removed == {
        "partnership_id": made["partnership_id"],
        "name": made["name"],
        "files_deleted": 4,
    }
    assert not any(Path(path).exists() for path in made["files"])
    assert run(["partnership", "remove-sample"]) == 0
    assert "no sample partnership" in capsys.readouterr().out
