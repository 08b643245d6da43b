"""The signing part of the Jaarplan (source-format Part 2, "Signing"), on the Part 2 test
project (12 parties; Jaarschijf 2024 signed in ink, Jaarschijf 2025 digitally):

- digital signing: no lines to sign on, each signatory with their signed date in Dutch;
- any number of parties: two blocks to a row, no block split over two pages, "Aldus
  overeengekomen ..." never alone on a page (PDFs with 12 and 15 parties);
- a party without representative is named alone, never "Name, wethouder";
- every fixed phrase that names the document or the Jaarplan reads as Dutch for any title.
"""

from __future__ import annotations

import html as htmllib
import re
import subprocess
from dataclasses import replace
from pathlib import Path
from string import Formatter

import pytest

from prestatie_build.core import Party, Project, Renvooi, build_renvooi, consolidate
from prestatie_build.render import (
    load_phrases,
    render_document_html,
    render_document_text,
    render_jaarplan_html,
    render_jaarplan_pdf,
)
from prestatie_build.sources import load_project

PART2 = Path(__file__).parent.parent / "data" / "part2"
ROW = 3
"""Signature blocks to a row, as in the signed Jaarplannen of Assen."""

TITLES = (
    "Meerjarige Prestatieafspraken 2022-2025 Assen",  # plural: "de"
    "Overeenkomst prestatieafspraken 2022 (jaarschijf 2022)",  # singular de-word
    "Prestatieafspraken Heerlen 2020-2024",  # plural without adjective
    "Werken aan Balans",  # no noun at all: no article fits
)


def _renvooi(project: Project, year: int) -> Renvooi:
    renvooi = build_renvooi(project, year)
    assert renvooi is not None
    return renvooi


def _text(html: str) -> str:
    """The words a reader sees: no tags, no entities, one space between words."""
    body = re.sub(r"<(style|head)\b.*?</\1>", "", html, flags=re.DOTALL)
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", body)).split())


# --- digital and ink ---------------------------------------------------------------------------


def test_digital_signing_lists_who_signed_and_when() -> None:
    html = render_jaarplan_html(_renvooi(load_project(PART2), 2025))
    assert 'class="signature-line"' not in html
    text = _text(html)
    assert "Digitale ondertekening door:" in text
    assert "Gemeente Heuvelstad De heer A. Jansen wethouder Ondertekend op 12 december 2024" in text
    assert (
        "Stichting Studentenhuisvesting Heuvelstad De heer K. Dekker directeur "
        "Ondertekend op 19 december 2024"
    ) in text


def test_a_digital_signatory_without_a_date_is_listed_without_one() -> None:
    renvooi = _renvooi(load_project(PART2), 2025)
    last = replace(renvooi.parties[-1], signed=None)
    text = _text(render_jaarplan_html(replace(renvooi, parties=(*renvooi.parties[:-1], last))))
    assert "De heer K. Dekker directeur" in text
    assert "Ondertekend op 19 december 2024" not in text
    assert text.count("Ondertekend op") == 11


def test_ink_signing_gives_every_party_a_line_to_sign_on() -> None:
    html = render_jaarplan_html(_renvooi(load_project(PART2), 2024))
    assert html.count('class="signature-line"') == 12
    assert "Ondertekend op" not in html and "Digitale ondertekening" not in html


def test_the_blocks_stand_three_to_a_row_and_the_date_line_holds_the_first() -> None:
    """Three to a row, as in Assen's signed Jaarplannen; 12 parties make four rows."""
    html = render_jaarplan_html(_renvooi(load_project(PART2), 2024))
    signing = html[html.index('<div class="signatures') :]
    rows = signing.split('<div class="signature-row">')[1:]
    assert [row.count('<div class="signature">') for row in rows] == [ROW] * 4
    start = signing[: signing.index("</div>\n</div>")]
    assert 'class="agreed"' in start and 'class="signature-row"' in start


# --- a party without representative --------------------------------------------------------


def test_a_party_without_representative_is_named_alone() -> None:
    project = load_project(PART2)
    consolidation = consolidate(project, 2024)
    html = render_document_html(consolidation)
    assert '<span class="party-name">Huurdersvereniging Heuvelstad</span></li>' in html
    assert "- Huurdersvereniging Heuvelstad\n" in render_document_text(consolidation) + "\n"
    jaarplan = _text(render_jaarplan_html(_renvooi(project, 2024)))
    assert "Huurdersvereniging Heuvelstad, hierna te noemen" in jaarplan
    assert "Huurdersvereniging Heuvelstad voorzitter" not in jaarplan
    assert "Huurdersvereniging Heuvelstad, voorzitter" not in jaarplan


