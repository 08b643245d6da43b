"""Recognise a signed base document's structure in its paragraphs (``prestatie import agreements``).

Pure: paragraphs in (as :mod:`..sources.documents` reads them from Word or PDF), a project's
structure out: the title, period, parties, chapters in levels, agreements and sections with
their blocks in Markdown, the documents appendix. What it cannot place is never dropped in
silence: it goes to :attr:`Imported.unplaced` with the page or paragraph it came from, and
what it recognises and leaves out on purpose (labels, history lists, the table of contents,
page headers) to :attr:`Imported.left_out`; the import report lists both.

How headings are told apart: a heading is a Word heading style or, in a PDF, a bold line larger
than the body text (its ``level`` is the rank of its size). Headings that name an agreement
("Afspraak 5", "Afspraak 2.1.1 (Titel)") set the agreements' rank; headings of a larger rank are
chapters (nested by rank, and "5.4" inside "5"), the others are sections.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .messages import Text, t

NUMBER = r"(?:[A-Z]{1,3}\d+|[A-Z]{1,3}(?=\.)|[1-9]\d*[a-z]?|0)(?:\.[1-9]\d*[a-z]?|\.0)*"
DASHES = "\u2013\u2014"
AGREEMENT_HEADING = re.compile(rf"^Afspraak\s+({NUMBER})(?:\s*\((.+)\)|\s*[:.\-{DASHES}]\s*(.+))?$")
NUMBERED_HEADING = re.compile(rf"^({NUMBER})\.?\s+(\S.*)$")
LEAD_AGREEMENT = re.compile(rf"^Afspraak\s+({NUMBER})\s*[:.]?$")
PERIOD = re.compile(rf"\b((?:19|20)\d\d)\s*[-{DASHES}]\s*((?:19|20)\d\d)\b")
LABEL_WORDS = (
    r"(?:Aanvulling|Wijziging/aanvulling|Wijziging|Nieuwe afspraak|Verwijderd|Verplaatst|"
    r"Nieuw hoofdstuk|Nieuwe partij)"
)
LABEL = re.compile(rf"^{LABEL_WORDS} (?:19|20)\d\d$")
TRAILING_LABEL = re.compile(rf"\s+{LABEL_WORDS} (?:19|20)\d\d$")
LEADER = re.compile(r"\.{4,}\s*\d+\s*$")
VERVALLEN = re.compile(r"^\[Vervallen per (?:19|20)\d\d\]$")
ABOUT_LINE = re.compile(r"(?:^|·\s*)(?:Wie|Wanneer|Trefwoorden):")
TOC_TITLES = frozenset({"inhoud", "inhoudsopgave"})
HISTORY_TITLES = frozenset({"geschiedenis"})
VERSIONS_TITLES = frozenset({"versies"})
DOCUMENTS_TITLE = re.compile(r"^Bijlage\b.*\b(documenten|bronnen)\b", re.IGNORECASE)
PARTIES_TITLES = frozenset({"partijen", "ondertekenaars", "ondergetekenden"})
OUR_FRONT_LINES = re.compile(r"^(GECONSOLIDEERDE TEKST|CONCEPT|Versie (?:19|20)\d\d.*)$")
NO_DOCUMENTS = "Geen documenten opgenomen."
MAX_LEVELS = 3


class Paragraph(Protocol):
    """What recognition reads of a paragraph (``sources.documents.DocumentParagraph``)."""

    @property
    def text(self) -> str: ...
    @property
    def origin(self) -> str: ...
    @property
    def level(self) -> int | None: ...
    @property
    def bold_lead(self) -> str | None: ...
    @property
    def table(self) -> tuple[tuple[str, ...], ...] | None: ...
    @property
    def list_kind(self) -> str | None: ...
    @property
    def size(self) -> float | None: ...
    @property
    def bold(self) -> bool: ...
    @property
    def image(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A paragraph the import did not take over, and why."""

    origin: str
    text: str
    reason: Text


@dataclass(slots=True)
class ImportedArticle:
    number: str | None
    id: str | None
    title: str
    origin: str
    blocks: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    from_list: bool = False


@dataclass(slots=True)
class ImportedChapter:
    id: str
    title: str
    origin: str
    number: str = ""
    rank: int = 0
    goals_title: str = ""
    goals: list[str] = field(default_factory=list)
    articles: list[ImportedArticle] = field(default_factory=list)
    chapters: list[ImportedChapter] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportedParty:
    id: str
    name: str
    representative: str = ""
    role: str = ""


