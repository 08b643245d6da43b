"""The consolidated document as HTML: structure, anchors, labels, safety, no requests."""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from prestatie_build.core import (
    Consolidation,
    Item,
    Provenance,
    RenderError,
    SourceLocation,
    chapter_anchor,
    dutch_date,
    dutch_period,
    dutch_status,
)
from prestatie_build.render import (
    PACKAGE_TEMPLATES,
    asset_base_dir,
    document_anchors,
    history_year,
    render_document_html,
)
from typeface import EVERY_FACE, embedded_faces, requested_urls, style_of

SCRIPT_TEXT = "<script>alert(1)</script>"
DASH = "\u2013"
"""What an empty cell of the version table shows."""


@dataclasses.dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    ancestors: tuple[str, ...] = ()


class PageParser(HTMLParser):
    """Collects every element with its attributes, text and ancestor tags."""

    VOID = frozenset({"meta", "link", "br", "img", "hr", "input", "col", "source"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.stack: list[Element] = []
        self.style = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(
            tag, {k: v or "" for k, v in attrs}, ancestors=tuple(e.tag for e in self.stack)
        )
        self.elements.append(element)
        if tag not in self.VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1].tag == "style":
            self.style += data
        for element in self.stack:
            element.text += data


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser


def by_id(page: PageParser, anchor: str) -> Element:
    matches = [e for e in page.elements if e.attrs.get("id") == anchor]
    assert len(matches) == 1, anchor
    return matches[0]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def screen_html(render_sample: Consolidation) -> str:
    return render_document_html(render_sample)


@pytest.fixture(scope="module")
def page(screen_html: str) -> PageParser:
    return parse(screen_html)


# --- Dutch wording -------------------------------------------------------------------------


def test_dutch_date_and_status() -> None:
    assert dutch_date(datetime.date(2023, 12, 7)) == "7 december 2023"
    assert dutch_date(datetime.date(2024, 3, 1)) == "1 maart 2024"
    assert dutch_status("draft") == "concept"
    assert dutch_status("adopted") == "vastgesteld"
    assert dutch_period(2022, 2025) == "2022\u20132025"


# --- Page basics -----------------------------------------------------------------------------


def test_page_is_dutch_with_title_and_metadata(page: PageParser) -> None:
    html = next(e for e in page.elements if e.tag == "html")
    assert html.attrs["lang"] == "nl"
    title = next(e for e in page.elements if e.tag == "title")
    assert title.text == "Prestatieafspraken 2022-2025 Teststad (2024)"
    authors = [e.attrs["content"] for e in page.elements if e.attrs.get("name") == "author"]
    assert authors == [
        "Gemeente Teststad",
        "Woonstichting Één",
        "Huurdersvereniging Ons Belang",
    ]
    assert any(e.attrs.get("name") == "description" for e in page.elements)


def test_semantic_landmarks_and_heading_order(page: PageParser) -> None:
    tags = [e.tag for e in page.elements]
    for landmark in ("header", "nav", "main", "section", "article"):
        assert landmark in tags
    levels = [int(e.tag[1]) for e in page.elements if re.fullmatch(r"h[1-6]", e.tag)]
    assert levels[0] == 1
    assert levels.count(1) == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels


def test_cover_shows_title_period_and_parties(page: PageParser) -> None:
    header = next(e for e in page.elements if e.tag == "header")
    text = squash(header.text)
    assert "Prestatieafspraken 2022-2025 Teststad" in text
    assert "Looptijd 2022\u20132025" in text
    assert "Gemeente Teststad: De heer A. Jansen, wethouder" in text
    assert "Woonstichting Één: Mevrouw B. de Vries" in text
    assert "Huurdersvereniging Ons Belang" in text


# --- Anchors and table of contents ----------------------------------------------------------


def test_anchors_are_unique_and_toc_links_resolve(
    page: PageParser, render_sample: Consolidation
) -> None:
    ids = [e.attrs["id"] for e in page.elements if "id" in e.attrs]
    assert len(ids) == len(set(ids))
    toc_links = [e.attrs["href"] for e in page.elements if e.tag == "a" and "nav" in e.ancestors]
    assert toc_links
    for href in toc_links:
        assert href.startswith("#")
        assert href[1:] in ids, href
    # Every anchor the renderer promises really is on the page.
    assert set(document_anchors(render_sample.document)) <= set(ids)


def test_toc_links_every_chapter_section_and_agreement(page: PageParser) -> None:
    toc_links = {e.attrs["href"] for e in page.elements if e.tag == "a" and "nav" in e.ancestors}
    expected = {
        "#hoofdstuk-betaalbaarheid",
        "#hoofdstuk-duurzaamheid",
        "#tijdlijn",
        "#afspraak-5",
        "#afspraak-7",
        "#afspraak-12",
        "#afspraak-12a",
        "#afspraak-27",
    }
    assert expected <= toc_links


def test_chapter_and_article_ids(page: PageParser) -> None:
    assert by_id(page, chapter_anchor("betaalbaarheid")).tag == "section"
    assert by_id(page, "afspraak-5").tag == "article"
    assert by_id(page, "tijdlijn").tag == "article"
    assert squash(by_id(page, "afspraak-12a").text).startswith("Afspraak 12a (Jongerenhuisvesting)")


def test_anchor_collision_is_an_error(render_sample: Consolidation) -> None:
    chapter = render_sample.document.chapters[0]
    clash = dataclasses.replace(chapter.articles[0], id="hoofdstuk-duurzaamheid")
    chapters = (
        dataclasses.replace(chapter, articles=(clash, *chapter.articles[1:])),
        *render_sample.document.chapters[1:],
    )
    document = dataclasses.replace(render_sample.document, chapters=chapters)
    with pytest.raises(RenderError, match="#hoofdstuk-duurzaamheid is used twice") as caught:
        render_document_html(dataclasses.replace(render_sample, document=document))
    # Located at the chapter that takes the anchor a second time; the hint names the first.
    [duurzaamheid] = [c for c in chapters if c.id == "duurzaamheid"]
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.location == duurzaamheid.location
    assert str(diagnostic.hint) == f"it is also the anchor of {clash.location}"
    assert diagnostic.format() == (
        f"{duurzaamheid.location}: error: het HTML-anker #hoofdstuk-duurzaamheid komt twee keer "
        f"voor in het document\n  hint: het is ook het anker van {clash.location}"
    )


# --- Content: goals, blocks, labels, deleted, history ---------------------------------------


def test_goals_with_title_and_label(page: PageParser) -> None:
    goals = by_id(page, "doelen-betaalbaarheid")
    text = squash(goals.text)
    assert text.startswith("Wat willen we tot en met 2025 bereiken?")
    assert "We willen geen huisuitzettingen meer. Aanvulling 2024" in text


def test_blocks_are_rendered_from_markdown(page: PageParser, screen_html: str) -> None:
    assert "<strong>betaalbaar</strong>" in screen_html
    tijdlijn = by_id(page, "tijdlijn")
    assert "ol" in {e.tag for e in page.elements if "article" in e.ancestors}
    assert "focuspunten bepalen" in tijdlijn.text


def test_provenance_labels_are_shown(page: PageParser) -> None:
    labels = [squash(e.text) for e in page.elements if "label" in e.attrs.get("class", "").split()]
    for expected in (
        "Aanvulling 2024",
        "Wijziging 2024",
        "Nieuwe afspraak 2024",
        "Wijziging/aanvulling 2024",
    ):
        assert expected in labels
    five = squash(by_id(page, "afspraak-5").text)
    assert "Aanvulling 2024 Begin 2023 was de gemiddelde wachttijd" in five


def test_article_label_is_not_repeated_on_its_block(page: PageParser) -> None:
    twelve = squash(by_id(page, "afspraak-12").text)
    assert twelve.count("Nieuwe afspraak 2024") == 2  # next to the heading, and in the history
    tijdlijn = squash(by_id(page, "tijdlijn").text)
    assert tijdlijn.count("Wijziging 2024") == 2


def test_deleted_agreement_shows_number_and_vervallen_only(page: PageParser) -> None:
    seven = by_id(page, "afspraak-7")
    text = squash(seven.text)
    assert text.startswith("Afspraak 7 [Vervallen per 2024]")
    assert "Verhuurdersheffing" not in text  # the title goes with the body
    assert "deleted" in seven.attrs["class"]
    toc = [squash(e.text) for e in page.elements if e.attrs.get("href") == "#afspraak-7"]
    assert toc == ["Afspraak 7 (vervallen)"]


def test_history_lists_label_and_reason(page: PageParser) -> None:
    """The year stands before a label only where the label does not say it already."""
    five = squash(by_id(page, "afspraak-5").text)
    assert "Geschiedenis Aanvulling 2024: de wachttijd is gemeten" in five
    seven = squash(by_id(page, "afspraak-7").text)
    assert "Geschiedenis Verwijderd 2024: de verhuurdersheffing is afgeschaft" in seven
    assert "2024 Verwijderd 2024" not in seven
    twentyseven = squash(by_id(page, "afspraak-27").text)
    assert "Geschiedenis" not in twentyseven


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("Aanvulling 2024", ""),
        ("Wijziging/aanvulling 2024", ""),
        ("Aanvulling na de evaluatie", "2024"),
        ("Aanvulling 20245", "2024"),
    ],
)
def test_a_history_line_names_the_year_unless_its_label_does(label: str, shown: str) -> None:
    provenance = Provenance(2024, label, "append", SourceLocation("amendments/2024/jaarplan.yaml"))
    assert history_year(provenance) == shown


