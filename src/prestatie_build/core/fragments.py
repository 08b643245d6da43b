# ruff: noqa: RUF002 -- this module is about the characters that look alike
"""Fragment matching as the contract defines it, forgiving where print cannot tell apart.

Both sides are compared after trimming and folding every run of white space (newlines,
no-break and thin spaces included) into one space. Fragments are often copied from the signed
PDF, so characters that print the same compare equal too: every dash (``-`` ``‐`` ``‑`` ``–``
``—``, the minus sign) is one dash; the double quotes ``“ ” „ ‟ "`` are one quote and the single
quotes and apostrophes ``‘ ’ ‚ ‛ ' ʼ`` another; a soft hyphen and the zero-width characters count
for nothing; the ligatures ``ﬁ ﬂ ﬀ ﬃ ﬄ`` are their letters. A hyphen between two letters and
followed by white space in the *fragment* is a line end of the PDF: ``woning- corporaties``
matches ``woningcorporaties``, ``Noord-Holland`` and, as written, ``huur- en koopwoningen``.
The fragment must still occur exactly once: a fragment that matches twice only after this
folding is ambiguous like any other.

Matches are mapped back to positions in the original text, so a change edits the Markdown
source without reflowing the rest, and the target keeps its own characters (its en dashes and
curly quotes) everywhere the change does not replace.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from .messages import Message, Text, t

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DOUBLE_QUOTES = '"\u201c\u201d\u201e\u201f'
_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b\u02bc"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}

PRINTS_AS: Mapping[str, str] = {
    **dict.fromkeys(_DASHES[1:], "-"),
    **dict.fromkeys(_DOUBLE_QUOTES[1:], '"'),
    **dict.fromkeys(_SINGLE_QUOTES[1:], "'"),
    **dict.fromkeys(_INVISIBLE, ""),
    **_LIGATURES,
}
"""Each character that prints like another, and what it compares as ('' for nothing)."""

_TOKEN = re.compile(r"\s+|[%s]|[^\s%s]+" % ((re.escape("".join(PRINTS_AS)),) * 2))
"""A run of white space, one character of :data:`PRINTS_AS`, or a run of anything else."""

LINE_END_JOINS = ("- ", "-", "")
"""What a hyphen at a line end of the fragment may stand for in the target, in the order
tried: a hyphen before a space (``huur- en koop``), a hyphen (``Noord-Holland``), nothing
(``woningcorporaties``, hyphenated by the PDF)."""

_LINE_END_HYPHEN = re.compile(r"(?<=\w)- (?=\w)")


@dataclass(frozen=True, slots=True)
class _Folded:
    text: str
    origin: tuple[int, ...]
    """For each character of ``text``, its index in ``source``."""
    source: str


def _fold_with_origin(text: str, *, typographic: bool = True) -> _Folded:
    """``text`` folded as fragments are compared, remembering where each character came from.

    Without ``typographic`` only white space is folded: the text as a reader sees it on one line.
    """
    pieces: list[str] = []
    origin: list[int] = []
    space_at: int | None = None
    for match in _TOKEN.finditer(text):
        token, start = match.group(), match.start()
        if token[0].isspace():
            space_at = start if origin else None
            continue
        folded = PRINTS_AS.get(token, token) if typographic else token
        if not folded:
            continue
        if space_at is not None:
            pieces.append(" ")
            origin.append(space_at)
            space_at = None
        pieces.append(folded)
        if len(folded) == len(token):
            origin.extend(range(start, match.end()))
        else:  # a ligature: each of its letters comes from the one character
            origin.extend([start] * len(folded))
    return _Folded("".join(pieces), tuple(origin), text)


def fold(text: str) -> str:
    """``text`` as fragments are compared: trimmed, white space and look-alikes folded."""
    return _fold_with_origin(text).text


@dataclass(frozen=True, slots=True)
class _Needle:
    """A folded fragment, cut at its line-end hyphens (see :data:`LINE_END_JOINS`)."""

    pieces: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not "".join(self.pieces)

    def occurrences(self, haystack: str) -> list[tuple[int, int]]:
        """Every (start, end) of the needle in ``haystack``, overlapping ones included."""
        if len(self.pieces) == 1:
            return _literal_occurrences(haystack, self.pieces[0])
        pattern = _pattern(self.pieces)
        return [(m.start(1), m.end(1)) for m in pattern.finditer(haystack)]


def _needle(fragment: str) -> _Needle:
    return _Needle(tuple(_LINE_END_HYPHEN.split(fold(fragment))))


def _literal_occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    found = []
    start = haystack.find(needle)
    while start != -1:
        found.append((start, start + len(needle)))
        start = haystack.find(needle, start + 1)
    return found


@lru_cache(maxsize=256)
def _pattern(pieces: tuple[str, ...]) -> re.Pattern[str]:
    """The pieces joined by any of :data:`LINE_END_JOINS`, in a lookahead: overlaps count too."""
    joins = "(?:" + "|".join(re.escape(join) for join in LINE_END_JOINS) + ")"
    return re.compile("(?=(" + joins.join(re.escape(piece) for piece in pieces) + "))")


def find_spans(text: str, fragment: str) -> list[tuple[int, int]]:
    """Every (start, end) in ``text`` where ``fragment`` occurs, compared as :func:`fold` does."""
    needle = _needle(fragment)
    if needle.empty:
        return []
    folded = _fold_with_origin(text)
    return [
        (folded.origin[start], folded.origin[end - 1] + 1)
        for start, end in needle.occurrences(folded.text)
    ]


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


# --- a fragment across two blocks ------------------------------------------------------------

BLOCK_JOIN = "\n\n"
"""How blocks are joined to look for a fragment that crosses from one into the next."""


def spanned_texts(texts: list[str], fragment: str) -> tuple[int, int] | None:
    """(first, last) index of the texts that the one occurrence of ``fragment`` runs over,
    when it occurs only across texts joined as paragraphs; None otherwise."""
    ends, at = [], 0
    for text in texts:
        at += len(text)
        ends.append(at)
        at += len(BLOCK_JOIN)
    spans = find_spans(BLOCK_JOIN.join(texts), fragment)
    if len(spans) != 1:
        return None
    start, end = spans[0]
    first = next(i for i, stop in enumerate(ends) if start < stop)
    last = next(i for i, stop in enumerate(ends) if end <= stop)
    return (first, last) if last > first else None


FIRST_WORDS = 8
"""How many words name a block in a message: enough to find it, short enough for one line."""


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of ``text`` on one line, with "…" when there are more."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


# --- the hint for a fragment that does not match --------------------------------------------


@dataclass(frozen=True, slots=True)
class Passage:
    """The passage of a target most like a fragment that did not match."""

    text: str
    """As the target has it (its own dashes and quotes), white space folded."""
    differs_at: int
    """Where in ``text`` the fragment first differs (``len(text)`` when the fragment is longer)."""
    expected: str
    """The fragment's character there ('' when the fragment ended)."""

    def describe(self) -> Text:
        """A heading, the passage on a line of its own, then a line whose caret stands under
        the first difference.

        The passage has a line of its own so that the caret lines up in every language (the
        heading's length differs), when the hint is printed with its following lines indented
        as far as its first (see :meth:`..errors.Diagnostic.format`).
        """
        found = self.text[self.differs_at : self.differs_at + 1]
        return t(
            'closest passage:\n"{passage}"\n'
            "{caret}^ the passage has {found}, the fragment {expected}",
            passage=self.text,
            caret=" " * (1 + self.differs_at),
            found=_shown(found),
            expected=_shown(self.expected),
        )


