"""Fragment matching as the contract defines it.

Both sides are compared after trimming and folding every run of white space
(newlines included) into one space. Matches are mapped back to positions in the
original text, so a change edits the Markdown source without reflowing the rest.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass

_WHITESPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Trim and fold every run of white space into one space."""
    return _WHITESPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class _Folded:
    text: str
    origin: tuple[int, ...]
    """For each character of ``text``, its index in the original string."""


def _fold_with_origin(text: str) -> _Folded:
    chars: list[str] = []
    origin: list[int] = []
    for match in re.finditer(r"\s+|\S+", text):
        if match.group().isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                origin.append(match.start())
            continue
        chars.extend(match.group())
        origin.extend(range(match.start(), match.end()))
    if chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    return _Folded("".join(chars), tuple(origin))


def find_spans(text: str, fragment: str) -> list[tuple[int, int]]:
    """Every (start, end) in ``text`` where ``fragment`` occurs, white space folded."""
    needle = fold(fragment)
    if not needle:
        return []
    folded = _fold_with_origin(text)
    spans = []
    start = folded.text.find(needle)
    while start != -1:
        end = start + len(needle) - 1
        spans.append((folded.origin[start], folded.origin[end] + 1))
        start = folded.text.find(needle, start + 1)
    return spans


def remove_span(text: str, start: int, end: int) -> str:
    """``text`` without ``text[start:end]``, leaving one space (or line break) at the join."""
    head, tail = text[:start], text[end:]
    if not head.strip():
        return tail.lstrip()
    if not tail.strip():
        return head.rstrip()
    head_stripped, tail_stripped = head.rstrip(), tail.lstrip()
    gap = head[len(head_stripped) :] + tail[: len(tail) - len(tail_stripped)]
    joiner = "\n" if "\n" in gap else " "
    return head_stripped + joiner + tail_stripped


def replace_span(text: str, start: int, end: int, replacement: str) -> str:
    if not replacement.strip():
        return remove_span(text, start, end)
    return text[:start] + replacement.strip() + text[end:]


def closest_passage(texts: list[str], fragment: str) -> str:
    """The passage of ``texts`` most like ``fragment``: a hint for a fragment that did not match."""
    needle_words = fold(fragment).split(" ")
    width = max(1, len(needle_words))
    best, best_score = "", 0.0
    for text in texts:
        words = fold(text).split(" ")
        for begin in _candidates(words, needle_words):
            window = " ".join(words[begin : begin + width])
            matcher = difflib.SequenceMatcher(None, window, " ".join(needle_words), autojunk=False)
            if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
                continue
            score = matcher.ratio()
            if score > best_score:
                best, best_score = window, score
    return best


EVERY_PASSAGE_UP_TO = 2000
"""A text with more passages than this has only ``LIKELIEST_PASSAGES`` of them compared."""
LIKELIEST_PASSAGES = 200
"""How many passages of a very long text are compared: those sharing the most words."""


def _candidates(words: list[str], needle: list[str]) -> list[int]:
    """Where the passages of ``words`` (as long as ``needle``) begin that are worth comparing.

    Every passage of a text of ordinary length; of a very long one (a 5 MB agreement has a
    million passages, a minute of comparing), those that share the most words with the needle,
    counted in one pass, in text order.
    """
    width = len(needle)
    count = max(1, len(words) - width + 1)
    if count <= EVERY_PASSAGE_UP_TO:
        return list(range(count))
    lowered = [word.lower() for word in words]
    wanted = Counter(word.lower() for word in needle)
    have, shared, scores = Counter[str](), 0, []
    for end, word in enumerate(lowered):
        shared += have[word] < wanted[word]
        have[word] += 1
        if end >= width:
            gone = lowered[end - width]
            have[gone] -= 1
            shared -= have[gone] < wanted[gone]
        if end >= width - 1:
            scores.append(shared)
    ranked = sorted(range(count), key=lambda begin: -scores[begin])
    return sorted(ranked[:LIKELIEST_PASSAGES])
