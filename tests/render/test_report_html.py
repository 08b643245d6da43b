"""The change report as one self-contained, accessible HTML page."""

from __future__ import annotations

import dataclasses
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from prestatie_build.core import ChangeReport, build_report
from prestatie_build.render import render_report_html
from render.report_fixtures import sample_consolidation
from typeface import EVERY_FACE, embedded_faces, requested_urls

VOID = {"meta", "br", "hr", "img", "input", "link"}


class _Page(HTMLParser):
    """The facts about a page that the tests check: structure, ids, references, text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.open: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.labelledby: list[str] = []
        self.headings: list[int] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append(tag)
        if "id" in attributes:
            self.ids.append(str(attributes["id"]))
        if "aria-labelledby" in attributes:
            self.labelledby.append(str(attributes["aria-labelledby"]))
        if tag == "a":
            self.hrefs.append(str(attributes.get("href")))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:]}")
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _report(*, concept: bool = False, first: int = 2024, last: int = 2024) -> ChangeReport:
    return build_report(sample_consolidation(concept=concept), first, last)


@pytest.fixture
def html() -> str:
    return render_report_html(_report())


def test_a_self_contained_dutch_page(html: str) -> None:
    assert html.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert '<meta charset="utf-8">' in html
    assert (
        "<title>Wijzigingen 2024 \u2013 Prestatieafspraken 2022-2025 Voorbeeldstad</title>" in html
    )
    style = html.split("<style>")[1].split("</style>")[0]
    assert "del {" in style and "ins {" in style, "report.css is inlined"
    for request in ("<link", "<script", "src=", "@import"):
        assert request not in html
    assert requested_urls(html) == []
    assert embedded_faces(html) == EVERY_FACE


def test_the_markup_is_well_formed_and_accessible(html: str) -> None:
    page = _Page(html)
    assert page.errors == []
    assert page.open == []
    assert len(page.ids) == len(set(page.ids)), "ids are unique"
    assert set(page.labelledby) <= set(page.ids), "every aria-labelledby points at an element"
    assert page.headings[0] == 1 and page.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(page.headings)), (
        "no heading level is skipped"
    )
    assert {"header", "main", "footer"} <= set(page.tags)
    assert "[verwijderd: " in html and "[toegevoegd: " in html, "del/ins are announced"


def test_heading_summary_and_totals(html: str) -> None:
    assert "<h1>Wijzigingen 2024</h1>" in html
    assert '<p class="samenvatting">7 wijzigingen in 2024.</p>' in html
    assert "<li>Jaarplan 2024, vastgesteld op 7 december 2023 te Voorbeeldstad</li>" in html
    rows = re.findall(r'<tr><th scope="row">(\w+)</th><td>(\d+)</td></tr>', html)
    assert rows == [
        ("Toegevoegd", "1"),
        ("Aangevuld", "3"),
        ("Gewijzigd", "2"),
        ("Verwijderd", "1"),
        ("Totaal", "7"),
    ]
    assert "CONCEPT" not in html


def test_concept_banner() -> None:
    html = render_report_html(_report(concept=True, first=2025, last=2025))
    assert '<p class="concept"><strong>CONCEPT</strong> \u2013 ' in html
    assert "<title>CONCEPT \u2013 Wijzigingen 2025" in html


def test_every_change_with_label_target_reason_and_source(html: str) -> None:
    articles = html.split('<article class="wijziging')[1:]
    assert len(articles) == 7
    sources = [re.search(r"<dt>Bron</dt><dd><code>([^<]+)</code>", a) for a in articles]
    assert [m.group(1) for m in sources if m] == [
        f"amendments/2024/jaarplan.yaml:{n}:5" for n in (8, 20, 25, 30, 40, 45, 50)
    ]
    assert (
        '<span class="label">Verwijderd 2024</span><span class="verborgen">:</span> Afspraak 7'
        in html
    )
    assert "<dt>Toelichting</dt><dd>de verhuurdersheffing is afgeschaft</dd>" in html
    assert "<dt>Hoofdstuk</dt><dd>Samenwerking</dd>" in html


def test_targets_link_to_the_consolidated_document(html: str) -> None:
    hrefs = _Page(html).hrefs
    assert hrefs == [
        "prestatieafspraken-2024.html#tijdlijn",
        "prestatieafspraken-2024.html#doelen-betaalbaarheid",
        "prestatieafspraken-2024.html#afspraak-2",
        "prestatieafspraken-2024.html#afspraak-5",
        "prestatieafspraken-2024.html#afspraak-7",
        "prestatieafspraken-2024.html#documenten",
        "prestatieafspraken-2024.html#afspraak-2",
        "prestatieafspraken-2024.html",
    ]
    other = render_report_html(_report(), document_href="../2024/index.html")
    assert 'href="../2024/index.html#afspraak-5"' in other


def test_was_and_wordt_with_del_and_ins(html: str) -> None:
    rewritten = html.split('id="wijziging-1"')[1].split('id="wijziging-2"')[0]
    assert '<h4 id="wijziging-1-was">Was</h4>' in rewritten
    assert '<h4 id="wijziging-1-wordt">Wordt</h4>' in rewritten
    assert (
        "<del>Partijen starten voor</del> 1 april <del>van elk jaar het gesprek.</del>" in rewritten
    )
    assert (
        "<ins>Partijen plannen vóór</ins> 1 april <ins>een bestuurlijk overleg.</ins>" in rewritten
    )
    # The rendered text: paragraphs and a list (bullets before, numbers after), no markers.
    assert "<ins>een bestuurlijk overleg.</ins></p>\n<ol><li>terugkijken" in rewritten
    assert "<li>terugkijken op het voorgaande jaar;</li><li><ins>focuspunten bepalen.</ins>" in (
        rewritten
    )
    assert "<ul><li>terugkijken op het voorgaande jaar;</li><li><del>samen" in rewritten
    assert "1." not in rewritten.split("</h3>")[1]


def test_new_removed_and_unchanged_texts(html: str) -> None:
    added = html.split('id="wijziging-3"')[1].split('id="wijziging-4"')[0]
    assert ">Wordt</h4>" in added and ">Was</h4>" not in added and "<ins>" not in added
    assert "<p>In 2024 analyseren partijen het woonlastenonderzoek.</p></div>" in added
    removed = html.split('id="wijziging-5"')[1].split('id="wijziging-6"')[0]
    assert ">Was</h4>" in removed and ">Wordt</h4>" not in removed
    rewrapped = html.split('id="wijziging-7"')[1]
    assert '<p class="ongewijzigd">De tekst is niet gewijzigd.</p>' in rewrapped


def test_user_text_is_escaped(html: str) -> None:
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; | *niet vet* [link](http://x)" in html
    assert 'href="http://x"' not in html


def test_empty_period_says_so() -> None:
    report = build_report(dataclasses.replace(sample_consolidation(), year=2025), 2025, 2025)
    html = render_report_html(report)
    assert '<p class="samenvatting">Geen wijzigingen in 2025.</p>' in html
    assert "<table" not in html and "<article" not in html
    assert _Page(html).errors == []


def test_project_templates_override_the_css(tmp_path: Path) -> None:
    (tmp_path / "report.css").write_text("body { color: black; } /* </style><script> */\n")
    html = render_report_html(_report(), templates_dir=tmp_path)
    style = html.split("<style>")[1].split("</style>")[0]
    assert "body { color: black; }" in style
    assert html.count("</style") == 1, "a stylesheet cannot close the style element"


def test_output_is_deterministic(html: str) -> None:
    assert render_report_html(_report()) == html


def test_every_link_lands_on_an_anchor_of_the_consolidated_document() -> None:
    from prestatie_build.core import consolidate
    from prestatie_build.render import document_anchors
    from prestatie_build.sources import load_project

    repo = Path(__file__).resolve().parents[2]
    consolidation = consolidate(load_project(repo, up_to_year=2024), 2024)
    html = render_report_html(build_report(consolidation, 2024, 2024))
    fragments = {href.split("#")[1] for href in _Page(html).hrefs if "#" in href}
    assert fragments
    assert fragments <= set(document_anchors(consolidation.document))
