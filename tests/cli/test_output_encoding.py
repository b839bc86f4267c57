"""The CLI's output never fails on what the locale's encoding cannot hold.

On Windows, output sent to a file or a pipe is written in the ANSI code page (cp1252 in
Western Europe), which has no Arabic letter: a partner called "مكتبة الإسكندرية" stopped
``partnership list`` with a ``UnicodeEncodeError``. ``PYTHONIOENCODING=cp1252`` puts
Linux's Python in the same place. ``--json`` is UTF-8 whatever the locale (docs/cli.md).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.common import print_json
from tests.conftest import MEDIA_SAMPLES, REPO_ROOT

ARABIC = "مكتبة الإسكندرية"


def _fieldkit(data_dir: Path, *arguments: str, encoding: str) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *arguments]
    environment = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING=encoding)
    return subprocess.run(command, capture_output=True, env=environment, timeout=120)


def test_json_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    added = _fieldkit(tmp_path, "partnership", "add", ARABIC, "--json", encoding="cp1252")
    listed = _fieldkit(tmp_path, "partnership", "list", "--json", encoding="cp1252")

    assert (added.returncode, added.stderr) == (0, b"")
    assert json.loads(added.stdout.decode("utf-8"))["name"] == ARABIC
    assert (listed.returncode, listed.stderr) == (0, b"")  # the light command's path
    [partnership] = json.loads(listed.stdout.decode("utf-8"))["partnerships"]
    assert partnership["name"] == ARABIC


def test_text_the_locale_cannot_hold_is_escaped_not_a_crash(tmp_path: Path) -> None:
    _fieldkit(tmp_path, "partnership", "add", ARABIC, encoding="utf-8")

    listed = _fieldkit(tmp_path, "partnership", "list", encoding="cp1252")

    assert (listed.returncode, listed.stderr) == (0, b"")
    assert ARABIC.encode("unicode_escape") in listed.stdout  # \u0645\u0643...


def test_a_name_that_is_not_text_is_a_json_escape_json_reads_back(
    capsys: pytest.CaptureFixture[str],
) -> None:
    print_json({"path": "/photos/caf\udce9.jpg"})

    written = capsys.readouterr().out
    assert "\\udce9" in written  # the JSON escape, not a raw byte
    assert json.loads(written) == {"path": "/photos/caf\udce9.jpg"}
    assert os.fsencode(json.loads(written)["path"]) == b"/photos/caf\xe9.jpg"


def test_an_attachment_whose_name_is_not_text_is_kept(tmp_path: Path) -> None:
    sample = tmp_path / "sample\udcff.jpg"  # b"sample\xff.jpg" on disk
    shutil.copy2(MEDIA_SAMPLES / "gps" / "DSCN0021.jpg", sample)
    (tmp_path / "description.txt").write_text("How do we choose a licence?")
    data_dir = tmp_path / "data"
    _fieldkit(data_dir, "partnership", "add", "P", encoding="utf-8")

    request = ["request", "add", "--partnership", "P", "--subject", "Licences"]
    request += ["--description-file", str(tmp_path / "description.txt")]
    added = _fieldkit(
        data_dir, *request, "--attach", str(sample), "--draft", "--json", encoding="utf-8:strict"
    )

    assert (added.returncode, added.stderr) == (0, b"")
    request_id = str(json.loads(added.stdout)["id"])
    shown = _fieldkit(data_dir, "request", "show", request_id, "--json", encoding="utf-8")
    assert json.loads(shown.stdout)["preview"]["attachments"] == ["sample\\xff.jpg"]
