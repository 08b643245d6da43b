"""The review as one self-contained HTML page (``review.html.j2``), styled like the change report.

No size limit applies here, so this is the complete comparison that the pull-request comment
points to when it had to be cut. A project may override the template and ``report.css`` in its
``templates/``; the page embeds the house fonts, makes no requests, has no scripts, and the
template escapes every piece of user text (autoescape). Each target's texts are drawn by
``redline.html.j2``.
"""

from __future__ import annotations

from pathlib import Path

from ..core.naming import TEXT_CHANGE_WORDS
from ..core.review import HEADING, Review, year_runs, years_label
from .redline_html import render_redline_page

TEMPLATE = "review.html.j2"


def render_review_html(review: Review, *, templates_dir: Path | None = None) -> str:
    """The whole review as an HTML page."""
    return render_redline_page(
        TEMPLATE,
        templates_dir,
        review=review,
        heading=HEADING,
        runs=tuple(year_runs(review.years)),
        years_label=years_label,
        text_change_words=TEXT_CHANGE_WORDS,
    )
