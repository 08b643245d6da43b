"""``prestatie diff``: the I/O edge of the review.

It loads both sides (a git revision, or the working tree) and hands them to the pure
:func:`~prestatie_build.core.review.review_sides`; or, with ``--from-year`` and
``--to-year``, compares two years' documents of the working tree
(:func:`~prestatie_build.core.review.review_years`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..core.errors import SourceError, UsageError
from ..core.messages import t
from ..core.model import Project, check_year
from ..core.review import Review, Side, consolidated_by_year, review_sides, review_years
from ..sources.load import load_project, read_templates
from ..sources.revisions import Revision, resolve_revision, revision_sources

WORKING_TREE = "werkmap"
"""How a review names the working tree (the files as they are now, committed or not)."""


@dataclass(frozen=True, slots=True)
class DiffRequest:
    """What ``prestatie diff`` was asked: two revisions, or two years of the working tree."""

    base: str | None = None
    head: str | None = None
    year: int | None = None
    from_year: int | None = None
    to_year: int | None = None


def review_request(root: Path, request: DiffRequest) -> Review:
    """The review asked for; UsageError when the options do not name one comparison."""
    years = (request.from_year, request.to_year)
    if request.base is not None and years == (None, None):
        return review_revisions(root, request.base, request.head, request.year)
    if request.base is not None or request.head is not None or request.year is not None:
        raise UsageError(
            t(
                "--from-year and --to-year compare the working tree: "
                "leave out --base, --head and --year"
            )
        )
    if None in years:
        raise UsageError(t("give --base REV, or both --from-year and --to-year"))
    assert request.from_year is not None and request.to_year is not None
    return review_versions(root, request.from_year, request.to_year)


def review_versions(root: Path, from_year: int, to_year: int) -> Review:
    """The working tree's document of ``to_year`` compared with that of ``from_year``."""
    project = _load_side(root, WORKING_TREE)
    check_year(project, from_year, "--from-year")
    check_year(project, to_year, "--to-year")
    if from_year >= to_year:
        raise UsageError(
            t(
                "--from-year {from_year} must come before --to-year {to_year}",
                from_year=from_year,
                to_year=to_year,
            )
        )
    return review_years(Side(WORKING_TREE, "", project, read_templates(root)), from_year, to_year)


def review_revisions(root: Path, base: str, head: str | None, year: int | None) -> Review:
    """Compare the sources at ``base`` with those at ``head`` (default: the working tree).

    Every year of the head's period is compared, or only ``year``. Raises UsageError for an
    unknown revision or a year outside the period, SourceError when a side's sources are
    broken (each message names the side).
    """
    base_side = _side_at(root, resolve_revision(root, base))
    if head is None:
        head_side = Side(WORKING_TREE, "", _load_side(root, WORKING_TREE), read_templates(root))
    else:
        head_side = _side_at(root, resolve_revision(root, head))
    period = head_side.project.document.period
    if year is not None:
        check_year(head_side.project, year)
    years = [year] if year is not None else list(range(period.start, period.end + 1))
    try:
        return review_sides(base_side, head_side, years)
    except SourceError as failure:
        side = head_side if _fails(head_side, years) else base_side
        raise _named(failure, side.label) from None


def _side_at(root: Path, revision: Revision) -> Side:
    with revision_sources(root, revision) as sources:
        project = _load_side(sources, revision.name)
        return Side(revision.name, revision.short, project, read_templates(sources))


def _load_side(root: Path, label: str) -> Project:
    try:
        return load_project(root)
    except SourceError as failure:
        raise _named(failure, label) from None


def _fails(side: Side, years: list[int]) -> bool:
    try:
        consolidated_by_year(side.project, years)
    except SourceError:
        return True
    return False


def _named(failure: SourceError, label: str) -> SourceError:
    """The diagnostics with the side they were found in, so the user knows which to fix."""
    return SourceError(
        replace(
            diagnostic, message=t("{message} (in {side})", message=diagnostic.message, side=label)
        )
        for diagnostic in failure.diagnostics
    )
