"""How large a PDF prestatie will set, and the refusal of a larger one before WeasyPrint starts.

WeasyPrint lays out a whole book in memory. Measured on a 2-core machine (``bench/run.py``): a
document of 1,000 agreements (362 pages) takes about 67 s and 1.0 GB (WeasyPrint alone on the
same HTML: 61 s, 952 MB); 2,000 agreements 1.6 GB; 100,000 agreements were still growing at
14 GB after five and a half minutes. A PDF beyond
the limits below is therefore refused at once, with the way out (the HTML and the change report,
which build in seconds at any size), rather than left to exhaust the machine. ``prestatie
check`` warns about it (W306) for every year it concerns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from .errors import Diagnostic, RenderError, SourceLocation
from .links import year_list
from .messages import Text, t
from .model import Document, Jaarplan

MAX_PDF_PARTS = 2_000
"""Agreements and sections in the document's PDF, or changes in a Jaarplan's PDF."""
MAX_PDF_CHARACTERS = 1_200_000
"""Characters of text in one PDF: about 700 pages, several minutes and 2 GB of memory."""

HTML_ONLY = "--format html,report"
"""The outputs that build at any size."""


class PdfTooLarge(RenderError):
    """A PDF beyond :data:`MAX_PDF_PARTS` or :data:`MAX_PDF_CHARACTERS`: not even started."""


@dataclass(frozen=True, slots=True)
class PrintSize:
    """What decides how long WeasyPrint takes and how much memory it needs."""

    parts: int
    characters: int
    what: Kind
    """What the parts are: agreements and sections, or changes."""

    @property
    def too_large(self) -> bool:
        return self.parts > MAX_PDF_PARTS or self.characters > MAX_PDF_CHARACTERS

    def excess(self) -> Text:
        """``100,000 agreements and sections (at most 2,000)``: what goes over the limit."""
        if self.parts > MAX_PDF_PARTS:
            return PARTS_EXCESS[self.what](self.parts)
        return t(
            "{count} characters of text (at most {limit})",
            count=_thousands(self.characters),
            limit=_thousands(MAX_PDF_CHARACTERS),
        )


Kind = Literal["articles", "changes"]

PARTS_EXCESS: Mapping[Kind, Callable[[int], Text]] = {
    "articles": lambda count: t(
        "{count} agreements and sections (at most {limit})",
        count=_thousands(count),
        limit=_thousands(MAX_PDF_PARTS),
    ),
    "changes": lambda count: t(
        "{count} changes (at most {limit})",
        count=_thousands(count),
        limit=_thousands(MAX_PDF_PARTS),
    ),
}
"""How a message counts the parts over the limit, by their kind."""


def _thousands(number: int) -> str:
    # A number in a message: digits grouped, in English as in Dutch (1,200,000 / 1.200.000)
    # would need the language here; the comma reads clearly enough in both.
    return f"{number:,}"


def document_size(document: Document) -> PrintSize:
    """The size of the consolidated document's PDF: every agreement and section (a vervallen
    one still has its heading), and every text it prints."""
    articles = document.articles()
    texts = [document.title, *(item.text for item in document.documents)]
    for chapter in document.chapters:
        texts += [chapter.title, *(item.text for item in chapter.goals)]
    for article in articles:
        texts.append(article.title)
        if article.deleted is None:
            texts.extend(block.text for block in article.blocks)
    return PrintSize(len(articles), _length(texts), "articles")


def jaarplan_size(jaarplan: Jaarplan) -> PrintSize:
    """The size of a Jaarplan's PDF, apart from the current texts it quotes (at most the
    document's, which :func:`document_size` bounds)."""
    texts = [jaarplan.introduction]
    for change in jaarplan.changes:
        texts += [change.text or "", change.new or "", change.old or "", change.reason]
    return PrintSize(len(jaarplan.changes), _length(texts), "changes")


def _length(texts: Iterable[str]) -> int:
    return sum(len(text) for text in texts)


def refuse_too_large(size: PrintSize, output: Text, year: int) -> None:
    """Raise :class:`PdfTooLarge` when ``size`` is beyond the limits; ``output`` names the
    PDF (``the document``, ``the Jaarplan``)."""
    if size.too_large:
        raise PdfTooLarge(
            t(
                "the PDF of {output} of {year} would hold {excess}: WeasyPrint would need many "
                "minutes and gigabytes of memory to set it, so prestatie does not start. Build "
                "the HTML and the change report only: prestatie build --year {year} {options}",
                output=output,
                year=year,
                excess=size.excess(),
                options=HTML_ONLY,
            )
        )


def too_large_for_pdf(
    documents: Mapping[int, Document], jaarplannen: Iterable[Jaarplan], document_at: SourceLocation
) -> Iterator[Diagnostic]:
    """W306: each year whose document's PDF, and each Jaarplan whose PDF, the build refuses."""
    sizes = {year: document_size(document) for year, document in documents.items()}
    refused = [year for year, size in sizes.items() if size.too_large]
    if refused:
        yield Diagnostic(
            document_at,
            t(
                "the document is too large for a PDF in {years}: it holds {excess}",
                years=year_list(refused),
                excess=sizes[refused[-1]].excess(),
            ),
            t(
                "a PDF build of those years is refused; build them with {options}",
                options=HTML_ONLY,
            ),
            severity="warning",
            code="W306",
        )
    for jaarplan in jaarplannen:
        size = jaarplan_size(jaarplan)
        if size.too_large:
            yield Diagnostic(
                jaarplan.location,
                t(
                    "{title} is too large for a PDF: it holds {excess}",
                    title=jaarplan.title,
                    excess=size.excess(),
                ),
                t("its PDF is refused; build the year with {options}", options=HTML_ONLY),
                severity="warning",
                code="W306",
            )
