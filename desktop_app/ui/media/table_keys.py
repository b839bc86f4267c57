"""Sort keys of the media table's text columns: built once per column, kept up to date.

Building the keys of 50,000 titles (:mod:`desktop_app.core.sort_keys`) takes longer than
sorting by them, so the columns people sort most (:data:`PREPARED_CELLS`) are built off
the GUI thread right after a batch loads (:func:`build_keys` touches no Qt); any other
column is built on its first sort. Equal texts share one key (authors, sources, dates and
licences repeat across a batch), so a column of repeats costs little time and memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from os.path import basename

from desktop_app.core.sort_keys import text_key_function
from desktop_app.services.media_edit import (
    CELL_CATEGORIES,
    CELL_DESCRIPTION,
    CELL_PATH,
    CELL_TITLE,
    TableCells,
    categories_text,
)

# Built in the background after every load: the columns whose texts differ file by file.
PREPARED_CELLS = (CELL_PATH, CELL_TITLE, CELL_DESCRIPTION)


def sort_text(row: TableCells, cell: int) -> str:
    """The text a row is sorted by in the column showing ``cell`` (as the cell shows it)."""
    if cell == CELL_PATH:
        return basename(row[CELL_PATH])
    if cell == CELL_CATEGORIES:
        return categories_text(row[CELL_CATEGORIES])
    return str(row[cell] or "")


def build_keys(rows: Sequence[TableCells], cell: int, language: str) -> list[str]:
    """The sort key of every row's ``cell``, by position, for readers of ``language``."""
    if cell == CELL_PATH:
        texts = [basename(row[CELL_PATH]) for row in rows]
    elif cell == CELL_CATEGORIES:
        texts = [categories_text(row[CELL_CATEGORIES]) for row in rows]
    else:
        texts = [row[cell] or "" for row in rows]  # type: ignore[misc]
    key = text_key_function(language)
    known: dict[str, str] = {}
    keys = []
    for text in texts:
        found = known.get(text)
        if found is None:
            found = known[text] = key(text)
        keys.append(found)
    return keys


class ColumnKeys:
    """Each built column's keys (by row position) for one set of rows and one language.

    ``generation`` counts edits: keys built in the background from rows that were edited
    meanwhile are not taken.
    """

    def __init__(self) -> None:
        self.language = ""
        self.generation = 0
        self._keys: dict[int, list[str]] = {}
        self._key = text_key_function("")

    def clear(self, language: str = "") -> None:
        """Forget every key (new rows, or a reader of another language)."""
        self._keys, self.language = {}, language
        self._key = text_key_function(language)
        self.generation += 1

    def keys(self, rows: Sequence[TableCells], cell: int, language: str) -> list[str]:
        """The keys of ``cell``, built now if they were not yet."""
        if language != self.language:
            self.clear(language)
        keys = self._keys.get(cell)
        if keys is None:
            keys = self._keys[cell] = build_keys(rows, cell, language)
        return keys

    def take(self, prepared: dict[int, list[str]], language: str, generation: int) -> bool:
        """Keep keys built in the background, if still true for the rows shown now."""
        if language != self.language or generation != self.generation:
            return False
        for cell, keys in prepared.items():
            self._keys.setdefault(cell, keys)
        return True

    def update(self, position: int, row: TableCells, cell: int) -> None:
        """An edit changed ``cell`` of the row at ``position``: replace its one key."""
        self.generation += 1
        keys = self._keys.get(cell)
        if keys is not None:
            keys[position] = self._key(sort_text(row, cell))
