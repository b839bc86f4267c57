"""Every problem code the core can emit has words in the user's language, and messages
already on screen follow a live switch of language.

The codes are found in the sources (calls of ``error``/``warning``/``info`` and
``field_error``/``field_warning`` with a literal code), with the parameter names each
call passes, so a new check without a translated sentence fails here — not in front of a
Swedish volunteer.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.problems import Problem, Severity
from desktop_app.store.context import AppContext
from desktop_app.ui.desk.problem_text import problem_text as desk_text
from desktop_app.ui.i18n import install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.media.problem_text import problem_message
from desktop_app.ui.partnerships.texts import problem_text as partnership_text
from desktop_app.ui.requests.problem_text import problem_text as request_text

SOURCES = Path(__file__).resolve().parents[2] / "desktop_app"
SENTINEL = "UNTRANSLATED ENGLISH FALLBACK"
# Refusals only a command line meets (``media set``, ``upload decide``, ``request retry``):
# the CLI speaks English by contract, so they need no words in the window.
CLI_ONLY = ("services/media_batch_set.py", "services/upload_commands.py", "cli/")
SAMPLE_VALUES = {
    "size": 734_003_200,
    "limit": 104_857_600,
    "total": 11_534_336,
    "bytes": 260,
    "row": 7,
    "max": 300,
}


def emitted(kinds: tuple[str, ...]) -> Iterator[tuple[str, dict[str, object], str]]:
    """(code, sample parameters, where) for every call of one of ``kinds`` in the sources."""
    for path in sorted(SOURCES.rglob("*.py")):
        where = str(path.relative_to(SOURCES))
        if where.startswith(("ui/", "store/migrations")) or where.startswith(CLI_ONLY):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            first = node.args[0]
            if name not in kinds or not isinstance(first, ast.Constant):
                continue
            if not isinstance(first.value, str) or " " in first.value or "%" in first.value:
                continue  # a log call ("... %s", or just "%s"), not a problem code
            params = {
                keyword.arg: SAMPLE_VALUES.get(keyword.arg, f"<{keyword.arg}>")
                for keyword in node.keywords
                if keyword.arg not in (None, "fix")
            }
            yield first.value, params, where


MEDIA_CODES = sorted(
    {(c, tuple(p.items()), w) for c, p, w in emitted(("error", "warning", "info"))}
)
FORM_CODES = sorted(
    {(c, tuple(p.items()), w) for c, p, w in emitted(("field_error", "field_warning"))}
)


@pytest.fixture
def both_languages(qapp: object) -> Iterator[Callable[[Callable[[], str]], tuple[str, str]]]:
    def render(make: Callable[[], str]) -> tuple[str, str]:
        install_language("en")
        english = make()
        install_language("sv")
        return english, make()

    yield render
    install_language("en")


def test_the_sources_really_were_read() -> None:
    codes = {code for code, _params, _where in MEDIA_CODES}
    assert {"gps-present", "file-damaged", "content-extension-mismatch", "not-media"} <= codes
    assert len(codes) > 35
    assert {"request.subject_missing", "helpdesk.page_not_chosen"} <= {
        c for c, _p, _w in FORM_CODES
    }


@pytest.mark.parametrize(("code", "params", "where"), MEDIA_CODES)
def test_every_file_problem_has_a_swedish_sentence(
    both_languages: Callable[[Callable[[], str]], tuple[str, str]],
    code: str,
    params: tuple[tuple[str, object], ...],
    where: str,
) -> None:
    problem = Problem(code, SENTINEL, dict(params), Severity.ERROR)
    english, swedish = both_languages(lambda: problem_message(problem))
    assert SENTINEL not in english, f"{code} ({where}) has no words in the UI"
    assert swedish != english, f"{code} ({where}) stays English in Swedish"
    assert "{" not in swedish and "{" not in english, f"{code}: a placeholder is left"


@pytest.mark.parametrize(("code", "params", "where"), FORM_CODES)
def test_every_form_problem_has_a_swedish_sentence(
    both_languages: Callable[[Callable[[], str]], tuple[str, str]],
    code: str,
    params: tuple[tuple[str, object], ...],
    where: str,
) -> None:
    field = "impact" if code == "request.recommended_missing" else "x"
    problem = Problem(code, SENTINEL, {"field": field, **dict(params)}, Severity.ERROR)
    words = partnership_text if code.startswith(("partnership.", "checklist.")) else request_text
    if code == "date.invalid":
        words = partnership_text
    if code.startswith("desk."):
        words = desk_text
    if code.startswith("batch."):  # a batch's name: said under the Media area's batch bar
        words = problem_message
    english, swedish = both_languages(lambda: words(problem))
    assert SENTINEL not in english, f"{code} ({where}) has no words in the UI"
    assert swedish != english, f"{code} ({where}) stays English in Swedish"


def test_messages_on_screen_follow_a_live_language_switch(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    from desktop_app.services.requests.drafts import new_request

    media = window.media_area
    media.batch_bar.create_batch("Nordic Museum", "Plates")
    empty = tmp_path / "nothing here"
    empty.mkdir()
    operation = media.batch_bar.start_import([str(empty)])
    assert operation is not None
    qtbot.waitUntil(lambda: media.batch_bar.summary_label.message() != "", timeout=10_000)
    imported_en = media.batch_bar.summary_label.message()
    media.table.show_message(lambda: media.table.tr("Select the files to edit first."))

    settings = window.settings_area
    settings.save()
    saved_en = settings.save_message.message()

    requests = window.requests_area
    requests.open_request(new_request(ctx.db, subject="", body=""))
    requests.editor.send()
    refused_en = requests.editor.problem_label.text()

    install_language("sv")
    try:
        assert imported_en == "No files found to import."
        assert media.batch_bar.summary_label.message() == "Inga filer att importera hittades."
        assert media.table.message_label.message() == "Markera först de filer som ska redigeras."
        assert saved_en == "Settings saved."
        assert settings.save_message.message() == "Inställningarna har sparats."
        assert refused_en == "Not sent: please fix what is marked in the form."
        assert requests.editor.problem_label.text() == (
            "Inte skickad: rätta det som är markerat i formuläret."
        )
        subject = requests.editor.form.rows["subject"].message
        assert subject.text() == "Ge förfrågan ett ämne."
    finally:
        install_language("en")
    assert media.batch_bar.summary_label.message() == imported_en
