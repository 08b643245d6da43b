"""The frozen model of a prestatieafspraken document and its Jaarplannen.

Everything here is immutable: tuples, not lists; ``dataclasses.replace`` to change.
Every node knows where it came from, so that any problem can point at a line.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Literal

from .errors import SourceLocation, UsageError
from .messages import t

Op = Literal["add", "append", "replace", "delete"]
OPS: tuple[Op, ...] = ("add", "append", "replace", "delete")

NUMBER_PATTERN = re.compile(r"[1-9][0-9]*[a-z]?")
"""An agreement number, matched in full: digits without a leading zero and an optional letter
suffix (``12a``)."""


def number_sort_key(number: str) -> tuple[int, str]:
    """Natural order of agreement numbers: 2, 5, 12, 12a, 13."""
    digits = number.rstrip("abcdefghijklmnopqrstuvwxyz")
    return int(digits), number[len(digits) :]


def agreement_anchor(number: str) -> str:
    """Stable anchor of an agreement: ``afspraak-5``."""
    return f"afspraak-{number}"


def chapter_anchor(chapter_id: str) -> str:
    """Stable anchor of a chapter: ``hoofdstuk-betaalbaarheid``."""
    return f"hoofdstuk-{chapter_id}"


def goals_anchor(chapter_id: str) -> str:
    """Stable anchor of a chapter's goals list: ``doelen-betaalbaarheid``."""
    return f"doelen-{chapter_id}"


DOCUMENTS_ANCHOR = "documenten"
"""The documents appendix."""
DOCUMENTS_TARGET = "documents"
"""How a change names the documents appendix as its target."""
GOALS_SUFFIX = "/goals"


def goals_target(chapter_id: str) -> str:
    """How a change names a chapter's goals list: ``betaalbaarheid/goals``."""
    return f"{chapter_id}{GOALS_SUFFIX}"


TOC_ANCHOR = "document-inhoudsopgave"
PARTIES_ANCHOR = "document-partijen"
MAIN_ANCHOR = "document-tekst"
VERSIONS_ANCHOR = "document-versies"
FIXED_ANCHORS = (TOC_ANCHOR, PARTIES_ANCHOR, MAIN_ANCHOR, VERSIONS_ANCHOR, DOCUMENTS_ANCHOR)
"""Anchors of the page itself."""
RESERVED_ANCHOR_PREFIXES = ("afspraak-", "hoofdstuk-", "doelen-", "document-")
"""A section id may not start with these: its anchor would clash with a generated one."""


def is_reserved_section_id(section_id: str) -> bool:
    """Ids a section may not take: the ``documents`` target and generated anchors."""
    return (
        section_id == DOCUMENTS_TARGET
        or section_id in FIXED_ANCHORS
        or section_id.startswith(RESERVED_ANCHOR_PREFIXES)
    )


