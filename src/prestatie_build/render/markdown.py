"""Markdown from the sources into safe HTML.

The output is published on public websites and printed by WeasyPrint, so user text is data, never
markup: raw HTML is shown as text, images never cause a request (an image of the project is
embedded as a ``data:`` URL from the bytes the loader read, any other renders as its alt text),
and only ``http(s)``, ``mailto`` and ``#fragment`` links survive. The result is a
:class:`markupsafe.Markup` that templates insert as it is; user text is never Jinja template source.

A body is rendered block by block (each block has its own label), so a reference link
(``[tekst][ref]``) and its definition (``[ref]: https://...``) may stand in different blocks:
:func:`reference_definitions` collects the definitions of all of a text's blocks, and
:func:`markdown_to_html` renders each block with them. Footnotes likewise: :class:`Footnotes`
numbers the notes of one output document 1..n in order of first reference; its
:meth:`~Footnotes.notes_of` gives a text's :class:`TextNotes`, with which each block renders its
references, and which renders the notes themselves (at the end of the agreement).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.rules_core import StateCore
from markupsafe import Markup

from ..core.media import markdown_parser
from ..core.model import Image

__all__ = [
    "Footnotes",
    "ImageSources",
    "References",
    "TextNotes",
    "image_sources",
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

ImageSources = Mapping[str, str]
"""The project's images as ``data:`` URLs, by their path as the texts write it."""

NOTE_ANCHOR = "document-voetnoot-{number}"
"""A footnote's anchor: under ``document-``, which no section id may take."""

_DROP = "prestatie_drop"
_ANCHORS_PAGE = "prestatie_anchors_page"
_IMAGES = "prestatie_images"
_NOTES = "prestatie_notes"
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
    text: str,
    references: References | None = None,
    notes: TextNotes | None = None,
    *,
    anchors_page: str | None = "",
    images: ImageSources | None = None,
) -> Markup:
    """Render a Markdown body (paragraphs, lists, ...) into safe HTML.

    ``references`` are definitions from the rest of the file (see :func:`reference_definitions`);
    a block that holds only definitions renders as nothing. ``notes``: the footnotes of the
    text the block belongs to (see :class:`Footnotes`); a block that holds only footnote
    definitions renders as nothing, and its notes are shown by ``notes.html()``. Without
    ``notes``, a text's own footnotes are numbered from 1 and shown at its end.

    ``anchors_page``: where the document's anchors (``#afspraak-5``) are. ``""``: on this page;
    a file name (``prestatieafspraken-2024.html``): on that page beside it, where the links
    then point; ``None``: on no page this output can reach (a PDF of its own), so such a link
    becomes its text.

    ``images``: the project's images (see :func:`image_sources`); an image not among them
    renders as its alt text.
    """
    if notes is None and "[^" in text:
        own = Footnotes(images, anchors_page).notes_of([text], references)
        return Markup(
            markdown_to_html(text, references, own, anchors_page=anchors_page, images=images)
            + own.html()
        )
    env = _env(references, anchors_page, images)
    if notes is not None:
        env["footnotes"] = notes.parser_state()
        env[_NOTES] = notes
    return Markup(_parser().render(text, env))


def _env(
    references: References | None, anchors_page: str | None, images: ImageSources | None
) -> dict[str, Any]:
    env: dict[str, Any] = {_ANCHORS_PAGE: anchors_page, _IMAGES: images or {}}
    if references:
        env["references"] = dict(references)
    return env


def image_sources(images: Iterable[Image]) -> dict[str, str]:
    """The images as ``data:`` URLs, for :func:`markdown_to_html`: the HTML page stays one
    self-contained file, and WeasyPrint reads them without fetching anything."""
    return {
        image.written: f"data:{image.media_type};base64,{base64.b64encode(image.data).decode()}"
        for image in images
    }


