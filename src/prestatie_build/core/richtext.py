"""Markdown as a reader sees it, for every "was / wordt": rendered text with its structure.

A redline of Markdown *source* shows ``**``, list markers and table pipes to people who never
see them in the document. So the redlines that outputs show compare the *rendered* text: each
Markdown text becomes a layout text (:func:`layout_text`) in which paragraphs, list items and
table rows are lines, and the structure is written with a few private-use characters that no
source text holds (they are removed from it). The word diff of two layout texts compares the
words a reader reads; a structure mark is a word of its own, so a new row or item shows as one.

:func:`layout_blocks` turns the runs of one side of such a redline (or of the combined view)
back into blocks — paragraphs, lists, tables — for the renderers, each leaf a tuple of runs
that keep their ``delete``/``insert`` marks.

Inline markup (emphasis, links, code) is shown as its text: the redline is about words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .worddiff import WordOp, WordOpKind

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

BULLET = "\ue000"
"""Starts a bullet list item's line, once per level of nesting."""
NUMBERED = "\ue001"
"""Starts a numbered list item's line, once per level of nesting."""
ROW = "\ue002"
"""Starts a table row's line."""
CELL = "\ue003"
"""Starts a table cell."""
HEADER_CELL = "\ue004"
"""Starts a table header cell."""
NOTE = "\ue005"
"""Starts a footnote reference's number (shown raised)."""
MARKS = BULLET + NUMBERED + ROW + CELL + HEADER_CELL + NOTE
_MARKS_IN_SOURCE = re.compile(f"[{MARKS}]")
_PIECES = re.compile(rf"(\n\n+|\n|[{BULLET}{NUMBERED}]+|[{ROW}{CELL}{HEADER_CELL}])")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """CommonMark with GFM pipe tables and footnotes, as the documents render it; a footnote
    definition stays where it is written, and a reference is numbered even without one."""
    # Imported here: a build whose outputs are up to date must not pay for loading the parser.
    from .media import markdown_parser

    return markdown_parser(every_reference=True)


def layout_text(markdown: str) -> str:
    """``markdown`` as rendered words: blocks apart by a blank line, items and rows a line each.

    A footnote reference shows as its number (raised), a definition as a paragraph that starts
    with it; numbered in order of first reference in the text, as a reader of it counts them.
    """
    env: dict[str, Any] = {}
    tokens = _parser().parse(_MARKS_IN_SOURCE.sub("", markdown), env)
    return "\n\n".join(_blocks(tokens, env.get("footnotes", {}).get("refs", {})))


def plain_text(text: str) -> str:
    """Text that is not Markdown as a layout text: its lines as they are, no structure."""
    return _MARKS_IN_SOURCE.sub("", text)


def has_structure(text: str) -> bool:
    """Whether a run of a layout text holds a structure mark (an item, row or cell)."""
    return any(mark in text for mark in MARKS[:-1])


def _blocks(tokens: Sequence[Any], notes: Mapping[str, int]) -> Iterator[str]:
    """The layout of each top-level block; ``notes``: each footnote label's index (from 0)."""
    lines: list[str] = []
    markers: list[str] = []
    row: list[str] = []
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            markers.append(BULLET if kind == "bullet_list_open" else NUMBERED)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            markers.pop()
        elif kind == "list_item_open":
            lines.append("".join(markers) + " ")
        elif kind == "footnote_reference_open":
            lines.append(_note_number(token.meta["label"], notes) + " ")
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            lines.append(ROW + " " + " ".join(row))
            row = []
        elif kind in ("th_open", "td_open"):
            row.append(HEADER_CELL if kind == "th_open" else CELL)
        elif kind == "inline":
            _add_inline(lines, row, markers, token)
        elif kind in ("fence", "code_block"):
            lines.append(token.content.rstrip("\n"))
        if token.level == 0 and token.nesting <= 0 and lines:
            yield "\n".join(line.rstrip() for line in lines)
            lines = []


def _add_inline(lines: list[str], row: list[str], markers: list[str], token: Any) -> None:
    """The words of a paragraph, heading, item or cell, where they belong in the layout."""
    text = inline_text(token.children or ())
    if row:  # inside a table row: the text of its last cell
        row[-1] += " " + " ".join(text.split()) if text.strip() else ""
    elif lines and (markers or _is_note_start(lines[-1])):
        separator = "" if lines[-1].endswith(" ") else " "
        lines[-1] += separator + " ".join(text.split())
    else:
        lines.append(text)