@dataclass(slots=True)
class Imported:
    """The recognised project, and the report of what was not placed."""

    title: str = ""
    period: tuple[int, int] | None = None
    parties: list[ImportedParty] = field(default_factory=list)
    chapters: list[ImportedChapter] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    left_out: list[Unplaced] = field(default_factory=list)

    def articles(self) -> Iterable[ImportedArticle]:
        def walk(chapters: Sequence[ImportedChapter]) -> Iterable[ImportedArticle]:
            for chapter in chapters:
                yield from chapter.articles
                yield from walk(chapter.chapters)

        return walk(self.chapters)


def recognise(paragraphs: Sequence[Paragraph]) -> Imported:
    """The structure of a base document; every paragraph is placed, reported or left out."""
    return _Recogniser(paragraphs).run()


class _Recogniser:
    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.result = Imported()
        self.body = _body_size(paragraphs)
        self.agreement_rank = _agreement_rank(paragraphs)
        self.stack: list[ImportedChapter] = []
        self.article: ImportedArticle | None = None
        self.mode = "front"
        self.ids: set[str] = set()
        self.numbers: set[str] = set()
        self.next_list_number = 1
        self.pending_list: list[str] = []
        self.pending_kind: str | None = None
        self.mode_before_history = "front"

    # --- the walk -----------------------------------------------------------------------------

    def run(self) -> Imported:
        for paragraph in self.paragraphs:
            self.take(paragraph)
        self.flush_list()
        self.result.period = self.result.period or _period_in(self.result.title)
        return self.result

    def take(self, paragraph: Paragraph) -> None:
        text = paragraph.text.strip()
        if not text:
            return
        if self.leave_out(paragraph, text):
            return
        if _is_heading(paragraph):
            self.flush_list()
            self.heading(paragraph, text)
            return
        MODES[self.mode](self, paragraph, text)

    def leave_out(self, paragraph: Paragraph, text: str) -> bool:
        """Parts of the layout, not of the agreements: labels, the contents, the history."""
        folded = text.casefold()
        if LABEL.match(text):
            self.left(paragraph, text, t("a label of a change"))
            return True
        if LEADER.search(text):
            self.left(paragraph, text, t("a line of the table of contents"))
            return True
        if paragraph.image:
            self.unplaced(paragraph, text, t("an image: add it to the agreement by hand"))
            return True
        if (folded in HISTORY_TITLES and not _is_heading(paragraph)) or (
            folded in HISTORY_TITLES and paragraph.size is not None and paragraph.size < self.body
        ):
            self.flush_list()
            self.mode_before_history = self.mode
            self.mode = "history"
            self.left(paragraph, text, t("the history of an agreement"))
            return True
        if self.mode == "history":
            if paragraph.list_kind is not None and not _is_heading(paragraph):
                self.left(paragraph, text, t("the history of an agreement"))
                return True
            self.mode = self.mode_before_history
        return False

    def heading(self, paragraph: Paragraph, text: str) -> None:
        folded = text.casefold()
        if paragraph.level == 0 or (self.mode == "front" and not self.result.title):
            self.set_title(paragraph, text)
            return
        if folded in TOC_TITLES:
            self.enter("skip", paragraph, text, t("the table of contents"))
            return
        if folded in VERSIONS_TITLES:
            self.enter("skip", paragraph, text, t("the list of versions of our own output"))
            return
        if folded in PARTIES_TITLES and not self.stack:
            self.mode = "parties"
            return
        if DOCUMENTS_TITLE.match(text):
            self.article = None
            self.mode = "documents"
            return
        agreement = AGREEMENT_HEADING.match(text)
        if agreement:
            self.open_article(
                agreement.group(1), agreement.group(2) or agreement.group(3) or "", paragraph
            )
            return
        if self.is_chapter_heading(paragraph):
            self.open_chapter(paragraph, text)
            return
        if not self.stack:
            self.unplaced(paragraph, text, t("a heading before the first chapter"))
            return
        if self.article is None and text.endswith("?") and not self.stack[-1].articles:
            self.stack[-1].goals_title = text
            self.mode = "goals"
            return
        self.open_section(paragraph, text)

    def set_title(self, paragraph: Paragraph, text: str) -> None:
        if self.result.title:
            self.unplaced(paragraph, text, t("a second title"))
            return
        self.result.title = text
        self.result.period = _period_in(text)

    def enter(self, mode: str, paragraph: Paragraph, text: str, reason: Text) -> None:
        self.article = None
        self.mode = mode
        self.left(paragraph, text, reason)

    def is_chapter_heading(self, paragraph: Paragraph) -> bool:
        level = paragraph.level
        if level is None:
            return False
        return self.agreement_rank is None or level < self.agreement_rank

    # --- chapters, agreements, sections ---------------------------------------------------------

    def open_chapter(self, paragraph: Paragraph, text: str) -> None:
        numbered = NUMBERED_HEADING.match(text)
        number, title = (numbered.group(1), numbered.group(2)) if numbered else ("", text)
        rank = paragraph.level or 1
        while self.stack and not _inside(self.stack[-1], rank, number):
            self.stack.pop()
        if len(self.stack) >= MAX_LEVELS:
            self.unplaced(
                paragraph, text, t("a chapter deeper than three levels; placed as a section")
            )
            self.open_section(paragraph, text)
            return
        chapter = ImportedChapter(
            self.unique_id(title, "hoofdstuk"), title, paragraph.origin, number, rank
        )
        (self.stack[-1].chapters if self.stack else self.result.chapters).append(chapter)
        self.stack.append(chapter)
        self.article = None
        self.mode = "chapter"

    def open_article(
        self, number: str, title: str, paragraph: Paragraph, *, from_list: bool = False
    ) -> None:
        if not self.stack:
            self.unplaced(paragraph, paragraph.text, t("an agreement before the first chapter"))
            self.mode = "front"
            return
        if number in self.numbers:
            self.unplaced(
                paragraph,
                paragraph.text,
                t("a second agreement with the number {number}", number=number),
            )
            self.article = None
            self.mode = "chapter"
            return
        self.numbers.add(number)
        self.article = ImportedArticle(
            number, None, title.strip(), paragraph.origin, from_list=from_list
        )
        self.stack[-1].articles.append(self.article)
        self.mode = "article"

    def open_section(self, paragraph: Paragraph, text: str) -> None:
        numbered = NUMBERED_HEADING.match(text)
        number, title = (numbered.group(1), numbered.group(2)) if numbered else (None, text)
        if number is not None and number in self.numbers:
            number = None
            title = text
        if number is not None:
            self.numbers.add(number)
        self.article = ImportedArticle(
            number, self.unique_id(title, "onderdeel"), title, paragraph.origin
        )
        self.stack[-1].articles.append(self.article)
        self.mode = "article"

    def unique_id(self, title: str, fallback: str) -> str:
        base = slug(title) or fallback
        if base.startswith(("afspraak-", "hoofdstuk-", "doelen-", "document-")) or base in (
            "documents",
            "documenten",
        ):
            base = f"over-{base}"
        candidate, count = base, 1
        while candidate in self.ids:
            count += 1
            candidate = f"{base}-{count}"
        self.ids.add(candidate)
        return candidate

    # --- the modes: what a paragraph that is no heading means where it stands ------------------

    def in_front(self, paragraph: Paragraph, text: str) -> None:
        period = (
            PERIOD.search(text)
            if text.casefold().startswith("looptijd") or "looptijd" in text.casefold()
            else None
        )
        if period:
            self.result.period = (int(period.group(1)), int(period.group(2)))
            self.left(paragraph, text, t("the period, taken into document.yaml"))
            return
        if OUR_FRONT_LINES.match(text):
            self.left(paragraph, text, t("a line of our own title page"))
            return
        self.unplaced(paragraph, text, t("text before the first chapter"))

    def in_parties(self, paragraph: Paragraph, text: str) -> None:
        party = _party(text, paragraph.bold_lead, {p.id for p in self.result.parties})
        self.result.parties.append(party)

    def in_chapter(self, paragraph: Paragraph, text: str) -> None:
        numbered = self.numbered_agreement(paragraph, text)
        if numbered is not None:
            self.article_from_paragraph(paragraph, *numbered)
            return
        self.unplaced(paragraph, text, t("text of a chapter outside any agreement or section"))

    def in_article(self, paragraph: Paragraph, text: str) -> None:
        article = self.article
        assert article is not None
        numbered = self.numbered_agreement(paragraph, text)
        if numbered is not None and article.from_list:
            self.flush_list()
            self.article_from_paragraph(paragraph, *numbered)
            return
        if VERVALLEN.match(text):
            self.unplaced(paragraph, text, t("an agreement that has lapsed; it is not imported"))
            self.stack[-1].articles.remove(article)
            self.article = None
            self.mode = "chapter"
            return
        if ABOUT_LINE.search(text) or (
            " · " in text and paragraph.size is not None and paragraph.size < self.body
        ):
            self.unplaced(
                paragraph,
                text,
                t("who, when and type of an agreement: write them in its front matter"),
            )
            return
        if paragraph.table is not None:
            self.flush_list()
            article.blocks.append(_table_markdown(paragraph.table))
            return
        note = _note(paragraph, text, article, self.body)
        if note is not None:
            self.flush_list()
            article.notes.append(note)
            return
        if paragraph.list_kind is not None:
            if self.pending_kind not in (None, paragraph.list_kind):
                self.flush_list()
            self.pending_kind = paragraph.list_kind
            self.pending_list.append(_list_text(_without_trailing_label(text), paragraph.list_kind))
            return
        self.flush_list()
        article.blocks.append(
            _paragraph_markdown(_without_trailing_label(text), paragraph.bold_lead)
        )

    def numbered_agreement(self, paragraph: Paragraph, text: str) -> tuple[str, str] | None:
        """An agreement written as a numbered paragraph: "5. Partijen ..." in a PDF, a Word
        numbered-list paragraph (its number counted, as Word counts it), or a bold lead-in
        "Afspraak 5:"."""
        lead = LEAD_AGREEMENT.match(paragraph.bold_lead or "")
        if lead:
            return lead.group(1), text[len(paragraph.bold_lead or "") :].strip()
        article = self.article
        if paragraph.list_kind != "number" or (article is not None and not article.from_list):
            return None
        if paragraph.size is not None and paragraph.size < self.body:
            return None
        written = re.match(rf"^({NUMBER})[.)]\s+(.*)$", text)
        if written:
            return written.group(1), written.group(2)
        return str(self.next_list_number), text

    def article_from_paragraph(self, paragraph: Paragraph, number: str, text: str) -> None:
        self.open_article(number, "", paragraph, from_list=True)
        if number.isdigit():
            self.next_list_number = int(number) + 1
        if self.article is not None and text:
            self.article.blocks.append(_paragraph_markdown(text, None))

    def in_goals(self, paragraph: Paragraph, text: str) -> None:
        if paragraph.list_kind is None:
            self.mode = "chapter"
            self.in_chapter(paragraph, text)
            return
        self.stack[-1].goals.append(_escaped(_without_trailing_label(text)))

    def in_documents(self, paragraph: Paragraph, text: str) -> None:
        if text == NO_DOCUMENTS:
            self.left(paragraph, text, t("a line of our own output"))
            return
        if paragraph.list_kind is None:
            self.unplaced(paragraph, text, t("text in the documents appendix that is no list item"))
            return
        self.result.documents.append(_escaped(_without_trailing_label(text)))

    def in_skip(self, paragraph: Paragraph, text: str) -> None:
        self.left(paragraph, text, t("part of a list the import leaves out"))

    # --- helpers ------------------------------------------------------------------------------

    def flush_list(self) -> None:
        if self.pending_list and self.article is not None:
            self.article.blocks.append("\n".join(_numbered(self.pending_list, self.pending_kind)))
        self.pending_list = []
        self.pending_kind = None

    def unplaced(self, paragraph: Paragraph, text: str, reason: Text) -> None:
        self.result.unplaced.append(Unplaced(paragraph.origin, text, reason))

    def left(self, paragraph: Paragraph, text: str, reason: Text) -> None:
        self.result.left_out.append(Unplaced(paragraph.origin, text, reason))


