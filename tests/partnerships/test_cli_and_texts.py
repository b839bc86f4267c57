"""The CLI contract, request validation and rendering, replies parsing, guides, agreement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.agreement import AgreementData, missing_fields, render_agreement_html
from desktop_app.core.help_request import AttachmentInfo, RequestForm, validate_request
from desktop_app.core.help_request_text import HelpRequestContent, render_section_text
from desktop_app.core.replies import extract_replies
from desktop_app.services.agreements import export_agreement
from desktop_app.services.catalogues import get_guide, list_guides, search_guides
from desktop_app.services.partnerships import create_partnership
from desktop_app.store.bundled import document_phrases, get_licence
from desktop_app.store.context import AppContext
from tests.partnerships.helpers import NASTY


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, object]:
    code = run(argv)
    return code, json.loads(capsys.readouterr().out)


def test_cli_partnership_add_and_list(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, added = _json(
        capsys,
        ["partnership", "add", "Riksarkivet", "--kind", "archive", "--country", "SE", "--json"],
    )
    assert code == 0 and isinstance(added, dict)
    assert (added["name"], added["kind"], added["country"], added["status"]) == (
        "Riksarkivet",
        "archive",
        "SE",
        "idea",
    )
    code, listed = _json(capsys, ["partnership", "list", "--json"])
    assert code == 0 and isinstance(listed, dict)
    assert [p["name"] for p in listed["partnerships"]] == ["Riksarkivet"]
    assert listed["partnerships"][0]["progress"]["percent"] == 100  # no steps yet
    assert run(["partnership", "add", "riksarkivet"]) == 2  # name taken
    assert "partnership.name_taken" in capsys.readouterr().err


def test_cli_helpdesk_set_refuses_a_bad_address(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, refused = _json(capsys, ["helpdesk", "set", "--email", "not-an-address", "--json"])
    assert code == 2 and isinstance(refused, dict)
    assert refused["problems"][0]["code"] == "email.invalid"
    code, shown = _json(
        capsys,
        [
            "helpdesk",
            "set",
            "--wiki-page",
            "Project:Help",
            "--email",
            "help@example.org",
            "--smtp",
            "mail.example.org:2525",
            "--tls",
            "--json",
        ],
    )
    assert code == 0 and isinstance(shown, dict)
    assert (shown["smtp_host"], shown["smtp_port"], shown["smtp_security"]) == (
        "mail.example.org",
        2525,
        "tls",
    )
    assert shown["channels"] == ["wiki", "email"]


def test_cli_request_add_takes_help_as_help_wanted_and_lists_state(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(["partnership", "add", "Museum"])
    description = tmp_path / "d.txt"
    description.write_text("Glass plates — صور", encoding="utf-8")
    capsys.readouterr()
    code, added = _json(
        capsys,
        [
            "request",
            "add",
            "--partnership",
            "museum",
            "--subject",
            "Upload help",
            "--description-file",
            str(description),
            "--help",
            "batch-upload,metadata",
            "--json",
        ],
    )
    assert code == 0 and isinstance(added, dict)
    assert added["state"] == "queued" and added["partnership"] == "Museum"
    code, listed = _json(capsys, ["request", "list", "--json"])
    assert isinstance(listed, dict)
    (request,) = listed["requests"]
    assert request["state"] == "queued" and request["remote_url"] is None
    assert [c["kind"] for c in request["channels"]] == ["help_request.wiki_section"]
    code, shown = _json(capsys, ["request", "show", str(request["id"]), "--json"])
    assert isinstance(shown, dict)
    assert "* '''Help wanted:''' Batch upload, Metadata" in shown["preview"]["wiki_text"]
    code = run(
        [
            "request",
            "add",
            "--partnership",
            "Nobody",
            "--subject",
            "x",
            "--description-file",
            str(description),
        ]
    )
    assert code == 2 and "partnership.not_found" in capsys.readouterr().err


def test_validation_reports_codes_per_field() -> None:
    problems = validate_request(
        RequestForm(
            subject="",
            body=" ",
            requester_email="a@b",
            requester_username="Bad|Name",
            help_wanted=("other", "magic"),
            attachments=(AttachmentInfo("a.tif", 4 * 2**20), AttachmentInfo("b.tif", 7 * 2**20)),
        )
    )
    blocking = {(p.code, p.params["field"]) for p in problems if p.blocking}
    assert blocking == {
        ("request.subject_missing", "subject"),
        ("request.description_missing", "body"),
        ("email.invalid", "requester_email"),
        ("request.username_invalid", "requester_username"),
        ("request.help_unknown", "help_wanted"),
        ("request.help_other_missing", "help_other"),
        ("attachment.too_large", "attachments"),
        ("attachment.total_too_large", "attachments"),
    }


def test_rendered_section_has_one_marker_one_signature_and_no_raw_markup() -> None:
    form = RequestForm(subject="s", body=NASTY, impact=NASTY, requester_name=NASTY)
    text = render_section_text(HelpRequestContent("u-1", "s", NASTY, form=form))
    assert text.count("~~~~") == 1 and text.endswith("~~~~")
    assert text.count("<!-- fieldkit-request: u-1 -->") == 1
    for raw in ("[[Category", "}}", "{{", "__NOTOC__", "<nowiki>", "\n==", "\n{|", "\n----"):
        assert raw not in text


def test_replies_are_split_at_signatures_and_stop_at_the_next_section() -> None:
    page = (
        "== Older ==\nold text\n== Help ==\n<!-- fieldkit-request: u-1 -->\nBody\n"
        "''Sent with Fieldkit.'' [[User:Bot|Bot]] 10:00, 1 May 2026 (UTC)\n"
        ":Sure. [[User:Helper|Helper]] ([[User talk:Helper|talk]]) 11:00, 1 May 2026 (UTC)\n"
        "::Thanks! [[User:Bot|Bot]] 12:00, 1 May 2026 (UTC)\n== Next ==\nnot ours ~~~~\n"
    )
    replies = extract_replies(page, "u-1")
    assert replies is not None
    assert [(r.author, r.signed_at) for r in replies] == [
        ("Helper", "11:00, 1 May 2026 (UTC)"),
        ("Bot", "12:00, 1 May 2026 (UTC)"),
    ]
    assert extract_replies(page, "gone") is None


def test_guides_are_bundled_searchable_and_linked_from_checklists() -> None:
    from desktop_app.store.bundled import checklist_templates as load_templates

    ids = {guide.id for guide in list_guides("sv")}  # Swedish, English as the fallback
    assert {
        "partnership-agreement",
        "talking-about-licences",
        "batch-upload",
        "sharing-outcomes",
    } <= ids
    assert [g.id for g in search_guides("GLAMorous")] == ["sharing-outcomes"]
    assert get_guide("batch-upload").markdown.startswith("# How a batch upload works")
    linked = {item.guide for t in load_templates() for item in t.items if item.guide}
    assert linked <= ids


def test_agreement_draft_has_blanks_the_licence_and_the_disclaimer(
    ctx: AppContext, tmp_path: Path
) -> None:
    partner = create_partnership(ctx.db, "Musée <b>d'Orsay</b>", country="FR")
    written = export_agreement(ctx.db, partner.id, tmp_path / "draft.html", title="Draft")
    assert written.missing == ["partner_contact", "volunteer_name", "material", "licence"]
    html = written.path.read_text(encoding="utf-8")
    assert "not legal advice" in html and "Musée &lt;b&gt;d&#x27;Orsay&lt;/b&gt;" in html
    assert "(licence, e.g. CC BY 4.0)" in html and "(which collection" in html
    full = render_agreement_html(
        AgreementData(partner_name="X", licence=get_licence("cc0-1.0")),
        document_phrases("agreement", "en"),
    )
    assert "CC0 1.0" in full and "(licence, e.g." not in full
    assert missing_fields(AgreementData(partner_name="X")) == [
        "partner_contact",
        "volunteer_name",
        "material",
        "credit_line",
        "licence",
    ]
