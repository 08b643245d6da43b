"""A Jaarplan written in the renvooi form, read back into changes: ``prestatie import jaarplan``.

Pure: the paragraphs of the imported file (see :mod:`.reflow`) and the document as it stood at
the end of the year before go in; the Jaarplan's metadata, its changes and every problem found
come out. The form is the one Assen signs and :mod:`.renvooi` prints:

- ``Inleiding``: the introduction; ``Partijen en ondertekening``: the numbered list of parties
  (who signs, in which role) and "Aldus overeengekomen te <plaats> op <datum>.";
- ``Wijzigingen en aanvullingen ...``: per chapter heading, a quoted current text ("Huidige
  afspraak:", an agreement number, a section's or goals list's title) and under it the changes,
  each under its label: ``Aanvulling 2024`` (append), ``Wijziging/aanvulling 2024`` (append,
  that label kept), ``Wijziging 2024`` (replace), ``Nieuwe afspraak 2024`` (add), "Onderstaande
  tekst kan verwijderd worden uit ... (reden):" (delete, with the reason), "Volgende documenten
  toevoegen:" (the documents appendix).

Nothing is guessed silently: a paragraph that cannot be placed is an error at its line, a
quoted current text that differs from the document is a warning with both texts.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .dutch import MONTHS
from .errors import Diagnostic, SourceLocation
from .fragments import closest_passage, find_spans, fold
from .messages import Text, t
from .model import DOCUMENTS_TARGET, Article, Chapter, Document, Op, goals_target
from .reflow import BULLETS, NUMBER_START, SourceParagraph
from .richtext import MARKS, layout_text

__all__ = [
    "ImportedChange",
    "ImportedJaarplan",
    "ImportedSignatory",
    "known_headings",
    "parse_renvooi",
]


@dataclass(frozen=True, slots=True)
class ImportedChange:
    """One change as the import writes it into ``jaarplan.yaml``."""

    op: Op
    location: SourceLocation
    """The paragraph of the imported file that the change comes from."""
    target: str | None = None
    chapter: str | None = None
    number: str | None = None
    title: str | None = None
    label: str = ""
    """Only when it is not the op's default for the year."""
    reason: str = ""
    text: str | None = None
    chapter_title: str = ""
    """The chapter it lies in, for a comment above it."""


@dataclass(frozen=True, slots=True)
class ImportedSignatory:
    party: str
    name: str
    role: str
    location: SourceLocation


@dataclass(frozen=True, slots=True)
class ImportedJaarplan:
    year: int
    title: str
    adopted_date: datetime.date | None
    adopted_place: str
    signatories: tuple[ImportedSignatory, ...]
    introduction: str
    changes: tuple[ImportedChange, ...]
    diagnostics: tuple[Diagnostic, ...]
    """Every problem found, in the order of the file."""

    @property
    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self.diagnostics)


DEFAULT_LABELS: Mapping[Op, str] = {
    "add": "Nieuwe afspraak {year}",
    "append": "Aanvulling {year}",
    "replace": "Wijziging {year}",
    "delete": "Verwijderd {year}",
}
LABEL_OPS: Mapping[str, Op] = {
    "aanvulling": "append",
    "wijziging/aanvulling": "append",
    "aanvulling/wijziging": "append",
    "toevoeging": "append",
    "wijziging": "replace",
    "nieuwe afspraak": "add",
    "nieuw": "add",
}
"""The word of a label (before its year), in lower case, and the op it stands for."""

