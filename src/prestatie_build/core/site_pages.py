"""What the published site shows beyond each version's outputs: a page per agreement with its
whole history, a comparison per pair of versions, the records of the search index, and the
choices of the consolidated page's filters.

Pure: everything is computed from the documents of the published versions (one cumulative fold,
see :func:`.review.consolidated_by_year`) and the changes the Jaarplannen applied.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise

from .about import type_name
from .consolidation import fold_changes
from .errors import SourceError
from .model import (
    AppliedChange,
    Article,
    Chapter,
    Document,
    Jaarplan,
    Project,
    chapter_anchor,
    number_sort_key,
)
from .naming import article_name
from .review import TargetText, consolidated_article_text, consolidated_by_year, target_texts
from .richtext import MARKS, layout_text
from .targets import TargetRedline, article_ref, target_redline

AGREEMENTS_FOLDER = "afspraken"
"""The folder of the agreement pages: one stable page per number, above the versions."""
COMPARE_FOLDER = "vergelijk"
"""The folder of the comparison pages, one per pair of published versions."""


@dataclass(frozen=True, slots=True)
class VersionPair:
    """Two published versions, the older first: what a comparison page compares."""

    from_year: int
    to_year: int

    @property
    def file(self) -> str:
        """``vergelijk/2022-2024.html``: its path inside the site."""
        return f"{COMPARE_FOLDER}/{self.from_year}-{self.to_year}.html"


def version_pairs(years: Iterable[int]) -> tuple[VersionPair, ...]:
    """Every pair of versions, the older first; by the newer year, then the older, newest first
    (what a reader most often asks: what changed since ...)."""
    pairs = (VersionPair(a, b) for a, b in combinations(sorted(set(years)), 2))
    return tuple(sorted(pairs, key=lambda pair: (-pair.to_year, -pair.from_year)))


# --- the agreement pages ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChangeNote:
    """A change of a Jaarplan that touched the agreement: which, how named, and why."""

    year: int
    jaarplan: str
    """The Jaarplan's title."""
    label: str
    reason: str


@dataclass(frozen=True, slots=True)
class AgreementVersion:
    """The agreement as one published version has it."""

    year: int
    heading: str
    """``Afspraak 13 Woningtoewijzing``, as the version names it."""
    text: str
    """Its consolidated text (Markdown); ``[Vervallen per 2024]`` once deleted."""
    deleted: bool


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """From one published version to the next: the redline and the changes that made it."""

    from_year: int
    to_year: int
    redline: TargetRedline | None
    """None when the text stayed the same."""
    changes: tuple[ChangeNote, ...]


@dataclass(frozen=True, slots=True)
class AgreementHistory:
    """An agreement in every published version: what the site's agreement page shows."""

    number: str
    anchor: str
    """``afspraak-13``: its anchor in each version's page."""
    heading: str
    """How the newest version that has it names it."""
    versions: tuple[AgreementVersion, ...]
    """Each published version that has it, in year order."""
    steps: tuple[HistoryStep, ...]
    """Between consecutive versions that have it."""

    @property
    def file(self) -> str:
        """``afspraken/afspraak-13.html``: one stable address for every version."""
        return f"{AGREEMENTS_FOLDER}/{self.anchor}.html"


@dataclass(frozen=True, slots=True)
class PublishedTexts:
    """The documents of the published versions and every change applied up to the newest."""

    documents: Mapping[int, Document]
    applied: tuple[AppliedChange, ...]
    jaarplannen: tuple[Jaarplan, ...]


def published_texts(project: Project, years: Sequence[int]) -> PublishedTexts:
    """The documents of ``years`` and the changes up to the last; SourceError when broken."""
    documents = consolidated_by_year(project, years)
    last = max(years)
    jaarplannen = tuple(j for j in project.jaarplannen if j.year <= last)
    _, applied, problems = fold_changes(project.document, jaarplannen)
    if problems:
        raise SourceError(problems)
    return PublishedTexts(documents, applied, jaarplannen)


def agreement_histories(texts: PublishedTexts) -> tuple[AgreementHistory, ...]:
    """Every agreement that any published version has, by number."""
    found: dict[str, list[tuple[int, Article, Document]]] = {}
    for year, document in sorted(texts.documents.items()):
        for article in document.articles():
            if article.number is not None:
                found.setdefault(article.number, []).append((year, article, document))
    titles = {jaarplan.year: jaarplan.title for jaarplan in texts.jaarplannen}
    return tuple(
        _history(number, found[number], texts.applied, titles)
        for number in sorted(found, key=number_sort_key)
    )


def _history(
    number: str,
    versions: list[tuple[int, Article, Document]],
    applied: tuple[AppliedChange, ...],
    titles: Mapping[int, str],
) -> AgreementHistory:
    shown = tuple(
        AgreementVersion(
            year,
            article_name(article),
            consolidated_article_text(article, document),
            bool(article.deleted),
        )
        for year, article, document in versions
    )
    ref = article_ref(versions[-1][1], _chapter_of(versions[-1][1], versions[-1][2]))
    steps = tuple(
        HistoryStep(
            before.year,
            after.year,
            None if before.text == after.text else target_redline(ref, before.text, after.text),
            tuple(
                ChangeNote(
                    a.change.year, titles.get(a.change.year, ""), a.change.label, a.change.reason
                )
                for a in applied
                if a.target.key == number and before.year < a.change.year <= after.year
            ),
        )
        for before, after in pairwise(shown)
    )
    return AgreementHistory(number, ref.anchor, shown[-1].heading, shown, steps)


