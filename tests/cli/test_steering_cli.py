"""The commands that let a terminal finish what the window can: names, exit codes, messages.

``media set``, ``upload decide``, ``upload retry|pause|resume|cancel`` and ``request
send|retry|withdraw``, offline: each command's JSON shape, what it changes, and each
refusal (exit 2, ``{"ok": false, "problems"}``, the same words on stderr without --json).
The whole way from a folder of GPS photos to the wiki is in ``test_cli_only_journey.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from desktop_app.cli import build_parser, run
from desktop_app.store.context import AppContext
from desktop_app.store.models import HelpRequest, OutboxEntry
from desktop_app.store.models.uploads import UploadJob
from tests.conftest import MEDIA_SAMPLES
from tests.reports.helpers import ready_batch


def _json(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.fixture
def samples() -> Path:
    return MEDIA_SAMPLES


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def data(folder: Path) -> list[str]:
    return ["--data-dir", str(folder)]


@pytest.fixture
def queued(folder: Path, tmp_path: Path, data: list[str]) -> dict[str, Any]:
    """A batch of two ready files queued for upload: batch name and job ids."""
    ctx = AppContext.open(folder, log_to_file=False)
    batch = ready_batch(ctx, tmp_path / "photos")
    ctx.close()
    assert run([*data, "upload", "--batch", batch.batch]) == 1  # one file is not ready
    ctx = AppContext.open(folder, log_to_file=False)
    with ctx.db.session() as session:
        ids = list(session.scalars(UploadJob.__table__.select().with_only_columns(UploadJob.id)))
    ctx.close()
    return {"batch": batch.batch, "jobs": sorted(ids)}


def _set_job(folder: Path, job_id: int, **values: Any) -> None:
    ctx = AppContext.open(folder, log_to_file=False)
    with ctx.db.session() as session:
        session.execute(update(UploadJob).where(UploadJob.id == job_id).values(**values))
    ctx.close()


def _status(data: list[str], capsys: pytest.CaptureFixture[str]) -> dict[int, dict[str, Any]]:
    run([*data, "upload", "status", "--json"])
    return {job["id"]: job for job in _json(capsys)["jobs"]}


# --- media set ------------------------------------------------------------------------------


def test_media_set_makes_a_gps_batch_ready_and_says_what_changed(
    data: list[str], samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    importing = ["media", "import", "--partnership", "Sundsvall museum", "--batch", "Plates"]
    assert run([*data, *importing, str(samples / "gps")]) == 0
    capsys.readouterr()
    assert run([*data, "media", "check", "--batch", "Plates"]) == 1
    capsys.readouterr()

    code = run(
        [
            *data,
            "media",
            "set",
            "--batch",
            "Plates",
            "--gps",
            "strip",
            "--licence",
            "cc-by-sa-4.0",
            "--author",
            "Sundsvall museum",
            "--source",
            "Sundsvall museum photo archive",
            "--categories",
            "Glass plate negatives; Sundsvall",
            "--description",
            "Glass plate negative from the museum's archive",
            "--title-pattern",
            "{partner} - glass plate negative ({n})",
            "--json",
        ]
    )
    report = _json(capsys)
    assert code == 0 and report["ok"] is True and report["exit_code"] == 0
    assert report["settings"] == {
        "gps_policy": "strip",
        "licence_id": "cc-by-sa-4.0",
        "title_pattern": "{partner} - glass plate negative ({n})",
        "language": "en",
    }
    assert report["files"] == 5
    fields = {change["field"] for change in report["changes"]}
    assert fields == {"author", "source", "categories", "description:en", "title"}
    titles = sorted(c["new"] for c in report["changes"] if c["field"] == "title")
    assert titles[0] == "Sundsvall museum - glass plate negative (1)"
    categories = next(c for c in report["changes"] if c["field"] == "categories")
    assert categories["new"] == "Glass plate negatives|Sundsvall"

    assert run([*data, "media", "check", "--batch", "Plates", "--json"]) == 0
    assert _json(capsys)["ready"] == 5

    run([*data, "media", "set", "--batch", "Plates", "--author", "Another author"])
    out = capsys.readouterr().out
    assert "Batch 'Plates' (Sundsvall museum): location strip, licence cc-by-sa-4.0" in out
    assert "5 values changed in 5 of 5 files." in out
    assert 'fieldkit media check --batch "Plates"' in out


def test_media_set_refuses_values_it_cannot_use_and_sets_nothing(
    data: list[str], samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run([*data, "media", "import", "--partnership", "P", "--batch", "B", str(samples / "gps")])
    capsys.readouterr()
    code = run(
        [
            *data,
            "media",
            "set",
            "--batch",
            "B",
            "--author",
            "Someone",
            "--licence",
            "cc-by-9.9",
            "--categories",
            "Good;Bad[name]",
            "--title-pattern",
            "{partner} {nonsense}",
            "--json",
        ]
    )
    refused = _json(capsys)
    assert code == 2 and refused["ok"] is False
    assert [p["code"] for p in refused["problems"]] == [
        "bad-licence",
        "bad-category",
        "title-pattern-unknown-field",
    ]
    assert [p["params"]["field"] for p in refused["problems"]] == [
        "--licence",
        "--categories",
        "--title-pattern",
    ]
    run([*data, "media", "check", "--batch", "B", "--json"])
    codes = {p["code"] for f in _json(capsys)["files"] for p in f["problems"]}
    assert "author-missing" in codes  # nothing was set, not even the good value

    assert run([*data, "media", "set", "--batch", "B"]) == 2
    assert "media.nothing_to_set" in capsys.readouterr().err
    assert run([*data, "media", "set", "--batch", "Nope", "--gps", "keep"]) == 2
    assert "media.batch_not_found (--batch): There is no batch called 'Nope'." in (
        capsys.readouterr().err
    )
    with pytest.raises(SystemExit) as exited:
        run([*data, "media", "set", "--batch", "B", "--gps", "sometimes"])
    assert exited.value.code == 2


# --- upload decide --------------------------------------------------------------------------


def test_upload_decide_answers_a_warning_and_refuses_what_it_cannot_do(
    folder: Path, data: list[str], queued: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = queued["jobs"]
    warnings = [{"code": "exists", "detail": "Someone else's photo.jpg"}]
    for job_id in (first, second):
        _set_job(folder, job_id, state="needs_decision", warnings=warnings)

    code = run([*data, "upload", "decide", str(first), "rename", "A better name", "--json"])
    decided = _json(capsys)
    assert code == 0 and decided["ok"] is True and decided["decision"] == "rename"
    assert decided["job"]["title"] == "A better name.jpg"  # the extension is kept
    assert decided["job"]["state"] == "queued"

    assert run([*data, "upload", "decide", str(second), "skip"]) == 0
    assert "skipped" in capsys.readouterr().out
    assert _status(data, capsys)[second]["state"] == "cancelled"

    refusals = {
        ("999", "skip"): "upload.job_not_found",
        (str(first), "skip"): "upload.no_decision_waiting",
    }
    for (job, decision), expected in refusals.items():
        assert run([*data, "upload", "decide", job, decision, "--json"]) == 2
        assert [p["code"] for p in _json(capsys)["problems"]] == [expected]

    _set_job(folder, first, state="needs_decision")
    for arguments, expected in (
        (["rename"], "upload.new_title_expected"),
        (["skip", "New title"], "upload.no_title_here"),
        (["rename", "Bad [name]"], "title-forbidden-characters"),
        (["rename", "A better name.jpg"], "upload.title_unchanged"),
    ):
        assert run([*data, "upload", "decide", str(first), *arguments]) == 2
        assert capsys.readouterr().err.startswith(expected)
    assert run([*data, "upload", "decide", str(first), "publish-anyway"]) == 0
    assert "will be published as 'A better name.jpg'" in capsys.readouterr().out


# --- upload retry|pause|resume|cancel ------------------------------------------------------


def test_steering_names_exactly_one_scope() -> None:
    parser = build_parser()
    for action in ("retry", "pause", "resume", "cancel"):
        assert parser.parse_args(["upload", action, "--all"]).all is True
        assert parser.parse_args(["upload", action, "--job", "3"]).job == 3
        assert parser.parse_args(["upload", action, "--batch", "B"]).batch == "B"
        for wrong in ([], ["--all", "--job", "3"], ["--batch", "B", "--all"]):
            with pytest.raises(SystemExit) as exited:
                parser.parse_args(["upload", action, *wrong])
            assert exited.value.code == 2


def test_pause_resume_retry_cancel_by_job_batch_and_all(
    folder: Path, data: list[str], queued: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = queued["jobs"]
    batch = queued["batch"]

    assert run([*data, "upload", "pause", "--batch", batch, "--json"]) == 0
    paused = _json(capsys)
    assert paused["jobs"] == [first, second] and paused["changed"] == 2
    assert paused["scope"] == {"batch": batch, "job": None, "all": False}
    assert all(job["paused"] for job in _status(data, capsys).values())

    assert run([*data, "upload", "resume", "--job", str(first)]) == 0
    assert capsys.readouterr().out.startswith(f"1 upload job resumed (job {first}).")
    assert run([*data, "upload", "pause", "--all", "--json"]) == 0
    assert _json(capsys)["paused_all"] is True
    assert run([*data, "upload", "resume", "--all", "--json"]) == 0
    resumed = _json(capsys)
    assert resumed["paused_all"] is False and resumed["jobs"] == [first, second]
    assert not any(job["paused"] for job in _status(data, capsys).values())

    _set_job(folder, first, state="failed", error_code="filetype-banned")
    assert run([*data, "upload", "retry", "--all", "--json"]) == 0
    assert _json(capsys)["jobs"] == [first]
    assert _status(data, capsys)[first]["state"] == "queued"
    assert run([*data, "upload", "retry", "--batch", batch]) == 0
    assert "Nothing failed or waits for a retry." in capsys.readouterr().err

    assert run([*data, "upload", "cancel", "--job", str(second), "--json"]) == 0
    assert _json(capsys)["jobs"] == [second]
    assert _status(data, capsys)[second]["state"] == "cancelled"

    assert run([*data, "upload", "cancel", "--job", "999", "--json"]) == 2
    assert _json(capsys)["problems"][0]["code"] == "upload.job_not_found"
    assert run([*data, "upload", "pause", "--batch", "Nope"]) == 2
    assert capsys.readouterr().err.startswith("media.batch_not_found (--batch)")


# --- request send|retry|withdraw ------------------------------------------------------------


def test_request_send_retry_withdraw(
    folder: Path, data: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    description = tmp_path / "description.txt"
    description.write_text("We have 400 glass plates and want to share them.", encoding="utf-8")
    run([*data, "partnership", "add", "Sundsvall museum"])
    capsys.readouterr()
    add = ["request", "add", "--partnership", "Sundsvall museum", "--subject", "Plates"]
    assert run([*data, *add, "--description-file", str(description), "--draft", "--json"]) == 0
    request_id = _json(capsys)["id"]

    assert run([*data, "request", "retry", str(request_id), "--json"]) == 2
    assert _json(capsys)["problems"][0]["code"] == "request.not_queued"
    assert run([*data, "request", "send", str(request_id), "--json"]) == 0
    sent = _json(capsys)
    assert sent["ok"] is True and sent["state"] == "queued"
    assert {"entry_id", "kind", "state", "error_code"} <= set(sent["channels"][0])

    ctx = AppContext.open(folder, log_to_file=False)
    with ctx.db.session() as session:
        session.execute(
            update(OutboxEntry).values(
                state="failed",
                next_attempt_at=None,
                last_error="refused:invalidtitle: invalidtitle: Bad title",
            )
        )
        session.execute(update(HelpRequest).values(state="failed"))
    ctx.close()
    run([*data, "request", "list", "--json"])
    [listed] = _json(capsys)["requests"]
    assert listed["state"] == "failed"
    assert listed["channels"][0]["error_code"] == "refused:invalidtitle"

    assert run([*data, "request", "retry", str(request_id)]) == 0
    assert capsys.readouterr().out == (
        f"Request {request_id} queued: it goes out at the next 'fieldkit sync'.\n"
    )
    assert run([*data, "request", "withdraw", str(request_id), "--json"]) == 0
    withdrawn = _json(capsys)
    assert withdrawn["state"] == "draft" and withdrawn["channels"] == []

    for action in ("send", "retry", "withdraw"):
        assert run([*data, "request", action, "404", "--json"]) == 2
        assert _json(capsys)["problems"][0]["code"] == "request.not_found"
    assert run([*data, "request", "withdraw", "404"]) == 2
    assert capsys.readouterr().err == "request.not_found (ID): No request 404.\n"
