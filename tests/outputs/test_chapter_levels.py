"""Chapters in levels in the outputs (source-format Part 2): headings one level deeper per
chapter level, a nested table of contents, a nested PDF outline, and the document's own
agreement heading. The project is ``tests/data/part2`` (beleid, vastgoed, sociale-huur)."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pikepdf
import pytest

from prestatie_build.core import consolidate
from prestatie_build.render import render_document_html, render_document_pdf
from prestatie_build.sources import load_project

PART2 = Path(__file__).parents[1] / "data" / "part2"

SOCIALE_HUUR = [
    "Afspraak 5.4.1 (Nieuwbouw sociale huur)",
    "Afspraak 5.4.2",
    "Toelichting bij de locaties",
    "Afspraak 5.4.3 (Doorstroming)",
    "Afspraak 5.4.10 (Evaluatie)",
]
BELEID = {
    "Beleidsafspraken": {
        "Kader": {},
        "5 Vastgoed": {
            "5.1 Woningvoorraad": {},
            "5.2 Verkoop": {},
            "5.3 Aankoop": {},
            "5.4 Sociale huisvesting": {title: {} for title in SOCIALE_HUUR},
        },
    }
}
"""The last chapter of the part2 document in 2024 as a tree of headings."""

Tree = dict[str, "Tree"]


class _Contents(HTMLParser):
    """The table of contents as a tree of link texts, nested as its lists are."""

    def __init__(self) -> None:
        super().__init__()
        self.root: Tree = {}
        self.stack: list[Tree] = []
        self.last: Tree = self.root
        self.in_toc = False
        self.text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "nav":
            self.in_toc = True
        elif self.in_toc and tag == "ol":
            self.stack.append(self.last if self.stack else self.root)
        elif self.in_toc and tag == "a":
            self.text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self.in_toc = False
        elif self.in_toc and tag == "ol":
            self.stack.pop()
        elif self.in_toc and tag == "a" and self.text is not None:
            title = " ".join("".join(self.text).split())
            self.last = self.stack[-1].setdefault(title, {})
            self.text = None

    def handle_data(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)


def _html(root: Path = PART2) -> str:
    return render_document_html(consolidate(load_project(root), 2024))


def _last_chapter(tree: Tree) -> Tree:
    return {title: tree[title] for title in BELEID}


def test_the_contents_nest_as_the_chapters_do() -> None:
    contents = _Contents()
    contents.feed(_html())
    assert _last_chapter(contents.root) == BELEID


def test_headings_go_one_level_deeper_per_chapter_level() -> None:
    headings = re.findall(r"<h([2-6])>([^<]*)</h\1>", _html())
    shown = [(int(level), " ".join(text.split())) for level, text in headings]
    start = shown.index((2, "Beleidsafspraken"))
    assert shown[start:] == [
        (2, "Beleidsafspraken"),
        (3, "Kader"),
        (3, "5 Vastgoed"),
        (4, "5.1 Woningvoorraad"),
        (4, "5.2 Verkoop"),
        (4, "5.3 Aankoop"),
        (4, "5.4 Sociale huisvesting"),
        (5, "Wat willen we in 2025 bereiken?"),
        *((5, title) for title in SOCIALE_HUUR),
        (2, "Bijlage: Overzicht documenten"),
        (2, "Versies"),
    ]
    assert 'id="afspraak-5-4-10"' in _html() and 'id="hoofdstuk-sociale-huur"' in _html()


def test_a_document_without_levels_gets_no_rules_for_them(assen: Path) -> None:
    assert ".chapter .chapter" in _html()
    assert ".chapter .chapter" not in _html(assen)


def test_the_document_may_set_the_agreement_heading(tmp_path: Path) -> None:
    root = tmp_path / "part2"
    shutil.copytree(PART2, root)
    document = root / "agreements" / "document.yaml"
    text = document.read_text(encoding="utf-8")
    heading = 'place: Heuvelstad\nagreement_heading: "{number} {title}"\n'
    document.write_text(text.replace("place: Heuvelstad\n", heading), encoding="utf-8")
    html = _html(root)
    assert "<h5>5.4.1 Nieuwbouw sociale huur</h5>" in html
    assert "<h5>5.4.2</h5>" in html
    assert '<a href="#afspraak-5-4-10">5.4.10 Evaluatie</a>' in html


@pytest.mark.pdf
def test_the_pdf_outline_nests_as_the_chapters_do(tmp_path: Path) -> None:
    pdf_path = tmp_path / "document.pdf"
    pdf_path.write_bytes(render_document_pdf(consolidate(load_project(PART2), 2024)))
    with pikepdf.open(pdf_path) as pdf, pdf.open_outline() as outline:

        def tree(items: list[pikepdf.OutlineItem]) -> Tree:
            return {" ".join(str(item.title).split()): tree(item.children) for item in items}

        assert _last_chapter(tree(outline.root)) == BELEID
