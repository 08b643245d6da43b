"""The site's own pages beyond the index: an agreement's history, the list of agreements, the
search page. Comparisons between two versions are the review's page (``review_html``).

Every link is relative, so the pages work from disk and from any sub-path; the agreement pages
draw texts and redlines with the review's macros (``redline.html.j2``), not a renderer of their
own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from markupsafe import Markup

from .. import __version__
from ..core.model import Project
from ..core.richtext import layout_text
from ..core.site_pages import AgreementHistory
from ..core.worddiff import WordOp
from .fonts import page_stylesheet
from .redline_html import render_redline_page, rendered_runs
from .templating import make_environment

AGREEMENT_TEMPLATE = "site_agreement.html.j2"
AGREEMENTS_TEMPLATE = "site_agreements.html.j2"
SEARCH_TEMPLATE = "site_search.html.j2"
STYLESHEET = "site.css"


def rendered_text(markdown: str) -> Markup:
    """A text as the redlines show it, without marks: paragraphs, lists and tables."""
    return rendered_runs((WordOp("equal", layout_text(markdown)),))


def render_agreement_page(
    project: Project,
    history: AgreementHistory,
    concepts: Sequence[int],
    *,
    templates_dir: Path | None = None,
) -> str:
    """``afspraken/afspraak-13.html``; ``concepts``: the versions that apply a draft."""
    return render_redline_page(
        AGREEMENT_TEMPLATE,
        templates_dir,
        history=history,
        document=project.document,
        concepts=tuple(concepts),
        root="../",
        rendered_text=rendered_text,
    )


def render_agreements_page(
    project: Project, histories: Sequence[AgreementHistory], *, templates_dir: Path | None = None
) -> str:
    """``afspraken/index.html``: every agreement, linked to its page."""
    return _site_page(
        AGREEMENTS_TEMPLATE, templates_dir, document=project.document, histories=histories
    )


def render_search_page(project: Project, *, templates_dir: Path | None = None) -> str:
    """``zoeken.html``: the search over every version."""
    return _site_page(SEARCH_TEMPLATE, templates_dir, document=project.document)


def _site_page(template: str, templates_dir: Path | None, **context: object) -> str:
    environment = make_environment(templates_dir)
    return environment.get_template(template).render(
        generator=f"prestatie {__version__}",
        css=page_stylesheet(STYLESHEET, templates_dir),
        **context,
    )
