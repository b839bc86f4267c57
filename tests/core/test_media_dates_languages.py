"""Dates as partners write them in their own language and script (besides English)."""

from __future__ import annotations

import pytest

from desktop_app.core.media_dates import DateRefused, parse_date

CIRCA_1923 = "{{circa|1923}}"
DECADE_1920 = "{{other date|decade|1920}}"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        # circa
        ("omkring 1923", CIRCA_1923),
        ("hacia 1923", CIRCA_1923),
        ("aprox. 1923", CIRCA_1923),
        ("vers 1923", CIRCA_1923),
        ("env. 1923", CIRCA_1923),
        ("cerca de 1923", CIRCA_1923),
        ("por volta de 1923", CIRCA_1923),
        ("حوالي 1923", CIRCA_1923),
        ("حوالي ١٩٢٣", CIRCA_1923),
        # decades
        ("1920-talet", DECADE_1920),
        ("années 1920", DECADE_1920),
        ("les années 1920", DECADE_1920),
        ("década de 1920", DECADE_1920),
        ("años 1920", DECADE_1920),
        ("anos 1920", DECADE_1920),
        ("عقد ١٩٢٠", DECADE_1920),
        # unknown
        ("okänt", "unknown"),
        ("Desconocido", "unknown"),
        ("sin fecha", "unknown"),
        ("inconnue", "unknown"),
        ("s.d.", "unknown"),
        ("desconhecido", "unknown"),
        ("sem data", "unknown"),
        ("غير معروف", "unknown"),
        # month names and digits
        ("30 maio 1923", "1923-05-30"),
        ("março 1923", "1923-03"),
        ("5 de outubro de 1923".replace(" de ", " "), "1923-10-05"),
        ("30 مايو 1923", "1923-05-30"),
        ("30 مايو، 1923", "1923-05-30"),
        ("5 أيلول 1923", "1923-09-05"),
        ("١٩٢٣-٠٥-٣٠", "1923-05-30"),
        ("\u200f30/05/1923\u200f", "1923-05-30"),
        ("۱۹۲۳", "1923"),
    ],
)
def test_a_date_in_the_partners_language_is_read(typed: str, stored: str) -> None:
    assert parse_date(typed) == stored


@pytest.mark.parametrize("typed", ["vers 2999", "années 1925", "30 Brumaire 1923", "٠٥/٠٦/١٩٢٣"])
def test_what_cannot_be_read_without_guessing_is_still_refused(typed: str) -> None:
    with pytest.raises(DateRefused):
        parse_date(typed)
