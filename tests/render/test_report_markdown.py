"""The change report as a GitHub comment: readable, complete, and unbreakable by user text."""

from __future__ import annotations

import dataclasses
import re

import pytest
from markdown_it import MarkdownIt

from prestatie_build.core import ChangeReport, build_report
from prestatie_build.render import code_span, escape_inline, render_report_markdown
from render.report_fixtures import HOSTILE, sample_consolidation


def _report(*, concept: bool = False, first: int = 2024, last: int = 2024) -> ChangeReport:
    return build_report(sample_consolidation(concept=concept), first, last)


def _github_like_html(markdown: str) -> str:
    """What a CommonMark renderer with GitHub's table and raw-HTML rules makes of the comment."""
    parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    return parser.render(markdown)


@pytest.fixture
def markdown() -> str:
    return render_report_markdown(_report())


def test_heading_summary_and_jaarplan(markdown: str) -> None:
    assert markdown.startswith("## Wijzigingen 2024\n")
    assert "7 wijzigingen in 2024." in markdown
    assert "Jaarplan 2024, vastgesteld op 7 december 2023 te Voorbeeldstad." in markdown
    assert "CONCEPT" not in markdown
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")


def test_concept_is_said_first() -> None:
    markdown = render_report_markdown(_report(concept=True, first=2025, last=2025))
    assert markdown.split("\n\n")[1].startswith("**CONCEPT** — ")
    assert "Jaarplan 2025, concept." in markdown


def test_totals_table(markdown: str) -> None:
    table = [line for line in markdown.splitlines() if line.startswith("|")]
    assert table == [
        "| Soort | Aantal |",
        "| --- | ---: |",
        "| Toegevoegd | 1 |",
        "| Aangevuld | 3 |",
        "| Gewijzigd | 2 |",
        "| Verwijderd | 1 |",
        "| **Totaal** | **7** |",
    ]


def test_every_change_with_its_target_label_and_source(markdown: str) -> None:
    headings = [line for line in markdown.splitlines() if line.startswith("### ")]
    assert headings == [
        "### 1. Wijziging 2024: Jaarlijkse cyclus",
        "### 2. Aanvulling 2024: Doelen Betaalbaarheid",
        "### 3. Nieuwe afspraak 2024: Afspraak 2",
        "### 4. Aanvulling 2024: Afspraak 5",
        "### 5. Verwijderd 2024: Afspraak 7",
        "### 6. Aanvulling 2024: Overzicht documenten",
        "### 7. Herformulering 2024: Afspraak 2",
    ]
    sources = re.findall(r"- \*\*Bron:\*\* `([^`]+)`", markdown)
    assert sources == [f"amendments/2024/jaarplan.yaml:{n}:5" for n in (8, 20, 25, 30, 40, 45, 50)]
    assert "- **Onderdeel:** Jaarlijkse cyclus (`tijdlijn`)" in markdown
    assert "- **Hoofdstuk:** Samenwerking" in markdown
    assert "- **Toelichting:** de verhuurdersheffing is afgeschaft" in markdown


def test_a_changed_text_is_one_redline(markdown: str) -> None:
    section = markdown.split("### 4. ")[1].split("### 5. ")[0]
    assert section.count("**Was → wordt:**") == 1
    # Rendered text: the source's ** are gone, the words stay.
    assert "<ins>De wachttijd mag niet oplopen: 3 jaar is de grens.</ins>" in section
    assert "\\*" not in section
    assert "<del>" not in section


def test_a_rewritten_text_shows_was_and_wordt_apart(markdown: str) -> None:
    section = markdown.split("### 1. ")[1].split("### 2. ")[0]
    was, wordt = section.split("**Was:**")[1].split("**Wordt:**")
    assert "> <del>Partijen starten voor</del> 1 april <del>van elk jaar het gesprek.</del>" in was
    assert "> <ins>Partijen plannen vóór</ins> 1 april <ins>een bestuurlijk overleg.</ins>" in wordt
    assert "<ins>" not in was and "<del>" not in wordt
    # A Markdown list shows as a list (bullets before, numbers after), its words marked.
    assert "> - terugkijken op het voorgaande jaar;\n> - <del>samen besluiten" in was
    assert "> 1. terugkijken op het voorgaande jaar;\n> 1. <ins>focuspunten bepalen.</ins>" in wordt
    html = _github_like_html(section)
    assert "<ul>" in html and "<ol>" in html


