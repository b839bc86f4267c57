"""The bundled catalogues read the same with libyaml's fast parser as with PyYAML's own."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from desktop_app.store import bundled

RESOURCES = Path(bundled.__file__).resolve().parent.parent / "resources"
YAML_FILES = sorted(RESOURCES.rglob("*.yaml"))


def test_the_fast_parser_is_used() -> None:
    assert bundled.yaml_loader() is yaml.CSafeLoader


def test_there_are_catalogues_to_compare() -> None:
    assert len(YAML_FILES) >= 3


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda path: path.name)
def test_fast_and_pure_parsers_agree(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fast = yaml.load(text, Loader=yaml.CSafeLoader)
    assert fast == yaml.load(text, Loader=yaml.SafeLoader)
    assert fast  # not an empty file: the comparison means something
