"""A request's description file (and a helpdesk reply file) in the encodings people's
editors write: Notepad's Windows-1252 before 2019, "Unicode" (UTF-16), UTF-8 with a BOM.

They used to be refused with Python's "'utf-8' codec can't decode byte 0xe9"; what cannot
be read as text is still refused, with a sentence saying what to do, and nothing saved.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.text_files import UnreadableText, read_text_file
from tests.conftest import REPO_ROOT

FRENCH = "Café : nous cherchons une licence libre pour la collection « Été ».\n"
RUSSIAN = "Здравствуйте! Нам нужна помощь с лицензией.\n"


def _fieldkit(data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *arguments]
    environment = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert _fieldkit(folder, "partnership", "add", "Museum").returncode == 0
    return folder


def _add_request(data_dir: Path, description: Path) -> subprocess.CompletedProcess[str]:
    request = ["request", "add", "--partnership", "Museum", "--subject", "Licence"]
    return _fieldkit(data_dir, *request, "--description-file", str(description), "--draft")


def _saved_description(data_dir: Path) -> str:
    [request] = json.loads(_fieldkit(data_dir, "request", "list", "--json").stdout)["requests"]
    shown = _fieldkit(data_dir, "request", "show", str(request["id"]), "--json")
    return str(json.loads(shown.stdout)["preview"]["email_text"])


def test_a_windows_1252_description_is_read_with_a_note(data_dir: Path, tmp_path: Path) -> None:
    description = tmp_path / "notepad.txt"
    description.write_bytes(FRENCH.encode("cp1252"))

    added = _add_request(data_dir, description)

    assert added.returncode == 0, added.stderr
    assert "read as Windows-1252" in added.stderr
    assert FRENCH.strip() in _saved_description(data_dir)


@pytest.mark.parametrize(
    "data",
    [RUSSIAN.encode("utf-16"), codecs.BOM_UTF8 + RUSSIAN.encode("utf-8")],
    ids=["utf-16", "utf-8-bom"],
)
def test_unicode_descriptions_are_read_whole(data: bytes, data_dir: Path, tmp_path: Path) -> None:
    description = tmp_path / "unicode.txt"
    description.write_bytes(data)

    added = _add_request(data_dir, description)

    assert (added.returncode, added.stderr) == (0, "")
    saved = _saved_description(data_dir)
    assert RUSSIAN.strip() in saved and "\ufeff" not in saved


def test_text_in_an_encoding_that_cannot_be_told_is_refused_and_nothing_saved(
    data_dir: Path, tmp_path: Path
) -> None:
    description = tmp_path / "cyrillic.txt"
    description.write_bytes(RUSSIAN.encode("cp1251"))  # Windows-1252 would read gibberish

    added = _add_request(data_dir, description)

    assert added.returncode == 2
    assert "request.description_unreadable" in added.stderr
    assert "Save the file as UTF-8" in added.stderr
    listed = json.loads(_fieldkit(data_dir, "request", "list", "--json").stdout)
    assert listed["requests"] == []


def test_a_nul_byte_in_utf8_is_still_the_request_s_control_characters(
    data_dir: Path, tmp_path: Path
) -> None:
    description = tmp_path / "nul.txt"
    description.write_bytes(b"Hello\x00world")  # valid UTF-8: read as before

    added = _add_request(data_dir, description)

    assert added.returncode == 2
    assert "request.control_characters" in added.stderr


def test_read_text_file_says_why_a_file_is_not_text(tmp_path: Path) -> None:
    photo = tmp_path / "photo.txt"
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(64))
    broken = tmp_path / "broken.txt"
    broken.write_bytes(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8")

    with pytest.raises(UnreadableText, match="not a text file"):
        read_text_file(photo)
    with pytest.raises(UnreadableText, match="says it is UTF-16 but is damaged at byte"):
        read_text_file(broken)
    with pytest.raises(UnreadableText, match="No such file"):
        read_text_file(tmp_path / "missing.txt")
    assert read_text_file(_written(tmp_path, FRENCH.encode("cp1252"))) == (FRENCH, "Windows-1252")
    assert read_text_file(_written(tmp_path, FRENCH.encode("utf-8"))) == (FRENCH, None)


def _written(folder: Path, data: bytes) -> Path:
    path = folder / "text.txt"
    path.write_bytes(data)
    return path