class TextNotes:
    """The footnotes of one text (an agreement's blocks, a change's text) in one document."""

    def __init__(self, numbers: Mapping[str, int], bodies: Sequence[tuple[int, str]]) -> None:
        self.numbers = dict(numbers)
        """Each label's number in the document."""
        self.bodies = tuple(sorted(bodies))
        """(number, the note's HTML) of each note."""
        self.called: set[int] = set()
        """The notes whose first reference is rendered: it alone carries the anchor."""

    def parser_state(self) -> dict[str, Any]:
        """The footnote plugin's state in which exactly these labels are defined."""
        return {"refs": {":" + label: -1 for label in self.numbers}, "list": {}}

    def html(self) -> Markup:
        """The notes as a list, to show after the text; nothing when the text has none."""
        if not self.bodies:
            return Markup("")
        items = Markup("").join(
            Markup('<li id="{}" value="{}">{}</li>\n').format(
                NOTE_ANCHOR.format(number=number), number, Markup(body)
            )
            for number, body in self.bodies
        )
        # The notes of one text have consecutive numbers. ``start`` numbers the list in a
        # browser; WeasyPrint knows no ``start`` (nor ``value``) but does the list counter.
        first = self.bodies[0][0]
        return Markup(
            '<section class="footnotes" aria-label="Voetnoten">\n'
            '<ol start="{}" style="counter-reset: list-item {}">\n{}</ol>\n</section>\n'
        ).format(first, first - 1, items)


NO_NOTES = TextNotes({}, ())


class Footnotes:
    """The footnotes of one output document: numbered 1..n in order of first reference."""

    def __init__(self, images: ImageSources | None = None, anchors_page: str | None = "") -> None:
        self.next_number = 1
        self.images = images
        self.anchors_page = anchors_page
        """For the links in the notes: as for :func:`markdown_to_html`."""

    def notes_of(self, texts: Iterable[str], references: References | None = None) -> TextNotes:
        """Number the notes of one text, given as its blocks; render each note's own text."""
        listed = [text for text in texts if "[^" in text]  # no footnote is written without it
        if not listed:
            return NO_NOTES
        parser = _parser(notes_at_end=False)
        defining: dict[str, Any] = {}
        for text in listed:
            parser.parse(text, defining)
        defined = {key[1:] for key in defining.get("footnotes", {}).get("refs", {})}
        env = _env(references, self.anchors_page, self.images)
        env["footnotes"] = TextNotes(dict.fromkeys(defined, 0), ()).parser_state()
        streams = [parser.parse(text, env) for text in listed]
        order = env["footnotes"]["list"]
        numbers = {order[index]["label"]: self.next_number + index for index in sorted(order)}
        self.next_number += len(numbers)
        env[_NOTES] = TextNotes(numbers, ())  # a note may refer to another
        bodies: dict[int, str] = {}
        for tokens in streams:
            for label, inner in _definitions(tokens):
                # A label defined twice (the agreement's and a change's own [^1]) shows once.
                if label in numbers and numbers[label] not in bodies:
                    bodies[numbers[label]] = parser.renderer.render(inner, parser.options, env)
        return TextNotes(numbers, tuple(bodies.items()))


def _definitions(tokens: Sequence[Any]) -> Iterable[tuple[str, list[Any]]]:
    """(label, the tokens of its text) of each footnote definition where it is written."""
    label: str | None = None
    inner: list[Any] = []
    for token in tokens:
        if token.type == "footnote_reference_open":
            label, inner = token.meta["label"], []
        elif token.type == "footnote_reference_close" and label is not None:
            yield label, inner
            label = None
        elif label is not None:
            inner.append(token)


def reference_definitions(texts: Iterable[str]) -> References:
    """The reference definitions of the blocks of one text, for rendering each of them."""
    listed = [text for text in texts if "]:" in text]  # no definition is written without it
    env: dict[str, Any] = {}
    for text in listed:
        _parser().parse(text, env)
    references: References = env.get("references", {})
    return references


