"""Every ``--format`` of ``prestatie diff``, by name; each renderer is imported when used."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..core.review import Review

ReviewRenderer = Callable[[Review, Path | None], str]


def _markdown(review: Review, _templates: Path | None) -> str:
    from .review_markdown import render_review_markdown

    return render_review_markdown(review)


def _html(review: Review, templates: Path | None) -> str:
    from .review_html import render_review_html

    return render_review_html(review, templates_dir=templates)


def _json(review: Review, _templates: Path | None) -> str:
    from .review_json import render_review_json

    return render_review_json(review)


REVIEW_FORMATS: dict[str, ReviewRenderer] = {"md": _markdown, "html": _html, "json": _json}
"""``md`` fits a pull-request comment; ``html`` is the whole comparison; ``json`` for tools."""
