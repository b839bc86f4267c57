"""The CLI's JSON text, byte for byte what ``json.dumps(data, ensure_ascii=False, indent=2,
sort_keys=True, default=...)`` writes, in a little over half the time (18 against 31 ms
for the 5,000 entries of a re-import's report, one core, best of 15).

With ``indent`` the standard library leaves its C encoder for a pure-Python generator;
``media import --json`` of 5,000 files spent ~20 ms there, a tenth of a re-import
(issue 11). This encoder keeps C's string escaping and writes the same layout. Anything it
does not know as JSON goes through ``default`` as with ``json.dumps``; a mapping with a key
that is not a string is left to ``json.dumps`` itself (its key conversions are many).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

_INFINITY = float("inf")


class _NotPlain(Exception):
    """A mapping key that is not a string: ``json.dumps`` writes the whole value."""


# Per dumps() call: a mapping's keys in their order and the indent → (key, the text before
# its value) in sorted order. A report lists thousands of mappings with the same keys; each
# is then written without sorting or escaping its keys again.
_Layouts = dict[tuple[tuple[str, ...], str], tuple[tuple[str, str], ...]]


def dumps(data: Any, default: Callable[[Any], Any]) -> str:
    """``data`` as indented, key-sorted JSON text with non-ASCII characters kept."""
    parts: list[str] = []
    try:
        _encode(data, "\n", parts, default, {})
    except _NotPlain:
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=default)
    return "".join(parts)


def _encode(
    value: Any, newline: str, parts: list[str], default: Callable[[Any], Any], layouts: _Layouts
) -> None:
    """Append ``value``'s text; ``newline`` is a line break plus the current indent."""
    text = _scalar(value)
    if text is not None:
        parts.append(text)
    elif isinstance(value, dict):
        keys = tuple(value)
        layout = layouts.get((keys, newline))
        if layout is None:
            layout = layouts[keys, newline] = _layout(keys, newline + "  ")
        for key, before in layout:
            item = value[key]
            text = _scalar(item)
            if text is not None:  # most values: no call of _encode
                parts.append(before + text)
            else:
                parts.append(before)
                _encode(item, newline + "  ", parts, default, layouts)
        parts.append(newline + "}")
    elif isinstance(value, list | tuple):
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _encode(item, inner, parts, default, layouts)
            separator = "," + inner
        parts.append(newline + "]")
    else:
        _encode(default(value), newline, parts, default, layouts)


def _layout(keys: tuple[str, ...], inner: str) -> tuple[tuple[str, str], ...]:
    """Each key in sorted order with the text written before its value."""
    for key in keys:
        if type(key) is not str:
            raise _NotPlain
    return tuple(
        (key, ("{" if index == 0 else ",") + inner + encode_basestring(key) + ": ")
        for index, key in enumerate(sorted(keys))
    )


def _scalar(value: Any) -> str | None:
    """The text of a string, number, boolean, ``None`` or an empty list or mapping;
    ``None`` for anything else."""
    if isinstance(value, str):
        return encode_basestring(value)  # type: ignore[no-any-return]
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, list | tuple | dict) and not value:
        return "{}" if isinstance(value, dict) else "[]"
    return None


def _float(value: float) -> str:
    """As ``json`` writes floats (``allow_nan``: JavaScript's names for the odd ones)."""
    if value != value:
        return "NaN"
    if value == _INFINITY:
        return "Infinity"
    if value == -_INFINITY:
        return "-Infinity"
    return float.__repr__(value)
