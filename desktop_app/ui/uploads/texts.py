"""Words for upload states, wiki warnings and failures, in the user's language.

The engine stores stable codes (``state``, ``error_code``, ``warnings[].code``); this
module is the one place that turns them into translated, plain sentences, so the table,
the decision dialog and the detail line say the same thing. Unknown codes fall back to
a general sentence with the code (the wiki's own message is in the log), never to nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop_app.ui.text_patterns import listing

# lupdate finds calls of this alias with a literal context and text.
translate = QCoreApplication.translate


def state_text(
    state: str,
    *,
    paused: bool = False,
    waiting: bool = False,
    moving: bool = True,
    phase: str | None = None,
) -> str:
    """The state column: what is happening to the file, in a word or two.

    A job is "Uploading" or "Publishing" only while a runner works on it (``moving``); a
    job stopped half way (offline, no account) says it waits, with its progress beside.
    ``phase`` is the job's async phase: the wiki's job queue is assembling or publishing.
    """
    if paused and state not in ("verified", "failed", "cancelled"):
        return translate("UploadTexts", "Paused")
    if waiting and state in ("queued", "uploading", "stashed", "committing", "published"):
        return translate("UploadTexts", "Waiting to retry")
    if phase == "assembling" and state == "uploading":
        return translate("UploadTexts", "The wiki assembles the file")
    if phase == "publishing" and state == "committing":
        return translate("UploadTexts", "The wiki publishes the file")
    if not moving and state in ("uploading", "stashed", "committing", "published"):
        return translate("UploadTexts", "Waiting")
    texts = {
        "queued": translate("UploadTexts", "Waiting"),
        "uploading": translate("UploadTexts", "Uploading"),
        "stashed": translate("UploadTexts", "Sent, publishing"),
        "committing": translate("UploadTexts", "Publishing"),
        "published": translate("UploadTexts", "Checking on the wiki"),
        "verified": translate("UploadTexts", "Uploaded"),
        "needs_decision": translate("UploadTexts", "Needs your decision"),
        "failed": translate("UploadTexts", "Failed"),
        "cancelled": translate("UploadTexts", "Cancelled"),
    }
    return texts.get(state, state)


def warning_title(code: str) -> str:
    """A short name for a wiki warning (table cell, dialog heading)."""
    titles = {
        "duplicate": translate("UploadTexts", "Same file already on the wiki"),
        "duplicate-archive": translate("UploadTexts", "Same file was deleted before"),
        "was-deleted": translate("UploadTexts", "A file with this name was deleted"),
        "exists": translate("UploadTexts", "A different file has this name"),
        "exists-normalized": translate("UploadTexts", "A similar name is taken"),
        "page-exists": translate("UploadTexts", "A page with this name exists"),
        "bad-prefix": translate("UploadTexts", "Name looks like a camera default"),
        "badfilename": translate("UploadTexts", "The wiki changed the name"),
        "filetype-unwanted-type": translate("UploadTexts", "Unwanted file type"),
        "large-file": translate("UploadTexts", "Very large file"),
        "emptyfile": translate("UploadTexts", "Empty file"),
        "duplicateversions": translate("UploadTexts", "Same as an older version"),
    }
    return titles.get(code, translate("UploadTexts", "Wiki warning: {code}").format(code=code))


def _names(detail: Any) -> str:
    if isinstance(detail, list):
        return listing(str(name) for name in detail[:5]) + ("…" if len(detail) > 5 else "")
    return str(detail) if detail not in (None, "", True) else ""


def warning_explanation(code: str, detail: Any) -> str:
    """What the warning means and what each choice would do, in plain words."""
    names = _names(detail)
    texts = {
        "duplicate": translate(
            "UploadTexts",
            "Exactly the same file is already on the wiki as: {names}. Uploading it again "
            "makes a second copy, which Commons usually deletes. Skip it unless you are sure.",
        ),
        "duplicate-archive": translate(
            "UploadTexts",
            "Exactly the same file was uploaded before and then deleted ({names}). It may "
            "have been deleted for a reason; check before publishing it again.",
        ),
        "was-deleted": translate(
            "UploadTexts",
            "A file with this name was deleted from the wiki before. Publishing re-creates "
            "it; a new name avoids confusion.",
        ),
        "exists": translate(
            "UploadTexts",
            "The name “{names}” is already taken by a different file. Publishing anyway "
            "would replace that file with this one. Choose a new name unless you mean to "
            "replace it.",
        ),
        "exists-normalized": translate(
            "UploadTexts",
            "A file with almost the same name exists: {names}. Choose a clearer name, or "
            "publish anyway if they really are different files.",
        ),
        "page-exists": translate(
            "UploadTexts", "A page with this name already exists ({names}). Choose a new name."
        ),
        "bad-prefix": translate(
            "UploadTexts",
            "The name starts like a camera's default file name (“{names}”), which says "
            "nothing about the picture. Give it a descriptive name.",
        ),
        "badfilename": translate("UploadTexts", "The wiki would change the name to “{names}”."),
        "filetype-unwanted-type": translate(
            "UploadTexts", "The wiki discourages this file type. Publishing may still work."
        ),
        "large-file": translate("UploadTexts", "The file is larger than the wiki recommends."),
        "emptyfile": translate("UploadTexts", "The file is empty."),
        "duplicateversions": translate(
            "UploadTexts", "The file is the same as an older version of this page."
        ),
    }
    text = texts.get(code)
    if text is None:
        text = translate("UploadTexts", "The wiki warned about this file ({code}). {names}")
    return text.format(names=names, code=code).strip()


def error_text(code: str | None, message: str | None = None) -> str:
    """Why a file failed or waits, in words the user can act on.

    Only the code is worded: the wiki's own ``message`` (English, technical) is in the
    log, behind "Details…", never in the sentence.
    """
    texts = {
        "network": translate(
            "UploadTexts", "The connection dropped. Fieldkit tries again by itself."
        ),
        "maxlag": translate("UploadTexts", "The wiki is busy. Fieldkit tries again by itself."),
        "ratelimited": translate(
            "UploadTexts", "The wiki asked us to slow down. Fieldkit tries again later."
        ),
        "readonly": translate(
            "UploadTexts", "The wiki is read-only for maintenance. Fieldkit tries again later."
        ),
        "login_failed": translate(
            "UploadTexts",
            "Login refused: check the bot password in Settings. Uploads continue after that.",
        ),
        "not_configured": translate(
            "UploadTexts",
            "No wiki account yet — set it up in Settings. Uploads start after that.",
        ),
        "no_password": translate(
            "UploadTexts",
            "No password is stored for the wiki account — enter it in Settings. Uploads "
            "start after that.",
        ),
        "internal": translate(
            "UploadTexts",
            "Something unexpected happened; Fieldkit tries again by itself.",
        ),
        "local-file": translate(
            "UploadTexts",
            "The file on this computer could not be read (moved, deleted or on a disk "
            "that is not connected). Put it back and press Retry.",
        ),
        "verify-mismatch": translate(
            "UploadTexts",
            "The file on the wiki is not the same as the one sent. Check it on the wiki.",
        ),
        "stash-lost": translate(
            "UploadTexts", "The wiki lost the partly sent file; it is sent again from the start."
        ),
        "invalidtitle": translate(
            "UploadTexts", "The file name is not allowed on the wiki. Fix the title."
        ),
        "badfilename": translate(
            "UploadTexts", "The file name is not allowed on the wiki. Fix the title."
        ),
        "illegal-filename": translate(
            "UploadTexts", "The file name is not allowed on the wiki. Fix the title."
        ),
        "filename-tooshort": translate("UploadTexts", "The file name is too short. Fix the title."),
        "titleblacklist-forbidden": translate(
            "UploadTexts", "The wiki does not allow this file name. Fix the title."
        ),
        "protectedtitle": translate(
            "UploadTexts", "This file name is protected on the wiki. Fix the title."
        ),
        "filetype-banned": translate("UploadTexts", "The wiki does not accept this file type."),
        "file-too-large": translate("UploadTexts", "The file is too large for the wiki."),
        "empty-file": translate("UploadTexts", "The file is empty."),
        "emptyfile": translate("UploadTexts", "The file is empty."),
        "fileexists-no-change": translate(
            "UploadTexts", "Exactly this file is already on the wiki under this name."
        ),
        "permissiondenied": translate(
            "UploadTexts", "This account may not upload files. Check its rights."
        ),
        "cantupload": translate(
            "UploadTexts", "This account may not upload files. Check its rights."
        ),
        "blocked": translate(
            "UploadTexts",
            "This account is blocked on the wiki. Uploads wait and try again when the block "
            "ends (and every hour, in case an administrator lifts it).",
        ),
        "autoblocked": translate(
            "UploadTexts",
            "This internet address is blocked on the wiki. Uploads wait and try again when "
            "the block ends.",
        ),
        "abusefilter-disallowed": translate(
            "UploadTexts", "A wiki filter refused the file. Check the description."
        ),
        "verification-error": translate(
            "UploadTexts", "The wiki did not accept the file's contents or type."
        ),
        "filetype-not-accepted": translate(
            "UploadTexts",
            "The wiki does not accept this file type; nothing was sent. Convert the file "
            "(the media check says how) and queue it again.",
        ),
        "http-429": translate(
            "UploadTexts", "The wiki asked us to slow down. Fieldkit tries again later."
        ),
        "assembly-failed": translate(
            "UploadTexts",
            "The wiki could not put the file together from its parts; it is sent again.",
        ),
        "request-too-large": translate(
            "UploadTexts", "The wiki refused a part as too large; smaller parts are sent."
        ),
    }
    if code is None:
        return ""
    if code.startswith("http-"):
        return translate(
            "UploadTexts",
            "The wiki answered with an error ({code}). Fieldkit tries again by itself.",
        ).format(code=code)
    text = texts.get(code)
    if text is not None:
        return text
    # An error code we have no words for: the wiki's own reason is in the log.
    return translate("UploadTexts", "The wiki refused the file; the reason it gave is in the log.")


def error_title(code: str | None) -> str:
    """A few words for the table's problem column; :func:`error_text` explains."""
    if not code:
        return ""
    titles = {
        "network": translate("UploadTexts", "Connection dropped"),
        "maxlag": translate("UploadTexts", "Wiki busy"),
        "ratelimited": translate("UploadTexts", "Wiki asked to slow down"),
        "readonly": translate("UploadTexts", "Wiki in maintenance"),
        "login_failed": translate("UploadTexts", "Login refused"),
        "not_configured": translate("UploadTexts", "No wiki account yet"),
        "no_password": translate("UploadTexts", "No password stored"),
        "internal": translate("UploadTexts", "Unexpected trouble"),
        "local-file": translate("UploadTexts", "File missing on this computer"),
        "verify-mismatch": translate("UploadTexts", "Differs on the wiki"),
        "stash-lost": translate("UploadTexts", "Starting again"),
        "invalidtitle": translate("UploadTexts", "Title not allowed"),
        "badfilename": translate("UploadTexts", "Title not allowed"),
        "illegal-filename": translate("UploadTexts", "Title not allowed"),
        "filename-tooshort": translate("UploadTexts", "Title too short"),
        "titleblacklist-forbidden": translate("UploadTexts", "Title not allowed"),
        "protectedtitle": translate("UploadTexts", "Title protected"),
        "filetype-banned": translate("UploadTexts", "File type refused"),
        "file-too-large": translate("UploadTexts", "File too large"),
        "empty-file": translate("UploadTexts", "Empty file"),
        "emptyfile": translate("UploadTexts", "Empty file"),
        "fileexists-no-change": translate("UploadTexts", "Already on the wiki"),
        "permissiondenied": translate("UploadTexts", "Account may not upload"),
        "cantupload": translate("UploadTexts", "Account may not upload"),
        "blocked": translate("UploadTexts", "Account blocked"),
        "autoblocked": translate("UploadTexts", "Address blocked"),
        "abusefilter-disallowed": translate("UploadTexts", "Refused by a wiki filter"),
        "filetype-not-accepted": translate("UploadTexts", "File type refused"),
        "http-429": translate("UploadTexts", "Wiki asked to slow down"),
        "assembly-failed": translate("UploadTexts", "Sending again"),
        "request-too-large": translate("UploadTexts", "Smaller parts"),
    }
    if code.startswith("http-"):
        return translate("UploadTexts", "Wiki error ({code})").format(code=code)
    return titles.get(code) or translate("UploadTexts", "Refused by the wiki")


