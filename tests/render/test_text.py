"""The consolidated document as plain text: what the golden files hold and a terminal shows."""

from __future__ import annotations

import dataclasses

from prestatie_build.core import Article, Block, Consolidation, Item
from prestatie_build.render import render_document_text
from render.report_fixtures import HOSTILE, at, make_change, provenance_of, sample_consolidation

EXPECTED = f"""\
Prestatieafspraken 2022-2025 Voorbeeldstad
Geconsolideerde versie 2024
Periode: 2022\u20132025
Plaats: Voorbeeldstad

Partijen:
- Gemeente Voorbeeldstad (De heer A. Jansen, wethouder)
- Huurdersvereniging Ons Belang

== Samenwerking ==

-- Jaarlijkse cyclus --  [Wijziging 2024]

Partijen plannen vóór 1 april een bestuurlijk overleg.  [Wijziging 2024]

1. terugkijken op het voorgaande jaar;
2. focuspunten bepalen.  [Wijziging 2024]

== Betaalbaarheid ==

Wat willen we bereiken?
- We willen betaalbare woonlasten;
- We willen geen huisuitzettingen. {HOSTILE}  [Aanvulling 2024]

2. In 2024 analyseren partijen het woonlastenonderzoek.  [Herformulering 2024]

5. Woningcorporaties borgen voldoende aanbod voor jongeren tot 27 jaar.  [Wijziging 2023]

   Actium en de gemeente onderzoeken vraag en aanbod.

   De wachttijd mag niet oplopen: **3 jaar** is de grens.  [Aanvulling 2024]

7. [Vervallen per 2024]

12a. Jongerenhuisvesting

     Een afspraak met een titel
     over twee regels.

== Overzicht documenten ==

- Woonvisie Voorbeeldstad 2020
- Nota Vereveningsfonds 2023  [Aanvulling 2024]

== Versies ==

- Prestatieafspraken 2022-2025 Voorbeeldstad (basisdocument)
- Jaarplan 2023, vastgesteld op 7 december 2022 te Voorbeeldstad
- Jaarplan 2024, vastgesteld op 7 december 2023 te Voorbeeldstad
"""


def _with_article(
    consolidation: Consolidation, chapter_index: int, article: Article
) -> Consolidation:
    document = consolidation.document
    chapters = list(document.chapters)
    chapter = chapters[chapter_index]
    chapters[chapter_index] = dataclasses.replace(chapter, articles=(*chapter.articles, article))
    return dataclasses.replace(
        consolidation, document=dataclasses.replace(document, chapters=tuple(chapters))
    )


def test_the_whole_document() -> None:
    # Markdown stays as written, labels follow what a Jaarplan touched, agreements hang
    # their later blocks under the first, a deleted agreement keeps its number.
    assert render_document_text(sample_consolidation()) == EXPECTED


def test_concept_is_said_under_the_title() -> None:
    text = render_document_text(sample_consolidation(concept=True))
    assert text.splitlines()[:3] == [
        "Prestatieafspraken 2022-2025 Voorbeeldstad",
        "Geconsolideerde versie 2025",
        "CONCEPT",
    ]
    assert "- Jaarplan 2025, concept" in text
    assert "CONCEPT" not in render_document_text(sample_consolidation())


def test_a_deleted_section_keeps_its_title() -> None:
    removal = provenance_of(make_change("delete", 2025, 3, target="tijdlijn"))
    section = Article(
        chapter="samenwerking",
        number=None,
        id="overleg",
        title="Overleg",
        blocks=(),
        location=at("agreements/samenwerking/overleg.md"),
        deleted=removal,
    )
    text = render_document_text(_with_article(sample_consolidation(), 0, section))
    assert "\n-- Overleg -- [Vervallen per 2025]\n" in text


def test_a_new_section_shows_the_label_that_added_it() -> None:
    addition = provenance_of(make_change("add", 2024, 60))
    section = Article(
        chapter="samenwerking",
        number=None,
        id="monitor",
        title="Monitor",
        blocks=(Block("Eén keer per jaar.", at("j", 62), addition),),
        location=at("j", 60),
        origin=addition,
    )
    text = render_document_text(_with_article(sample_consolidation(), 0, section))
    assert (
        "-- Monitor --  [Nieuwe afspraak 2024]\n\nEén keer per jaar.  [Nieuwe afspraak 2024]"
        in text
    )


def test_long_list_items_are_indented_under_their_bullet() -> None:
    consolidation = sample_consolidation()
    document = dataclasses.replace(
        consolidation.document, documents=(Item("Eerste regel\ntweede regel", at("d", 3)),)
    )
    text = render_document_text(dataclasses.replace(consolidation, document=document))
    assert "- Eerste regel\n  tweede regel\n" in text


def test_no_documents_no_appendix() -> None:
    consolidation = sample_consolidation()
    document = dataclasses.replace(consolidation.document, documents=())
    text = render_document_text(dataclasses.replace(consolidation, document=document))
    assert "== Overzicht documenten ==" not in text
    assert text.endswith("- Jaarplan 2024, vastgesteld op 7 december 2023 te Voorbeeldstad\n")


def test_output_is_deterministic() -> None:
    assert render_document_text(sample_consolidation()) == render_document_text(
        sample_consolidation()
    )