LABEL = re.compile(
    r"^(?P<word>[A-Za-z][\w/ -]*?) (?P<year>(?:19|20)[0-9]{{2}})"
    r"(?:\s*\((?P<reason>.*)\))?\s*:$"
    r"|^(?P<known>(?i:{})) (?P<known_year>(?:19|20)[0-9]{{2}})$".format(
        "|".join(re.escape(word) for word in LABEL_OPS)
    )
)
"""A label: any words and a year before a colon, or a label this import knows without one."""
CURRENT = re.compile(r"^Huidige afspraak\s*:?$", re.IGNORECASE)
DELETION = re.compile(
    r"^Onderstaande tekst kan (?:worden )?verwijderd worden uit\b(?P<rest>.*?)\s*:?$",
    re.IGNORECASE,
)
REASON = re.compile(r"\((?P<reason>[^()]*(?:\([^()]*\)[^()]*)*)\)$")
DOCUMENTS_ADDED = re.compile(r"^Volgende documenten toevoegen\s*:?$", re.IGNORECASE)
INTRODUCTION = re.compile(r"^Inleiding$", re.IGNORECASE)
PARTIES = re.compile(r"^Partijen en ondertekening$", re.IGNORECASE)
CHANGES = re.compile(r"^Wijzigingen en aanvullingen(?! op\b)", re.IGNORECASE)
DOCUMENTS_HEADING = re.compile(r"^Bijlage\b.*\bdocumenten$", re.IGNORECASE)
AGREED = re.compile(
    r"^Aldus overeengekomen te (?P<place>.+?) op (?P<day>[0-9]{1,2}) (?P<month>[a-z]+) "
    r"(?P<year>[0-9]{4})\.?$"
)
REPRESENTED = re.compile(
    r"^(?P<party>[^,]+), rechtsgeldig vertegenwoordigd door (?:de )?(?P<role>.+?) "
    r"(?P<form>de heer|mevrouw) (?P<name>(?:[A-Z][a-z]?\.\s?)+(?:[a-z]+\s)*[A-Z][\w'-]+)"
)
BULLET = re.compile(rf"^[{re.escape(BULLETS)}]\s+(?P<text>.*)$")
CLOSING = tuple(".:;?!")
TITLE_LENGTH = 80


@dataclass(slots=True)
class _Target:
    key: str
    kind: str
    """``agreement``, ``section`` or ``list``."""
    text: str
    """Its current text as a reader reads it, to compare quotes with."""
    title: str = ""


@dataclass(slots=True)
class _Group:
    """The paragraphs under one label (or a quote), collected until the next one."""

    kind: str
    """``current`` (a quoted current text), ``label`` or ``delete``."""
    location: SourceLocation
    op: Op | None = None
    label: str = ""
    reason: str = ""
    paragraphs: list[SourceParagraph] = field(default_factory=list)


