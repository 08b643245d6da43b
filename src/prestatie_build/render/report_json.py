"""The change report as JSON, for other tools (a website, a dashboard, a CI check).

Each change is its target's redline (:mod:`prestatie_build.render.redline_json`, the review's
fields too) after what identifies the change. ``schemas/report.schema.json`` describes it.
"""

from __future__ import annotations

from typing import Any

from ..core.report import ChangeReport, JaarplanSummary, ReportEntry
from .redline_json import json_document, redline_record


def render_report_json(report: ChangeReport) -> str:
    """The report as indented JSON text (UTF-8 characters kept), ending in a newline."""
    return json_document(
        title=report.title,
        first_year=report.first_year,
        last_year=report.last_year,
        document_year=report.document_year,
        concept=report.is_concept,
        summary=report.summary,
        totals=dict(report.totals),
        jaarplannen=[_jaarplan(jaarplan) for jaarplan in report.jaarplannen],
        changes=[_entry(entry) for entry in report.entries],
    )


def _jaarplan(jaarplan: JaarplanSummary) -> dict[str, Any]:
    adopted = None
    if jaarplan.adopted_on is not None:
        adopted = {"date": jaarplan.adopted_on.isoformat(), "place": jaarplan.adopted_place}
    return {
        "year": jaarplan.year,
        "title": jaarplan.title,
        "status": jaarplan.status,
        "adopted": adopted,
    }


def _entry(entry: ReportEntry) -> dict[str, Any]:
    change: dict[str, Any] = {
        "year": entry.year,
        "op": entry.op,
        "label": entry.label,
        "reason": entry.reason,
        "source": entry.source,
    }
    if entry.fields:  # a set: only then, so that other entries keep their shape
        change["fields"] = [
            {"field": field.name, "was": field.before, "wordt": field.after}
            for field in entry.fields
        ]
    return change | redline_record(entry)
