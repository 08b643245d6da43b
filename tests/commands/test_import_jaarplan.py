"""``prestatie import jaarplan``: the seed and our own PDFs round trip, and every refusal is a
located Dutch message with the right exit status and no traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.core import Document, consolidate, layout_text
from prestatie_build.sources import load_project
from projects import REPO, copy_assen

SEED = REPO / "tests" / "data" / "seed" / "jaarplan-2024-assen.txt"
PART2 = REPO / "tests" / "data" / "part2"


def _import(root: Path, source: Path, year: int = 2024, *extra: str) -> Result:
    return CliRunner().invoke(
        cli, ["--root", str(root), *extra, "import", "jaarplan", str(source), "--year", str(year)]
    )


def _without_year(root: Path, year: int) -> Path:
    """The project with the Jaarplan of ``year`` (and every later one) taken away."""
    for folder in (root / "amendments").iterdir():
        if int(folder.name) >= year:
            shutil.rmtree(folder)
    return root


def consolidated_text(root: Path, year: int) -> dict[str, str]:
    """What a reader reads in the document of ``year``: every agreement and section (title,
    whether it is vervallen, rendered words), every goals list and the documents list."""
    document: Document = consolidate(load_project(root), year).document
    texts: dict[str, str] = {"documents": "\n".join(i.text for i in document.documents)}
    for chapter in document.chapters:
        texts[f"{chapter.id}/goals"] = "\n".join(item.text for item in chapter.goals)
        for article in chapter.articles:
            words = " ".join(layout_text(article.body).split())
            gone = "vervallen" if article.deleted else ""
            texts[f"{chapter.id}/{article.key}"] = f"{article.title}|{gone}|{words}"
    return texts


def test_the_seed_imports_to_the_text_of_the_hand_written_jaarplan(tmp_path: Path) -> None:
    written = copy_assen(tmp_path / "written")
    imported = _without_year(copy_assen(tmp_path / "imported"), 2024)
    result = _import(imported, SEED)
    assert result.exit_code == 0, result.output
    assert "20 wijzigingen" in result.output
    assert "0 fouten, 0 waarschuwingen" in result.output
    for year in (2024, 2025):
        assert consolidated_text(imported, year) == consolidated_text(written, year)


def test_the_imported_jaarplan_has_the_metadata_of_the_seed(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    assert _import(root, SEED).exit_code == 0
    mine = next(j for j in load_project(root).jaarplannen if j.year == 2024)
    theirs = next(
        j for j in load_project(copy_assen(tmp_path / "hand")).jaarplannen if j.year == 2024
    )
    assert mine.adopted is not None and theirs.adopted is not None
    assert (mine.adopted.date, mine.adopted.place) == (theirs.adopted.date, theirs.adopted.place)
    assert [(s.party, s.name, s.role) for s in mine.signatories] == [
        (s.party, s.name, s.role) for s in theirs.signatories
    ]
    assert mine.introduction.strip() == theirs.introduction.strip()
    assert [(c.op, c.target, c.label, c.reason) for c in mine.changes] == [
        (c.op, c.target, c.label, c.reason) for c in theirs.changes
    ]


def test_an_existing_jaarplan_is_never_overwritten(tmp_path: Path) -> None:
    root = copy_assen(tmp_path)
    before = (root / "amendments" / "2024" / "jaarplan.yaml").read_bytes()
    result = _import(root, SEED)
    assert result.exit_code == 1
    assert "amendments/2024/jaarplan.yaml:1: error: amendments/2024/jaarplan.yaml bestaat al" in (
        result.output
    )
    assert "Traceback" not in result.output
    assert (root / "amendments" / "2024" / "jaarplan.yaml").read_bytes() == before


def test_a_missing_file_is_a_located_dutch_error(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    result = _import(root, tmp_path / "weg.txt")
    assert result.exit_code == 1
    assert "error: dit bestand bestaat niet, of is geen bestand" in result.output
    assert not (root / "amendments" / "2024").exists()


def test_a_word_macro_file_is_refused_unread(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    source = tmp_path / "jaarplan.docm"
    source.write_bytes(b"PK\x03\x04 not opened")
    result = _import(root, source)
    assert result.exit_code == 1
    assert "alleen bestanden op .txt en .pdf kunnen worden ingelezen, niet '.docm'" in (
        result.output
    )


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    source = tmp_path / "beveiligd.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        # An owner password only: every reader opens it, and still it is refused.
        pdf.save(source, encryption=pikepdf.Encryption(owner="eigenaar", user=""))
    result = _import(root, source)
    assert result.exit_code == 1
    assert f"{source}:1: error: deze PDF is beveiligd" in result.output
    assert "Traceback" not in result.output


def test_a_pdf_with_a_password_is_refused(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    source = tmp_path / "wachtwoord.pdf"
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        pdf.save(source, encryption=pikepdf.Encryption(owner="eigenaar", user="geheim"))
    result = _import(root, source)
    assert result.exit_code == 1
    assert "error: deze PDF is beveiligd" in result.output


def test_a_malformed_pdf_is_refused(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    source = tmp_path / "kapot.pdf"
    source.write_bytes(b"%PDF-1.7\nthis is no PDF at all")
    result = _import(root, source)
    assert result.exit_code == 1
    assert f"{source}:1: error: dit is geen leesbare PDF" in result.output
    assert "Traceback" not in result.output


def test_a_text_file_that_is_not_utf8_is_located(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    source = tmp_path / "latin1.txt"
    source.write_bytes("Inleiding\n\nCaf\u00e9\n".encode("latin-1"))
    result = _import(root, source)
    assert result.exit_code == 1
    assert f"{source}:3: error: geen geldige UTF-8 (byte 0xE9)" in result.output


def test_the_first_year_of_the_period_has_no_year_before_it(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2022)
    result = _import(root, SEED, 2022)
    assert result.exit_code == 2
    assert "error: 2022 is het eerste jaar van de looptijd" in result.output
    assert "Traceback" not in result.output


def test_a_year_outside_the_period_is_a_usage_error(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    assert _import(root, SEED, 2031).exit_code == 2


def test_text_that_cannot_be_placed_writes_nothing_and_says_where(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    source = tmp_path / "jaarplan.txt"
    source.write_text(
        "Wijzigingen en aanvullingen\n\nBetaalbaarheid\n\nEen losse zin zonder label.\n",
        encoding="utf-8",
    )
    result = _import(root, source)
    assert result.exit_code == 1
    assert f'{source}:5: error: deze tekst hoort nergens bij: "Een losse zin zonder label."' in (
        result.output
    )
    assert "hint: zet er een label boven" in result.output
    assert not (root / "amendments" / "2024").exists()


def test_english_on_request(tmp_path: Path) -> None:
    root = _without_year(copy_assen(tmp_path), 2024)
    result = _import(root, tmp_path / "missing.txt", 2024, "--lang", "en")
    assert "error: the file does not exist or is not a file" in result.output


# --- our own outputs, back again ------------------------------------------------------------


def _built_jaarplan_pdf(root: Path, year: int, out: Path) -> Path:
    result = CliRunner().invoke(
        cli,
        [
            "--root",
            str(root),
            "build",
            "--year",
            str(year),
            "--format",
            "jaarplan",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    return out / f"jaarplan-{year}.pdf"


@pytest.mark.slow
@pytest.mark.pdf
def test_our_own_jaarplan_pdf_of_assen_imports_to_the_same_text(tmp_path: Path) -> None:
    written = copy_assen(tmp_path / "written")
    pdf = _built_jaarplan_pdf(written, 2024, tmp_path / "out")
    imported = _without_year(copy_assen(tmp_path / "imported"), 2024)
    result = _import(imported, pdf)
    assert result.exit_code == 0, result.output
    assert "0 fouten, 0 waarschuwingen" in result.output
    for year in (2024, 2025):
        assert consolidated_text(imported, year) == consolidated_text(written, year)
