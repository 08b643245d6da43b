"""Lines of a printed text back into paragraphs: what ``prestatie import`` reads first.

A text file saved from a PDF (or the text of a PDF page) breaks every paragraph into lines at
the width of the page, and often puts blank lines where the page had none. The paragraphs are
found again from how printed text is set:

- a line ends a paragraph when the first word of the next line would still have fitted on it:
  running text only wraps when the next word does not fit;
- a line that starts with a bullet, an agreement or list number or a renvooi label ("Aanvulling
  2024:") starts a paragraph, and a label line ends one;
- a line that starts with a lower-case letter after a line without closing punctuation goes on
  the same paragraph (an indented list item is narrower than the page);
- a word broken at a line end with a soft hyphen is joined; a hard hyphen stays (``DAS-locatie``).

Pure: lines in, paragraphs out, each with the location of its first line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .errors import SourceLocation

__all__ = ["SourceLine", "SourceParagraph", "paragraphs_from_lines"]


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One line of the imported file as read."""

    text: str
    location: SourceLocation
    page: int = 0
    """The page it stood on (1-based) for a PDF; 0 for a text file, which is one page."""
    next_fits: bool | None = None
    """Whether the first word of the next line would have fitted at the end of this one, when
    the reader knows it from the page's geometry (a PDF); None: judged by counting characters."""
    space_after: bool = False
    """A wider space than the page's line spacing follows (a PDF): the paragraph ends here."""


@dataclass(frozen=True, slots=True)
class SourceParagraph:
    """One paragraph of the imported file: its text on one line, and where it began."""

    text: str
    location: SourceLocation
    page: int = 0


BULLETS = "\u2022\u00b7\u25aa\u2023\u25e6\u25cf\u25cb\u25a0\u25a1\u2013*-"
"""Characters that start a bullet item in Word's and WeasyPrint's output."""
BULLET_START = re.compile(rf"^[{re.escape(BULLETS)}]\s+\S")
NUMBER_START = re.compile(
    r"^(?P<number>(?:[1-9][0-9]*[a-z]?|[A-Z]{1,3}[0-9]*)(?:\.[1-9][0-9]*[a-z]?)*)\.\s+\S"
)
"""An agreement number or list number and its dot, then text: ``5. ``, ``2.1.1. ``, ``12a. ``."""
LABEL_START = re.compile(
    r"^(Huidige afspraak\b|Onderstaande tekst\b|Volgende documenten\b|"
    r"Wijzigingen en aanvullingen\b|"
    r"[A-Z][\w/ -]{2,40}? (19|20)[0-9]{2}\s*(\(|:))"
)
LABEL_LINE = re.compile(r"^(Huidige afspraak|[A-Z][\w/ -]{2,40}? (19|20)[0-9]{2})\s*:$")
CLOSING = tuple(".:;?!)\u201d\u2019\"'")
INITIAL_END = re.compile(r"(^|\s)[A-Z]\.$")
SOFT_HYPHENS = ("\u00ad", "\u0002", "\ufffe")
SLACK = 2
"""Characters of room a proportional font may need beyond the count of a line."""


def paragraphs_from_lines(
    lines: Iterable[SourceLine], headings: Iterable[str] = ()
) -> tuple[SourceParagraph, ...]:
    """The paragraphs of ``lines``; blank lines only separate lines, they never join them.

    A line that reads as one of ``headings`` (the document's chapter and section titles, the
    parts of the form) is a paragraph of its own, however short the text around it."""
    kept = [line for line in lines if line.text.strip()]
    known = frozenset(_heading_key(heading) for heading in headings)
    widths = _page_widths(kept)
    paragraphs: list[SourceParagraph] = []
    current: list[SourceLine] = []
    for line in kept:
        alone = current and known & {_heading_key(line.text), _heading_key(current[-1].text)}
        if current and (alone or _starts_paragraph(current, line, widths.get(line.page, 0))):
            paragraphs.append(_joined(current))
            current = []
        current.append(line)
    if current:
        paragraphs.append(_joined(current))
    return tuple(paragraphs)


def _heading_key(text: str) -> str:
    return " ".join(text.split()).lower()


def _page_widths(lines: Sequence[SourceLine]) -> dict[int, int]:
    """The width of running text on each page: its longest line of several words."""
    widths: dict[int, int] = {}
    for line in lines:
        text = line.text.strip()
        if len(text.split()) >= 6:
            widths[line.page] = max(widths.get(line.page, 0), len(text))
    overall = max(widths.values(), default=0) or max(
        (len(x.text.strip()) for x in lines), default=0
    )
    # A page with little prose (a signature page) is measured by the rest of the file.
    return {page: max(width, overall * 9 // 10) for page, width in widths.items()} | {
        line.page: overall for line in lines if line.page not in widths
    }


def _starts_paragraph(paragraph: Sequence[SourceLine], line: SourceLine, width: int) -> bool:
    """Whether ``line`` starts a new paragraph after the lines of ``paragraph``."""
    before = paragraph[-1].text.strip()
    text = line.text.strip()
    if LABEL_LINE.match(before) or LABEL_START.match(text) or BULLET_START.match(text):
        return True
    if paragraph[-1].space_after:
        return True
    closed = _ends_sentence(before)
    short = len(before) <= width * 7 // 10
    if NUMBER_START.match(text):
        return closed or short or _next_in_list(before, text)
    if not text[:1].isupper() and not closed:
        return False  # a line wrapped before a word, a number or an indented continuation
    fits = paragraph[-1].next_fits
    if fits is None:
        fits = len(before) + 1 + len(text.split()[0]) <= width - SLACK
    if closed or LABEL_START.match(paragraph[0].text.strip()):
        return fits
    return fits and short  # a line without closing punctuation: a heading or title


def _ends_sentence(line: str) -> bool:
    """Closing punctuation, but not an initial (``de heer M.``) that the line broke after."""
    return line.endswith(CLOSING) and not INITIAL_END.search(line)


def _next_in_list(before: str, text: str) -> bool:
    """``3. ...`` right after the line that started ``2. ...``: the next item of a list."""
    previous = NUMBER_START.match(before)
    this = NUMBER_START.match(text)
    if not (previous and this):
        return False
    a, b = previous.group("number"), this.group("number")
    return a.isdigit() and b.isdigit() and int(b) == int(a) + 1


def _joined(lines: Sequence[SourceLine]) -> SourceParagraph:
    text = ""
    for line in lines:
        piece = " ".join(line.text.split())
        if text.endswith(SOFT_HYPHENS):
            text = text[:-1] + piece
        elif text.endswith("-") and text[-2:-1].isalpha() and piece[:1].isalpha():
            text += piece  # a compound broken at its hyphen: DAS-locatie
        else:
            text = f"{text} {piece}" if text else piece
    return SourceParagraph(text, lines[0].location, lines[0].page)
