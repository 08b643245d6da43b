"""The review as one self-contained HTML page, styled like the change report.

No size limit applies here, so this is the complete comparison that the pull-request comment
points to when it had to be cut. The page uses the change report's stylesheet (``report.css``,
which a project may override in its ``templates/``) and embedded fonts, makes no requests and
has no scripts.
Every piece of user text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from html import escape
from pathlib import Path

from ..core.report import LEGEND
from ..core.review import Review, TargetDiff, YearDiff, year_runs, years_label
from ..core.worddiff import WordOp
from .fonts import web_font_faces
from .review_markdown import HEADING, STATUS_WORDS
from .templating import find_asset

STYLESHEET = "report.css"
_TAGS = {"delete": "del", "insert": "ins"}


def render_review_html(review: Review, *, templates_dir: Path | None = None) -> str:
    """The whole review as an HTML page."""
    own = find_asset(STYLESHEET, templates_dir).read_text(encoding="utf-8")
    # The house fonts, as the change report embeds them (fonts.py).
    css = f"{web_font_faces(templates_dir)}\n{own}"
    # "</" could close the style element early; "<\\/" means the same to CSS.
    css = css.replace("</", "<\\/")
    title = f"{HEADING} \u2013 {review.title}"
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="nl">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>\n{css}\n</style>",
            "</head>",
            "<body>",
            *_header(review),
            "<main>",
            *_body(review),
            "</main>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _header(review: Review) -> Iterator[str]:
    yield '<header class="kop">'
    yield f'  <p class="document-titel">{escape(review.title)}</p>'
    yield f"  <h1>{escape(HEADING)}</h1>"
    yield (
        f"  <p>Vergelijking van <code>{escape(review.base)}</code> met "
        f"<code>{escape(review.head)}</code>.</p>"
    )
    if not review.is_unchanged:
        yield f'  <p class="legenda">{escape(LEGEND)}</p>'
    yield "</header>"


def _body(review: Review) -> Iterator[str]:
    if review.is_unchanged:
        yield '<p class="ongewijzigd">De geconsolideerde tekst verandert in geen enkel jaar.</p>'
        return
    for run in year_runs(review.years):
        if run[0].is_unchanged:
            yield (
                f'<p class="ongewijzigd"><strong>{years_label(run)}:</strong> '
                "de geconsolideerde tekst verandert niet.</p>"
            )
        else:
            yield from _years(run)


def _years(run: tuple[YearDiff, ...]) -> Iterator[str]:
    section = f"jaar-{run[0].year}"
    concept = " (CONCEPT)" if run[0].is_concept else ""
    yield f'<section class="wijzigingen" aria-labelledby="{section}">'
    yield f'  <h2 id="{section}">{years_label(run)}{concept}</h2>'
    if len(run) > 1:
        yield "  <p>Dezelfde wijzigingen in elk van deze jaren.</p>"
    for index, entry in enumerate(run[0].entries, start=1):
        yield from _entry(f"{section}-{index}", entry)
    yield "</section>"


def _entry(identifier: str, entry: TargetDiff) -> Iterator[str]:
    yield f'  <article class="wijziging" id="{identifier}">'
    yield f"    <h3>{escape(entry.title)} <small>({STATUS_WORDS[entry.text_change]})</small></h3>"
    yield '    <dl class="gegevens">'
    yield f"      <div><dt>Hoofdstuk</dt><dd>{escape(entry.chapter_title)}</dd></div>"
    yield (
        f"      <div><dt>Anker</dt><dd><code>#{escape(entry.anchor)}</code> "
        f"(<code>{escape(entry.key)}</code>)</dd></div>"
    )
    yield "    </dl>"
    panels = list(_panels(entry))
    layout = "teksten naast-elkaar" if len(panels) > 1 else "teksten"
    yield f'    <div class="{layout}">'
    for heading, css_class, runs in panels:
        yield (
            f'      <section class="tekst {css_class}"><h4>{heading}</h4>'
            f'<div class="bron-tekst">{_runs(runs)}</div></section>'
        )
    yield "    </div>"
    yield "  </article>"


def _panels(entry: TargetDiff) -> Iterator[tuple[str, str, Iterable[WordOp]]]:
    change = entry.text_change
    if change == "new":
        yield "Wordt", "wordt", [WordOp("equal", entry.after)]
    elif change == "removed":
        yield "Was", "was", [WordOp("equal", entry.before)]
    else:
        yield "Was", "was", entry.redline.before_view()
        yield "Wordt", "wordt", entry.redline.after_view()


def _runs(runs: Iterable[WordOp]) -> str:
    """The runs with no white space around the tags: the text is shown pre-wrapped."""
    parts = []
    for run in runs:
        text = escape(run.text, quote=False)
        tag = _TAGS.get(run.kind)
        parts.append(f"<{tag}>{text}</{tag}>" if tag else text)
    return "".join(parts)