def _note_number(label: str, notes: Mapping[str, int]) -> str:
    """A footnote's number as the layout shows it; an unused definition keeps its label."""
    index = notes.get(":" + label, -1)
    return f"{NOTE}{index + 1 if index >= 0 else label}"


def _is_note_start(line: str) -> bool:
    return line.startswith(NOTE) and line.endswith(" ")


def inline_text(children: Sequence[Any]) -> str:
    """The text a reader sees of inline tokens: no emphasis marks, a link as its text."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(inline_text(child.children or ()))
        elif child.type == "footnote_ref":
            parts.append(f" {NOTE}{child.meta['id'] + 1}")
    return "".join(parts)


# --- back from runs to blocks ------------------------------------------------------------

Runs = tuple[WordOp, ...]


@dataclass(frozen=True, slots=True)
class ShownItem:
    depth: int
    """1 for an item of a top-level list."""
    numbered: bool
    runs: Runs


@dataclass(frozen=True, slots=True)
class ShownRow:
    header: bool
    cells: tuple[Runs, ...]

    @property
    def changed_cells(self) -> tuple[bool, ...]:
        """Per cell: whether any of its words is deleted or inserted."""
        return tuple(_changed(cell) for cell in self.cells)


@dataclass(frozen=True, slots=True)
class ShownBlock:
    """A paragraph (``lines``), a list (``items``) or a table (``rows``)."""

    kind: str
    lines: tuple[Runs, ...] = ()
    items: tuple[ShownItem, ...] = ()
    rows: tuple[ShownRow, ...] = ()


def _changed(runs: Runs) -> bool:
    return any(run.kind != "equal" and run.text.strip() for run in runs)


def layout_blocks(runs: Sequence[WordOp]) -> tuple[ShownBlock, ...]:
    """The blocks that the runs of a layout text (one side, or combined) make."""
    blocks: list[list[list[tuple[WordOpKind, str]]]] = [[[]]]
    for run in runs:
        for piece in _PIECES.split(run.text):
            if not piece:
                continue
            if piece.startswith("\n\n"):
                blocks.append([[]])
            elif piece == "\n":
                blocks[-1].append([])
            else:
                blocks[-1][-1].append((run.kind, piece))
    shown = (_block(lines) for lines in blocks)
    return tuple(block for block in shown if block is not None)


def _block(lines: list[list[tuple[WordOpKind, str]]]) -> ShownBlock | None:
    lines = [line for line in lines if any(text.strip() for _, text in line)]
    if not lines:
        return None
    first = lines[0][0][1] if lines[0] else ""
    if first.strip() and first.strip()[0] in (BULLET, NUMBERED) and _is_mark(first):
        return ShownBlock("list", items=tuple(_item(line) for line in lines))
    if first == ROW:
        return ShownBlock("table", rows=tuple(_row(line) for line in lines))
    return ShownBlock("paragraph", lines=tuple(_runs(line) for line in lines))


def _is_mark(piece: str) -> bool:
    return bool(piece) and all(c in MARKS for c in piece)


def _item(line: list[tuple[WordOpKind, str]]) -> ShownItem:
    marker = line[0][1] if _is_mark(line[0][1]) else BULLET
    rest = line[1:] if _is_mark(line[0][1]) else line
    return ShownItem(len(marker), marker[-1] == NUMBERED, _runs(rest))


def _row(line: list[tuple[WordOpKind, str]]) -> ShownRow:
    cells: list[list[tuple[WordOpKind, str]]] = []
    header = False
    for kind, piece in line[1:]:
        if piece in (CELL, HEADER_CELL):
            header = piece == HEADER_CELL
            cells.append([])
        elif cells:
            cells[-1].append((kind, piece))
    return ShownRow(header, tuple(_runs(cell) for cell in cells))


def _runs(pieces: list[tuple[WordOpKind, str]]) -> Runs:
    """The pieces as runs, white space at both ends dropped, adjacent runs of a kind joined."""
    merged: list[WordOp] = []
    for kind, text in pieces:
        if merged and merged[-1].kind == kind:
            merged[-1] = WordOp(kind, merged[-1].text + text)
        else:
            merged.append(WordOp(kind, text))
    while merged and not merged[0].text.strip():
        merged.pop(0)
    while merged and not merged[-1].text.strip():
        merged.pop()
    if merged:
        merged[0] = WordOp(merged[0].kind, merged[0].text.lstrip())
        merged[-1] = WordOp(merged[-1].kind, merged[-1].text.rstrip())
    return tuple(merged)
