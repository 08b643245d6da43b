"""Consolidation: a pure fold of the Jaarplannen' changes over the document.

Each op is a function ``(document, change) -> (document, applied)`` in the
:data:`OPERATIONS` table. A change that cannot be applied raises
:class:`ChangeFailed`; the fold records it and goes on with the document as it
was, so one run reports every broken change of every applied year.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .about import AboutValues, about_line, check_about, field_changes
from .blocks import bullet_items, is_agreement_number, split_blocks
from .errors import Diagnostic, SourceError
from .fragments import closest_passage, find_spans, first_words, replace_span, spanned_texts
from .messages import Message, Text, t

if TYPE_CHECKING:
    from .media import FootnoteUse
from .model import (
    DOCUMENTS_TARGET,
    GOALS_SUFFIX,
    RESERVED_ID_HINT,
    AppliedChange,
    Article,
    Block,
    Change,
    Chapter,
    Consolidation,
    Document,
    HistoryEntry,
    Item,
    Jaarplan,
    NumberKey,
    Op,
    Project,
    Provenance,
    agreement_anchor,
    goals_target,
    is_reserved_section_id,
    number_sort_key,
)
from .suggest import either, near_targets
from .targets import DOCUMENTS_REF, article_ref, goals_ref


class ChangeFailed(Exception):
    """A change cannot be applied to the document as it stands."""

    def __init__(self, diagnostic: Diagnostic, *more: Diagnostic) -> None:
        self.diagnostic = diagnostic
        self.diagnostics = (diagnostic, *more)
        """Every problem of the change (``diagnostic`` first)."""
        super().__init__(diagnostic.format())


Operation = Callable[[Document, Change], tuple[Document, AppliedChange]]


def consolidate(project: Project, year: int) -> Consolidation:
    """The document as it stands in ``year``: every Jaarplan up to it applied in order."""
    jaarplannen = tuple(j for j in project.jaarplannen if j.year <= year)
    document, applied, problems = fold_changes(project.document, jaarplannen)
    if problems:
        raise SourceError(problems)
    return Consolidation(year, document, jaarplannen, applied)


def fold_changes(
    document: Document, jaarplannen: Iterable[Jaarplan]
) -> tuple[Document, tuple[AppliedChange, ...], list[Diagnostic]]:
    """Apply every change in order; return the result, what was applied, what failed."""
    applied: list[AppliedChange] = []
    problems: list[Diagnostic] = []
    for jaarplan in sorted(jaarplannen, key=lambda j: j.year):
        for change in jaarplan.changes:
            try:
                document, done = OPERATIONS[change.op](document, change)
            except ChangeFailed as failure:
                problems.extend(failure.diagnostics)
                continue
            applied.append(done)
    return document, tuple(applied), problems


def _fail(
    code: str, change: Change, field: str, message: Message, hint: Message = ""
) -> ChangeFailed:
    return ChangeFailed(Diagnostic(change.where(field), message, hint, code=code))


def _provenance(change: Change) -> Provenance:
    return Provenance(change.year, change.label, change.op, change.location)


# --- targets -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ArticleTarget:
    chapter_index: int
    article_index: int
    article: Article


@dataclass(frozen=True, slots=True)
class _ListTarget:
    chapter_index: int | None
    """None for the documents appendix."""
    name: str
    items: tuple[Item, ...]


def _resolve(document: Document, change: Change) -> _ArticleTarget | _ListTarget:
    target = str(change.target)
    if target == DOCUMENTS_TARGET:
        return _ListTarget(None, target, document.documents)
    if target.endswith(GOALS_SUFFIX):
        for index, chapter in enumerate(document.chapters):
            if goals_target(chapter.id) == target:
                return _ListTarget(index, target, chapter.goals)
        raise _unknown_target(document, change)
    found = _find(document, target)
    if found is None:
        raise _unknown_target(document, change)
    c_index, a_index = found
    article = document.chapters[c_index].articles[a_index]
    if article.deleted is not None:
        raise _fail(
            "P205",
            change,
            "target",
            t("{name} was deleted in {year}", name=_name(article), year=article.deleted.year),
            hint=t("deleted by the change at {source}", source=article.deleted.source),
        )
    return _ArticleTarget(c_index, a_index, article)


def _find(document: Document, key: str) -> tuple[int, int] | None:
    """(chapter index, article index) of the agreement or section named ``key``."""
    for c_index, chapter in enumerate(document.chapters):
        a_index = _find_in(chapter.articles, key)
        if a_index is not None:
            return c_index, a_index
    return None


def _find_in(articles: tuple[Article, ...], key: str) -> int | None:
    """Where ``key`` stands in one chapter's articles, or None.

    A chapter's numbered items stand in number order (see ``order_articles``), with a few
    unnumbered sections between them, so an agreement is found by bisection over the numbered
    ones: a fold of thousands of changes over thousands of agreements would otherwise scan them
    all for every change.
    """
    if not is_agreement_number(key):
        return next((i for i, article in enumerate(articles) if article.id == key), None)
    index = _first_numbered_from(articles, number_sort_key(key))
    while index < len(articles):
        article = articles[index]
        if article.number == key:
            return index
        if article.order_number is not None and _number_order(article) != number_sort_key(key):
            return None
        index += 1
    return None


def _first_numbered_from(articles: tuple[Article, ...], wanted: NumberKey) -> int:
    """The index of the first numbered item whose number is not below ``wanted`` (or of the
    end), by bisection; unnumbered items between them are passed over."""
    lo, hi = 0, len(articles)
    while lo < hi:
        mid = (lo + hi) // 2
        numbered = _numbered_at_or_before(articles, mid, lo)
        if numbered is None or _number_order(articles[numbered]) < wanted:
            lo = mid + 1
        else:
            hi = numbered
    return lo


def _numbered_at_or_before(articles: tuple[Article, ...], index: int, lowest: int) -> int | None:
    while index >= lowest and articles[index].order_number is None:
        index -= 1
    return index if index >= lowest else None


def _number_order(article: Article) -> NumberKey:
    return number_sort_key(str(article.order_number))


def _name(article: Article) -> Text:
    if article.is_agreement:
        return t("agreement {number}", number=article.number)
    return t("section '{id}'", id=article.id)


def valid_targets(document: Document) -> list[str]:
    """Every target a change may name in this document."""
    targets = [a.key for a in document.articles() if a.deleted is None]
    targets += [goals_target(c.id) for c in document.chapters]
    return [*targets, DOCUMENTS_TARGET]


def _unknown_target(document: Document, change: Change) -> ChangeFailed:
    target = str(change.target)
    candidates = valid_targets(document)
    close = near_targets(target, candidates)
    if close:
        hint = t("did you mean {options}?", options=either(f"'{c}'" for c in close))
    else:
        hint = t("valid targets: {targets}", targets=", ".join(candidates[:40]))
    if is_agreement_number(target):
        message = t("unknown agreement '{target}'", target=target)
    else:
        message = t("unknown target '{target}'", target=target)
    return _fail("P201", change, "target", message, hint)


def _replace_article(document: Document, target: _ArticleTarget, article: Article) -> Document:
    chapter = document.chapters[target.chapter_index]
    articles = list(chapter.articles)
    articles[target.article_index] = article
    return _replace_chapter(
        document, target.chapter_index, replace(chapter, articles=tuple(articles))
    )


def _replace_chapter(document: Document, index: int, chapter: Chapter) -> Document:
    chapters = list(document.chapters)
    chapters[index] = chapter
    return replace(document, chapters=tuple(chapters))


def _replace_items(document: Document, target: _ListTarget, items: tuple[Item, ...]) -> Document:
    if target.chapter_index is None:
        return replace(document, documents=items)
    chapter = document.chapters[target.chapter_index]
    return _replace_chapter(document, target.chapter_index, replace(chapter, goals=items))


# --- a target's text, as the change report and the review compare it -------------


def article_text(article: Article, document: Document) -> str:
    """The article's title (when it has one), what it says about itself (type, owners, due,
    tags: one line, when it says any) and body, as the change report and the review compare
    them. ``document`` names the types and parties."""
    parts = [article.title] if article.title else []
    about = about_line(article, document)
    if about:
        parts.append(about)
    return "\n\n".join([*parts, *(block.text for block in article.blocks)])


def list_text(items: Iterable[Item]) -> str:
    return "\n".join(f"- {item.text}" for item in items)


def _applied_article(
    document: Document, change: Change, before: Article | None, after: Article
) -> AppliedChange:
    chapter = next(c for c in document.chapters if c.id == after.chapter)
    return AppliedChange(
        change=change,
        target=article_ref(after, chapter),
        before="" if before is None else article_text(before, document),
        after="" if after.deleted is not None else article_text(after, document),
        before_parts=0 if before is None else len(before.blocks),
    )


def _applied_list(
    document: Document, change: Change, target: _ListTarget, after: tuple[Item, ...]
) -> AppliedChange:
    if target.chapter_index is None:
        ref = DOCUMENTS_REF
    else:
        ref = goals_ref(document.chapters[target.chapter_index])
    return AppliedChange(
        change=change,
        target=ref,
        before=list_text(target.items),
        after=list_text(after),
        before_parts=len(target.items),
    )


# --- fragments across blocks or items ------------------------------------------


def _locate(texts: list[str], fragment: str, change: Change, field: str) -> tuple[int, int, int]:
    """(index of the text, start, end) of the one occurrence of ``fragment``."""
    hits = [
        (i, start, end) for i, text in enumerate(texts) for start, end in find_spans(text, fragment)
    ]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise _fail(
            "P203",
            change,
            field,
            t(
                "'{field}' occurs {count} times in target '{target}'; it must occur once",
                field=field,
                count=len(hits),
                target=change.target,
            ),
            hint=t("quote more of the surrounding text to make it unique"),
        )
    spanned = spanned_texts(texts, fragment)
    if spanned is not None:
        raise _across_blocks(change, field, texts, spanned)
    closest = closest_passage(texts, fragment)
    hint = closest.describe() if closest else t("the target has no text")
    message = t("'{field}' text not found in target '{target}'", field=field, target=change.target)
    raise _fail("P202", change, field, message, hint)


def _across_blocks(
    change: Change, field: str, texts: list[str], spanned: tuple[int, int]
) -> ChangeFailed:
    """P142: the fragment is there, but runs from one block (paragraph, list, table) into
    the next; a change edits one block, so it must lie within one."""
    first, last = spanned
    message = t(
        "the text of '{field}' runs over {count} paragraphs of target '{target}'; "
        "it must lie within one paragraph",
        field=field,
        count=last - first + 1,
        target=change.target,
    )
    hint = t(
        'it starts in the paragraph "{first}" and ends in the paragraph "{last}"; '
        "write one change for each paragraph",
        first=first_words(texts[first]),
        last=first_words(texts[last]),
    )
    return _fail("P142", change, field, message, hint)


def _edit_blocks(
    blocks: tuple[Block, ...], index: int, text: str, provenance: Provenance
) -> tuple[Block, ...]:
    """Blocks with block ``index`` set to ``text``; a block left empty disappears."""
    edited = list(blocks)
    if text.strip():
        edited[index] = replace(blocks[index], text=text, provenance=provenance)
    else:
        del edited[index]
    return tuple(edited)


def _with_history(article: Article, change: Change, **fields: object) -> Article:
    entry = HistoryEntry(_provenance(change), change.reason)
    return replace(article, history=(*article.history, entry), **fields)  # type: ignore[arg-type]


# --- the operations ---------------------------------------------------------------


def _add(document: Document, change: Change) -> tuple[Document, AppliedChange]:
    chapter_index = next(
        (i for i, c in enumerate(document.chapters) if c.id == change.chapter), None
    )
    if chapter_index is None:
        raise _fail(
            "P206",
            change,
            "chapter",
            t("unknown chapter '{chapter}'", chapter=change.chapter),
            hint=t("chapters: {chapters}", chapters=", ".join(c.id for c in document.chapters)),
        )
    _refuse_reuse(document, change)
    _refuse_after_with_number(change)
    _check_about(document, change)
    provenance = _provenance(change)
    is_section = change.id is not None
    article = Article(
        chapter=str(change.chapter),
        number=None if is_section else change.number,
        section_number=change.number if is_section else None,
        id=change.id,
        title=change.title or "",
        blocks=_new_blocks(change, "text", provenance),
        location=change.location,
        origin=provenance,
        history=(HistoryEntry(provenance, change.reason),),
        key_location=change.where("id" if is_section else "number"),
        type=change.type or "",
        owners=change.owners or (),
        due=change.due or "",
        tags=change.tags or (),
    )
    chapter = document.chapters[chapter_index]
    articles = _insert_article(chapter, article, change)
    document = _replace_chapter(document, chapter_index, replace(chapter, articles=articles))
    return document, _applied_article(document, change, None, article)


def _refuse_reuse(document: Document, change: Change) -> None:
    if change.id is not None and is_reserved_section_id(change.id):
        message = t("section id '{id}' is reserved", id=change.id)
        raise _fail("P137", change, "id", message, RESERVED_ID_HINT)
    for field, key in (("number", change.number), ("id", change.id)):
        article = _holder(document, key) if key is not None else None
        if article is None:
            continue
        where = article.origin.source if article.origin else article.location
        if article.deleted:
            message = t(
                "{name} existed already; a number or id is never reused", name=_name(article)
            )
        else:
            message = t(
                "{name} exists already; a number or id is never reused", name=_name(article)
            )
        raise _fail("P204", change, field, message, hint=t("defined at {where}", where=where))


def _holder(document: Document, key: str) -> Article | None:
    """The agreement or section that has ``key`` as its number or id, deleted ones included:
    a numbered section's number counts too (numbers are unique, sections included)."""
    found = _find(document, key)
    if found is not None:
        return document.chapters[found[0]].articles[found[1]]
    if is_agreement_number(key):
        return next((a for a in document.articles() if a.section_number == key), None)
    return None