MODES = {
    "front": _Recogniser.in_front,
    "parties": _Recogniser.in_parties,
    "chapter": _Recogniser.in_chapter,
    "article": _Recogniser.in_article,
    "goals": _Recogniser.in_goals,
    "documents": _Recogniser.in_documents,
    "skip": _Recogniser.in_skip,
    "history": _Recogniser.in_skip,
}
"""What a paragraph that is no heading means, by where the walk stands."""


def _is_heading(paragraph: Paragraph) -> bool:
    return paragraph.level is not None and paragraph.list_kind is None and paragraph.table is None


def _body_size(paragraphs: Sequence[Paragraph]) -> float:
    sizes = [p.size for p in paragraphs if p.size is not None and not p.bold]
    return max(set(sizes), key=sizes.count) if sizes else 0.0


def _agreement_rank(paragraphs: Sequence[Paragraph]) -> int | None:
    """The smallest (largest-type) rank of a heading that names an agreement."""
    ranks = [
        p.level
        for p in paragraphs
        if p.level is not None and AGREEMENT_HEADING.match(p.text.strip())
    ]
    return min(ranks) if ranks else None


def _inside(parent: ImportedChapter, rank: int, number: str) -> bool:
    """Whether a chapter heading of ``rank`` and ``number`` lies inside ``parent``."""
    if rank > parent.rank:
        return True
    return bool(rank == parent.rank and parent.number and number.startswith(parent.number + "."))


