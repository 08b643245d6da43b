"""Warnings where a mistake would be signed: valid input that most likely says what nobody meant.

Each rule is one entry of :data:`LOUD_RULES` (part of ``rules.WARNING_RULES``): ``prestatie
check --strict``, CI and ``prestatie build --strict`` fail on them.

- W307: a ``delete`` of a whole agreement or section, or a ``replace`` of the whole body of a
  target with more than one block (without a new ``title:``), without ``whole: true``: a
  swapped digit in ``target:`` deletes another agreement, a forgotten ``old:`` rewrites all
  of one. The warning repeats the
  target's first words, so that the writer sees what goes.
- W308: a line inside a ``|`` or ``>`` text that starts with a field name (``reason:``): a field
  indented too far, now printed in the agreement.
- W309: `` #`` in an unquoted text: YAML reads the rest of the line as a comment and drops it.
- W310: two spaces at the end of a text line: Markdown makes a hard line break of them.
- W311: a ``label:`` that names another year than the Jaarplan's.
- W312: an adoption date after the deadline (15 December of the year before).
- W313: an adoption date that reads as another date day-first (``2024-05-12``: 12 May, or 5
  December?), when only the other reading falls in the adoption season.

The text rules read the lines as written (``Project.source_bytes``): YAML has already cut a
comment and folded the lines of a ``>`` text by the time a value reaches the model.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from .check_context import CheckContext
from .controls import normalise_line_ends
from .deadline import deadline_for
from .errors import Diagnostic, SourceLocation
from .messages import Text, t
from .model import AppliedChange, Change, Jaarplan

FIRST_WORDS = 8
"""How many of the target's first words a W307 warning repeats."""

FIELD_NAMES = (
    "op",
    "target",
    "label",
    "reason",
    "text",
    "old",
    "new",
    "after",
    "title",
    "chapter",
    "number",
    "id",
    "whole",
)
"""The fields of a change: a text line starting with one of them was meant as that field."""

_FIELD_LINE = re.compile(r"-?\s*({}):(\s|$)".format("|".join(FIELD_NAMES)))
TEXT_FIELDS = ("text", "old", "new", "after", "reason", "label", "title")
"""The fields of a change that hold text a writer types (and may mistype)."""
MARKDOWN_FIELDS = ("text", "new")
"""The fields whose text becomes Markdown blocks of an agreement."""
_MARKUP = re.compile(r"[*_`]+")
_HARD_BREAK = re.compile(r"\S {2,}$")
_YEAR = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")

ADOPTION_SEASON_START = (10, 1)
"""(month, day) in the year before Y from which a Jaarplan Y is usually adopted: the partners
adopt it in the fourth quarter (see :mod:`.deadline`), by 15 December."""


def _warning(code: str, location: SourceLocation, message: Text, hint: Text) -> Diagnostic:
    return Diagnostic(location, message, hint, severity="warning", code=code)


# --- W307: a whole target deleted or rewritten without `whole: true` ----------------------------


def whole_target_change(context: CheckContext) -> Iterator[Diagnostic]:
    """Every whole delete of an agreement or section, and every whole-body replace of a target
    of more than one block, that does not say ``whole: true``."""
    for applied in context.applied:
        change = applied.change
        if change.whole:
            continue
        words = _first_words(applied)
        name = applied.target.title
        if change.op == "delete" and change.text is None and applied.target.kind != "list":
            message = t("deletes all of {name} (“{words}”); meant?", name=name, words=words)
        elif _rewrites_body_only(change) and applied.before_parts > 1:
            message = t(
                "replaces all {count} blocks of {name} (“{words}”) by the new text; meant?",
                count=applied.before_parts,
                name=name,
                words=words,
            )
        else:
            continue
        hint = t(
            "add 'whole: true' to the change, or use 'text:'/'old:' for a part of it",
        )
        yield _warning("W307", change.where("target"), message, hint)


def _rewrites_body_only(change: Change) -> bool:
    """A ``replace`` with ``text:`` but neither ``old:`` nor a new ``title:``.

    A replace that gives a new title renames and rewrites the target: whole by intent (only a
    title cannot be replaced without its text). One without is what a forgotten ``old:`` makes.
    """
    return change.op == "replace" and change.old is None and change.title is None


def _first_words(applied: AppliedChange) -> str:
    """The first words of the target's text as a reader sees them: no title, no ``**``."""
    text = applied.before
    title = applied.target.title
    if title and text.startswith(title):
        text = text.removeprefix(title)
    words = _MARKUP.sub("", text).split()
    shown = " ".join(words[:FIRST_WORDS])
    return shown + " …" if len(words) > FIRST_WORDS else shown


