"""Markdown from the sources into safe HTML.

The output is published on public websites and printed by WeasyPrint, so user text is data, never
markup: raw HTML is shown as text, images never cause a request (they render as their alt text),
and only ``http(s)``, ``mailto`` and ``#fragment`` links survive. The result is a
:class:`markupsafe.Markup` that templates insert as it is; user text is never Jinja template source.

A body is rendered block by block (each block has its own label), so a reference link
(``[tekst][ref]``) and its definition (``[ref]: https://...``) may stand in different blocks:
:func:`reference_definitions` collects the definitions of all of a text's blocks, and
:func:`markdown_to_html` renders each block with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.rules_core import StateCore
from markupsafe import Markup

__all__ = [
    "References",
    "is_safe_href",
    "keep_hyphenated",
    "markdown_inline_to_html",
    "markdown_to_html",
    "reference_definitions",
    "typography",
]

References = Mapping[str, Mapping[str, str]]
"""Reference definitions as markdown-it keeps them: normalised label -> href and title."""

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})

HEADING_SHIFT = 3
"""Markdown headings in a body sit below the document's h1-h3 (document, chapter, article)."""

_DROP = "prestatie_drop"
_ANCHORS_PAGE = "prestatie_anchors_page"
_EURO_SPACE = re.compile(r"€[ \t]+(?=[0-9])")
_HYPHENATED = re.compile(r"\S*\w[-\u2010\u2013]\w\S*")
"""A word or range with a hyphen or en dash inside: "2022-2025", "Noord-Holland"."""


def typography(text: str) -> str:
    """Dutch typographic fixes on plain text; the result is still plain (unescaped) text.

    "€ 480.000" gets a no-break space, so that the amount never breaks away from its sign.
    """
    return _EURO_SPACE.sub("€\u00a0", text)


def keep_hyphenated(text: str) -> Markup:
    """Plain text as HTML in which no hyphenated word or range breaks at its hyphen.

    A title must not break as "2022-" / "2025". Each such word is wrapped in a
    ``<span class="nowrap">`` (``white-space: nowrap`` in every stylesheet) rather than given a
    non-breaking hyphen (U+2011), which Lato does not have.
    """
    parts: list[Markup] = []
    last = 0
    for match in _HYPHENATED.finditer(text):
        parts.append(Markup.escape(text[last : match.start()]))
        parts.append(Markup('<span class="nowrap">{}</span>').format(match.group()))
        last = match.end()
    parts.append(Markup.escape(text[last:]))
    return Markup("").join(parts)


def is_safe_href(href: str) -> bool:
    """Whether a link target may appear in the output: http(s), mailto or a fragment."""
    href = href.strip()
    if href.startswith("#"):
        return True
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return False
    return scheme in ALLOWED_SCHEMES


def markdown_to_html(
    text: str, references: References | None = None, *, anchors_page: str | None = ""
) -> Markup:
    """Render a Markdown body (paragraphs, lists, ...) into safe HTML.

    ``references`` are definitions from the rest of the file (see :func:`reference_definitions`);
    a block that holds only definitions renders as nothing.

    ``anchors_page``: where the document's anchors (``#afspraak-5``) are. ``""``: on this page;
    a file name (``prestatieafspraken-2024.html``): on that page beside it, where the links
    then point; ``None``: on no page this output can reach (a PDF of its own), so such a link
    becomes its text.
    """
    env: dict[str, Any] = {_ANCHORS_PAGE: anchors_page}
    if references:
        env["references"] = dict(references)
    return Markup(_parser().render(text, env))


def reference_definitions(texts: Iterable[str]) -> References:
    """The reference definitions of the blocks of one text, for rendering each of them."""
    listed = [text for text in texts if "]:" in text]  # no definition is written without it
    env: dict[str, Any] = {}
    for text in listed:
        _parser().parse(text, env)
    references: References = env.get("references", {})
    return references


def markdown_inline_to_html(text: str, *, anchors_page: str | None = "") -> Markup:
    """Render one paragraph of Markdown without the ``<p>``, e.g. a list item of document.yaml.

    ``anchors_page`` as for :func:`markdown_to_html`.
    """
    return Markup(_parser().renderInline(text.strip(), {_ANCHORS_PAGE: anchors_page}))


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """The one configured parser; building it costs more than most renders."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")  # GitHub's pipe tables (source-format Part 2, "More Markdown")
    # Parse every link, also javascript: and relative ones, so that a refused link still shows
    # its text instead of its raw Markdown source; the renderer decides what survives.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.core.ruler.push("prestatie_links", _mark_unsafe_links)
    md.core.ruler.push("prestatie_headings", _shift_headings)
    md.add_render_rule("text", _render_text)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_token)
    md.add_render_rule("link_close", _render_link_token)
    return md


def _mark_unsafe_links(state: StateCore) -> None:
    """Mark refused links, open and close, so that only their text is rendered; point links to
    the document's anchors at the page that holds them (see :func:`markdown_to_html`)."""
    page = state.env.get(_ANCHORS_PAGE, "")
    for block in state.tokens:
        dropping = False
        for token in block.children or ():
            if token.type == "link_open":
                href = str(token.attrGet("href") or "")
                internal = href.strip().startswith("#")
                dropping = not is_safe_href(href) or (internal and page is None)
                if internal and page:
                    token.attrSet("href", page + href.strip())
            if dropping and token.type in ("link_open", "link_close"):
                token.meta[_DROP] = True
            if token.type == "link_close":
                dropping = False


def _shift_headings(state: StateCore) -> None:
    """Keep body headings below the article heading, for heading order and the PDF outline."""
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            level = int(token.tag[1:]) + HEADING_SHIFT
            token.tag = f"h{min(level, 6)}"


def _render_text(
    self: RendererHTML, tokens: Sequence[Any], idx: int, options: Any, env: Any
) -> str:
    return escapeHtml(typography(tokens[idx].content))


def _render_image(
    self: RendererHTML, tokens: Sequence[Any], idx: int, options: Any, env: Any
) -> str:
    """An image becomes its alt text: a published document must not load anything."""
    children = tokens[idx].children or []
    return escapeHtml(typography(self.renderInlineAsText(children, options, env)))


def _render_link_token(
    self: RendererHTML, tokens: Sequence[Any], idx: int, options: Any, env: Any
) -> str:
    if tokens[idx].meta.get(_DROP):
        return ""
    return self.renderToken(tokens, idx, options, env)
