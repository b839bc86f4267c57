"""Small modules with one job (issue 8, STYLE.md): none of Fieldkit's grows past 400 lines.

A module that reaches the limit is split along a seam (see how ``ui/media/table_columns``
and ``table_order`` left ``table_model``), not squeezed.
"""

from __future__ import annotations

from pathlib import Path

import desktop_app

LIMIT = 400
PACKAGE = Path(desktop_app.__file__).parent


def oversized(root: Path, limit: int = LIMIT) -> dict[str, int]:
    """Every ``.py`` below ``root`` longer than ``limit`` lines, with its length."""
    sizes = {
        str(path.relative_to(root)): len(path.read_text(encoding="utf-8").splitlines())
        for path in root.rglob("*.py")
    }
    return {name: lines for name, lines in sizes.items() if lines > limit}


def test_no_module_is_longer_than_the_limit() -> None:
    assert oversized(PACKAGE) == {}


def test_the_check_finds_a_long_module(tmp_path: Path) -> None:
    (tmp_path / "long.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * LIMIT, encoding="utf-8")
    assert oversized(tmp_path) == {"long.py": LIMIT + 1}
