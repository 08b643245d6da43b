"""The change report: one page to read, Markdown for a pull request, JSON for tools."""

from __future__ import annotations

from ..core.report import ChangeReport
from . import document
from .context import BuildContext

STEM = "wijzigingen-{span}"
FILES = (f"{STEM}.html", f"{STEM}.md", f"{STEM}.json")
"""``{span}``: the report's years, ``2024`` or ``2023-2024``."""


def report_stem(report: ChangeReport) -> str:
    """``wijzigingen-2024``, or ``wijzigingen-2023-2024`` for a report over several years."""
    first, last = report.first_year, report.last_year
    return STEM.format(span=str(last) if first == last else f"{first}-{last}")


def report_files(context: BuildContext) -> dict[str, bytes]:
    from ..render.report_html import render_report_html
    from ..render.report_json import render_report_json
    from ..render.report_markdown import render_report_markdown

    report = context.report
    stem = report_stem(report)
    return {
        f"{stem}.html": render_report_html(
            report,
            templates_dir=context.templates,
            document_href=document.HTML_FILE.format(year=report.document_year),
        ).encode(),
        f"{stem}.md": render_report_markdown(report).encode(),
        f"{stem}.json": render_report_json(report).encode(),
    }
