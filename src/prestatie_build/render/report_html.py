"""The change report as one self-contained HTML page (``report.html.j2``).

The page makes no requests: its CSS and the house fonts (:mod:`.fonts`) are inlined and it has
no scripts or images. Its only links go to the anchors of the consolidated document it
accompanies. User text is escaped by the template (autoescape); each change's texts are drawn by
``redline.html.j2``.
"""

from __future__ import annotations

from pathlib import Path

from ..core.report import CONCEPT_NOTE, ChangeReport
from .redline_html import render_redline_page

TEMPLATE = "report.html.j2"


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
    return render_redline_page(
        TEMPLATE,
        templates_dir,
        report=report,
        document_href=document_href or default_document_href(report.document_year),
        concept_note=CONCEPT_NOTE,
    )


def default_document_href(year: int) -> str:
    """The file name of the consolidated document of ``year``, as a relative link."""
    return f"prestatieafspraken-{year}.html"
