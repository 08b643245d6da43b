"""Which versions the published site carries, and what its index shows of each.

A version is the base document (the first year of the period) or a year with a Jaarplan; a year
without one would repeat the version before it. A version that applies a draft Jaarplan is left
out unless drafts are asked for, and then it says CONCEPT everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .model import Jaarplan, Project

INDEX = "index.html"
"""The site's index, and each version's copy of its consolidated page."""
SEARCH_PAGE = "zoeken.html"
"""The site's search page, at its root."""
LATEST = "latest"
"""The folder that holds the newest adopted version under a link that never changes."""

VersionStatus = Literal["base", "adopted", "draft"]


@dataclass(frozen=True, slots=True)
class VersionPlan:
    """One version the site carries."""

    year: int
    status: VersionStatus
    """``base`` (no Jaarplan yet), ``adopted``, or ``draft`` when a draft Jaarplan is applied."""
    jaarplan: Jaarplan | None
    """The year's own Jaarplan; None for the base document."""

    @property
    def concept(self) -> bool:
        return self.status == "draft"


@dataclass(frozen=True, slots=True)
class SitePlan:
    versions: tuple[VersionPlan, ...]
    """In year order."""
    latest: int | None
    """The newest version without a draft: what ``latest/`` holds."""

    @property
    def published_years(self) -> frozenset[int]:
        """The versions the site carries as adopted (the base document included)."""
        return frozenset(v.year for v in self.versions if not v.concept)


def plan_site(project: Project, include_drafts: bool) -> SitePlan:
    """The versions of a project's site: the base document and every year with a Jaarplan."""
    period = project.document.period
    by_year = {j.year: j for j in project.jaarplannen if j.year in period}
    versions = []
    for year in sorted({period.start, *by_year}):
        draft = any(j.is_draft for j in project.jaarplannen if j.year <= year)
        status: VersionStatus = "draft" if draft else "adopted" if year in by_year else "base"
        if include_drafts or status != "draft":
            versions.append(VersionPlan(year, status, by_year.get(year)))
    adopted = [v.year for v in versions if not v.concept]
    return SitePlan(tuple(versions), max(adopted) if adopted else None)


@dataclass(frozen=True, slots=True)
class IndexLink:
    """A link of the site's index: where it goes and what it says."""

    href: str
    """A path inside the site: ``2024/index.html``, ``2024/prestatieafspraken-2024.pdf``."""
    label: str


@dataclass(frozen=True, slots=True)
class IndexRow:
    """A version as the site's index shows it."""

    year: int
    status: str
    """``Basisdocument``, ``Vastgesteld`` or ``CONCEPT``."""
    concept: bool
    jaarplan: str
    """The Jaarplan's title; empty for the base document."""
    adopted_date: str
    """``7 december 2023``, or empty."""
    adopted_place: str
    links: tuple[IndexLink, ...]


@dataclass(frozen=True, slots=True)
class Finding:
    """What the site's index links to find things; empty where the site has none."""

    search: str = ""
    """``zoeken.html``."""
    agreements: str = ""
    """``afspraken/index.html``: every agreement with its history."""
    comparisons: tuple[IndexLink, ...] = ()
    """A link per pair of versions, the newest first."""
