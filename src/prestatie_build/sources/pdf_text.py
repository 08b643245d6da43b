"""The lines of a PDF in reading order, for ``prestatie import``.

Read with pypdfium2 (PDFium's own text extraction, a binary wheel): it is fast enough for a
100-page Jaarplan in well under a second, and it gives every text run with its position, so
lines are rebuilt by position rather than in the order the PDF happens to draw them (WeasyPrint
draws list markers before the items). The running head and foot of each page (a line that
recurs at the top or bottom of most pages, "pagina 3 van 8") are dropped.

Safety: the file is opened from bytes already read (never by PDFium from a path), PDFium runs
no JavaScript unless asked to (we never init forms), and an encrypted PDF is refused even
when it opens without a password.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..core.errors import Diagnostic, SourceError, SourceLocation
from ..core.messages import t
from ..core.reflow import SourceLine

PASSWORD_ERROR = 4
"""PDFium's FPDF_ERR_PASSWORD."""
SAME_LINE = 4.0
"""Points between the baselines of runs on one line (a list marker sits a little apart)."""
_PAGE_NUMBER = re.compile(r"^(pagina\s+)?[0-9]+(\s+(van|/)\s+[0-9]+)?$", re.IGNORECASE)

Run = tuple[float, float, str]
"""A text run: its bottom, its left edge and its text."""


def pdf_lines(data: bytes, shown: str) -> tuple[SourceLine, ...]:
    """The lines of every page; raises SourceError for an encrypted or malformed PDF."""
    import pypdfium2 as pdfium  # a heavy import only an import of a PDF pays for

    where = SourceLocation(shown, 1)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as failure:
        if getattr(failure, "err_code", None) == PASSWORD_ERROR:
            raise _encrypted(where) from None
        raise _malformed(where) from None
    try:
        if pdfium.raw.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1:
            raise _encrypted(where)
        pages = [_page_lines(pdf[index]) for index in range(len(pdf))]
    finally:
        pdf.close()
    pages = _without_running_heads(pages)
    return tuple(
        SourceLine(text, SourceLocation(shown, number), number)
        for number, lines in enumerate(pages, start=1)
        for text in lines
    )


def _page_lines(page: object) -> list[str]:
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    runs: list[Run] = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if text.strip():
            runs.append((bottom, left, text))
    return [_line_text(line) for line in _lines(runs)]


def _lines(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped into lines, top to bottom; each line left to right."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (-r[0], r[1])):
        if lines and abs(lines[-1][0][0] - run[0]) <= SAME_LINE:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [sorted(line, key=lambda r: r[1]) for line in lines]


def _line_text(line: Sequence[Run]) -> str:
    return " ".join(" ".join(run[2].split()) for run in line)


def _without_running_heads(pages: list[list[str]]) -> list[list[str]]:
    """Each page without its running head and foot."""
    if len(pages) < 2:
        return pages
    heads = Counter(_shape(lines[0]) for lines in pages if lines)
    feet = Counter(_shape(lines[-1]) for lines in pages if lines)
    often = max(2, len(pages) // 2)
    result = []
    for lines in pages:
        kept = list(lines)
        if kept and (_PAGE_NUMBER.match(kept[-1]) or feet[_shape(kept[-1])] >= often):
            kept.pop()
        if kept and (_PAGE_NUMBER.match(kept[0]) or heads[_shape(kept[0])] >= often):
            kept.pop(0)
        result.append(kept)
    return result


def _shape(line: str) -> str:
    """What a running head keeps from page to page: its first two words, digits as #."""
    return re.sub("[0-9]+", "#", " ".join(line.split()[:2]))


def _encrypted(where: SourceLocation) -> SourceError:
    return SourceError(
        [
            Diagnostic(
                where,
                t("this PDF is encrypted; import reads only PDFs without protection"),
                hint=t("save the Jaarplan again as a PDF without a password or protection"),
                code="P501",
            )
        ]
    )


def _malformed(where: SourceLocation) -> SourceError:
    return SourceError(
        [
            Diagnostic(
                where,
                t("this is not a readable PDF"),
                hint=t("open the file in a PDF reader to check it, or save it as PDF again"),
                code="P502",
            )
        ]
    )
