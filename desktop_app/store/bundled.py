"""The data the app ships, read from the package with ``importlib.resources``.

Checklist templates, guides, the licence catalogue, Commons' file types, the phrases of the
documents a partner reads (agreement draft, outcome report) and the compiled interface
translations live in ``desktop_app/resources`` so a wheel or a frozen bundle
carries them; this module reads and parses them once (they never change while the app
runs) into :mod:`desktop_app.core` values. Nothing else opens these files.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

# Each reader imports the parser it needs: ``partnership list`` reads the checklist
# templates at start-up and should not pay for licences, guides, file types or documents.
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from desktop_app.core.checklists import ChecklistTemplate
    from desktop_app.core.filetypes import FileTypePolicy
    from desktop_app.core.guides import Guide
    from desktop_app.core.licences import Licence, LicenceCatalogue
    from desktop_app.core.localized import LocalizedText
    from desktop_app.core.phrases import Phrases
    from desktop_app.core.sample import SampleDefinition

RESOURCES = "desktop_app.resources"


def resource(*parts: str) -> Traversable:
    """A bundled file or folder, e.g. ``resource("guides")``."""
    # Imported here: ``importlib.resources`` brings ``tempfile`` and more (~7 ms), which
    # the light first import needs only for a new batch's licence.
    from importlib.resources import files

    node = files(RESOURCES)
    for part in parts:
        node = node / part
    return node


def yaml_loader() -> Any:
    """libyaml's safe loader (in PyYAML's wheels; about ten times faster than the
    pure-Python one, which cost half a second of the window's start), else PyYAML's own.
    PyYAML is imported on the first read (~12 ms): a first import of photos reads no
    bundled YAML at all (the file types only for a file that is not media)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml(node: Traversable) -> dict:  # type: ignore[type-arg]
    import yaml

    data = yaml.load(node.read_text(encoding="utf-8"), Loader=yaml_loader())
    if not isinstance(data, dict):
        raise ValueError(f"{node.name}: not a YAML mapping")
    return data


def _sorted_files(folder: str, suffix: str) -> list[Traversable]:
    entries = [entry for entry in resource(folder).iterdir() if entry.name.endswith(suffix)]
    return sorted(entries, key=lambda entry: entry.name)


@cache
def licence_catalogue() -> LicenceCatalogue:
    """Every licence a partner can choose (``resources/licences.yaml``)."""
    from desktop_app.core.licences import parse_catalogue

    return parse_catalogue(_yaml(resource("licences.yaml")))


def get_licence(licence_id: str) -> Licence:
    """The catalogue's licence ``licence_id``; raises ``UnknownLicence``."""
    return licence_catalogue().get(licence_id)


def catalogue_licence_id(licence_id: str | None) -> str | None:
    """The catalogue's id for ``licence_id`` (a partnership's licence, as a new batch's
    default), or ``None`` when it is empty or not in the catalogue."""
    if not licence_id:
        return None
    from desktop_app.core.licences import UnknownLicence

    try:
        return get_licence(licence_id).id
    except UnknownLicence:
        return None


@cache
def checklist_templates() -> tuple[ChecklistTemplate, ...]:
    """All checklist templates, in file-name order (``resources/checklists/*.yaml``)."""
    from desktop_app.core.checklists import parse_template

    return tuple(parse_template(_yaml(node)) for node in _sorted_files("checklists", ".yaml"))


def get_template(template_id: str) -> ChecklistTemplate:
    """The template ``template_id``; raises ``UnknownTemplate``."""
    from desktop_app.core.checklists import find_template

    return find_template(checklist_templates(), template_id)


@cache
def all_guides() -> tuple[Guide, ...]:
    """Every guide in every language (``resources/guides/*.md``)."""
    from desktop_app.core.guides import parse_guide

    return tuple(
        parse_guide(node.name, node.read_text(encoding="utf-8"))
        for node in _sorted_files("guides", ".md")
    )


def guides_in(language: str) -> list[Guide]:
    """One version of each guide: ``language`` where translated, else English."""
    from desktop_app.core.guides import guides_for

    return guides_for(all_guides(), language)


def find_guides(query: str, language: str = "en") -> list[Guide]:
    """Guides containing every word of ``query`` (all of them for an empty query)."""
    from desktop_app.core.guides import search_guides

    return search_guides(all_guides(), query, language)


def get_guide(guide_id: str, language: str = "en") -> Guide:
    """One guide in ``language`` (English fallback); raises ``UnknownGuide``."""
    from desktop_app.core.guides import find_guide

    return find_guide(all_guides(), guide_id, language)


@cache
def commons_file_policy() -> FileTypePolicy:
    """Commons' accepted file types and sizes as shipped (the offline default)."""
    from desktop_app.core.filetypes import parse_policy

    return parse_policy(_yaml(resource("filetypes", "commons.yaml")))


DOCUMENTS = ("agreement", "report")


@cache
def document_phrase_table(document: str) -> dict[str, LocalizedText]:
    """Every phrase of ``document`` in every language (``resources/documents/NAME.yaml``)."""
    from desktop_app.core.phrases import parse_phrases

    if document not in DOCUMENTS:
        raise ValueError(f"no bundled document {document!r}")
    return parse_phrases(_yaml(resource("documents", f"{document}.yaml")))


def document_phrases(document: str, language: str = "en") -> Phrases:
    """The phrases of ``agreement`` or ``report``, read in ``language`` (English fallback)."""
    from desktop_app.core.phrases import Phrases

    return Phrases(language, document_phrase_table(document))


@cache
def sample_definition() -> SampleDefinition:
    """The sample partnership the welcome offers (``resources/sample/sample.yaml``)."""
    from desktop_app.core.sample import parse_sample

    return parse_sample(_yaml(resource("sample", "sample.yaml")))


def sample_photo(name: str) -> bytes:
    """The bytes of one of the sample's photos (``resources/sample/NAME``)."""
    return resource("sample", name).read_bytes()


CATALOGUE_PREFIX = "fieldkit_"


def translation_catalogues() -> dict[str, Traversable]:
    """Language code → its compiled Qt catalogue (``resources/translations/fieldkit_<code>.qm``).

    Compiled from ``translations/*.ts`` by ``scripts/translations.py build`` and committed,
    so every wheel and bundle carries them; an empty result means a broken installation.
    """
    folder = resource("translations")
    if not folder.is_dir():
        return {}
    return {
        node.name.removeprefix(CATALOGUE_PREFIX).removesuffix(".qm"): node
        for node in _sorted_files("translations", ".qm")
        if node.name.startswith(CATALOGUE_PREFIX)
    }
