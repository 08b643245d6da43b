"""Every fixed phrase outside the Jaarplan that names the document or a Jaarplan by its title
reads as Dutch for any title (source-format Part 2, "Signing": no article written before a title
the phrase does not know): the consolidated document's description (HTML meta and so the PDF's
subject), the site index's sentence about the latest version, and the change report's line
about the consolidated version. Each is rendered with titles of different grammatical form.

Assen keeps its own wording ("van de Meerjarige Prestatieafspraken", "Met het Jaarplan 2024")
through its ``templates/jaarplan-phrases.yaml``, as its signed Jaarplan does.
(The Jaarplan's own phrases: tests/render/test_jaarplan_signing.py.)
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import replace
from pathlib import Path

import pytest

from prestatie_build.core import IndexRow, build_report, consolidate
from prestatie_build.render import render_document_html, render_report_html, render_site_index
from prestatie_build.sources import load_project

PART2 = Path(__file__).parent.parent / "data" / "part2"
ASSEN_TEMPLATES = Path(__file__).parents[2] / "templates"

DOCUMENT_TITLES = (
    "Meerjarige Prestatieafspraken 2022-2025 Assen",  # plural, takes "de"
    "Overeenkomst prestatieafspraken 2022",  # singular de-word
    "Prestatieafspraken Heerlen 2020-2024",  # plural without adjective
    "Werken aan Balans",  # no noun at all: no article fits
)
JAARPLAN_TITLES = (
    "Jaarplan 2024",  # het-word
    "Jaarschijf 2025",  # de-word
    "Addendum 2021 bij de prestatieafspraken",  # het-word, and words after the number
)

_ARTICLE = r"\b(?:[Dd]e|[Hh]et|[Dd]it|[Dd]eze)\s+[\u201c\u201d\u2018\u2019\"']?"


def _no_article_before(text: str, title: str) -> None:
    assert title in text, f"{title!r} is not in {text!r}"
    wrong = re.search(r".{0,40}" + _ARTICLE + re.escape(title), text)
    assert wrong is None, wrong.group()


def _text(html: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", html)).split())


def _meta_description(html: str) -> str:
    found = re.search(r'<meta name="description" content="([^"]*)">', html)
    assert found is not None
    return htmllib.unescape(found.group(1))


@pytest.mark.parametrize("title", DOCUMENT_TITLES)
def test_the_document_description_names_any_title_without_an_article(title: str) -> None:
    project = load_project(PART2)
    consolidation = consolidate(project, 2024)
    renamed = replace(consolidation, document=replace(consolidation.document, title=title))
    description = _meta_description(render_document_html(renamed))
    _no_article_before(description, title)
    assert description == (
        f"Geconsolideerde tekst van het document “{title}”, looptijd 2023\u20132025, "
        "met de wijzigingen van Jaarschijf 2024."
    )
    base = replace(renamed, jaarplannen=())
    assert _meta_description(render_document_html(base)) == (
        f"Geconsolideerde tekst van het document “{title}”, looptijd 2023\u20132025."
    )


def _latest(jaarplan: str) -> IndexRow:
    return IndexRow(2025, "Vastgesteld", False, jaarplan, "12 december 2024", "Heuvelstad", ())


def _latest_paragraph(html: str) -> str:
    section = html[html.index('<section class="latest"') :]
    return _text(section[section.index("<p>") : section.index("</p>")])


@pytest.mark.parametrize("jaarplan", JAARPLAN_TITLES)
def test_the_site_names_the_latest_jaarplan_without_an_article(jaarplan: str) -> None:
    latest = _latest(jaarplan)
    html = render_site_index(load_project(PART2), [latest], latest)
    sentence = _latest_paragraph(html)
    _no_article_before(sentence, jaarplan)
    assert sentence.startswith(
        f"Met de wijzigingen van “{jaarplan}”, vastgesteld op 12 december 2024 in Heuvelstad."
    )


@pytest.mark.parametrize("title", DOCUMENT_TITLES)
def test_the_change_report_names_the_document_without_an_article(title: str) -> None:
    project = load_project(PART2)
    consolidation = consolidate(project, 2024)
    renamed = replace(consolidation, document=replace(consolidation.document, title=title))
    text = _text(render_report_html(build_report(renamed, 2024, 2024)))
    _no_article_before(text, title)
    assert f"Bij de geconsolideerde versie 2024 van {title}." in text


def test_assen_keeps_its_own_wording() -> None:
    project = load_project(PART2)
    consolidation = consolidate(project, 2024)
    html = render_document_html(consolidation, templates_dir=ASSEN_TEMPLATES)
    assert _meta_description(html) == (
        "Geconsolideerde tekst van de Prestatieafspraken 2023-2025 Heuvelstad, looptijd "
        "2023\u20132025, met de wijzigingen van Jaarschijf 2024."
    )
    latest = _latest("Jaarplan 2024")
    site = render_site_index(project, [latest], latest, templates_dir=ASSEN_TEMPLATES)
    assert _latest_paragraph(site).startswith(
        "Met het Jaarplan 2024, vastgesteld op 12 december 2024 in Heuvelstad."
    )
