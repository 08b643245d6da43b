"""``prestatie show``: one agreement, section or list as consolidated for a year, with history.

:func:`show_target` finds the target in the consolidation and gathers what a reader needs:
its blocks (or items) with the label of the change that last touched each, and every change
of every Jaarplan up to the year that touched it, with its reason and ``file:line``.
:mod:`prestatie_build.render.show_text` lays that out for a terminal.

``--numbered`` numbers the blocks and their sentences (``2``, ``2.1``) and ``--copy 2.1`` gives
one of them as a fragment for ``old:``, ``text:`` or ``after:`` (:func:`copy_fragment`): the
Markdown source as written, so that nobody retypes text from a PDF.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from .about import about_line
from .consolidation import valid_targets
from .errors import UsageError
from .fragments import find_spans
from .messages import Text, t
from .model import DOCUMENTS_TARGET, Consolidation, Document, Provenance, TargetRef, goals_target
from .naming import deleted_label
from .sentences import sentence_spans
from .suggest import either, near_targets
from .targets import DOCUMENTS_REF, article_ref, goals_ref

_NUMBER = re.compile(r"(\d+)(?:\.(\d+))?")


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
    about: str = ""
    """What the agreement says about itself (type, who, when, tags), as the line under its
    heading reads in the document; empty when it says none of these."""


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
        about="" if article.deleted else about_line(article, document),
    )


def _label(provenance: Provenance | None) -> str:
    return provenance.label if provenance is not None else ""


def _unknown(document: Document, target: str) -> Text:
    candidates = valid_targets(document)
    close = near_targets(target, candidates)
    if close:
        return t(
            "no target '{target}' in the document; did you mean {options}?",
            target=target,
            options=either(close),
        )
    return t(
        "no target '{target}' in the document; targets: {targets}",
        target=target,
        targets=", ".join(candidates[:40]),
    )


# --- numbered blocks and sentences, and one of them as a fragment -------------------------


@dataclass(frozen=True, slots=True)
class NumberedBlock:
    """A block (or list item) with its number and its sentences, each as written."""

    number: int
    label: str
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CopiedFragment:
    """What ``--copy`` prints, and how it came to be that text."""

    number: str
    """As asked: ``2`` or ``2.1``."""
    text: str
    """The fragment to paste: the Markdown source as written."""
    widened: tuple[str, ...] = ()
    """The numbers of the sentences added because the asked one occurs more than once."""
    occurrences: int = 1
    """How often ``text`` occurs in the target as a fragment; more than 1 cannot be used."""


def numbered_blocks(shown: ShownTarget) -> tuple[NumberedBlock, ...]:
    """The target's blocks numbered from 1, each with its sentences (numbered ``n.1``, ...)."""
    if shown.deleted:
        return ()
    return tuple(
        NumberedBlock(number, block.label, tuple(block.text[a:b] for a, b in _spans(block.text)))
        for number, block in enumerate(shown.blocks, start=1)
    )


def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return sentence_spans(text) or ((0, len(text)),)


def copy_fragment(shown: ShownTarget, number: str) -> CopiedFragment:
    """Block ``2`` or sentence ``2.1`` of the target as a fragment that occurs in it once.

    A sentence that occurs more than once takes the sentences after it (or, at the end of its
    block, before it) until it is unique. UsageError for a number the target does not have.
    """
    blocks = numbered_blocks(shown)
    block, sentence = _parse_number(number, shown, blocks)
    texts = [b.text for b in shown.blocks]
    if sentence is None:
        text = shown.blocks[block - 1].text
        return CopiedFragment(number, text, occurrences=_occurrences(texts, text))
    return _unique_sentences(texts, blocks[block - 1], sentence, number)


def _parse_number(
    number: str, shown: ShownTarget, blocks: tuple[NumberedBlock, ...]
) -> tuple[int, int | None]:
    if shown.deleted:
        year = shown.deleted.strip("[]").rsplit(" ", 1)[-1]
        raise UsageError(
            t("{name} was deleted as of {year}: it has no text", name=shown.target.title, year=year)
        )
    match = _NUMBER.fullmatch(number.strip())
    if match is None:
        raise UsageError(
            t(
                "--copy {number}: give a block number or block.sentence, for example 2 or 2.1",
                number=number,
            )
        )
    block = int(match.group(1))
    if not 1 <= block <= len(blocks):
        too_far = TOO_FEW_BLOCKS[shown.is_list, len(blocks) == 1]
        raise UsageError(too_far(shown.target.title, len(blocks), block))
    if match.group(2) is None:
        return block, None
    sentence = int(match.group(2))
    found = len(blocks[block - 1].sentences)
    if not 1 <= sentence <= found:
        past_end = TOO_FEW_SENTENCES[shown.is_list, found == 1]
        raise UsageError(past_end(block, found, f"{block}.{sentence}"))
    return block, sentence


TOO_FEW_BLOCKS: Mapping[tuple[bool, bool], Callable[[str, int, int], Text]] = {
    (False, False): lambda name, count, asked: t(
        "{name} has {count} blocks; there is no block {asked}", name=name, count=count, asked=asked
    ),
    (False, True): lambda name, count, asked: t(
        "{name} has 1 block; there is no block {asked}", name=name, asked=asked
    ),
    (True, False): lambda name, count, asked: t(
        "{name} has {count} items; there is no item {asked}", name=name, count=count, asked=asked
    ),
    (True, True): lambda name, count, asked: t(
        "{name} has 1 item; there is no item {asked}", name=name, asked=asked
    ),
}
"""--copy past the last block (or list item), by (a list?, one block?)."""

TOO_FEW_SENTENCES: Mapping[tuple[bool, bool], Callable[[int, int, str], Text]] = {
    (False, False): lambda block, count, asked: t(
        "block {block} has {count} sentences; there is no sentence {asked}",
        block=block,
        count=count,
        asked=asked,
    ),
    (False, True): lambda block, count, asked: t(
        "block {block} has 1 sentence; there is no sentence {asked}", block=block, asked=asked
    ),
    (True, False): lambda block, count, asked: t(
        "item {block} has {count} sentences; there is no sentence {asked}",
        block=block,
        count=count,
        asked=asked,
    ),
    (True, True): lambda block, count, asked: t(
        "item {block} has 1 sentence; there is no sentence {asked}", block=block, asked=asked
    ),
}
"""--copy past the last sentence of a block (or list item), by (a list?, one sentence?)."""


def _unique_sentences(
    texts: list[str], block: NumberedBlock, sentence: int, number: str
) -> CopiedFragment:
    """Sentence ``sentence`` of ``block``, widened with its neighbours until it is unique."""
    source = texts[block.number - 1]
    spans = _spans(source)
    first = last = sentence - 1
    while True:
        text = source[spans[first][0] : spans[last][1]]
        occurrences = _occurrences(texts, text)
        if occurrences == 1 or (first == 0 and last == len(spans) - 1):
            break
        if last < len(spans) - 1:
            last += 1
        else:
            first -= 1
    widened = tuple(f"{block.number}.{i + 1}" for i in range(first, last + 1) if i != sentence - 1)
    return CopiedFragment(number, text, widened, occurrences)


def _occurrences(texts: list[str], fragment: str) -> int:
    return sum(len(find_spans(text, fragment)) for text in texts)
