"""The CLI's fast JSON writer gives exactly the bytes of ``json.dumps`` (issue 11)."""

from __future__ import annotations

import enum
import json
import random
from datetime import date, datetime
from typing import Any

import pytest

from desktop_app.cli.common import _json_value
from desktop_app.cli.json_text import dumps


class Colour(enum.StrEnum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


def standard(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=_json_value)


ODD_VALUES: list[Any] = [
    "",
    'فوتو — "quoted" \\ back\nline\ttab \x00 \u2028 😀',
    0,
    -7,
    2**70,
    0.1,
    -0.0,
    1e16,
    1.5e-9,
    float("nan"),
    float("inf"),
    float("-inf"),
    True,
    False,
    None,
    [],
    {},
    (),
    (1, "two"),
    Colour.RED,
    Level.HIGH,
    date(2026, 12, 1),
    datetime(2026, 12, 1, 10, 5, 3, 120),
    {"z": 1, "a": [{}], "ä": {"b": []}, "A": None},
]


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_odd_values_read_as_json_dumps_writes_them(value: Any) -> None:
    assert dumps(value, default=_json_value) == standard(value)
    assert dumps({"key": value, "list": [value, [value]]}, default=_json_value) == standard(
        {"key": value, "list": [value, [value]]}
    )


def random_value(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(9 if depth < 4 else 6)
    if choice < 6:
        return rng.choice(ODD_VALUES[:18])
    if choice < 8:
        return {
            rng.choice(["path", "status", "ü", "a b", "", "Z"]) + str(rng.randrange(3)): (
                random_value(rng, depth + 1)
            )
            for _ in range(rng.randrange(5))
        }
    return [random_value(rng, depth + 1) for _ in range(rng.randrange(5))]


def test_random_structures_read_as_json_dumps_writes_them() -> None:
    rng = random.Random(11)
    for _ in range(500):
        value = random_value(rng)
        assert dumps(value, default=_json_value) == standard(value)


def test_keys_that_are_not_text_are_left_to_json_dumps() -> None:
    value = {"files": [{2: "two", 1: "one"}], "a": 1}
    assert dumps(value, default=_json_value) == standard(value)  # '"1": "one"' first
    mixed = {"files": [{1: "one", None: "none"}]}
    with pytest.raises(TypeError):  # cannot be sorted: json.dumps says so, as before
        dumps(mixed, default=_json_value)


def test_many_mappings_with_the_same_keys_in_any_order_and_depth() -> None:
    """Each key set's layout is worked out once per call: orders and depths must not mix."""
    entry = {"path": "a/ü.jpg", "status": "added", "item_id": 1, "problems": []}
    reordered = {"status": "x", "problems": [{"code": "c"}], "path": "p", "item_id": None}
    value = {
        "files": [entry, reordered, {**entry, "problems": [entry]}, entry],
        "nested": {"files": [[entry], {"deeper": [reordered, entry]}]},
        "empty": [{}, [], ()],
        "later": [{"path": 1}, {1: "not text"}],  # a key that is not text, after the rest
    }
    assert dumps(value, default=_json_value) == standard(value)
    assert dumps({"one": [entry] * 3}, default=_json_value) == standard({"one": [entry] * 3})
