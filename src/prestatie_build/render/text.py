"""The consolidated document as plain text: for golden-file tests and for reading in a terminal.

Markdown is kept as written (a reviewer reads a diff of this file, and the source is what they
know). Every block and list item that a Jaarplan added or changed ends in its label in square
brackets, so the diff of a golden file shows which change touched what. The output depends on
the consolidation only: no dates, paths or environment.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..core.dutch import dutch_period
from ..core.model import Article, Block, Chapter, Consolidation, Document, Item, Party, Provenance
from ..core.naming import DOCUMENTS_LIST, article_name, deleted_label
from ..core.report import jaarplan_summary

DOCUMENTS_HEADING = DOCUMENTS_LIST
VERSIONS_HEADING = "Versies"


def render_document_text(consolidation: Consolidation) -> str:
    """The whole document, chapters in order, ending in one newline."""
    document = consolidation.document
    parts = [
        "\n".join(_front(consolidation)),
        "\n".join(_parties(document.parties)),
        *(_chapter(chapter) for chapter in document.chapters),
    ]
    if document.documents:
        parts.append(f"== {DOCUMENTS_HEADING} ==\n\n" + "\n".join(_items(document.documents)))
    parts.append(f"== {VERSIONS_HEADING} ==\n\n" + "\n".join(_versions(consolidation)))
    return "\n\n".join(parts) + "\n"


def _front(consolidation: Consolidation) -> Iterator[str]:
    document = consolidation.document
    yield document.title
    yield f"Geconsolideerde versie {consolidation.year}"
    if consolidation.is_concept:
        yield "CONCEPT"
    yield f"Periode: {dutch_period(document.period.start, document.period.end)}"
    if document.place:
        yield f"Plaats: {document.place}"


def _parties(parties: Iterable[Party]) -> Iterator[str]:
    yield "Partijen:"
    for party in parties:
        # A role without a person would read as the party's own role: it stays out.
        person = (party.representative, party.role) if party.representative else ()
        who = ", ".join(part for part in person if part)
        yield f"- {party.name}" + (f" ({who})" if who else "")


def _chapter(chapter: Chapter) -> str:
    """``== Title ==``; a sub-chapter has one ``=`` more per level, and its number first."""
    marks = "=" * (chapter.level + 1)
    parts = [f"{marks} {chapter.heading} {marks}"]
    if chapter.goals:
        goals = "\n".join(_items(chapter.goals))
        parts.append(f"{chapter.goals_title}\n{goals}" if chapter.goals_title else goals)
    parts.extend(_article(article) for article in chapter.articles)
    return "\n\n".join(parts)


def _items(items: Iterable[Item]) -> Iterator[str]:
    """``- item  [label]``; the lines of a long item are indented under its first."""
    for item in items:
        yield _indent(_labelled(item.text, item.provenance), "- ", "  ")


def _article(article: Article) -> str:
    if article.is_agreement:
        return _agreement(article)
    return _section(article)


def _section(article: Article) -> str:
    heading = _labelled(
        f"-- {article_name(article)} --", article.title_provenance or article.origin
    )
    if article.deleted is not None:
        return f"{heading} {deleted_label(article)}"
    return "\n\n".join([heading, *_blocks(article.blocks)])


def _agreement(article: Article) -> str:
    """``5. <first block>`` (``2.1.1 <first block>``), the next blocks indented under it; a
    title goes first."""
    number = str(article.number)
    prefix = f"{number} " if "." in number else f"{number}. "  # "2.1.1", not "2.1.1."
    if article.deleted is not None:
        return prefix + deleted_label(article)
    texts = list(_blocks(article.blocks))
    if article.title:
        texts.insert(0, _labelled(article.title, article.title_provenance))
    body = "\n\n".join(texts)
    return _indent(body, prefix, " " * len(prefix)) if body else prefix.rstrip()


def _blocks(blocks: Iterable[Block]) -> Iterator[str]:
    for block in blocks:
        yield _labelled(block.text, block.provenance)


def _labelled(text: str, provenance: Provenance | None) -> str:
    """The text with the label of the change that last touched it, when one did."""
    return f"{text}  [{provenance.label}]" if provenance is not None else text


def _indent(text: str, first: str, rest: str) -> str:
    """Prefix the first line with ``first`` and every later non-blank line with ``rest``."""
    lines = text.split("\n")
    indented = [first + lines[0]]
    indented += [rest + line if line.strip() else "" for line in lines[1:]]
    return "\n".join(indented)


def _versions(consolidation: Consolidation) -> Iterator[str]:
    document: Document = consolidation.document
    yield f"- {document.title} (basisdocument)"
    for jaarplan in consolidation.jaarplannen:
        yield f"- {jaarplan_summary(jaarplan).description}"