def test_documents_appendix(page: PageParser, render_sample: Consolidation) -> None:
    appendix = squash(by_id(page, "documenten").text)
    assert appendix.startswith("Bijlage: Overzicht documenten")
    assert "Woonvisie Teststad 2020" in appendix
    assert "Nota Vereveningsfonds 2023 Aanvulling 2024" in appendix
    empty = dataclasses.replace(render_sample.document, documents=())
    html = render_document_html(dataclasses.replace(render_sample, document=empty))
    assert "Geen documenten opgenomen." in squash(by_id(parse(html), "documenten").text)


def table_rows(page: PageParser) -> list[list[str]]:
    rows: list[list[str]] = []
    for element in page.elements:
        if element.tag == "tr":
            rows.append([])
        elif element.tag in ("th", "td"):
            rows[-1].append(squash(element.text))
    return rows


def test_version_table(page: PageParser, render_sample_concept: Consolidation) -> None:
    rows = table_rows(page)
    assert rows == [
        ["Versie", "Status", "Vastgesteld op", "Plaats"],
        ["Basisdocument: Prestatieafspraken 2022-2025 Teststad", DASH, DASH, "Teststad"],
        ["Jaarplan 2024", "vastgesteld", "7 december 2023", "Teststad"],
    ]
    concept_rows = table_rows(parse(render_document_html(render_sample_concept)))
    assert concept_rows[3] == ["Jaarplan 2025", "concept", DASH, DASH]


