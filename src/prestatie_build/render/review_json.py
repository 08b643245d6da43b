"""The review as JSON, for tools: which years change, and per target the texts and redline.

Each target is a redline with the change report's fields
(:mod:`prestatie_build.render.redline_json`); ``schemas/review.schema.json`` describes it.
"""

from __future__ import annotations

from typing import Any

from ..core.review import Review, YearDiff, changed_years
from .redline_json import json_document, redline_record


def render_review_json(review: Review) -> str:
    """The review as indented JSON text, like the change report's."""
    years = [_year(year) for year in review.years]
    return json_document(
        title=review.title,
        base=review.base,
        head=review.head,
        unchanged=review.is_unchanged,
        changed_years=list(changed_years(review)),
        years=years,
    )


def _year(year: YearDiff) -> dict[str, Any]:
    return {
        "year": year.year,
        "unchanged": year.is_unchanged,
        "concept": year.is_concept,
        "entries": [redline_record(entry) for entry in year.entries],
    }