def _period_in(text: str) -> tuple[int, int] | None:
    found = PERIOD.search(text)
    return (int(found.group(1)), int(found.group(2))) if found else None


def _party(text: str, bold_lead: str | None, taken: set[str]) -> ImportedParty:
    name, _, rest = text.partition(":") if ":" in text else (text, "", "")
    if bold_lead and text.startswith(bold_lead.rstrip(":")):
        name = bold_lead.rstrip(":").strip()
        rest = text[len(bold_lead) :].lstrip(": ").strip()
    representative, _, role = rest.rpartition(",") if "," in rest else (rest, "", "")
    base = slug(name) or "partij"
    candidate, count = base, 1
    while candidate in taken:
        count += 1
        candidate = f"{base}-{count}"
    return ImportedParty(candidate, name.strip(), representative.strip(), role.strip())


def _note(
    paragraph: Paragraph, text: str, article: ImportedArticle, body: float
) -> tuple[str, str] | None:
    """A footnote's text: a small numbered item whose number the article refers to."""
    found = re.match(r"^(\d+)[.)]?\s+(.*)$", text)
    if not found or paragraph.list_kind != "number":
        return None
    if paragraph.size is None or paragraph.size >= body:
        return None
    label = found.group(1)
    if not any(f"[^{label}]" in block for block in article.blocks):
        return None
    return label, found.group(2)