def _refuse_after_with_number(change: Change) -> None:
    """An item with a number stands in its place by number: ``after`` would be ignored."""
    if change.after is not None and change.number is not None:
        raise _fail(
            "P163",
            change,
            "after",
            t("'after' places only a section without a number"),
            hint=t("an item with a number stands in its place by number; remove 'after'"),
        )


def _insert_article(chapter: Chapter, article: Article, change: Change) -> tuple[Article, ...]:
    """The chapter's items with ``article`` where ``order_articles`` would place it."""
    articles = chapter.articles
    if article.order_number is not None:
        # Before the first item numbered above it: after any equal number, and after the
        # sections placed after the item before it.
        position = _first_numbered_from(articles, _number_order(article))
        while position < len(articles) and (
            articles[position].order_number is None
            or _number_order(articles[position]) == _number_order(article)
        ):
            position += 1
        return (*articles[:position], article, *articles[position:])
    if change.after is None:  # last of the unnumbered sections that open the chapter
        position = next((i for i, a in enumerate(articles) if a.order_number), len(articles))
        return (*articles[:position], article, *articles[position:])
    names = [name for a in articles if a.deleted is None for name in _placement_names(a)]
    if change.after not in names:
        raise _fail(
            "P207",
            change,
            "after",
            t(
                "no number or section '{after}' in chapter '{chapter}' to place it after",
                after=change.after,
                chapter=chapter.id,
            ),
            hint=_sections_here(names),
        )
    position = next(i for i, a in enumerate(articles) if change.after in _placement_names(a)) + 1
    return (*articles[:position], replace(article, after=change.after), *articles[position:])


