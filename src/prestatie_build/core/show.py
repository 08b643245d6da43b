"""``prestatie show``: one agreement, section or list as consolidated for a year, with history.

:func:`show_target` finds the target in the consolidation and gathers what a reader needs:
its blocks (or items) with the label of the change that last touched each, and every change
of every Jaarplan up to the year that touched it, with its reason and ``file:line``.
:mod:`prestatie_build.render.show_text` lays that out for a terminal.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace

from .consolidation import valid_targets
from .errors import UsageError
from .model import (
    DOCUMENTS_ANCHOR,
    Article,
    Consolidation,
    Document,
    Provenance,
    goals_anchor,
)

DOCUMENTS_TARGET = "documents"


@dataclass(frozen=True, slots=True)
class ShownBlock:
    """A block or list item and the label of the change that last touched it."""

    text: str
    label: str = ""
    """Empty for text of the base document."""


@dataclass(frozen=True, slots=True)
class HistoryLine:
    year: int
    label: str
    op: str
    reason: str
    source: str
    """The change in its Jaarplan file, ``path:line``."""


@dataclass(frozen=True, slots=True)
class ShownTarget:
    key: str
    title: str
    """``Afspraak 5``, ``Jaarlijkse cyclus``, ``Doelen Betaalbaarheid``."""
    chapter_title: str
    year: int
    is_concept: bool
    source: str
    """Where the target is defined: its agreement file, ``document.yaml`` or the ``add``."""
    anchor: str
    blocks: tuple[ShownBlock, ...]
    is_list: bool
    deleted: str
    """``[Vervallen per 2025]`` for a deleted agreement, ``[Verwijderd per 2025]`` for a
    deleted section; empty otherwise."""
    history: tuple[HistoryLine, ...]


def show_target(consolidation: Consolidation, target: str) -> ShownTarget:
    """The target as the consolidation shows it; UsageError when it has no such target."""
    key = _normalised(target)
    document = consolidation.document
    history = tuple(
        HistoryLine(
            year=applied.change.year,
            label=applied.change.label,
            op=applied.change.op,
            reason=applied.change.reason,
            source=str(applied.change.location),
        )
        for applied in consolidation.applied
        if applied.target == key
    )
    shown = _list_target(consolidation, key) or _article_target(consolidation, key)
    if shown is None:
        raise UsageError(_unknown(document, target))
    return replace(shown, history=history)


def _normalised(target: str) -> str:
    """Accept an anchor as well: ``afspraak-5`` names agreement 5."""
    return target.strip().removeprefix("afspraak-")


def _list_target(consolidation: Consolidation, key: str) -> ShownTarget | None:
    document = consolidation.document
    if key == DOCUMENTS_TARGET:
        items, title, chapter_title = document.documents, "Overzicht documenten", "Bijlagen"
        anchor = DOCUMENTS_ANCHOR
    else:
        chapter = next((c for c in document.chapters if f"{c.id}/goals" == key), None)
        if chapter is None:
            return None
        items, title, chapter_title = chapter.goals, f"Doelen {chapter.title}", chapter.title
        anchor = goals_anchor(chapter.id)
    return ShownTarget(
        key=key,
        title=title,
        chapter_title=chapter_title,
        year=consolidation.year,
        is_concept=consolidation.is_concept,
        source=str(document.location.path),
        anchor=anchor,
        blocks=tuple(ShownBlock(item.text, _label(item.provenance)) for item in items),
        is_list=True,
        deleted="",
        history=(),
    )


def _article_target(consolidation: Consolidation, key: str) -> ShownTarget | None:
    document = consolidation.document
    article = next((a for a in document.articles() if a.key == key), None)
    if article is None:
        return None
    chapter = next(c for c in document.chapters if c.id == article.chapter)
    return ShownTarget(
        key=key,
        title=_title(article),
        chapter_title=chapter.title,
        year=consolidation.year,
        is_concept=consolidation.is_concept,
        source=str(article.location),
        anchor=article.anchor,
        blocks=tuple(ShownBlock(b.text, _label(b.provenance)) for b in article.blocks),
        is_list=False,
        deleted=_deleted(article),
        history=(),
    )


def _title(article: Article) -> str:
    if article.number is None:
        return article.title
    return f"Afspraak {article.number}" + (f": {article.title}" if article.title else "")


def _deleted(article: Article) -> str:
    if article.deleted is None:
        return ""
    word = "Vervallen" if article.is_agreement else "Verwijderd"
    return f"[{word} per {article.deleted.year}]"


def _label(provenance: Provenance | None) -> str:
    return provenance.label if provenance is not None else ""


def _unknown(document: Document, target: str) -> str:
    candidates = valid_targets(document)
    close = difflib.get_close_matches(target, candidates, n=3, cutoff=0.6)
    if close:
        return f"no target '{target}' in the document; did you mean {' or '.join(close)}?"
    return f"no target '{target}' in the document; targets: {', '.join(candidates[:40])}"
