"""``prestatie check``: validate every source and every year, and warn about risky input.

Consolidation is cumulative (the document of a year is that of the year before plus one
Jaarplan), so one fold through every Jaarplan of ``amendments/`` checks every year of the
period at once, and reports every change that cannot be applied. On top of the contract's
errors, the rules in :data:`WARNING_RULES` point at input that is valid but probably not meant.

Nothing here imports the rendering machinery: the command must be fast enough for a
pre-commit hook (``bench/bench_check.py`` measures it).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from .characters import Charset, unprintable_characters
from .check_context import CheckContext
from .consolidation import fold_changes
from .deadline import deadline_for
from .errors import Diagnostic, SourceLocation
from .links import check_links
from .loud_rules import LOUD_RULES
from .messages import Message, Text, t
from .model import (
    AppliedChange,
    Article,
    Change,
    Document,
    NumberKey,
    Project,
    number_sort_key,
)
from .print_limits import too_large_for_pdf

"""Month and day by which the Jaarplan of year Y is adopted, in the year before Y.

The Tijdlijn of the agreements has the partners adopt the next year's actualisation "vóór 15
december" (the Jaarplan 2024 of Assen was adopted on 7 December 2023), so a Jaarplan for 2025
still ``draft`` after 15 December 2024 has missed its deadline.
"""


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Every diagnostic of a project, errors and warnings, in file order."""

    diagnostics: tuple[Diagnostic, ...]
    years: tuple[int, ...] = ()
    """The years that were consolidated; empty when the sources could not be loaded."""
    files: int = 0
    """How many source files were read."""

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "warning")

    def failed(self, *, strict: bool = False) -> bool:
        """Errors always fail; warnings fail too when ``strict``."""
        return bool(self.errors or (strict and self.warnings))


def check_loaded(
    project: Project, *, today: datetime.date, charset: Charset | None = None
) -> CheckResult:
    """The diagnostics of a loaded project: failed changes of every year, links that land
    nowhere in some year, characters the PDF cannot print (when ``charset``, the print fonts'
    characters, is given), then the warnings, PDFs too large to set (W306) among them.

    Together they are what makes a clean check mean that every output of every year builds.
    """
    documents, applied, problems = fold_years(project)
    final = documents[max(documents)]
    context = CheckContext(project, final, applied, today)
    warnings = [warning for rule in WARNING_RULES for warning in rule(context)]
    links = check_links(project, documents)
    characters = unprintable_characters(project, charset) if charset is not None else ()
    large = too_large_for_pdf(documents, project.jaarplannen, project.document.location)
    return CheckResult(
        diagnostics=_ordered([*problems, *links, *characters, *warnings, *large]),
        years=tuple(documents),
        files=len(project.source_files),
    )


def fold_years(
    project: Project,
) -> tuple[dict[int, Document], tuple[AppliedChange, ...], list[Diagnostic]]:
    """The document as it stands in each year of the period, in one fold through every
    Jaarplan: what applied, and every change that failed."""
    period = project.document.period
    by_year = {jaarplan.year: jaarplan for jaarplan in project.jaarplannen}
    document = project.document
    documents: dict[int, Document] = {}
    applied: list[AppliedChange] = []
    problems: list[Diagnostic] = []
    # Jaarplannen outside the period are errors of the loader; they still fold, in order.
    for year in sorted({*range(period.start, period.end + 1), *by_year}):
        if year in by_year:
            document, done, failed = fold_changes(document, (by_year[year],))
            applied.extend(done)
            problems.extend(failed)
        if year in period:
            documents[year] = document
    if not documents:  # a period the loader refused: hold the final document as one year
        documents[period.start] = document
    return documents, tuple(applied), problems


