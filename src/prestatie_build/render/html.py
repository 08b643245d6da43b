"""The consolidated document as one self-contained HTML page, for screens or for WeasyPrint.

The screen page makes no request of any kind: CSS is inlined and it embeds its fonts (see
:mod:`.fonts`). The print variant refers to its fonts as ``url(fonts/...)``, relative to the
folder that :func:`asset_base_dir` names; :mod:`prestatie_build.render.pdf` fetches them from
there through a sandboxed fetcher.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path

from markupsafe import Markup

from .. import __version__
from ..core.about import about_line, data_attributes, has_about
from ..core.dates import document_date, w3c_date
from ..core.dutch import dutch_period
from ..core.errors import UNLOCATED, Diagnostic, RenderError, SourceLocation
from ..core.links import document_anchors
from ..core.messages import t
from ..core.model import (
    DOCUMENTS_ANCHOR,
    MAIN_ANCHOR,
    PARTIES_ANCHOR,
    TOC_ANCHOR,
    VERSIONS_ANCHOR,
    Article,
    Consolidation,
    Document,
    Image,
    Provenance,
    chapter_anchor,
    goals_anchor,
)
from ..core.naming import DOCUMENTS_LIST, article_heading, deleted_label, toc_label
from ..core.site_pages import SiteExtras
from .faces import FONT_FACES, FONTS_DIR, FontFace
from .fonts import print_font_faces, web_font_faces
from .markdown import Footnotes, image_sources, markdown_inline_to_html, markdown_to_html
from .templating import find_asset, make_environment, read_asset

__all__ = [
    "DOCUMENTS_ANCHOR",
    "DOCUMENT_TEMPLATE",
    "FONT_FACES",
    "FontFace",
    "article_heading",
    "article_labels",
    "asset_base_dir",
    "chapter_anchor",
    "document_anchors",
    "goals_anchor",
    "history_year",
    "house_stylesheet",
    "render_document_html",
    "toc_label",
]

DOCUMENT_TEMPLATE = "document.html.j2"
SCREEN_CSS = "style.css"
PRINT_CSS = "print.css"
LEVELS_CSS = "levels.css"
MEDIA_CSS = "media.css"


RUNNING_TITLE_MAX = 60
"""Longer titles are shortened in the print header, where they must fit on one line."""


def _located_anchors(document: Document) -> Iterator[tuple[str, SourceLocation | None]]:
    """Each anchor of the page with the source that makes it (None: the page's own)."""
    for anchor in (PARTIES_ANCHOR, TOC_ANCHOR, MAIN_ANCHOR):
        yield anchor, None
    for chapter in document.chapters:
        yield chapter_anchor(chapter.id), chapter.location
        if chapter.goals:
            yield goals_anchor(chapter.id), chapter.location
        for article in chapter.articles:
            yield article.anchor, article.location
    for anchor in (DOCUMENTS_ANCHOR, VERSIONS_ANCHOR):
        yield anchor, None


def asset_base_dir(templates_dir: Path | None = None) -> Path:
    """The folder whose ``fonts/`` the print HTML uses: pass it as ``base_url`` to the PDF."""
    regular = f"{FONTS_DIR}/{FONT_FACES[0].file}"
    return find_asset(regular, templates_dir).parent.parent


def render_document_html(
    consolidation: Consolidation,
    *,
    templates_dir: Path | None = None,
    for_print: bool = False,
    epoch: datetime.datetime | None = None,
    images: Iterable[Image] = (),
    site: SiteExtras | None = None,
) -> str:
    """Render the consolidated document as one HTML page.

    ``for_print`` gives the WeasyPrint variant: cover page, TOC with page numbers, running header
    and footer, and fonts as relative URLs (see :func:`asset_base_dir`). Raises RenderError when
    two parts of the document would share an anchor. ``epoch`` (``SOURCE_DATE_EPOCH``) dates a
    version that no adoption dates. ``images``: the project's images, embedded where the texts
    show them. ``site``: the published site's page (filters, links to each agreement's history);
    without it the page is the build's, byte for byte.
    """
    _check_unique_anchors(consolidation.document)
    environment = make_environment(templates_dir)
    sources = image_sources(images)
    environment.filters.update(
        md=partial(markdown_to_html, images=sources),
        md_inline=partial(markdown_inline_to_html, images=sources),
    )
    environment.globals.update(
        chapter_anchor=chapter_anchor,
        goals_anchor=goals_anchor,
        article_heading=partial(article_heading, heading=consolidation.document.agreement_heading),
        toc_label=partial(toc_label, heading=consolidation.document.agreement_heading),
        deleted_label=deleted_label,
        documents_list=DOCUMENTS_LIST,
        article_labels=article_labels,
        history_year=history_year,
        about_line=lambda article: about_line(article, consolidation.document),
        data_attributes=data_attributes,
    )
    template = environment.get_template(DOCUMENT_TEMPLATE)
    context = _context(consolidation, templates_dir, for_print, epoch)
    context["footnotes"] = Footnotes(sources)  # numbered through the whole page
    context["site"] = site
    texts = (
        block.text for article in consolidation.document.articles() for block in article.blocks
    )
    if shows_media(texts, sources):
        context["stylesheet"] = with_media_css(context["stylesheet"], templates_dir)
    return template.render(context)


def shows_media(texts: Iterable[str], images: Mapping[str, str]) -> bool:
    """Whether a page may show an image or a footnote, and so needs :data:`MEDIA_CSS`."""
    return bool(images) or any("[^" in text for text in texts)


def with_media_css(stylesheet: object, templates_dir: Path | None) -> Markup:
    """A page's stylesheet with the rules for footnotes and images after it."""
    return Markup("\n".join([str(stylesheet), read_asset(MEDIA_CSS, templates_dir)]))


def article_labels(article: Article) -> tuple[Provenance, ...]:
    """The changes named next to an article's heading: its ``add``, then a new title, then a
    ``set`` of what it says about itself.

    A block changed by one of these same changes gets no label of its own: saying
    "Nieuwe afspraak 2024" twice, once above the heading and once above the text, reads as noise.
    """
    labels: list[Provenance] = []
    for provenance in (article.origin, article.title_provenance, article.about_provenance):
        if provenance is not None and provenance not in labels:
            labels.append(provenance)
    return tuple(labels)


def history_year(provenance: Provenance) -> str:
    """The year a history line names before the change's label; empty when the label already
    says it ("Aanvulling 2024"), so that no line reads "2024 Aanvulling 2024"."""
    year = str(provenance.year)
    return "" if re.search(rf"(?<!\d){year}(?!\d)", provenance.label) else year


def _context(
    consolidation: Consolidation,
    templates_dir: Path | None,
    for_print: bool,
    epoch: datetime.datetime | None,
) -> dict[str, object]:
    document = consolidation.document
    concept = consolidation.is_concept
    return {
        "consolidation": consolidation,
        "document": document,
        "year": consolidation.year,
        "concept": concept,
        "for_print": for_print,
        "page_title": _page_title(consolidation),
        "running_title": _running_title(document.title),
        "period": dutch_period(document.period.start, document.period.end),
        "description": _description(consolidation, templates_dir),
        "keywords": _keywords(consolidation),
        "generator": f"prestatie {__version__}",
        "document_date": _document_date(consolidation, epoch),
        "stylesheet": _stylesheet(
            templates_dir, for_print, about=says_about(document), levels=_has_levels(document)
        ),
        "anchors": {
            "toc": TOC_ANCHOR,
            "parties": PARTIES_ANCHOR,
            "main": MAIN_ANCHOR,
            "versions": VERSIONS_ANCHOR,
            "documents": DOCUMENTS_ANCHOR,
        },
    }


def _document_date(consolidation: Consolidation, epoch: datetime.datetime | None) -> str:
    """``dcterms.created`` / ``modified`` (and so the PDF's dates); empty when none is known."""
    date = document_date(consolidation, epoch)
    return w3c_date(date) if date is not None else ""


def _page_title(consolidation: Consolidation) -> str:
    """``<title>`` and PDF title: document title and year; a draft says CONCEPT first."""
    title = f"{consolidation.document.title} ({consolidation.year})"
    return f"CONCEPT \u2013 {title}" if consolidation.is_concept else title


def _running_title(title: str) -> str:
    """The title for the print header, cut at a word when it would not fit on one line."""
    if len(title) <= RUNNING_TITLE_MAX:
        return title
    cut = title[:RUNNING_TITLE_MAX].rsplit(" ", 1)[0]
    return f"{cut}…"


def _description(consolidation: Consolidation, templates_dir: Path | None) -> str:
    """The page's description (and the PDF's subject), in the wording of the phrases file: it
    names the document by its title, which takes an article only the project knows."""
    from .phrases import load_phrases

    phrases = load_phrases(templates_dir)
    document = consolidation.document
    values = {
        "document": document.title,
        "period": dutch_period(document.period.start, document.period.end),
    }
    if consolidation.jaarplannen:
        titles = ", ".join(jaarplan.title for jaarplan in consolidation.jaarplannen)
        text = phrases("document_description_with_changes", **values, jaarplannen=titles)
    else:
        text = phrases("document_description", **values)
    plain = text.unescape()  # plain text: the template escapes it for its attribute
    return f"CONCEPT. {plain}" if consolidation.is_concept else plain


def _keywords(consolidation: Consolidation) -> str:
    words = ["prestatieafspraken", consolidation.document.place]
    words.extend(jaarplan.title for jaarplan in consolidation.jaarplannen)
    return ", ".join(word for word in words if word)


def house_stylesheet(
    templates_dir: Path | None, for_print: bool, extra_css: tuple[str, ...] = ()
) -> Markup:
    """The consolidated document's stylesheet (fonts for print, screen and print CSS), then
    ``extra_css`` files of the templates: other outputs in the same house style use it."""
    parts: list[str] = [_stylesheet(templates_dir, for_print)]
    parts.extend(read_asset(name, templates_dir) for name in extra_css)
    return Markup("\n".join(parts))


ABOUT_CSS = "about.css"
"""The style of the line under an agreement's heading that says what it is, who carries it out
and when: only on pages that show such a line (a page without keeps its bytes)."""


def says_about(document: Document) -> bool:
    """Whether any agreement or section of the document says what it is, who or when."""
    return any(has_about(article) for article in document.articles())


def _has_levels(document: Document) -> bool:
    return any(chapter.level > 1 for chapter in document.chapters)


def _stylesheet(
    templates_dir: Path | None, for_print: bool, *, about: bool = False, levels: bool = False
) -> Markup:
    """Fonts, then the screen CSS, then (for WeasyPrint) the print CSS, for one ``<style>``;
    then, when ``about``, the style of the lines that say what an agreement is (``about.css``);
    when ``levels``, the rules of sub-chapters (a document without them keeps its bytes).

    The CSS files are the project's or the package's own, trusted like the templates.
    """
    # Both look the same everywhere: the PDF refers to the full fonts (WeasyPrint embeds what it
    # uses), the screen page embeds their web subsets (see fonts.py).
    parts = [print_font_faces() if for_print else web_font_faces(templates_dir)]
    parts.append(read_asset(SCREEN_CSS, templates_dir))
    if for_print:
        parts.append(read_asset(PRINT_CSS, templates_dir))
    if about:
        parts.append(read_asset(ABOUT_CSS, templates_dir))
    if levels:
        parts.append(read_asset(LEVELS_CSS, templates_dir))
    return Markup("\n".join(parts))


def _check_unique_anchors(document: Document) -> None:
    """Two elements with one id would make a TOC link or a report link point at the wrong one.

    Loading refuses ids that could clash; this is the renderer's own guarantee, located at the
    source of each anchor that is used a second time.
    """
    first: dict[str, SourceLocation | None] = {}
    clashes: list[Diagnostic] = []
    for anchor, location in _located_anchors(document):
        if anchor in first:
            earlier = first[anchor]
            message = t("the HTML anchor #{anchor} is used twice in the document", anchor=anchor)
            hint = (
                t("it is also the anchor of {place}", place=str(earlier))
                if earlier
                else t("the page itself uses it")
            )
            clashes.append(Diagnostic(location or UNLOCATED, message, hint))
        first.setdefault(anchor, location)
    if clashes:
        raise RenderError.collected(clashes)
