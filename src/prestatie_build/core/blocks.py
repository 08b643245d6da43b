"""Markdown bodies as blocks, and what a change's target names.

Pure helpers shared by the loader (which splits each agreement's body) and the consolidation
(which splits a change's text the same way, so both sides have the same blocks).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .errors import SourceLocation
from .media import markdown_parser
from .model import NUMBER_PATTERN, Block

_MARKDOWN = markdown_parser()
"""CommonMark with GitHub's pipe tables (a table is one block) and footnotes, whose definitions
stay where they are written, each a block of its own (source-format Part 2)."""
_LINE_END = re.compile(r"\r\n?|\n")
"""The line ends markdown-it counts in its line map: lines must be cut where it counts them."""


def split_blocks(body: str, start: SourceLocation, provenance: Any = None) -> tuple[Block, ...]:
    """The top-level Markdown blocks of ``body`` (paragraphs, whole lists, ...).

    A reference definition (``[ref]: https://...``) makes no block in Markdown, yet it belongs
    to the text: a link elsewhere in the file uses it. Lines that no block covers are kept, as
    a block of their own, or as part of the block they run into.
    """
    lines = _LINE_END.split(body)
    blocks = []
    for first, last in _block_ranges(lines, body):
        text = "\n".join(lines[first:last]).strip()
        if text:
            blocks.append(Block(text, start.at(start.line + first), provenance))
    return tuple(blocks)


def _block_ranges(lines: list[str], body: str) -> Iterator[tuple[int, int]]:
    """(first, last) line of each block: markdown-it's top-level blocks and the lines between."""
    position = 0
    for token in _MARKDOWN.parse(body):
        if token.level != 0 or token.nesting == -1 or token.map is None:
            continue
        first, last = token.map
        runs = list(_runs(lines, position, first))
        if runs and runs[-1][1] == first:
            first = runs.pop()[0]  # definitions right above a paragraph belong to it
        yield from runs
        yield first, last
        position = last
    yield from _runs(lines, position, len(lines))


def _runs(lines: list[str], first: int, last: int) -> Iterator[tuple[int, int]]:
    """The runs of non-blank lines between ``first`` and ``last``, as (first, last) ranges."""
    run_start = None
    for index in range(first, last):
        blank = not lines[index].strip()
        if not blank and run_start is None:
            run_start = index
        elif blank and run_start is not None:
            yield run_start, index
            run_start = None
    if run_start is not None:
        yield run_start, last


def bullet_items(text: str) -> tuple[str, ...] | None:
    """The items of ``text`` when it is a Markdown bullet list, else None.

    Parsed as Markdown, so an item may wrap onto more lines (indented or not): each item's
    text is its lines after the marker, with the white space between them folded to one space.
    A change of marker (``-`` to ``*``) starts another list in Markdown; its items count too.
    """
    lines = _LINE_END.split(text)
    tokens = [t for t in _MARKDOWN.parse(text) if t.map is not None and t.nesting != -1]
    top = [t for t in tokens if t.level == 0]
    if not top or any(t.type != "bullet_list_open" for t in top):
        return None
    items = []
    for token in tokens:
        if token.type == "list_item_open" and token.level == 1 and token.map is not None:
            first, last = token.map
            written = "\n".join(lines[first:last]).strip()
            content = written[len(token.markup) :]  # the marker: "-", "*" or "+"
            items.append(" ".join(content.split()))
    return tuple(item for item in items if item)


def is_table(text: str) -> bool:
    """Whether a block is a (GitHub pipe) table."""
    return any(token.type == "table_open" for token in _MARKDOWN.parse(text))


def is_agreement_number(target: str) -> bool:
    return NUMBER_PATTERN.fullmatch(target) is not None
