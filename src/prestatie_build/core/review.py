"""What a change to the sources does to the outputs of each year.

Two projects (the sources at a base and a head revision) are each consolidated for every
year asked; per year, every agreement, section and list whose text differs is compared word
by word. A correction in ``agreements/`` therefore shows in every year, and a change in
``amendments/2025/`` only from 2025 on. The renderers in ``render/review_*.py`` turn the
result into Markdown (a pull-request comment), HTML and JSON.

What the parties sign is more than the agreements' text, and a reviewer must see all of it
(contract Part 2, "Guarantees"): the document's title and parties, chapter titles, every
applied Jaarplan's status, adoption, signatories, introduction, labels and reasons, and the
project's templates are compared too, as the facts of :mod:`.facts`. A change of a source file
that alters none of these (a comment, the layout of the YAML) still changes the PDFs, which
carry their sources: it shows as that file's own redline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from .consolidation import article_text, fold_changes, list_text
from .errors import SourceError
from .facts import ARTICLE_FACTS, article_facts, file_facts, year_facts
from .model import (
    Article,
    Document,
    Jaarplan,
    NumberKey,
    Project,
    TargetRef,
    number_sort_key,
)
from .naming import deleted_label
from .targets import DOCUMENTS_REF, TargetRedline, article_ref, goals_ref
from .worddiff import word_diff

HEADING = "Effect op de geconsolideerde tekst"
"""What the review is called, in every format."""

FACTS_ORDER = 1_000_000
"""Facts come after every chapter of the document (and its appendix) in the review."""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of the comparison: which sources, and how to name them."""

    name: str
    """What the user named: ``origin/main``, ``HEAD`` or ``werkmap`` (the working tree)."""
    commit: str
    """The abbreviated commit; empty for the working tree."""
    project: Project
    templates: tuple[tuple[str, bytes], ...] = ()
    """The project's own ``templates/`` files (path inside it, content): they shape outputs."""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.commit})" if self.commit else self.name


TextOrder = tuple[int, int, int, NumberKey]
"""A text's place in the document: chapter, sections before agreements, then a section's
index or an agreement's number."""


@dataclass(frozen=True, slots=True)
class TargetText:
    """An agreement, section or list as one year's consolidated document shows it."""

    target: TargetRef
    text: str
    order: TextOrder
    """Its place in the document, to list changes in reading order."""


@dataclass(frozen=True, slots=True)
class YearDiff:
    year: int
    entries: tuple[TargetRedline, ...]
    """In document order; empty when the year's text does not change. Never ``unchanged``
    (see :attr:`Redline.text_change`): a review holds only targets whose words differ."""
    is_concept: bool = False
    """The head's document of this year applies a draft Jaarplan."""

    @property
    def is_unchanged(self) -> bool:
        return not self.entries


@dataclass(frozen=True, slots=True)
class Review:
    """The effect of head's sources compared with base's, year by year."""

    title: str
    """The head document's title."""
    base: str
    """How to name the base: ``origin/main (1a2b3c4d5e)``."""
    head: str
    years: tuple[YearDiff, ...]

    @property
    def is_unchanged(self) -> bool:
        return all(year.is_unchanged for year in self.years)

    @property
    def entry_count(self) -> int:
        return sum(len(year.entries) for year in self.years)


def review_sides(base: Side, head: Side, years: Sequence[int]) -> Review:
    """Compare the consolidated texts of base and head in each of ``years``.

    Raises SourceError when either side's sources cannot be consolidated.
    """
    chosen = sorted(set(years))
    base_documents = consolidated_by_year(base.project, chosen)
    head_documents = consolidated_by_year(head.project, chosen)
    return Review(
        title=head.project.document.title,
        base=base.label,
        head=head.label,
        years=tuple(
            YearDiff(
                year,
                _compare_year(base, head, year, (base_documents[year], head_documents[year])),
                is_concept=any(j.is_draft for j in head.project.jaarplannen if j.year <= year),
            )
            for year in chosen
        ),
    )


def review_years(side: Side, from_year: int, to_year: int) -> Review:
    """The document of ``to_year`` compared with that of ``from_year``, both from one side's
    sources: what every Jaarplan after ``from_year`` up to ``to_year`` did, in the review's form.

    The result has one year, ``to_year``; its base and head are named by their years. Raises
    SourceError when the sources cannot be consolidated.
    """
    documents = consolidated_by_year(side.project, [from_year, to_year])
    entries = _compare(
        _year_texts(side, from_year, documents[from_year]),
        _year_texts(side, to_year, documents[to_year]),
    )
    drafts = any(j.is_draft for j in side.project.jaarplannen if j.year <= to_year)
    return Review(
        title=side.project.document.title,
        base=str(from_year),
        head=str(to_year),
        years=(YearDiff(to_year, entries, is_concept=drafts),),
    )


def _compare_year(
    base: Side, head: Side, year: int, documents: tuple[Document, Document]
) -> tuple[TargetRedline, ...]:
    """Every text and fact of ``year`` that differs; else the source files that differ."""
    entries = _compare(_year_texts(base, year, documents[0]), _year_texts(head, year, documents[1]))
    if entries:
        return entries
    return _compare(_source_texts(base, year), _source_texts(head, year))


