"""Files the wiki cannot take are named before upload, with the way out (never converted)."""

from __future__ import annotations

from desktop_app.core.filetypes import check_file_type, size_text
from desktop_app.store.bundled import commons_file_policy


def test_an_mp4_for_commons_is_refused_with_the_ffmpeg_command_to_webm() -> None:
    [problem] = check_file_type(
        "Interview 1972.mp4", 80_000_000, "iso-media", commons_file_policy()
    )
    assert (problem.code, problem.fix, problem.params["kind"]) == (
        "filetype-not-accepted",
        "convert-file",
        "video",
    )
    command = problem.params["command"]
    assert command.startswith('ffmpeg -i "Interview 1972.mp4"')
    assert "libvpx-vp9" in command and "libopus" in command
    assert command.endswith('"Interview 1972.webm"')
    assert command in problem.message and "WebM" in problem.message


def test_audio_in_an_unaccepted_format_gets_an_opus_command() -> None:
    [problem] = check_file_type("oral-history.m4a", 9_000_000, "iso-media", commons_file_policy())
    assert problem.params["command"] == (
        'ffmpeg -i "oral-history.m4a" -c:a libopus -b:a 128k "oral-history.opus"'
    )


def test_a_file_over_the_wikis_limit_says_both_sizes_and_how_to_make_it_smaller() -> None:
    policy = commons_file_policy()
    assert policy.max_upload_bytes == 5 * 1024**3  # Commons, with chunked upload
    [film] = check_file_type("Reel 3.webm", 6 * 1024**3, "matroska", policy)
    assert film.code == "file-too-large" and film.blocking
    assert (film.params["size_text"], film.params["limit_text"]) == ("6.0 GB", "5.0 GB")
    assert film.params["command"].startswith('ffmpeg -i "Reel 3.webm"')
    [scan] = check_file_type("Volume 2.pdf", 5 * 1024**3 + 1, "pdf", policy)
    assert "Split the document" in scan.message and scan.params["command"] == ""


def test_the_wikis_own_limit_replaces_commons_default() -> None:
    small = commons_file_policy().with_wiki_limits(["png", "webm"], 100 * 1024**2, "wiki X")
    [problem] = check_file_type("Reel.webm", 200 * 1024**2, "matroska", small)
    assert problem.code == "file-too-large" and problem.params["limit_text"] == "100 MB"


def test_sizes_read_as_people_say_them() -> None:
    assert [size_text(n) for n in (512, 12 * 1024, 740 * 1024**2, int(5.2 * 1024**3))] == [
        "512 bytes",
        "12 kB",
        "740 MB",
        "5.2 GB",
    ]
