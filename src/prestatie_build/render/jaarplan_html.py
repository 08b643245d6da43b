"""The signed Jaarplan as one HTML page (screen, or print for WeasyPrint) and as PDF.

The page has the consolidated document's house style: the same fonts, screen and print CSS (plus
``jaarplan.css``), the same running header, page numbers, CONCEPT marking and PDF options. Its
fixed Dutch wording comes from ``jaarplan-phrases.yaml`` in the templates: the package's file,
with each phrase that the project's own ``templates/jaarplan-phrases.yaml`` gives taking
precedence.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from string import Formatter
from typing import TYPE_CHECKING

import yaml
from markupsafe import Markup

from .. import __version__
from ..core.dates import DocumentDate, w3c_date
from ..core.dutch import dutch_period
from ..core.errors import UNLOCATED, RenderError, SourceLocation, display_path
from ..core.messages import Text, t
from ..core.model import Image
from ..core.renvooi import Renvooi
from ..core.richtext import layout_text
from ..core.worddiff import word_diff
from .html import ABOUT_CSS, house_stylesheet, shows_media, with_media_css
from .markdown import (
    Footnotes,
    image_sources,
    markdown_inline_to_html,
    markdown_to_html,
    typography,
)
from .redline_html import rendered_runs
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
    where: Mapping[str, SourceLocation] = field(default_factory=dict)
    """The file and line each phrase comes from, to locate a problem with it."""

    def __call__(self, name: str, **values: object) -> Markup:
        """The phrase with its placeholders filled in; plain-text values are escaped."""
        filled = {
            key: value if isinstance(value, Markup) else typography(str(value))
            for key, value in values.items()
        }
        try:
            return one_full_stop(Markup.escape(typography(self.texts[name])).format(**filled))
        except KeyError as missing:
            raise RenderError(
                _placeholder_not_given(name, str(missing), sorted(values)),
                self.where.get(name, UNLOCATED),
            ) from None

    def in_sentence(self, text: str) -> str:
        """``text`` as it reads inside a sentence: "De heer C. Staal" -> "de heer C. Staal"."""
        for start, replacement in self.tables["in_sentence"].items():
            if text.startswith(start):
                return replacement + text[len(start) :]
        return text


_DOUBLED_STOP = re.compile(
    r"([.!?\u2026])"  # a quotation that ends a sentence of its own: "... voor."
    r"((?:</[a-z]+>)*(?:[\u201d\u2019\u00bb]|&#34;|&#39;|&quot;)(?:</[a-z]+>)*)"  # its close
    r"\."  # and the full stop of the sentence around it
)


def _placeholder_not_given(name: str, missing: str, given: Sequence[str]) -> Text:
    if not given:
        return t(
            "phrase '{name}' uses the placeholder {missing}, which it does not get here; "
            "it may use none",
            name=name,
            missing=missing,
        )
    return t(
        "phrase '{name}' uses the placeholder {missing}, which it does not get here; "
        "it may use {given}",
        name=name,
        missing=missing,
        given=", ".join(given),
    )


def one_full_stop(html: str) -> Markup:
    """``html`` without the full stop after a closing quote that follows a stop of its own.

    "In de huidige afspraak wordt ... vervangen door: “... voor.”." ends once, as Dutch
    writes it: "... voor.”". Tags and escaped quotes between the two are allowed for.
    """
    return Markup(_DOUBLED_STOP.sub(r"\1\2", str(html)))


def load_phrases(templates_dir: Path | None = None) -> Phrases:
    """The package's phrases, each overridden by the project's file when it gives it.

    Every problem with the project's file is a RenderError located at its line.
    """
    defaults, where = _read_phrases(PACKAGE_TEMPLATES / PHRASES_FILE, None)
    merged = dict(defaults)
    own = templates_dir / PHRASES_FILE if templates_dir is not None else None
    if own is not None and own.is_file():
        overrides, own_where = _read_phrases(own, templates_dir)
        unknown = sorted(str(name) for name in set(overrides) - set(defaults))
        if unknown:
            raise RenderError(_unknown_phrases(unknown, sorted(defaults)), own_where[unknown[0]])
        merged.update(overrides)
        where = {**where, **own_where}
    texts = {k: v for k, v in merged.items() if isinstance(v, str)}
    tables = {k: v for k, v in merged.items() if isinstance(v, dict)}
    return Phrases(texts, tables, where)


def _unknown_phrases(unknown: Sequence[str], known: Sequence[str]) -> Text:
    names, choices = ", ".join(unknown), ", ".join(known)
    if len(unknown) == 1:
        return t("unknown phrase {names}; known: {known}", names=names, known=choices)
    return t("unknown phrases {names}; known: {known}", names=names, known=choices)


PhraseValues = dict[str, str | dict[str, str]]


def _read_phrases(
    path: Path, templates_dir: Path | None
) -> tuple[PhraseValues, dict[str, SourceLocation]]:
    """A phrases file: a mapping of names to texts (or, for tables, to text -> text), with the
    line of each name. ``templates_dir`` is the project's folder (None: the package's)."""
    file = SourceLocation(
        display_path(path, templates_dir.parent) if templates_dir else path.as_posix()
    )
    try:
        loader = yaml.SafeLoader(path.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        at = file.at(mark.line + 1, mark.column + 1) if mark is not None else file
        # The cause is the YAML library's or the system's own words, quoted as they are.
        raise RenderError(t("cannot read the phrases: {cause}", cause=str(exc)), at) from None
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise RenderError(t("the phrases must be a mapping of names to texts"), file.at(1))
    where = {str(key.value): file.at(key.start_mark.line + 1) for key, _ in node.value}
    for name, value in data.items():
        problem = _phrase_problem(str(name), value)
        if problem is not None:
            raise RenderError(problem, where.get(str(name), file))
    return data, where


def _phrase_problem(name: str, value: object) -> Text | None:
    """What is wrong with one phrase, or None."""
    if name in TABLE_PHRASES:
        if isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            return None
        return t("phrase '{name}' must be a mapping of texts", name=name)
    if not isinstance(value, str):
        return t("phrase '{name}' must be a text", name=name)
    return _placeholder_problem(name, value)


def _placeholder_problem(name: str, text: str) -> Text | None:
    """A phrase fills in only plain ``{name}`` placeholders: an index, an attribute or a format
    (``{jaarplan[999]}``, ``{title.__class__}``, ``{date:>9}``) could fail or reach into objects."""
    try:
        fields = [(f, spec, conv) for _, f, spec, conv in Formatter().parse(text) if f is not None]
    except ValueError as exc:
        return t(
            "phrase '{name}' has a stray brace ({cause}); write {{{{ or }}}} for a brace itself",
            name=name,
            cause=str(exc),
        )
    for field_name, spec, conversion in fields:
        if not field_name.isidentifier() or spec or conversion:
            placeholder = "{" + field_name + (f"!{conversion}" if conversion else "")
            placeholder += (f":{spec}" if spec else "") + "}"
            return t(
                "phrase '{name}' has the placeholder {placeholder}: a placeholder is a plain "
                "name in braces, such as {example}",
                name=name,
                placeholder=placeholder,
                example="{jaarplan}",
            )
    return None


def render_jaarplan_html(
    renvooi: Renvooi,
    *,
    templates_dir: Path | None = None,
    for_print: bool = False,
    epoch: datetime.datetime | None = None,
    document_page: str | None = None,
    images: Iterable[Image] = (),
) -> str:
    """The Jaarplan as one page: cover, introduction, parties and signatures, the changes.

    ``for_print`` gives the WeasyPrint variant (fonts as relative URLs, watermark for a draft).
    The Jaarplan holds none of the document's anchors: a link in its texts to ``#afspraak-5``
    points to ``document_page`` (the consolidated page beside it), and is only text where there
    is no such page (``None``; always in print, where a relative link would name a file of this
    machine). ``images``: the project's images, embedded where the texts show them.
    """
    phrases = load_phrases(templates_dir)
    environment = make_environment(templates_dir)
    anchors_page = None if for_print else document_page
    sources = image_sources(images)
    environment.filters.update(
        in_sentence=phrases.in_sentence,
        one_full_stop=one_full_stop,
        md=partial(markdown_to_html, anchors_page=anchors_page, images=sources),
        md_inline=partial(markdown_inline_to_html, anchors_page=anchors_page, images=sources),
    )
    environment.globals.update(phrase=phrases, table_redline=table_redline)
    template = environment.get_template(JAARPLAN_TEMPLATE)
    context = _context(renvooi, phrases, templates_dir, for_print, epoch)
    context["footnotes"] = Footnotes(sources, anchors_page)  # numbered through the whole page
    if shows_media(_texts(renvooi), sources):
        context["stylesheet"] = with_media_css(context["stylesheet"], templates_dir)
    return template.render(context)


def _texts(renvooi: Renvooi) -> Iterator[str]:
    """The Markdown texts the Jaarplan shows."""
    yield renvooi.jaarplan.introduction
    for chapter in renvooi.chapters:
        for target in chapter.targets:
            yield from target.current
            for entry in target.entries:
                yield from entry.blocks


def table_redline(before: str, after: str) -> Markup:
    """A table changed by the Jaarplan: the new table, its changed cells marked and showing
    the old words struck out beside the new ones."""
    redline = word_diff(layout_text(before), layout_text(after))
    return Markup('<div class="table-change">{}</div>').format(
        rendered_runs(redline.combined_view())
    )


def render_jaarplan_pdf(
    renvooi: Renvooi,
    *,
    templates_dir: Path | None = None,
    sources: Sequence[SourceAttachment] = (),
    epoch: datetime.datetime | None = None,
    images: Iterable[Image] = (),
) -> bytes:
    """The Jaarplan as PDF, with the consolidated document's fonts, options and sandbox, and
    ``sources`` (the files it was built from) embedded."""
    from .pdf import render_house_pdf

    html = render_jaarplan_html(
        renvooi, templates_dir=templates_dir, for_print=True, epoch=epoch, images=images
    )
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
        "stylesheet": house_stylesheet(templates_dir, for_print, _extra_css(renvooi)),
    }


def _extra_css(renvooi: Renvooi) -> tuple[str, ...]:
    """The Jaarplan's own CSS; and the style of the line that says what a new agreement is,
    only when one says it (a Jaarplan without keeps its bytes)."""
    entries = (
        entry
        for chapter in renvooi.chapters
        for target in chapter.targets
        for entry in target.entries
    )
    if any(entry.about for entry in entries):
        return (JAARPLAN_CSS, ABOUT_CSS)
    return (JAARPLAN_CSS,)
