"""Setting the helpdesk: one use case for the CLI and the Settings area."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from desktop_app.cli import run
from desktop_app.core.form_checks import InvalidInput
from desktop_app.services.helpdesk import (
    HelpdeskChanges,
    PasswordOutcome,
    get_helpdesk,
    set_helpdesk,
)
from desktop_app.store.context import AppContext


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_settings_are_saved_even_when_the_keyring_refuses_the_password(
    ctx: AppContext, no_keyring: None
) -> None:
    saved = set_helpdesk(
        ctx.db,
        HelpdeskChanges(email="help@example.org", smtp_server="mail.example.org", smtp_user="k"),
        smtp_password="secret",
    )
    assert saved.password == PasswordOutcome.NOT_STORED and saved.password_error
    shown = get_helpdesk(ctx.db)
    assert (shown.smtp_host, shown.smtp_port, shown.smtp_user) == ("mail.example.org", 587, "k")
    assert shown.channels == ("wiki", "email")


def test_the_password_is_asked_for_only_when_a_login_is_set(ctx: AppContext) -> None:
    asked: list[bool] = []

    def ask() -> str | None:
        asked.append(True)
        return None

    saved = set_helpdesk(ctx.db, HelpdeskChanges(wiki_page="Project:Help"), smtp_password=ask)
    assert saved.password == PasswordOutcome.NOT_NEEDED and not asked
    saved = set_helpdesk(ctx.db, HelpdeskChanges(smtp_user="karin"), smtp_password=ask)
    assert saved.password == PasswordOutcome.NOT_GIVEN and asked == [True]


def test_refused_changes_name_the_settings_field_and_save_nothing(ctx: AppContext) -> None:
    with pytest.raises(InvalidInput) as refused:
        set_helpdesk(ctx.db, HelpdeskChanges(wiki_page="Other", smtp_server="mail:port"))
    assert [(p.code, p.params["field"]) for p in refused.value.problems] == [
        ("smtp.port_invalid", "helpdesk_smtp_host")
    ]
    assert get_helpdesk(ctx.db).wiki_page != "Other"


def test_cli_names_the_flag_and_says_when_no_smtp_password_was_given(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIELDKIT_SMTP_PASSWORD", raising=False)
    assert run(["helpdesk", "set", "--from", "nobody", "--json"]) == 2
    refused = json.loads(capsys.readouterr().out)
    assert refused["problems"][0]["params"]["field"] == "--from"
    assert run(["helpdesk", "set", "--smtp", "mail.example.org", "--smtp-user", "karin"]) == 0
    assert "No SMTP password given" in capsys.readouterr().err
    assert run(["helpdesk", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["smtp_user"], shown["smtp_port"]) == ("karin", 587)


def test_cli_request_show_of_an_unknown_request_exits_1(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["request", "show", "999"]) == 1
    assert "No request 999." in capsys.readouterr().err
