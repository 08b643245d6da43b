"""GFM pipe tables (source-format Part 2, "More Markdown"): one block, changed cell by cell by a
Jaarplan, shown as a table in every output with the changed cells marked.

The project is ``tests/data/part2``: a nieuwbouw table per corporation and year whose 2024 cell
and total a jaarschijf changes, as real addenda do.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from prestatie_build.core import Article, build_renvooi, build_report, consolidate
from prestatie_build.render import (
    render_document_html,
    render_document_pdf,
    render_jaarplan_html,
    render_report_html,
    render_report_markdown,
)
from prestatie_build.sources import load_project
from test_rendered_redlines import assert_rendered, github_html, shown_texts

PART2 = Path(__file__).parent / "data" / "part2"


def _article(number: str) -> Article:
    document = consolidate(load_project(PART2), 2024).document
    return next(a for a in document.articles() if a.number == number)


def test_a_table_is_one_block_and_keeps_the_paragraph_after_it() -> None:
    three = _article("3")
    assert len(three.blocks) == 3
    table = three.blocks[1]
    assert (
        table.text.startswith("| Corporatie |") and "| Heuvelwonen | 40 | 45 | 60 |" in table.text
    )
    assert table.provenance is not None and table.provenance.label == "Wijziging 2024"
    assert three.blocks[2].text.endswith("ten minste 30%.")


def test_the_document_shows_the_table_as_a_table() -> None:
    html = render_document_html(consolidate(load_project(PART2), 2024))
    article = html.split('id="afspraak-3"')[1].split('id="afspraak-4"')[0]
    assert "<table>" in article and "|" not in re.sub(r"<[^>]+>", "", article)
    assert re.search(r"<td[^>]*>Heuvelwonen</td>\s*<td[^>]*>40</td>\s*<td[^>]*>45</td>", article)


def test_the_report_marks_the_changed_cells() -> None:
    report = build_report(consolidate(load_project(PART2), 2024), 2024, 2024)
    html = render_report_html(report)
    # Was and wordt side by side: the changed cell marked in both.
    assert '<td class="gewijzigd"><del>35</del></td>' in html
    assert '<td class="gewijzigd"><ins>45</ins></td>' in html
    assert '<td class="gewijzigd"><ins>75</ins></td>' in html
    assert "<td>Seyster Veste</td><td>25</td><td>30</td><td>20</td>" in html
    assert_rendered(shown_texts(html, css_class="weergave"), "part2 report HTML")
    markdown = render_report_markdown(report)
    assert "> | Heuvelwonen | 40 | <del>35</del><ins>45</ins> | 60 |" in markdown
    assert_rendered(shown_texts(github_html(markdown), tag="blockquote"), "part2 report md")


def test_the_jaarplan_shows_the_changed_table_not_a_row_of_pipes() -> None:
    renvooi = build_renvooi(load_project(PART2), 2024)
    assert renvooi is not None
    html = render_jaarplan_html(renvooi)
    assert "| Heuvelwonen" not in html and "| **Totaal**" not in html
    changes = re.findall(r'<div class="table-change">(.*?)</div></div>', html)
    assert len(changes) == 2
    assert '<td class="gewijzigd"><del>35</del><ins>45</ins></td>' in changes[0]
    assert '<td class="gewijzigd"><del>65</del><ins>75</ins></td>' in changes[1]
    assert changes[0].count("gewijzigd") == 1
    # A fragment outside the table is still quoted as words.
    assert "ten minste 25%" in html and "ten minste 30%" in html


@pytest.mark.pdf
def test_the_pdf_prints_the_table_in_columns(tmp_path: Path) -> None:
    pdf = tmp_path / "document.pdf"
    pdf.write_bytes(render_document_pdf(consolidate(load_project(PART2), 2024)))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Corporatie\s+2023\s+2024\s+2025", text)
    assert re.search(r"Heuvelwonen\s+40\s+45\s+60", text)
    assert "|" not in text
