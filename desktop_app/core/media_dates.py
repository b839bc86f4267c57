"""Dates as partners write them, turned into what a Commons file page expects.

Catalogues and spreadsheets hold ``1923``, ``ca. 1923``, ``1920s``, ``1923-05``,
``30 May 1923``, ``30/05/1923`` or a camera's ``1923:05:30 10:00:00``. Each becomes an
ISO date or the Commons template for it (``{{circa|1923}}``, ``{{other date|decade|1920}}``).
Nothing is guessed: ``05/06/1923`` could be June or May, so it is refused with the
question to answer; slashes and dots are read day first (``DD/MM/YYYY``), as in most of
the world, and a date that only reads month first (``05/30/1923``) is refused with the
date it probably means.

Partners write in their own language: "vers 1923", "hacia 1923", "années 1920", "década
de 1920", "okänt", "غير معروف", and Arabic-Indic digits (١٩٢٣) are read as well, in the
languages Fieldkit speaks (English, Swedish, Spanish, French, Portuguese, Arabic) and
German, Dutch and Italian month names.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

UNKNOWN_DATE = "unknown"
CIRCA = "{{{{circa|{year}}}}}"  # Commons' templates, as written on the file page
DECADE = "{{{{other date|decade|{year}}}}}"
_UNKNOWN_WORDS = frozenset(
    {
        *("unknown", "undated", "n.d.", "n. d.", "nd", "no date"),
        *("okänt", "okänd", "odaterad", "odaterat", "u.å."),  # Swedish
        *("desconocido", "desconocida", "sin fecha", "s.f.", "s/f"),  # Spanish
        *("inconnu", "inconnue", "sans date", "s.d.", "non daté", "non datée"),  # French
        *("desconhecido", "desconhecida", "sem data"),  # Portuguese ("s.d." as French)
        *("غير معروف", "غير معروفة", "بدون تاريخ", "غير مؤرخ", "غير مؤرخة"),  # Arabic
        *("unbekannt", "o.j.", "o. j."),  # German
    }
)
# Arabic-Indic and Eastern Arabic-Indic (Persian, Urdu) digits read as 0-9, the Arabic
# comma as a comma; direction marks (copied along with right-to-left text) dropped.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،", "01234567890123456789,", "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"
)
_ISO = re.compile(
    r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[ T]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?)?)?$"
)
_EXIF = re.compile(r"^(\d{4}):(\d\d):(\d\d)(?:[ T]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_CIRCA = re.compile(
    r"^(?:ca\.?|c\.?|circa|approx\.?|about|~|omkring|omkr\.?|hacia|aprox\.?|aproximadamente"
    r"|vers|env\.?|environ|cerca de|por volta de|um|حوالي|حوالى|نحو|قرابة)\s*(\d{4})$",
    re.IGNORECASE,
)
_DECADE = re.compile(r"^(\d{3}0)(?:'?s|-?talet|er|er jahre)$", re.IGNORECASE)
# "années 1920", "década de 1920", "años 1920", "anos 1920", "عقد 1920"
_DECADE_BEFORE = re.compile(
    r"^(?:les années|années|los años|años|la década de|década de|os anos|anos|العقد|عقد)"
    r"\s+(\d{3}0)$",
    re.IGNORECASE,
)
_CIRCA_TEMPLATE = re.compile(r"^\{\{circa\|(\d{4})\}\}$")
_DECADE_TEMPLATE = re.compile(r"^\{\{other date\|decade\|(\d{3}0)\}\}$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_WORDS = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})$")  # 30 May 1923
_WORDS_US = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")  # May 30, 1923
_MONTH_YEAR = re.compile(r"^([^\W\d_]+)\.?,?\s+(\d{4})$")  # May 1923
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's 1900 leap-year bug aside)

# Month names in the languages of most partners so far (English, Swedish, German, French,
# Spanish, Dutch, Italian), full and abbreviated; a name meaning two months is refused.
_MONTH_NAMES = (
    "january jan januari januar janvier janv enero ene gennaio gen",
    "february feb februari februar février fevrier févr fevr febrero febbraio",
    "march mar mars märz maerz mrz marzo maart",
    "april apr avril abril aprile",
    "may maj mai mayo mei maggio mag",
    "june jun juni juin junio giugno giu",
    "july jul juli juillet juil julio luglio lug",
    "august aug augusti août aout agosto ago augustus",
    "september sep sept septiembre septembre settembre set",
    "october oct okt oktober octobre octubre ottobre ott",
    "november nov noviembre novembre",
    "december dec dez dezember décembre decembre diciembre dic dicembre",
)
# Portuguese; Arabic (the Gregorian names of Egypt and the Maghreb, and the Levantine
# names that are one word; "كانون الثاني" and its kin are two words and not read).
_MORE_MONTH_NAMES = (
    "janeiro يناير جانفي",
    "fevereiro fev فبراير فيفري شباط",
    "março marco مارس آذار",
    "abr أبريل ابريل إبريل أفريل نيسان",
    "maio مايو ماي أيار",
    "junho يونيو يونيه جوان حزيران",
    "julho يوليو يوليه جويلية تموز",
    "أغسطس اغسطس أوت آب",
    "setembro سبتمبر أيلول",
    "outubro out أكتوبر اكتوبر",
    "novembro نوفمبر",
    "dezembro ديسمبر",
)
MONTHS = {
    name: number
    for table in (_MONTH_NAMES, _MORE_MONTH_NAMES)
    for number, names in enumerate(table, 1)
    for name in names.split()
}


class DateRefused(ValueError):
    """A date that cannot be read without guessing; ``code``, ``params`` and the message
    say what to write instead."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def parse_date(text: str, today: date | None = None) -> str:
    """The stored form of a date as typed: ISO, ``{{circa|Y}}``, ``{{other date|decade|Y}}``
    or ``unknown`` (empty stays empty). Raises :class:`DateRefused`."""
    value = " ".join(text.translate(_DIGITS).split())
    if not value:
        return ""
    today = today or date.today()
    if value.lower() in _UNKNOWN_WORDS:
        return UNKNOWN_DATE
    match = _CIRCA_TEMPLATE.match(value) or _CIRCA.match(value)
    if match:
        return CIRCA.format(year=_check_year(int(match.group(1)), value, today))
    match = _DECADE_TEMPLATE.match(value) or _DECADE.match(value) or _DECADE_BEFORE.match(value)
    if match:
        return DECADE.format(year=_check_year(int(match.group(1)), value, today))
    match = _ISO.match(value) or _EXIF.match(value)
    if match:
        return _iso(value, today, *match.groups())
    match = _YEAR_FIRST.match(value)
    if match:
        return _iso(value, today, *match.groups())
    match = _DAY_FIRST.match(value)
    if match:
        return _day_first(value, today, *match.groups())
    named = _named_month(value)
    if named is not None:
        return _iso(value, today, *named)
    if _SERIAL.match(value):
        serial = _EXCEL_EPOCH + timedelta(days=int(float(value)))
        raise DateRefused(
            "date-serial",
            f"'{value}' looks like a spreadsheet's date number ({serial.isoformat()}?). Format "
            "the cell as a date, or write the date as YYYY-MM-DD.",
            value=value,
            suggestion=serial.isoformat(),
        )
    raise DateRefused(
        "bad-date",
        f"'{value}' is not a date Fieldkit can read: write YYYY-MM-DD, YYYY-MM, YYYY, "
        "'ca. YYYY', a decade such as '1920s', or 'unknown'.",
        value=value,
    )


