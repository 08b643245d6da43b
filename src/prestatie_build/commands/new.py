"""``prestatie new``: start the Jaarplan of a year from a template.

The template is a draft with no changes (so ``prestatie check`` passes at once), the schema
comment that lets an editor validate while you type, and a commented example of every op,
naming real targets of the document as it stands before that year. Writing is the only I/O:
the file is created next to its final name and linked into place, which fails when the file
exists, so an existing Jaarplan is never overwritten, not even by a race. The schemas the
comment names are copied into the project first (:mod:`.schemas`).
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from pathlib import Path

from ..core.blocks import is_agreement_number
from ..core.consolidation import consolidate
from ..core.errors import Diagnostic, SourceError, SourceLocation
from ..core.messages import DEFAULT_LANGUAGE, Language, t
from ..core.model import Document, check_year
from ..fs import create_file
from ..sources.load import load_project
from .schemas import SCHEMAS_FOLDER, install_schemas

JAARPLAN_SCHEMA = SCHEMAS_FOLDER / "jaarplan.schema.json"
"""The schema the new Jaarplan's first line names, inside the project."""


@dataclass(frozen=True, slots=True)
class NewJaarplan:
    """What ``prestatie new`` wrote."""

    path: Path
    kept_schemas: tuple[Path, ...]
    """Schema copies changed by hand, left as they were (not the tool's version)."""


@dataclass(frozen=True, slots=True)
class Examples:
    """Targets of the document that the commented examples name."""

    chapter: str
    agreement: str
    section: str
    next_number: str
    """A number that is free, for the ``add`` example."""


def new_jaarplan(root: Path, year: int, language: Language = DEFAULT_LANGUAGE) -> NewJaarplan:
    """Write ``amendments/<year>/jaarplan.yaml`` (and the schemas it names, into the project).

    Raises UsageError for a year outside the period, SourceError when the file exists or
    the sources before that year are broken, WriteError when the file system refuses.
    """
    path = root / "amendments" / str(year) / "jaarplan.yaml"
    shown = f"amendments/{year}/jaarplan.yaml"
    if path.exists():
        raise _exists(shown)
    project = load_project(root, up_to_year=year - 1)
    check_year(project, year)
    document = consolidate(project, year - 1).document
    schemas = install_schemas(root)
    text = jaarplan_template(document, year, schema_reference(root, year), language)
    if not create_file(path, text):
        raise _exists(shown)
    return NewJaarplan(path, schemas.kept)


def schema_reference(root: Path, year: int) -> str:
    """The project's copy of the Jaarplan schema, relative to the new file's folder: the
    same text wherever the project lives."""
    folder = root / "amendments" / str(year)
    return Path(os.path.relpath(root / JAARPLAN_SCHEMA, folder)).as_posix()


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
    taken = {a.order_number for a in document.articles() if a.order_number is not None}
    base = agreements[0].number if agreements else "1"
    free = _free_number_near(str(base), taken)
    return Examples(
        chapter=chapter,
        agreement=str(base),
        section=str(sections[0].id) if sections else "inleiding",
        next_number=free,
    )


def _free_number_near(base: str, taken: set[str]) -> str:
    """A number not in use next to ``base``: ``5a`` after 5, ``2.1.1a`` after 2.1.1, and
    ``A3.1`` after ``A3`` (whose first part takes no letter)."""
    stem = base.rstrip("abcdefghijklmnopqrstuvwxyz")
    lettered = (f"{stem}{letter}" for letter in "abcdefghijklmnopqrstuvwxyz")
    dotted = (f"{base}.{n}" for n in itertools.count(1))
    candidates = itertools.chain(lettered, dotted)
    return next(c for c in candidates if is_agreement_number(c) and c not in taken)


def jaarplan_template(
    document: Document, year: int, schema: str, language: Language = DEFAULT_LANGUAGE
) -> str:
    """The text of a new, empty draft Jaarplan for ``year`` with commented examples, its
    comments in ``language`` (the YAML itself is the same in both)."""
    e = examples_for(document)
    place = document.place or "Voorbeeldstad"
    party = document.parties[0].id if document.parties else "gemeente"
    parties = ", ".join(p.id for p in document.parties)
    values = {
        "year": year,
        "before": year - 1,
        "title": document.title,
        "place": place,
        "party": party,
        "parties": parties,
        "agreement": e.agreement,
        "section": e.section,
        "chapter": e.chapter,
        "next_number": e.next_number,
    }
    comments = {name: text.format(**values) for name, text in COMMENTS[language].items()}
    return SKELETON.format(schema=schema, c=comments, **values)