class _Reader:
    """Walks the paragraphs once; each method handles one part of the form."""

    def __init__(self, document: Document, year: int) -> None:
        self.document = document
        self.year = year
        self.diagnostics: list[Diagnostic] = []
        self.changes: list[ImportedChange] = []
        self.introduction: list[str] = []
        self.signatories: list[ImportedSignatory] = []
        self.adopted: tuple[datetime.date, str] | None = None
        self.part = "preamble"
        self.chapter: Chapter | None = None
        self.target: _Target | None = None
        self.group: _Group | None = None
        self.first_location = SourceLocation("")

    # --- the parts of the form ------------------------------------------------------------

    def read(self, paragraph: SourceParagraph) -> None:
        text = paragraph.text
        for pattern, part in HEADINGS:
            if pattern.match(text) and (part != "changes" or len(text) <= 2 * TITLE_LENGTH):
                self._flush()
                self.part = part
                self.chapter = None
                self.target = None
                return
        PARTS[self.part](self, paragraph)

    def preamble(self, paragraph: SourceParagraph) -> None:
        """The cover: only the adoption is read from it; the rest is the title page."""
        cover = re.match(r"^Vastgesteld te (?P<rest>.+)$", paragraph.text)
        if cover and self.adopted is None:
            self._agreed(f"Aldus overeengekomen te {cover.group('rest')}", paragraph)

    def intro(self, paragraph: SourceParagraph) -> None:
        self.introduction.append(_markdown_paragraph(paragraph.text))

    def parties(self, paragraph: SourceParagraph) -> None:
        text = paragraph.text
        if AGREED.match(text):
            self._agreed(text, paragraph)
            self.part = "signatures"
            return
        numbered = NUMBER_START.match(text)
        if numbered is None:
            return  # "Het Jaarplan 2024 leggen we vast tussen:"
        self._signatory(text[numbered.end() - 1 :], paragraph)

    def signatures(self, paragraph: SourceParagraph) -> None:
        """The signature page repeats the parties and names; the list above is what counts."""

    def changes_part(self, paragraph: SourceParagraph) -> None:
        text = paragraph.text
        chapter = self._chapter_named(text)
        if chapter is not None:
            self._flush()
            self.chapter, self.target = chapter, None
            return
        if DOCUMENTS_HEADING.match(text):
            self._flush()
            self.chapter, self.target = None, self._documents()
            return
        for pattern, start in GROUP_STARTS:
            found = pattern.match(text)
            if found:
                self._flush()
                self.group = start(self, found, paragraph)
                return
        self._in_group(paragraph)

    # --- the list of parties --------------------------------------------------------------

    def _agreed(self, text: str, paragraph: SourceParagraph) -> None:
        found = AGREED.match(text)
        if found is None:
            return
        month = found.group("month").lower()
        if month not in MONTHS:
            self._problem(paragraph, t("'{month}' is not a month", month=month), "P507")
            return
        try:
            date = datetime.date(
                int(found.group("year")), MONTHS.index(month) + 1, int(found.group("day"))
            )
        except ValueError:
            self._problem(paragraph, t("this date does not exist"), "P507")
            return
        self.adopted = (date, found.group("place").strip())

    def _signatory(self, text: str, paragraph: SourceParagraph) -> None:
        found = REPRESENTED.match(text.strip())
        if found is None:
            self._warn(paragraph, t("this party and its representative are not clear"), "W371")
            return
        name = found.group("party").strip()
        party = next((p for p in self.document.parties if fold(p.name) == fold(name)), None)
        if party is None:
            known = ", ".join(p.name for p in self.document.parties)
            self._warn(
                paragraph,
                t("'{name}' is not a party of the document", name=name),
                "W371",
                hint=t("the parties are: {parties}", parties=known),
            )
            return
        form = "De heer" if found.group("form") == "de heer" else "Mevrouw"
        self.signatories.append(
            ImportedSignatory(
                party.id,
                f"{form} {found.group('name')}",
                found.group("role").strip(),
                paragraph.location,
            )
        )

    # --- the changes ---------------------------------------------------------------------

    def _chapter_named(self, text: str) -> Chapter | None:
        if len(text) > TITLE_LENGTH:
            return None
        return next(
            (c for c in self.document.chapters if fold(c.title).lower() == fold(text).lower()),
            None,
        )

    def _documents(self) -> _Target:
        items = "\n".join(item.text for item in self.document.documents)
        return _Target(DOCUMENTS_TARGET, "list", _reading(items))

    def _start_current(self, _found: re.Match[str], paragraph: SourceParagraph) -> _Group:
        return _Group("current", paragraph.location)

    def _start_label(self, found: re.Match[str], paragraph: SourceParagraph) -> _Group:
        word = found.group("word") or found.group("known")
        year = int(found.group("year") or found.group("known_year"))
        op = LABEL_OPS.get(word.lower())
        if op is None:
            self._problem(
                paragraph,
                t("'{label}' is not a label this import knows", label=paragraph.text),
                "P505",
                hint=t("known labels: {labels}", labels=", ".join(sorted(LABEL_OPS))),
            )
        if year != self.year:
            self._warn(
                paragraph,
                t(
                    "the label names {named}, the Jaarplan is for {year}",
                    named=year,
                    year=self.year,
                ),
                "W373",
            )
        reason = (found.group("reason") or "").strip()
        return _Group("label", paragraph.location, op=op, label=f"{word} {year}", reason=reason)

    def _start_deletion(self, found: re.Match[str], paragraph: SourceParagraph) -> _Group:
        reason = REASON.search(found.group("rest").strip())
        return _Group(
            "delete",
            paragraph.location,
            op="delete",
            reason=reason.group("reason").strip() if reason else "",
        )

    def _start_documents(self, _found: re.Match[str], paragraph: SourceParagraph) -> _Group:
        self.chapter, self.target = None, self._documents()
        return _Group("label", paragraph.location, op="append")

    def _in_group(self, paragraph: SourceParagraph) -> None:
        group = self.group
        numbered = NUMBER_START.match(paragraph.text)
        in_list = group is not None and _continues_list(group.paragraphs, paragraph.text)
        if numbered and not in_list and self._numbered(numbered.group("number"), paragraph):
            return
        if group is None:
            self._unplaced(paragraph)
            return
        names_target = group.kind == "current" and not group.paragraphs and self.target is None
        if names_target and self._titled_target(paragraph):
            return
        group.paragraphs.append(paragraph)

    def _numbered(self, number: str, paragraph: SourceParagraph) -> bool:
        """An agreement number starts a paragraph: the new agreement of a label, or a quote of
        a current agreement. False when it is an item of a list after all."""
        group = self.group
        exists = _article(self.document, number)
        opens_label = group and group.kind == "label" and not group.paragraphs
        if opens_label and group and group.op != "replace" and exists is None:
            group.op = "add"
            group.paragraphs.append(paragraph)
            return True
        if exists is None:
            if group and group.paragraphs:
                return False
            self._problem(
                paragraph,
                t(
                    "agreement {number} is not in the document of {year}, and no label says "
                    "that it is new",
                    number=number,
                    year=self.year - 1,
                ),
                "P506",
                hint=t("write 'Nieuwe afspraak {year}:' above it", year=self.year),
            )
            self._flush()
            return True
        if exists.deleted is not None:
            self._problem(
                paragraph,
                t("agreement {number} was deleted before {year}", number=number, year=self.year),
                "P506",
            )
        if group is None or group.kind != "current" or group.paragraphs:
            self._flush()
            self.group = _Group("current", paragraph.location)
        self.target = _article_target(exists, self.document)
        self.chapter = self._chapter_of(exists)
        assert self.group is not None
        self.group.paragraphs.append(_without_number(paragraph))
        return True

    def _titled_target(self, paragraph: SourceParagraph) -> bool:
        """The first line of a quote names a section or a goals list by its title."""
        text = fold(paragraph.text).lower()
        chapters = [self.chapter] if self.chapter else list(self.document.chapters)
        for chapter in chapters:
            if chapter.goals_title and fold(chapter.goals_title).lower() == text:
                items = "\n".join(item.text for item in chapter.goals)
                self.target = _Target(goals_target(chapter.id), "list", _reading(items))
                self.chapter = chapter
                return True
            for article in chapter.articles:
                if article.id and article.deleted is None and fold(article.title).lower() == text:
                    self.target = _article_target(article, self.document)
                    self.chapter = chapter
                    return True
        self._unplaced(paragraph)
        return True

    def _chapter_of(self, article: Article) -> Chapter | None:
        return next((c for c in self.document.chapters if c.id == article.chapter), None)

    # --- from a group to changes ------------------------------------------------------------

    def _flush(self) -> None:
        group, self.group = self.group, None
        if group is None:
            return
        if not group.paragraphs:
            self._problem_at(group.location, t("no text follows this label"), "P505")
            return
        GROUP_ENDS[group.kind](self, group)

    def _check_quote(self, group: _Group) -> None:
        target = self.target
        if target is None:
            self._problem_at(
                group.location, t("this quoted text names no agreement or section"), "P505"
            )
            return
        for paragraph in group.paragraphs:
            quoted = _reading(_item_text(paragraph.text))
            if find_spans(target.text, quoted):
                continue
            passage = closest_passage([target.text], quoted)
            self._warn(
                paragraph,
                t(
                    "the quoted current text differs from {target} in the document of {year}",
                    target=target.key,
                    year=self.year - 1,
                ),
                "W370",
                hint=t(
                    'quoted: "{quoted}"\ndocument: "{document}"',
                    quoted=quoted,
                    document=passage.text if passage else target.text,
                ),
            )

    def _labelled(self, group: _Group) -> None:
        if group.op is None:
            return  # reported at the label
        ENDS_BY_OP[group.op](self, group)

    def _append(self, group: _Group) -> None:
        target = self._target_for(group)
        if target is None:
            return
        if target.kind == "list":
            for paragraph in group.paragraphs:
                item = _markdown_paragraph(_item_text(paragraph.text))
                self._change(group, "append", target=target.key, text=item, at=paragraph.location)
            return
        self._change(group, "append", target=target.key, text=_markdown(group.paragraphs))

    def _replace(self, group: _Group) -> None:
        target = self._target_for(group)
        if target is None:
            return
        paragraphs = list(group.paragraphs)
        title = None
        if target.kind == "section" and len(paragraphs) > 1 and _is_title(paragraphs[0].text):
            title = paragraphs.pop(0).text
        self._change(group, "replace", target=target.key, title=title, text=_markdown(paragraphs))

    def _add(self, group: _Group) -> None:
        first = NUMBER_START.match(group.paragraphs[0].text)
        if first is None or self.chapter is None:
            self._problem_at(
                group.location,
                t("a new agreement starts with its number, under a chapter heading"),
                "P505",
            )
            return
        number = first.group("number")
        paragraphs = [_without_number(group.paragraphs[0]), *group.paragraphs[1:]]
        self._change(
            group, "add", chapter=self.chapter.id, number=number, text=_markdown(paragraphs)
        )
        self.target = _Target(number, "agreement", _reading(_markdown(paragraphs)))

    def _delete(self, group: _Group) -> None:
        target = self._target_for(group)
        if target is None:
            return
        for paragraph in group.paragraphs:
            self._change(
                group,
                "delete",
                target=target.key,
                text=_item_text(paragraph.text),
                at=paragraph.location,
            )

    def _target_for(self, group: _Group) -> _Target | None:
        if self.target is None:
            self._problem_at(
                group.location,
                t("no agreement, section or list is quoted above this label"),
                "P505",
                hint=t("quote the current text first, under 'Huidige afspraak:'"),
            )
        return self.target

    def _change(
        self, group: _Group, op: Op, *, at: SourceLocation | None = None, **fields: object
    ) -> None:
        default = DEFAULT_LABELS[op].format(year=self.year)
        in_documents = self.target is not None and self.target.key == DOCUMENTS_TARGET
        self.changes.append(
            ImportedChange(
                op=op,
                location=at or group.paragraphs[0].location,
                label="" if group.label in ("", default) else group.label,
                reason=group.reason,
                chapter_title=_where(self.chapter, in_documents=in_documents),
                **fields,  # type: ignore[arg-type]
            )
        )

    # --- diagnostics ----------------------------------------------------------------------

    def _unplaced(self, paragraph: SourceParagraph) -> None:
        self._problem(
            paragraph,
            t('this text cannot be placed: "{text}"', text=_shortened(paragraph.text)),
            "P505",
            hint=t(
                "put a label above it ('Aanvulling {year}:', 'Wijziging {year}:', "
                "'Huidige afspraak:') or a chapter heading of the document",
                year=self.year,
            ),
        )

    def _problem(
        self, paragraph: SourceParagraph, message: Text, code: str, hint: Text | str = ""
    ) -> None:
        self._problem_at(paragraph.location, message, code, hint)

    def _problem_at(
        self, location: SourceLocation, message: Text, code: str, hint: Text | str = ""
    ) -> None:
        self.diagnostics.append(Diagnostic(location, message, hint=hint, code=code))

    def _warn(
        self, paragraph: SourceParagraph, message: Text, code: str, hint: Text | str = ""
    ) -> None:
        self.diagnostics.append(
            Diagnostic(paragraph.location, message, hint=hint, severity="warning", code=code)
        )


HEADINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (INTRODUCTION, "intro"),
    (PARTIES, "parties"),
    (CHANGES, "changes"),
)
PARTS: Mapping[str, Callable[[_Reader, SourceParagraph], None]] = {
    "preamble": _Reader.preamble,
    "intro": _Reader.intro,
    "parties": _Reader.parties,
    "signatures": _Reader.signatures,
    "changes": _Reader.changes_part,
}
GROUP_STARTS: tuple[
    tuple[re.Pattern[str], Callable[[_Reader, re.Match[str], SourceParagraph], _Group]], ...
] = (
    (CURRENT, _Reader._start_current),
    (DELETION, _Reader._start_deletion),
    (DOCUMENTS_ADDED, _Reader._start_documents),
    (LABEL, _Reader._start_label),
)
"""The paragraphs that start a group, the label pattern last (it is the loosest)."""
GROUP_ENDS: Mapping[str, Callable[[_Reader, _Group], None]] = {
    "current": _Reader._check_quote,
    "label": _Reader._labelled,
    "delete": _Reader._delete,
}
ENDS_BY_OP: Mapping[Op, Callable[[_Reader, _Group], None]] = {
    "append": _Reader._append,
    "replace": _Reader._replace,
    "add": _Reader._add,
    "delete": _Reader._delete,
}


