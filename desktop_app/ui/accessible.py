"""Accessible descriptions: what a screen reader reads after a control's name.

Set in each widget's ``retranslate_ui`` (so they follow the language), through these two
helpers so that the calls stay short and alike.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget


def describe(descriptions: Mapping[QWidget, str]) -> None:
    """Give each control its description."""
    for control, description in descriptions.items():
        control.setAccessibleDescription(description)


def describe_tab_bar(tabs: QTabWidget) -> None:
    """Each tab says how to change pages from the keyboard.

    On the tabs, not the bar: a screen reader reads the focused tab, and Qt's tab bar
    gives its own description to no one (its tabs' descriptions are their tooltips)."""
    hint = QCoreApplication.translate("Accessible", "The arrow keys change the page.")
    for index in range(tabs.count()):
        tabs.setTabToolTip(index, hint)
