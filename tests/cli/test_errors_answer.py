"""Every refusal answers (issue 9 item 15): a clear message on stderr, the documented exit
code, and with ``--json`` one JSON object with the problem's code — never a traceback,
never an empty standard output.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import run
from tests.conftest import MEDIA_SAMPLES


def answer(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict[str, Any], str]:
    code = run(argv)
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else {}, err


def refused_with(data: dict[str, Any], code: str) -> dict[str, Any]:
    assert data["ok"] is False, data
    [problem] = data["problems"]
    assert problem["code"] == code and problem["message"], problem
    return problem


@pytest.fixture
def batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """A data folder with batch "B" of one real photo; returns the --data-dir arguments."""
    data = ["--data-dir", str(tmp_path / "data")]
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copy2(MEDIA_SAMPLES / "camera" / "Canon_40D.jpg", photos / "lizard.jpg")
    assert run([*data, "media", "import", "--partnership", "P", "--batch", "B", str(photos)]) == 0
    capsys.readouterr()
    return data


def test_request_show_of_an_unknown_request_answers_in_json_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    code, shown, err = answer(capsys, [*data, "request", "show", "999", "--json"])
    assert code == 1 and shown["exit_code"] == 1
    assert refused_with(shown, "request.not_found")["params"] == {"id": 999}
    assert "No request 999." in err


def test_export_to_a_folder_that_does_not_exist_fails_with_a_message_and_writes_nothing(
    batch: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nonexistent" / "x.csv"
    code, _out, err = answer(capsys, [*batch, "media", "export", "--batch", "B", str(target)])
    assert code == 1 and "cannot be written" in err and "Traceback" not in err
    code, exported, _ = answer(
        capsys, [*batch, "media", "export", "--batch", "B", str(target), "--json"]
    )
    assert code == 1
    problem = refused_with(exported, "sheet.write_failed")
    assert problem["params"]["path"] == str(target) and problem["params"]["reason"]
    assert not target.parent.exists()


def test_a_data_folder_that_cannot_be_created_is_refused_by_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    data = ["--data-dir", str(blocker / "data")]
    for command in (
        ["partnership", "list", "--json"],
        ["media", "check", "--batch", "B", "--json"],
        ["request", "list", "--json"],
        ["sync", "--json"],
        ["upload", "status", "--json"],
    ):
        code, refused, err = answer(capsys, [*data, *command])
        assert code == 2, command
        problem = refused_with(refused, "data_dir.unusable")
        assert problem["params"]["reason"] and "data folder" in err


@pytest.mark.parametrize(
    "command",
    [
        ["media", "check", "--batch", "nope", "--json"],
        ["media", "export", "--batch", "nope", "out.csv", "--json"],
        ["media", "apply", "--batch", "nope", "in.csv", "--json"],
        ["upload", "--batch", "nope", "--json"],
        ["upload", "status", "--batch", "nope", "--json"],
        ["report", "--batch", "nope", "out.html", "--json"],
    ],
)
def test_an_unknown_batch_is_refused_in_json_with_its_code(
    batch: list[str], capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    code, refused, err = answer(capsys, [*batch, *command])
    assert code == 2 and refused["exit_code"] == 2
    assert refused_with(refused, "batch.not_found")["params"] == {"batch": "nope"}
    assert "no batch called 'nope'" in err


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("random.csv", bytes(range(256)) * 4, "sheet-not-text"),
        ("cyrillic.csv", "file,title\nx.jpg,Москва\n".encode("cp1251"), "sheet-encoding-unknown"),
        ("empty.xlsx", b"", "sheet-empty"),
        ("garbage.xlsx", b"PK\x03\x04 garbage" * 50, "sheet-damaged"),
        ("sheet.ods", b"x", "sheet-type-unsupported"),
    ],
)
def test_media_apply_of_an_unusable_sheet_answers_with_the_sheets_code(
    batch: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    code: str,
) -> None:
    sheet = tmp_path / name
    sheet.write_bytes(content)
    exit_code, refused, err = answer(
        capsys, [*batch, "media", "apply", "--batch", "B", str(sheet), "--json"]
    )
    assert exit_code == 2
    refused_with(refused, code)
    assert code in err and "Traceback" not in err


def test_media_apply_of_broken_rows_answers_per_row(
    batch: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "b.csv"
    assert run([*batch, "media", "export", "--batch", "B", str(sheet)]) == 0
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    huge = list(row)
    huge[header.index("title")] = "x" * 140_000  # more than 131,072 characters
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, huge, row[:3]])  # the second row cut short
    capsys.readouterr()

    code, applied, _ = answer(
        capsys, [*batch, "media", "apply", "--batch", "B", str(sheet), "--json"]
    )

    assert code == 1 and applied["refused"] == 2
    assert [p["code"] for r in applied["rows"] for p in r["problems"]] == ["too-long", "row-short"]


def test_media_import_from_a_missing_or_binary_sheet_is_refused_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    base = [*data, "media", "import", "--partnership", "P", "--batch", "B", "--json"]
    code, refused, _ = answer(capsys, [*base, "--from-sheet", str(tmp_path / "none.csv")])
    assert code == 2
    refused_with(refused, "sheet.unreadable")
    binary = tmp_path / "list.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    code, refused, _ = answer(capsys, [*base, "--from-sheet", str(binary)])
    assert code == 2
    refused_with(refused, "sheet-not-text")
    code, refused, _ = answer(capsys, [*data, "partnership", "list", "--json"])
    assert refused["partnerships"] == []  # nothing was created


def test_a_request_with_a_nul_byte_is_refused_and_leaves_no_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert run([*data, "partnership", "add", "Museum"]) == 0
    capsys.readouterr()
    description = tmp_path / "description.txt"
    description.write_bytes(b"Two thousand glass plates.\x00\x00 binary tail")
    add = [*data, "request", "add", "--partnership", "Museum", "--subject", "Plates"]

    for draft in ([], ["--draft"]):
        code, refused, err = answer(
            capsys, [*add, "--description-file", str(description), *draft, "--json"]
        )
        assert code == 2
        problem = refused_with(refused, "request.control_characters")
        assert problem["params"] == {"field": "body", "characters": "U+0000"}
        assert "Nothing was saved" in err
    assert answer(capsys, [*data, "request", "list", "--json"])[1]["requests"] == []


def test_a_refused_request_add_leaves_no_draft_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert run([*data, "partnership", "add", "Museum"]) == 0
    capsys.readouterr()
    description = tmp_path / "description.txt"
    description.write_text("Two thousand glass plates.", encoding="utf-8")
    add = [*data, "request", "add", "--partnership", "Museum", "--subject", "Plates"]
    add += ["--description-file", str(description)]

    code, refused, _ = answer(capsys, [*add, "--attach", str(tmp_path / "missing.jpg"), "--json"])
    assert code == 2 and refused["problems"][0]["code"] == "attachment.unreadable"
    code, refused, _ = answer(capsys, [*add, "--help", "no-such-help", "--json"])
    assert code == 2 and "request.help_unknown" in {p["code"] for p in refused["problems"]}

    assert answer(capsys, [*data, "request", "list", "--json"])[1]["requests"] == []
    code, added, _ = answer(capsys, [*add, "--draft", "--json"])  # a good one still works
    assert code == 0 and added["state"] == "draft"
