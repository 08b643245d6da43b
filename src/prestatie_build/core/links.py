"""Links inside the document (``[afspraak 5](#afspraak-5)``): which ones a text holds, and
which anchors a document has for them to land on.

The renderer (``render.markdown``) keeps a link whose target starts with ``#``; WeasyPrint then
refuses a PDF in which such a link has no anchor ("No anchor #afspraak-14"). ``prestatie check``
therefore finds every such link with the same CommonMark parser and the same unit of rendering
(a body block, a list item, a Jaarplan's introduction), so that it sees exactly the links the
outputs will hold, and compares each with the anchors of the year's document.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from .errors import Diagnostic, SourceLocation
from .media import markdown_parser
from .messages import Message, Text, t
from .model import (
    DOCUMENTS_ANCHOR,
    MAIN_ANCHOR,
    PARTIES_ANCHOR,
    TOC_ANCHOR,
    VERSIONS_ANCHOR,
    Change,
    Document,
    Jaarplan,
    Project,
    Provenance,
    chapter_anchor,
    goals_anchor,
    number_sort_key,
)
from .suggest import either

_MARKDOWN = markdown_parser()
# As in render.markdown: every link is parsed, whatever its target, so the two agree on links.
_MARKDOWN.validateLink = lambda url: True  # type: ignore[method-assign]


@dataclass(frozen=True, slots=True)
class InternalLink:
    """A link to a part of the same page."""

    anchor: str
    """The anchor it asks for, as WeasyPrint and browsers look it up (percent-decoded)."""
    line: int
    """Its line inside the text, counted from 0."""


def internal_links(text: str, *, inline: bool = False) -> tuple[InternalLink, ...]:
    """The links of ``text`` to ``#anchor``s, in order.

    ``inline``: the text is rendered as one paragraph without its ``<p>`` (a list item of
    ``document.yaml``), which knows no reference definitions. A bare ``#`` names no anchor
    (WeasyPrint ignores it; a browser goes to the top) and is left out.
    """
    if "#" not in text or "]" not in text:
        return ()  # no link to an anchor is possible: skip the parser
    return _parsed_links(text, inline)


@lru_cache(maxsize=65536)
def _parsed_links(text: str, inline: bool) -> tuple[InternalLink, ...]:
    # A text unchanged between years is one string: each year's check parses it only once.
    if inline:
        stripped = text.strip()
        leading = text[: text.find(stripped)].count("\n") if stripped else 0
        tokens = _MARKDOWN.parseInline(stripped)
        return tuple(_links_in(tokens, leading))
    return tuple(_links_in(_MARKDOWN.parse(text), 0))


def _links_in(tokens: Iterable[Any], base_line: int) -> Iterator[InternalLink]:
    for token in tokens:
        if token.type != "inline":
            continue
        line = base_line + (token.map[0] if token.map else 0)
        for child in token.children or ():
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type == "text":
                line += child.content.count("\n")
            elif child.type == "link_open":
                # An image's description is not a link: images render as their alt text, and
                # their children (which may hold links) sit inside the image token, unvisited.
                href = str(child.attrGet("href") or "").strip()
                if href.startswith("#") and len(href) > 1:
                    yield InternalLink(unquote(href[1:]), line)


def document_anchors(document: Document) -> tuple[str, ...]:
    """Every anchor the document page defines, in page order (fixed ones included).

    The screen page and the print page define the same ones (``render.html`` checks that none
    is given twice).
    """
    anchors: list[str] = [PARTIES_ANCHOR, TOC_ANCHOR, MAIN_ANCHOR]
    for chapter in document.chapters:
        anchors.append(chapter_anchor(chapter.id))
        if chapter.goals:
            anchors.append(goals_anchor(chapter.id))
        anchors.extend(article.anchor for article in chapter.articles)
    anchors.extend([DOCUMENTS_ANCHOR, VERSIONS_ANCHOR])
    return tuple(anchors)


# --- the check: every link of every year lands on an anchor of that year's document ----------


@dataclass(frozen=True, slots=True)
class _LinkingText:
    """A unit of rendering that may hold links, and where it is written."""

    text: str
    location: SourceLocation
    inline: bool = False
    provenance: Provenance | None = None


def check_links(project: Project, documents: Mapping[int, Document]) -> Iterator[Diagnostic]:
    """An error for each link to an anchor that a year's document lacks, a warning for each
    link to a vervallen agreement; one diagnostic per link, naming the years it fails in.

    ``documents``: the document as it stands in each year of the period. A Jaarplan's
    introduction is held against its own year's document, where the Jaarplan points its links.
    """
    changes = {c.location: c for jaarplan in project.jaarplannen for c in jaarplan.changes}
    jaarplannen = {jaarplan.year: jaarplan for jaarplan in project.jaarplannen}
    every_year = {year: frozenset(document_anchors(d)) for year, d in documents.items()}
    failing: dict[tuple[SourceLocation, str, bool], list[int]] = {}
    for year, document in documents.items():
        deleted = {a.anchor: a for a in document.articles() if a.deleted is not None}
        for written in _linking_texts(document, jaarplannen.get(year)):
            for link in internal_links(written.text, inline=written.inline):
                if link.anchor in every_year[year] and link.anchor not in deleted:
                    continue
                where = _written_at(written, link, changes)
                failing.setdefault((where, link.anchor, link.anchor in deleted), []).append(year)
    for (where, anchor, to_deleted), years in failing.items():
        if to_deleted:
            yield _to_deleted(where, anchor, documents[years[-1]])
        else:
            yield _dangling(where, anchor, years, every_year)


def _linking_texts(document: Document, jaarplan: Jaarplan | None) -> Iterator[_LinkingText]:
    """Every text of the year's outputs that is rendered as Markdown, as the renderer cuts it."""
    for chapter in document.chapters:
        for item in chapter.goals:
            yield _LinkingText(item.text, item.location, True, item.provenance)
        for article in chapter.articles:
            if article.deleted is None:  # a vervallen agreement shows no text
                for block in article.blocks:
                    yield _LinkingText(block.text, block.location, False, block.provenance)
    for item in document.documents:
        yield _LinkingText(item.text, item.location, True, item.provenance)
    if jaarplan is not None and jaarplan.introduction:
        where = jaarplan.introduction_location or jaarplan.location
        yield _LinkingText(jaarplan.introduction, where)


