"""Licence names read in the interface's language wherever one is chosen (the catalogue
has them); the code in front ("CC BY-SA 4.0") stays the same in every language."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services.catalogues import licence_catalogue
from desktop_app.ui.i18n import install_language
from desktop_app.ui.partnerships.licence_chooser import LicenceChooser


@pytest.mark.parametrize("language", ["sv", "ar", "fr"])
def test_the_licence_chooser_names_licences_in_the_interface_language(
    qtbot: QtBot, language: str
) -> None:
    install_language(language)
    try:
        chooser = LicenceChooser()
        qtbot.addWidget(chooser)
        shown = [chooser.combo.itemText(index) for index in range(1, chooser.combo.count())]
        catalogue = list(licence_catalogue())
        assert shown == [licence.text("label", language) for licence in catalogue]
        assert any(text != licence.label for text, licence in zip(shown, catalogue, strict=True))
        creative_commons = [
            (text, licence)
            for text, licence in zip(shown, catalogue, strict=True)
            if licence.id.startswith("cc")
        ]
        assert creative_commons
        assert all(text.startswith(licence.short_name) for text, licence in creative_commons)
    finally:
        install_language("en")
