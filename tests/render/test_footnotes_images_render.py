"""Footnotes and images as the outputs show them (source-format Part 2, "More Markdown").

Footnotes are numbered per output document, 1..n in order of first reference, and listed at the
end of their agreement; a was/wordt shows a reference as its number, never ``[^1]``. Images are
embedded as ``data:`` URLs of the bytes the loader read, in the HTML page and in the PDF.
"""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from prestatie_build.core import build_renvooi, build_report, consolidate
from prestatie_build.render import (
    Footnotes,
    markdown_to_html,
    render_document_html,
    render_document_pdf,
    render_jaarplan_html,
    render_jaarplan_pdf,
    render_report_html,
    render_report_markdown,
)
from prestatie_build.sources import load_project

PART2 = Path(__file__).resolve().parents[1] / "data" / "part2"
MAP = PART2 / "agreements" / "nieuwbouw" / "kaart-locaties.png"
NOTE = re.compile(r'<li id="document-voetnoot-(\d+)" value="\1"><p>(.*?)</p>')
REFERENCE = re.compile(r'<sup class="footnote-ref"><a href="#document-voetnoot-(\d+)"')


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PART2, tmp_path / "part2"))


def document_html(root: Path, year: int = 2024) -> str:
    project = load_project(root)
    return render_document_html(consolidate(project, year), images=project.images)


def article(html: str, number: str) -> str:
    return html.split(f'id="afspraak-{number}"')[1].split("</article>")[0]


def test_the_notes_of_an_agreement_are_numbered_and_listed_after_it() -> None:
    seven = article(document_html(PART2), "7")
    assert REFERENCE.findall(seven) == ["1", "2", "3"]
    assert NOTE.findall(seven) == [
        ("1", "Zie het Ruimtelijk Plan Heuvelstad 2022, hoofdstuk 4."),
        ("2", "In overleg met de zorgaanbieders in de gemeente."),
        ("3", "Vastgesteld in de gemeenteraad van 9 november 2023."),  # the change's own note
    ]
    assert "[^" not in seven
    # The notes come after the text, before the history.
    assert seven.index('class="footnotes"') < seven.index('class="history"')


def test_notes_are_numbered_through_the_whole_document(project: Path) -> None:
    monitoring = project / "agreements" / "samenwerking" / "afspraak-1.md"
    monitoring.write_text(
        monitoring.read_text("utf-8")
        + "\nDe cijfers komen uit de monitor.[^monitor] Zie ook de bijlage.[^bijlage]\n\n"
        + "[^bijlage]: De bijlage bij het bestuurlijk overleg.\n"
        + "[^monitor]: De Woonmonitor Heuvelstad.\n",
        "utf-8",
    )
    html = document_html(project)
    one, seven = article(html, "1"), article(html, "7")
    # In order of first reference, not of definition; agreement 7 goes on where 1 stopped.
    assert NOTE.findall(one) == [
        ("1", "De Woonmonitor Heuvelstad."),
        ("2", "De bijlage bij het bestuurlijk overleg."),
    ]
    assert REFERENCE.findall(seven) == ["3", "4", "5"]
    assert len(re.findall(r'id="document-voetnoot-\d+"', html)) == 5  # each anchor once


def test_a_note_referred_to_twice_keeps_one_number_and_one_anchor() -> None:
    html = markdown_to_html("Een[^a] en nog eens[^a].\n\n[^a]: De noot.")
    assert REFERENCE.findall(html) == ["1", "1"]
    assert html.count('id="document-voetnoot-1-ref"') == 1
    assert NOTE.findall(html) == [("1", "De noot.")]


def test_a_reference_keeps_the_word_before_it_at_a_line_end() -> None:
    html = markdown_to_html("De woningen worden gebouwd.[^1]\n\n[^1]: Noot.")
    assert '<span class="nowrap">gebouwd.<sup class="footnote-ref">' in html


def test_the_image_is_embedded_as_a_data_url() -> None:
    seven = article(document_html(PART2), "7")
    data = base64.b64encode(MAP.read_bytes()).decode()
    assert (
        f'<img src="data:image/png;base64,{data}" '
        'alt="Kaart van de drie nieuwbouwlocaties langs de beek">'
    ) in seven
    assert "kaart-locaties.png" not in seven  # nothing to fetch