def _written_at(
    written: _LinkingText, link: InternalLink, changes: Mapping[SourceLocation, Change]
) -> SourceLocation:
    """Where the link is written: in its text, or in the ``new`` of the fragment replacement
    that put it into a text written elsewhere."""
    change = changes.get(written.provenance.source) if written.provenance else None
    if change is not None and change.old is not None and change.new:
        for own in internal_links(change.new, inline=written.inline):
            if own.anchor == link.anchor:
                return _line_after(change.where_text("new"), own.line)
    return _line_after(written.location, link.line)


def _line_after(location: SourceLocation, lines: int) -> SourceLocation:
    """The line ``lines`` below the text's start; no column: where the text starts is not where
    the link is."""
    return location.at(location.line + lines) if location.line else location


def _dangling(
    where: SourceLocation,
    anchor: str,
    years: list[int],
    every_year: Mapping[int, frozenset[str]],
) -> Diagnostic:
    elsewhere = [year for year, anchors in every_year.items() if anchor in anchors]
    if elsewhere:
        hint: Message = t(
            "#{anchor} exists in {years} only; link to it from text of those years, or to a part "
            "that exists in every year the text is in",
            anchor=anchor,
            years=year_list(elsewhere),
        )
    else:
        hint = _closest(anchor, years[-1], every_year[years[-1]])
    return Diagnostic(
        where,
        t(
            "link to #{anchor}, but {what} is not in the document of {years}",
            anchor=anchor,
            what=describe_anchor(anchor),
            years=year_list(years),
        ),
        hint,
        code="P141",
    )


def _closest(anchor: str, year: int, known: Iterable[str]) -> Message:
    """Anchors like the wrong one, or the agreements there are (close numbers mislead)."""
    numbers = sorted(
        (a.removeprefix(AGREEMENT_PREFIX) for a in known if a.startswith(AGREEMENT_PREFIX)),
        key=number_sort_key,
    )
    if anchor.startswith(AGREEMENT_PREFIX) and numbers:
        shown = ", ".join(numbers[:40]) + (", ..." if len(numbers) > 40 else "")
        return t("the agreements in {year}: {numbers}", year=year, numbers=shown)
    close = difflib.get_close_matches(anchor, sorted(known), n=3, cutoff=0.6)
    if close:
        return t("did you mean {options}?", options=either(f"#{c}" for c in close))
    return t(
        "agreements are linked as #afspraak-<number>, sections by their id, chapters as "
        "#hoofdstuk-<id>"
    )


def _to_deleted(where: SourceLocation, anchor: str, document: Document) -> Diagnostic:
    article = next(a for a in document.articles() if a.anchor == anchor)
    assert article.deleted is not None
    return Diagnostic(
        where,
        t(
            "link to #{anchor}: {what} is vervallen per {year}",
            anchor=anchor,
            what=describe_anchor(anchor),
            year=article.deleted.year,
        ),
        t(
            "the link lands on '[Vervallen per {year}]' (deleted by the change at {source}); "
            "link to what replaces it, or remove the link",
            year=article.deleted.year,
            source=article.deleted.source,
        ),
        severity="warning",
        code="W305",
    )


def describe_anchor(anchor: str) -> Text:
    """How a message names what an anchor points at: ``agreement 14``, ``chapter 'wonen'``."""
    for prefix, what in ANCHOR_KINDS:
        if anchor.startswith(prefix):
            return what(anchor.removeprefix(prefix))
    return t("a section or part '{anchor}'", anchor=anchor)


AGREEMENT_PREFIX = "afspraak-"
ANCHOR_KINDS: tuple[tuple[str, Callable[[str], Text]], ...] = (
    (AGREEMENT_PREFIX, lambda name: t("agreement {number}", number=name)),
    ("hoofdstuk-", lambda name: t("chapter '{id}'", id=name)),
    ("doelen-", lambda name: t("the goals of chapter '{id}'", id=name)),
)
"""The generated anchors, by prefix (see ``model``), and how a message names their target."""


def year_list(years: Iterable[int]) -> str:
    """``2022-2025``, ``2022, 2024``: years as few words as possible."""
    spans: list[list[int]] = []
    for year in sorted(set(years)):
        if spans and year == spans[-1][-1] + 1:
            spans[-1].append(year)
        else:
            spans.append([year])
    return ", ".join(f"{s[0]}-{s[-1]}" if len(s) > 1 else str(s[0]) for s in spans)
