"""Issue 11's "Done when", over the Part 2 test project (tests/data/part2):

- it builds every year with every output (``publish --include-drafts``);
- its PDFs show tables as tables (cells in rows and columns, no pipes) and the signature page
  whole (every block on the page of "Aldus overeengekomen");
- its change reports and its review hold no Markdown syntax where they show text: the HTML's
  text, the Markdown as it renders, the text fields of the JSON that are not Markdown source.
"""

from __future__ import annotations

import html as htmllib
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from gitrepos import commit_all, git
from prestatie_build.cli import cli
from prestatie_build.core import build_renvooi
from prestatie_build.outputs import OUTPUTS
from prestatie_build.sources import load_project

PART2 = Path(__file__).parent / "data" / "part2"


def _run(*arguments: str) -> None:
    outcome = CliRunner().invoke(cli, list(arguments))
    assert outcome.exit_code == 0, outcome.output


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("part2-site") / "site"
    _run("--root", str(PART2), "publish", "--out", str(folder), "--include-drafts")
    return folder


def _years(site: Path) -> list[int]:
    return [
        version["year"] for version in json.loads((site / "versions.json").read_text())["versions"]
    ]


# --- (a) every year, every output -------------------------------------------------------------


@pytest.mark.pdf
def test_every_year_builds_with_every_output(site: Path) -> None:
    project = load_project(PART2)
    with_jaarplan = {jaarplan.year for jaarplan in project.jaarplannen}
    years = _years(site)
    assert years == list(range(project.document.period.start, max(with_jaarplan) + 1))
    for year in years:
        expected = {
            name
            for output in OUTPUTS
            if output.name != "jaarplan" or year in with_jaarplan  # no Jaarplan: no files
            for name in output.file_names(year)
        }
        written = {path.name for path in (site / str(year)).iterdir()}
        assert expected <= written, (year, sorted(expected - written))


# --- (b) tables as tables, the signature page whole -------------------------------------------

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def _pdf_pages(pdf: Path) -> list[list[tuple[float, float, float, str]]]:
    """Each page's words: (left, top, right, text), from ``pdftotext -bbox``."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        [(float(m[1]), float(m[2]), float(m[3]), htmllib.unescape(m[5])) for m in _WORD.finditer(p)]
        for p in xml.split("</page>")[:-1]
    ]


def _row(
    words: list[tuple[float, float, float, str]], label: str, below: float
) -> list[tuple[float, float, float, str]]:
    """The words on the line of the first ``label`` under ``below``, left to right."""
    start = next(w for w in words if w[3] == label and w[1] > below)
    return sorted((w for w in words if abs(w[1] - start[1]) < 1.0), key=lambda w: w[0])


def _tables(
    pages: list[list[tuple[float, float, float, str]]],
) -> Iterator[list[list[tuple[float, float, float, str]]]]:
    """The nieuwbouw tables (rows Heuvelwonen, Seyster Veste, Totaal) on the pages."""
    for words in pages:
        for top in (w[1] for w in words if w[3] == "Heuvelwonen"):
            row = _row(words, "Heuvelwonen", top - 0.5)
            if sum(w[3].isdigit() for w in row) < 3:
                continue  # the name in a sentence, not a table row
            yield [row, _row(words, "Seyster", top), _row(words, "Totaal", top)]


def _pdfs(site: Path) -> list[Path]:
    return sorted(p for year in _years(site) for p in (site / str(year)).glob("*.pdf"))


@pytest.mark.pdf
def test_the_pdfs_show_tables_as_tables(site: Path) -> None:
    shown = 0
    for pdf in _pdfs(site):
        pages = _pdf_pages(pdf)
        assert not any("|" in w[3] for words in pages for w in words), f"a pipe in {pdf.name}"
        for rows in _tables(pages):
            shown += 1
            tops = [row[0][1] for row in rows]
            assert tops == sorted(tops) and tops[1] - tops[0] < 40, (pdf.name, tops)
            # The 2023 column (never changed): its cells stand under one another.
            first = [next(w for w in row if w[3].isdigit()) for row in rows]
            lefts, rights = {round(w[0]) for w in first}, {round(w[2]) for w in first}
            aligned = max(lefts) - min(lefts) <= 1 or max(rights) - min(rights) <= 1
            assert aligned, (pdf.name, [w[3] for w in first], lefts, rights)
            # Four cells a row, each number in its own place left to right.
            numbers = [w for w in rows[1] if w[3].isdigit()]
            assert [w[3] for w in numbers] == ["25", "30", "20"], (pdf.name, rows[1])
    # Documents 2023-2025 and the Jaarplan 2024 (current text and two changed tables).
    assert shown >= 6


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f")]


@pytest.mark.pdf
def test_the_signature_page_is_whole(site: Path) -> None:
    project = load_project(PART2)
    checked = []
    for jaarplan in project.jaarplannen:
        renvooi = build_renvooi(project, jaarplan.year)
        assert renvooi is not None
        pages = _page_texts(site / str(jaarplan.year) / f"jaarplan-{jaarplan.year}.pdf")
        [page] = [page for page in pages if "Aldus overeengekomen" in page]
        signing = page[page.index("Aldus overeengekomen") :]
        for signer in renvooi.parties:
            assert signer.party.name in signing, (jaarplan.year, signer.party.name)
            if signer.name:
                assert signer.name in signing, (jaarplan.year, signer.name)
        checked.append((jaarplan.year, len(renvooi.parties)))
    assert checked == [(2024, 12), (2025, 12)]


# --- (c) no Markdown syntax in the change reports and the review -----------------------------

MARKDOWN_SYNTAX = {
    "bold or italics": re.compile(r"\*\*|__"),
    "footnote marker": re.compile(r"\[\^"),
    "table pipe": re.compile(r"\|"),
    "list marker": re.compile(r"(?m)^[ \t]*(?:[-*+]|\d+[.)])[ \t]"),
}
"""Markdown a reader must never see in rendered text (source-format Part 2, "Labels and
redlines")."""

_HEADING = re.compile(r"<h([1-6])\b.*?</h\1>", re.DOTALL | re.IGNORECASE)


def _visible_text(html: str, *, headings: bool = True) -> str:
    """What a reader sees: no head, styles or tags; a line per block element."""
    html = re.sub(r"<(style|script|head)\b.*?</\1>", "", html, flags=re.DOTALL | re.IGNORECASE)
    if not headings:  # "3. Wijziging 2024: ..." numbers the entry: a heading, not a list
        html = _HEADING.sub("\n", html)
    html = re.sub(r"<br\s*/?>|</(?:p|li|tr|td|th|div|dd|dt|pre|blockquote|h\d)>", "\n", html)
    return htmllib.unescape(re.sub(r"<[^>]+>", "", html))


def markdown_seen(html: str) -> list[str]:
    """Each piece of Markdown syntax visible in the rendered ``html``, with its context."""
    found = []
    for name, pattern in MARKDOWN_SYNTAX.items():
        text = _visible_text(html, headings=name != "list marker")
        for match in pattern.finditer(text):
            context = text[max(0, match.start() - 50) : match.end() + 30]
            found.append(f"{name}: {' '.join(context.split())!r}")
    return found


def _rendered_markdown(markdown: str) -> str:
    """Markdown as GitHub shows it: CommonMark, tables, inline HTML (``<del>``, ``<ins>``)."""
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)