def _shown(character: str) -> Message:
    """A character named so that even an invisible one can be told apart."""
    if not character:
        return t("nothing more")
    name = unicodedata.name(character, "")
    return f'"{character}" (U+{ord(character):04X}{" " + name if name else ""})'


def closest_passage(texts: list[str], fragment: str) -> Passage | None:
    """The passage of ``texts`` most like ``fragment``: a hint for a fragment that did not match.

    None when the texts have no words at all.
    """
    pieces = _needle(fragment)
    needle = "".join(pieces.pieces)  # a word the PDF broke at a line end is one word again
    needle_words = needle.split(" ")
    width = max(1, len(needle_words))
    best: tuple[float, _Folded, int, int] | None = None
    for folded in (_fold_with_origin(text) for text in texts):
        if not folded.text:
            continue
        words = folded.text.split(" ")
        starts = _word_starts(words)
        for begin in _candidates(words, needle_words):
            window = " ".join(words[begin : begin + width])
            matcher = difflib.SequenceMatcher(None, window, needle, autojunk=False)
            score = best[0] if best else -1.0
            if matcher.real_quick_ratio() <= score or matcher.quick_ratio() <= score:
                continue
            ratio = matcher.ratio()
            if ratio > score:
                best = (ratio, folded, starts[begin], starts[begin] + len(window))
    if best is None:
        return None
    _, folded, start, end = best
    return _passage(folded, start, end, pieces)


def _word_starts(words: list[str]) -> list[int]:
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word) + 1
    return starts


def _passage(folded: _Folded, start: int, end: int, needle: _Needle) -> Passage:
    """The window ``folded.text[start:end]`` in the target's own characters, and where it
    first differs from the needle."""
    first, last = folded.origin[start], folded.origin[end - 1] + 1
    plain = _fold_with_origin(folded.source[first:last], typographic=False)
    differs, expected = _first_difference(folded.text[start:end], needle)
    if differs >= end - start:
        return Passage(plain.text, len(plain.text), expected)
    at = folded.origin[start + differs] - first
    index = next((i for i, origin in enumerate(plain.origin) if origin >= at), len(plain.text))
    return Passage(plain.text, index, expected)


def _first_difference(window: str, needle: _Needle) -> tuple[int, str]:
    """(index in ``window``, the needle's character there) of the first difference; a line-end
    hyphen of the needle takes whichever of :data:`LINE_END_JOINS` the window has there."""
    at = 0
    for number, piece in enumerate(needle.pieces):
        if number:
            at += next((len(j) for j in LINE_END_JOINS if window.startswith(j + piece[:1], at)), 0)
        same = _common_prefix(window[at:], piece)
        if same < len(piece):
            return at + same, piece[same]
        at += same
    return at, ""


def _common_prefix(a: str, b: str) -> int:
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


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
