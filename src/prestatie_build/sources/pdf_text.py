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

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.errors import Diagnostic, SourceError, SourceLocation
from ..core.messages import t
from ..core.reflow import SourceLine

PASSWORD_ERROR = 4
"""PDFium's FPDF_ERR_PASSWORD."""
SAME_LINE = 4.0
"""Points between the baselines of runs on one line (a list marker sits a little apart)."""
_PAGE_NUMBER = re.compile(r"^(pagina\s+)?[0-9]+(\s+(van|/)\s+[0-9]+)?$", re.IGNORECASE)

Run = tuple[float, float, float, str]
"""A text run: its bottom, its left and right edges and its text."""
WIDER = 1.4
"""A gap this many times the usual line spacing separates paragraphs."""
ROOM = 2.0
"""Points of room a word needs beyond its estimated width to count as fitting."""


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    right: float
    """Where its last run ends."""
    first_word: float
    """The estimated width of its first word."""
    bottom: float


def pdf_lines(data: bytes, shown: str) -> tuple[SourceLine, ...]:
    """The lines of every page; raises SourceError for an encrypted or malformed PDF."""
    where = SourceLocation(shown, 1)
    try:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]  # only a PDF import pays for it
    except ImportError:
        raise SourceError(
            [
                Diagnostic(
                    where,
                    t("reading a PDF needs the package pypdfium2"),
                    hint=t("install it with: pip install 'prestatie[import]'"),
                    code="P500",
                )
            ]
        ) from None
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
        SourceLine(line.text, SourceLocation(shown, number), number, fits, space)
        for number, lines in enumerate(pages, start=1)
        for line, fits, space in zip(lines, _next_fits(lines), _space_after(lines), strict=True)
    )


def _page_lines(page: object) -> list[_Line]:
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    runs: list[Run] = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top)
        if text.strip():
            runs.append((bottom, left, right, text))
    return [_line(runs) for runs in _lines(runs)]


def _line(runs: Sequence[Run]) -> _Line:
    text = " ".join(" ".join(run[3].split()) for run in runs)
    last = runs[-1]
    first = runs[0] if len(runs) == 1 or len(runs[0][3].strip()) > 2 else runs[1]
    per_character = (first[2] - first[1]) / max(1, len(first[3]))
    word = first[3].split()[0] if first[3].split() else ""
    return _Line(text, last[2], per_character * len(word), runs[0][0])


def _next_fits(lines: Sequence[_Line]) -> list[bool | None]:
    """For each line, whether the next line's first word would have fitted after it, up to
    the right edge of the page's text; None for the last line of a page."""
    edge = max((line.right for line in lines), default=0.0)
    result: list[bool | None] = []
    for line, following in itertools.pairwise(lines):
        space = following.first_word / 5 if following.first_word else 0.0
        result.append(line.right + space + following.first_word <= edge - ROOM)
    return [*result, None] if lines else []


def _space_after(lines: Sequence[_Line]) -> list[bool]:
    """For each line, whether more than the page's usual line spacing follows it."""
    gaps = [a.bottom - b.bottom for a, b in itertools.pairwise(lines)]
    if not gaps:
        return [False] * len(lines)
    usual = sorted(gaps)[len(gaps) // 2]
    return [gap > usual * WIDER for gap in gaps] + [False]


def _lines(runs: list[Run]) -> list[list[Run]]:
    """Runs grouped into lines, top to bottom; each line left to right."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (-r[0], r[1])):
        if lines and abs(lines[-1][0][0] - run[0]) <= SAME_LINE:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [sorted(line, key=lambda r: r[1]) for line in lines]


def _without_running_heads(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Each page without its running head and foot."""
    if len(pages) < 2:
        return pages
    heads = Counter(_shape(lines[0].text) for lines in pages if lines)
    feet = Counter(_shape(lines[-1].text) for lines in pages if lines)
    often = max(2, len(pages) // 2)
    result = []
    for lines in pages:
        kept = list(lines)
        if kept and (_PAGE_NUMBER.match(kept[-1].text) or feet[_shape(kept[-1].text)] >= often):
            kept.pop()
        if kept and (_PAGE_NUMBER.match(kept[0].text) or heads[_shape(kept[0].text)] >= often):
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
