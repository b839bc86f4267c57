"""``fieldkit desk``: the contract's commands, flags, JSON and exit codes, for real."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from tests.desk.helpers import editor, html_only_mail, put_page
from tests.desk.test_sections import ODD_PAGE
from tests.fixtures.imap import TestImapServer
from tests.fixtures.mediawiki import TestWiki
from tests.fixtures.smtp import TestSmtpServer

pytestmark = pytest.mark.wiki
Servers = tuple[TestWiki, TestSmtpServer, TestImapServer]


def _json(capsys: pytest.CaptureFixture[str], argv: list[str], code: int = 0) -> dict:
    capsys.readouterr()
    assert run(argv) == code
    return json.loads(capsys.readouterr().out)


def test_desk_commands_end_to_end(
    desk_servers: Servers,
    open_instance: Callable[[str], AppContext],
    desk_page: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wiki, _smtp, imap = desk_servers
    put_page(editor(wiki, tmp_path / "other"), desk_page, ODD_PAGE)
    imap.append("helpdesk", html_only_mail("<poster@archive.example>"))
    ctx = open_instance("desk")
    with ctx.db.session() as session:
        update_settings(session, wiki_api_url=wiki.api_url, wiki_username=wiki.bot_user)
    root = ["--data-dir", str(ctx.paths.root)]
    monkeypatch.setenv("FIELDKIT_IMAP_PASSWORD", imap.users["helpdesk"])

    setup = _json(
        capsys,
        [
            *root,
            "desk",
            "set",
            "--wiki-page",
            desk_page,
            "--wiki-page",
            desk_page,
            "--imap",
            f"127.0.0.1:{imap.tls_port}",
            "--imap-user",
            "helpdesk",
            "--imap-tls",
            "--json",
        ],
    )
    assert setup["wiki_pages"] == [desk_page] and setup["imap_security"] == "tls"
    assert setup["enabled"] is True and setup["imap_folder"] == "INBOX"

    fetched = _json(capsys, [*root, "desk", "fetch", "--json"])
    assert fetched["new"] == 4 and fetched["exit_code"] == 0 and not fetched["offline"]
    listed = _json(capsys, [*root, "desk", "list", "--json"])["requests"]
    assert len(listed) == 4
    maps = next(r for r in listed if r["subject"] == "Help with 300 maps")
    assert maps["state"] == "new" and maps["channels"] == ["wiki"]

    review = [
        *root,
        "desk",
        "review",
        str(maps["id"]),
        "--reviewer",
        "Anna",
        "--technical",
        "4",
        "--legal",
        "5",
        "--risk",
        "2",
        "--sustainability",
        "3",
    ]
    reviewed = _json(capsys, [*review, "--comment", "Fine maps.", "--json"])
    assert reviewed["scores"]["technical"] == 4
    refused = _json(capsys, [*review[:-1], "9", "--json"], code=2)
    assert refused["problems"][0]["code"] == "desk.score_out_of_range"

    state = _json(
        capsys,
        [*root, "desk", "state", str(maps["id"]), "with-committee", "--assignee", "Anna", "--json"],
    )
    assert (state["state"], state["assignee"], state["state_published"]) == (
        "with_committee",
        "Anna",
        False,
    )
    assert (
        _json(capsys, [*root, "desk", "state", "999", "new", "--json"], 2)["problems"][0]["code"]
        == "desk.not_found"
    )
    assert (
        _json(capsys, [*root, "desk", "state", str(maps["id"]), "maybe", "--json"], 2)["problems"][
            0
        ]["code"]
        == "desk.state_unknown"
    )
    committee = _json(capsys, [*root, "desk", "list", "--state", "with_committee", "--json"])
    assert [r["id"] for r in committee["requests"]] == [maps["id"]]

    reply_file = tmp_path / "reply.txt"  # as Notepad saved it before 2019: Windows-1252
    reply_file.write_bytes("Thank you, the committee looks at it — café?\n".encode("cp1252"))
    queued = _json(
        capsys, [*root, "desk", "reply", str(maps["id"]), "--file", str(reply_file), "--json"]
    )
    assert queued["reply"]["channel"] == "wiki" and queued["reply"]["state"] == "queued"
    assert queued["reply"]["text"].startswith("Thank you, the committee looks at it — café?")
    synced = _json(capsys, [*root, "sync", "--json"])
    assert (synced["sent"], synced["failed"]) == (2, 0)
    after = _json(capsys, [*root, "desk", "list", "--state", "with-committee", "--json"])
    assert after["requests"][0]["replies"][0]["state"] == "sent"

    # The signed section and the mail carry November dates; the two unsigned ones are dated
    # when they were fetched, so the month's count depends on today's date: count it from the list.
    in_november = sum(r["received_at"].startswith("2026-11") for r in listed)
    assert in_november >= 2
    for suffix in ("html", "csv", "pdf"):
        out = tmp_path / f"pack.{suffix}"
        written = _json(capsys, [*root, "desk", "pack", "--month", "2026-11", str(out), "--json"])
        assert written["requests"] == in_november and written["reviewed"] == 1
        assert out.stat().st_size
    html = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "Help with 300 maps" in html and "Fine maps." in html and "with the committee" in html
    assert "<script>" not in html
    rows = list(csv.DictReader(io.StringIO((tmp_path / "pack.csv").read_text("utf-8"))))
    maps_row = next(row for row in rows if row["subject"] == "Help with 300 maps")
    assert maps_row["technical_average"] == "4" and maps_row["scores"] == "Anna: 4/5/2/3"
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    assert run([*root, "desk", "pack", "--month", "2026-11", str(tmp_path / "p.txt")]) == 2
    assert run([*root, "desk", "pack", "--month", "11/2026", str(tmp_path / "p.csv")]) == 2

    wiki.stop()
    imap.stop()
    try:
        offline = _json(capsys, [*root, "desk", "fetch", "--json"], code=3)
    finally:
        wiki.start()
    assert offline["offline"] is True
    assert len(_json(capsys, [*root, "desk", "list", "--json"])["requests"]) == 4
