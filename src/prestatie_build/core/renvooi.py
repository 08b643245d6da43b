"""The Jaarplan as it is signed: the "renvooi" presentation of one year's changes.

Pure: from the document as it stood at the end of the year before (``consolidate(project,
year - 1)``) and the Jaarplan's changes, build a frozen :class:`Renvooi`. Per chapter and per
target in document order it holds the current text ("Huidige afspraak") and each change of the
year under its label, so that the text the parties sign and the consolidated text come from the
same changes. The Dutch wording lives in the templates; this module only arranges the texts.

Choices where the contract is silent:

- The current text of a target is its text before the year, without the fragments that the
  year's deletions remove: the seed shows those under the deletion phrase instead, so every
  word of the current text appears once.
- A whole deletion shows the target's whole text as the deleted passage, and no current text.
- A fragment replacement (``old``/``new``) leaves the current text whole and names the old and
  the new fragment under the change's label.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal, cast

from .about import about_line
from .blocks import is_table, split_blocks
from .consolidation import consolidate, fold_changes
from .errors import SourceError, SourceLocation
from .fragments import find_spans, remove_span
from .model import (
    Adoption,
    AppliedChange,
    Article,
    Change,
    Chapter,
    Document,
    FieldChange,
    Item,
    Jaarplan,
    Party,
    Period,
    Project,
    TargetRef,
)
from .targets import DOCUMENTS_REF, article_ref, goals_ref

EntryKind = Literal[
    "add", "append", "replace", "replace-fragment", "delete", "delete-fragment", "set"
]
"""How a change is printed; the template has one way of showing each."""

TargetKindName = Literal["agreement", "section", "goals", "documents"]


@dataclass(frozen=True, slots=True)
class RenvooiEntry:
    """One change of the Jaarplan, as it is printed under its target."""

    kind: EntryKind
    label: str
    """The change's label, e.g. ``Aanvulling 2024`` (deletions are printed with a phrase)."""
    reason: str
    source: SourceLocation
    """The change in the Jaarplan file."""
    blocks: tuple[str, ...] = ()
    """The text the change adds, sets or removes: Markdown blocks, or list items."""
    number: str | None = None
    """The agreement number printed before the first block (new or deleted agreements)."""
    title: str = ""
    """The title a new or replaced section gets."""
    old: str = ""
    """For ``replace-fragment``: the fragment replaced (Markdown)."""
    new: str = ""
    """For ``replace-fragment``: what takes its place (Markdown; empty removes it)."""
    table_before: str = ""
    """For ``replace-fragment`` inside a table: the whole table before the change (Markdown);
    a quoted row of pipes means nothing to a reader, so the Jaarplan shows the table."""
    table_after: str = ""
    """The table after the change."""
    about: str = ""
    """For ``add``: what the new agreement says about itself (type, who, when, tags), as the
    line under its heading reads; empty when it says none of these."""
    fields: tuple[FieldChange, ...] = ()
    """For ``set``: each field it changes, before and after."""


@dataclass(frozen=True, slots=True)
class RenvooiTarget:
    """An agreement, section or list that the Jaarplan changes, with its current text."""

    kind: TargetKindName
    ref: TargetRef
    """How the other outputs point at the target: its key, name and anchor."""
    number: str | None
    """The agreement number, printed before the first block of the current text."""
    title: str
    """The section's or the goals list's title before the year; empty for agreements."""
    current: tuple[str, ...]
    """The text before the year (Markdown blocks, or list items), without what the year
    deletes from it; empty for a target that the year adds or deletes whole."""
    entries: tuple[RenvooiEntry, ...]
    """The year's changes of this target, in applying order."""

    @property
    def is_list(self) -> bool:
        return self.kind in ("goals", "documents")

    @property
    def key(self) -> str:
        """The number, section id or list name (``betaalbaarheid/goals``, ``documents``)."""
        return self.ref.key

    @property
    def anchor(self) -> str:
        """The target's anchor in the consolidated document."""
        return self.ref.anchor


