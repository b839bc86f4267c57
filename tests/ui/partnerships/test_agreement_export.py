"""The agreement draft as PDF, ODT and HTML, from the detail pane and from the CLI."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.documents.export import ExportError, export_html
from desktop_app.services.partnerships import PartnershipView
from desktop_app.store.context import AppContext
from desktop_app.ui.areas.partnerships import PartnershipsArea
from tests.ui.partnerships.conftest import open_in_area


def test_pdf_export_writes_an_a4_pdf_and_names_the_blanks(
    area: PartnershipsArea, museum: PartnershipView, tmp_path: Path
) -> None:
    open_in_area(area, museum.id)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "agreement.pdf"
    assert area.detail.export_agreement(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 5000
    status = area.detail.export_status.text()
    assert "not legal advice" in status
    assert "the material" in status  # left blank: material was never filled in
    assert list(folder.iterdir()) == [target]  # no temporary file left behind


def test_odt_export_is_an_opendocument_with_the_partner_in_it(
    area: PartnershipsArea, museum: PartnershipView, tmp_path: Path
) -> None:
    open_in_area(area, museum.id)
    target = tmp_path / "agreement.odt"
    assert area.detail.export_agreement(target)
    with zipfile.ZipFile(target) as odt:
        assert odt.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = odt.read("content.xml").decode("utf-8")
    assert "Gotlands museum" in content
    assert "not legal advice" in content


def test_html_export_contains_the_partner_and_the_typed_material(
    area: PartnershipsArea, museum: PartnershipView, tmp_path: Path
) -> None:
    open_in_area(area, museum.id)
    material = area.detail.form.rows["material"].editor
    material.setPlainText("2,000 glass plate negatives")  # type: ignore[union-attr]
    target = tmp_path / "agreement.html"
    assert area.detail.export_agreement(target)  # saves the typed text first
    html = target.read_text(encoding="utf-8")
    assert "Gotlands museum" in html
    assert "2,000 glass plate negatives" in html
    assert "CC BY 4.0" in html


def test_an_unknown_extension_is_refused_without_writing(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.pdf, \.odt or \.html"):
        export_html("<p>x</p>", tmp_path / "agreement.docx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("suffix", ["pdf", "odt", "html"])
def test_cli_partnership_agreement_writes_each_format(
    ctx: AppContext,
    museum: PartnershipView,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    suffix: str,
) -> None:
    target = tmp_path / f"draft.{suffix}"
    code = run(
        [
            "--data-dir",
            str(ctx.data_dir),
            "partnership",
            "agreement",
            "gotlands museum",
            str(target),
            "--language",
            "sv",
        ]
    )
    assert code == 0
    assert target.stat().st_size > 0
    out = capsys.readouterr().out
    assert "not legal advice" in out
    if suffix == "pdf":
        assert target.read_bytes().startswith(b"%PDF")
    if suffix == "html":  # --language sv: the licence summary in Swedish
        assert "Vem som helst får använda" in target.read_text(encoding="utf-8")


def test_cli_partnership_agreement_refuses_an_unknown_partner(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(
        [
            "--data-dir",
            str(ctx.data_dir),
            "partnership",
            "agreement",
            "Nobody",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2
    assert "partnership.not_found" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