def test_new_removed_and_unchanged_texts(markdown: str) -> None:
    added = markdown.split("### 3. ")[1].split("### 4. ")[0]
    assert "**Wordt:**\n\n> In 2024 analyseren partijen het woonlastenonderzoek." in added
    assert "<ins>" not in added
    removed = markdown.split("### 5. ")[1].split("### 6. ")[0]
    assert "**Was:**\n\n> De gemeente overweegt andere financiële bijdragen." in removed
    rewrapped = markdown.split("### 7. ")[1]
    assert "_De tekst is niet gewijzigd._" in rewrapped


def test_paragraphs_stay_paragraphs_and_tags_never_span_lines(markdown: str) -> None:
    quote = markdown.split("### 4. ")[1].split("### 5. ")[0]
    assert "> Actium en de gemeente onderzoeken vraag en aanbod.\n>\n> <ins>De wachttijd" in quote
    for line in markdown.splitlines():
        assert line.count("<del>") == line.count("</del>"), line
        assert line.count("<ins>") == line.count("</ins>"), line


def test_user_text_cannot_break_the_comment(markdown: str) -> None:
    assert "<script>" not in markdown
    assert "&lt;script&gt;" in markdown
    html = _github_like_html(markdown)
    assert "<script" not in html
    assert html.count("<table>") == 1, "a | in user text must not make a table"
    assert html.count("<h3>") == 7
    assert "<em>niet vet</em>" not in html
    assert '<a href="http://x">' not in html
    # The hostile text reads as typed once rendered.
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | *niet vet* [link](http://x)" in html


@pytest.mark.parametrize(
    "text",
    [
        "# geen kop",
        "> geen citaat",
        "===",
        "    geen code",
        "`code` en ~~doorgehaald~~ en $x$",
        "regel\\",
        "&amp; blijft &amp;",
    ],
)
def test_markdown_in_the_texts_is_shown_as_its_text(text: str) -> None:
    """A heading, a quote, code: their words, as a paragraph of the quote."""
    report = _report()
    entry = dataclasses.replace(report.entries[2], after=text)
    markdown = render_report_markdown(dataclasses.replace(report, entries=(entry,)))
    html = _github_like_html(markdown)
    assert html.count("<blockquote>") == 1
    quoted = html.split("<blockquote>")[1].split("</blockquote>")[0]
    for tag in ("<h", "<ol>", "<ul>", "<pre>", "<code>", "<s>", "<del>", "<hr", "<blockquote>"):
        assert tag not in quoted, (text, tag)
    assert html.count("<table>") == 1


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("1. een lijst", "<ol>"),
        ("- een lijst", "<ul>"),
        ("| a | b |\n| - | - |\n| 1 | 2 |", "<table>"),
    ],
)
def test_lists_and_tables_in_the_texts_show_as_lists_and_tables(text: str, tag: str) -> None:
    report = _report()
    entry = dataclasses.replace(report.entries[2], after=text)
    markdown = render_report_markdown(dataclasses.replace(report, entries=(entry,)))
    quoted = _github_like_html(markdown).split("<blockquote>")[1].split("</blockquote>")[0]
    assert tag in quoted
    assert "|" not in quoted and "1." not in quoted and "- " not in quoted


def test_escape_inline_folds_lines_and_escapes_markup() -> None:
    assert escape_inline("a\n  b") == "a b"
    assert escape_inline("<b>*x*</b> | y") == "&lt;b&gt;\\*x\\*&lt;/b&gt; \\| y"


def test_code_span_holds_backticks() -> None:
    assert code_span("amendments/2024/jaarplan.yaml:8") == "`amendments/2024/jaarplan.yaml:8`"
    assert code_span("a`b") == "``a`b``"
    assert code_span("`a") == "`` `a ``"


def test_empty_period_says_so() -> None:
    report = build_report(dataclasses.replace(sample_consolidation(), year=2025), 2025, 2025)
    markdown = render_report_markdown(report)
    assert "_Geen wijzigingen in 2025._" in markdown
    assert "|" not in markdown
    assert "###" not in markdown


def test_output_is_deterministic() -> None:
    assert render_report_markdown(_report()) == render_report_markdown(_report())


def test_hostile_reason_is_escaped_in_the_meta_list(markdown: str) -> None:
    assert HOSTILE not in markdown
    assert (
        '- **Toelichting:** &lt;script&gt;alert("x")&lt;/script&gt; \\| \\*niet vet\\*' in markdown
    )
