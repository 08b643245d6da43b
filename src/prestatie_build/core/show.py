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
from .model import DOCUMENTS_TARGET, Consolidation, Document, Provenance, TargetRef, goals_target
from .naming import deleted_label
from .targets import DOCUMENTS_REF, article_ref, goals_ref


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
    target: TargetRef
    year: int
    is_concept: bool
    source: str
    """Where the target is defined: its agreement file, ``document.yaml`` or the ``add``."""
    blocks: tuple[ShownBlock, ...]
    is_list: bool
    deleted: str
    """``[Vervallen per 2025]`` for a deleted agreement or section; empty otherwise."""
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
        if applied.target.key == key
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
        target, items = DOCUMENTS_REF, document.documents
    else:
        chapter = next((c for c in document.chapters if goals_target(c.id) == key), None)
        if chapter is None:
            return None
        target, items = goals_ref(chapter), chapter.goals
    return ShownTarget(
        target=target,
        year=consolidation.year,
        is_concept=consolidation.is_concept,
        source=str(document.location.path),
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
        target=article_ref(article, chapter),
        year=consolidation.year,
        is_concept=consolidation.is_concept,
        source=str(article.location),
        blocks=tuple(ShownBlock(b.text, _label(b.provenance)) for b in article.blocks),
        is_list=False,
        deleted=deleted_label(article),
        history=(),
    )


def _label(provenance: Provenance | None) -> str:
    return provenance.label if provenance is not None else ""


def _unknown(document: Document, target: str) -> str:
    candidates = valid_targets(document)
    close = difflib.get_close_matches(target, candidates, n=3, cutoff=0.6)
    if close:
        return f"no target '{target}' in the document; did you mean {' or '.join(close)}?"
    return f"no target '{target}' in the document; targets: {', '.join(candidates[:40])}"
