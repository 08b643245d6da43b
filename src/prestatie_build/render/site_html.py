"""The published site's ``index.html``: every version with its status, adoption and files.

One self-contained page (inline CSS and house fonts, no scripts or images) whose links are all
relative and name their file (``2024/index.html``, not ``2024/``), so the site works opened from
disk and from any sub-path. The words are Dutch, like every document the tool produces.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..core.dutch import dutch_period
from ..core.model import Project, agreement_anchor
from ..core.site_plan import Finding, IndexRow
from .fonts import page_stylesheet
from .phrases import load_phrases
from .templating import make_environment

TEMPLATE = "site_index.html.j2"
STYLESHEET = "site.css"


def render_site_index(
    project: Project,
    rows: Sequence[IndexRow],
    latest: IndexRow | None,
    *,
    templates_dir: Path | None = None,
    finding: Finding | None = None,
) -> str:
    """The site's index page; ``templates_dir`` may override ``site_index.html.j2`` and
    ``site.css``. ``rows`` are the versions in year order."""
    document = project.document
    example = _example_anchor(project)
    template = make_environment(templates_dir).get_template(TEMPLATE)
    return template.render(
        document=document,
        latest_sentence=_latest_sentence(latest, templates_dir),
        period=dutch_period(document.period.start, document.period.end),
        rows=tuple(reversed(rows)),
        latest=latest,
        any_concept=any(row.concept for row in rows),
        example_anchor=example,
        example_year=latest.year if latest else (rows[-1].year if rows else None),
        finding=finding or Finding(),
        generator=f"prestatie {__version__}",
        css=page_stylesheet(STYLESHEET, templates_dir),
    )


def _latest_sentence(latest: IndexRow | None, templates_dir: Path | None) -> str:
    """What the latest version holds: the Jaarplan by its title, in the phrases' wording (its
    article is the project's to know); empty for the base document or no version."""
    if latest is None or not latest.jaarplan:
        return ""
    phrases = load_phrases(templates_dir)
    date, place = latest.adopted_date, latest.adopted_place
    return phrases("site_latest", jaarplan=latest.jaarplan, date=date, place=place)


def _example_anchor(project: Project) -> str:
    """An agreement's anchor to show how stable links look (the first agreement)."""
    number = next((a.number for a in project.document.articles() if a.number is not None), None)
    return agreement_anchor(number) if number is not None else ""
