"""A target's redline as HTML, and the pages that show redlines: the change report, the review.

Both pages are templates (``report.html.j2``, ``review.html.j2``) that a project may override
in its ``templates/``, autoescaped, with ``report.css`` inlined; they make no requests and have
no scripts. Both draw each target's texts with the macros of ``redline.html.j2``: the rendered
texts (see :mod:`prestatie_build.core.richtext`) as paragraphs, lists and tables, with ``<del>``
and ``<ins>`` around the words that changed and the changed cells of a table marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from ..core.naming import AFTER, BEFORE, LEGEND, UNCHANGED_NOTE
from ..core.richtext import NOTE, ShownBlock, ShownItem, ShownRow, layout_blocks
from ..core.targets import TargetRedline
from ..core.worddiff import WordOp
from .fonts import page_stylesheet
from .markdown import typography
from .templating import make_environment

STYLESHEET = "report.css"


@dataclass(frozen=True, slots=True)
class TextPanel:
    """One side of a redline as a page shows it: ``Was`` or ``Wordt`` and its runs."""

    heading: str
    css_class: str
    runs: tuple[WordOp, ...]


def panels(entry: TargetRedline) -> tuple[TextPanel, ...]:
    """The texts to show: old and new side by side, the one that exists, or none."""
    change = entry.shown_change
    if change == "new":
        return (TextPanel(AFTER, "wordt", (WordOp("equal", entry.shown_after),)),)
    if change == "removed":
        return (TextPanel(BEFORE, "was", (WordOp("equal", entry.shown_before),)),)
    if change == "unchanged":
        return ()
    shown = entry.shown
    return (
        TextPanel(BEFORE, "was", shown.before_view()),
        TextPanel(AFTER, "wordt", shown.after_view()),
    )


def rendered_runs(runs: tuple[WordOp, ...]) -> Markup:
    """The runs of a layout text as HTML blocks: paragraphs, lists, tables."""
    return Markup("\n").join(_BLOCKS[block.kind](block) for block in layout_blocks(runs))


_TAGS = {"delete": "del", "insert": "ins"}


def _words(runs: tuple[WordOp, ...]) -> Markup:
    """Words with ``<del>``/``<ins>``; a footnote's number raised; a line break kept."""
    parts = []
    for run in runs:
        text = Markup.escape(typography(run.text))
        text = Markup(str(text).replace("\n", "<br>"))
        if run.kind in _TAGS and run.text.strip():
            text = Markup("<{0}>{1}</{0}>").format(Markup(_TAGS[run.kind]), text)
        parts.append(text)
    html = str(Markup("").join(parts))
    return Markup(re.sub(rf"\s?{NOTE}(\d+)", r"<sup>\1</sup>", html))


def _paragraph(block: ShownBlock) -> Markup:
    return Markup("<p>{}</p>").format(Markup("<br>").join(_words(line) for line in block.lines))


def _list(block: ShownBlock) -> Markup:
    """Nested ``<ul>``/``<ol>`` from the items' depths."""
    html: list[str] = []
    open_tags: list[str] = []
    for item in block.items:
        while len(open_tags) > item.depth:
            html.append(f"</li></{open_tags.pop()}>")
        if len(open_tags) == item.depth:
            html.append("</li>")
        while len(open_tags) < item.depth:
            open_tags.append(_list_tag(item))
            html.append(f"<{open_tags[-1]}>")
        html.append(f"<li>{_words(item.runs)}")
    while open_tags:
        html.append(f"</li></{open_tags.pop()}>")
    return Markup("".join(html))


def _list_tag(item: ShownItem) -> str:
    return "ol" if item.numbered else "ul"


def _table(block: ShownBlock) -> Markup:
    rows = "".join(_row(row) for row in block.rows)
    return Markup('<div class="tabel"><table>{}</table></div>').format(Markup(rows))


def _row(row: ShownRow) -> str:
    tag = "th" if row.header else "td"
    cells = (
        f"<{tag}{_CHANGED_CELL if changed else ''}>{_words(cell)}</{tag}>"
        for cell, changed in zip(row.cells, row.changed_cells, strict=True)
    )
    return f"<tr>{''.join(cells)}</tr>"


_CHANGED_CELL = ' class="gewijzigd"'


_BLOCKS = {"paragraph": _paragraph, "list": _list, "table": _table}
"""How each kind of block is drawn."""


def render_redline_page(template: str, templates_dir: Path | None, **context: object) -> str:
    """The page ``template`` (the project's, else the package's) with ``context``.

    Every template of the environment, ``redline.html.j2`` included, can call ``panels`` and
    use ``legend`` and ``unchanged_note``; the page gets the stylesheet as ``css``.
    """
    environment = make_environment(templates_dir)
    environment.globals.update(
        panels=panels, rendered_runs=rendered_runs, legend=LEGEND, unchanged_note=UNCHANGED_NOTE
    )
    return environment.get_template(template).render(
        css=page_stylesheet(STYLESHEET, templates_dir), **context
    )