# --- the lines as written -------------------------------------------------------------------------


Style = Literal["block", "quoted", "plain"]


@dataclass(frozen=True, slots=True)
class _Written:
    """A text field of a change, with the lines of its file."""

    change: Change
    name: str
    lines: tuple[str, ...]
    """Every line of the file, without line ends; ``lines[0]`` is line 1."""

    @property
    def key(self) -> SourceLocation:
        return self.change.where(self.name)

    @property
    def style(self) -> Style:
        """How the value is written after its ``name:``."""
        line = self.lines[self.key.line - 1] if 0 < self.key.line <= len(self.lines) else ""
        after = line[max(self.key.col - 1, 0) :].partition(":")[2].lstrip()
        if after[:1] in ("|", ">"):
            return "block"
        return "quoted" if after[:1] in ("'", '"') else "plain"

    def block_lines(self) -> Iterator[tuple[int, str]]:
        """(line number, line) of a block text, up to the first line indented less."""
        start = self.change.where_text(self.name).line
        written = [n for n in range(start, len(self.lines) + 1) if self.lines[n - 1].strip()]
        if not written:
            return
        indent = _indent(self.lines[written[0] - 1])  # the block's, set by its first line
        for number in range(start, len(self.lines) + 1):
            line = self.lines[number - 1]
            if line.strip() and _indent(line) < indent:
                return
            yield number, line

    def plain_lines(self) -> Iterator[tuple[int, str]]:
        """(line number, the value's part of the line) of a plain text: its first line and the
        lines that continue it (indented deeper than its key)."""
        start = self.change.where_text(self.name)
        if not 0 < start.line <= len(self.lines):
            return
        yield start.line, self.lines[start.line - 1][max(start.col - 1, 0) :]
        for number in range(start.line + 1, len(self.lines) + 1):
            line = self.lines[number - 1]
            if not line.strip() or _indent(line) < self.key.col:
                return
            yield number, line


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _written_texts(context: CheckContext, names: tuple[str, ...]) -> Iterator[_Written]:
    files = _source_lines(context.project.source_bytes)
    for jaarplan in context.project.jaarplannen:
        for change in jaarplan.changes:
            lines = files.get(change.location.path)
            if lines is None:
                continue
            for name in names:
                if getattr(change, name, None):
                    yield _Written(change, name, lines)


def _source_lines(sources: tuple[tuple[str, bytes], ...]) -> Mapping[str, tuple[str, ...]]:
    files = {}
    for path, raw in sources:
        if path.endswith((".yaml", ".yml")):
            text = normalise_line_ends(raw.decode("utf-8", errors="replace"))
            files[path] = tuple(text.split("\n"))
    return files


# --- W308: a field name at the start of a text line ---------------------------------------------


def field_in_text(context: CheckContext) -> Iterator[Diagnostic]:
    """A line of a block text that starts like a field: ``reason: …`` indented into ``text: |``."""
    for written in _written_texts(context, TEXT_FIELDS):
        if written.style != "block":
            continue
        for number, line in written.block_lines():
            found = _FIELD_LINE.match(line.strip())
            if found:
                yield _warning(
                    "W308",
                    written.key.at(number, len(line) - len(line.lstrip()) + 1),
                    t(
                        "this line of '{field}:' starts with '{name}:', and is printed as text",
                        field=written.name,
                        name=found.group(1),
                    ),
                    t(
                        "if '{name}:' is a field of the change, indent it like '{field}:'",
                        name=found.group(1),
                        field=written.name,
                    ),
                )


# --- W309: a comment that cut an unquoted text ---------------------------------------------------


def comment_in_text(context: CheckContext) -> Iterator[Diagnostic]:
    """`` #`` in a plain text: YAML drops the rest of the line as a comment."""
    for written in _written_texts(context, TEXT_FIELDS):
        if written.style != "plain":
            continue
        for number, line in written.plain_lines():
            at = _comment_start(line)
            if at < 0:
                continue
            offset = len(written.lines[number - 1]) - len(line)
            yield _warning(
                "W309",
                written.key.at(number, offset + at + 1),
                t(
                    "the text of '{field}:' stops at ' #': “{cut}” is left out as a comment",
                    field=written.name,
                    cut=line[at:].strip(),
                ),
                t(
                    "put the whole text between double quotes, or write it after '{field}: |' "
                    "on the next lines",
                    field=written.name,
                ),
            )
            break