def _without_trailing_label(text: str) -> str:
    return TRAILING_LABEL.sub("", text)


def _list_text(text: str, kind: str) -> str:
    if kind == "number":
        text = re.sub(r"^\d+[.)]\s+", "", text)
    return _escaped(text)


def _numbered(items: list[str], kind: str | None) -> list[str]:
    if kind == "number":
        return [f"{index}. {item}" for index, item in enumerate(items, 1)]
    return [f"- {item}" for item in items]


def _paragraph_markdown(text: str, bold_lead: str | None) -> str:
    if bold_lead and text.startswith(bold_lead) and len(text) > len(bold_lead):
        rest = text[len(bold_lead) :].strip()
        return f"**{_escaped(bold_lead)}** {_escaped(rest, start=False)}"
    return _escaped(text)


MARKDOWN_SPECIAL = re.compile(r"([\\`*_<]|\[(?!\^\d+\]))")
BLOCK_START = re.compile(r"^(\d+)([.)])(\s)|^([-+#>|])(\s|$)")


def _escaped(text: str, *, start: bool = True) -> str:
    """Text as Markdown that shows it as written: no emphasis, no list or heading by accident."""
    escaped = MARKDOWN_SPECIAL.sub(r"\\\1", text)
    if start:
        escaped = BLOCK_START.sub(
            lambda m: (
                f"{m.group(1)}\\{m.group(2)}{m.group(3)}"
                if m.group(1)
                else f"\\{m.group(4)}{m.group(5)}"
            ),
            escaped,
        )
    return escaped


def _table_markdown(rows: tuple[tuple[str, ...], ...]) -> str:
    width = max(len(row) for row in rows)
    cells = [
        [_escaped(cell, start=False).replace("|", "\\|") for cell in row]
        + [""] * (width - len(row))
        for row in rows
    ]
    lines = ["| " + " | ".join(cells[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(row) + " |" for row in cells[1:]]
    return "\n".join(lines)


def slug(text: str) -> str:
    """A name of lower-case letters, digits and single hyphens, starting with a letter."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", plain)
    name = "-".join(words)[:60].strip("-")
    while name and not name[0].isalpha():
        name = name[1:].lstrip("-")
    return name
