"""The change report as JSON, for other tools (a website, a dashboard, a CI check).

Keys come in a fixed, readable order (not sorted): the same report always gives the same bytes.
``schema_version`` goes up when a key changes meaning or disappears; adding keys does not.
"""

from __future__ import annotations

import json
from typing import Any

from ..core.report import ChangeReport, JaarplanSummary, ReportEntry
from ..core.worddiff import Redline

SCHEMA_VERSION = 1


def render_report_json(report: ChangeReport) -> str:
    """The report as indented JSON text (UTF-8 characters kept), ending in a newline."""
    return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"


def report_to_dict(report: ChangeReport) -> dict[str, Any]:
    """The JSON document as Python data, in the key order of the output."""
    return {
        "schema_version": SCHEMA_VERSION,
        "title": report.title,
        "first_year": report.first_year,
        "last_year": report.last_year,
        "document_year": report.document_year,
        "concept": report.is_concept,
        "summary": report.summary,
        "totals": dict(report.totals),
        "jaarplannen": [_jaarplan(jaarplan) for jaarplan in report.jaarplannen],
        "changes": [_entry(entry) for entry in report.entries],
    }


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
    return {
        "year": entry.year,
        "op": entry.op,
        "label": entry.label,
        "reason": entry.reason,
        "source": entry.source,
        "chapter": {"id": entry.chapter, "title": entry.chapter_title},
        "target": {
            "kind": entry.target_kind,
            "key": entry.target,
            "title": entry.target_title,
            "anchor": entry.anchor,
        },
        "was": entry.before,
        "wordt": entry.after,
        "text_change": entry.text_change,
        "words": redline_words(entry.redline),
        "ops": redline_ops(entry.redline),
    }


def redline_words(redline: Redline) -> dict[str, int]:
    """How many words a redline deletes, inserts and keeps, as JSON."""
    counts = redline.counts
    return {"deleted": counts.deleted, "inserted": counts.inserted, "kept": counts.kept}


def redline_ops(redline: Redline) -> list[dict[str, str]]:
    """A redline's runs as JSON: both texts can be rebuilt from them."""
    return [{"kind": op.kind, "text": op.text} for op in redline.ops]