def _comment_start(line: str) -> int:
    """Where a comment starts in a plain value's line (a ``#`` after white space), or -1."""
    found = re.search(r"[ \t]#", line)
    return found.start() + 1 if found else -1


# --- W310: a hard line break ----------------------------------------------------------------------


def hard_line_break(context: CheckContext) -> Iterator[Diagnostic]:
    """Two or more spaces at the end of a line that another line of the paragraph follows."""
    for written in _written_texts(context, MARKDOWN_FIELDS):
        if written.style != "block":
            continue
        lines = list(written.block_lines())
        for (number, line), (_, following) in itertools.pairwise(lines):
            if _HARD_BREAK.search(line) and following.strip():
                yield _warning(
                    "W310",
                    written.key.at(number, len(line.rstrip()) + 1),
                    t(
                        "this line of '{field}:' ends in two spaces: the text will break "
                        "to a new line here",
                        field=written.name,
                    ),
                    t("remove the spaces at the end of the line"),
                )


# --- W311: a label naming another year ------------------------------------------------------


def label_of_another_year(context: CheckContext) -> Iterator[Diagnostic]:
    for jaarplan in context.project.jaarplannen:
        for change in jaarplan.changes:
            others = [y for y in _YEAR.finditer(change.label) if int(y.group()) != jaarplan.year]
            if others:
                yield _warning(
                    "W311",
                    change.where("label"),
                    t(
                        "the label '{label}' names {named}, but this is the Jaarplan of {year}",
                        label=change.label,
                        named=others[0].group(),
                        year=jaarplan.year,
                    ),
                    t(
                        "correct the year in 'label:', or leave the label out: the default "
                        "names the right year"
                    ),
                )


# --- W312 and W313: the adoption date -----------------------------------------------------------


def adopted_after_deadline(context: CheckContext) -> Iterator[Diagnostic]:
    for jaarplan in context.project.jaarplannen:
        adopted = jaarplan.adopted
        deadline = deadline_for(jaarplan.year)
        if adopted is not None and adopted.date > deadline:
            yield _warning(
                "W312",
                adopted.location,
                t(
                    "{title} is adopted on {date}, after its deadline of {deadline}",
                    title=jaarplan.title,
                    date=spoken_date(adopted.date),
                    deadline=spoken_date(deadline),
                ),
                t(
                    "check the date: the Jaarplan of {year} is adopted by {deadline}",
                    year=jaarplan.year,
                    deadline=spoken_date(deadline),
                ),
            )


def ambiguous_date(context: CheckContext) -> Iterator[Diagnostic]:
    for jaarplan in context.project.jaarplannen:
        adopted = jaarplan.adopted
        if adopted is None:
            continue
        other = day_first(adopted.date)
        if other is None or in_season(adopted.date, jaarplan) or not in_season(other, jaarplan):
            continue
        yield _warning(
            "W313",
            adopted.location,
            t(
                "the adoption date {written} is {date}; or was {other} meant?",
                written=adopted.date.isoformat(),
                date=spoken_date(adopted.date),
                other=spoken_date(other),
            ),
            t(
                "dates are written year-month-day: {other} is {written}",
                other=spoken_date(other),
                written=other.isoformat(),
            ),
        )


def day_first(date: datetime.date) -> datetime.date | None:
    """The date with day and month swapped, when that is another date."""
    if date.day > 12 or date.day == date.month:
        return None
    return date.replace(month=date.day, day=date.month)


def in_season(date: datetime.date, jaarplan: Jaarplan) -> bool:
    """From 1 October of the year before the Jaarplan's up to its deadline."""
    deadline = deadline_for(jaarplan.year)
    return datetime.date(deadline.year, *ADOPTION_SEASON_START) <= date <= deadline


MONTHS: tuple[Text, ...] = (
    t("January"),
    t("February"),
    t("March"),
    t("April"),
    t("May"),
    t("June"),
    t("July"),
    t("August"),
    t("September"),
    t("October"),
    t("November"),
    t("December"),
)


def spoken_date(date: datetime.date) -> Text:
    """``7 December 2023``, ``7 december 2023``: a date as prose in the writer's language."""
    return t("{day} {month} {year}", day=date.day, month=MONTHS[date.month - 1], year=date.year)


LOUD_RULES = (
    whole_target_change,
    field_in_text,
    comment_in_text,
    hard_line_break,
    label_of_another_year,
    adopted_after_deadline,
    ambiguous_date,
)
"""W307 to W313."""