def _year_texts(side: Side, year: int, document: Document) -> Iterator[TargetText]:
    """The targets' texts of the document as it stands in ``year``, then the facts."""
    yield from target_texts(document)
    applied = [jaarplan for jaarplan in side.project.jaarplannen if jaarplan.year <= year]
    facts = (
        *article_facts(document),
        *year_facts(document, applied),
        *file_facts("template", "Sjabloon", side.templates),
    )
    for index, fact in enumerate(facts):
        yield TargetText(fact.target, fact.text, (FACTS_ORDER, 0, index, ()))


def _source_texts(side: Side, year: int) -> Iterator[TargetText]:
    """The source files that a build of ``year`` reads, each as a fact; then the images the
    outputs embed (a new picture under the same name changes every output that shows it)."""
    read = [(name, content) for name, content in side.project.source_bytes if _read_in(name, year)]
    images = [
        (image.path, image.data) for image in side.project.images if _read_in(image.path, year)
    ]
    facts = (*file_facts("source", "Bronbestand", read), *file_facts("image", "Afbeelding", images))
    for index, fact in enumerate(facts):
        yield TargetText(fact.target, fact.text, (FACTS_ORDER, 1, index, ()))


def _read_in(name: str, year: int) -> bool:
    """Whether a build of ``year`` reads the source file ``name``."""
    folder, _, rest = name.partition("/")
    if folder != "amendments":
        return True
    amended = rest.partition("/")[0]
    return not amended.isdigit() or int(amended) <= year


def consolidated_by_year(project: Project, years: Sequence[int]) -> dict[int, Document]:
    """The document of each year; one cumulative fold, since year Y builds on year Y - 1."""
    documents: dict[int, Document] = {}
    document = project.document
    previous: int | None = None
    for year in sorted(years):
        step = [j for j in project.jaarplannen if _in_step(j, previous, year)]
        document, _, problems = fold_changes(document, step)
        if problems:
            raise SourceError(problems)
        documents[year] = document
        previous = year
    return documents


def _in_step(jaarplan: Jaarplan, previous: int | None, year: int) -> bool:
    return (previous is None or jaarplan.year > previous) and jaarplan.year <= year


def _compare(base: Iterable[TargetText], head: Iterable[TargetText]) -> tuple[TargetRedline, ...]:
    """Every text that differs between the two sides, in the head's order."""
    before = {shown.target.key: shown for shown in base}
    after = {shown.target.key: shown for shown in head}
    for key in {*before, *after} - (before.keys() & after.keys()):
        if key.startswith(ARTICLE_FACTS):
            # A new or removed agreement shows by its text; its facts would say it twice.
            before.pop(key, None)
            after.pop(key, None)
    diffs = []
    for key in [*after, *(key for key in before if key not in after)]:
        old, new = before.get(key), after.get(key)
        shown = new or old
        assert shown is not None
        old_text, new_text = (old.text if old else ""), (new.text if new else "")
        if old_text == new_text:
            continue  # most targets: no word diff needed (it is the costly part)
        redline = word_diff(old_text, new_text)
        if redline.is_unchanged:
            continue
        diffs.append((shown.order, TargetRedline(shown.target, old_text, new_text, redline)))
    diffs.sort(key=lambda found: found[0])
    return tuple(entry for _, entry in diffs)


def target_texts(document: Document) -> Iterator[TargetText]:
    """Every agreement, section and list of the document with its consolidated text.

    A deleted agreement reads ``[Vervallen per 2025]``, as in the document; a deleted section
    shows as removed. An empty list has no text.
    """
    for position, chapter in enumerate(document.chapters):
        if chapter.goals:
            yield TargetText(goals_ref(chapter), list_text(chapter.goals), (position, 0, 0, ()))
        for index, article in enumerate(chapter.articles):
            text = consolidated_article_text(article, document)
            if text:
                yield TargetText(
                    article_ref(article, chapter), text, _order(article, position, index)
                )
    if document.documents:
        order: TextOrder = (len(document.chapters), 0, 0, ())
        yield TargetText(DOCUMENTS_REF, list_text(document.documents), order)


def consolidated_article_text(article: Article, document: Document) -> str:
    if article.deleted is None:
        return article_text(article, document)
    return deleted_label(article) if article.is_agreement else ""


def _order(article: Article, position: int, index: int) -> TextOrder:
    if article.number is None:
        return (position, 1, index, ())
    # Agreements by number, so that one the base has and the head lacks sorts into place.
    return (position, 2, 0, number_sort_key(article.number))


def changed_years(result: Review) -> tuple[int, ...]:
    """The years whose consolidated text the change touches."""
    return tuple(year.year for year in result.years if not year.is_unchanged)


def year_runs(years: Iterable[YearDiff]) -> Iterator[tuple[YearDiff, ...]]:
    """The years in runs of consecutive years on which the change has the same effect.

    A correction in ``agreements/`` changes every year alike: shown once under ``2022-2025``
    rather than four times. Unchanged years form runs too.
    """
    run: list[YearDiff] = []
    for year in years:
        if run and (run[-1].year != year.year - 1 or _effect(run[-1]) != _effect(year)):
            yield tuple(run)
            run = []
        run.append(year)
    if run:
        yield tuple(run)


def _effect(year: YearDiff) -> tuple[object, ...]:
    texts = tuple((entry.target.key, entry.before, entry.after) for entry in year.entries)
    return (year.is_concept, texts)


def years_label(run: Sequence[YearDiff]) -> str:
    """``2024`` or ``2022-2025`` (with an en dash, as Dutch typesetting writes a range)."""
    first, last = run[0].year, run[-1].year
    return str(first) if first == last else f"{first}\u2013{last}"
