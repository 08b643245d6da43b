"""The 15 December rule: next year's Jaarplan is adopted and published before the year starts.

Partners adopt the Jaarplan of year Y+1 in the fourth quarter of year Y, and the corporations must
publish the updated agreements by 15 December of year Y. The rule is checked in December only
(the scheduled workflow runs from 1 December):

- from 1 to 14 December a Jaarplan Y+1 that is not yet adopted, or adopted but not yet on the
  site, is *pending*: a notice with the days left, not a failure;
- from 15 December on (the deadline day itself included: by then it must be online) it is
  *missed*, and the check fails;
- a year after the period of the agreements needs new agreements, not a Jaarplan: nothing is due.

Pure: the caller passes today's date (tests pass any date) and what the site carries.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from .messages import Text, t
from .model import Project

SEASON_START = (12, 1)
"""(month, day) from which the rule is checked: the scheduled run starts then."""
DEADLINE = (12, 15)
"""(month, day) by which the next year's Jaarplan must be adopted and published."""

DeadlineState = Literal["out-of-season", "nothing-due", "met", "pending", "missed"]


@dataclass(frozen=True, slots=True)
class DeadlineCheck:
    """The outcome of the rule on one day."""

    today: datetime.date
    state: DeadlineState
    message: Text
    """One sentence for the command line, naming the Jaarplan and the date."""
    year: int | None = None
    """The year whose Jaarplan is due; None out of season."""
    due: datetime.date | None = None

    @property
    def failed(self) -> bool:
        return self.state == "missed"


def deadline_for(year: int) -> datetime.date:
    """The day by which the Jaarplan of ``year`` must be adopted and published."""
    return datetime.date(year - 1, *DEADLINE)


def check_deadline(
    project: Project, published_years: Collection[int], today: datetime.date
) -> DeadlineCheck:
    """Apply the rule on ``today`` to the project's Jaarplannen and the years the site carries.

    ``published_years`` are the adopted versions the published site holds.
    """
    if (today.month, today.day) < SEASON_START:
        return DeadlineCheck(today, "out-of-season", _out_of_season(today))
    year = today.year + 1
    due = deadline_for(year)
    period = project.document.period
    if not period.start < year <= period.end:
        message = t(
            "no Jaarplan is due for {year}: it lies outside the period {start}-{end} of the "
            "agreements",
            year=year,
            start=period.start,
            end=period.end,
        )
        return DeadlineCheck(today, "nothing-due", message, year, due)
    problem = _what_is_missing(project, published_years, year)
    if problem is None:
        message = t(
            "Jaarplan {year} is adopted and published (due {due})", year=year, due=_day(due)
        )
        return DeadlineCheck(today, "met", message, year, due)
    if today < due:
        days = (due - today).days
        if days == 1:
            message = t("{problem}; it is due {due}, in 1 day", problem=problem, due=_day(due))
        else:
            message = t(
                "{problem}; it is due {due}, in {days} days",
                problem=problem,
                due=_day(due),
                days=days,
            )
        return DeadlineCheck(today, "pending", message, year, due)
    missed = t("{problem}, and it was due {due}", problem=problem, due=_day(due))
    return DeadlineCheck(today, "missed", missed, year, due)


def _what_is_missing(project: Project, published_years: Collection[int], year: int) -> Text | None:
    """Why the Jaarplan of ``year`` does not yet meet the rule, or None when it does."""
    jaarplan = next((j for j in project.jaarplannen if j.year == year), None)
    if jaarplan is None:
        return t("Jaarplan {year} is missing (no amendments/{year}/jaarplan.yaml)", year=year)
    if jaarplan.is_draft:
        return t(
            "Jaarplan {year} is not adopted (status: draft in {path})",
            year=year,
            path=jaarplan.location.path,
        )
    if year not in published_years:
        return t("Jaarplan {year} is adopted but the published site does not carry it", year=year)
    return None


def _out_of_season(today: datetime.date) -> Text:
    start = datetime.date(today.year, *SEASON_START)
    return t("the deadline is checked from {start}; nothing is due yet", start=_day(start))


def _day(date: datetime.date) -> str:
    return date.isoformat()
