"""The bundled licence catalogue is complete and usable offline."""

from __future__ import annotations

import pytest

from desktop_app.core.licences import UnknownLicence
from desktop_app.store.bundled import get_licence
from desktop_app.store.bundled import licence_catalogue as load_catalogue


def test_catalogue_offers_the_free_licences_partners_ask_about() -> None:
    ids = {licence.id for licence in load_catalogue()}
    assert {"cc0-1.0", "cc-by-4.0", "cc-by-sa-4.0", "pd-old-70", "pd-art-old-100"} <= ids


def test_every_licence_has_a_template_and_explanations() -> None:
    for licence in load_catalogue():
        assert licence.template.startswith("{{") and licence.template.endswith("}}")
        assert licence.text("summary"), licence.id
        assert licence.text("for_partner"), licence.id
        if licence.is_public_domain:
            assert licence.text("reason"), licence.id


def test_texts_fall_back_to_english() -> None:
    licence = get_licence("cc-by-4.0")
    assert "kommersiellt" in licence.text("summary", "sv")
    assert "comercialmente" in licence.text("summary", "pt-BR")  # the base language
    # Every supported language is bundled (tests/store/test_resource_languages.py); any
    # other falls back to English.
    assert licence.text("for_partner", "de") == licence.text("for_partner", "en")
    assert licence.text("summary", "fi-FI") == licence.text("summary", "en")
    assert licence.text("label", "de") == licence.label == "CC BY 4.0 (attribution)"


def test_unknown_licence_is_a_clear_error() -> None:
    with pytest.raises(UnknownLicence):
        get_licence("cc-by-nc-4.0")
