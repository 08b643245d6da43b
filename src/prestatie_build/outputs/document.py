"""The consolidated document: the screen page and the archival PDF."""

from __future__ import annotations

from ..core.messages import t
from .context import BuildContext

HTML_FILE = "prestatieafspraken-{year}.html"
PDF_FILE = "prestatieafspraken-{year}.pdf"


def document_html(context: BuildContext) -> dict[str, bytes]:
    from ..render.html import render_document_html

    html = render_document_html(
        context.consolidation,
        templates_dir=context.templates,
        epoch=context.epoch,
        images=context.project.images,
    )
    return {HTML_FILE.format(year=context.year): html.encode()}


def document_pdf(context: BuildContext) -> dict[str, bytes]:
    from ..core.print_limits import document_size
    from ..render.pdf import render_document_pdf
    from .print_guard import ensure_links_land, ensure_printable

    ensure_printable(context, document_size(context.consolidation.document), t("the document"))
    ensure_links_land(context)
    pdf = render_document_pdf(
        context.consolidation,
        templates_dir=context.templates,
        sources=context.attachments(),
        epoch=context.epoch,
        images=context.project.images,
    )
    return {PDF_FILE.format(year=context.year): pdf}
