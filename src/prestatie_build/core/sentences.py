"""Dutch sentences in a Markdown block, as spans of its source.

``prestatie show --numbered`` numbers them and ``--copy`` prints one as a fragment, so a sentence
is always a piece of the block's Markdown *as written*: it matches as a fragment. A list is
split into its items first (without their markers), a heading loses its ``#``.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quote, bracket or ``**``
after it) followed by white space and a capital, a digit or an opening quote or bracket. It
does not end after an abbreviation (``o.a.``, ``bijv.``, ``nr.``, ``c.q.``: the list below, and
any word of single letters and dots such as ``B.V.``) or an initial (``De heer A. Jansen``).
"1.000" has no white space after its dot, and "t/m" no dot at all. When in doubt a sentence
runs on: a longer fragment still matches, a wrong split would only confuse.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    {
        "a.s",
        "art",
        "bijv",
        "blz",
        "bv",
        "c.q",
        "ca",
        "d.d",
        "d.w.z",
        "dhr",
        "dr",
        "drs",
        "e.a",
        "e.d",
        "enz",
        "etc",
        "evt",
        "excl",
        "i.c",
        "i.o.m",
        "i.p.v",
        "i.s.m",
        "ing",
        "ir",
        "incl",
        "jl",
        "jr",
        "m.b.t",
        "m.i.v",
        "m.n",
        "max",
        "mevr",
        "min",
        "mr",
        "n.a.v",
        "nl",
        "nr",
        "nrs",
        "o.a",
        "o.b.v",
        "ong",
        "pag",
        "prof",
        "resp",
        "sr",
        "st",
        "t.a.v",
        "t.b.v",
        "t.g.v",
        "t.o.v",
        "t.z.t",
        "tel",
        "vgl",
        "vs",
        "z.g.a.n",
        "z.s.m",
        "zgn",
    }
)
"""Dutch abbreviations (lower case, without their last dot) after which no sentence ends."""

_ITEM_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)]|#{1,6})[ \t]+", re.MULTILINE)
"""A list item's marker or a heading's ``#``s at the start of a line."""

_SENTENCE_END = re.compile(
    r"[.!?\u2026]+[)\]\"'\u201d\u2019\u00bb*_]*"  # the stop, then what closes around it
    r"(?=\s+[(\[\"'\u201c\u2018\u201e\u00ab*_]*[A-Z0-9\u00c0-\u00de])"  # a new sentence begins
)
_WORD_BEFORE = re.compile(r"[(\[\"'\u201c\u2018\u201e*_]*([^\s(\[\"'\u201c\u2018\u201e*_]+)$")
_LETTERS_AND_DOTS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")


def sentence_spans(block: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every sentence of ``block`` in reading order, white space trimmed."""
    spans: list[tuple[int, int]] = []
    for start, end in _units(block):
        spans.extend(_sentences_in(block, start, end))
    return tuple(spans)


def split_sentences(block: str) -> tuple[str, ...]:
    """The sentences of ``block`` as written in its source."""
    return tuple(block[start:end] for start, end in sentence_spans(block))


def _units(block: str) -> list[tuple[int, int]]:
    """The block's list items (without their markers), or the whole block."""
    markers = list(_ITEM_MARKER.finditer(block))
    if not markers or markers[0].start() != 0:
        return [(0, len(block))]
    bounds = [marker.end() for marker in markers]
    ends = [marker.start() for marker in markers[1:]] + [len(block)]
    return list(zip(bounds, ends, strict=True))


def _sentences_in(block: str, start: int, end: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    begin = start
    for stop in _SENTENCE_END.finditer(block, start, end):
        if _is_abbreviation(block[begin : stop.start()]):
            continue
        found.append(_trimmed(block, begin, stop.end()))
        begin = stop.end()
    found.append(_trimmed(block, begin, end))
    return [(a, b) for a, b in found if a < b]


def _is_abbreviation(text_before_stop: str) -> bool:
    """Whether the word before a dot makes it no sentence end."""
    match = _WORD_BEFORE.search(text_before_stop)
    if match is None:
        return False
    word = match.group(1)
    if word.lower() in ABBREVIATIONS:
        return True
    return _LETTERS_AND_DOTS.fullmatch(word) is not None and (len(word) == 1 or "." in word)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