@dataclass(frozen=True, slots=True)
class RenvooiChapter:
    id: str
    title: str
    targets: tuple[RenvooiTarget, ...]
    """Goals first, then sections and agreements in document order."""


@dataclass(frozen=True, slots=True)
class SigningParty:
    """A party of the document as it signs this Jaarplan."""

    party: Party
    name: str
    """Who signs: the Jaarplan's signatory for the party, else the party's representative."""
    role: str
    office: str
    """How the list of parties names that person's office before their name; the party's
    ``office`` when the signer holds the party's role, else empty (the template's default)."""
    signed: datetime.date | None = None
    """When that person signed (a digitally signed Jaarplan's ``signed:``); None when not given."""


@dataclass(frozen=True, slots=True)
class Renvooi:
    """Everything the signed Jaarplan shows, in order."""

    jaarplan: Jaarplan
    document_title: str
    """The title of the document the Jaarplan amends."""
    period: Period
    place: str
    """The document's place, for "Aldus overeengekomen te ..." when the Jaarplan has none."""
    concept: bool
    """A Jaarplan up to this year is a draft: the output says CONCEPT."""
    parties: tuple[SigningParty, ...]
    chapters: tuple[RenvooiChapter, ...]
    """Only chapters with changes."""
    documents: RenvooiTarget | None
    """The documents appendix, when the Jaarplan changes it."""

    @property
    def year(self) -> int:
        return self.jaarplan.year

    @property
    def adopted(self) -> Adoption | None:
        return self.jaarplan.adopted

    @property
    def agreed_place(self) -> str:
        return self.jaarplan.adopted.place if self.jaarplan.adopted else self.place

    @property
    def signed_digitally(self) -> bool:
        """Signed digitally: the list of who signed, and when, in place of signature lines."""
        return self.jaarplan.signing == "digital"


def find_jaarplan(project: Project, year: int) -> Jaarplan | None:
    return next((j for j in project.jaarplannen if j.year == year), None)


def build_renvooi(project: Project, year: int) -> Renvooi | None:
    """The signed form of the Jaarplan of ``year``; ``None`` when the year has none.

    Raises SourceError when a change cannot be applied.
    """
    jaarplan = find_jaarplan(project, year)
    if jaarplan is None:
        return None
    before = consolidate(project, year - 1)
    after, applied, problems = fold_changes(before.document, (jaarplan,))
    if problems:
        raise SourceError(problems)
    by_anchor: dict[str, list[AppliedChange]] = {}
    for done in applied:
        by_anchor.setdefault(done.target.anchor, []).append(done)
    chapters = tuple(
        chapter
        for chapter in (
            _chapter(before.document, after, chapter, by_anchor) for chapter in after.chapters
        )
        if chapter.targets
    )
    documents = None
    if DOCUMENTS_REF.anchor in by_anchor:
        documents = _list_target(
            "documents",
            DOCUMENTS_REF,
            "",
            before.document.documents,
            by_anchor[DOCUMENTS_REF.anchor],
        )
    return Renvooi(
        jaarplan=jaarplan,
        document_title=project.document.title,
        period=project.document.period,
        place=project.document.place,
        concept=before.is_concept or jaarplan.is_draft,
        parties=signing_parties(parties_in(project, year), jaarplan),
        chapters=chapters,
        documents=documents,
    )


def parties_in(project: Project, year: int) -> tuple[Party, ...]:
    """The parties as they stand in ``year``, in document order: who signs that year's Jaarplan.

    The one lookup of "who are the parties in year Y": the document as consolidated up to and
    including the year, so that a Jaarplan that adds, renames or removes a party is signed by
    the parties as that Jaarplan leaves them.
    """
    return consolidate(project, year).document.parties


