"""Text laid out in its own direction: Arabic hugs the right edge in an English window,
English the left edge in an Arabic one (measured on the rendered pixels)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop_app.ui.bidi import follow_text_direction, isolate, text_direction

ARABIC = "نص الطلب بالعربية"
ENGLISH = "We have 300 maps."


def ink_span(edit: QPlainTextEdit) -> tuple[int, int]:
    """Leftmost and rightmost dark pixel of the first line."""
    image = edit.viewport().grab().toImage()
    xs = [
        x
        for x in range(image.width())
        for y in range(0, 30, 2)
        if image.pixelColor(x, y).lightness() < 100
    ]
    assert xs, "nothing drawn"
    return min(xs), max(xs)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (ARABIC, Qt.LayoutDirection.RightToLeft),
        ("  123 — " + ARABIC, Qt.LayoutDirection.RightToLeft),  # digits are weak
        (ENGLISH, Qt.LayoutDirection.LeftToRight),
        ("«DSCN0010» " + ARABIC, Qt.LayoutDirection.LeftToRight),
        ("עברית", Qt.LayoutDirection.RightToLeft),
    ],
)
def test_the_first_strong_letter_decides(text: str, direction: Qt.LayoutDirection) -> None:
    assert text_direction(text) == direction


@pytest.mark.parametrize(
    "window_direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_an_editor_follows_the_direction_of_its_text(
    qtbot: QtBot, window_direction: Qt.LayoutDirection
) -> None:
    QApplication.setLayoutDirection(window_direction)
    try:
        edit = QPlainTextEdit()
        qtbot.addWidget(edit)
        edit.resize(400, 120)
        follow_text_direction(edit)
        edit.show()
        middle = edit.viewport().width() // 2

        edit.setPlainText(ARABIC)
        left, right = ink_span(edit)
        assert left > middle  # on the right edge

        edit.setPlainText(ENGLISH)  # typed over: follows at once
        left, right = ink_span(edit)
        assert right < middle  # on the left edge
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_an_isolated_value_keeps_its_own_direction() -> None:
    assert isolate("IMG_0001.jpg") == "\u2068IMG_0001.jpg\u2069"


def test_a_latin_title_in_an_arabic_table_is_elided_as_latin_at_the_right_edge(
    qtbot: QtBot,
) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from desktop_app.ui.elide import MiddleElideDelegate

    model = QStandardItemModel(2, 1)
    model.setItem(0, 0, QStandardItem("Naturhistoriska riksmuseet - herbarium sheet (17).jpg"))
    model.setItem(1, 0, QStandardItem("بطاقة بريدية من القاهرة.jpg"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.setModel(model)
    delegate = MiddleElideDelegate(view)
    view.setItemDelegateForColumn(0, delegate)

    options = []
    for row in range(2):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.initStyleOption(option, model.index(row, 0))
        options.append(option)

    latin, arabic = options
    assert latin.textElideMode == Qt.TextElideMode.ElideMiddle
    assert latin.direction == Qt.LayoutDirection.LeftToRight
    assert arabic.direction == Qt.LayoutDirection.RightToLeft
    for option in options:
        assert option.displayAlignment & Qt.AlignmentFlag.AlignRight
        assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