FORM_HEADINGS = ("Inleiding", "Partijen en ondertekening")


def known_headings(document: Document) -> tuple[str, ...]:
    """The headings a Jaarplan of ``document`` may hold: the parts of the form and the titles
    of its chapters, sections and goals lists (for :func:`..reflow.paragraphs_from_lines`)."""
    titles = [*FORM_HEADINGS]
    for chapter in document.chapters:
        titles += [chapter.title, chapter.goals_title]
        titles += [article.title for article in chapter.articles if article.id]
    return tuple(title for title in titles if title)


def parse_renvooi(
    paragraphs: Iterable[SourceParagraph], document: Document, year: int
) -> ImportedJaarplan:
    """The Jaarplan of ``year`` that ``paragraphs`` hold, against ``document`` (the document
    consolidated up to the year before)."""
    reader = _Reader(document, year)
    for paragraph in paragraphs:
        if not reader.first_location.path:
            reader.first_location = paragraph.location
        reader.read(paragraph)
    reader._flush()
    adopted = reader.adopted
    if adopted is None:
        reader.diagnostics.append(
            Diagnostic(
                SourceLocation(reader.first_location.path),
                t("no 'Aldus overeengekomen te ... op ...' with a date: imported as a draft"),
                hint=t("set 'status: adopted' and 'adopted:' once every party has signed"),
                severity="warning",
                code="W372",
            )
        )
    return ImportedJaarplan(
        year=year,
        title=f"Jaarplan {year}",
        adopted_date=adopted[0] if adopted else None,
        adopted_place=adopted[1] if adopted else "",
        signatories=tuple(reader.signatories),
        introduction="\n\n".join(reader.introduction),
        changes=tuple(reader.changes),
        diagnostics=tuple(reader.diagnostics),
    )


