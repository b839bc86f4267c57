"""The helpdesk page is Commons' own: elsewhere it must be chosen, and fixing it sends by itself.

``Commons:Batch uploading`` is the Content Partnerships Helpdesk's page on Wikimedia
Commons. On any other wiki "Commons:" is an interwiki prefix and the post fails with "Bad
title", so there the default counts as not chosen and the user is asked. A request that
failed because of the page goes out again once the page is changed in the settings, with
no "Retry now" (checked against the real test wiki).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.form_checks import InvalidInput
from desktop_app.core.help_request import RequestForm
from desktop_app.core.help_request_delivery import RequestState, queue_problems
from desktop_app.core.helpdesk import HelpdeskChanges
from desktop_app.core.settings import COMMONS_API_URL, DEFAULT_HELPDESK_PAGE, AppSettings
from desktop_app.services.account import set_account
from desktop_app.services.helpdesk import get_helpdesk, set_helpdesk
from desktop_app.services.requests.drafts import get_request, new_request
from desktop_app.services.requests.queueing import queue_request
from desktop_app.services.sync_pass import sync_once
from desktop_app.store.context import AppContext
from desktop_app.store.repositories.settings import update_settings
from tests.fixtures.mediawiki import TestWiki
from tests.partnerships.conftest import unique_page

LOCAL_WIKI = "http://127.0.0.1:8080/w/api.php"
FORM = RequestForm(subject="Glass plates", body="We would like help with a batch upload.")


def test_the_default_page_is_commons_only() -> None:
    on_commons = AppSettings(wiki_api_url=COMMONS_API_URL)
    elsewhere = AppSettings(wiki_api_url=LOCAL_WIKI)
    assert on_commons.helpdesk_page_for_wiki == DEFAULT_HELPDESK_PAGE
    assert on_commons.helpdesk_by_wiki and not on_commons.helpdesk_page_unchosen
    assert elsewhere.helpdesk_page_for_wiki == ""
    assert elsewhere.helpdesk_page_unchosen and not elsewhere.helpdesk_by_wiki
    chosen = AppSettings(wiki_api_url=LOCAL_WIKI, helpdesk_page="Project:Help desk")
    assert chosen.helpdesk_page_for_wiki == "Project:Help desk"

    assert [p.code for p in queue_problems(FORM, on_commons)] == []
    assert [p.code for p in queue_problems(FORM, elsewhere)] == ["helpdesk.page_not_chosen"]
    mailed = AppSettings(
        wiki_api_url=LOCAL_WIKI,
        helpdesk_email="help@example.org",
        helpdesk_smtp_host="smtp.example.org",
        helpdesk_from_address="fieldkit@example.org",
    )
    assert queue_problems(FORM, mailed) == []  # mail needs no page


def test_elsewhere_a_request_is_refused_until_a_page_is_chosen(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_account(ctx, LOCAL_WIKI, "")
    request_id = new_request(ctx.db, subject=FORM.subject, body=FORM.body)
    with pytest.raises(InvalidInput) as refused:
        queue_request(ctx.db, request_id)
    assert refused.value.codes == ["helpdesk.page_not_chosen"]
    shown = get_helpdesk(ctx.db)
    assert shown.wiki_page == "" and shown.wiki_page_missing and shown.channels == ()

    set_helpdesk(ctx.db, HelpdeskChanges(wiki_page="Project:Help desk"))
    queue_request(ctx.db, request_id)
    assert get_request(ctx.db, request_id).summary.state == RequestState.QUEUED


def test_cli_says_the_page_must_be_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    monkeypatch.setenv("FIELDKIT_PASSWORD", "not-used-here-but-asked-for-00001")
    assert run([*data, "account", "set", "--api", LOCAL_WIKI, "--user", "Ann@Fieldkit"]) == 0
    capsys.readouterr()
    assert run([*data, "helpdesk", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["wiki_page"] == "" and shown["wiki_page_missing"] is True
    description = tmp_path / "text.txt"
    description.write_text(FORM.body, encoding="utf-8")
    run([*data, "partnership", "add", "Museum"])
    capsys.readouterr()
    adding = ["request", "add", "--partnership", "Museum", "--subject", FORM.subject]
    assert run([*data, *adding, "--description-file", str(description), "--json"]) == 2
    refusal = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in refusal["problems"]] == ["helpdesk.page_not_chosen"]


@pytest.mark.wiki
def test_a_bad_page_fixed_in_the_settings_goes_out_without_retry_now(
    wiki_ctx: AppContext, wiki_up: TestWiki
) -> None:
    with wiki_ctx.db.session() as session:
        update_settings(session, helpdesk_page=DEFAULT_HELPDESK_PAGE + " (typo]")
    request_id = new_request(wiki_ctx.db, subject=FORM.subject, body=FORM.body)
    queue_request(wiki_ctx.db, request_id)

    report = sync_once(wiki_ctx)

    assert report.failed == 1 and report.errors[0]["code"] == "refused:invalidtitle"
    summary = get_request(wiki_ctx.db, request_id).summary
    assert summary.state == RequestState.FAILED and summary.next_attempt_at is None
    assert summary.channels[0].error_code == "refused:invalidtitle"

    page = unique_page()
    set_helpdesk(wiki_ctx.db, HelpdeskChanges(wiki_page=page))  # as Settings saves it

    assert get_request(wiki_ctx.db, request_id).summary.state == RequestState.QUEUED
    assert sync_once(wiki_ctx, due_only=True).sent == 1  # the next ordinary pass
    sent = get_request(wiki_ctx.db, request_id).summary
    assert sent.state == RequestState.SENT and sent.remote_url
    assert page.rpartition(":")[2].replace(" ", "_") in sent.remote_url


@pytest.mark.wiki
def test_a_request_queued_for_commons_waits_for_the_new_wikis_page(
    ctx: AppContext, wiki_up: TestWiki, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDKIT_PASSWORD", wiki_up.bot_password)
    request_id = new_request(ctx.db, subject=FORM.subject, body=FORM.body)
    queue_request(ctx.db, request_id)  # on Commons, to its helpdesk page
    set_account(ctx, wiki_up.api_url, wiki_up.bot_user)  # then: the local wiki

    report = sync_once(ctx)

    assert report.failed == 1 and report.errors[0]["code"] == "helpdesk_page_missing"
    assert get_request(ctx.db, request_id).summary.state == RequestState.FAILED
    set_helpdesk(ctx.db, HelpdeskChanges(wiki_page=unique_page()))
    assert sync_once(ctx, due_only=True).sent == 1
    assert get_request(ctx.db, request_id).summary.state == RequestState.SENT