RESERVED_ID_HINT = t(
    "a section id may not be 'documents', {anchors}, nor start with {prefixes}",
    anchors=", ".join(f"'{a}'" for a in FIXED_ANCHORS),
    prefixes=", ".join(f"'{p}'" for p in RESERVED_ANCHOR_PREFIXES),
)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which change of which Jaarplan added or last changed a piece of text."""

    year: int
    label: str
    """How the Jaarplan names the change, e.g. ``Aanvulling 2024``."""
    op: Op
    source: SourceLocation
    """The change in the Jaarplan file."""


@dataclass(frozen=True, slots=True)
class Block:
    """One top-level Markdown block of a body: a paragraph or a whole list."""

    text: str
    """The block's Markdown source, without surrounding blank lines."""
    location: SourceLocation
    """Where the text was written: the agreement file or the change's ``text``."""
    provenance: Provenance | None = None
    """``None`` for text of the base document."""


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a list in ``document.yaml`` (a chapter's goals, the documents)."""

    text: str
    location: SourceLocation
    provenance: Provenance | None = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change that touched an agreement or section, for its history."""

    provenance: Provenance
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A numbered agreement (``afspraak``) or an unnumbered section of a chapter."""

    chapter: str
    """The id of the chapter that holds it."""
    number: str | None
    """Agreement number as text (``"5"``, ``"12a"``); ``None`` for a section."""
    id: str | None
    """Section id; ``None`` for an agreement."""
    title: str
    blocks: tuple[Block, ...]
    location: SourceLocation
    origin: Provenance | None = None
    """The ``add`` change that created it; ``None`` when it is in the base."""
    title_provenance: Provenance | None = None
    """The change that last set the title, when a Jaarplan did."""
    deleted: Provenance | None = None
    """The ``delete`` change that removed it; deleted articles keep their place."""
    history: tuple[HistoryEntry, ...] = ()
    key_location: SourceLocation | None = None
    """Where its number or id is written: what a diagnostic about the number or id points at."""

    @property
    def is_agreement(self) -> bool:
        return self.number is not None

    @property
    def where_key(self) -> SourceLocation:
        """The value of its ``number:`` or ``id:``, or the article itself when not known."""
        return self.key_location or self.location

    @property
    def key(self) -> str:
        """What a change names as its target: the number or the id."""
        return self.number if self.number is not None else str(self.id)

    @property
    def anchor(self) -> str:
        """Stable HTML anchor: ``afspraak-5`` or the section id."""
        return agreement_anchor(self.number) if self.number is not None else str(self.id)

    @property
    def body(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


@dataclass(frozen=True, slots=True)
class Chapter:
    id: str
    title: str
    location: SourceLocation
    goals_title: str = ""
    goals: tuple[Item, ...] = ()
    articles: tuple[Article, ...] = ()
    """Sections first (in file-name order), then agreements by number."""


@dataclass(frozen=True, slots=True)
class Party:
    id: str
    name: str
    location: SourceLocation
    representative: str = ""
    role: str = ""
    designation: str = ""
    """How the Jaarplan calls the party after naming it (hierna te noemen: "de gemeente");
    empty means its name."""
    mandate: str = ""
    """A sentence after the representative in the Jaarplan's list of parties, e.g. who
    authorised them ("Gemachtigd door de burgemeester, ...")."""
    office: str = ""
    """How that list names the representative's office before their name ("wethouder");
    empty means the template's default (``de {role}``)."""


@dataclass(frozen=True, slots=True)
class Period:
    start: int
    end: int

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start <= year <= self.end


@dataclass(frozen=True, slots=True)
class Document:
    """The agreements: ``agreements/document.yaml`` plus every chapter's files."""

    title: str
    period: Period
    parties: tuple[Party, ...]
    chapters: tuple[Chapter, ...]
    location: SourceLocation
    place: str = ""
    documents: tuple[Item, ...] = ()
    """The appendix list of underlying documents."""

    def articles(self) -> tuple[Article, ...]:
        return tuple(article for chapter in self.chapters for article in chapter.articles)


@dataclass(frozen=True, slots=True)
class Adoption:
    date: datetime.date
    place: str
    location: SourceLocation


@dataclass(frozen=True, slots=True)
class Signatory:
    party: str
    """The id of a party of the document."""
    name: str
    location: SourceLocation
    role: str = ""


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of a Jaarplan's ``changes:`` list, as written."""

    op: Op
    year: int
    label: str
    """The given label, or the op's default for the year (``Aanvulling 2024``)."""
    location: SourceLocation
    """The change itself: the line of its ``- op:`` item."""
    reason: str = ""
    target: str | None = None
    chapter: str | None = None
    number: str | None = None
    id: str | None = None
    title: str | None = None
    text: str | None = None
    after: str | None = None
    old: str | None = None
    new: str | None = None
    whole: bool = False
    """``whole: true``: the writer confirms that a ``delete`` without ``text`` or a ``replace``
    with ``text`` is meant to remove or rewrite the whole target (``prestatie check`` warns
    otherwise, W307)."""
    field_locations: tuple[tuple[str, SourceLocation], ...] = ()
    """Where each field was written, to point errors at the line to edit."""
    text_locations: tuple[tuple[str, SourceLocation], ...] = ()
    """Where each field's value starts: the first line of a ``|`` block's text."""

    def where(self, name: str) -> SourceLocation:
        """The location of a field, or of the change when the field is absent."""
        return _lookup(self.field_locations, name, self.location)

    def where_text(self, name: str) -> SourceLocation:
        """Where the value of a field starts, for locating the blocks written in it."""
        return _lookup(self.text_locations, name, self.where(name))

    @property
    def subject(self) -> str:
        """What the change is about: its target, or the number or id it adds."""
        return self.target or self.number or self.id or ""


def _lookup(
    pairs: tuple[tuple[str, SourceLocation], ...], name: str, default: SourceLocation
) -> SourceLocation:
    return next((location for key, location in pairs if key == name), default)


@dataclass(frozen=True, slots=True)
class Jaarplan:
    """One year's folder under ``amendments/``."""

    year: int
    title: str
    status: Literal["draft", "adopted"]
    location: SourceLocation
    adopted: Adoption | None = None
    status_location: SourceLocation | None = None
    """Where ``status:`` is written, for warnings about it; None when not known."""
    signatories: tuple[Signatory, ...] = ()
    introduction: str = ""
    introduction_location: SourceLocation | None = None
    """Where the introduction's text starts; None when not known."""
    changes: tuple[Change, ...] = ()
    """Every change of the year: ``jaarplan.yaml``'s first, then other files by name."""
    files: tuple[str, ...] = ()
    """The files that make up the Jaarplan, in applying order."""

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


@dataclass(frozen=True, slots=True)
class Image:
    """An image file that a text shows (``![alt](kaart.png)``), read and checked by the loader."""

    written: str
    """The path as the texts write it, which the renderers look the image up by."""
    path: str
    """The file, relative to the project root."""
    media_type: str
    """``image/png``, ``image/jpeg`` or ``image/svg+xml``, from the file's content."""
    data: bytes = field(repr=False)
    location: SourceLocation
    """Where it is first shown."""


@dataclass(frozen=True, slots=True)
class Project:
    """Everything loaded from a project root."""

    root: str
    document: Document
    jaarplannen: tuple[Jaarplan, ...] = ()
    """In year order."""
    source_files: tuple[str, ...] = field(default=())
    """Every file read, relative to the root, for manifests and attachments."""
    source_bytes: tuple[tuple[str, bytes], ...] = field(default=(), repr=False)
    """Each file of ``source_files`` with its bytes as read: what every output is built from.

    An output's key and a PDF's attached sources come from these, never from a second read of
    the disk, which may hold something else by then."""
    images: tuple[Image, ...] = field(default=(), repr=False)
    """Every image the texts show, once per path as written (see :class:`Image`)."""


TargetKind = Literal["agreement", "section", "list", "metadata"]
"""``metadata``: what the review compares besides texts (see core.facts); no change names it."""


@dataclass(frozen=True, slots=True)
class TargetRef:
    """What a change can name, as every output points at it and names it.

    Built by :mod:`prestatie_build.core.targets` from an article or a list, so that the change
    report, the review, ``show`` and the Jaarplan agree on its key, name and anchor.
    """

    kind: TargetKind
    key: str
    """As a change names it: ``5``, ``tijdlijn``, ``betaalbaarheid/goals``, ``documents``."""
    title: str
    """How a reader names it: ``Afspraak 5 (Titel)``, ``Tijdlijn``, ``Doelen Betaalbaarheid``."""
    chapter: str
    """The id of the chapter it lies in; empty for the documents list."""
    chapter_title: str
    anchor: str
    """Its anchor in the consolidated HTML document."""


@dataclass(frozen=True, slots=True)
class AppliedChange:
    """A change as applied, with the affected text before and after it."""

    change: Change
    target: TargetRef
    before: str
    """The target's whole text before the change (Markdown; empty for ``add``)."""
    after: str
    """The target's whole text after the change (empty when deleted)."""
    before_parts: int = 0
    """How many blocks (or list items) the target had before the change."""
    matched: str = ""
    """The fragment a change replaced or deleted (``old``, a deletion's ``text``) as the target
    had it: its own characters, where the change may have quoted it with others that print
    alike (see :mod:`.fragments`). Empty for changes of a whole target."""


@dataclass(frozen=True, slots=True)
class Consolidation:
    """A document with every Jaarplan up to a year applied."""

    year: int
    document: Document
    jaarplannen: tuple[Jaarplan, ...]
    """The Jaarplannen applied, in order."""
    applied: tuple[AppliedChange, ...]

    @property
    def is_concept(self) -> bool:
        return any(jaarplan.is_draft for jaarplan in self.jaarplannen)

    def applied_in(self, first_year: int, last_year: int) -> tuple[AppliedChange, ...]:
        return tuple(a for a in self.applied if first_year <= a.change.year <= last_year)


def check_year(project: Project, year: int, option: str = "--year") -> None:
    period = project.document.period
    if year not in period:
        raise UsageError(
            t(
                "{option} {year} lies outside the period {start}-{end} of agreements/document.yaml",
                option=option,
                year=year,
                start=period.start,
                end=period.end,
            )
        )
