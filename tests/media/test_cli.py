"""The media commands as scripts use them: names, flags, exit codes, --json shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import run


def _json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    return json.loads(capsys.readouterr().out)


def test_import_check_export_apply_wikitext(
    tmp_path: Path, work_copy: Path, samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    damaged = samples / "damaged" / "text_named_as.jpg"
    code = run(
        [
            *data,
            "media",
            "import",
            "--partnership",
            "Nordic Museum",
            "--batch",
            "B1",
            str(work_copy),
            str(damaged),
            "--json",
        ]
    )
    imported = _json(capsys)
    assert code == 0 and imported["exit_code"] == 0
    assert imported["partnership_created"] is True
    assert imported["counts"]["added"] == 4
    assert {entry["status"] for entry in imported["files"]} == {"added"}

    code = run([*data, "media", "check", "--batch", "B1", "--json"])
    checked = _json(capsys)
    assert code == 1 and checked["ready"] == 0 and checked["not_ready"] == 4
    by_name = {Path(f["path"]).name: f for f in checked["files"]}
    text_file = by_name["text_named_as.jpg"]
    assert text_file["state"] == "problems"
    assert {"code", "message", "params", "severity"} <= set(text_file["problems"][0])
    assert "content-extension-mismatch" in {p["code"] for p in text_file["problems"]}

    sheet = tmp_path / "b1.csv"
    assert run([*data, "media", "export", "--batch", "B1", str(sheet)]) == 0
    capsys.readouterr()
    lines = sheet.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    first = lines[1].split(",")
    first[header.index("title")] = "Iguana head"
    first[header.index("licence")] = "cc-by-4.0"
    first[header.index("description:en")] = "[[Category:Spam]] }}"
    sheet.write_text("\n".join([lines[0], ",".join(first)]) + "\n", encoding="utf-8")
    code = run([*data, "media", "apply", "--batch", "B1", str(sheet), "--json"])
    applied = _json(capsys)
    assert code == 0 and applied["changed"] == 1 and applied["refused"] == 0

    assert run([*data, "media", "wikitext", "--batch", "B1", "--file", "Iguana head.jpg"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("== {{int:filedesc}} ==\n{{Information\n")
    assert "{{cc-by-4.0}}" in page and "[[Category:Spam]]" not in page


def test_unknown_batch_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert run([*data, "media", "check", "--batch", "nope"]) == 2
    assert "no batch" in capsys.readouterr().err
    assert run([*data, "media", "export", "--batch", "nope", str(tmp_path / "x.csv")]) == 2


def test_missing_path_is_reported_and_exit_code_is_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    code = run(
        [
            *data,
            "media",
            "import",
            "--partnership",
            "P",
            "--batch",
            "B",
            str(tmp_path / "not-there.jpg"),
            "--json",
        ]
    )
    report = _json(capsys)
    assert code == 1 and report["counts"]["skipped"] == 1
    assert report["files"][0]["problems"][0]["code"] == "file-missing"
