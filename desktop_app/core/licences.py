"""The licence catalogue: what partners can choose and what it means.

The data ships as ``resources/licences.yaml`` and is read by :mod:`desktop_app.store.bundled`;
here it is only parsed and looked up (no I/O).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.localized import FALLBACK_LANGUAGE, LocalizedText, pick

# The translatable texts of a licence entry (each a string or a {language: text} map).
TEXT_FIELDS = ("label", "summary", "for_partner", "reason")


class UnknownLicence(KeyError):
    """A licence id that is not in the catalogue."""


@dataclass(frozen=True)
class Licence:
    """One entry of the catalogue; texts are resolved with :meth:`text`.

    ``label`` is the English name (what the report counts by and the CSV writes); the
    translated name is ``text("label", language)``.
    """

    id: str
    label: str
    kind: str  # "licence", "dedication" or "public-domain"
    template: str
    url: str
    attribution_required: bool
    share_alike: bool
    texts: Mapping[str, LocalizedText]

    def text(self, field: str, language: str = "en") -> str:
        """One of :data:`TEXT_FIELDS` in ``language`` (English fallback)."""
        return pick(self.texts.get(field), language)

    @property
    def is_public_domain(self) -> bool:
        return self.kind == "public-domain"


def _licence(entry: Mapping[str, Any]) -> Licence:
    return Licence(
        id=entry["id"],
        label=pick(entry["label"], FALLBACK_LANGUAGE),
        kind=entry["kind"],
        template=entry["template"],
        url=entry["url"],
        attribution_required=bool(entry.get("attribution_required")),
        share_alike=bool(entry.get("share_alike")),
        texts={k: entry[k] for k in TEXT_FIELDS if k in entry},
    )


@dataclass(frozen=True)
class LicenceCatalogue:
    """Every licence a partner can choose, in the catalogue's order."""

    licences: tuple[Licence, ...]

    def __iter__(self) -> Iterator[Licence]:
        return iter(self.licences)

    def __len__(self) -> int:
        return len(self.licences)

    def __contains__(self, licence_id: object) -> bool:
        return any(licence.id == licence_id for licence in self.licences)

    def get(self, licence_id: str) -> Licence:
        """The licence with ``licence_id``; raises :class:`UnknownLicence`."""
        for licence in self.licences:
            if licence.id == licence_id:
                return licence
        raise UnknownLicence(licence_id)


def parse_catalogue(data: Mapping[str, Any]) -> LicenceCatalogue:
    """The catalogue from the YAML document's data (``{"licences": [...]}``)."""
    return LicenceCatalogue(tuple(_licence(entry) for entry in data["licences"]))
