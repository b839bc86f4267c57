"""Values as partners write them in sheets: licences, dates, wikitext, and what is refused."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.media_dates import (
    _MONTH_NAMES,
    _MORE_MONTH_NAMES,
    MONTHS,
    DateRefused,
    parse_date,
)
from desktop_app.core.media_fields import MAX_FIELD_CHARS, FieldError, parse_value
from desktop_app.store.bundled import licence_catalogue

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    "text",
    [
        "cc-by-sa-4.0",
        "CC BY-SA 4.0",
        "cc by sa 4.0",
        "  CC  BY-SA   4.0 ",
        "Cc_By_Sa_4.0",
        "{{cc-by-sa-4.0}}",
        "{{Template:Cc-by-sa-4.0}}",
        "https://creativecommons.org/licenses/by-sa/4.0/",
        "http://creativecommons.org/licenses/by-sa/4.0/deed.sv",
        "https://creativecommons.org/licenses/by-sa/4.0/legalcode",
        "CC BY-SA 4.0 (attribution, share-alike)",
        "Creative Commons Attribution-ShareAlike 4.0 International",
    ],
)
def test_a_licence_cell_accepts_what_people_write(text: str) -> None:
    assert parse_value("licence", text, licence_catalogue()) == "cc-by-sa-4.0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("{{cc-zero}}", "cc0-1.0"), ("CC0", "cc0-1.0"), ("{{PD-old-70}}", "pd-old-70")],
)
def test_templates_and_aliases_of_other_licences(text: str, expected: str) -> None:
    assert parse_value("licence", text, licence_catalogue()) == expected


def test_an_unknown_licence_is_refused_with_the_closest_matches() -> None:
    with pytest.raises(FieldError) as refused:
        parse_value("licence", "CC BY-SA 3.0", licence_catalogue())
    assert refused.value.code == "bad-licence"
    assert refused.value.params["closest"].split(", ")[0] == "cc-by-sa-4.0"
    assert "cc-by-sa-4.0" in str(refused.value)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("1923", "1923"),
        ("ca. 1923", "{{circa|1923}}"),
        ("c. 1923", "{{circa|1923}}"),
        ("circa 1923", "{{circa|1923}}"),
        ("1920s", "{{other date|decade|1920}}"),
        ("1920-talet", "{{other date|decade|1920}}"),
        ("1923-05", "1923-05"),
        ("1923-05-30", "1923-05-30"),
        ("30 May 1923", "1923-05-30"),
        ("30. Mai 1923", "1923-05-30"),
        ("30 maj 1923", "1923-05-30"),
        ("May 30, 1923", "1923-05-30"),
        ("May 1923", "1923-05"),
        ("30/05/1923", "1923-05-30"),
        ("30.05.1923", "1923-05-30"),
        ("12/12/1923", "1923-12-12"),
        ("1923/05/30", "1923-05-30"),
        ("1923:05:30 10:00:00", "1923-05-30 10:00:00"),
        ("1923-05-30T10:00:00", "1923-05-30 10:00:00"),
        ("unknown", "unknown"),
        ("n.d.", "unknown"),
        ("{{circa|1923}}", "{{circa|1923}}"),  # what an export wrote comes back unchanged
        ("{{other date|decade|1920}}", "{{other date|decade|1920}}"),
    ],
)
def test_dates_as_partners_write_them(text: str, stored: str) -> None:
    assert parse_date(text, TODAY) == stored


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("05/06/1923", "date-ambiguous", {"day_first": "1923-06-05", "month_first": "1923-05-06"}),
        ("05/30/1923", "date-month-first", {"suggestion": "1923-05-30"}),
        ("44927", "date-serial", {"suggestion": "2023-01-01"}),
        ("8547", "date-in-future", {}),
        ("2030-01-01", "date-in-future", {}),
        ("1923-02-30", "bad-date", {}),
        ("1923-13", "bad-date", {}),
        ("30 Foo 1923", "bad-date", {}),
        ("last summer", "bad-date", {}),
        ("1925s", "bad-date", {}),
    ],
)
def test_dates_that_need_a_guess_are_refused_with_a_question(
    text: str, code: str, params: dict[str, str]
) -> None:
    with pytest.raises(DateRefused) as refused:
        parse_date(text, TODAY)
    assert refused.value.code == code
    assert refused.value.params["value"] == text
    assert params.items() <= refused.value.params.items()


def test_no_month_name_means_two_months() -> None:
    names = [
        n for table in (_MONTH_NAMES, _MORE_MONTH_NAMES) for names in table for n in names.split()
    ]
    assert len(names) == len(set(names)) == len(MONTHS)


@pytest.mark.parametrize("field", ["author", "source", "institution"])
def test_wikitext_cells_are_kept_and_unbalanced_ones_refused(field: str) -> None:
    catalogue = licence_catalogue()
    for kept in ("[[Creator:Carl Larsson]]", "{{Institution:Nordiska museet}}", "Anna _x_"):
        assert parse_value(field, kept, catalogue) == kept
    with pytest.raises(FieldError) as refused:
        parse_value(field, "{{Creator:Carl Larsson}", catalogue)
    assert (refused.value.code, refused.value.params["detail"]) == ("wikitext-unbalanced", "{{")
    with pytest.raises(FieldError) as category:
        parse_value(field, "[[Category:Paintings]]", catalogue)
    assert category.value.code == "wikitext-category-link"


@pytest.mark.parametrize("field", ["description:en", "title", "author", "caption:sv"])
def test_control_characters_and_overlong_text_are_refused(field: str) -> None:
    catalogue = licence_catalogue()
    with pytest.raises(FieldError) as nul:
        parse_value(field, "A fox\x00 in snow", catalogue)
    assert nul.value.code == "bad-characters" and nul.value.params["characters"] == "U+0000"
    with pytest.raises(FieldError) as long:
        parse_value(field, "x" * (MAX_FIELD_CHARS + 1), catalogue)
    assert long.value.code == "too-long" and long.value.params["limit"] == MAX_FIELD_CHARS
    assert parse_value(field, "Tabs\tand\nlines", catalogue)  # ordinary whitespace is text


def test_circa_and_decades_reach_the_page_as_commons_templates() -> None:
    from desktop_app.core.media_wikitext import FilePage, file_page_wikitext
    from desktop_app.store.bundled import get_licence

    for typed, shown in (("ca. 1923", "{{circa|1923}}"), ("1920s", "{{other date|decade|1920}}")):
        page = FilePage(descriptions={"en": "x"}, date=parse_date(typed, TODAY))
        assert f"|date={shown}\n" in file_page_wikitext(page, get_licence("cc0-1.0"))