# --- phrases that name the document ------------------------------------------------------------

_ARTICLE = r"\b(?:[Dd]e|[Hh]et|[Dd]it|[Dd]eze)\s+[\u201c\u201d\u2018\u2019\"']?"
"""An article (or "dit", "deze") right before a title, quoted or not."""


def _no_article_before(text: str, title: str) -> None:
    assert title in text, f"{title!r} is not in the text"
    wrong = re.search(r".{0,40}" + _ARTICLE + re.escape(title), text)
    assert wrong is None, wrong.group()
    doubled = re.search(r".{0,40}\b(de|het)\s+(de|het)\b", text, re.IGNORECASE)
    assert doubled is None, doubled.group()


@pytest.mark.parametrize("title", TITLES)
def test_every_phrase_reads_as_dutch_for_any_title(title: str) -> None:
    phrases = load_phrases()
    naming = 0
    for name, text in phrases.texts.items():
        fields = {f for _, f, _, _ in Formatter().parse(text) if f}
        if not fields & {"document", "jaarplan"}:
            continue
        values = {field: f"«{field}»" for field in fields} | {"document": title, "jaarplan": title}
        _no_article_before(_text(phrases(name, **values)), title)
        naming += 1
    assert naming >= 7  # titles, description, cover, parties, deletions, heading


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("year", [2024, 2025])
def test_the_whole_jaarplan_reads_as_dutch_for_any_title(title: str, year: int) -> None:
    renvooi = _renvooi(load_project(PART2), year)
    renamed = replace(
        renvooi, document_title=title, jaarplan=replace(renvooi.jaarplan, title=title)
    )
    text = _text(render_jaarplan_html(renamed))
    _no_article_before(text, title)
    if year == 2024:  # the year deletes a fragment: the deletion phrase names the document
        assert f"Onderstaande tekst kan verwijderd worden uit het document “{title}”:" in text


# --- the PDF: 12 and 15 parties ----------------------------------------------------------------

EXTRA_PARTIES = (
    ("woonkracht", "Woonkracht Heuvelstad", "Mevrouw M. Jacobs"),
    ("hv-woonkracht", "Bewonersraad Woonkracht", "De heer N. van Dijk"),
    ("vluchtelingenwerk", "VluchtelingenWerk regio Heuvelstad", "Mevrouw O. Vos"),
)


def _fifteen(project: Project) -> Project:
    extra = tuple(
        Party(id, name, project.document.location, representative=person, role="bestuurder")
        for id, name, person in EXTRA_PARTIES
    )
    parties = (*project.document.parties, *extra)
    return replace(project, document=replace(project.document, parties=parties))


def _pages(pdf: bytes, path: Path) -> list[str]:
    path.write_bytes(pdf)
    layout = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # In reading order, not laid out: a party name that wraps in its column stays one phrase.
    return [" ".join(page.split()) for page in layout.split("\f")]


def _signing_pages(pages: list[str]) -> list[str]:
    """The pages of the signing part, from "Aldus overeengekomen" to the changes."""
    first = next(i for i, page in enumerate(pages) if "Aldus overeengekomen" in page)
    part = [pages[first][pages[first].index("Aldus overeengekomen") :]]
    for page in pages[first + 1 :]:
        if "Wijzigingen en aanvullingen “" in page:
            part.append(page[: page.index("Wijzigingen en aanvullingen “")])
            break
        part.append(page)
    return part


@pytest.mark.pdf
@pytest.mark.parametrize("parties", [12, 15])
@pytest.mark.parametrize("year", [2024, 2025])
def test_no_signature_block_splits_and_the_date_line_never_stands_alone(
    parties: int, year: int, tmp_path: Path
) -> None:
    project = load_project(PART2)
    if parties == 15:
        project = _fifteen(project)
    renvooi = _renvooi(project, year)
    assert len(renvooi.parties) == parties
    signing = _signing_pages(_pages(render_jaarplan_pdf(renvooi), tmp_path / "jaarplan.pdf"))
    assert len(signing) >= 2  # so many parties take more than one page
    # The page of "Aldus overeengekomen" holds the first row of blocks.
    first_row = renvooi.parties[:ROW]
    assert all(s.party.name in signing[0] and s.name in signing[0] for s in first_row)
    # Each block whole on one page: party, person, role (and the date when signed digitally).
    for signer in renvooi.parties:
        [page] = [page for page in signing if signer.party.name in page]
        parts = [signer.name, signer.role]
        if signer.signed is not None:
            parts.append(f"Ondertekend op {signer.signed.day} december {signer.signed.year}")
        assert all(part in page for part in parts), (signer.party.name, page)
