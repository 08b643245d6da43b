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

Op = Literal["add", "append", "replace", "delete", "set"]
OPS: tuple[Op, ...] = ("add", "append", "replace", "delete", "set")

_NUMBER_PART = r"[1-9][0-9]*[a-z]?"
_CAPITALS = r"[A-Z]{1,3}"
NUMBER_PATTERN = re.compile(
    rf"(?:{_NUMBER_PART}|{_CAPITALS}[1-9][0-9]*)(?:\.{_NUMBER_PART})*"
    rf"|{_CAPITALS}(?:\.{_NUMBER_PART})+"
)
"""An agreement number, matched in full (contract Part 2, "Numbers"): dot-separated parts,
each digits without a leading zero and an optional lower-case letter (``5``, ``12a``,
``2.1.1``); the first part may instead be capitals and digits (``A3``), or capitals alone
before a dot (``B.2``)."""

_PART = re.compile(r"([A-Z]*)([0-9]*)([a-z]?)")

NumberKey = tuple[tuple[str, int, str], ...]
"""How an agreement number sorts: (capitals, digits, letter) per part."""


def number_sort_key(number: str) -> NumberKey:
    """Natural order of agreement numbers, part by part: 2 < 2.1 < 2.1.1 < 2.2 < 10 < 12 < 12a.

    Capitals sort after plain numbers (``A3`` after ``99``), and ``B`` before ``B1``.
    """
    return tuple(_part_key(part) for part in number.split("."))


def _part_key(part: str) -> tuple[str, int, str]:
    match = _PART.fullmatch(part)
    if match is None:  # not a number at all: after every number, in text order
        return ("~", 0, part)
    capitals, digits, letter = match.groups()
    return capitals, int(digits or 0), letter


def agreement_anchor(number: str) -> str:
    """Stable anchor of an agreement: ``afspraak-5``, ``afspraak-2-1-1``, ``afspraak-a3``."""
    return f"afspraak-{number.replace('.', '-').lower()}"


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
    type: str = ""
    """An id of ``document.yaml``'s ``types`` (``resultaat``); empty when not given."""
    owners: tuple[str, ...] = ()
    """Party ids of who carries it out ("Wie"), in the order written."""
    due: str = ""
    """When it is due ("Wanneer"), as written: ``2025``, ``2025-Q2`` or ``2025-06-30``."""
    tags: tuple[str, ...] = ()
    """Free slugs for the site's filters."""
    about_provenance: Provenance | None = None
    """The ``set`` change that last changed what it says about itself (type, owners, due,
    tags or title), when a Jaarplan did."""
    # --- order inside a chapter (contract Part 2) ---
    section_number: str | None = None
    """A section's number (``9.2``): it places the section among the agreements by number."""
    after: str | None = None
    """An unnumbered section placed right after this number or id of its chapter."""
    after_location: SourceLocation | None = None

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
    def order_number(self) -> str | None:
        """The number that places it in its chapter: an agreement's, or a numbered section's."""
        return self.number if self.number is not None else self.section_number

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
    """In document order (see ``sources.load.order_articles``): unnumbered sections in file-name
    order, then numbered items by number, with a section given ``after:`` right after its
    item."""
    # --- chapters in levels (contract Part 2) ---
    number: str = ""
    """The number shown before its title ("2.1"); empty when it has none."""
    parent: str = ""
    """The id of the chapter that holds it; empty for a chapter of the first level."""
    level: int = 1
    """1 for a chapter of ``document.yaml``'s list, 2 and 3 for sub-chapters."""
    folder: str = ""
    """Its folder under ``agreements/``: its parent's folder plus its id (``beleid/vastgoed``)."""

    @property
    def heading(self) -> str:
        """Its title, after its number when it has one: ``2.1 Sociale huisvesting``."""
        return f"{self.number} {self.title}" if self.number else self.title


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
class AgreementType:
    """One entry of ``document.yaml``'s ``types``: ``resultaat: Resultaatafspraak``."""

    id: str
    name: str
    location: SourceLocation


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
    """Every chapter, sub-chapters included, in document order: each followed by its own
    sub-chapters (``parent`` and ``level`` say how they nest)."""
    location: SourceLocation
    place: str = ""
    documents: tuple[Item, ...] = ()
    """The appendix list of underlying documents."""
    types: tuple[AgreementType, ...] = ()
    """The kinds of agreement an article's ``type`` may name, in the order written."""
    agreement_heading: str = ""
    """How an agreement's heading reads (``{number}``, ``{title}``, ``{type}``); empty: the
    default, ``Afspraak {number}`` (see ``core.naming.agreement_heading_text``)."""

    def sub_chapters(self, chapter_id: str) -> tuple[Chapter, ...]:
        """The chapters directly inside ``chapter_id`` (``""``: the first level), in order."""
        return tuple(chapter for chapter in self.chapters if chapter.parent == chapter_id)

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
    signed: datetime.date | None = None
    """When this person signed, for a digitally signed Jaarplan (``signed: YYYY-MM-DD``)."""


Signing = Literal["wet", "digital"]
"""How a Jaarplan is signed: in ink on paper (``wet``, blank signature lines) or digitally
(the list of who signed, and when)."""


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
    type: str | None = None
    """``add`` and ``set``: an id of ``document.yaml``'s ``types``."""
    owners: tuple[str, ...] | None = None
    """``add`` and ``set``: party ids ("Wie")."""
    due: str | None = None
    """``add`` and ``set``: a year, a quarter or a date ("Wanneer"), as written."""
    tags: tuple[str, ...] | None = None
    """``add`` and ``set``: free slugs."""
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
    signing: Signing = "wet"
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


NO_VALUE = "\u2013"
"""How a was/wordt line shows a field that had (or gets) no value: an en dash."""


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field a ``set`` changed, in a reader's words:
    ``Wie: Heuvelwonen → Heuvelwonen, Seyster Veste``."""

    name: str
    """The field as a reader names it: ``Wie``, ``Wanneer``, ``Soort``, ``Titel``."""
    before: str
    after: str

    @property
    def line(self) -> str:
        return f"{self.name}: {self.before or NO_VALUE} \u2192 {self.after or NO_VALUE}"


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
    fields: tuple[FieldChange, ...] = ()
    """For ``set``: each field it changed, before and after."""


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
