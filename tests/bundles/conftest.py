"""Fixtures for the bundle tests: laptop A and laptop B, and a place outside both."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from tests.bundles.laptops import Laptop


@pytest.fixture
def laptop_a(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Laptop:
    """The museum's laptop: prepares the batch, never sees a connection (until late)."""
    folder = tmp_path / "laptop-a"
    folder.mkdir()
    return Laptop("A", folder, capsys)


@pytest.fixture
def laptop_b(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Laptop:
    """The office laptop with a connection."""
    folder = tmp_path / "laptop-b"
    folder.mkdir()
    return Laptop("B", folder, capsys)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """The USB stick that travels between them."""
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """No keyring: passwords come from the environment, as on a minimal desktop."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