def _ordered(diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    unique = dict.fromkeys(diagnostics)
    return tuple(sorted(unique, key=lambda d: (d.location, d.severity != "error", d.code)))


def _warning(code: str, location: SourceLocation, message: Text, hint: Message) -> Diagnostic:
    return Diagnostic(location, message, hint, severity="warning", code=code)


# --- W301: two files of one year touch the same target ---------------------------------------


def same_target(context: CheckContext) -> Iterator[Diagnostic]:
    """A change whose target a change in an earlier file of the same year touches too.

    The files of a year apply in file-name order (``jaarplan.yaml`` first), so the later
    change works on the text the earlier one left: legal, but easy to overlook in review
    (STOP calls this *samenloop*). One warning per target and later file.
    """
    for jaarplan in context.project.jaarplannen:
        by_target: dict[str, list[Change]] = defaultdict(list)
        for change in jaarplan.changes:
            by_target[change.subject].append(change)
        for target, changes in by_target.items():
            yield from _samenloop(target, changes)


def _samenloop(target: str, changes: list[Change]) -> Iterator[Diagnostic]:
    warned = {changes[0].location.path}
    for index, change in enumerate(changes):
        path = change.location.path
        if path in warned:
            continue
        warned.add(path)
        earlier = [c for c in changes[:index] if c.location.path != path]
        yield _warning(
            "W301",
            change.location,
            t(
                "target '{target}' is also changed in {path}; this change applies after it",
                target=target,
                path=earlier[0].location.path,
            ),
            hint=t(
                "the files of a year apply in file-name order, jaarplan.yaml first; see {places}",
                places=", ".join(str(c.location) for c in earlier[:3]),
            ),
        )


# --- W302: an added agreement numbered outside its chapter's range ---------------------------


def number_outside_chapter(context: CheckContext) -> Iterator[Diagnostic]:
    """An added agreement whose number does not fit between the chapters around it.

    A chapter's range runs from just above the highest agreement number in the chapters
    before it to just below the lowest number in the chapters after it, counting the base
    agreements and those added by earlier Jaarplannen. The gap between two chapters' numbers
    belongs to both neighbours, which is what a document with gaps in its numbering needs.
    """
    chapter_order = {chapter.id: index for index, chapter in enumerate(context.final.chapters)}
    articles = [a for a in context.final.articles() if a.number is not None]
    for applied in context.applied:
        change = applied.change
        if change.op != "add" or change.number is None or change.chapter not in chapter_order:
            continue
        known = [a for a in articles if _established_before(a, change.year)]
        position = chapter_order[change.chapter]
        before = [a for a in known if chapter_order[a.chapter] < position]
        after = [a for a in known if chapter_order[a.chapter] > position]
        yield from _outside_range(change, _highest(before), _lowest(after))


def _established_before(article: Article, year: int) -> bool:
    return article.origin is None or article.origin.year < year


def _highest(articles: list[Article]) -> Article | None:
    return max(articles, key=_number_key, default=None)


def _lowest(articles: list[Article]) -> Article | None:
    return min(articles, key=_number_key, default=None)


def _number_key(article: Article) -> NumberKey:
    return number_sort_key(str(article.number))


def _outside_range(
    change: Change, below: Article | None, above: Article | None
) -> Iterator[Diagnostic]:
    number = number_sort_key(str(change.number))
    too_low = below is not None and number < _number_key(below)
    too_high = above is not None and number > _number_key(above)
    if not (too_low or too_high):
        return
    neighbour = below if too_low else above
    assert neighbour is not None
    yield _warning(
        "W302",
        change.where("number"),
        t(
            "agreement {number} is added to chapter '{chapter}', but agreement {neighbour} is "
            "in chapter '{neighbour_chapter}'",
            number=change.number,
            chapter=change.chapter,
            neighbour=neighbour.number,
            neighbour_chapter=neighbour.chapter,
        ),
        hint=_range_hint(below, above, str(change.chapter)),
    )


def _range_hint(below: Article | None, above: Article | None, chapter: str) -> Text:
    if below is not None and above is not None:
        return t(
            "numbers above {low} and below {high} fit chapter '{chapter}'; check the number and "
            "the chapter",
            low=below.number,
            high=above.number,
            chapter=chapter,
        )
    if below is not None:
        return t(
            "numbers above {low} fit chapter '{chapter}'; check the number and the chapter",
            low=below.number,
            chapter=chapter,
        )
    assert above is not None
    return t(
        "numbers below {high} fit chapter '{chapter}'; check the number and the chapter",
        high=above.number,
        chapter=chapter,
    )


# --- W303: a file name that disagrees with its agreement number or section id ---------------


def file_name_mismatch(context: CheckContext) -> Iterator[Diagnostic]:
    """Agreement files are named ``afspraak-<number>.md``, sections ``<id>.md``.

    The contract allows any name; a name that says another number than the file holds
    misleads whoever looks for an agreement by its file.
    """
    for article in context.project.document.articles():
        expected = expected_file_name(article)
        actual = PurePosixPath(article.location.path).name
        if actual != expected:
            yield _warning("W303", article.location, *_file_name_texts(article, actual, expected))


def _file_name_texts(article: Article, actual: str, expected: str) -> tuple[Text, Text]:
    if article.is_agreement:
        return (
            t(
                "the file name '{actual}' does not match its number {number}",
                actual=actual,
                number=article.number,
            ),
            t("rename it to {expected}, or correct the number", expected=expected),
        )
    return (
        t("the file name '{actual}' does not match its id '{id}'", actual=actual, id=article.id),
        t("rename it to {expected}, or correct the id", expected=expected),
    )


def expected_file_name(article: Article) -> str:
    """``afspraak-5.md`` for agreement 5, ``tijdlijn.md`` for the section ``tijdlijn``."""
    if article.number is not None:
        return f"afspraak-{article.number}.md"
    return f"{article.id}.md"


# --- W304: a draft Jaarplan past its adoption deadline -----------------------------------------


def draft_past_deadline(context: CheckContext) -> Iterator[Diagnostic]:
    """A Jaarplan still ``draft`` after the 15 December before its year."""
    for jaarplan in context.project.jaarplannen:
        deadline = adoption_deadline(jaarplan.year)
        if jaarplan.is_draft and context.today > deadline:
            yield _warning(
                "W304",
                jaarplan.status_location or jaarplan.location,
                t(
                    "{title} is still a draft, and its adoption deadline {deadline} has passed",
                    title=jaarplan.title,
                    deadline=deadline.isoformat(),
                ),
                hint=t(
                    "once it is signed, set 'status: adopted' and give 'adopted:' its 'date:' "
                    "(YYYY-MM-DD) and 'place:'"
                ),
            )


def adoption_deadline(year: int) -> datetime.date:
    """The date by which the Jaarplan of ``year`` should be adopted: the publishing deadline.

    W304 warns only once the day has passed; ``publish --check-deadline`` already fails on
    the day itself, when the adopted text must be online.
    """
    return deadline_for(year)


# --- W350: a set that changes nothing --------------------------------------------------------


def set_changes_nothing(context: CheckContext) -> Iterator[Diagnostic]:
    """A ``set`` whose every value is what the agreement says already: probably a change meant
    for another target or year; it shows in the history and the report all the same."""
    for applied in context.applied:
        change = applied.change
        if change.op == "set" and not applied.fields:
            yield _warning(
                "W350",
                change.location,
                t("this `set` changes nothing: {target} says this already", target=change.target),
                t("remove the change, or check its `target`"),
            )


WarningRule = Callable[[CheckContext], Iterable[Diagnostic]]

WARNING_RULES: tuple[WarningRule, ...] = (
    same_target,
    number_outside_chapter,
    file_name_mismatch,
    draft_past_deadline,
    *LOUD_RULES,
    set_changes_nothing,
)
"""Every warning of ``prestatie check``: W301 to W304, then W307 to W313 (``loud_rules``),
then W350."""
