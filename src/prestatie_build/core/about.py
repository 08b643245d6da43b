"""What an agreement says about itself: its type, who carries it out, when, and its tags.

Contract Part 2, "What an agreement says about itself". The front matter of an agreement or
section (and an ``add`` or ``set`` change) may give ``type`` (an id of ``document.yaml``'s
``types``), ``owners`` (party ids: "Wie"), ``due`` (a year, a date or a quarter: "Wanneer") and
``tags`` (free slugs). Every output shows them in one line under the heading, worded here so
that the document, the Jaarplan, the change report and ``show`` agree::

    Resultaatafspraak · Wie: Gemeente Heuvelstad, Heuvelwonen · Wanneer: 2e kwartaal 2025

An article without any of them shows nothing (Assen's outputs stay as they were).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from .dutch import dutch_date
from .errors import Diagnostic, SourceLocation
from .messages import Text, t
from .model import Article, Document, FieldChange
from .suggest import either, near_targets

ABOUT_FIELDS = ("type", "owners", "due", "tags")
"""The fields an article says about itself, besides its title, in the order they are shown."""

SEPARATOR = " · "
"""Between the parts of the line: a middle dot, as a reader scans it."""

OWNERS_WORD, DUE_WORD, TAGS_WORD, TYPE_WORD, TITLE_WORD = (
    "Wie",
    "Wanneer",
    "Trefwoorden",
    "Soort",
    "Titel",
)
"""How the line and a ``set``'s was/wordt name each field."""

