"""The change report as GitHub-flavoured Markdown, to post as a pull-request comment.

Each change's texts are drawn by :mod:`prestatie_build.render.redline_markdown`, as the review
draws them; every piece of user text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..core.naming import LEGEND
from ..core.report import CONCEPT_NOTE, ChangeReport, ReportEntry
from .redline_markdown import code_span, escape_inline, redline_texts


def render_report_markdown(report: ChangeReport) -> str:
    """The whole report as Markdown text, ending in a newline."""
    parts = [f"## {escape_inline(report.heading)}", *_header(report)]
    if report.is_empty:
        parts.append(f"_{escape_inline(report.summary)}_")
    else:
        parts.extend(_totals(report))
        for number, entry in enumerate(report.entries, start=1):
            parts.extend(_entry(number, entry))
    return "\n\n".join(parts) + "\n"


def _header(report: ChangeReport) -> Iterator[str]:
    if report.is_concept:
        yield f"**CONCEPT** — {escape_inline(CONCEPT_NOTE)}"
    lines = [f"**{escape_inline(report.title)}**"]
    lines += [escape_inline(jaarplan.description) + "." for jaarplan in report.jaarplannen]
    yield "<br>\n".join(lines)


def _totals(report: ChangeReport) -> Iterator[str]:
    yield escape_inline(report.summary)
    rows = ["| Soort | Aantal |", "| --- | ---: |"]
    rows += [f"| {label} | {count} |" for label, count in report.labelled_totals()]
    rows.append(f"| **Totaal** | **{report.total_count}** |")
    yield "\n".join(rows)
    yield f"_{LEGEND}_"


def _entry(number: int, entry: ReportEntry) -> Iterator[str]:
    target = entry.target
    yield f"### {number}. {escape_inline(entry.label)}: {escape_inline(target.title)}"
    meta = [f"- **Hoofdstuk:** {escape_inline(target.chapter_title)}"]
    meta.append(f"- **Onderdeel:** {escape_inline(target.title)} ({code_span(target.key)})")
    meta.extend(f"- **Gewijzigd:** {escape_inline(field.line)}" for field in entry.fields)
    if entry.reason.strip():
        meta.append(f"- **Toelichting:** {escape_inline(entry.reason)}")
    meta.append(f"- **Bron:** {code_span(entry.source)}")
    yield "\n".join(meta)
    yield from redline_texts(entry)
