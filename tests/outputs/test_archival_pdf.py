"""The archival PDF: PDF/A-3b with tags, carrying the YAML and Markdown it was built from.

Read with pikepdf, qpdf and poppler's pdffonts: the PDF/A identification in the XMP, language,
title, dates from the sources, a structure tree with every text marked, an outline, every font
embedded, and the sources attached byte for byte. Labelled and checked, not validated: no
veraPDF here. The Assen 2024 PDFs are built once for the module.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.outputs import OUTPUT_NAMES
from prestatie_build.render import PACKAGE_TEMPLATES
from prestatie_build.sources import load_project
from projects import add_jaarplan, copy_assen, small_project

pytestmark = pytest.mark.pdf

TEXT_OPERATORS = {"Tj", "TJ", "'", '"'}


def run(root: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def assen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_assen(tmp_path_factory.mktemp("archival") / "assen")


@pytest.fixture(scope="module")
def built(assen: Path) -> Path:
    formats = ",".join(name for name in ("pdf", "jaarplan") if name in OUTPUT_NAMES)
    out = assen.parent / "out"
    result = run(assen, "build", "--year", "2024", "--format", formats, "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def document_pdf(built: Path) -> Path:
    return built / "prestatieafspraken-2024.pdf"


XMP_KEYS = (
    "pdfaid:part",
    "pdfaid:conformance",
    "dc:title",
    "xmp:CreateDate",
    "xmp:ModifyDate",
)


def xmp(path: Path) -> dict[str, object]:
    """The XMP properties the tests read, as written (pikepdf must not rewrite anything)."""
    with (
        pikepdf.open(path) as pdf,
        pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta,
    ):
        return {key: meta.get(key) for key in XMP_KEYS}


def test_identifies_itself_as_pdf_a_3b_in_the_xmp(document_pdf: Path) -> None:
    meta = xmp(document_pdf)
    assert meta["pdfaid:part"] == "3"
    assert meta["pdfaid:conformance"] == "B"
    with pikepdf.open(document_pdf) as pdf:
        intents = pdf.Root.OutputIntents
        assert [str(intent.S) for intent in intents] == ["/GTS_PDFA1"]  # sRGB output intent


def test_title_language_and_the_adoption_date(document_pdf: Path) -> None:
    meta = xmp(document_pdf)
    assert meta["dc:title"] == "Meerjarige Prestatieafspraken 2022-2025 Assen (2024)"
    assert meta["xmp:CreateDate"] == "2023-12-07"  # the Jaarplan 2024's adoption, not the clock
    assert meta["xmp:ModifyDate"] == "2023-12-07"
    with pikepdf.open(document_pdf) as pdf:
        assert str(pdf.Root.Lang) == "nl"
        assert str(pdf.docinfo["/CreationDate"]) == "D:20231207"


def test_tagged_every_text_in_marked_content_and_every_font_with_unicode(
    document_pdf: Path,
) -> None:
    with pikepdf.open(document_pdf) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert pdf.Root.get("/StructTreeRoot") is not None
        where = Counter()
        fonts = {}
        for page in pdf.pages:
            stack: list[str] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                name = str(operator)
                if name in ("BDC", "BMC"):
                    stack.append(str(operands[0]))
                elif name == "EMC":
                    stack.pop()
                elif name in TEXT_OPERATORS:
                    where["marked" if stack else "unmarked"] += 1
            for font in page.Resources.Font.values():
                fonts[str(font.BaseFont)] = "/ToUnicode" in font
    assert where["marked"] > 1000
    assert where["unmarked"] == 0
    assert fonts
    assert all(fonts.values()), fonts


def test_outline_of_chapters_and_agreements(document_pdf: Path) -> None:
    with pikepdf.open(document_pdf) as pdf, pdf.open_outline() as outline:
        titles = [item.title for item in outline.root]
        children = [child.title for item in outline.root for child in item.children]
    assert "Betaalbaarheid" in titles
    assert "Afspraak 17" in children


def test_every_font_is_embedded(built: Path) -> None:
    for pdf in sorted(built.glob("*.pdf")):
        lines = subprocess.run(
            ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
        ).stdout.splitlines()[2:]
        assert lines, pdf
        embedded = [line.split()[-5] for line in lines]  # columns: ... emb sub uni object ID
        assert set(embedded) == {"yes"}, (pdf.name, lines)


def test_qpdf_finds_no_structural_error(built: Path) -> None:
    for pdf in sorted(built.glob("*.pdf")):
        done = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "No syntax or stream encoding errors" in done.stdout


def test_carries_every_source_it_was_built_from_byte_for_byte(
    assen: Path, document_pdf: Path
) -> None:
    sources = load_project(assen, up_to_year=2024).source_files
    assert "amendments/2024/jaarplan.yaml" in sources
    assert "agreements/beschikbaarheid/afspraak-17.md" in sources
    with pikepdf.open(document_pdf) as pdf:
        attached = dict(pdf.attachments.items())
        assert sorted(attached) == sorted(sources)
        for name, spec in attached.items():
            stream = spec.get_file()
            assert stream.read_bytes() == (assen / name).read_bytes(), name
            assert spec.obj.AFRelationship == "/Source"
            assert stream.mime_type == (
                "text/markdown" if name.endswith(".md") else "application/yaml"
            )
            assert str(stream.obj.Params.ModDate) == "D:20231207000000Z"  # never an mtime
        associated = {str(spec.UF) for spec in pdf.Root.AF}
        assert associated == set(sources)


def test_the_jaarplan_pdf_is_archival_too(built: Path) -> None:
    if "jaarplan" not in OUTPUT_NAMES:
        pytest.skip("no jaarplan output in this build")
    path = built / "jaarplan-2024.pdf"
    meta = xmp(path)
    assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "B")
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "nl"
        assert pdf.Root.get("/StructTreeRoot") is not None
        assert "amendments/2024/jaarplan.yaml" in pdf.attachments


# --- Dates and warnings, on a small project ---------------------------------------------------


def test_a_draft_has_no_date_unless_source_date_epoch_gives_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = small_project(tmp_path / "teststad")
    add_jaarplan(root, 2024)  # a draft: no adoption date
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert run(root, "build", "--year", "2024", "--format", "pdf").exit_code == 0
    path = root / "build" / "2024" / "prestatieafspraken-2024.pdf"
    with pikepdf.open(path) as pdf:
        assert "/CreationDate" not in pdf.docinfo
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path / "dated"
    assert run(root, "build", "--year", "2024", "--format", "pdf", "--out", str(out)).exit_code == 0
    with pikepdf.open(out / "prestatieafspraken-2024.pdf") as pdf:
        assert str(pdf.docinfo["/CreationDate"]) == "D:20231114221320Z"
        assert str(
            pdf.attachments["amendments/2024/jaarplan.yaml"].get_file().obj.Params.ModDate
        ) == ("D:20231114221320Z")


def test_any_weasyprint_warning_fails_the_build_and_writes_nothing(tmp_path: Path) -> None:
    root = small_project(tmp_path / "teststad")
    # A project stylesheet with a value WeasyPrint ignores, and says so. (A character the fonts
    # lack, WeasyPrint's ".notdef" warning, is refused before rendering: test_check_guarantee.)
    (root / "templates").mkdir()
    (root / "templates" / "print.css").write_text(
        (PACKAGE_TEMPLATES / "print.css").read_text(encoding="utf-8")
        + "\np { color: geen-kleur; }\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run(root, "build", "--year", "2023", "--format", "pdf", "--out", str(out))
    assert result.exit_code == 1
    assert "WARNING: Ignored `color: geen-kleur`" in result.output
    assert "er is niets geschreven" in result.output
    assert not (out / "prestatieafspraken-2023.pdf").exists()
