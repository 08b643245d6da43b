"""The review as plain text for a terminal: ``prestatie diff`` when it prints to one.

The Markdown comment is for GitHub; on a terminal its ``<details>`` and ``<del>`` tags are
noise. Here every year run gets a heading, every changed agreement a line naming it, and its
words a redline in the notation of ``git diff --word-diff``::

    2024-2025
    1 onderdeel verandert in elk van deze jaren.

    Afspraak 5 · Betaalbaarheid · #afspraak-5 · gewijzigd
      Was → wordt:
        ... in Assen circa [-3-]{+4+} jaar.

The tool's own words are in the chosen language; titles, labels and text are the document's.
White space stays where the texts have it (``huurwoningen). [-Dit ...-]``): a run is marked
around its words, never around the space before them.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Iterator

from ..core.messages import DEFAULT_LANGUAGE, Language, Text, t
from ..core.review import Review, YearDiff, year_runs, years_label
from ..core.targets import TargetRedline
from ..core.worddiff import WordOp

INDENT = "  "
MARKS = {"delete": ("[-", "-]"), "insert": ("{+", "+}")}
"""How a removed and an added run are marked: ``git diff --word-diff``'s notation."""
_EDGES = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)

TEXT_CHANGES: dict[str, Text] = {
    "unchanged": t("unchanged"),
    "new": t("new"),
    "removed": t("removed"),
    "changed": t("changed"),
    "rewritten": t("rewritten"),
}
"""What happened to a target's text, in a word of the chosen language."""


def render_review_text(review: Review, language: Language = DEFAULT_LANGUAGE) -> str:
    """The whole review as plain text, ending in one newline."""
    parts = ["\n".join(_header(review, language))]
    if review.is_unchanged:
        parts.append(t("The consolidated text does not change in any year.").render(language))
    else:
        for run in year_runs(review.years):
            parts.append(_run(run, language))
    return "\n\n".join(parts) + "\n"


def _header(review: Review, language: Language) -> Iterator[str]:
    yield " ".join(review.title.split())
    compared = t("Comparison of {base} with {head}.", base=review.base, head=review.head)
    yield compared.render(language)
    if not review.is_unchanged:
        yield t("[-removed text-] {{+added text+}}").render(language)


def _run(run: tuple[YearDiff, ...], language: Language) -> str:
    label = years_label(run) + (" (CONCEPT)" if run[0].is_concept else "")
    count = len(run[0].entries)
    if not count:
        return t("{years}: the consolidated text does not change.", years=label).render(language)
    summary = (
        t("{count} part changes", count=count)
        if count == 1
        else t("{count} parts change", count=count)
    )
    every = t(" in each of these years") if len(run) > 1 else None
    lines = [label, summary.render(language) + (every.render(language) if every else "") + "."]
    blocks = ["\n".join(lines)]
    blocks.extend(_entry(entry, language) for entry in run[0].entries)
    return "\n\n".join(blocks)


def _entry(entry: TargetRedline, language: Language) -> str:
    target = entry.target
    name = [target.title, target.chapter_title]
    if target.anchor:
        name.append(f"#{target.anchor}")
    name.append(TEXT_CHANGES[entry.text_change].render(language))
    return "\n".join([" · ".join(part for part in name if part), *_texts(entry, language)])


def _texts(entry: TargetRedline, language: Language) -> Iterator[str]:
    """Old and new apart when mostly rewritten, one text when the other is empty."""
    change = entry.text_change
    views: list[tuple[Text, Iterable[WordOp]]]
    if change == "new":
        views = [(t("After:"), [WordOp("equal", entry.after)])]
    elif change == "removed":
        views = [(t("Before:"), [WordOp("equal", entry.before)])]
    elif change == "unchanged":
        views = []
        yield INDENT + t("Only the line breaks changed.").render(language)
    elif change == "rewritten":
        views = [
            (t("Before:"), entry.redline.before_view()),
            (t("After:"), entry.redline.after_view()),
        ]
    else:
        views = [(t("Before and after:"), entry.redline.combined_view())]
    for heading, ops in views:
        yield INDENT + heading.render(language)
        yield from _paragraphs(marked(ops))


def marked(ops: Iterable[WordOp]) -> str:
    """The runs as one text, removed and added words in their marks, white space outside.

    The redline compares whole words, so a shared word and a changed one never touch in the
    source: where they touch here, the view dropped the space between them as layout (a
    sentence removed after "huurwoningen)."), and a space goes back so that they read apart.
    Removed and added words do touch: ``[-3-]{+4+}`` is one replacement.
    """
    pieces: list[str] = []
    previous: WordOp | None = None
    for op in ops:
        text = _marked(op)
        if previous is not None and _run_together(previous, op):
            text = " " + text
        pieces.append(text)
        previous = op
    return "".join(pieces)


def _marked(op: WordOp) -> str:
    if op.kind == "equal" or op.is_whitespace:
        return op.text
    opening, closing = MARKS[op.kind]
    match = _EDGES.match(op.text)
    assert match is not None  # the pattern matches every text
    before, words, after = match.groups()
    return f"{before}{opening}{words}{closing}{after}"


def _run_together(previous: WordOp, current: WordOp) -> bool:
    """A shared run and a changed one with no white space between them."""
    if (previous.kind == "equal") == (current.kind == "equal"):
        return False
    return (
        bool(previous.text)
        and bool(current.text)
        and not (previous.text[-1].isspace() or current.text[0].isspace())
    )


def _paragraphs(text: str, width: int = 96) -> Iterator[str]:
    """The text's lines indented under the heading; long lines wrapped, blank lines kept."""
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            yield ""
            continue
        yield from textwrap.wrap(
            line.strip(),
            width=width,
            initial_indent=INDENT * 2,
            subsequent_indent=INDENT * 2,
            break_long_words=False,
            break_on_hyphens=False,
        )
