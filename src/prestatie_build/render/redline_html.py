"""A target's redline as HTML, and the pages that show redlines: the change report, the review.

Both pages are templates (``report.html.j2``, ``review.html.j2``) that a project may override
in its ``templates/``, autoescaped, with ``report.css`` inlined; they make no requests and have
no scripts. Both draw each target's texts with the macros of ``redline.html.j2``: the Markdown
source of the texts, shown with its line breaks, with ``<del>`` and ``<ins>`` around what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.naming import AFTER, BEFORE, LEGEND, UNCHANGED_NOTE
from ..core.targets import TargetRedline
from ..core.worddiff import WordOp
from .fonts import page_stylesheet
from .templating import make_environment

STYLESHEET = "report.css"


@dataclass(frozen=True, slots=True)
class TextPanel:
    """One side of a redline as a page shows it: ``Was`` or ``Wordt`` and its runs."""

    heading: str
    css_class: str
    runs: tuple[WordOp, ...]


def panels(entry: TargetRedline) -> tuple[TextPanel, ...]:
    """The texts to show: old and new side by side, the one that exists, or none."""
    change = entry.text_change
    if change == "new":
        return (TextPanel(AFTER, "wordt", (WordOp("equal", entry.after),)),)
    if change == "removed":
        return (TextPanel(BEFORE, "was", (WordOp("equal", entry.before),)),)
    if change == "unchanged":
        return ()
    return (
        TextPanel(BEFORE, "was", entry.redline.before_view()),
        TextPanel(AFTER, "wordt", entry.redline.after_view()),
    )


def render_redline_page(template: str, templates_dir: Path | None, **context: object) -> str:
    """The page ``template`` (the project's, else the package's) with ``context``.

    Every template of the environment, ``redline.html.j2`` included, can call ``panels`` and
    use ``legend`` and ``unchanged_note``; the page gets the stylesheet as ``css``.
    """
    environment = make_environment(templates_dir)
    environment.globals.update(panels=panels, legend=LEGEND, unchanged_note=UNCHANGED_NOTE)
    return environment.get_template(template).render(
        css=page_stylesheet(STYLESHEET, templates_dir), **context
    )
