"""``prestatie show`` for a terminal: the target's text, wrapped, then its history.

```
Afspraak 5 · Betaalbaarheid · 2025
agreements/betaalbaarheid/afspraak-5.md

  Woningcorporaties borgen dat er voldoende aanbod is van woningen met een huur onder
  de kwaliteitskortingsgrens (voor jongeren tot 23 jaar).

  Begin 2023 was de gemiddelde wachttijd ...
  [Aanvulling 2024]

Geschiedenis
  2024  Verwijderd 2024  (delete)  amendments/2024/jaarplan.yaml:52
        toelichting: ...
```

The tool's own words (the history's heading, ``toelichting:``) are in the chosen language;
labels and text are the document's own, Dutch as written.

Markdown is kept as written (list markers, ``**``): it is what the user edits. Lines are
wrapped to ``width`` with list items indented under their marker.

``--numbered`` (:func:`render_numbered_text`) prints the blocks and their sentences numbered
instead, without the history, and says how to copy one as a fragment::

    1    Woningcorporaties borgen dat er voldoende aanbod is van woningen met een huur onder
         de kwaliteitskortingsgrens (voor jongeren tot 23 jaar).

    2    [Aanvulling 2024]
    2.1  Begin 2023 was de gemiddelde wachttijd voor jongeren (t/m 22 jaar) ...
    2.2  Partijen spreken af de gemiddelde wachttijd niet op te laten lopen ...
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator

from ..core.messages import DEFAULT_LANGUAGE, Language, t
from ..core.show import HistoryLine, NumberedBlock, ShownBlock, ShownTarget, numbered_blocks

INDENT = "  "
_LIST_MARKER = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)")


def render_show_text(
    shown: ShownTarget, *, width: int = 100, prefix: str = "", language: Language = DEFAULT_LANGUAGE
) -> str:
    """The target and its history as plain text, lines at most ``width`` wide where possible.

    ``prefix`` goes before every source path (the project root as the user gave it).
    """
    parts = ["\n".join(_heading(shown, prefix, language))]
    if shown.deleted:
        parts.append(INDENT + shown.deleted)
    elif not shown.blocks:
        parts.append(INDENT + t("(empty)").render(language))
    else:
        blocks = [_block(block, shown.is_list, width) for block in shown.blocks]
        # List items stand one under the other, like the list they are; blocks are paragraphs.
        parts.append(("\n" if shown.is_list else "\n\n").join(blocks))
    parts.append("\n".join(_history(shown.history, width, prefix, language)))
    return "\n\n".join(parts) + "\n"


def _heading(shown: ShownTarget, prefix: str, language: Language) -> Iterator[str]:
    parts = [shown.target.title, shown.target.chapter_title, str(shown.year)]
    concept = t(" (CONCEPT: a draft Jaarplan is applied)") if shown.is_concept else None
    yield " · ".join(part for part in parts if part) + (concept.render(language) if concept else "")
    if shown.about:
        yield shown.about
    yield f"{prefix}{shown.source}"


def _block(block: ShownBlock, is_list: bool, width: int) -> str:
    text = f"- {block.text}" if is_list else block.text
    lines = [wrapped for line in text.split("\n") for wrapped in _wrap(line, width)]
    if block.label:
        lines.append(f"{INDENT}[{block.label}]")
    return "\n".join(lines)


def _wrap(line: str, width: int) -> list[str]:
    """One source line, wrapped; a list item's continuation lines align with its text."""
    marker = _LIST_MARKER.match(line)
    hanging = " " * len(marker.group(1)) if marker else ""
    return textwrap.wrap(
        line,
        width=max(width, 40),
        initial_indent=INDENT,
        subsequent_indent=INDENT + hanging,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [INDENT]


def _history(
    history: tuple[HistoryLine, ...], width: int, prefix: str, language: Language
) -> Iterator[str]:
    yield t("History").render(language)
    if not history:
        unchanged = t("no Jaarplan has changed it: the text of the base document")
        yield INDENT + unchanged.render(language)
        return
    for line in history:
        yield f"{INDENT}{line.year}  {line.label}  ({line.op})  {prefix}{line.source}"
        if line.reason.strip():
            reason = t("reason: {reason}", reason=" ".join(line.reason.split())).render(language)
            lead = reason.index(":") + 2  # continuation lines align under the reason itself
            yield from textwrap.wrap(
                reason,
                width=max(width, 40),
                initial_indent=INDENT * 4,
                subsequent_indent=INDENT * 4 + " " * lead,
            )


def render_numbered_text(
    shown: ShownTarget, *, width: int = 100, prefix: str = "", language: Language = DEFAULT_LANGUAGE
) -> str:
    """The target's blocks and sentences numbered (``2``, ``2.1``), then how to copy one."""
    parts = ["\n".join(_heading(shown, prefix, language))]
    blocks = numbered_blocks(shown)
    if shown.deleted:
        parts.append(INDENT + shown.deleted)
    elif not blocks:
        parts.append(INDENT + t("(empty)").render(language))
    else:
        column = max(len(f"{b.number}.{len(b.sentences)}") for b in blocks) + 2
        parts.extend("\n".join(_numbered_block(b, column, width)) for b in blocks)
        example = next((b for b in blocks if len(b.sentences) > 1), blocks[0])
        number = f"{example.number}.1" if len(example.sentences) > 1 else str(example.number)
        how = t("Copy a block or sentence as the text for old:, text: or after: with")
        parts.append(
            how.render(language) + "\n"
            f"{INDENT}prestatie show {shown.target.key} --year {shown.year} --copy {number}"
        )
    return "\n\n".join(parts) + "\n"


def _numbered_block(block: NumberedBlock, column: int, width: int) -> Iterator[str]:
    """``2  text`` for a block of one sentence; ``2`` then ``2.1  text`` ... for more."""
    label = f"[{block.label}]" if block.label else ""
    if len(block.sentences) == 1:
        yield from _numbered_line(str(block.number), block.sentences[0], column, width)
        if label:
            yield " " * column + label
        return
    yield f"{block.number:<{column}}{label}".rstrip()
    for index, sentence in enumerate(block.sentences, start=1):
        yield from _numbered_line(f"{block.number}.{index}", sentence, column, width)


def _numbered_line(number: str, text: str, column: int, width: int) -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()),
        width=max(width, 40),
        initial_indent=f"{number:<{column}}",
        subsequent_indent=" " * column,
        break_long_words=False,
        break_on_hyphens=False,
    )
