"""Every ``--format`` of ``prestatie diff``, by name; each renderer is imported when used."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..core.messages import Language
from ..core.review import Review

ReviewRenderer = Callable[[Review, Path | None, Language], str]
"""A review, the project's templates, and the language of the tool's own words (only the
terminal's text has any: the others are the document's Dutch or data)."""


def _markdown(review: Review, _templates: Path | None, _language: Language) -> str:
    from .review_markdown import render_review_markdown

    return render_review_markdown(review)


def _html(review: Review, templates: Path | None, _language: Language) -> str:
    from .review_html import render_review_html

    return render_review_html(review, templates_dir=templates)


def _json(review: Review, _templates: Path | None, _language: Language) -> str:
    from .review_json import render_review_json

    return render_review_json(review)


def _text(review: Review, _templates: Path | None, language: Language) -> str:
    from .review_text import render_review_text

    return render_review_text(review, language)


REVIEW_FORMATS: dict[str, ReviewRenderer] = {
    "md": _markdown,
    "html": _html,
    "json": _json,
    "text": _text,
}
"""``md`` fits a pull-request comment; ``html`` is the whole comparison; ``json`` for tools;
``text`` for a terminal."""
