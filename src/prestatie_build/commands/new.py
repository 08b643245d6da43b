"""``prestatie new``: start the Jaarplan of a year from a template.

The template is a draft with no changes (so ``prestatie check`` passes at once), the schema
comment that lets an editor validate while you type, and a commented example of every op,
naming real targets of the document as it stands before that year. Writing is the only I/O:
the file is created next to its final name and linked into place, which fails when the file
exists, so an existing Jaarplan is never overwritten, not even by a race.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..core.consolidation import consolidate
from ..core.errors import Diagnostic, SourceError, SourceLocation
from ..core.messages import t
from ..core.model import Document, check_year
from ..fs import create_file
from ..sources.load import load_project

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schemas" / "jaarplan.schema.json"


@dataclass(frozen=True, slots=True)
class Examples:
    """Targets of the document that the commented examples name."""

    chapter: str
    agreement: str
    section: str
    next_number: str
    """A number that is free, for the ``add`` example."""


def new_jaarplan(root: Path, year: int) -> Path:
    """Write ``amendments/<year>/jaarplan.yaml`` and return its path.

    Raises UsageError for a year outside the period, SourceError when the file exists or
    the sources before that year are broken.
    """
    path = root / "amendments" / str(year) / "jaarplan.yaml"
    shown = f"amendments/{year}/jaarplan.yaml"
    if path.exists():
        raise _exists(shown)
    project = load_project(root, up_to_year=year - 1)
    check_year(project, year)
    document = consolidate(project, year - 1).document
    text = jaarplan_template(document, year, schema_reference(root, year))
    if not create_file(path, text):
        raise _exists(shown)
    return path


def schema_reference(root: Path, year: int) -> str:
    """The package's Jaarplan schema, relative to the new file's folder, for editors."""
    folder = root.resolve() / "amendments" / str(year)
    return Path(os.path.relpath(SCHEMA_FILE, folder)).as_posix()


def _exists(shown: str) -> SourceError:
    return SourceError(
        [
            Diagnostic(
                SourceLocation(shown, 1),
                t("{path} exists already; prestatie new never overwrites a Jaarplan", path=shown),
                hint=t("edit the file, or remove it first to start again"),
                code="P006",
            )
        ]
    )


def examples_for(document: Document) -> Examples:
    """Real targets to name in the examples, with placeholders for a document without them."""
    live = [a for a in document.articles() if a.deleted is None]
    agreements = [a for a in live if a.number is not None]
    sections = [a for a in live if a.number is None]
    chapter = agreements[0].chapter if agreements else document.chapters[0].id
    taken = {a.number for a in document.articles() if a.number is not None}
    base = agreements[0].number if agreements else "1"
    digits = str(base).rstrip("abcdefghijklmnopqrstuvwxyz")
    free = next(f"{digits}{s}" for s in "abcdefghijklmnopqrstuvwxyz" if f"{digits}{s}" not in taken)
    return Examples(
        chapter=chapter,
        agreement=str(base),
        section=str(sections[0].id) if sections else "inleiding",
        next_number=free,
    )


def jaarplan_template(document: Document, year: int, schema: str) -> str:
    """The text of a new, empty draft Jaarplan for ``year`` with commented examples."""
    e = examples_for(document)
    place = document.place or "Voorbeeldstad"
    party = document.parties[0].id if document.parties else "gemeente"
    parties = ", ".join(p.id for p in document.parties)
    return f"""\
# yaml-language-server: $schema={schema}
# Jaarplan {year}: the changes to "{document.title}" from {year} on.
# Write the changes under 'changes:', run 'prestatie check', and review the effect with
# 'prestatie diff --base main' or 'prestatie build --year {year}'. Once every party has
# signed, set 'status: adopted' and fill in 'adopted:'.
year: {year}
title: Jaarplan {year}
status: draft                          # draft | adopted
# adopted: {{date: {year - 1}-12-01, place: {place}}}   # required once adopted
# signatories:                         # party ids: {parties}
#   - {{party: {party}, name: De heer A. Jansen, role: wethouder}}
# introduction: |
#   The Jaarplan's own introduction, in Markdown.

# The changes apply in order; every example below names a real target of the document.
# Remove "[]", then uncomment and adapt the examples you need. Each change may have a
# 'label' (default: "Aanvulling {year}" and so on) and a 'reason' (the toelichting).
changes: []
#  - op: append                       # new block(s) at the end of an agreement
#    target: {e.agreement}
#    text: Een nieuwe alinea die aan afspraak {e.agreement} wordt toegevoegd.
#    reason: waarom deze aanvulling nodig is
#
#  - op: append                       # ... or right after the block holding a fragment
#    target: {e.agreement}
#    after: een stukje tekst uit de alinea waarna de nieuwe komt
#    text: De nieuwe alinea.
#
#  - op: replace                      # one fragment: 'old' must occur exactly once
#    target: {e.agreement}
#    old: de oude woorden
#    new: de nieuwe woorden
#
#  - op: replace                      # the whole text (and title) of a section
#    target: {e.section}
#    title: Nieuwe titel
#    text: |
#      De nieuwe tekst van de hele sectie.
#
#  - op: delete                       # a fragment of an agreement
#    target: {e.agreement}
#    text: de zin die vervalt.
#    reason: de afspraak is uitgevoerd
#
#  - op: delete                       # the whole agreement: "[Vervallen per {year}]"
#    target: {e.agreement}
#
#  - op: add                          # a new agreement; numbers are never reused
#    chapter: {e.chapter}
#    number: {e.next_number}
#    text: De tekst van de nieuwe afspraak.
#
#  - op: add                          # a new section: 'id' and 'title'
#    chapter: {e.chapter}
#    id: nieuwe-sectie
#    title: Nieuwe sectie
#    text: De tekst van de nieuwe sectie.
#
#  - op: append                       # lists: '<chapter-id>/goals' or 'documents'
#    target: {e.chapter}/goals
#    text: Een nieuw doel voor dit hoofdstuk.
#
#  - op: append
#    target: documents
#    text: Naam van een onderliggend document {year}
"""
