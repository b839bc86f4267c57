"""Checklist templates (data in ``resources/checklists/*.yaml``) and progress rules.

Templates are data so they can be improved and translated without touching code. Each
has a ``version``; a partnership's checklist remembers the version it was built from, and
:func:`plan_upgrade` says what a newer version adds or drops — recorded progress is
never thrown away (dropped steps are retired, not deleted).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.localized import LocalizedText, pick

ITEM_STATUSES = ("open", "done", "not_applicable")


class UnknownTemplate(KeyError):
    """A checklist template id that is not bundled."""


@dataclass(frozen=True)
class TemplateItem:
    """One step: a stable ``key`` (progress is stored under it), texts, a guide link."""

    key: str
    title: LocalizedText
    help: LocalizedText = ""
    guide: str = ""  # id of a guide in resources/guides

    def text(self, language: str = "en") -> str:
        """The step's title in ``language`` (English when it has none)."""
        return pick(self.title, language)

    def help_text(self, language: str = "en") -> str:
        """The step's explanation in ``language`` (English when it has none)."""
        return pick(self.help, language)


@dataclass(frozen=True)
class ChecklistTemplate:
    """A bundled checklist: its steps at one ``version`` (stored checklists upgrade to it)."""

    id: str
    version: int
    title: LocalizedText
    items: tuple[TemplateItem, ...]
    description: LocalizedText = ""

    def text(self, language: str = "en") -> str:
        """The checklist's title in ``language`` (English when it has none)."""
        return pick(self.title, language)

    def item(self, key: str) -> TemplateItem | None:
        """The step stored under ``key``, if this version still has it."""
        return next((item for item in self.items if item.key == key), None)


@dataclass(frozen=True)
class Progress:
    """Done steps out of the applicable ones ("not applicable" counts for neither)."""

    done: int
    applicable: int
    total: int

    @property
    def fraction(self) -> float:
        """Done out of applicable, 0 to 1 (1 when nothing applies)."""
        return self.done / self.applicable if self.applicable else 1.0

    @property
    def percent(self) -> int:
        """The fraction as a whole percentage."""
        return round(self.fraction * 100)

    def to_dict(self) -> dict[str, int]:
        """JSON-ready (the ``progress`` object of the CLI contract)."""
        return {
            "done": self.done,
            "applicable": self.applicable,
            "total": self.total,
            "percent": self.percent,
        }


def progress(statuses: Iterable[str]) -> Progress:
    """The progress of steps with these statuses."""
    values = list(statuses)
    applicable = [status for status in values if status != "not_applicable"]
    return Progress(
        done=sum(status == "done" for status in applicable),
        applicable=len(applicable),
        total=len(values),
    )


def combine(parts: Iterable[Progress]) -> Progress:
    """Overall progress across several checklists (or partnerships)."""
    items = list(parts)
    return Progress(
        done=sum(p.done for p in items),
        applicable=sum(p.applicable for p in items),
        total=sum(p.total for p in items),
    )


@dataclass(frozen=True)
class UpgradePlan:
    """What bringing a checklist to the template's version does."""

    add: tuple[str, ...]  # keys of new steps
    retire: tuple[str, ...]  # keys no longer in the template (progress kept, hidden)
    revive: tuple[str, ...]  # retired keys that came back
    positions: Mapping[str, int]  # every current step's position


def plan_upgrade(existing: Mapping[str, bool], template: ChecklistTemplate) -> UpgradePlan:
    """``existing`` maps stored item keys to whether they are retired."""
    template_keys = [item.key for item in template.items]
    return UpgradePlan(
        add=tuple(key for key in template_keys if key not in existing),
        retire=tuple(
            key for key, retired in existing.items() if key not in template_keys and not retired
        ),
        revive=tuple(key for key, retired in existing.items() if key in template_keys and retired),
        positions={key: index for index, key in enumerate(template_keys)},
    )


def parse_template(data: Mapping[str, Any]) -> ChecklistTemplate:
    """One template from its YAML document's data; raises ValueError on repeated keys."""
    items = tuple(
        TemplateItem(
            key=str(entry["key"]),
            title=entry["title"],
            help=entry.get("help", ""),
            guide=str(entry.get("guide", "")),
        )
        for entry in data["items"]
    )
    keys = [item.key for item in items]
    if len(set(keys)) != len(keys):
        raise ValueError(f"checklist {data['id']!r} repeats an item key")
    return ChecklistTemplate(
        id=str(data["id"]),
        version=int(data["version"]),
        title=data["title"],
        items=items,
        description=data.get("description", ""),
    )


def find_template(templates: Iterable[ChecklistTemplate], template_id: str) -> ChecklistTemplate:
    """The template with ``template_id``; raises :class:`UnknownTemplate`."""
    for template in templates:
        if template.id == template_id:
            return template
    raise UnknownTemplate(template_id)
