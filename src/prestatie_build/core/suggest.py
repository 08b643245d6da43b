"""Suggestions for near misses: what the writer probably meant.

A writer who types ``target: 51`` for 15 has swapped two digits, the most common slip with
numbers, so swaps come first and only then the numbers closest by edit distance (``51`` is one
edit from 5, 1 and 50, but meant 15). An unknown ``op:`` is often a word for the right op:
``change`` for ``replace``, ``remove`` for ``delete``, Dutch ``toevoegen`` for ``append`` or
``add``; a small table knows those, edit distance the typos (``replce``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .blocks import is_agreement_number
from .messages import Text, t
from .model import OPS, Op, number_sort_key

MAX_SUGGESTIONS = 3

OP_SYNONYMS: Mapping[str, tuple[Op, ...]] = {
    "change": ("replace",),
    "modify": ("replace",),
    "update": ("replace",),
    "edit": ("replace",),
    "wijzig": ("replace",),
    "wijzigen": ("replace",),
    "wijziging": ("replace",),
    "vervang": ("replace",),
    "vervangen": ("replace",),
    "remove": ("delete",),
    "drop": ("delete",),
    "verwijder": ("delete",),
    "verwijderen": ("delete",),
    "schrap": ("delete",),
    "schrappen": ("delete",),
    "vervallen": ("delete",),
    "insert": ("append", "add"),
    "extend": ("append",),
    "toevoegen": ("append", "add"),
    "voeg-toe": ("append", "add"),
    "aanvullen": ("append",),
    "aanvulling": ("append",),
    "new": ("add",),
    "create": ("add",),
    "nieuw": ("add",),
}
"""Words (English and Dutch) a writer uses for an op, and the ops they mean."""

OP_TYPO_DISTANCE = 2
"""An unknown op this many edits from a valid one is taken for a typo of it."""


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions, one each."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def swapped_digits(a: str, b: str) -> bool:
    """``b`` is ``a`` with two of its digits swapped (``51`` and ``15``, ``123`` and ``321``)."""
    if len(a) != len(b) or a == b:
        return False
    differing = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(differing) != 2:
        return False
    i, j = differing
    return a[i].isdigit() and a[j].isdigit() and a[i] == b[j] and a[j] == b[i]


def near_targets(target: str, candidates: Sequence[str]) -> list[str]:
    """The targets ``target`` was probably meant to be, likeliest first (at most three).

    For an agreement number: numbers with two digits swapped, then those one edit away, in
    number order. For a section or list: the closest names by edit distance.
    """
    if is_agreement_number(target):
        numbers = [c for c in candidates if is_agreement_number(c)]
        swaps = [n for n in numbers if swapped_digits(target, n)]
        close = sorted(
            (n for n in numbers if n not in swaps and edit_distance(target, n) == 1),
            key=number_sort_key,
        )
        return [*swaps, *close][:MAX_SUGGESTIONS]
    names = [c for c in candidates if not is_agreement_number(c)]
    allowed = max(1, len(target) // 3)
    scored = sorted((edit_distance(target, name), name) for name in names)
    return [name for distance, name in scored if distance <= allowed][:MAX_SUGGESTIONS]


def near_ops(written: str) -> list[Op]:
    """The ops an unknown ``op:`` value probably means: by synonym, else by typo."""
    word = written.strip().lower()
    if word in OP_SYNONYMS:
        return list(OP_SYNONYMS[word])
    scored = sorted((edit_distance(word, op), OPS.index(op), op) for op in OPS)
    return [op for distance, _, op in scored if distance <= OP_TYPO_DISTANCE][:1]


def op_hint(written: object) -> Text | str:
    """``did you mean `op: replace`?`` for an unknown op; empty when nothing is near."""
    ops = near_ops(str(written)) if isinstance(written, str | int) else []
    if not ops:
        return ""
    return t("did you mean {options}?", options=either(f"`op: {op}`" for op in ops))


def either(options: Iterable[str]) -> Text | str:
    """``'15'``, ``'15' or '5'``, ``'15', '5' or '1'``: alternatives, in the writer's
    language (each option as it is written in the sources)."""
    shown = list(options)
    if len(shown) <= 1:
        return "".join(shown)
    return t("{options} or {last}", options=", ".join(shown[:-1]), last=shown[-1])
