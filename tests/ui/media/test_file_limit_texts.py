"""A type or size the wiki refuses reads as a plain sentence with the way out, in Swedish too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.filetypes import check_file_type
from desktop_app.store.bundled import commons_file_policy
from desktop_app.ui.i18n import install_language
from desktop_app.ui.media.problem_text import problem_message


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_language("en")
    yield
    install_language("en")


def test_an_mp4_says_webm_and_gives_the_command(english: None) -> None:
    [problem] = check_file_type("Reel 1.mp4", 10**8, "iso-media", commons_file_policy())
    text = problem_message(problem)
    assert text.startswith("The wiki does not accept .mp4 files. Convert the video to WebM")
    assert text.endswith("For example: " + problem.params["command"])


def test_a_file_too_large_names_both_sizes_in_swedish(english: None) -> None:
    [problem] = check_file_type("Reel 3.webm", 6 * 1024**3, "matroska", commons_file_policy())
    install_language("sv")
    text = problem_message(problem)
    assert "6.0 GB" in text and "5.0 GB" in text
    assert "ffmpeg" in text and "The file is" not in text  # translated, command kept
