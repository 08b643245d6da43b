"""The signed Jaarplan as one HTML page (screen, or print for WeasyPrint) and as PDF.

The page has the consolidated document's house style: the same fonts, screen and print CSS (plus
``jaarplan.css``), the same running header, page numbers, CONCEPT marking and PDF options. Its
fixed Dutch wording comes from ``jaarplan-phrases.yaml`` in the templates: the package's file,
with each phrase that the project's own ``templates/jaarplan-phrases.yaml`` gives taking
precedence.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from markupsafe import Markup

from .. import __version__
from ..core.dates import DocumentDate, w3c_date
from ..core.dutch import dutch_period
from ..core.errors import RenderError
from ..core.renvooi import Renvooi
from .html import house_stylesheet
from .markdown import markdown_inline_to_html, markdown_to_html, typography
from .templating import PACKAGE_TEMPLATES, make_environment

if TYPE_CHECKING:
    from .pdf import SourceAttachment

__all__ = [
    "JAARPLAN_CSS",
    "JAARPLAN_TEMPLATE",
    "PHRASES_FILE",
    "Phrases",
    "jaarplan_date",
    "load_phrases",
    "render_jaarplan_html",
    "render_jaarplan_pdf",
]

JAARPLAN_TEMPLATE = "jaarplan.html.j2"
JAARPLAN_CSS = "jaarplan.css"
PHRASES_FILE = "jaarplan-phrases.yaml"
TABLE_PHRASES = frozenset({"in_sentence"})
"""Phrases that are a table (text -> text) rather than one text."""


@dataclass(frozen=True, slots=True)
class Phrases:
    """The Jaarplan's fixed wording, by name; called from the template."""

    texts: Mapping[str, str]
    tables: Mapping[str, Mapping[str, str]]

    def __call__(self, name: str, **values: object) -> Markup:
        """The phrase with its placeholders filled in; plain-text values are escaped."""
        filled = {
            key: value if isinstance(value, Markup) else typography(str(value))
            for key, value in values.items()
        }
        try:
            return Markup.escape(typography(self.texts[name])).format(**filled)
        except KeyError as missing:
            raise RenderError(
                f"{PHRASES_FILE}: phrase '{name}' uses the placeholder {missing}, which it does "
                f"not get here; it may use {', '.join(sorted(values)) or 'none'}"
            ) from None

    def in_sentence(self, text: str) -> str:
        """``text`` as it reads inside a sentence: "De heer C. Staal" -> "de heer C. Staal"."""
        for start, replacement in self.tables["in_sentence"].items():
            if text.startswith(start):
                return replacement + text[len(start) :]
        return text


def load_phrases(templates_dir: Path | None = None) -> Phrases:
    """The package's phrases, each overridden by the project's file when it gives it."""
    defaults = _read_phrases(PACKAGE_TEMPLATES / PHRASES_FILE)
    merged = dict(defaults)
    own = templates_dir / PHRASES_FILE if templates_dir is not None else None
    if own is not None and own.is_file():
        overrides = _read_phrases(own)
        unknown = sorted(set(overrides) - set(defaults))
        if unknown:
            raise RenderError(
                f"{own}: unknown phrase(s) {', '.join(unknown)}; "
                f"known: {', '.join(sorted(defaults))}"
            )
        merged.update(overrides)
    texts = {k: v for k, v in merged.items() if isinstance(v, str)}
    tables = {k: v for k, v in merged.items() if isinstance(v, dict)}
    return Phrases(texts, tables)


def _read_phrases(path: Path) -> dict[str, str | dict[str, str]]:
    """A phrases file: a mapping of names to texts (or, for tables, to text -> text)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RenderError(f"{path}: cannot read the phrases: {exc}") from None
    data = {} if data is None else data
    if not isinstance(data, dict):
        raise RenderError(f"{path}: the phrases must be a mapping of names to texts")
    for name, value in data.items():
        expected = dict if name in TABLE_PHRASES else str
        if not isinstance(value, expected) or (
            isinstance(value, dict)
            and not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
        ):
            kind = "a mapping of texts" if expected is dict else "a text"
            raise RenderError(f"{path}: phrase '{name}' must be {kind}")
    return data


def render_jaarplan_html(
    renvooi: Renvooi,
    *,
    templates_dir: Path | None = None,
    for_print: bool = False,
    epoch: datetime.datetime | None = None,
    document_page: str | None = None,
) -> str:
    """The Jaarplan as one page: cover, introduction, parties and signatures, the changes.

    ``for_print`` gives the WeasyPrint variant (fonts as relative URLs, watermark for a draft).
    The Jaarplan holds none of the document's anchors: a link in its texts to ``#afspraak-5``
    points to ``document_page`` (the consolidated page beside it), and is only text where there
    is no such page (``None``; always in print, where a relative link would name a file of this
    machine).
    """
    phrases = load_phrases(templates_dir)
    environment = make_environment(templates_dir)
    anchors_page = None if for_print else document_page
    environment.filters.update(
        in_sentence=phrases.in_sentence,
        md=partial(markdown_to_html, anchors_page=anchors_page),
        md_inline=partial(markdown_inline_to_html, anchors_page=anchors_page),
    )
    environment.globals.update(phrase=phrases)
    template = environment.get_template(JAARPLAN_TEMPLATE)
    return template.render(_context(renvooi, phrases, templates_dir, for_print, epoch))


def render_jaarplan_pdf(
    renvooi: Renvooi,
    *,
    templates_dir: Path | None = None,
    sources: Sequence[SourceAttachment] = (),
    epoch: datetime.datetime | None = None,
) -> bytes:
    """The Jaarplan as PDF, with the consolidated document's fonts, options and sandbox, and
    ``sources`` (the files it was built from) embedded."""
    from .pdf import render_house_pdf

    html = render_jaarplan_html(renvooi, templates_dir=templates_dir, for_print=True, epoch=epoch)
    return render_house_pdf(html, templates_dir=templates_dir, sources=sources)


def jaarplan_date(renvooi: Renvooi, epoch: datetime.datetime | None = None) -> DocumentDate | None:
    """The Jaarplan's date, as :func:`~prestatie_build.core.dates.document_date` dates a
    version: its adoption when it and every Jaarplan before it are adopted, else ``epoch``
    (``SOURCE_DATE_EPOCH``)."""
    adopted = renvooi.jaarplan.adopted
    if adopted is not None and not renvooi.concept:
        return adopted.date
    return epoch


def _context(
    renvooi: Renvooi,
    phrases: Phrases,
    templates_dir: Path | None,
    for_print: bool,
    epoch: datetime.datetime | None,
) -> dict[str, object]:
    jaarplan = renvooi.jaarplan
    names = {"jaarplan": jaarplan.title, "document": renvooi.document_title}
    title = phrases("page_title", **names)
    description = phrases("description", **names)
    if renvooi.concept:
        title = phrases("concept_title", title=title)
        description = phrases("concept_description", description=description)
    keywords = ["prestatieafspraken", renvooi.place, jaarplan.title]
    date = jaarplan_date(renvooi, epoch)
    return {
        "renvooi": renvooi,
        "jaarplan": jaarplan,
        "concept": renvooi.concept,
        "for_print": for_print,
        "page_title": title,
        "description": description,
        "keywords": ", ".join(word for word in keywords if word),
        "generator": f"prestatie {__version__}",
        "document_date": w3c_date(date) if date is not None else "",
        "period": dutch_period(renvooi.period.start, renvooi.period.end),
        "stylesheet": house_stylesheet(templates_dir, for_print, (JAARPLAN_CSS,)),
    }
