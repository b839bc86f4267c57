"""The licence catalogue (``resources/licences.yaml``): what partners can choose, what it means."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from desktop_app.core.localized import LocalizedText, pick
from desktop_app.system.paths import repo_resource_dir


class UnknownLicence(KeyError):
    """A licence id that is not in the catalogue."""


@dataclass(frozen=True)
class Licence:
    """One entry of the catalogue; texts are resolved with :meth:`text`."""

    id: str
    label: str
    kind: str  # "licence", "dedication" or "public-domain"
    template: str
    url: str
    attribution_required: bool
    share_alike: bool
    texts: Mapping[str, LocalizedText]

    def text(self, field: str, language: str = "en") -> str:
        """``summary``, ``for_partner`` or ``reason`` in ``language`` (English fallback)."""
        return pick(self.texts.get(field), language)

    @property
    def is_public_domain(self) -> bool:
        return self.kind == "public-domain"


def _licence(entry: Mapping[str, Any]) -> Licence:
    return Licence(
        id=entry["id"],
        label=entry["label"],
        kind=entry["kind"],
        template=entry["template"],
        url=entry["url"],
        attribution_required=bool(entry.get("attribution_required")),
        share_alike=bool(entry.get("share_alike")),
        texts={k: entry[k] for k in ("summary", "for_partner", "reason") if k in entry},
    )


@lru_cache(maxsize=4)
def load_catalogue(path: Path | None = None) -> tuple[Licence, ...]:
    """All licences, in the catalogue's order (cached: the file ships with the app)."""
    source = path or repo_resource_dir() / "licences.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    return tuple(_licence(entry) for entry in data["licences"])


def get_licence(licence_id: str) -> Licence:
    """The licence with ``licence_id``; raises :class:`UnknownLicence`."""
    for licence in load_catalogue():
        if licence.id == licence_id:
            return licence
    raise UnknownLicence(licence_id)