def _placement_names(article: Article) -> tuple[str, ...]:
    """What ``after:`` may name: an item's number, its id."""
    return tuple(name for name in (article.order_number, article.id) if name is not None)


def _sections_here(names: list[str]) -> Text:
    if not names:
        return t("this chapter has no agreements or sections")
    return t("in this chapter: {names}", names=", ".join(names))


def _new_blocks(change: Change, field: str, provenance: Provenance) -> tuple[Block, ...]:
    text = getattr(change, field) or ""
    blocks = split_blocks(text, change.where_text(field), provenance)
    if not blocks:
        raise _fail("P209", change, field, t("'{field}' has no text", field=field))
    return blocks


def _append(document: Document, change: Change) -> tuple[Document, AppliedChange]:
    target = _resolve(document, change)
    provenance = _provenance(change)
    if isinstance(target, _ListTarget):
        new_item = Item(str(change.text).strip(), change.where_text("text"), provenance)
        position = len(target.items)
        if change.after is not None:
            position = _locate([i.text for i in target.items], change.after, change, "after")[0] + 1
        items = (*target.items[:position], new_item, *target.items[position:])
        document = _replace_items(document, target, items)
        return document, _applied_list(document, change, target, items)
    article = target.article
    new_blocks = _new_blocks(change, "text", provenance)
    position = len(article.blocks)
    if change.after is not None:
        texts = [b.text for b in article.blocks]
        position = _locate(texts, change.after, change, "after")[0] + 1
    blocks = (*article.blocks[:position], *new_blocks, *article.blocks[position:])
    updated = _with_history(article, change, blocks=blocks)
    document = _replace_article(document, target, updated)
    return document, _applied_article(document, change, article, updated)


