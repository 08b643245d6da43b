"""``prestatie show``: load the project and show one target as consolidated for a year."""

from __future__ import annotations

from pathlib import Path

from ..core.consolidation import consolidate
from ..core.model import check_year
from ..core.show import ShownTarget, show_target
from ..sources.load import load_project


def show_in_year(root: Path, target: str, year: int | None) -> ShownTarget:
    """Load the project and show ``target`` in ``year`` (default: the period's last year).

    Raises SourceError for broken sources, UsageError for an unknown target or year.
    """
    project = load_project(root, up_to_year=year)
    period = project.document.period
    chosen = period.end if year is None else year
    check_year(project, chosen)
    return show_target(consolidate(project, chosen), target)
