"""A word-level redline between two versions of a text.

The texts are Markdown source; the redline works on their words (runs of non-white-space
characters). White space is kept in the output so that the two texts can be rebuilt exactly:
joining the ``equal`` and ``delete`` runs gives ``before``, joining ``equal`` and ``insert``
gives ``after``. White space is not compared, though: the contract folds every run of white
space when it matches fragments, and a paragraph that was re-wrapped has not changed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

WordOpKind = Literal["equal", "delete", "insert"]
TextChange = Literal["new", "removed", "unchanged", "changed", "rewritten"]
_KINDS: tuple[WordOpKind, ...] = ("equal", "delete", "insert")

_TOKEN = re.compile(r"\s+|\S+")
_LINE_OF_WORDS = re.compile(r"\S+(?:[^\S\n]+\S+)*")
"""Words on one line with the spaces between them: what a mark may span."""
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class WordOp:
    """A run of text that both versions share, or that only one of them has."""

    kind: WordOpKind
    text: str

    @property
    def words(self) -> int:
        """How many words the run holds (white space does not count)."""
        return len(_WORD.findall(self.text))

    @property
    def is_whitespace(self) -> bool:
        """A run of white space only: layout, not content."""
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class RedlineCounts:
    """How many words a redline deletes, inserts and keeps."""

    deleted: int
    inserted: int
    kept: int = 0


@dataclass(frozen=True, slots=True)
class Redline:
    """The runs that turn ``before`` into ``after``, in text order.

    Adjacent runs of one kind are merged, and between two ``equal`` runs a ``delete``
    always comes before an ``insert``.
    """

    ops: tuple[WordOp, ...]

    @property
    def before(self) -> str:
        """The old text, exactly as given to :func:`word_diff`."""
        return "".join(op.text for op in self.ops if op.kind != "insert")

    @property
    def after(self) -> str:
        """The new text, exactly as given to :func:`word_diff`."""
        return "".join(op.text for op in self.ops if op.kind != "delete")

    @property
    def text_change(self) -> TextChange:
        """What happened to the text, for choosing how to show it.

        ``new`` (nothing before: show the new text alone), ``removed`` (nothing after: show
        the old text alone), ``unchanged`` (same words, perhaps other line breaks),
        ``changed`` (a redline reads well) or ``rewritten`` (more words replaced than kept:
        one redline would interleave two texts, so show old and new apart).
        """
        if not self.before.strip():
            return "new"
        if not self.after.strip():
            return "removed"
        if self.is_unchanged:
            return "unchanged"
        counts = self.counts
        if counts.deleted and counts.inserted and counts.kept < counts.deleted + counts.inserted:
            return "rewritten"
        return "changed"

    @property
    def counts(self) -> RedlineCounts:
        """Words deleted, inserted and kept; white space counts for nothing."""
        words = {kind: sum(op.words for op in self.ops if op.kind == kind) for kind in _KINDS}
        return RedlineCounts(words["delete"], words["insert"], words["equal"])

    @property
    def is_unchanged(self) -> bool:
        """True when the texts hold the same words; only their white space may differ."""
        return all(op.kind == "equal" or op.is_whitespace for op in self.ops)

    def before_view(self) -> tuple[WordOp, ...]:
        """The old text for display: ``equal`` and ``delete`` runs, white space never marked."""
        return _merge(run for op in self.ops if op.kind != "insert" for run in _unmark_layout(op))

    def after_view(self) -> tuple[WordOp, ...]:
        """The new text for display: ``equal`` and ``insert`` runs, white space never marked."""
        return _merge(run for op in self.ops if op.kind != "delete" for run in _unmark_layout(op))

    def combined_view(self) -> tuple[WordOp, ...]:
        """One text showing both versions, laid out like the new one.

        A changed run of white space is not a change to show: its old form is dropped and its
        new form shown as shared text, so that a reader sees the new line breaks only.
        """
        kept: list[WordOp] = []
        for index, op in enumerate(self.ops):
            following = self.ops[index + 1] if index + 1 < len(self.ops) else None
            if op.kind == "delete" and following is not None and following.kind == "insert":
                op = _without_shared_layout(op, following)
            if op.kind == "insert":
                kept.extend(_unmark_layout(op))
            elif not (op.kind == "delete" and op.is_whitespace):
                kept.append(op)
        return _merge(kept)


def word_diff(before: str, after: str) -> Redline:
    """The word-level redline from ``before`` to ``after``.

    Words are compared exactly; white space between them is compared only to decide where
    the rebuilt texts need it. A replaced run of words becomes a ``delete`` then an ``insert``.
    """
    old, new = _Tokens.of(before), _Tokens.of(after)
    runs: list[WordOp] = list(_gap(old.leading, new.leading))
    for tag, i1, i2, j1, j2 in _absorb_small_equalities(_opcodes(old.words, new.words)):
        if tag == "equal":
            runs.extend(_equal_runs(old, new, i1, i2, j1, j2))
        else:
            runs.extend(_changed_runs(old, new, i1, i2, j1, j2))
    return Redline(ops=_canonical(runs))


_Opcode = tuple[str, int, int, int, int]


def _opcodes(old: Sequence[str], new: Sequence[str]) -> list[_Opcode]:
    """difflib's opcodes from ``old`` to ``new``, the shared head and tail matched first.

    SequenceMatcher takes time in proportion to the words times how often each recurs: an
    agreement that a Jaarplan appends to a thousand times would make each report entry slower
    than the one before. The shared head and tail cost one comparison a word.
    """
    shortest = min(len(old), len(new))
    head = 0
    while head < shortest and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < shortest - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    middle = difflib.SequenceMatcher(
        None, old[head : len(old) - tail], new[head : len(new) - tail], autojunk=False
    )
    opcodes: list[_Opcode] = [("equal", 0, head, 0, head)] if head else []
    opcodes += [
        (t, i1 + head, i2 + head, j1 + head, j2 + head)
        for t, i1, i2, j1, j2 in middle.get_opcodes()
    ]
    if tail:
        opcodes.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return opcodes


def _absorb_small_equalities(opcodes: Sequence[_Opcode]) -> list[_Opcode]:
    """Fold a short match between two larger changes into one replacement.

    A rewritten paragraph shares many small words with the old one ("of", "en", "aan de");
    marking each as unchanged chops the redline into pieces nobody can read. A run of equal
    words is absorbed when the changes on both sides of it are at least twice as long (counted
    in words, on the larger side of each change). One pass on the original changes only: letting
    merged changes absorb more would, step by step, swallow whole unchanged sentences.
    """
    absorbed = {
        index
        for index in range(1, len(opcodes) - 1)
        if opcodes[index][0] == "equal"
        and _much_smaller_than(opcodes[index], opcodes[index - 1])
        and _much_smaller_than(opcodes[index], opcodes[index + 1])
    }
    result: list[_Opcode] = []
    for index, opcode in enumerate(opcodes):
        if result and (index in absorbed or index - 1 in absorbed):
            _, i1, _, j1, _ = result.pop()
            opcode = ("replace", i1, opcode[2], j1, opcode[4])
        result.append(opcode)
    return result


def _much_smaller_than(equal: _Opcode, change: _Opcode) -> bool:
    _, i1, i2, j1, j2 = change
    return change[0] != "equal" and 2 * (equal[2] - equal[1]) <= max(i2 - i1, j2 - j1)


@dataclass(frozen=True, slots=True)
class _Tokens:
    """A text as its words, the white space before the first, and the white space after each."""

    leading: str
    words: tuple[str, ...]
    trailing: tuple[str, ...]
    """``trailing[k]`` is the white space between word ``k`` and word ``k + 1`` (or the end)."""

    @classmethod
    def of(cls, text: str) -> _Tokens:
        tokens = _TOKEN.findall(text)
        leading = tokens.pop(0) if tokens and tokens[0].isspace() else ""
        words: list[str] = []
        trailing: list[str] = []
        for token in tokens:
            if token.isspace():
                trailing[-1] = token
            else:
                words.append(token)
                trailing.append("")
        return cls(leading, tuple(words), tuple(trailing))

    def span(self, start: int, end: int) -> str:
        """Words ``start`` to ``end`` with the white space after each, as written."""
        return "".join(self.words[k] + self.trailing[k] for k in range(start, end))


def _gap(old: str, new: str) -> Iterator[WordOp]:
    """The same stretch of white space in both texts: shared when equal, else swapped."""
    if old == new:
        yield WordOp("equal", old)
    else:
        yield WordOp("delete", old)
        yield WordOp("insert", new)


def _equal_runs(old: _Tokens, new: _Tokens, i1: int, i2: int, j1: int, j2: int) -> Iterator[WordOp]:
    """Matching words, each with the white space after it (which may differ per side)."""
    start = i1  # words with the same white space after them on both sides go in one run
    for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
        if old.trailing[i] != new.trailing[j]:
            yield WordOp("equal", old.span(start, i) + old.words[i])
            yield from _gap(old.trailing[i], new.trailing[j])
            start = i + 1
    yield WordOp("equal", old.span(start, i2))


def _changed_runs(
    old: _Tokens, new: _Tokens, i1: int, i2: int, j1: int, j2: int
) -> Iterator[WordOp]:
    """Deleted and/or inserted words, each side with the white space after its words.

    When both sides end in the same white space it is shared, so that ``a b c`` to
    ``a x c`` reads ``a [-b-][+x+] c`` rather than ``a [-b -][+x +]c``.
    """
    deleted, inserted = old.span(i1, i2), new.span(j1, j2)
    shared = ""
    if i2 > i1 and j2 > j1 and old.trailing[i2 - 1] == new.trailing[j2 - 1]:
        shared = old.trailing[i2 - 1]
        deleted, inserted = (
            deleted[: len(deleted) - len(shared)],
            inserted[: len(inserted) - len(shared)],
        )
    yield WordOp("delete", deleted)
    yield WordOp("insert", inserted)
    yield WordOp("equal", shared)


def _canonical(runs: Iterable[WordOp]) -> tuple[WordOp, ...]:
    """Drop empty runs; between equal runs, gather all deletes, then all inserts."""
    result: list[WordOp] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            result.append(WordOp("delete", "".join(deleted)))
        if inserted:
            result.append(WordOp("insert", "".join(inserted)))
        deleted.clear()
        inserted.clear()

    for run in runs:
        if not run.text:
            continue
        if run.kind == "delete":
            deleted.append(run.text)
        elif run.kind == "insert":
            inserted.append(run.text)
        else:
            flush()
            result.append(run)
    flush()
    return _merge(result)


def _without_shared_layout(deleted: WordOp, inserted: WordOp) -> WordOp:
    """The deleted run without the white space at an end where the insert has its own.

    ``a\nb`` to ``a x`` deletes ``\nb`` and inserts `` x``: shown together, the old line
    break would split the line although the new text has none.
    """
    text = deleted.text
    if text[:1].isspace() and inserted.text[:1].isspace():
        text = text.lstrip()
    if text[-1:].isspace() and inserted.text[-1:].isspace():
        text = text.rstrip()
    return WordOp("delete", text)


def _unmark_layout(op: WordOp) -> Iterator[WordOp]:
    """A changed run with its line breaks and outer white space shown as unchanged text.

    Only for views of one side (or of the new text): there the white space is part of the
    text either way, and a mark around it (an underlined space, a struck-out blank line)
    only adds noise.
    """
    if op.kind == "equal":
        yield op
        return
    position = 0
    for words in _LINE_OF_WORDS.finditer(op.text):
        yield WordOp("equal", op.text[position : words.start()])
        yield WordOp(op.kind, words.group())
        position = words.end()
    yield WordOp("equal", op.text[position:])


def _merge(runs: Iterable[WordOp]) -> tuple[WordOp, ...]:
    """Join adjacent runs of one kind into one run."""
    # Pieces are joined once at the end: adding strings one by one is quadratic in a long run.
    merged: list[tuple[WordOpKind, list[str]]] = []
    for run in runs:
        if not run.text:
            continue
        if merged and merged[-1][0] == run.kind:
            merged[-1][1].append(run.text)
        else:
            merged.append((run.kind, [run.text]))
    return tuple(WordOp(kind, "".join(pieces)) for kind, pieces in merged)