SOURCE_FIELDS = frozenset({"was", "wordt", "ops"})
"""JSON fields that hold the Markdown source on purpose (redline.schema.json)."""


def _text_fields(data: object, key: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for name, value in data.items():
            if name not in SOURCE_FIELDS:
                yield from _text_fields(value, name)
    elif isinstance(data, list):
        for value in data:
            yield from _text_fields(value, key)
    elif isinstance(data, str):
        yield key, data


def _no_markdown_in(name: str, content: str) -> None:
    if name.endswith(".html"):
        seen = markdown_seen(content)
    elif name.endswith(".md"):
        seen = markdown_seen(_rendered_markdown(content))
    else:
        seen = [
            f"{key}: {text!r}"
            for key, text in _text_fields(json.loads(content))
            if any(pattern.search(text) for pattern in MARKDOWN_SYNTAX.values())
        ]
    assert seen == [], f"{name}:\n" + "\n".join(seen)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every year's change report (HTML, Markdown, JSON), by file name."""
    out = tmp_path_factory.mktemp("part2-reports")
    files: dict[str, str] = {}
    for year in range(2023, 2026):
        _run(
            "--root",
            str(PART2),
            "build",
            "--year",
            str(year),
            "--format",
            "report",
            "--out",
            str(out / str(year)),
        )
        files |= {
            p.name: p.read_text(encoding="utf-8") for p in (out / str(year)).glob("wijzigingen-*")
        }
    return files


@pytest.fixture(scope="module")
def reviews(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The review of every Jaarplan of the project (base: the document alone), per format."""
    repo = tmp_path_factory.mktemp("part2-repo") / "project"
    shutil.copytree(PART2, repo)
    shutil.move(repo / "amendments", repo.parent / "amendments")
    git(repo, "init", "-q")
    commit_all(repo, "the document alone")
    shutil.move(repo.parent / "amendments", repo / "amendments")
    files = {}
    for form, suffix in (("html", "html"), ("md", "md"), ("json", "json")):
        out = repo.parent / f"review.{suffix}"
        _run("--root", str(repo), "diff", "--base", "HEAD", "--format", form, "--out", str(out))
        files[out.name] = out.read_text(encoding="utf-8")
    return files


def test_the_change_reports_show_no_markdown(reports: dict[str, str]) -> None:
    names = sorted(reports)
    assert names == sorted(
        f"wijzigingen-{y}.{s}" for y in (2023, 2024, 2025) for s in ("html", "json", "md")
    )
    for name in names:
        _no_markdown_in(name, reports[name])


def test_the_review_shows_no_markdown(reviews: dict[str, str]) -> None:
    assert "Heuvelwonen" in reviews["review.html"]  # the table is in it
    for name, content in reviews.items():
        _no_markdown_in(name, content)


def test_the_check_sees_raw_markdown(reports: dict[str, str]) -> None:
    """The texts compared hold every kind of Markdown the check looks for; shown raw, each is
    caught (the check can fail)."""
    data = json.loads(reports["wijzigingen-2024.json"])
    raw = "\n\n".join(change["wordt"] for change in data["changes"])
    seen = markdown_seen(f"<pre>{htmllib.escape(raw)}</pre>")
    assert {line.split(":")[0] for line in seen} == set(MARKDOWN_SYNTAX)
