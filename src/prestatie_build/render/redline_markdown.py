"""A target's redline as GitHub-flavoured Markdown: the change report's and the review's.

The redline uses ``<del>`` and ``<ins>``, which GitHub renders as struck-through and underlined
text. ``~~strike~~`` and ``**bold**`` were the alternative, but they cannot open or close next
to white space, they clash with the ``**`` and ``~`` that agreement texts themselves contain,
and bold reads as emphasis rather than as "new". The tags have none of these problems.

Every piece of user text is escaped, so that nothing in a Jaarplan (``<script>``, ``|``, ``*``,
a line starting with ``#`` or ``1.``) can change the structure of the Markdown. The texts are
shown as their Markdown source, line by line: the redline is a comparison of that source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..core.naming import AFTER, BEFORE, BEFORE_AND_AFTER, UNCHANGED_NOTE
from ..core.targets import TargetRedline
from ..core.worddiff import WordOp

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
    change = entry.text_change
    if change == "new":
        yield f"**{AFTER}:**"
        yield quote([WordOp("equal", entry.after)])
    elif change == "removed":
        yield f"**{BEFORE}:**"
        yield quote([WordOp("equal", entry.before)])
    elif change == "unchanged":
        yield f"_{UNCHANGED_NOTE}_"
    elif change == "rewritten":
        yield f"**{BEFORE}:**"
        yield quote(entry.redline.before_view())
        yield f"**{AFTER}:**"
        yield quote(entry.redline.after_view())
    else:
        yield f"**{BEFORE_AND_AFTER}:**"
        yield quote(entry.redline.combined_view())


def quote(ops: Iterable[WordOp]) -> str:
    """The runs as a block quote, one source line per line; blank lines separate paragraphs."""
    paragraphs: list[list[str]] = [[]]
    for line in _lines(ops):
        rendered = _render_line(line)
        if rendered:
            paragraphs[-1].append(rendered)
        elif paragraphs[-1]:
            paragraphs.append([])
    # A tag may not span a blank line (Markdown would end the paragraph inside it), so every
    # line opens and closes its own tags, and lines within a paragraph join with <br>.
    blocks = ["<br>\n> ".join(lines) for lines in paragraphs if lines]
    return "> " + "\n>\n> ".join(blocks) if blocks else "> "


def _lines(ops: Iterable[WordOp]) -> list[list[WordOp]]:
    """The runs cut at every line break of the source text."""
    lines: list[list[WordOp]] = [[]]
    for op in ops:
        for index, part in enumerate(op.text.split("\n")):
            if index:
                lines.append([])
            if part:
                lines[-1].append(WordOp(op.kind, part))
    return lines


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
    return "".join(rendered).rstrip()