def _refuse_whole_fragment(change: Change, fragment_field: str) -> None:
    """``whole: true`` confirms a change of the whole target; a fragment change is none."""
    if change.whole and getattr(change, fragment_field) is not None:
        raise _fail(
            "P113",
            change,
            "whole",
            t(
                "'whole: true' is for a change of the whole target, not for one with '{field}'",
                field=fragment_field,
            ),
            hint=t(
                "remove 'whole: true', or leave out '{field}' to change the whole target",
                field=fragment_field,
            ),
        )


def _replace(document: Document, change: Change) -> tuple[Document, AppliedChange]:
    _refuse_whole_fragment(change, "old")
    target = _resolve(document, change)
    provenance = _provenance(change)
    if isinstance(target, _ListTarget):
        items, matched = _replace_in_items(target.items, change, provenance)
        document = _replace_items(document, target, items)
        return document, replace(_applied_list(document, change, target, items), matched=matched)
    article = target.article
    matched = ""
    if change.old is not None:
        texts = [b.text for b in article.blocks]
        index, start, end = _locate(texts, change.old, change, "old")
        matched = texts[index][start:end]
        edited = replace_span(texts[index], start, end, change.new or "")
        updated = _with_history(
            article, change, blocks=_edit_blocks(article.blocks, index, edited, provenance)
        )
        _refuse_undefined_notes(change, updated)
    else:
        title_fields: dict[str, object] = {}
        if change.title is not None:
            title_fields = {"title": change.title, "title_provenance": provenance}
        updated = _with_history(
            article, change, blocks=_new_blocks(change, "text", provenance), **title_fields
        )
    document = _replace_article(document, target, updated)
    return document, replace(_applied_article(document, change, article, updated), matched=matched)


