"""Footnotes and images in a Markdown text: which ones it holds, and on which of its lines.

The loader checks them (every footnote reference has its definition in the same text and every
definition is used; every image names a file of the project and has its alt text), the
renderers show them. Both parse with :func:`markdown_parser`, so that they see the same
footnotes and images: CommonMark with GitHub's pipe tables and footnotes (``[^1]`` and
``[^1]: ...``; a ``*`` line stays a list item).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin


def markdown_parser(*, notes_at_end: bool = False, every_reference: bool = False) -> MarkdownIt:
    """CommonMark with pipe tables and footnotes (source-format Part 2, "More Markdown").

    ``notes_at_end``: footnote definitions move to a block at the end of the tokens (as they
    are shown), instead of staying where they are written (to know their lines).
    ``every_reference``: a ``[^label]`` without a definition is a footnote reference too, so
    that it can be reported or numbered; otherwise it is text.
    """
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    footnote_plugin(md, inline=False, move_to_end=notes_at_end, always_match_refs=every_reference)
    return md


@dataclass(frozen=True, slots=True)
class FootnoteUse:
    """A footnote reference (``[^1]``) or definition (``[^1]: ...``) in a text."""

    label: str
    line: int
    """Its line inside the text, counted from 0."""


@dataclass(frozen=True, slots=True)
class ImageUse:
    """An image (``![alt](kaart.png)``) in a text."""

    src: str
    """The path (or URL) as written."""
    alt: str
    """The alt text as a reader gets it, without Markdown."""
    line: int
    """Its line inside the text, counted from 0."""


@dataclass(frozen=True, slots=True)
class MediaUses:
    references: tuple[FootnoteUse, ...]
    definitions: tuple[FootnoteUse, ...]
    images: tuple[ImageUse, ...]


NO_MEDIA = MediaUses((), (), ())


def media_uses(text: str, *, inline: bool = False) -> MediaUses:
    """The footnotes and images of ``text``, in order.

    ``inline``: the text is rendered as one paragraph (a list item of ``document.yaml``),
    which holds images but no footnote definitions.
    """
    if "[^" not in text and "![" not in text:
        return NO_MEDIA  # neither can be written without these: skip the parser
    return _parsed(text, inline)


@lru_cache(maxsize=16384)
def _parsed(text: str, inline: bool) -> MediaUses:
    parser = _checking_parser()
    if inline:
        stripped = text.strip()
        leading = text[: text.find(stripped)].count("\n") if stripped else 0
        return _uses(parser.parseInline(stripped, {}), leading)
    return _uses(parser.parse(text, {}), 0)


@lru_cache(maxsize=1)
def _checking_parser() -> MarkdownIt:
    parser = markdown_parser(every_reference=True)
    # Every image counts, also one with a URL the renderer refuses: the loader reports it.
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    return parser


def _uses(tokens: Iterable[Any], base_line: int) -> MediaUses:
    references: list[FootnoteUse] = []
    definitions: list[FootnoteUse] = []
    images: list[ImageUse] = []
    for token in tokens:
        if token.type == "footnote_reference_open" and token.map:
            definitions.append(FootnoteUse(token.meta["label"], base_line + token.map[0]))
        if token.type == "inline":
            for child, line in _children_with_lines(token, base_line):
                if child.type == "footnote_ref":
                    references.append(FootnoteUse(child.meta["label"], line))
                elif child.type == "image":
                    alt = "".join(_alt_words(child.children or ()))
                    images.append(ImageUse(str(child.attrGet("src") or ""), alt.strip(), line))
    return MediaUses(tuple(references), tuple(definitions), tuple(images))


def _children_with_lines(token: Any, base_line: int) -> Iterator[tuple[Any, int]]:
    line = base_line + (token.map[0] if token.map else 0)
    for child in token.children or ():
        yield child, line
        if child.type in ("softbreak", "hardbreak"):
            line += 1
        elif child.type == "text":
            line += child.content.count("\n")


def _alt_words(children: Iterable[Any]) -> Iterator[str]:
    for child in children:
        if child.type in ("text", "code_inline"):
            yield child.content
        elif child.type in ("softbreak", "hardbreak"):
            yield " "
        yield from _alt_words(child.children or ())


def footnote_problems(uses: MediaUses) -> Iterator[tuple[str, FootnoteUse]]:
    """("undefined" | "unused" | "duplicate", where) for each footnote that does not pair up."""
    defined: dict[str, FootnoteUse] = {}
    for definition in uses.definitions:
        if definition.label in defined:
            yield "duplicate", definition
        defined.setdefault(definition.label, definition)
    referenced = {reference.label for reference in uses.references}
    reported: set[str] = set()
    for reference in uses.references:
        if reference.label not in defined and reference.label not in reported:
            reported.add(reference.label)
            yield "undefined", reference
    for label, definition in defined.items():
        if label not in referenced:
            yield "unused", definition