def test_an_image_the_loader_did_not_read_stays_its_alt_text() -> None:
    html = markdown_to_html("![Kaart](https://example.org/kaart.png) en ![Plan](plan.png)")
    assert html == "<p>Kaart en Plan</p>\n"


def test_the_jaarplan_numbers_its_own_notes_and_embeds_the_image() -> None:
    project = load_project(PART2)
    renvooi = build_renvooi(project, 2024)
    assert renvooi is not None
    html = render_jaarplan_html(renvooi, images=project.images)
    # Agreement 7 is quoted with its two notes, then the change adds the third.
    assert [n for n, _ in NOTE.findall(html)] == ["1", "2", "3"]
    assert REFERENCE.findall(html) == ["1", "2", "3"]
    assert "[^" not in html
    assert html.count('<img src="data:image/png;base64,') == 1


def test_a_redline_shows_the_number_not_the_marker(project: Path) -> None:
    changes = project / "amendments" / "2024" / "noten.yaml"
    changes.write_text(
        "changes:\n  - op: replace\n    target: 7\n    old: hoofdstuk 4\n    new: hoofdstuk 5\n",
        "utf-8",
    )
    report = build_report(consolidate(load_project(project), 2024), 2024, 2024)
    html = render_report_html(report)
    markdown = render_report_markdown(report)
    for shown in (html, markdown):
        assert "[^" not in shown
    assert "<sup>1</sup>" in html and "<sup>1</sup> Zie het Ruimtelijk Plan" in html
    assert "hoofdstuk <del>4.</del>" in html and "hoofdstuk <ins>5.</ins>" in html


@pytest.mark.pdf
def test_the_pdf_holds_the_image_and_the_notes(tmp_path: Path) -> None:
    project = load_project(PART2)
    pdf = tmp_path / "document.pdf"
    pdf.write_bytes(render_document_pdf(consolidate(project, 2024), images=project.images))
    with pikepdf.open(pdf) as document:
        pages = [index for index, page in enumerate(document.pages) if _draws_the_map(page)]
    assert len(pages) == 1
    text = subprocess.run(
        ["pdftotext", "-f", str(pages[0] + 1), "-l", str(pages[0] + 1), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Afspraak 7 (Locaties voor nieuwbouw)" in text
    assert "[^" not in text
    assert re.search(r"bouwen\.1", text)  # the number raised right after the word


def _draws_the_map(page: pikepdf.Page) -> bool:
    """Whether the page's content draws (``Do``) a 200 x 100 image XObject: WeasyPrint shares
    one resource dictionary between the pages, so listing a page's images is not enough."""
    images = page.Resources.get("/XObject", {})
    drawn = (
        str(operands[0])
        for operands, operator in pikepdf.parse_content_stream(page)
        if str(operator) == "Do"
    )
    return any(
        name in images
        and images[name].get("/Subtype") == "/Image"
        and (int(images[name].Width), int(images[name].Height)) == (200, 100)
        for name in drawn
    )


def test_a_list_of_notes_starts_at_its_first_number_in_print_too() -> None:
    seven = article(document_html(PART2), "7")
    assert '<ol start="1" style="counter-reset: list-item 0">' in seven
    fn = Footnotes()
    fn.notes_of(["Een[^a]\n\n[^a]: A"])
    later = fn.notes_of(["Twee[^b]\n\n[^b]: B"])
    assert '<ol start="2" style="counter-reset: list-item 1">' in later.html()


@pytest.mark.pdf
def test_the_jaarplan_pdf_numbers_a_change_s_note_on(tmp_path: Path) -> None:
    """WeasyPrint ignores ``start`` and ``value``: the change's own note must not print as 1."""
    project = load_project(PART2)
    renvooi = build_renvooi(project, 2024)
    assert renvooi is not None
    pdf = tmp_path / "jaarplan.pdf"
    pdf.write_bytes(render_jaarplan_pdf(renvooi, images=project.images))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "3. Vastgesteld in de gemeenteraad" in text
    assert "1. Zie het Ruimtelijk Plan" in text