def signing_parties(parties: Iterable[Party], jaarplan: Jaarplan) -> tuple[SigningParty, ...]:
    """Every party in document order, with the person who signs for it this year."""
    signers = {s.party: s for s in jaarplan.signatories}
    result = []
    for party in parties:
        signer = signers.get(party.id)
        name = signer.name if signer else party.representative
        role = (signer.role or party.role) if signer else party.role
        office = party.office if role == party.role else ""
        signed = signer.signed if signer else None
        result.append(SigningParty(party, name, role, office, signed))
    return tuple(result)


def _chapter(
    before: Document,
    after: Document,
    chapter: Chapter,
    by_anchor: Mapping[str, list[AppliedChange]],
) -> RenvooiChapter:
    targets: list[RenvooiTarget] = []
    goals = goals_ref(chapter)
    if goals.anchor in by_anchor:
        old = next((c for c in before.chapters if c.id == chapter.id), chapter)
        targets.append(
            _list_target("goals", goals, old.goals_title, old.goals, by_anchor[goals.anchor])
        )
    previous = {article.anchor: article for article in before.articles()}
    for article in chapter.articles:
        ref = article_ref(article, chapter)
        if ref.anchor in by_anchor:
            targets.append(
                _article_target(
                    ref, article, previous.get(ref.anchor), by_anchor[ref.anchor], after
                )
            )
    return RenvooiChapter(chapter.id, chapter.title, tuple(targets))


FRAGMENT_FIELDS: Mapping[str, str] = {"replace": "old", "delete": "text"}
"""The field that makes a change of these ops address a fragment rather than the whole."""


def entry_kind(change: Change) -> EntryKind:
    """The change's op, or its fragment form (``replace-fragment``, ``delete-fragment``)."""
    field = FRAGMENT_FIELDS.get(change.op)
    if field is not None and getattr(change, field) is not None:
        return cast(EntryKind, f"{change.op}-fragment")
    return change.op


def _entry(done: AppliedChange, **fields: object) -> RenvooiEntry:
    change = done.change
    return RenvooiEntry(
        kind=entry_kind(change),
        label=change.label,
        reason=change.reason,
        source=change.location,
        **fields,  # type: ignore[arg-type]
    )


def _text_blocks(done: AppliedChange) -> tuple[str, ...]:
    """The change's ``text`` as Markdown blocks; a deleted fragment as the target had it."""
    change = done.change
    text = done.matched or change.text or ""
    return tuple(block.text for block in split_blocks(text, change.where_text("text")))


def _fragments(done: AppliedChange) -> dict[str, str]:
    """The replaced fragment as the target had it, and its replacement; inside a table, the
    table before and after."""
    old = done.matched or str(done.change.old)
    return {"old": old.strip(), "new": (done.change.new or "").strip(), **_table_of(done, old)}


def _table_of(done: AppliedChange, fragment: str) -> dict[str, str]:
    """The table that holds ``fragment``, before and after the change; nothing elsewhere."""
    before = [block.text for block in split_blocks(done.before, done.change.location)]
    after = [block.text for block in split_blocks(done.after, done.change.location)]
    for index, block in enumerate(before):
        if len(find_spans(block, fragment)) == 1 and is_table(block) and len(after) == len(before):
            return {"table_before": block, "table_after": after[index]}
    return {}


# --- agreements and sections --------------------------------------------------------------

ArticleEntryBuilder = Callable[[AppliedChange, Article | None], RenvooiEntry]

ARTICLE_ENTRIES: Mapping[EntryKind, ArticleEntryBuilder] = {
    "add": lambda done, _: _entry(
        done, blocks=_text_blocks(done), number=done.change.number, title=done.change.title or ""
    ),
    "set": lambda done, _: _entry(done, fields=done.fields),
    "append": lambda done, _: _entry(done, blocks=_text_blocks(done)),
    "replace": lambda done, _: _entry(
        done, blocks=_text_blocks(done), title=done.change.title or ""
    ),
    "replace-fragment": lambda done, _: _entry(done, **_fragments(done)),
    "delete": lambda done, before: _entry(
        done,
        blocks=tuple(block.text for block in before.blocks) if before else (),
        number=before.number if before else None,
        title=before.title if before else "",
    ),
    "delete-fragment": lambda done, _: _entry(done, blocks=_text_blocks(done)),
}
"""How each kind of change of an agreement or section is printed."""


