"""Words for bundles in the user's language: refusals by code, kinds of record, fields.

The core says why a bundle is refused with a stable code and parameters; this module
turns each code into a translated sentence (literal strings, so lupdate finds them). An
unknown code falls back to the core's English message.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.text_patterns import clauses, labelled


def refusal_text(code: str, params: Mapping[str, Any], fallback: str) -> str:
    """One translated sentence for a refused bundle, receipt or export."""
    translate = QCoreApplication.translate
    texts = {
        "bundle.not_found": translate("BundleTexts", "There is no file {file}."),
        "bundle.unreadable": translate("BundleTexts", "{file} cannot be read."),
        "bundle.not_a_bundle": translate(
            "BundleTexts", "This file is not a Fieldkit bundle or receipt."
        ),
        "bundle.damaged": translate(
            "BundleTexts", "The bundle is damaged ({detail}). Copy it from the original again."
        ),
        "bundle.truncated": translate(
            "BundleTexts", "The bundle ends too early: the copy was cut off. Copy it again."
        ),
        "bundle.checksum_mismatch": translate(
            "BundleTexts",
            "Part of the bundle ({name}) does not match its checksum: it was damaged on the "
            "way. Copy it again.",
        ),
        "bundle.volume_missing": translate(
            "BundleTexts",
            "Part {volume} of {volumes} of this bundle is missing: {file}. Copy all its parts "
            "into the same folder.",
        ),
        "bundle.unsafe_name": translate(
            "BundleTexts",
            "The bundle holds an entry named “{name}”, which could write outside its folder.",
        ),
        "bundle.link_or_device": translate(
            "BundleTexts",
            "The bundle's entry “{name}” is a link or a device file; bundles hold only "
            "plain files.",
        ),
        "bundle.case_clash": translate(
            "BundleTexts",
            "The bundle holds two files whose names differ only in case; on a stick they "
            "would be one file.",
        ),
        "bundle.oversized": translate(
            "BundleTexts",
            "Part of the bundle ({name}) is far larger than it says (a decompression bomb?).",
        ),
        "bundle.unexpected_entry": translate(
            "BundleTexts", "The bundle holds “{name}”, which its table of contents does not list."
        ),
        "bundle.newer_format": translate(
            "BundleTexts",
            "This bundle was made by a newer Fieldkit ({fieldkit_version}). Update Fieldkit "
            "to import it.",
        ),
        "bundle.wrong_kind": translate(
            "BundleTexts", "This file is a receipt, not a bundle (or the other way round)."
        ),
        "bundle.invalid_records": translate(
            "BundleTexts", "The bundle's records are not valid ({detail}); nothing was imported."
        ),
        "bundle.media_dir_invalid": translate("BundleTexts", "{folder} is not a folder."),
        "receipt.unknown_bundle": translate(
            "BundleTexts",
            "This receipt answers a bundle this computer never sent; nothing was changed.",
        ),
        "receipt.bundle_not_imported": translate(
            "BundleTexts",
            "This bundle was never imported here, so there is no receipt to give for it.",
        ),
        "export.partnership_not_found": translate(
            "BundleTexts", "There is no partnership called “{partnership}”."
        ),
        "export.batch_not_found": translate(
            "BundleTexts", "“{partnership}” has no batch called “{batch}”."
        ),
        "export.file_changed": translate(
            "BundleTexts",
            "{path} changed since it was imported. Import its folder again in Media, then export.",
        ),
        "export.cannot_write": translate(
            "BundleTexts", "The bundle could not be written to {path}."
        ),
    }
    text = texts.get(code)
    if text is None:
        return fallback
    try:
        return text.format(**{key: value for key, value in params.items()})
    except (KeyError, IndexError):
        return fallback


def kind_label(kind: str) -> str:
    labels = {
        "partnership": QCoreApplication.translate("BundleTexts", "Partnership"),
        "step": QCoreApplication.translate("BundleTexts", "Checklist step"),
        "batch": QCoreApplication.translate("BundleTexts", "Batch"),
        "item": QCoreApplication.translate("BundleTexts", "Media file"),
        "request": QCoreApplication.translate("BundleTexts", "Help request"),
    }
    return labels.get(kind, kind)


def field_label(field: str) -> str:
    labels = {
        "title": QCoreApplication.translate("BundleTexts", "Title"),
        "descriptions": QCoreApplication.translate("BundleTexts", "Descriptions"),
        "captions": QCoreApplication.translate("BundleTexts", "Captions"),
        "categories": QCoreApplication.translate("BundleTexts", "Categories"),
        "depicts": QCoreApplication.translate("BundleTexts", "Depicts"),
        "date": QCoreApplication.translate("BundleTexts", "Date"),
        "author": QCoreApplication.translate("BundleTexts", "Author"),
        "source": QCoreApplication.translate("BundleTexts", "Source"),
        "licence_id": QCoreApplication.translate("BundleTexts", "Licence"),
        "name": QCoreApplication.translate("BundleTexts", "Name"),
        "notes": QCoreApplication.translate("BundleTexts", "Notes"),
        "note": QCoreApplication.translate("BundleTexts", "Note"),
        "status": QCoreApplication.translate("BundleTexts", "Status"),
        "subject": QCoreApplication.translate("BundleTexts", "Subject"),
        "body": QCoreApplication.translate("BundleTexts", "Description"),
        "file": QCoreApplication.translate("BundleTexts", "The file itself"),
    }
    return labels.get(field, field)


def value_text(value: Any) -> str:
    """A value as a person reads it: text as is, nothing as "(empty)", lists joined."""
    if value is None or value == "" or value == [] or value == {}:
        return QCoreApplication.translate("BundleTexts", "(empty)")
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        return clauses(value)
    if isinstance(value, dict) and all(isinstance(part, str) for part in value.values()):
        return clauses(labelled(key, text) for key, text in value.items())
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