SKELETON = """\
# yaml-language-server: $schema={schema}
{c[intro]}
year: {year}
title: Jaarplan {year}
status: draft                          {c[status]}
# adopted: {{date: {before}-12-01, place: {place}}}   {c[adopted]}
# signing: digital                     {c[signing]}
# signatories:                         {c[signatories]}
#   - {{party: {party}, name: De heer A. Jansen, role: wethouder, signed: {before}-12-01}}
# introduction: |
#   {c[introduction]}

{c[changes]}
changes: []
#  - op: append                       {c[append]}
#    target: {agreement}
#    text: Een nieuwe alinea die aan afspraak {agreement} wordt toegevoegd.
#    reason: waarom deze aanvulling nodig is
#
#  - op: append                       {c[append_after]}
#    target: {agreement}
#    after: een stukje tekst uit de alinea waarna de nieuwe komt
#    text: De nieuwe alinea.
#
#  - op: replace                      {c[replace_old]}
#    target: {agreement}
#    old: de oude woorden
#    new: de nieuwe woorden
#
#  - op: replace                      {c[replace_whole]}
#    target: {section}
#    title: Nieuwe titel
#    text: |
#      De nieuwe tekst van het hele onderdeel.
#
#  - op: set                          {c[set]}
#    target: {agreement}
#    owners: [{party}]                 {c[owners]}
#    due: {year}-Q4                     {c[due]}
#
#  - op: delete                       {c[delete_text]}
#    target: {agreement}
#    text: de zin die vervalt.
#    reason: de afspraak is uitgevoerd
#
#  - op: delete                       {c[delete_whole]}
#    target: {agreement}
#    whole: true                      {c[whole]}
#
#  - op: add                          {c[add_agreement]}
#    chapter: {chapter}
#    number: {next_number}
#    text: De tekst van de nieuwe afspraak.
#
#  - op: add                          {c[add_section]}
#    chapter: {chapter}
#    id: nieuw-onderdeel
#    title: Nieuw onderdeel
#    after: {agreement}                  {c[add_after]}
#    text: De tekst van het nieuwe onderdeel.
#
#  - op: append                       {c[append_list]}
#    target: {chapter}/goals
#    text: Een nieuw doel voor dit hoofdstuk.
#
#  - op: append
#    target: documents
#    text: Naam van een onderliggend document {year}
"""
"""The new Jaarplan: YAML that is the same in every language, and the comments ``{c[...]}``."""

COMMENTS: dict[Language, dict[str, str]] = {
    "nl": {
        "intro": (
            '# Jaarplan {year}: de wijzigingen in "{title}" vanaf {year}.\n'
            "# Schrijf de wijzigingen onder 'changes:' en voer 'prestatie check' uit. Bekijk het\n"
            "# effect met 'prestatie diff --base main' of 'prestatie build --year {year}'. Hebben\n"
            "# alle partijen ondertekend? Zet dan 'status: adopted' en vul 'adopted:' in."
        ),
        "status": "# draft (concept) | adopted (vastgesteld)",
        "adopted": "# verplicht zodra vastgesteld",
        "signatories": "# partijen: {parties}",
        "signing": "# standaard `wet` (met inkt); `digital`: wie tekende, en wanneer (`signed`)",
        "introduction": "De eigen inleiding van het Jaarplan, in Markdown.",
        "changes": (
            "# De wijzigingen gelden in deze volgorde; elk voorbeeld hieronder noemt een echte\n"
            '# afspraak of een echt onderdeel van het document. Haal "[]" weg, haal het # weg bij\n'
            "# de voorbeelden die u nodig hebt en pas ze aan. Elke wijziging mag een 'label'\n"
            "# hebben"
            " (standaard: \"Aanvulling {year}\" enzovoort) en een 'reason' (de toelichting)."
        ),
        "append": "# nieuwe alinea('s) aan het eind van een afspraak",
        "append_after": "# ... of direct na de alinea met de tekst bij 'after:'",
        "replace_old": "# een paar woorden: de tekst bij 'old:' staat één keer in de afspraak",
        "replace_whole": "# de hele tekst (en titel) van een onderdeel",
        "set": "# wat een afspraak over zichzelf zegt: title, type, owners, due, tags",
        "owners": "# wie: partijen uit document.yaml",
        "due": "# wanneer: een jaar, kwartaal of datum",
        "delete_text": "# een zin of stuk tekst uit een afspraak",
        "delete_whole": '# de hele afspraak: "[Vervallen per {year}]"',
        "whole": "# bevestigt dat alles vervalt (check waarschuwt zonder)",
        "add_agreement": "# een nieuwe afspraak; een nummer wordt nooit opnieuw gebruikt",
        "add_section": (
            "# een nieuw onderdeel: 'id' (kleine letters, cijfers en streepjes) en 'title'"
        ),
        "add_after": "# mag: direct na dit nummer of onderdeel (anders vooraan)",
        "append_list": "# lijsten: '<hoofdstuk>/goals' (doelen) of 'documents'",
    },
    "en": {
        "intro": (
            '# Jaarplan {year}: the changes to "{title}" from {year} on.\n'
            "# Write the changes under 'changes:', run 'prestatie check', and review the effect\n"
            "# with 'prestatie diff --base main' or 'prestatie build --year {year}'. Once every\n"
            "# party has signed, set 'status: adopted' and fill in 'adopted:'."
        ),
        "status": "# draft | adopted",
        "adopted": "# required once adopted",
        "signatories": "# parties: {parties}",
        "signing": "# default `wet` (ink); `digital`: who signed, and when (`signed`)",
        "introduction": "The Jaarplan's own introduction, in Markdown.",
        "changes": (
            "# The changes apply in order; every example below names a real agreement or part of\n"
            '# the document. Remove "[]", then remove the # before the examples you need and\n'
            "# adapt them. Each change may have a 'label' (default: \"Aanvulling {year}\" and so\n"
            "# on) and a 'reason' (the toelichting)."
        ),
        "append": "# new paragraph(s) at the end of an agreement",
        "append_after": "# ... or right after the paragraph holding the text of 'after:'",
        "replace_old": "# a few words: the text of 'old:' occurs exactly once in the agreement",
        "replace_whole": "# the whole text (and title) of a section",
        "set": "# what an agreement says about itself: title, type, owners, due, tags",
        "owners": "# who: parties of document.yaml",
        "due": "# when: a year, a quarter or a date",
        "delete_text": "# a sentence or piece of text of an agreement",
        "delete_whole": '# the whole agreement: "[Vervallen per {year}]"',
        "whole": "# confirms that all of it goes (check warns without)",
        "add_agreement": "# a new agreement; numbers are never reused",
        "add_section": "# a new section: 'id' (lower-case letters, digits, hyphens) and 'title'",
        "add_after": "# optional: right after this number or section (else first)",
        "append_list": "# lists: '<chapter>/goals' or 'documents'",
    },
}
"""The template's comments in each language, with the template's fields."""
