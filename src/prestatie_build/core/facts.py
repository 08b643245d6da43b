"""Everything in the sources that can change an output, besides the agreements' text.

The review compares the consolidated text of every agreement, section and list. But a year's
outputs also show the document's title, place and period, the parties, the chapters' titles,
and of every Jaarplan applied that year its title, status, adoption, signatories, introduction
and each change as written (label and reason included). :func:`year_facts` lists those values
as readable lines, one group per thing, so that the review can compare them like texts.

The lines are made from the model's fields generically: a field added to the model later shows
in the review without a change here. Only where a value comes from (file and line) is left out,
and the parts that the review compares as texts of their own (agreements, goals, documents).
A project's templates change outputs too; :func:`file_facts` makes a fact of each file.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import SourceLocation
from .model import Document, Jaarplan, TargetRef
from .naming import article_name

LEFT_OUT = {
    "Document": frozenset({"chapters", "parties", "documents"}),
    "Party": frozenset(),
    "Chapter": frozenset({"goals", "articles"}),
    # What an article says about itself (type, owners, due, tags) is in its compared text:
    # one line under its title (see .about), in the words every output shows.
    "Article": frozenset(
        {
            "blocks",
            "history",
            "origin",
            "title_provenance",
            "deleted",
            "type",
            "owners",
            "due",
            "tags",
            "about_provenance",
        }
    ),
    "Jaarplan": frozenset({"changes", "status_location"}),
    "Change": frozenset(
        {"text", "old", "new", "after", "year", "whole", "field_locations", "text_locations"}
    ),
}
"""Per kind of thing, the fields its fact leaves out: those compared elsewhere.

A document's chapters, parties and lists, a chapter's goals and articles, an article's blocks:
each has a fact or a text of its own. An article's history and labels come from the changes,
whose facts carry them. A change's texts show in the consolidated text they change (and a
Jaarplan quotes the target's own words). Where a value was written (a ``SourceLocation``) is
never a fact: moving a line changes no output.
"""

FIELD_NAMES = {
    "title": "Titel",
    "place": "Plaats",
    "period": "Looptijd",
    "start": "Begin",
    "end": "Einde",
    "id": "Id",
    "name": "Naam",
    "representative": "Vertegenwoordiger",
    "role": "Rol",
    "designation": "Aanduiding",
    "mandate": "Mandaat",
    "office": "Functie",
    "goals_title": "Kop van de doelen",
    "year": "Jaar",
    "status": "Status",
    "adopted": "Vastgesteld",
    "date": "Datum",
    "signatories": "Ondertekenaars",
    "party": "Partij",
    "introduction": "Inleiding",
    "changes": "Wijzigingen",
    "files": "Bestanden",
    "op": "Soort",
    "label": "Label",
    "reason": "Toelichting",
    "target": "Doel",
    "chapter": "Hoofdstuk",
    "number": "Nummer",
    "text": "Tekst",
    "after": "Na",
    "old": "Oud",
    "new": "Nieuw",
    "types": "Soorten afspraken",
    "type": "Soort",
    "owners": "Wie",
    "due": "Wanneer",
    "tags": "Trefwoorden",
}
"""How the review names a field; a field not listed here shows by its own name."""


FACTS_CHAPTER = "Gegevens"
"""Where the review lists facts: they belong to no chapter of the document."""


@dataclass(frozen=True, slots=True)
class Fact:
    """A group of values that an output shows, as lines of ``Veld: waarde``."""

    target: TargetRef
    """Of kind ``metadata``; its key is ``document``, ``party/<id>``, ``chapter/<id>``,
    ``jaarplan/<year>``, ``template/<file>`` or ``source/<file>``; it has no anchor."""
    text: str


def fact(key: str, title: str, text: str) -> Fact:
    return Fact(TargetRef("metadata", key, title, "", FACTS_CHAPTER, ""), text)


def year_facts(document: Document, jaarplannen: Iterable[Jaarplan]) -> tuple[Fact, ...]:
    """The facts of one year: the document as it stands that year, its parties and chapters,
    and every Jaarplan applied, with each of its changes."""
    return (
        fact("document", "Documentgegevens", _lines(document)),
        *(fact(f"party/{p.id}", f"Partij {p.name}", _lines(p)) for p in document.parties),
        *(fact(f"chapter/{c.id}", f"Hoofdstuk {c.title}", _lines(c)) for c in document.chapters),
        *(fact_ for jaarplan in jaarplannen for fact_ in _jaarplan_facts(jaarplan)),
    )


ARTICLE_FACTS = "article/"
"""How the keys of the articles' facts begin."""


def article_facts(document: Document) -> tuple[Fact, ...]:
    """What each agreement and section says about itself besides its text: its number, id,
    title, chapter (and what Part 2 of the contract adds)."""
    return tuple(
        fact(f"{ARTICLE_FACTS}{a.key}", f"{article_name(a)} (gegevens)", _lines(a))
        for a in document.articles()
    )


def _jaarplan_facts(jaarplan: Jaarplan) -> Iterator[Fact]:
    key = f"jaarplan/{jaarplan.year}"
    yield fact(key, jaarplan.title, _lines(jaarplan))
    for number, change in enumerate(jaarplan.changes, start=1):
        title = f"{jaarplan.title}, wijziging {number} ({change.label})"
        yield fact(f"{key}/{number}", title, _lines(change))


def file_facts(kind: str, title: str, files: Iterable[tuple[str, bytes]]) -> tuple[Fact, ...]:
    """One fact per file: its text, or for a file that is not UTF-8 text its size and hash.

    ``kind`` prefixes the key (``template/report.html.j2``), ``title`` the name (``Sjabloon``).
    """
    return tuple(
        fact(f"{kind}/{name}", f"{title} {name}", _file_text(content)) for name, content in files
    )


def _file_text(content: bytes) -> str:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return f"{len(content)} bytes, sha256 {hashlib.sha256(content).hexdigest()}"


def _lines(value: object) -> str:
    return "\n".join(_field_lines(value, ""))


def _field_lines(value: object, indent: str) -> Iterator[str]:
    assert dataclasses.is_dataclass(value) and not isinstance(value, type)
    left_out = LEFT_OUT.get(type(value).__name__, frozenset())
    for field in dataclasses.fields(value):
        if field.name not in left_out:
            name = FIELD_NAMES.get(field.name, field.name)
            yield from _value_lines(name, getattr(value, field.name), indent)


def _value_lines(name: str, value: object, indent: str) -> Iterator[str]:
    if value is None or value == "" or value == () or isinstance(value, SourceLocation):
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield f"{indent}{name}:"
        yield from _field_lines(value, indent + "  ")
    elif isinstance(value, tuple):
        for index, item in enumerate(value, start=1):
            yield from _value_lines(f"{name} {index}", item, indent)
    elif isinstance(value, datetime.date):
        yield f"{indent}{name}: {value.isoformat()}"
    else:
        first, *rest = str(value).split("\n")
        yield f"{indent}{name}: {first}"
        yield from (f"{indent}  {line}" for line in rest)
