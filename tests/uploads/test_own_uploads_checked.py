"""After upload, "Check against the wiki" knows the batch's own files: done, not duplicates.

Real sample photos (unique copies), the real CLI, the real wiki. One file goes up as it
is (its SHA-1 is on the wiki) and one without its location (the wiki has a different
SHA-1 under the same title): neither may come back as "already there".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.store.context import AppContext
from tests.fixtures.mediawiki import TestWiki
from tests.reports.helpers import configure_wiki, ready_batch

pytestmark = pytest.mark.wiki


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.open(data_dir, log_to_file=False)
    yield context
    context.close()


def test_a_batchs_own_verified_uploads_are_done_not_already_on_the_wiki(
    ctx: AppContext,
    tmp_path: Path,
    wiki_up: TestWiki,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    configure_wiki(ctx, wiki_up)
    batch = ready_batch(ctx, tmp_path / "photos")
    data = ["--data-dir", str(ctx.paths.root), "media", "check", "--batch", batch.batch]
    assert run([*data[:2], "upload", "--batch", batch.batch]) == 1  # one file not ready
    assert run([*data[:2], "sync"]) == 0
    capsys.readouterr()

    assert run([*data, "--online", "--json"]) == 1  # the third file is still not ready
    checked = json.loads(capsys.readouterr().out)

    assert checked["online"] is True
    by_name = {Path(entry["path"]).name: entry for entry in checked["files"]}
    for uploaded in (batch.gps_file.name, batch.plain_file.name):
        entry = by_name[uploaded]
        codes = [problem["code"] for problem in entry["problems"]]
        assert "duplicate-on-wiki" not in codes and "title-exists-on-wiki" not in codes, codes
        assert entry["state"] == "ready"
        [done] = [problem for problem in entry["problems"] if problem["code"] == "uploaded"]
        assert done["severity"] == "info" and done["params"]["link"].startswith("http")
        assert done["params"]["title"] == batch.titles[uploaded]
    assert checked["ready"] == 2


def test_a_file_already_on_the_wiki_under_another_title_is_still_a_duplicate(
    ctx: AppContext,
    tmp_path: Path,
    wiki_up: TestWiki,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The check still fails for a real duplicate: a second batch with the same file."""
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    configure_wiki(ctx, wiki_up)
    batch = ready_batch(ctx, tmp_path / "photos", gps_policy="keep")
    root = ["--data-dir", str(ctx.paths.root)]
    run([*root, "upload", "--batch", batch.batch])
    assert run([*root, "sync"]) == 0
    second = ready_batch(ctx, tmp_path / "again")
    plain = tmp_path / "again" / batch.plain_file.name
    plain.write_bytes(batch.plain_file.read_bytes())  # the same bytes as the uploaded one
    run(
        [
            *root,
            "media",
            "import",
            "--partnership",
            second.partnership,
            "--batch",
            second.batch,
            str(plain),
        ]
    )
    capsys.readouterr()

    run([*root, "media", "check", "--batch", second.batch, "--online", "--json"])
    checked = json.loads(capsys.readouterr().out)

    entry = next(e for e in checked["files"] if e["path"] == str(plain))
    assert "duplicate-on-wiki" in {problem["code"] for problem in entry["problems"]}