def _refuse_undefined_notes(change: Change, article: Article) -> None:
    """P143: a footnote that the ``new:`` text refers to must be defined in the target as it
    stands after the change (a fragment has no room for the note's own text)."""
    if change.new is None or "[^" not in change.new:
        return
    from .media import media_uses  # markdown-it only when a fragment names a note

    defined = {d.label for block in article.blocks for d in media_uses(block.text).definitions}
    start = change.where_text("new")
    problems = [
        Diagnostic(
            start.at(start.line + use.line) if start.line else start,
            t(
                "footnote [^{label}] in 'new' has no definition in target '{target}'",
                label=use.label,
                target=change.target,
            ),
            hint=t(
                "a note's text stands in the agreement; to add a new note, append the sentence "
                "with the note's text on a line of its own: [^{label}]: ...",
                label=use.label,
            ),
            code="P143",
        )
        for use in _first_of_each(media_uses(change.new, inline=True).references)
        if use.label not in defined
    ]
    if problems:
        raise ChangeFailed(*problems)


def _first_of_each(uses: Iterable[FootnoteUse]) -> list[FootnoteUse]:
    """Each label's first use: a note referred to twice is reported once."""
    seen: dict[str, FootnoteUse] = {}
    for use in uses:
        seen.setdefault(use.label, use)
    return list(seen.values())


def _replace_in_items(
    items: tuple[Item, ...], change: Change, provenance: Provenance
) -> tuple[tuple[Item, ...], str]:
    """The items after the change, and the fragment it replaced as the item had it."""
    if change.old is None:
        # A whole list is replaced by the items of a Markdown bullet list (or by one item).
        text = str(change.text)
        bullets = bullet_items(text)
        texts = bullets if bullets is not None else (" ".join(text.split()),)
        return tuple(Item(item, change.where("text"), provenance) for item in texts), ""
    index, start, end = _locate([i.text for i in items], change.old, change, "old")
    edited = replace_span(items[index].text, start, end, change.new or "")
    updated = list(items)
    if edited.strip():
        updated[index] = replace(items[index], text=edited, provenance=provenance)
    else:
        del updated[index]
    return tuple(updated), items[index].text[start:end]


