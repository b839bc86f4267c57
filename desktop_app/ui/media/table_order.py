"""The media table's row order: finding a row, arranging rows, preparing sort keys.

List work for :class:`~desktop_app.ui.media.table_model.MediaTableModel`, which keeps its
rows in import order (so ascending ids) and shows them through a list of positions. None
of it calls ``data()`` or touches a widget; the model decides when to call it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QLocale, QObject

from desktop_app.core.problems import Problem
from desktop_app.core.sort_keys import language_code
from desktop_app.services.media_edit import CELL_ID, TableCells
from desktop_app.ui.media.table_keys import PREPARED_CELLS, ColumnKeys, build_keys
from desktop_app.ui.operations import OpContext, run_in_background

ROW_ID = itemgetter(CELL_ID)
UNCHECKED = 1 << 30  # status sort key of a file not checked yet: after every count
FEW = 32  # persistent indexes looked up one by one after a sort, not through a map


def reader_language() -> str:
    """The UI language (``QLocale`` default): whose alphabet the table sorts in."""
    return language_code(QLocale().name())


def position_of(rows: Sequence[TableCells], item_id: int) -> int | None:
    """Where ``item_id`` is in ``rows`` (ids ascend: a binary search, no index kept)."""
    position = bisect_left(rows, item_id, key=ROW_ID)
    return position if position < len(rows) and rows[position][CELL_ID] == item_id else None


def status_keys(
    rows: Sequence[TableCells],
    checks: dict[int, tuple[Problem, ...]],
    count: Callable[[int], int],
) -> list[int]:
    """The status column's sort key per row: its problem ``count``; unchecked files last."""
    return [count(row[CELL_ID]) if row[CELL_ID] in checks else UNCHECKED for row in rows]


def arrange(
    rows: Sequence[TableCells],
    matches: Callable[[TableCells], bool] | None,
    keys: Sequence[Any] | None,
    descending: bool,
) -> Sequence[int]:
    """Positions of the rows that ``matches`` keeps (all if None), ordered by ``keys``."""
    indexes: Sequence[int] = range(len(rows))
    if matches is not None:
        indexes = [i for i in indexes if matches(rows[i])]
    if keys is not None:
        indexes = sorted(indexes, key=keys.__getitem__, reverse=descending)
    return indexes


def view_rows_of(
    visible: Sequence[int],
    positions: Sequence[int | None],
    through_map: Callable[[int], int | None],
) -> list[int | None]:
    """The view rows now showing the rows at ``positions`` (None: filtered out).

    A few (the current cell, a small selection) are searched for in C; many at once
    go ``through_map`` (position → view row via the id → view row map, which takes a
    Python loop over every row).
    """
    if isinstance(visible, range) or len(positions) > FEW:
        return [through_map(p) if p is not None else None for p in positions]
    found: list[int | None] = []
    for position in positions:
        try:
            found.append(visible.index(position) if position is not None else None)
        except ValueError:
            found.append(None)
    return found


def prepare_keys(keys: ColumnKeys, rows: list[TableCells], owner: QObject) -> None:
    """Build the most sorted columns' keys in the background (see ``table_keys``)."""
    language, generation = keys.language, keys.generation
    # Handed over, not captured: a finished operation may outlive its work function,
    # and must not keep a replaced batch's 50,000 rows alive.
    handed = [rows]

    def build(_context: OpContext) -> dict[int, list[str]]:
        taken = handed.pop()
        return {cell: build_keys(taken, cell, language) for cell in PREPARED_CELLS}

    def take(prepared: dict[int, list[str]]) -> None:
        keys.take(prepared, language, generation)  # new rows: a new generation

    run_in_background(build, success=take, name="prepare media sort keys", owner=owner)
