"""The Jaarplan's HTML and PDF: its wording from the phrases file, the house style of the
consolidated PDF (metadata, outline, fonts), the signature page, and CONCEPT for a draft.

Built from the real Assen sources (with Assen's own templates/ folder); three PDFs are rendered
once per module (about 1.5 s each).
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pikepdf
import pytest

from prestatie_build.core import Project, RenderError, Renvooi, build_renvooi, consolidate
from prestatie_build.render import (
    PACKAGE_TEMPLATES,
    PHRASES_FILE,
    load_phrases,
    render_document_pdf,
    render_jaarplan_html,
    render_jaarplan_pdf,
)
from prestatie_build.sources import load_project
from projects import REPO
from typeface import EVERY_FACE, embedded_faces, requested_urls

TEMPLATES = REPO / "templates"
TITLE = "Jaarplan 2024 \u2013 Meerjarige Prestatieafspraken 2022-2025 Assen"


@dataclass(frozen=True)
class Pdf:
    path: Path
    pages: list[str]
    """pdftotext -layout of each page."""


def read_pdf(path: Path, content: bytes) -> Pdf:
    path.write_bytes(content)
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return Pdf(path, [page for page in layout.split("\f") if page.strip()])


@pytest.fixture(scope="module")
def project() -> Project:
    return load_project(REPO)


@pytest.fixture(scope="module")
def renvooi(project: Project) -> Renvooi:
    built = build_renvooi(project, 2024)
    assert built is not None
    return built


@pytest.fixture(scope="module")
def draft(renvooi: Renvooi) -> Renvooi:
    jaarplan = replace(renvooi.jaarplan, status="draft", adopted=None)
    return replace(renvooi, jaarplan=jaarplan, concept=True)


@pytest.fixture(scope="module")
def jaarplan_pdf(renvooi: Renvooi, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    folder = tmp_path_factory.mktemp("jaarplan")
    return read_pdf(folder / "jaarplan.pdf", render_jaarplan_pdf(renvooi, templates_dir=TEMPLATES))


@pytest.fixture(scope="module")
def document_pdf(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    pdf = render_document_pdf(consolidate(project, 2024), templates_dir=TEMPLATES)
    return read_pdf(tmp_path_factory.mktemp("document") / "document.pdf", pdf)


@pytest.fixture(scope="module")
def concept_pdf(draft: Renvooi, tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    folder = tmp_path_factory.mktemp("concept")
    return read_pdf(folder / "concept.pdf", render_jaarplan_pdf(draft, templates_dir=TEMPLATES))


# --- wording: the phrases file --------------------------------------------------------------


def phrases_used_by_the_template() -> set[str]:
    template = (PACKAGE_TEMPLATES / "jaarplan.html.j2").read_text(encoding="utf-8")
    return set(re.findall(r"""phrase\(\s*["']([a-z_]+)["']""", template))


def test_every_phrase_the_template_uses_is_in_the_phrases_file() -> None:
    phrases = load_phrases()
    used = phrases_used_by_the_template()
    assert used <= set(phrases.texts)
    # ... and the file holds no phrase that nothing uses (but the in-sentence table).
    python_side = {"page_title", "concept_title", "description", "concept_description"}
    # The document's description and the site's index name titles too (render/html.py,
    # render/site_html.py; tests/render/test_title_phrases.py).
    python_side |= {"document_description", "document_description_with_changes", "site_latest"}
    assert set(phrases.texts) - used == python_side
    assert set(phrases.tables) == {"in_sentence"}


def test_the_project_overrides_single_phrases(renvooi: Renvooi, tmp_path: Path) -> None:
    (tmp_path / PHRASES_FILE).write_text('current: "Bestaande tekst:"\n', encoding="utf-8")
    html = render_jaarplan_html(renvooi, templates_dir=tmp_path)
    assert "Bestaande tekst:" in html and "Huidige afspraak:" not in html
    assert "Onderstaande tekst kan verwijderd worden" in html  # the defaults stay
    assert "Bijlage: Overzicht documenten" in html  # Assen's own heading is not in tmp_path


def test_assen_numbers_its_documents_appendix(renvooi: Renvooi) -> None:
    html = render_jaarplan_html(renvooi, templates_dir=TEMPLATES)
    assert "<h3>Bijlage 2: Overzicht documenten</h3>" in html


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('curent: "Bestaande tekst:"\n', "unknown phrase curent; known: agreed, "),
        ('curent: "x"\nvlag: "y"\n', "unknown phrases curent, vlag; known: agreed, "),
        ('agreed: "Getekend op {datum}."\n', "phrase 'agreed' uses the placeholder 'datum'"),
        ("in_sentence: De heer\n", "phrase 'in_sentence' must be a mapping of texts"),
        ("- een lijst\n", "must be a mapping of names to texts"),
        ("agreed: 12\n", "phrase 'agreed' must be a text"),
    ],
)
def test_a_wrong_phrases_file_is_a_render_error(
    renvooi: Renvooi, tmp_path: Path, content: str, message: str
) -> None:
    (tmp_path / PHRASES_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(RenderError, match=re.escape(message)):
        render_jaarplan_html(renvooi, templates_dir=tmp_path)


@pytest.mark.parametrize(
    ("content", "dutch"),
    [
        (
            'curent: "Bestaande tekst:"\n',
            "curent is geen vaste tekst van het Jaarplan. Kies uit: agreed, ",
        ),
        ('curent: "x"\nvlag: "y"\n', "curent, vlag zijn geen vaste teksten van het Jaarplan."),
        (
            "agreed: 12\n",
            "de vaste tekst 'agreed' moet één tekst zijn. Zet de tekst tussen aanhalingstekens.",
        ),
        ("in_sentence: De heer\n", "de vaste tekst 'in_sentence' moet bestaan uit velden met"),
        ("- een lijst\n", "zet in dit bestand elke vaste tekst als een veld met `naam: tekst`"),
        ("agreed: [\n", "het bestand met vaste teksten is niet te lezen: while parsing"),
    ],
)
def test_a_wrong_phrases_file_is_told_in_dutch(
    renvooi: Renvooi, tmp_path: Path, content: str, dutch: str
) -> None:
    (tmp_path / PHRASES_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(RenderError) as caught:
        render_jaarplan_html(renvooi, templates_dir=tmp_path)
    [diagnostic] = caught.value.diagnostics
    assert dutch in diagnostic.text()
    assert diagnostic.location.path.endswith(PHRASES_FILE) and diagnostic.location.line >= 1


def test_the_parties_read_as_one_sentence_each(renvooi: Renvooi) -> None:
    html = render_jaarplan_html(renvooi, templates_dir=TEMPLATES)
    text = " ".join(re.sub(r"<[^>]+>", "", html).split())
    assert (
        "Gemeente Assen, rechtsgeldig vertegenwoordigd door wethouder de heer C. Staal. "
        "Gemachtigd door de burgemeester, handelend namens het college van burgemeester en "
        "wethouders, hierna te noemen: ‘de gemeente’."  # noqa: RUF001
    ) in text
    assert (
        "Actium, rechtsgeldig vertegenwoordigd door de directeur-bestuurder mevrouw M. Maatman, "
        "hierna te noemen: ‘Actium’."  # noqa: RUF001
    ) in text
    assert "Aldus overeengekomen te Assen op 7 december 2023." in text


def test_user_text_is_data(renvooi: Renvooi) -> None:
    signer = renvooi.parties[0]
    party = replace(signer.party, mandate='<script>alert("x")</script> {{ 7*7 }}')
    hostile = replace(renvooi, parties=(replace(signer, party=party), *renvooi.parties[1:]))
    html = render_jaarplan_html(hostile, templates_dir=TEMPLATES)
    assert "&lt;script&gt;alert(" in html and "<script>alert" not in html
    assert "{{ 7*7 }}" in html


def test_the_screen_page_is_self_contained_and_dutch(renvooi: Renvooi) -> None:
    html = render_jaarplan_html(renvooi, templates_dir=TEMPLATES)
    assert '<html lang="nl">' in html
    assert "<link" not in html and requested_urls(html) == []
    assert embedded_faces(html) == EVERY_FACE
    assert not re.search(r"""(src|href)=["']?(https?:|file:|//)""", html)
    assert 'class="concept-banner"' not in html and 'class="watermark"' not in html
    assert f"<title>{TITLE}</title>" in html


# --- the PDF: the consolidated document's house style ----------------------------------------


def _metadata(path: Path) -> dict[str, object]:
    with (
        pikepdf.open(path) as pdf,
        pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta,
    ):
        return {
            "pdfa": (meta.get("pdfaid:part"), meta.get("pdfaid:conformance")),
            "lang": str(pdf.Root.Lang),
            "tagged": pdf.Root.get("/StructTreeRoot") is not None,
            "authors": meta["dc:creator"],
            "created": str(pdf.docinfo.get("/CreationDate")),
            "producer": str(pdf.docinfo.get("/Producer")),
            "creator": str(pdf.docinfo.get("/Creator")),
        }


@pytest.mark.pdf
def test_metadata_as_the_consolidated_pdf(jaarplan_pdf: Pdf, document_pdf: Pdf) -> None:
    ours, theirs = _metadata(jaarplan_pdf.path), _metadata(document_pdf.path)
    assert ours == theirs
    assert ours["lang"] == "nl" and ours["tagged"]
    assert str(ours["created"]).startswith("D:20231207")  # the adoption, not the clock
    with (
        pikepdf.open(jaarplan_pdf.path) as pdf,
        pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta,
    ):
        assert meta["dc:title"] == TITLE
        assert meta["dc:description"].startswith("Jaarplan 2024 bij de Meerjarige")


def _fonts(path: Path) -> set[str]:
    listing = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert all(row[-5] == "yes" for row in rows), listing  # embedded
    return {row[0].split("+")[-1] for row in rows}


@pytest.mark.pdf
def test_fonts_are_the_consolidated_pdfs_lato(jaarplan_pdf: Pdf, document_pdf: Pdf) -> None:
    ours = _fonts(jaarplan_pdf.path)
    assert ours and ours <= _fonts(document_pdf.path)
    assert all(name.startswith("Lato") for name in ours)


@pytest.mark.pdf
def test_outline_has_the_parts_and_the_changed_chapters(jaarplan_pdf: Pdf) -> None:
    with pikepdf.open(jaarplan_pdf.path) as pdf, pdf.open_outline() as outline:
        tree = {item.title: [child.title for child in item.children] for item in outline.root}
    assert tree == {
        "Inleiding": [],
        "Partijen en ondertekening": [],
        "Wijzigingen en aanvullingen “Meerjarige Prestatieafspraken 2022-2025 Assen”": [
            "Samenwerking, procesafspraken en monitoring",
            "Betaalbaarheid",
            "Beschikbaarheid",
            "Duurzaamheid",
            "Wonen en Zorg",
            "Leefbaarheid",
            "Bijlage 2: Overzicht documenten",
        ],
    }


@pytest.mark.pdf
def test_every_page_but_the_cover_has_the_running_header(jaarplan_pdf: Pdf) -> None:
    total = len(jaarplan_pdf.pages)
    for number, page in enumerate(jaarplan_pdf.pages, start=1):
        assert f"pagina {number} van {total}" in page
        first_line = next(line for line in page.splitlines() if line.strip())
        assert first_line.startswith("Jaarplan 2024") == (number > 1), first_line


@pytest.mark.pdf
def test_the_five_signature_blocks_share_one_page(jaarplan_pdf: Pdf, renvooi: Renvooi) -> None:
    [page] = [p for p in jaarplan_pdf.pages if "Aldus overeengekomen" in p]
    signing = page[page.index("Aldus overeengekomen") :]
    for signer in renvooi.parties:
        assert signer.party.name.split()[-1] in signing
        assert signer.name in signing and signer.role in signing
    rows = [" ".join(line.split()) for line in signing.splitlines() if line.strip()]
    # Three blocks to a row, as in the signed Jaarplan 2024 of Assen.
    assert "Gemeente Assen Actium Woonservice" in rows
    assert "De heer C. Staal Mevrouw M. Maatman Mevrouw B. Buma" in rows
    assert "Huurdersorganisatie MEVM Huurdersvereniging Samen" in rows
    assert "De heer M. Bomers De heer P. Vereijken" in rows
    # The name stands under the line to sign on: the party first, then the room, then the name.
    assert rows.index("Gemeente Assen Actium Woonservice") < rows.index(
        "De heer C. Staal Mevrouw M. Maatman Mevrouw B. Buma"
    )


@pytest.mark.pdf
def test_same_input_gives_the_same_pdf(renvooi: Renvooi, jaarplan_pdf: Pdf) -> None:
    assert render_jaarplan_pdf(renvooi, templates_dir=TEMPLATES) == jaarplan_pdf.path.read_bytes()


# --- CONCEPT -----------------------------------------------------------------------------------


@pytest.mark.pdf
def test_a_draft_says_concept_on_every_page(concept_pdf: Pdf) -> None:
    assert all("CONCEPT" in page for page in concept_pdf.pages)
    assert "Nog niet vastgesteld" in concept_pdf.pages[0]
    signing = " ".join(" ".join(concept_pdf.pages).split())
    assert "Aldus overeengekomen te Assen op ……" in signing
    with (
        pikepdf.open(concept_pdf.path) as pdf,
        pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta,
    ):
        assert meta["dc:title"] == f"CONCEPT \u2013 {TITLE}"


def test_a_draft_has_the_watermark_and_the_banner(draft: Renvooi) -> None:
    printed = render_jaarplan_html(draft, templates_dir=TEMPLATES, for_print=True)
    assert printed.count('<div class="watermark" aria-hidden="true">') == 1
    screen = render_jaarplan_html(draft, templates_dir=TEMPLATES)
    assert '<div class="concept-banner" role="note"><strong>CONCEPT</strong>' in screen
    assert 'class="watermark"' not in screen