_YEAR = re.compile(r"(?P<year>[12][0-9]{3})")
_QUARTER = re.compile(r"(?P<year>[12][0-9]{3})-Q(?P<quarter>[1-4])")
_DATE = re.compile(r"[12][0-9]{3}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True, slots=True)
class Due:
    """When an agreement is due, as written: a year, a quarter of a year, or a date."""

    year: int
    quarter: int | None = None
    date: datetime.date | None = None

    @property
    def last_day(self) -> datetime.date:
        """The last day it may be done on: for monitoring whether it is overdue."""
        if self.date is not None:
            return self.date
        if self.quarter is not None:
            month = self.quarter * 3
            following = datetime.date(self.year + (month == 12), month % 12 + 1, 1)
            return following - datetime.timedelta(days=1)
        return datetime.date(self.year, 12, 31)


def parse_due(written: str) -> Due | None:
    """``2025``, ``2025-Q2`` or ``2025-06-30`` read; None for anything else (``2025-02-30``
    too: a date the calendar lacks)."""
    if match := _YEAR.fullmatch(written):
        return Due(int(match["year"]))
    if match := _QUARTER.fullmatch(written):
        return Due(int(match["year"]), quarter=int(match["quarter"]))
    if _DATE.fullmatch(written):
        try:
            date = datetime.date.fromisoformat(written)
        except ValueError:
            return None
        return Due(date.year, date=date)
    return None


def dutch_due(written: str) -> str:
    """``2025``, ``2e kwartaal 2025`` or ``30 juni 2025``; what cannot be read, as written."""
    due = parse_due(written)
    if due is None:
        return written
    if due.date is not None:
        return dutch_date(due.date)
    if due.quarter is not None:
        return f"{due.quarter}e kwartaal {due.year}"
    return str(due.year)


# --- the line under the heading ---------------------------------------------------------------


def has_about(article: Article) -> bool:
    """Whether the article says anything about itself (besides its title)."""
    return bool(article.type or article.owners or article.due or article.tags)


def about_parts(article: Article, document: Document) -> tuple[str, ...]:
    """The parts of the line, each a reader's words: ``Resultaatafspraak``, ``Wie: ...``."""
    parts = []
    if article.type:
        parts.append(type_name(document, article.type))
    if article.owners:
        parts.append(f"{OWNERS_WORD}: {owner_names(document, article.owners)}")
    if article.due:
        parts.append(f"{DUE_WORD}: {dutch_due(article.due)}")
    if article.tags:
        parts.append(f"{TAGS_WORD}: {', '.join(article.tags)}")
    return tuple(parts)


def about_line(article: Article, document: Document) -> str:
    """The line under the heading; empty when the article says nothing about itself."""
    return SEPARATOR.join(about_parts(article, document))


def type_name(document: Document, type_id: str) -> str:
    """``Resultaatafspraak`` for ``resultaat``; an unknown id as written."""
    return next((kind.name for kind in document.types if kind.id == type_id), type_id)


def owner_names(document: Document, owners: Iterable[str]) -> str:
    """The parties' names, in the order the sources give them."""
    names = {party.id: party.name for party in document.parties}
    return ", ".join(names.get(owner, owner) for owner in owners)


def data_attributes(article: Article) -> tuple[tuple[str, str], ...]:
    """``data-`` attributes of the article element, for the site's filters; only those given."""
    values = (
        ("data-type", article.type),
        ("data-owners", " ".join(article.owners)),
        ("data-due", article.due),
        ("data-tags", " ".join(article.tags)),
    )
    return tuple((name, value) for name, value in values if value)


# --- a set's was / wordt, field by field ------------------------------------------------------


def field_changes(before: Article, after: Article, document: Document) -> tuple[FieldChange, ...]:
    """What changed in what the article says about itself (title included), in reading order."""
    shown = (
        (TITLE_WORD, lambda a: a.title),
        (TYPE_WORD, lambda a: type_name(document, a.type) if a.type else ""),
        (OWNERS_WORD, lambda a: owner_names(document, a.owners)),
        (DUE_WORD, lambda a: dutch_due(a.due) if a.due else ""),
        (TAGS_WORD, lambda a: ", ".join(a.tags)),
    )
    changes = (FieldChange(name, show(before), show(after)) for name, show in shown)
    return tuple(change for change in changes if change.before != change.after)


# --- checking the values ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AboutValues:
    """The values as written in one place (front matter or a change), with their locations."""

    type: str | None
    owners: Sequence[str] | None
    due: str | None
    where: Mapping[str, SourceLocation]
    """Where each field's value is written (each owner as ``owners/<index>``); a field not
    listed points at ``fallback``."""
    fallback: SourceLocation


def check_about(values: AboutValues, document: Document) -> list[Diagnostic]:
    """Every problem of the values: an unknown type or party, a ``due`` that is no year,
    quarter or date. Tags are free slugs: the schema checks them."""
    return [
        *_type_problems(values, document),
        *_owner_problems(values, document),
        *_due_problems(values),
    ]


def _where(values: AboutValues, field: str) -> SourceLocation:
    return values.where.get(field, values.fallback)


def _type_problems(values: AboutValues, document: Document) -> Iterator[Diagnostic]:
    if values.type is None:
        return
    ids = [kind.id for kind in document.types]
    if values.type in ids:
        return
    if not ids:
        hint: Text = t(
            "list the types in `types:` of agreements/document.yaml, e.g. "
            "`resultaat: Resultaatafspraak`"
        )
    else:
        hint = _near_hint(values.type, ids, {kind.name: kind.id for kind in document.types})
    yield Diagnostic(
        _where(values, "type"),
        t("unknown type '{type}'", type=values.type),
        hint,
        code="P171",
    )


def _owner_problems(values: AboutValues, document: Document) -> Iterator[Diagnostic]:
    """Each owner that is no party; the schema refuses a party named twice."""
    ids = [party.id for party in document.parties]
    names = {party.name: party.id for party in document.parties}
    for index, owner in enumerate(values.owners or ()):
        if owner not in ids:
            yield Diagnostic(
                values.where.get(f"owners/{index}", _where(values, "owners")),
                t("unknown party '{party}' in `owners`", party=owner),
                _near_hint(owner, ids, names),
                code="P172",
            )


def _near_hint(written: str, ids: Sequence[str], names: Mapping[str, str]) -> Text:
    """``did you mean 'heuvelwonen'?`` by id or by name; else every id."""
    by_name = [ident for name, ident in names.items() if _folded(name) == _folded(written)]
    close = by_name or near_targets(written, ids)
    if close:
        return t("did you mean {options}?", options=either(f"'{c}'" for c in close))
    return t("known ids: {ids}", ids=", ".join(ids))


def _folded(name: str) -> str:
    """A name as a writer may mistake it for an id: ``Seyster Veste`` -> ``seyster-veste``."""
    return "-".join(name.casefold().split())


def _due_problems(values: AboutValues) -> Iterator[Diagnostic]:
    """A ``due`` written right (the schema checks the form) but naming a day the calendar
    lacks: ``2025-02-30``, ``2025-13-01``."""
    if values.due is None or parse_due(values.due) is not None:
        return
    yield Diagnostic(
        _where(values, "due"),
        t("`due` is no date of the calendar: '{due}'", due=values.due),
        t("write a year (2025), a quarter (2025-Q2) or a date (2025-06-30)"),
        code="P173",
    )
