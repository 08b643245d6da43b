"""What a PDF build refuses before WeasyPrint starts, so that it fails fast and says where.

A text with a character the print fonts cannot print would make WeasyPrint warn about a
``.notdef`` glyph, and a link to an anchor the document lacks about "No anchor", both after the
whole layout and without saying which source holds them; a document beyond
:data:`..core.print_limits.MAX_PDF_PARTS` would exhaust the machine. All are refused here, the
first two with a located error each, as ``prestatie check`` reports them.
"""

from __future__ import annotations

from ..core.characters import unprintable_characters
from ..core.errors import SourceError
from ..core.links import check_links
from ..core.messages import Text
from ..core.print_limits import PrintSize, refuse_too_large
from .context import BuildContext


def ensure_printable(context: BuildContext, size: PrintSize, output: Text) -> None:
    """Raise ``PdfTooLarge`` or :class:`SourceError` when the PDF of ``output`` (``t("the
    document")``, ``t("the Jaarplan")``) cannot be set; return quietly when it can."""
    from ..render.faces import print_charset

    refuse_too_large(size, output, context.year)
    problems = tuple(unprintable_characters(context.project, print_charset(context.templates)))
    if problems:
        raise SourceError(problems)


def ensure_links_land(context: BuildContext) -> None:
    """Raise :class:`SourceError` when a link of the year's document has no anchor in it."""
    documents = {context.year: context.consolidation.document}
    problems = [d for d in check_links(context.project, documents) if d.severity == "error"]
    if problems:
        raise SourceError(problems)
