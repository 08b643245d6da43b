"""The review as GitHub-flavoured Markdown: one pull-request comment.

Per changed year a heading, then one collapsible ``<details>`` per agreement, section or list
with its word-level redline (drawn by :mod:`prestatie_build.render.redline_markdown`, as the
change report draws it: ``<del>`` and ``<ins>`` in a block quote). Runs of years whose text
does not change take one line. The comment starts with a hidden marker, so that a workflow can
find and update its own comment.

GitHub refuses comments longer than 65,536 characters, and the limit holds for the whole
comment: when the review is longer, the agreements that do not fit are left out (the years and
their counts stay) and a note says so; the title and revisions in the header are shortened to a
line; and should even the years not fit, the comment is the header and the note alone.

User text reaches GitHub inert: mentions, issue references and bare links in it are neutralised
(:func:`.markdown_safety.neutralise_references`, applied to every piece before it is measured).
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from ..core.dutch import dutch_period
from ..core.naming import LEGEND, TEXT_CHANGE_WORDS
from ..core.review import HEADING, Review, YearDiff, year_runs, years_label
from ..core.targets import TargetRedline
from .markdown_safety import neutralise_references
from .redline_markdown import code_span, escape_inline, redline_texts

COMMENT_MARKER = "<!-- prestatie-diff -->"
"""The first line of every review comment; the workflow updates the comment that has it."""
GITHUB_COMMENT_LIMIT = 65_536
"""The most characters GitHub accepts in one comment."""


def render_review_markdown(review: Review, *, limit: int = GITHUB_COMMENT_LIMIT) -> str:
    """The review as one Markdown comment of at most ``limit`` characters (``MINIMUM_LIMIT`` or
    more), with user text that mentions, references and links nothing."""
    if limit < MINIMUM_LIMIT:
        raise ValueError(f"a review comment needs room for {MINIMUM_LIMIT} characters")
    pieces = [(neutralise_references(text), optional) for text, optional in _pieces(review)]
    fixed = sum(len(text) for text, optional in pieces if not optional)
    if fixed + _NOTE_ROOM > limit:  # even without any agreement (a great many years)
        return pieces[0][0] + _too_long_note(limit)
    budget = limit - fixed - _NOTE_ROOM
    shown: list[str] = []
    left_out = 0
    for text, optional in pieces:
        if optional and (left_out or len(text) > budget):
            left_out += 1
            continue
        if optional:
            budget -= len(text)
        shown.append(text)
    if left_out:
        shown.append(_cut_note(left_out, limit))
    return "".join(shown)


_NOTE_ROOM = 400
"""Characters kept free for the note that says the comment was cut."""
LINE_LIMIT = 300
"""The most characters of a title or revision name the header shows: a line, not a text."""
MINIMUM_LIMIT = 5_000
"""Room for the longest header and a note: a title of ``LINE_LIMIT`` characters escaped to five
each (``&amp;``), two revision names in code spans of ``LINE_LIMIT`` backticks, under 4,000."""


def _cut_note(left_out: int, limit: int) -> str:
    noun = "onderdeel past" if left_out == 1 else "onderdelen passen"
    characters = f"{limit:,}".replace(",", ".")
    return (
        f"> [!NOTE]\n> Ingekort: {left_out} gewijzigde {noun} niet in één commentaar "
        f"(maximaal {characters} tekens). De volledige vergelijking staat in de HTML-versie "
        "bij de previews van deze pull request, of lokaal: `prestatie diff --format html`.\n"
    )


def _too_long_note(limit: int) -> str:
    characters = f"{limit:,}".replace(",", ".")
    return (
        f"> [!NOTE]\n> De vergelijking is te lang voor één commentaar (maximaal {characters} "
        "tekens). Ze staat in de HTML-versie bij de previews van deze pull request, of lokaal: "
        "`prestatie diff --format html`.\n"
    )


def _pieces(review: Review) -> Iterator[tuple[str, bool]]:
    """The comment in pieces, each with whether it may be left out for length."""
    yield _header(review), False
    if review.is_unchanged and review.years:
        first, last = review.years[0].year, review.years[-1].year
        years = str(first) if first == last else dutch_period(first, last)
        yield f"_De geconsolideerde tekst verandert in geen enkel jaar ({years})._\n", False
        return
    for run in year_runs(review.years):
        if run[0].is_unchanged:
            yield f"**{years_label(run)}:** de geconsolideerde tekst verandert niet.\n\n", False
        else:
            yield from _years(run)


def _header(review: Review) -> str:
    lines = [
        COMMENT_MARKER,
        f"## {HEADING}",
        "",
        f"**{escape_inline(shorten(review.title))}**<br>",
        f"Vergelijking van {code_span(shorten(review.base))} met "
        f"{code_span(shorten(review.head))}.",
        "",
    ]
    if not review.is_unchanged:
        lines += [f"_{escape_inline(LEGEND)}_", ""]
    return "\n".join(lines) + "\n"


def shorten(text: str, limit: int = LINE_LIMIT) -> str:
    """``text`` on one line, cut after a word to at most ``limit`` characters with an ellipsis."""
    folded = " ".join(text.split())
    if len(folded) <= limit:
        return folded
    cut = folded[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def _years(run: tuple[YearDiff, ...]) -> Iterator[tuple[str, bool]]:
    entries = run[0].entries
    noun = "onderdeel verandert" if len(entries) == 1 else "onderdelen veranderen"
    concept = " (CONCEPT)" if run[0].is_concept else ""
    every = " in elk van deze jaren" if len(run) > 1 else ""
    yield f"### {years_label(run)}{concept}\n\n{len(entries)} {noun}{every}.\n\n", False
    for entry in entries:
        yield _details(entry), True


def _details(entry: TargetRedline) -> str:
    target = entry.target
    anchor = f"<code>#{escape(target.anchor)}</code> · " if target.anchor else ""
    summary = (
        f"<b>{escape(target.title)}</b> · {escape(target.chapter_title)} · "
        f"{anchor}{TEXT_CHANGE_WORDS[entry.text_change]}"
    )
    body = "\n\n".join(redline_texts(entry))
    return f"<details>\n<summary>{summary}</summary>\n\n{body}\n\n</details>\n\n"
