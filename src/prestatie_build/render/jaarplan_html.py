"""The signed Jaarplan as one HTML page (screen, or print for WeasyPrint) and as PDF.

The page has the consolidated document's house style: the same fonts, screen and print CSS (plus
``jaarplan.css``), the same running header, page numbers, CONCEPT marking and PDF options. Its
fixed Dutch wording comes from ``jaarplan-phrases.yaml`` in the templates: the package's file,
with each phrase that the project's own ``templates/jaarplan-phrases.yaml`` gives taking
precedence.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from .. import __version__
from ..core.dates import DocumentDate, w3c_date
from ..core.dutch import dutch_period
from ..core.model import Image
from ..core.renvooi import Renvooi
from ..core.richtext import layout_text
from ..core.worddiff import word_diff
from .html import ABOUT_CSS, house_stylesheet, shows_media, with_media_css
from .markdown import (
    Footnotes,
    image_sources,
    markdown_inline_to_html,
    markdown_to_html,
)
from .phrases import Phrases, load_phrases, one_full_stop
from .redline_html import rendered_runs
from .templating import make_environment

if TYPE_CHECKING:
    from .pdf import SourceAttachment

__all__ = [
    "JAARPLAN_CSS",
    "JAARPLAN_TEMPLATE",
    "jaarplan_date",
    "render_jaarplan_html",
    "render_jaarplan_pdf",
]

JAARPLAN_TEMPLATE = "jaarplan.html.j2"
JAARPLAN_CSS = "jaarplan.css"


def render_jaarplan_html(
    renvooi: Renvooi,
    *,
    templates_dir: Path | None = None,
    for_print: bool = False,
    epoch: datetime.datetime | None = None,
    document_page: str | None = None,
    images: Iterable[Image] = (),
) -> str:
    """The Jaarplan as one page: cover, introduction, parties and signatures, the changes.

    ``for_print`` gives the WeasyPrint variant (fonts as relative URLs, watermark for a draft).
    The Jaarplan holds none of the document's anchors: a link in its texts to ``#afspraak-5``
    points to ``document_page`` (the consolidated page beside it), and is only text where there
    is no such page (``None``; always in print, where a relative link would name a file of this
    machine). ``images``: the project's images, embedded where the texts show them.
    """
    phrases = load_phrases(templates_dir)
    environment = make_environment(templates_dir)
    anchors_page = None if for_print else document_page
    sources = image_sources(images)
    environment.filters.update(
        in_sentence=phrases.in_sentence,
        one_full_stop=one_full_stop,
        md=partial(markdown_to_html, anchors_page=anchors_page, images=sources),
        md_inline=partial(markdown_inline_to_html, anchors_page=anchors_page, images=sources),
    )
    environment.globals.update(phrase=phrases, table_redline=table_redline)
    template = environment.get_template(JAARPLAN_TEMPLATE)
    context = _context(renvooi, phrases, templates_dir, for_print, epoch)
    context["footnotes"] = Footnotes(sources, anchors_page)  # numbered through the whole page
    if shows_media(_texts(renvooi), sources):
        context["stylesheet"] = with_media_css(context["stylesheet"], templates_dir)
    return template.render(context)


def _texts(renvooi: Renvooi) -> Iterator[str]:
    """The Markdown texts the Jaarplan shows."""
    yield renvooi.jaarplan.introduction
    for chapter in renvooi.chapters:
        for target in chapter.targets:
            yield from target.current
            for entry in target.entries:
                yield from entry.blocks


def table_redline(before: str, after: str) -> Markup:
    """A table changed by the Jaarplan: the new table, its changed cells marked and showing
    the old words struck out beside the new ones."""
    redline = word_diff(layout_text(before), layout_text(after))
    return Markup('<div class="table-change">{}</div>').format(
        rendered_runs(redline.combined_view())
    )


def render_jaarplan_pdf(
    renvooi: Renvooi,
    *,
    templates_dir: Path | None = None,
    sources: Sequence[SourceAttachment] = (),
    epoch: datetime.datetime | None = None,
    images: Iterable[Image] = (),
) -> bytes:
    """The Jaarplan as PDF, with the consolidated document's fonts, options and sandbox, and
    ``sources`` (the files it was built from) embedded."""
    from .pdf import render_house_pdf

    html = render_jaarplan_html(
        renvooi, templates_dir=templates_dir, for_print=True, epoch=epoch, images=images
    )
    return render_house_pdf(html, templates_dir=templates_dir, sources=sources)


def jaarplan_date(renvooi: Renvooi, epoch: datetime.datetime | None = None) -> DocumentDate | None:
    """The Jaarplan's date, as :func:`~prestatie_build.core.dates.document_date` dates a
    version: its adoption when it and every Jaarplan before it are adopted, else ``epoch``
    (``SOURCE_DATE_EPOCH``)."""
    adopted = renvooi.jaarplan.adopted
    if adopted is not None and not renvooi.concept:
        return adopted.date
    return epoch


def _context(
    renvooi: Renvooi,
    phrases: Phrases,
    templates_dir: Path | None,
    for_print: bool,
    epoch: datetime.datetime | None,
) -> dict[str, object]:
    jaarplan = renvooi.jaarplan
    names = {"jaarplan": jaarplan.title, "document": renvooi.document_title}
    title = phrases("page_title", **names)
    description = phrases("description", **names)
    if renvooi.concept:
        title = phrases("concept_title", title=title)
        description = phrases("concept_description", description=description)
    keywords = ["prestatieafspraken", renvooi.place, jaarplan.title]
    date = jaarplan_date(renvooi, epoch)
    return {
        "renvooi": renvooi,
        "jaarplan": jaarplan,
        "concept": renvooi.concept,
        "for_print": for_print,
        "page_title": title,
        "description": description,
        "keywords": ", ".join(word for word in keywords if word),
        "generator": f"prestatie {__version__}",
        "document_date": w3c_date(date) if date is not None else "",
        "period": dutch_period(renvooi.period.start, renvooi.period.end),
        "stylesheet": house_stylesheet(templates_dir, for_print, _extra_css(renvooi)),
    }


def _extra_css(renvooi: Renvooi) -> tuple[str, ...]:
    """The Jaarplan's own CSS; and the style of the line that says what a new agreement is,
    only when one says it (a Jaarplan without keeps its bytes)."""
    entries = (
        entry
        for chapter in renvooi.chapters
        for target in chapter.targets
        for entry in target.entries
    )
    if any(entry.about for entry in entries):
        return (JAARPLAN_CSS, ABOUT_CSS)
    return (JAARPLAN_CSS,)
