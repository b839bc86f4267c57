"""Every control a keyboard reaches has a description a screen reader reads after its name
(issue 12, §4). Qt gives the tooltip when no description is set, so a tooltip that helps
sighted users too counts; form fields describe their problems, or else the example they show.

Before this test, 105 of the controls lacked one. The main actions, the form fields of
Partnerships, Requests, Media and Settings, and the choices with a hint beside them got one;
the rest are listed below, each with why it may wait, so that a new control without a
description fails here."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.main_window import MainWindow
from tests.ui.keyboard.conftest import accessible_name, keyboard_stops
from tests.ui.keyboard.test_tab_order_every_area import area_pages

# Why a control may go without a description for now (issue 12 §4 asks for one everywhere;
# these are the ones left, counted in the report):
SELF_EXPLAINING = "its name says it all (a list, a tab bar, a filter, a read-only text)"
FIELD = "a form field whose label is its name; no example shown, to be described later"
CHOICE = "one of a group of choices named by the group"
ALLOWED: dict[str, str] = {
    # Partnerships
    "QTabBar:qt_tabwidget_tabbar": SELF_EXPLAINING,
    "QComboBox:kindFilter": SELF_EXPLAINING,
    "QComboBox:statusFilter": SELF_EXPLAINING,
    "QTableView:partnershipList": SELF_EXPLAINING,
    "QTextBrowser:guideText": SELF_EXPLAINING,
    "QListWidget:guideList": SELF_EXPLAINING,
    "QComboBox:checklistTemplate": SELF_EXPLAINING,
    "QRadioButton:status_open": CHOICE,
    "QRadioButton:status_done": CHOICE,
    "QRadioButton:status_not_applicable": CHOICE,
    "QPlainTextEdit:stepNote": FIELD,
    # Requests
    "QCheckBox:help_agreement": CHOICE,
    "QCheckBox:help_licence-advocacy": CHOICE,
    "QCheckBox:help_batch-upload": CHOICE,
    "QCheckBox:help_metadata": CHOICE,
    "QCheckBox:help_sharing-outcomes": CHOICE,
    "QCheckBox:help_other": CHOICE,
    # Media
    "QScrollArea:detailInfoScroll": SELF_EXPLAINING,
    "QTableView:mediaTable": SELF_EXPLAINING,
    "QPlainTextEdit:wikitextPreview": SELF_EXPLAINING,
    "QCheckBox:Only files with problems": SELF_EXPLAINING,
    "QPushButton:fix-set-licence": "the problem it fixes is the text beside it",
    # Uploads
    "QComboBox:reportBatch": SELF_EXPLAINING,
    # Settings
    # Log
    "QPlainTextEdit:logText": SELF_EXPLAINING,
    # Helpdesk desk
    "QComboBox:deskStateFilter": SELF_EXPLAINING,
    "QPlainTextEdit:deskRequestText": SELF_EXPLAINING,
    "QListWidget:deskRelated": SELF_EXPLAINING,
    "DeskRequestList:deskRequestList": SELF_EXPLAINING,
    "QComboBox:deskStateCombo": FIELD,
    "QLineEdit:deskAssignee": FIELD,
    "QPlainTextEdit:deskNotes": FIELD,
    "QLineEdit:deskReviewer": FIELD,
    "QSpinBox:deskScore_technical": FIELD,
    "QSpinBox:deskScore_legal": FIELD,
    "QSpinBox:deskScore_risk": FIELD,
    "QSpinBox:deskScore_sustainability": FIELD,
    "QPlainTextEdit:deskReviews": SELF_EXPLAINING,
    "QComboBox:deskTemplate": FIELD,
    "QPlainTextEdit:deskReplyText": FIELD,
    "QPushButton:deskUseTemplate": FIELD,
    "QPlainTextEdit:deskReplyHistory": SELF_EXPLAINING,
}


def accessible_description(widget: QWidget) -> str:
    """What a screen reader reads after the name (Qt falls back to the tooltip)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description).strip() if interface else ""


def control_key(widget: QWidget) -> str:
    return f"{type(widget).__name__}:{widget.objectName() or accessible_name(widget)}"


def undescribed(qtbot: QtBot, window: MainWindow) -> tuple[dict[str, str], int]:
    """Each keyboard stop without a description (by its key, with where it is), and how
    many stops were looked at."""
    found: dict[str, str] = {}
    checked = 0
    for where, area in area_pages(qtbot, window):
        for widget in keyboard_stops(area):
            checked += 1
            if not accessible_description(widget):
                found.setdefault(control_key(widget), where)
    return found, checked


def test_every_control_in_every_area_has_a_description_or_a_reason_to_wait(
    qtbot: QtBot, filled_window: MainWindow
) -> None:
    found, checked = undescribed(qtbot, filled_window)
    assert checked > 100  # the walk really saw the areas' controls
    new = {key: where for key, where in found.items() if key not in ALLOWED}
    assert not new, "\n".join(f"{where}: {key}" for key, where in new.items())
    described_now = sorted(key for key in ALLOWED if key not in found)
    assert not described_now, f"described now, take them off the list: {described_now}"


def test_main_actions_are_described(filled_window: MainWindow) -> None:
    window = filled_window
    actions = [
        window.media_area.batch_bar.new_button,
        window.media_area.detail.fields.add_description,
        window.settings_area.test_button,
        window.settings_area.save_button,
        window.log_area.refresh_button,
    ]
    assert all(accessible_description(button) for button in actions)


def test_a_control_without_a_description_is_found(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Mystery", window.log_area)
    button.setObjectName("mystery")
    button.show()
    found, _checked = undescribed(qtbot, window)
    assert "QPushButton:mystery" in found
    button.setToolTip("Does something explained here.")
    assert "QPushButton:mystery" not in undescribed(qtbot, window)[0]