def _article_target(
    ref: TargetRef,
    after: Article,
    before: Article | None,
    changes: Sequence[AppliedChange],
    document: Document,
) -> RenvooiTarget:
    current = [block.text for block in before.blocks] if before else []
    for done in changes:
        if done.change.op == "delete":
            current = _without(current, done.change.text)
    return RenvooiTarget(
        kind="agreement" if after.is_agreement else "section",
        ref=ref,
        number=after.number,
        title=before.title if before else "",
        current=tuple(current),
        entries=tuple(
            _with_about(ARTICLE_ENTRIES[entry_kind(done.change)](done, before), after, document)
            for done in changes
        ),
    )


def _with_about(entry: RenvooiEntry, article: Article, document: Document) -> RenvooiEntry:
    """A new agreement's entry says what it is, who carries it out and when, as the
    consolidated document does under its heading."""
    if entry.kind != "add":
        return entry
    return replace(entry, about=about_line(article, document))


def _without(blocks: list[str], fragment: str | None) -> list[str]:
    """The blocks without ``fragment`` (all of them when it is None); empty blocks go."""
    if fragment is None:
        return []
    result = []
    for block in blocks:
        spans = find_spans(block, fragment)
        if len(spans) == 1:
            block = remove_span(block, *spans[0])
        if block.strip():
            result.append(block)
    return result


# --- lists: a chapter's goals, the documents appendix -------------------------------------


def list_items(text: str) -> list[str]:
    """The items of a list as :func:`~prestatie_build.core.consolidation.list_text` writes them."""
    return [line[2:] for line in text.split("\n") if line.startswith("- ")]


def _removed_items(done: AppliedChange) -> tuple[str, ...]:
    removed = list_items(done.before)
    for text in list_items(done.after):
        removed.remove(text)
    return tuple(removed)


ListEntryBuilder = Callable[[AppliedChange], RenvooiEntry]

LIST_ENTRIES: Mapping[EntryKind, ListEntryBuilder] = {
    "append": lambda done: _entry(done, blocks=(str(done.change.text).strip(),)),
    # A whole list replaced: its items right after the change.
    "replace": lambda done: _entry(done, blocks=tuple(list_items(done.after))),
    "replace-fragment": lambda done: _entry(done, **_fragments(done)),
    # The whole item that holds the fragment goes.
    "delete-fragment": lambda done: _entry(done, blocks=_removed_items(done)),
}
"""How each kind of change of a list is printed (``add`` and whole ``delete`` do not apply)."""


def _list_target(
    kind: TargetKindName,
    ref: TargetRef,
    title: str,
    items: tuple[Item, ...],
    changes: Sequence[AppliedChange],
) -> RenvooiTarget:
    current = [item.text for item in items]
    entries = []
    for done in changes:
        entry = LIST_ENTRIES[entry_kind(done.change)](done)
        if entry.kind == "delete-fragment":
            current = [text for text in current if text not in entry.blocks]
        entries.append(entry)
    return RenvooiTarget(kind, ref, None, title, tuple(current), _merged(entries))


MERGED_KINDS: frozenset[EntryKind] = frozenset({"append", "delete-fragment"})


def _merged(entries: Iterable[RenvooiEntry]) -> tuple[RenvooiEntry, ...]:
    """Consecutive additions (or removals) of list items with one label and reason as one
    entry: "Volgende documenten toevoegen:" and every document it adds, once."""
    merged: list[RenvooiEntry] = []
    for entry in entries:
        last = merged[-1] if merged else None
        if (
            last is not None
            and entry.kind in MERGED_KINDS
            and (last.kind, last.label, last.reason) == (entry.kind, entry.label, entry.reason)
        ):
            merged[-1] = replace(last, blocks=(*last.blocks, *entry.blocks))
        else:
            merged.append(entry)
    return tuple(merged)
