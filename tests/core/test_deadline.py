"""The 15 December rule: next year's Jaarplan adopted and on the published site by 15 December.

Pure: the date is passed in. The project is a one-agreement project (2022-2025) whose Jaarplan
2023 is adopted; each test adds the Jaarplan 2024 it needs.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from prestatie_build.core import DeadlineCheck, check_deadline, deadline_for
from prestatie_build.sources import load_project
from projects import add_jaarplan, small_project

PUBLISHED = frozenset({2022, 2023, 2024})


def check(root: Path, today: str, published: frozenset[int] = PUBLISHED) -> DeadlineCheck:
    return check_deadline(load_project(root), published, datetime.date.fromisoformat(today))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return small_project(tmp_path / "teststad")


def test_the_jaarplan_of_a_year_is_due_on_15_december_of_the_year_before() -> None:
    assert deadline_for(2025) == datetime.date(2024, 12, 15)


@pytest.mark.parametrize("today", ["2023-01-01", "2023-06-30", "2023-11-30"])
def test_before_december_nothing_is_checked(project: Path, today: str) -> None:
    outcome = check(project, today)
    assert outcome.state == "out-of-season"
    assert not outcome.failed
    assert "from 2023-12-01" in str(outcome.message)


def test_adopted_and_published_meets_the_rule_all_december(project: Path) -> None:
    add_jaarplan(project, 2024, adopted="2023-12-07")
    for day in ("2023-12-01", "2023-12-15", "2023-12-31"):
        outcome = check(project, day)
        assert (outcome.state, outcome.year) == ("met", 2024), day
        assert not outcome.failed


@pytest.mark.parametrize(
    ("today", "state", "words"),
    [
        ("2023-12-01", "pending", "it is due 2023-12-15, in 14 days"),
        ("2023-12-14", "pending", "in 1 day"),
        ("2023-12-15", "missed", "it was due 2023-12-15"),  # the day itself: it must be online
        ("2023-12-31", "missed", "it was due 2023-12-15"),
    ],
)
def test_a_missing_jaarplan_is_pending_until_the_15th_then_missed(
    project: Path, today: str, state: str, words: str
) -> None:
    outcome = check(project, today)
    assert outcome.state == state
    assert outcome.failed == (state == "missed")
    assert str(outcome.message).startswith(
        "Jaarplan 2024 is missing (no amendments/2024/jaarplan.yaml)"
    )
    assert words in str(outcome.message)


def test_a_draft_jaarplan_is_not_adopted_and_names_its_file(project: Path) -> None:
    add_jaarplan(project, 2024)
    outcome = check(project, "2023-12-16")
    assert outcome.failed
    assert "Jaarplan 2024 is not adopted (status: draft in amendments/2024/jaarplan.yaml)" in (
        str(outcome.message)
    )


def test_adopted_but_not_on_the_site_is_missed_too(project: Path) -> None:
    add_jaarplan(project, 2024, adopted="2023-12-07")
    outcome = check(project, "2023-12-16", published=frozenset({2022, 2023}))
    assert outcome.failed
    assert "adopted but the published site does not carry it" in str(outcome.message)


def test_after_the_period_no_jaarplan_is_due(project: Path) -> None:
    outcome = check(project, "2025-12-20")
    assert outcome.state == "nothing-due"
    assert not outcome.failed
    assert "outside the period 2022-2025" in str(outcome.message)