# --- Safety ----------------------------------------------------------------------------------


def test_script_in_a_block_is_escaped_text(screen_html: str, page: PageParser) -> None:
    assert "<script" not in screen_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in screen_html
    assert SCRIPT_TEXT in by_id(page, "afspraak-5").text


def test_template_syntax_in_a_block_stays_literal(page: PageParser) -> None:
    five = by_id(page, "afspraak-5").text
    assert "{{ 7*7 }}" in five
    assert "49" not in five


def test_euro_amount_keeps_its_no_break_space(screen_html: str) -> None:
    assert "€\u00a0480.000" in screen_html


def test_screen_page_makes_no_request(screen_html: str, page: PageParser) -> None:
    assert not [e for e in page.elements if "src" in e.attrs]
    assert not [e for e in page.elements if e.tag in ("link", "script", "img", "iframe")]
    hrefs = [e.attrs["href"] for e in page.elements if "href" in e.attrs]
    # Only fragments and the one https link written in a block (links are not requests).
    assert {h for h in hrefs if not h.startswith("#")} == {"https://www.example.nl/woonvisie"}
    assert "file:" not in screen_html
    assert "http://example.com" not in screen_html
    assert requested_urls(screen_html) == []
    assert "@import" not in page.style


def test_screen_page_embeds_every_face_of_the_typeface(screen_html: str) -> None:
    assert embedded_faces(screen_html) == EVERY_FACE
    assert screen_html.count("@font-face") == len(EVERY_FACE)
    assert "SIL OPEN FONT LICENSE Version 1.1" in style_of(screen_html)
    assert 'with Reserved Font Name "Lato"' in style_of(screen_html)


