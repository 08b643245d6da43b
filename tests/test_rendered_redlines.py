"""Every "was / wordt" a reader sees is rendered text: no Markdown syntax shows.

Over every change of Assen 2022-2025 (the change report in HTML and Markdown, the review in
HTML and Markdown of the whole Jaarplan 2024) and of the Part 2 test project (tables,
footnotes): no ``**``, list markers, table pipes or footnote markers in the texts shown.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from gitrepos import assen_repository, commit_all
from prestatie_build.cli import cli
from prestatie_build.core import build_report, consolidate
from prestatie_build.render import render_report_html, render_report_markdown
from prestatie_build.sources import load_project
from projects import REPO

PART2 = Path(__file__).parent / "data" / "part2"

MARKDOWN_SYNTAX = re.compile(
    r"\*\*|__|\[\^|\||^\s*(?:[-*+]|\d+[.)])\s|^\s*#|^\s*>",
    re.MULTILINE,
)
"""What Markdown source looks like where a reader should see its rendering."""


class ShownTexts(HTMLParser):
    """The text inside every element of ``css_class`` (or tag ``tag``), a line per block."""

    BREAKS = frozenset({"p", "li", "tr", "br", "ul", "ol", "table"})

    def __init__(self, *, css_class: str = "", tag: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.css_class, self.tag = css_class, tag
        self.depth = 0
        self.texts: list[str] = []

    def _opens_area(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if self.tag:
            return tag == self.tag
        return self.css_class in (dict(attrs).get("class") or "").split()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += tag not in ("br", "img")
            self.texts[-1] += "\n" if tag in self.BREAKS else ""
            self.texts[-1] += "\t" if tag in ("td", "th") else ""
        elif self._opens_area(tag, attrs):
            self.depth = 1
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1] += data


def shown_texts(html: str, **area: str) -> list[str]:
    parser = ShownTexts(**area)
    parser.feed(html)
    return parser.texts


def github_html(markdown: str) -> str:
    return (
        MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(markdown)
    )


def assert_rendered(texts: list[str], what: str) -> None:
    assert texts, f"{what}: no was/wordt text found (the check would pass on nothing)"
    for text in texts:
        found = MARKDOWN_SYNTAX.search(text)
        assert found is None, f"{what}: Markdown syntax {found.group()!r} shown in:\n{text}"


def report_texts(root: Path, year: int) -> tuple[list[str], list[str]]:
    report = build_report(consolidate(load_project(root), year), year, year)
    html = shown_texts(render_report_html(report), css_class="weergave")
    markdown = shown_texts(github_html(render_report_markdown(report)), tag="blockquote")
    return html, markdown


@pytest.mark.parametrize("year", [2024])
def test_assen_change_report_shows_rendered_text(year: int) -> None:
    html, markdown = report_texts(REPO, year)
    assert_rendered(html, f"Assen {year} report HTML")
    assert_rendered(markdown, f"Assen {year} report Markdown")
    assert any("Voorbereidend tripartiet overleg:" in text for text in html)


@pytest.mark.parametrize("year", [2022, 2023, 2025])
def test_assen_years_without_changes_show_no_texts(year: int) -> None:
    html, markdown = report_texts(REPO, year)
    assert html == [] and markdown == []


def test_assen_review_of_the_whole_jaarplan_shows_rendered_text(tmp_path: Path) -> None:
    repo = assen_repository(tmp_path / "repo")
    shutil.rmtree(repo / "amendments" / "2024")
    commit_all(repo, "without Jaarplan 2024")
    runner = CliRunner()
    base = ["--root", str(repo), "diff", "--base", "HEAD", "--head", "HEAD~1"]
    markdown = runner.invoke(cli, [*base, "--format", "md"])
    html = runner.invoke(cli, [*base, "--format", "html"])
    assert markdown.exit_code == 0 and html.exit_code == 0, markdown.output + html.output
    assert_rendered(shown_texts(github_html(markdown.stdout), tag="blockquote"), "review md")
    assert_rendered(shown_texts(html.stdout, css_class="weergave"), "review HTML")


def test_the_check_finds_markdown_syntax() -> None:
    """The check above can fail: source text is caught."""
    for source in ("**vet**", "- item", "| a | b |", "zie[^1]", "1. eerste"):
        with pytest.raises(AssertionError):
            assert_rendered([source], "source")
