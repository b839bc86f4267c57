"""``fieldkit upload`` as scripts use it: both shapes parse, JSON keys, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import build_parser, run
from desktop_app.store.context import AppContext
from tests.reports.helpers import ready_batch


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out)


def test_upload_takes_batch_directly_and_status_as_an_action() -> None:
    parser = build_parser()
    queue = parser.parse_args(["upload", "--batch", "B", "--json"])
    status = parser.parse_args(["upload", "status", "--batch", "B"])
    everything = parser.parse_args(["upload", "status"])
    assert (queue.action, queue.batch, queue.json) == (None, "B", True)
    assert (status.action, status.batch) == ("status", "B")
    assert (everything.action, everything.batch) == ("status", None)


def test_upload_without_batch_or_with_unknown_batch_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert run([*data, "upload"]) == 2
    assert run([*data, "upload", "--batch", "nope"]) == 2
    assert "no batch called 'nope'" in capsys.readouterr().err
    assert run([*data, "upload", "status", "--batch", "nope", "--json"]) == 2
    with pytest.raises(SystemExit) as exited:
        run([*data, "upload", "sideways"])
    assert exited.value.code == 2


def test_upload_json_lists_every_file_and_status_shows_the_queue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "data"
    ctx = AppContext.open(root, log_to_file=False)
    batch = ready_batch(ctx, tmp_path / "photos")
    ctx.close()
    data = ["--data-dir", str(root)]

    assert run([*data, "upload", "--batch", batch.batch, "--json"]) == 1
    queued = _json(capsys)
    assert {"batch", "batch_id", "partnership", "counts", "files", "queued", "exit_code"} <= set(
        queued
    )
    assert queued["counts"] == {
        "queued": 2,
        "not_ready": 1,
        "already_queued": 0,
        "already_uploaded": 0,
        "failed": 0,
    }
    entry = queued["files"][0]
    assert {"item_id", "path", "title", "status", "job_id", "gps_stripped", "problems"} <= set(
        entry
    )
    assert entry["gps_stripped"] is True

    assert run([*data, "upload", "status", "--json"]) == 0
    status = _json(capsys)
    assert status["jobs_by_state"] == {"queued": 2} and status["pending"] == 2
    assert {"total_bytes", "confirmed_bytes", "paused_jobs", "paused_all", "batch"} <= set(status)
    job = status["jobs"][0]
    assert {
        "id",
        "title",
        "state",
        "file_size",
        "confirmed_bytes",
        "sha1",
        "page_url",
        "error_code",
        "last_error",
        "warnings",
    } <= set(job)

    assert run([*data, "upload", "status", "--batch", batch.batch]) == 0
    assert "2 queued" in capsys.readouterr().out