def test_print_page_refers_to_fonts_relative_to_the_assets(render_sample: Consolidation) -> None:
    page = parse(render_document_html(render_sample, for_print=True))
    css_urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", page.style)
    assert sorted(css_urls) == [
        "fonts/Lato-Bold.woff2",
        "fonts/Lato-BoldItalic.woff2",
        "fonts/Lato-Italic.woff2",
        "fonts/Lato-Regular.woff2",
    ]
    for url in css_urls:
        assert (asset_base_dir() / url).is_file()
    assert "target-counter(attr(href), page)" in page.style
    assert 'counter(page) " van " counter(pages)' in page.style


# --- CONCEPT ---------------------------------------------------------------------------------


def test_adopted_build_says_no_concept(screen_html: str) -> None:
    assert "CONCEPT" not in screen_html


def test_concept_build_shows_a_banner(render_sample_concept: Consolidation) -> None:
    page = parse(render_document_html(render_sample_concept))
    banner = [e for e in page.elements if "concept-banner" in e.attrs.get("class", "")]
    assert len(banner) == 1
    assert "CONCEPT" in banner[0].text
    title = next(e for e in page.elements if e.tag == "title")
    assert title.text.startswith("CONCEPT")
    assert not [e for e in page.elements if "watermark" in e.attrs.get("class", "")]


def test_concept_print_has_watermark_and_cover_mark(render_sample_concept: Consolidation) -> None:
    page = parse(render_document_html(render_sample_concept, for_print=True))
    classes = [e.attrs.get("class", "") for e in page.elements]
    assert "watermark" in classes
    assert "cover-concept" in classes
    assert "concept-banner" not in " ".join(classes)


# --- Templates -------------------------------------------------------------------------------


def test_project_templates_override_the_css(tmp_path: Path, render_sample: Consolidation) -> None:
    (tmp_path / "style.css").write_text("body { color: #123456; }\n", encoding="utf-8")
    html = render_document_html(render_sample, templates_dir=tmp_path)
    assert "#123456" in html
    assert "max-width: 46rem" not in html  # the package's style.css is replaced, not added


def test_user_text_never_becomes_template_source(render_sample: Consolidation) -> None:
    source = "{% for x in range(3) %}x{% endfor %} {{ config }}"
    evil = Item(source, render_sample.document.location)
    document = dataclasses.replace(render_sample.document, documents=(evil,))
    html = render_document_html(dataclasses.replace(render_sample, document=document))
    assert source in html


def test_package_ships_the_templates_and_fonts() -> None:
    for name in ("document.html.j2", "style.css", "print.css", "fonts/OFL.txt"):
        assert (PACKAGE_TEMPLATES / name).is_file()
    assert "SIL Open Font License" in (PACKAGE_TEMPLATES / "fonts/OFL.txt").read_text("utf-8")


def test_reference_links_work_across_the_blocks_of_an_agreement_and_a_change(
    assen: Path,
) -> None:
    """Blocks are rendered one by one; a link and its definition may stand in different ones."""
    from prestatie_build.core import build_renvooi, consolidate
    from prestatie_build.render import render_jaarplan_html
    from prestatie_build.sources import load_project

    agreement = assen / "agreements" / "betaalbaarheid" / "afspraak-7.md"
    agreement.write_text(
        agreement.read_text(encoding="utf-8")
        + "\nZie [de nota][nota].\n\n[nota]: https://example.org/nota\n",
        encoding="utf-8",
    )
    jaarplan = assen / "amendments" / "2024" / "jaarplan.yaml"
    jaarplan.write_text(
        jaarplan.read_text(encoding="utf-8")
        + "\n  - op: append\n    target: 7\n    text: |\n      Lees [het plan][plan].\n\n"
        "      [plan]: https://example.org/plan\n",
        encoding="utf-8",
    )
    project = load_project(assen)
    page = render_document_html(consolidate(project, 2024))
    assert '<a href="https://example.org/nota">de nota</a>' in page
    assert '<a href="https://example.org/plan">het plan</a>' in page
    assert "[nota]" not in page and "[plan]" not in page
    assert not re.search(
        r'<div class="block[^"]*">\s*(<p class="block-label">[^\n]*\n)?</div>', page
    )
    renvooi = build_renvooi(project, 2024)
    assert renvooi is not None
    assert '<a href="https://example.org/plan">het plan</a>' in render_jaarplan_html(renvooi)