# --- texts --------------------------------------------------------------------------------


def _where(chapter: Chapter | None, *, in_documents: bool) -> str:
    """What the comment above a change names: its chapter, or the documents appendix."""
    if in_documents or chapter is None:
        return "Bijlage: Overzicht documenten" if in_documents else ""
    return chapter.title


def _article(document: Document, number: str) -> Article | None:
    return next((a for a in document.articles() if a.number == number), None)


def _article_target(article: Article, document: Document) -> _Target:
    del document
    return _Target(
        article.key,
        "agreement" if article.is_agreement else "section",
        _reading(article.body),
        article.title,
    )


def _reading(markdown: str) -> str:
    """A Markdown text as a reader reads it: its words, without list markers or emphasis."""
    text = layout_text(markdown)
    return " ".join(re.sub(f"[{MARKS}]", " ", text).split())


def _item_text(text: str) -> str:
    """A paragraph without its bullet."""
    found = BULLET.match(text)
    return found.group("text") if found else text


def _without_number(paragraph: SourceParagraph) -> SourceParagraph:
    found = NUMBER_START.match(paragraph.text)
    if found is None:
        return paragraph
    rest = paragraph.text[found.end() - 1 :]
    return SourceParagraph(rest, paragraph.location, paragraph.page)


def _continues_list(paragraphs: Sequence[SourceParagraph], text: str) -> bool:
    """A numbered paragraph is an item of a list when the paragraph before introduces one
    ("... is:") or is the item numbered one less."""
    if not paragraphs:
        return False
    before = paragraphs[-1].text
    if before.endswith(":"):
        return True
    previous, this = NUMBER_START.match(before), NUMBER_START.match(text)
    if previous is None or this is None:
        return False
    a, b = previous.group("number"), this.group("number")
    return a.isdigit() and b.isdigit() and int(b) == int(a) + 1


def _is_title(text: str) -> bool:
    return len(text) <= TITLE_LENGTH and not text.endswith(CLOSING) and not BULLET.match(text)


def _markdown(paragraphs: Sequence[SourceParagraph]) -> str:
    """Paragraphs as Markdown blocks: lists of consecutive items, the rest as paragraphs."""
    blocks: list[str] = []
    items: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        item = _list_item(paragraphs, index)
        if item is not None:
            items.append(item)
            continue
        if items:
            blocks.append("\n".join(items))
            items = []
        blocks.append(_markdown_paragraph(paragraph.text))
    if items:
        blocks.append("\n".join(items))
    return "\n\n".join(blocks)


def _list_item(paragraphs: Sequence[SourceParagraph], index: int) -> str | None:
    text = paragraphs[index].text
    bullet = BULLET.match(text)
    if bullet:
        return "- " + _escaped(bullet.group("text"))
    numbered = NUMBER_START.match(text)
    if numbered and index and _continues_list(paragraphs[:index], text):
        return f"{numbered.group('number')}. " + _escaped(text[numbered.end() - 1 :])
    return None


def _markdown_paragraph(text: str) -> str:
    return _escaped(text)


_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_BLOCK_START = re.compile(r"^([#>+=-]|[0-9]+[.)](\s|$))")


def _escaped(text: str) -> str:
    """Plain text as Markdown that renders as the same words."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return "\\" + text if _BLOCK_START.match(text) else text


def _shortened(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
