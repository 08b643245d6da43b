"""The Jaarplan of the build year as it is signed (HTML and PDF); nothing for a year
without one."""

from __future__ import annotations

from ..core.messages import t
from . import document
from .context import BuildContext

HTML_FILE = "jaarplan-{year}.html"
PDF_FILE = "jaarplan-{year}.pdf"


def document_page(year: int) -> str:
    """The consolidated page of the year, which lies beside the Jaarplan (in ``build/<year>/``
    and on the site): where the Jaarplan's links to the document's parts go."""
    return document.HTML_FILE.format(year=year)


def jaarplan_files(context: BuildContext) -> dict[str, bytes]:
    from ..core.print_limits import jaarplan_size
    from ..core.renvooi import build_renvooi
    from ..render.jaarplan_html import render_jaarplan_html, render_jaarplan_pdf
    from .print_guard import ensure_printable

    renvooi = build_renvooi(context.project, context.year)
    if renvooi is None:
        return {}
    ensure_printable(context, jaarplan_size(renvooi.jaarplan), t("the Jaarplan"))
    templates = context.templates
    html = render_jaarplan_html(
        renvooi,
        templates_dir=templates,
        epoch=context.epoch,
        document_page=document_page(context.year),
        images=context.project.images,
    )
    pdf = render_jaarplan_pdf(
        renvooi,
        templates_dir=templates,
        sources=context.attachments(),
        epoch=context.epoch,
        images=context.project.images,
    )
    year = context.year
    return {HTML_FILE.format(year=year): html.encode(), PDF_FILE.format(year=year): pdf}
