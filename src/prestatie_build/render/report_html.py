"""The change report as one self-contained HTML page.

The page makes no requests: its CSS and the house fonts (:mod:`.fonts`) are inlined and it has
no scripts or images. Its only links go to the anchors of the consolidated document it
accompanies. User text is escaped by the template (autoescape); the redline is the Markdown
source of the texts, shown with its line breaks, with ``<del>`` and ``<ins>`` around what changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ..core.report import CONCEPT_NOTE, LEGEND, UNCHANGED_NOTE, ChangeReport, ReportEntry
from ..core.worddiff import WordOp
from .fonts import web_font_faces
from .templating import find_asset, make_environment

TEMPLATE = "report.html.j2"
STYLESHEET = "report.css"


@dataclass(frozen=True, slots=True)
class TextPanel:
    """One side of a change as the page shows it: ``Was`` or ``Wordt`` and its runs."""

    heading: str
    css_class: str
    runs: tuple[WordOp, ...]


def render_report_html(
    report: ChangeReport,
    *,
    templates_dir: Path | None = None,
    document_href: str | None = None,
) -> str:
    """The report as an HTML page.

    ``templates_dir`` is the project's ``templates/`` folder, whose ``report.html.j2`` and
    ``report.css`` override the package's. ``document_href`` is the consolidated document the
    target links point into; by default ``prestatieafspraken-<year>.html`` next to the report.
    """
    environment = make_environment(templates_dir)
    template = environment.get_template(TEMPLATE)
    return template.render(
        report=report,
        css=inline_css(_stylesheet(templates_dir)),
        document_href=document_href or default_document_href(report.document_year),
        panels=panels,
        concept_note=CONCEPT_NOTE,
        legend=LEGEND,
        unchanged_note=UNCHANGED_NOTE,
    )


def default_document_href(year: int) -> str:
    """The file name of the consolidated document of ``year``, as a relative link."""
    return f"prestatieafspraken-{year}.html"


def inline_css(css: str) -> Markup:
    """CSS to place inside ``<style>`` as it is (escaping would break selectors like ``a > b``).

    ``</`` could close the style element early; ``<\\/`` means the same to CSS.
    """
    return Markup(css.replace("</", "<\\/"))


def panels(entry: ReportEntry) -> tuple[TextPanel, ...]:
    """The texts to show for one change: old and new side by side, or the one that exists."""
    change = entry.text_change
    if change == "new":
        return (TextPanel("Wordt", "wordt", (WordOp("equal", entry.after),)),)
    if change == "removed":
        return (TextPanel("Was", "was", (WordOp("equal", entry.before),)),)
    if change == "unchanged":
        return ()
    return (
        TextPanel("Was", "was", entry.redline.before_view()),
        TextPanel("Wordt", "wordt", entry.redline.after_view()),
    )


def _stylesheet(templates_dir: Path | None) -> str:
    """The house fonts (embedded), then the page's own CSS."""
    css = find_asset(STYLESHEET, templates_dir).read_text(encoding="utf-8")
    return f"{web_font_faces(templates_dir)}\n{css}"