def markdown_inline_to_html(
    text: str, *, anchors_page: str | None = "", images: ImageSources | None = None
) -> Markup:
    """Render one paragraph of Markdown without the ``<p>``, e.g. a list item of document.yaml.

    ``anchors_page`` and ``images`` as for :func:`markdown_to_html`.
    """
    return Markup(_parser().renderInline(text.strip(), _env(None, anchors_page, images)))


@lru_cache(maxsize=2)
def _parser(*, notes_at_end: bool = True) -> MarkdownIt:
    """The configured parser (one per place of the footnote definitions): building it costs
    more than most renders. Footnote definitions render nowhere in a block: see TextNotes."""
    md = markdown_parser(notes_at_end=notes_at_end)
    md.options.update({"linkify": False, "typographer": False})
    # Parse every link, also javascript: and relative ones, so that a refused link still shows
    # its text instead of its raw Markdown source; the renderer decides what survives.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.core.ruler.push("prestatie_links", _mark_unsafe_links)
    md.core.ruler.push("prestatie_headings", _shift_headings)
    md.core.ruler.push("prestatie_notes", _drop_notes_block)
    md.core.ruler.push("prestatie_note_glue", _glue_notes)
    md.add_render_rule("text", _render_text)
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_token)
    md.add_render_rule("link_close", _render_link_token)
    md.add_render_rule("footnote_ref", _render_footnote_ref)
    return md


def _drop_notes_block(state: StateCore) -> None:
    """Remove the footnote plugin's list of notes: :meth:`TextNotes.html` shows them, numbered
    for the whole document."""
    kept: list[Any] = []
    inside = False
    for token in state.tokens:
        if token.type == "footnote_block_open":
            inside = True
        elif token.type == "footnote_block_close":
            inside = False
        elif not inside:
            kept.append(token)
    state.tokens = kept


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


_LAST_WORD = re.compile(r"\S+$")


def _glue_notes(state: StateCore) -> None:
    """Give each footnote reference the word before it, so that the two never part at a line
    end (a number alone at the start of a line reads as part of the next sentence)."""
    for block in state.tokens:
        children = block.children or []
        for before, token in pairwise(children):
            if token.type != "footnote_ref" or before.type != "text":
                continue
            word = _LAST_WORD.search(before.content)
            if word is not None:
                before.content = before.content[: word.start()]
                token.meta["glued"] = word.group()


def _render_image(
    self: RendererHTML, tokens: Sequence[Any], idx: int, options: Any, env: Any
) -> str:
    """An image of the project, embedded; any other becomes its alt text: a published document
    must not load anything."""
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    source = env.get(_IMAGES, {}).get(str(token.attrGet("src") or ""))
    if source is None:
        return escapeHtml(typography(alt))
    return f'<img src="{escapeHtml(source)}" alt="{escapeHtml(typography(alt))}">'


def _render_footnote_ref(
    self: RendererHTML, tokens: Sequence[Any], idx: int, options: Any, env: Any
) -> str:
    """A footnote reference: the note's number in the document, raised, linking to the note."""
    notes: TextNotes = env.get(_NOTES, NO_NOTES)
    label = tokens[idx].meta["label"]
    number = notes.numbers.get(label)
    if number is None:
        return escapeHtml(f"[^{label}]")
    anchor = NOTE_ANCHOR.format(number=number)
    first = number not in notes.called
    notes.called.add(number)
    own = f' id="{anchor}-ref"' if first else ""
    call = f'<sup class="footnote-ref"><a href="#{anchor}"{own}>{number}</a></sup>'
    glued = tokens[idx].meta.get("glued")
    if not glued:
        return call
    return f'<span class="nowrap">{escapeHtml(typography(glued))}{call}</span>'


def _render_link_token(
    self: RendererHTML, tokens: Sequence[Any], idx: int, options: Any, env: Any
) -> str:
    if tokens[idx].meta.get(_DROP):
        return ""
    return self.renderToken(tokens, idx, options, env)
