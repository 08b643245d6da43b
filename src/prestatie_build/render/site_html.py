"""The published site's ``index.html``: every version with its status, adoption and files.

One self-contained page (inline CSS, no scripts, fonts or images) whose links are all relative and
name their file (``2024/index.html``, not ``2024/``), so the site works opened from disk and from
any sub-path. The words are Dutch, like every document the tool produces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..model import Project, agreement_anchor
from .dutch import dutch_date, dutch_period
from .report_html import inline_css
from .templating import make_environment

if TYPE_CHECKING:
    from ..publish import LinkKind, VersionFiles

TEMPLATE = "site_index.html.j2"

STATUS_WORDS = {"base": "Basisdocument", "adopted": "Vastgesteld", "draft": "CONCEPT"}
"""How the index names a version's status."""

LINK_LABELS: dict[str, str] = {
    "page": "Tekst {year} (webpagina)",
    "pdf": "Tekst {year} (PDF, {size})",
    "report": "Wijzigingen {year}",
    "jaarplan": "Jaarplan {year}",
    "jaarplan-pdf": "Jaarplan {year} (PDF, {size})",
}
"""Link texts that say what and which year, so that each makes sense read on its own."""


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    label: str


@dataclass(frozen=True, slots=True)
class VersionRow:
    year: int
    status: str
    concept: bool
    jaarplan: str
    adopted_date: str
    """``7 december 2023``, or empty."""
    adopted_place: str
    links: tuple[Link, ...]


def render_site_index(
    project: Project,
    versions: Sequence[VersionFiles],
    latest: VersionFiles | None,
    *,
    templates_dir: Path | None = None,
) -> str:
    """The site's index page; ``templates_dir`` may override ``site_index.html.j2``."""
    document = project.document
    rows = tuple(_row(version) for version in versions)
    latest_row = next((row for row in rows if latest and row.year == latest.plan.year), None)
    example = _example_anchor(project)
    template = make_environment(templates_dir).get_template(TEMPLATE)
    return template.render(
        document=document,
        period=dutch_period(document.period.start, document.period.end),
        rows=tuple(reversed(rows)),
        latest=latest_row,
        any_concept=any(row.concept for row in rows),
        example_anchor=example,
        example_year=latest_row.year if latest_row else (rows[-1].year if rows else None),
        generator=f"prestatie {__version__}",
        css=inline_css(_CSS),
    )


def _row(version: VersionFiles) -> VersionRow:
    plan = version.plan
    jaarplan = plan.jaarplan
    adopted = jaarplan.adopted if jaarplan is not None else None
    return VersionRow(
        year=plan.year,
        status=STATUS_WORDS[plan.status],
        concept=plan.concept,
        jaarplan=jaarplan.title if jaarplan is not None else "",
        adopted_date=dutch_date(adopted.date) if adopted else "",
        adopted_place=adopted.place if adopted else "",
        links=tuple(_link(version, kind, path) for kind, path in version.links().items()),
    )


def _link(version: VersionFiles, kind: LinkKind, path: str) -> Link:
    label = LINK_LABELS[kind].format(year=version.plan.year, size=_size(version.size(path)))
    return Link(path, f"CONCEPT {label}" if version.plan.concept else label)


def _size(count: int) -> str:
    """``97 kB``: what a reader needs before downloading a PDF."""
    return f"{count} bytes" if count < 1000 else f"{round(count / 1000)} kB"


def _example_anchor(project: Project) -> str:
    """An agreement's anchor to show how stable links look (the first agreement)."""
    number = next((a.number for a in project.document.articles() if a.number is not None), None)
    return agreement_anchor(number) if number is not None else ""


_CSS = """
html { font-family: "Lato", "DejaVu Sans", sans-serif; font-size: 106.25%; line-height: 1.55;
  color: #1b1b1b; background: #ffffff; }
body { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
a { color: #0b4f8a; }
a:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
.skip-link { position: absolute; left: -10000px; top: 0.5rem; padding: 0.5rem 0.75rem;
  background: #ffffff; color: #0b4f8a; }
.skip-link:focus { left: 0.5rem; }
.kicker { margin: 0; color: #4a4a4a; font-size: 0.85rem; letter-spacing: 0.08em;
  text-transform: uppercase; }
h1 { margin: 0.25rem 0 0.5rem; font-size: 2rem; line-height: 1.25; }
h2 { margin: 2rem 0 0.75rem; font-size: 1.4rem; line-height: 1.25; }
.latest { padding: 0.75rem 1rem; border-left: 4px solid #0b4f8a; background: #f3f6f9; }
.concept-note { padding: 0.75rem 1rem; border: 2px solid #8a5a00; background: #fff1c2;
  color: #3d2800; }
table { width: 100%; border-collapse: collapse; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.5rem; }
th, td { padding: 0.5rem; border-bottom: 1px solid #c9d3de; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #1b1b1b; }
tr.concept th, tr.concept .status { color: #8b0000; font-weight: 700; }
ul.links { margin: 0; padding: 0; list-style: none; }
ul.links a, .latest a { display: inline-block; min-height: 24px; padding: 2px 0; }
code { font-size: 0.95em; }
footer { margin-top: 3rem; color: #4a4a4a; font-size: 0.875rem; }
"""
