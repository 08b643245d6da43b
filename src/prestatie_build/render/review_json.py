"""The review as JSON, for tools: which years change, and per target the texts and redline."""

from __future__ import annotations

import json

from ..core.review import Review, TargetDiff, YearDiff, changed_years
from .report_json import redline_ops, redline_words


def render_review_json(review: Review) -> str:
    data = {
        "title": review.title,
        "base": review.base,
        "head": review.head,
        "unchanged": review.is_unchanged,
        "changed_years": list(changed_years(review)),
        "years": [_year(year) for year in review.years],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _year(year: YearDiff) -> dict[str, object]:
    return {
        "year": year.year,
        "unchanged": year.is_unchanged,
        "concept": year.is_concept,
        "entries": [_entry(entry) for entry in year.entries],
    }


def _entry(entry: TargetDiff) -> dict[str, object]:
    return {
        "target": entry.key,
        "kind": entry.kind,
        "title": entry.title,
        "chapter_title": entry.chapter_title,
        "anchor": entry.anchor,
        "change": entry.text_change,
        "before": entry.before,
        "after": entry.after,
        "words": redline_words(entry.redline),
        "redline": redline_ops(entry.redline),
    }
