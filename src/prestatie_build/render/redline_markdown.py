"""A target's redline as GitHub-flavoured Markdown: the change report's and the review's.

The redline uses ``<del>`` and ``<ins>``, which GitHub renders as struck-through and underlined
text. ``~~strike~~`` and ``**bold**`` were the alternative, but they cannot open or close next
to white space, they clash with the ``**`` and ``~`` that agreement texts themselves contain,
and bold reads as emphasis rather than as "new". The tags have none of these problems.

Every piece of user text is escaped, so that nothing in a Jaarplan (``<script>``, ``|``, ``*``,
a line starting with ``#`` or ``1.``) can change the structure of the Markdown. The texts are
shown rendered (see :mod:`prestatie_build.core.richtext`): their words without the source's
``**`` or markers, with the structure written anew as Markdown — paragraphs, lists, tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..core.naming import AFTER, BEFORE, BEFORE_AND_AFTER, UNCHANGED_NOTE
from ..core.richtext import NOTE, ShownBlock, has_structure, layout_blocks
from ..core.targets import TargetRedline
from ..core.worddiff import Redline, WordOp

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~$])")
"""Characters that start inline Markdown anywhere in a line: escaped with a backslash."""
_BLOCK_MARKER = re.compile(r"^([-+=])")
"""A list bullet or setext underline, when it is the first character of a line."""
_ORDERED_MARKER = re.compile(r"^(\d+)([.)])")
"""``1.`` or ``1)`` at the start of a line: an ordered list item."""
_TAGS = {"delete": ("<del>", "</del>"), "insert": ("<ins>", "</ins>")}


def escape_inline(text: str) -> str:
    """User text as literal Markdown text on one line: white space folded, markup escaped.

    HTML-special characters become entities (GitHub then shows them as typed); characters
    that start inline Markdown get a backslash.
    """
    folded = " ".join(text.split())
    return _escape(folded)


def code_span(text: str) -> str:
    """A code span that holds ``text`` literally, whatever backticks it contains."""
    folded = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", folded)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if folded.startswith("`") or folded.endswith("`") else ""
    return f"{fence}{padding}{folded}{padding}{fence}"


def _escape(text: str) -> str:
    html_safe = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _INLINE_SPECIAL.sub(r"\\\1", html_safe)


def redline_texts(entry: TargetRedline) -> Iterator[str]:
    """The redline as paragraphs: old and new apart when mostly rewritten, one text when the
    other is empty, a note when only the line breaks changed."""
    change = entry.shown_change
    shown = entry.shown
    if change == "changed" and _changes_structure(shown):
        change = "rewritten"  # one text cannot hold an item or a row that is both gone and new
    if change == "new":
        yield f"**{AFTER}:**"
        yield quote([WordOp("equal", entry.shown_after)])
    elif change == "removed":
        yield f"**{BEFORE}:**"
        yield quote([WordOp("equal", entry.shown_before)])
    elif change == "unchanged":
        yield f"_{UNCHANGED_NOTE}_"
    elif change == "rewritten":
        yield f"**{BEFORE}:**"
        yield quote(shown.before_view())
        yield f"**{AFTER}:**"
        yield quote(shown.after_view())
    else:
        yield f"**{BEFORE_AND_AFTER}:**"
        yield quote(shown.combined_view())


def _changes_structure(redline: Redline) -> bool:
    return any(op.kind != "equal" and has_structure(op.text) for op in redline.ops)


def quote(ops: Iterable[WordOp]) -> str:
    """The runs of a layout text as a block quote: paragraphs, lists and tables."""
    blocks = ["\n".join(_BLOCKS[block.kind](block)) for block in layout_blocks(tuple(ops))]
    lines = "\n\n".join(blocks).split("\n") if blocks else [""]
    return "\n".join(f"> {line}".rstrip() for line in lines)


def _paragraph(block: ShownBlock) -> Iterator[str]:
    # A tag may not span a blank line (Markdown would end the paragraph inside it), so every
    # line opens and closes its own tags, and lines within a paragraph join with <br>.
    yield "<br>\n".join(_render_line(list(line)) for line in block.lines)


def _list(block: ShownBlock) -> Iterator[str]:
    """Items under their marker, nested items indented under their parent's text."""
    indents: list[int] = []
    for item in block.items:
        del indents[item.depth - 1 :]
        while len(indents) < item.depth - 1:
            indents.append(2)
        marker = "1. " if item.numbered else "- "
        yield " " * sum(indents) + marker + _render_line(list(item.runs))
        indents.append(len(marker))


def _table(block: ShownBlock) -> Iterator[str]:
    """A pipe table; a table without a header row gets an empty one (GFM needs one)."""
    rows = list(block.rows)
    width = max(len(row.cells) for row in rows)
    if not rows[0].header:
        yield "|" + " |" * width
    else:
        yield _table_row(rows.pop(0).cells, width)
    yield "|" + " --- |" * width
    for row in rows:
        yield _table_row(row.cells, width)


def _table_row(cells: Iterable[tuple[WordOp, ...]], width: int) -> str:
    texts = [_render_line(list(cell)) for cell in cells]
    texts += [""] * (width - len(texts))
    return "| " + " | ".join(texts) + " |"


_BLOCKS = {"paragraph": _paragraph, "list": _list, "table": _table}
"""How each kind of block is written."""


def _render_line(line: list[WordOp]) -> str:
    """One source line; leading white space is dropped (it would make a code block)."""
    rendered: list[str] = []
    at_start = True
    for op in line:
        text = op.text.lstrip() if at_start else op.text
        if not text:
            continue
        escaped = _escape(text)
        if at_start:
            # The other block markers (#, *, >, `) are escaped everywhere already.
            escaped = _BLOCK_MARKER.sub(r"\\\1", _ORDERED_MARKER.sub(r"\1\\\2", escaped))
            at_start = False
        if op.kind == "equal" or not text.strip():
            rendered.append(escaped)
        else:
            opening, closing = _TAGS[op.kind]
            rendered.append(f"{opening}{escaped}{closing}")
    return re.sub(rf"\s?{NOTE}(\d+)", r"<sup>\1</sup>", "".join(rendered).rstrip())