def _chapter_of(article: Article, document: Document) -> Chapter:
    return next(chapter for chapter in document.chapters if chapter.id == article.chapter)


# --- the search index -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchRecord:
    """One agreement, section or list of one version, as the search index holds it."""

    url: str
    """``2024/index.html#afspraak-17``: where a result leads, inside the site."""
    title: str
    text: str
    """Its words as a reader sees them, without structure marks."""
    year: int
    chapter: str
    """Its chapter's title (empty for the documents list)."""


_MARK = re.compile(f"[{MARKS}]")


def search_records(documents: Mapping[int, Document], page: str) -> tuple[SearchRecord, ...]:
    """Every target of every version; ``page`` is each version's page in its folder."""
    return tuple(
        _record(year, shown, page)
        for year, document in sorted(documents.items())
        for shown in target_texts(document)
    )


def _record(year: int, shown: TargetText, page: str) -> SearchRecord:
    target = shown.target
    text = _MARK.sub(" ", layout_text(shown.text))
    url = f"{year}/{page}#{target.anchor}"
    return SearchRecord(url, target.title, text, year, target.chapter_title)


# --- the filters of the consolidated page -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class FilterChoice:
    value: str
    """What the article's ``data-`` attribute holds."""
    label: str
    """What the reader sees."""


@dataclass(frozen=True, slots=True)
class FilterOptions:
    """The choices of each filter; a filter with no choices is not shown."""

    owners: tuple[FilterChoice, ...]
    types: tuple[FilterChoice, ...]
    chapters: tuple[FilterChoice, ...]
    tags: tuple[FilterChoice, ...]
    changed: tuple[FilterChoice, ...]


def changed_years(applied: Iterable[AppliedChange], year: int) -> dict[str, tuple[int, ...]]:
    """Per target key, the years (up to ``year``) whose Jaarplan changed it."""
    years: dict[str, set[int]] = {}
    for change in applied:
        if change.change.year <= year:
            years.setdefault(change.target.key, set()).add(change.change.year)
    return {key: tuple(sorted(found)) for key, found in years.items()}


def filter_options(document: Document, changed: Mapping[str, tuple[int, ...]]) -> FilterOptions:
    """The choices the page's articles give: only values that some agreement has."""
    articles = [a for a in document.articles() if a.is_agreement and a.deleted is None]
    owners = {owner for article in articles for owner in article.owners}
    types = {article.type for article in articles if article.type}
    tags = {tag for article in articles for tag in article.tags}
    years = {year for article in articles for year in changed.get(article.key, ())}
    holding = _chapters_holding(document, {article.chapter for article in articles})
    return FilterOptions(
        owners=tuple(FilterChoice(p.id, p.name) for p in document.parties if p.id in owners),
        types=tuple(FilterChoice(t, type_name(document, t)) for t in sorted(types)),
        chapters=tuple(
            FilterChoice(chapter_anchor(chapter.id), chapter.title)
            for chapter in document.chapters
            if chapter.id in holding
        ),
        tags=tuple(FilterChoice(tag, tag.replace("-", " ")) for tag in sorted(tags)),
        changed=tuple(FilterChoice(str(y), str(y)) for y in sorted(years, reverse=True)),
    )


def _chapters_holding(document: Document, direct: set[str]) -> set[str]:
    """The chapters that hold one of ``direct``, or a chapter inside one (chapters in levels)."""
    parents = {chapter.id: chapter.parent for chapter in document.chapters}
    holding: set[str] = set()
    for chapter in direct:
        while chapter and chapter not in holding:
            holding.add(chapter)
            chapter = parents.get(chapter, "")
    return holding


# --- the consolidated page on the site --------------------------------------------------------

FILTER_FIELDS: tuple[tuple[str, str], ...] = (
    ("owners", "Partij"),
    ("type", "Soort"),
    ("chapter", "Hoofdstuk"),
    ("tags", "Onderwerp"),
    ("changed", "Gewijzigd in"),
)
"""Each filter of the consolidated page: the field of :class:`FilterOptions` (and of the
``data-`` attribute it tests) and its label."""


@dataclass(frozen=True, slots=True)
class SiteExtras:
    """What the site's copy of a version's consolidated page adds to the build's page: the
    filters, the years each agreement changed, the links to each agreement's history page."""

    filters: FilterOptions
    changed: Mapping[str, tuple[int, ...]]
    root: str = "../"
    """From the version's folder to the site's root."""

    def changed_in(self, article: Article) -> str:
        """``2023 2024``: the article's ``data-changed``."""
        return " ".join(map(str, self.changed.get(article.key, ())))

    def history_href(self, article: Article) -> str:
        return f"{self.root}{AGREEMENTS_FOLDER}/{article.anchor}.html"

    def fields(self) -> tuple[tuple[str, str, tuple[FilterChoice, ...]], ...]:
        """The filters that have a choice: (field, label, choices)."""
        shown = (
            (name, label, getattr(self.filters, _OPTIONS[name])) for name, label in FILTER_FIELDS
        )
        return tuple(field for field in shown if field[2])


_OPTIONS = {
    "owners": "owners",
    "type": "types",
    "chapter": "chapters",
    "tags": "tags",
    "changed": "changed",
}
