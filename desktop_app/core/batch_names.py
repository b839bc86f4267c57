"""What a batch's name may be: what a partnership's may be (one line, not blank, not too
long), checked before a batch is made by an import, the window or a sheet."""

from __future__ import annotations

from desktop_app.core.form_checks import field_error
from desktop_app.core.problems import Problem
from desktop_app.core.text_checks import name_control_characters

BATCH_NAME_MAX_LENGTH = 300  # the column's length


def validate_batch_name(name: str) -> list[Problem]:
    """Problems with a new batch's name (``batch.name_missing``, ``batch.name_too_long``,
    ``batch.name_control_characters``); empty when it will do."""
    if not name.strip():
        return [field_error("batch.name_missing", "batch", "The batch needs a name.")]
    if len(name) > BATCH_NAME_MAX_LENGTH:
        return [
            field_error(
                "batch.name_too_long",
                "batch",
                f"The batch name is longer than {BATCH_NAME_MAX_LENGTH} characters.",
                max=BATCH_NAME_MAX_LENGTH,
            )
        ]
    found = name_control_characters(name)
    if found:
        return [
            field_error(
                "batch.name_control_characters",
                "batch",
                f"The batch name contains control characters ({', '.join(found)}), such as "
                "a line break; write it on one line.",
                characters=", ".join(found),
            )
        ]
    return []