def is_valid_date(text: str) -> bool:
    """True when :func:`parse_date` accepts ``text`` (the check of a stored date)."""
    try:
        parse_date(text)
    except DateRefused:
        return False
    return True


def _named_month(value: str) -> tuple[str, str, str | None] | None:
    """(year, month, day) from "30 May 1923", "May 30, 1923" or "May 1923"."""
    for pattern, order in ((_WORDS, "dmy"), (_WORDS_US, "mdy"), (_MONTH_YEAR, "my")):
        match = pattern.match(value)
        if match is None:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = MONTHS.get(parts["m"].lower())
        if month is None:
            raise DateRefused(
                "bad-date",
                f"'{parts['m']}' in '{value}' is not a month Fieldkit knows; write the date "
                "as YYYY-MM-DD.",
                value=value,
            )
        return parts["y"], str(month), parts.get("d")
    return None


def _day_first(value: str, today: date, first: str, second: str, year: str) -> str:
    day, month = int(first), int(second)
    as_day_first = _real_date(int(year), month, day)
    as_month_first = _real_date(int(year), day, month)
    if as_day_first and as_month_first and day != month:
        raise DateRefused(
            "date-ambiguous",
            f"Is '{value}' {as_day_first.isoformat()} (day first) or "
            f"{as_month_first.isoformat()} (month first)? Write the one you mean as YYYY-MM-DD.",
            value=value,
            day_first=as_day_first.isoformat(),
            month_first=as_month_first.isoformat(),
        )
    if as_day_first is None and as_month_first is not None:
        raise DateRefused(
            "date-month-first",
            f"Fieldkit reads '{value}' day first (DD/MM/YYYY), and there is no month {month}. "
            f"Did you mean {as_month_first.isoformat()}? Write it as YYYY-MM-DD.",
            value=value,
            suggestion=as_month_first.isoformat(),
        )
    return _iso(value, today, year, second, first)


def _iso(
    value: str,
    today: date,
    year: str,
    month: str | None = None,
    day: str | None = None,
    hour: str | None = None,
    minute: str | None = None,
    second: str | None = None,
) -> str:
    number = _check_year(int(year), value, today)
    if month is None:
        return number
    if not 1 <= int(month) <= 12:
        raise DateRefused("bad-date", f"'{value}' has no month {int(month)}.", value=value)
    if day is None:
        return f"{number}-{int(month):02d}"
    real = _real_date(int(year), int(month), int(day))
    if real is None:
        raise DateRefused("bad-date", f"'{value}' is not a day of the calendar.", value=value)
    if real > today:
        raise _future(value)
    text = real.isoformat()
    if hour is not None:
        text += f" {hour}:{minute}:{second or '00'}"
    return text


def _check_year(year: int, value: str, today: date) -> str:
    if year > today.year:
        raise _future(value)
    return f"{year:04d}"


def _future(value: str) -> DateRefused:
    return DateRefused(
        "date-in-future",
        f"'{value}' is in the future. If a spreadsheet turned a date into a number, format "
        "the cell as a date or write YYYY-MM-DD.",
        value=value,
    )


def _real_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
