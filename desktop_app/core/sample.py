"""The sample partnership the welcome offers: what it holds, read from bundled data.

The data (``resources/sample/sample.yaml``) names the partnership, its checklists with the
steps already done, one batch and its photos with their texts; the photos sit beside it.
Kept as data so translators and designers change the sample without touching code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.core.localized import LocalizedText, pick


@dataclass(frozen=True)
class SampleChecklist:
    """A checklist template to start for the sample, and the steps to mark done."""

    template: str
    done: tuple[str, ...] = ()


@dataclass(frozen=True)
class SampleFile:
    """One bundled photo and what the sample fills in for it (no licence: on purpose)."""

    file: str
    title: LocalizedText
    description: LocalizedText = ""
    author: str = ""
    source: str = ""
    categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class SampleDefinition:
    """Everything the sample partnership is made of."""

    name: LocalizedText
    kind: str
    status: str
    contact_name: str
    contact_details: str
    material: LocalizedText
    notes: LocalizedText
    credit_line: LocalizedText
    checklists: tuple[SampleChecklist, ...]
    batch: LocalizedText
    files: tuple[SampleFile, ...]

    def partnership_fields(self, language: str) -> dict[str, str]:
        """The partnership's fields (beside its name) in ``language``."""
        return {
            "kind": self.kind,
            "status": self.status,
            "contact_name": self.contact_name,
            "contact_details": self.contact_details,
            "material": pick(self.material, language),
            "notes": pick(self.notes, language),
            "credit_line": pick(self.credit_line, language),
        }

    def texts(self) -> dict[str, LocalizedText]:
        """Every localized text with where it is (for the every-language test)."""
        found: dict[str, LocalizedText] = {
            "name": self.name,
            "material": self.material,
            "notes": self.notes,
            "credit_line": self.credit_line,
            "batch": self.batch,
        }
        for sample_file in self.files:
            found[f"{sample_file.file}.title"] = sample_file.title
            if sample_file.description:
                found[f"{sample_file.file}.description"] = sample_file.description
        return found


def parse_sample(data: Mapping[str, Any]) -> SampleDefinition:
    """The sample from its YAML document's data; raises KeyError for a missing field."""
    return SampleDefinition(
        name=data["name"],
        kind=str(data.get("kind", "other")),
        status=str(data.get("status", "idea")),
        contact_name=str(data.get("contact_name", "")),
        contact_details=str(data.get("contact_details", "")),
        material=data.get("material", ""),
        notes=data.get("notes", ""),
        credit_line=data.get("credit_line", ""),
        checklists=tuple(
            SampleChecklist(
                str(entry["template"]), tuple(str(key) for key in entry.get("done", ()))
            )
            for entry in data.get("checklists", ())
        ),
        batch=data["batch"],
        files=tuple(
            SampleFile(
                file=str(entry["file"]),
                title=entry["title"],
                description=entry.get("description", ""),
                author=str(entry.get("author", "")),
                source=str(entry.get("source", "")),
                categories=tuple(str(name) for name in entry.get("categories", ())),
            )
            for entry in data["files"]
        ),
    )
