"""Connectivity: ONLINE / OFFLINE / LOGIN_FAILED against the real throwaway wiki."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop_app.wiki.connectivity import Connectivity, check_connectivity
from tests.fixtures.mediawiki import TestWiki

pytestmark = pytest.mark.wiki


def test_reachable_wiki_is_online(wiki_up: TestWiki) -> None:
    result = check_connectivity(wiki_up.api_url, timeout=5)
    assert result.state is Connectivity.ONLINE
    assert "MediaWiki" in result.detail
    assert result.checked_at.tzinfo is not None


def test_good_credentials_are_online(wiki_up: TestWiki, data_dir: Path) -> None:
    result = check_connectivity(
        wiki_up.api_url,
        username=wiki_up.bot_user,
        password=wiki_up.bot_password,
        home=data_dir / "pywikibot",
    )
    assert result.state is Connectivity.ONLINE, result.detail


def test_bad_password_is_login_failed(wiki_up: TestWiki, data_dir: Path) -> None:
    result = check_connectivity(
        wiki_up.api_url,
        username=wiki_up.bot_user,
        password="z" * 32,
        home=data_dir / "pywikibot",
    )
    assert result.state is Connectivity.LOGIN_FAILED
    assert result.detail


def test_stopped_wiki_is_offline_and_online_again_after_restart(wiki_up: TestWiki) -> None:
    wiki_up.stop()
    try:
        began = time.monotonic()
        result = check_connectivity(wiki_up.api_url, timeout=2)
        assert result.state is Connectivity.OFFLINE
        assert time.monotonic() - began < 5
    finally:
        wiki_up.start()
    assert check_connectivity(wiki_up.api_url).state is Connectivity.ONLINE


def test_not_a_wiki_is_offline(wiki_up: TestWiki) -> None:
    result = check_connectivity(f"http://127.0.0.1:{wiki_up.port}/no-such-api.php", timeout=2)
    assert result.state is Connectivity.OFFLINE


def test_empty_url_is_unconfigured() -> None:
    assert check_connectivity("  ").state is Connectivity.UNCONFIGURED
