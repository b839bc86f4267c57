"""Sort keys that order text as people read it (issue 11: the media table's sort)."""

from __future__ import annotations

import pytest

from desktop_app.core.sort_keys import NUMBER_WIDTH, language_code, text_sort_keys


def ordered(texts: list[str], language: str = "") -> list[str]:
    keys = text_sort_keys(texts, language)
    return [text for _, text in sorted(zip(keys, texts, strict=True))]


def test_case_is_ignored_and_numbers_compare_by_value() -> None:
    expected = ["apple", "Banana", "IMG_2", "img_10", "IMG_100", "scan 9b", "scan 10a", "Zebra"]
    assert ordered(expected[::-1]) == expected


def test_accents_only_break_ties() -> None:
    expected = ["cote", "coté", "côte", "côté", "cotes", "Émile", "Eva"]  # as ICU's root order
    assert ordered(expected[::-1]) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sv", ["Oslo", "Zürich", "Åre", "Ärla", "Öland"]),
        ("fi", ["Oslo", "Zürich", "Åre", "Ärla", "Öland"]),
        ("da", ["Oslo", "Zürich", "Ærø", "Øster", "Århus"]),
        ("nb", ["Oslo", "Zürich", "Ærø", "Øster", "Århus"]),
        ("de", ["Åre", "Ärla", "Öland", "Oslo", "Zürich"]),
        ("es", ["nube", "nunca", "ñandú", "oso"]),
        ("en", ["ñandú", "nube", "nunca", "oso"]),
    ],
)
def test_the_readers_alphabet_decides_where_letters_go(language: str, expected: list[str]) -> None:
    assert ordered(expected[::-1], language) == expected
    assert ordered(expected[1::2] + expected[::2], language) == expected


def test_long_numbers_and_composed_forms_still_sort() -> None:
    long_number = "9" * (NUMBER_WIDTH + 5)
    assert ordered([long_number, "1"]) == ["1", long_number]
    decomposed = "A\u030arhus"  # "Århus" typed with a combining ring
    assert ordered([decomposed, "Zug"], "da") == ["Zug", decomposed]


def test_language_code_takes_the_language_of_a_locale_name() -> None:
    assert [language_code(name) for name in ("sv_SE", "pt-BR", "en", "C.UTF-8")] == [
        "sv",
        "pt",
        "en",
        "c",
    ]
