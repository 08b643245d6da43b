"""The Jaarplan of the build year as it is signed (HTML and PDF); nothing for a year
without one."""

from __future__ import annotations

from .context import BuildContext

HTML_FILE = "jaarplan-{year}.html"
PDF_FILE = "jaarplan-{year}.pdf"


def jaarplan_files(context: BuildContext) -> dict[str, bytes]:
    from ..core.renvooi import build_renvooi
    from ..render.jaarplan_html import render_jaarplan_html, render_jaarplan_pdf

    renvooi = build_renvooi(context.project, context.year)
    if renvooi is None:
        return {}
    templates = context.templates
    html = render_jaarplan_html(renvooi, templates_dir=templates, epoch=context.epoch)
    pdf = render_jaarplan_pdf(
        renvooi, templates_dir=templates, sources=context.attachments(), epoch=context.epoch
    )
    year = context.year
    return {HTML_FILE.format(year=year): html.encode(), PDF_FILE.format(year=year): pdf}
