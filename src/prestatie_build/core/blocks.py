"""Markdown bodies as blocks, and what a change's target names.

Pure helpers shared by the loader (which splits each agreement's body) and the consolidation
(which splits a change's text the same way, so both sides have the same blocks).
"""

from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt

from .errors import SourceLocation
from .model import NUMBER_PATTERN, Block

_MARKDOWN = MarkdownIt("commonmark", {"html": False})


def split_blocks(body: str, start: SourceLocation, provenance: Any = None) -> tuple[Block, ...]:
    """The top-level Markdown blocks of ``body`` (paragraphs, whole lists, ...)."""
    lines = body.split("\n")
    blocks = []
    for token in _MARKDOWN.parse(body):
        if token.level != 0 or token.nesting == -1 or token.map is None:
            continue
        first, last = token.map
        text = "\n".join(lines[first:last]).strip()
        if text:
            blocks.append(Block(text, start.at(start.line + first), provenance))
    return tuple(blocks)


def is_agreement_number(target: str) -> bool:
    return bool(NUMBER_PATTERN.match(target))