def hold_text(reason: str) -> str:
    """Why the worker does not start the next file (banner above the queue)."""
    texts = {
        "paused_all": translate(
            "UploadTexts", "All uploads are paused. Press “Resume all” to continue."
        ),
        "metered": translate(
            "UploadTexts",
            "Uploads wait for an unmetered connection (as set in Settings). They continue "
            "by themselves on Wi-Fi or a cable.",
        ),
        "metered_unknown": translate(
            "UploadTexts",
            "Uploads wait: “unmetered connections only” is on, and this computer does not "
            "say whether its connection is metered. Switch it off in Settings to upload.",
        ),
        "login_failed": translate(
            "UploadTexts",
            "Login refused: check the bot password in Settings. Uploads continue after that.",
        ),
        "not_configured": translate(
            "UploadTexts",
            "No wiki account yet — set it up in Settings. Uploads start after that.",
        ),
        "no_password": translate(
            "UploadTexts",
            "No password is stored for the wiki account — enter it in Settings. Uploads "
            "start after that.",
        ),
        "offline": translate(
            "UploadTexts",
            "Waiting for a connection: uploads continue by themselves when the wiki can be "
            "reached.",
        ),
    }
    return texts.get(reason, "")


def local_time_text(when: datetime) -> str:
    """A moment stored in UTC (naive), as the user's clock shows it."""
    seconds = int(when.replace(tzinfo=UTC).timestamp())
    moment = QDateTime.fromSecsSinceEpoch(seconds).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def wiki_hold_text(code: str, message: str, until: datetime) -> str:
    """Why every upload to the wiki waits, and when Fieldkit tries again (the banner)."""
    texts = {
        "ratelimited": translate(
            "UploadTexts",
            "The wiki asked Fieldkit to slow down. Uploads wait and continue by themselves "
            "at {time}.",
        ),
        "http-429": translate(
            "UploadTexts",
            "The wiki asked Fieldkit to slow down. Uploads wait and continue by themselves "
            "at {time}.",
        ),
        "readonly": translate(
            "UploadTexts",
            "The wiki is read-only for maintenance ({reason}). Uploads wait and try again "
            "by themselves at {time}.",
        ),
        "maxlag": translate(
            "UploadTexts",
            "The wiki is overloaded and asked bots to wait. Uploads try again by themselves "
            "at {time}.",
        ),
        "blocked": translate(
            "UploadTexts",
            "This account is blocked on the wiki ({reason}). Uploads wait and try again by "
            "themselves at {time}.",
        ),
        "autoblocked": translate(
            "UploadTexts",
            "This internet address is blocked on the wiki ({reason}). Uploads wait and try "
            "again by themselves at {time}.",
        ),
    }
    template = texts.get(code) or translate(
        "UploadTexts",
        "The wiki takes no uploads for now ({reason}). Fieldkit tries again at {time}.",
    )
    reason = message.partition(": ")[2] or message
    return template.format(time=local_time_text(until), reason=reason)


def waiting_text(until: datetime) -> str:
    """When a waiting file is tried again (detail line)."""
    return translate("UploadTexts", "Tries again by itself at {time}.").format(
        time=local_time_text(until)
    )


def renamed_text(title: str, asked: str) -> str:
    """The wiki published the file under another name than the one asked for."""
    return translate("UploadTexts", "The wiki named the file “{title}” (asked: “{asked}”).").format(
        title=title, asked=asked
    )
