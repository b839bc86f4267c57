"""The licence catalogue: what partners can choose and what it means.

The data ships as ``resources/licences.yaml`` and is read by :mod:`desktop_app.store.bundled`;
here it is only parsed and looked up (no I/O).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.localized import FALLBACK_LANGUAGE, LocalizedText, pick

# The translatable texts of a licence entry (each a string or a {language: text} map).
TEXT_FIELDS = ("label", "summary", "for_partner", "reason")


class UnknownLicence(KeyError):
    """A licence id (or, from :meth:`LicenceCatalogue.find`, a text) not in the catalogue;
    ``closest`` holds the ids of the nearest entries, best first."""

    def __init__(self, value: str, closest: tuple[str, ...] = ()) -> None:
        super().__init__(value)
        self.value = value
        self.closest = closest


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
    aliases: tuple[str, ...] = ()

    @property
    def short_name(self) -> str:
        """The label without its explanation: "CC BY-SA 4.0"."""
        return re.split(r" \(| — ", self.label, maxsplit=1)[0]

    def names(self) -> tuple[str, ...]:
        """Every way a sheet may name this licence: id, label, short name, Commons
        template, URL and the catalogue's aliases."""
        return (self.id, self.label, self.short_name, self.template, self.url, *self.aliases)

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
        aliases=tuple(entry.get("aliases") or ()),
    )


@dataclass(frozen=True)
class LicenceCatalogue:
    """Every licence a partner can choose, in the catalogue's order."""

    licences: tuple[Licence, ...]
    _by_key: dict[str, str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for licence in self.licences:
            for name in licence.names():
                key = licence_key(name)
                if key and self._by_key.get(key, licence.id) != licence.id:
                    self._by_key[key] = None  # names two licences: not a way to name one
                else:
                    self._by_key[key] = licence.id

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

    def find(self, text: str) -> Licence:
        """The licence ``text`` names as people write it: the id, the label or short name
        in any case and spacing (``cc by sa 4.0``), the Commons template
        (``{{cc-by-sa-4.0}}``) or the licence's URL. Raises :class:`UnknownLicence` with
        the closest entries."""
        key = licence_key(text)
        licence_id = self._by_key.get(key)
        if licence_id is not None:
            return self.get(licence_id)
        keys = [known for known, owner in self._by_key.items() if owner is not None]
        near = difflib.get_close_matches(key, keys, n=8, cutoff=0.5)
        closest = tuple(dict.fromkeys(str(self._by_key[name]) for name in near))[:3]
        raise UnknownLicence(text, closest)


_TEMPLATE = re.compile(r"^\{\{\s*(?:template\s*:\s*)?(.*?)\s*\}\}$")
_URL_PREFIX = re.compile(r"^(?:https?:)?//(?:www\.)?")
_URL_TAIL = re.compile(r"/(?:deed\.[\w-]+|legalcode(?:\.[\w-]+)?)?/?(?:[?#].*)?$")


def licence_key(text: str) -> str:
    """How two ways of writing a licence compare: case, spaces, underscores, hyphens,
    template braces and the URL's scheme and ``deed``/``legalcode`` tail do not count."""
    value = " ".join(text.split()).lower()
    template = _TEMPLATE.match(value)
    if template:
        value = template.group(1)
    if _URL_PREFIX.match(value):
        value = _URL_TAIL.sub("", _URL_PREFIX.sub("", value))
    return re.sub(r"[\s_\-]+", "-", value).strip("-")


def parse_catalogue(data: Mapping[str, Any]) -> LicenceCatalogue:
    """The catalogue from the YAML document's data (``{"licences": [...]}``)."""
    return LicenceCatalogue(tuple(_licence(entry) for entry in data["licences"]))
