"""Markdown from the sources is data: no raw HTML, no requests, only harmless links."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from prestatie_build.render import (
    is_safe_href,
    markdown_inline_to_html,
    markdown_to_html,
    reference_definitions,
    typography,
)


def test_result_is_markup_with_paragraphs_and_lists() -> None:
    html = markdown_to_html("Eerste alinea.\n\n- een\n- twee\n\n**Vet:** tekst")
    assert isinstance(html, Markup)
    assert "<p>Eerste alinea.</p>" in html
    assert "<ul>\n<li>een</li>\n<li>twee</li>\n</ul>" in html
    assert "<strong>Vet:</strong> tekst" in html


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(1)">',
        "<div>\n<script>alert(1)</script>\n</div>",
        '<a href="javascript:alert(1)">klik</a>',
    ],
)
def test_raw_html_is_shown_as_text(source: str) -> None:
    html = markdown_to_html(source)
    assert "<script" not in html
    assert "<img" not in html
    assert "<div" not in html
    assert "<a " not in html
    assert "&lt;" in html


def test_template_syntax_stays_literal() -> None:
    assert "{{ 7*7 }}" in markdown_to_html("Som: {{ 7*7 }} en {% if x %}")
    assert "49" not in markdown_to_html("{{ 7*7 }}")


def test_image_becomes_its_alt_text_and_makes_no_request() -> None:
    html = markdown_to_html('![Kaart van *Assen* <b>](http://example.com/kaart.png "titel")')
    assert "<img" not in html
    assert "src=" not in html
    assert "example.com" not in html
    assert "Kaart van Assen &lt;b&gt;" in html


@pytest.mark.parametrize(
    ("source", "href"),
    [
        ("[site](https://www.assen.nl/wonen)", "https://www.assen.nl/wonen"),
        ("[site](http://example.nl)", "http://example.nl"),
        ("[mail](mailto:info@example.nl)", "mailto:info@example.nl"),
        ("[zie afspraak 5](#afspraak-5)", "#afspraak-5"),
        ("<https://example.nl/a>", "https://example.nl/a"),
    ],
)
def test_safe_links_are_kept(source: str, href: str) -> None:
    assert f'<a href="{href}">' in markdown_to_html(source)


@pytest.mark.parametrize(
    "source",
    [
        "[tekst](javascript:alert(1))",
        "[tekst](JavaScript:alert(1))",
        "[tekst](file:///etc/passwd)",
        "[tekst](data:text/html;base64,PHNjcmlwdD4=)",
        "[tekst](../geheim.html)",
        "[tekst](//example.com/x)",
        "[tekst](ftp://example.com/x)",
        "[tekst](vbscript:msgbox)",
    ],
)
def test_other_links_render_their_text_only(source: str) -> None:
    html = markdown_to_html(source)
    assert "<a" not in html
    assert "href" not in html
    assert html == "<p>tekst</p>\n"


def test_unsafe_autolink_keeps_its_text_only() -> None:
    html = markdown_to_html("<javascript:alert(1)>")
    assert "<a" not in html
    assert "javascript:alert(1)" in html


def test_refused_link_does_not_swallow_the_next_link() -> None:
    html = markdown_to_html("[a](file:///x) en [b](https://example.nl)")
    assert html == '<p>a en <a href="https://example.nl">b</a></p>\n'


def test_body_headings_stay_below_article_headings() -> None:
    html = markdown_to_html("# Kop\n\n## Sub\n\n#### Diep")
    assert "<h4>Kop</h4>" in html
    assert "<h5>Sub</h5>" in html
    assert "<h6>Diep</h6>" in html
    assert "<h1" not in html
    assert "<h2" not in html
    assert "<h3" not in html


def test_euro_amount_keeps_a_no_break_space() -> None:
    assert typography("€ 480.000,- per jaar") == "€\u00a0480.000,- per jaar"
    assert typography("€  80.000") == "€\u00a080.000"
    assert typography("€ per jaar") == "€ per jaar"
    html = markdown_to_html("Een bijdrage van € 480.000,- per jaar.")
    assert "€\u00a0480.000,-" in html


def test_typography_is_not_applied_inside_code() -> None:
    assert "<code>€ 5</code>" in markdown_to_html("`€ 5`")


def test_inline_rendering_has_no_paragraph() -> None:
    html = markdown_inline_to_html("We willen *betaalbare* woonlasten <b>;</b>")
    assert html == "We willen <em>betaalbare</em> woonlasten &lt;b&gt;;&lt;/b&gt;"


@pytest.mark.parametrize(
    ("href", "safe"),
    [
        ("https://x.nl", True),
        ("HTTP://X.NL", True),
        ("mailto:a@b.nl", True),
        ("#afspraak-5", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("relative/path", False),
        ("", False),
    ],
)
def test_is_safe_href(href: str, safe: bool) -> None:
    assert is_safe_href(href) is safe


# --- reference links work within a file (contract Part 2), also across blocks ---------------------


BLOCKS = (
    "Zie [de nota][Nota] en [het plan][].",
    '[nota]: https://example.org/nota "De nota"\n[het plan]: #afspraak-5',
    "[kwaad]: javascript:alert(1)\nEen [list][kwaad].",
)


def test_a_reference_link_finds_its_definition_in_another_block() -> None:
    references = reference_definitions(BLOCKS)
    html = markdown_to_html(BLOCKS[0], references)
    assert html == (
        '<p>Zie <a href="https://example.org/nota" title="De nota">de nota</a> en '
        '<a href="#afspraak-5">het plan</a>.</p>\n'
    )


def test_a_block_of_definitions_only_renders_as_nothing() -> None:
    assert markdown_to_html(BLOCKS[1], reference_definitions(BLOCKS)) == ""


def test_a_refused_reference_keeps_only_its_text() -> None:
    html = markdown_to_html(BLOCKS[2], reference_definitions(BLOCKS))
    assert html == "<p>Een list.</p>\n"


def test_no_definitions_no_references() -> None:
    assert reference_definitions(["Gewone tekst.", "- een lijst"]) == {}
