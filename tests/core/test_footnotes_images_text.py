"""Footnotes and images in a text, as the core sees them: where they are, which blocks they make,
and how a was/wordt shows them (source-format Part 2, "More Markdown")."""

from __future__ import annotations

from prestatie_build.core import (
    NOTE,
    SourceLocation,
    footnote_problems,
    layout_text,
    media_uses,
    split_blocks,
)

TEXT = """Tekst met een noot[^b] en
een kaart: ![Kaart *van* de wijk](kaart.png).[^a]

* een opsomming
* geen voetnoot

[^a]: Bron: CBS,
    2023.
[^b]: Eerder genoemd.
[^c]: Nergens gebruikt.
"""


def test_footnotes_and_images_with_their_lines() -> None:
    uses = media_uses(TEXT)
    assert [(r.label, r.line) for r in uses.references] == [("b", 0), ("a", 1)]
    assert [(d.label, d.line) for d in uses.definitions] == [("a", 6), ("b", 8), ("c", 9)]
    ((image),) = uses.images
    assert (image.src, image.alt, image.line) == ("kaart.png", "Kaart van de wijk", 1)


def test_a_reference_without_definition_and_an_unused_one_are_problems() -> None:
    uses = media_uses("Tekst[^x].\n\n[^y]: Noot.\n")
    assert [(problem, use.label) for problem, use in footnote_problems(uses)] == [
        ("undefined", "x"),
        ("unused", "y"),
    ]


def test_each_definition_is_a_block_and_star_lines_stay_a_list() -> None:
    blocks = split_blocks(TEXT, SourceLocation("a.md", 4))
    assert [(b.text.split("\n")[0], b.location.line) for b in blocks] == [
        ("Tekst met een noot[^b] en", 4),
        ("* een opsomming", 7),
        ("[^a]: Bron: CBS,", 10),
        ("[^b]: Eerder genoemd.", 12),
        ("[^c]: Nergens gebruikt.", 13),
    ]


def test_a_was_wordt_shows_numbers_never_markers() -> None:
    layout = layout_text(TEXT)
    assert "[^" not in layout
    assert layout.startswith(f"Tekst met een noot {NOTE}1 en een kaart: Kaart van de wijk. {NOTE}2")
    # A definition is a paragraph that starts with its number; an unused one keeps its label.
    assert f"\n\n{NOTE}2 Bron: CBS, 2023.\n\n{NOTE}1 Eerder genoemd.\n\n{NOTE}c Nergens" in layout
