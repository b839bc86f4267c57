"""Every file name Fieldkit suggests can be saved on Windows, macOS and Linux."""

from __future__ import annotations

import pytest

from desktop_app.core.filenames import MAX_NAME_BYTES, safe_file_name

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')


@pytest.mark.parametrize(
    ("stem", "extension", "expected"),
    [
        (
            "Agreement draft - Nordiska museet / Skansen",
            "pdf",
            "Agreement draft - Nordiska museet - Skansen.pdf",
        ),
        ("Archive: 1920s?", ".csv", "Archive - 1920s.csv"),
        ("Museum \\ Library | Archive", "html", "Museum - Library - Archive.html"),
        ('"Quoted" <name>*', "pdf", "Quoted name.pdf"),
        ("CON", "pdf", "CON_.pdf"),
        ("lpt1", "", "lpt1_"),
        (" .hidden name. ", "odt", "hidden name.odt"),
        ("tab\there\nnewline", "pdf", "tab here newline.pdf"),
        ("", "pdf", "file.pdf"),
        ("///", "pdf", "file.pdf"),
    ],
)
def test_suggested_names_are_safe(stem: str, extension: str, expected: str) -> None:
    assert safe_file_name(stem, extension) == expected


def test_long_names_keep_their_extension_and_whole_characters() -> None:
    name = safe_file_name("Åsa Öberg – " * 40, "pdf")
    assert name.endswith(".pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    name.encode("utf-8").decode("utf-8")  # no character cut in half
    assert not set(name) & WINDOWS_FORBIDDEN


def test_decomposed_letters_are_stored_composed_as_macos_expects() -> None:
    assert safe_file_name("Ska\u030ane", "pdf") == "Skåne.pdf"