REMAINING_TEXT_LABEL = "Wijziging {year}"
"""The label of what is left of a block that lost a fragment to a ``delete``: the delete's own
label (``Verwijderd 2024``) would read as if the remaining text had gone. The history keeps the
delete's label and reason."""


def _remaining_text(change: Change) -> Provenance:
    """The provenance of the text a partial deletion leaves: changed, not deleted."""
    label = REMAINING_TEXT_LABEL.format(year=change.year)
    return Provenance(change.year, label, "replace", change.location)


def _delete(document: Document, change: Change) -> tuple[Document, AppliedChange]:
    _refuse_whole_fragment(change, "text")
    target = _resolve(document, change)
    provenance = _provenance(change)
    if isinstance(target, _ListTarget):
        if change.text is None:
            raise _fail(
                "P208",
                change,
                "target",
                t(
                    "deleting from the list '{target}' needs 'text': "
                    "a fragment of the item to delete",
                    target=target.name,
                ),
            )
        index = _locate([i.text for i in target.items], change.text, change, "text")[0]
        items = (*target.items[:index], *target.items[index + 1 :])
        document = _replace_items(document, target, items)
        return document, _applied_list(document, change, target, items)
    article = target.article
    matched = ""
    if change.text is None:
        updated = _with_history(article, change, deleted=provenance)
    else:
        texts = [b.text for b in article.blocks]
        index, start, end = _locate(texts, change.text, change, "text")
        matched = texts[index][start:end]
        edited = replace_span(texts[index], start, end, "")
        blocks = _edit_blocks(article.blocks, index, edited, _remaining_text(change))
        if not blocks:
            raise _fail(
                "P209",
                change,
                "text",
                t("this would delete all text of {name}", name=_name(article)),
                hint=t("leave out 'text' to delete the whole agreement or section"),
            )
        updated = _with_history(article, change, blocks=blocks)
    document = _replace_article(document, target, updated)
    return document, replace(_applied_article(document, change, article, updated), matched=matched)


# --- set: what an agreement says about itself -----------------------------------------------

SET_FIELDS = ("title", "type", "owners", "due", "tags")
"""What ``set`` may change of an agreement or section (contract Part 2)."""


def _check_about(document: Document, change: Change) -> None:
    """An unknown type or party, or a malformed ``due``, in an ``add`` or ``set``."""
    values = AboutValues(
        type=change.type,
        owners=change.owners,
        due=change.due,
        # At the values, as in front matter; each owner at its own item (``owners/<index>``).
        where={
            **dict(change.field_locations),
            **{name: change.where_text(name) for name in ("type", "owners", "due")},
        },
        fallback=change.location,
    )
    problems = check_about(values, document)
    if problems:
        raise ChangeFailed(*problems)


def _set(document: Document, change: Change) -> tuple[Document, AppliedChange]:
    """Sets the fields given; the text stays as it is."""
    target = _resolve(document, change)
    if isinstance(target, _ListTarget):
        raise _fail(
            "P174",
            change,
            "target",
            t(
                "`set` changes an agreement or a section, not the list '{target}'",
                target=target.name,
            ),
            hint=t("to change the list, use `append`, `replace` or `delete`"),
        )
    _check_about(document, change)
    article = target.article
    provenance = _provenance(change)
    given = {
        name: getattr(change, name) for name in SET_FIELDS if getattr(change, name) is not None
    }
    if "title" in given:
        given["title_provenance"] = provenance
    updated = _with_history(article, change, about_provenance=provenance, **given)
    document = _replace_article(document, target, updated)
    applied = _applied_article(document, change, article, updated)
    return document, replace(applied, fields=field_changes(article, updated, document))


OPERATIONS: Mapping[Op, Operation] = {
    "add": _add,
    "append": _append,
    "replace": _replace,
    "delete": _delete,
    "set": _set,
}
"""Every op of the contract, by name."""


def anchor_for_number(number: str) -> str:
    return agreement_anchor(number)
