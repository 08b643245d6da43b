# ruff: noqa: RUF001 -- Dutch quotation marks and dashes are what these tests check
"""The documents look finished: one typeface, whole titles, plain history, true running headers.

- Every HTML page (document, change report, Jaarplan, site index) embeds the web subsets of the
  Lato fonts the PDF uses, with their licence, and requests nothing; Chromium draws its text
  with them.
- A title never breaks at a hyphen ("2022-" / "2025", "Assen-" / "Noord").
- A history line says "Aanvulling 2024", not "2024 Aanvulling 2024" (tests/render/test_html.py).
- The running header of a page names the chapter the page begins in, also in a draft.
- A quotation that ends a sentence takes no second full stop.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fontTools.ttLib import TTFont

from prestatie_build.cli import cli
from prestatie_build.core import Review, build_renvooi, build_report, consolidate
from prestatie_build.render import (
    PACKAGE_TEMPLATES,
    render_document_html,
    render_jaarplan_html,
    render_report_html,
    render_review_html,
    render_site_index,
)
from prestatie_build.sources import load_project
from projects import REPO
from typeface import EVERY_FACE, embedded_faces, requested_urls, style_of

FONTS = PACKAGE_TEMPLATES / "fonts"
FACES = {
    "Lato-Regular.woff2": "PrestatieSans-Regular.woff2",
    "Lato-Italic.woff2": "PrestatieSans-Italic.woff2",
    "Lato-Bold.woff2": "PrestatieSans-Bold.woff2",
    "Lato-BoldItalic.woff2": "PrestatieSans-BoldItalic.woff2",
}


def assen_pages(year: int) -> dict[str, str]:
    """Every kind of HTML page of Assen in ``year``, rendered for a screen."""
    project = load_project(REPO, up_to_year=year)
    consolidation = consolidate(project, year)
    pages = {
        "document": render_document_html(consolidation),
        "report": render_report_html(build_report(consolidation, year, year)),
        "review": render_review_html(Review("Review", "main", "HEAD", ())),
        "site index": render_site_index(project, (), None),
    }
    renvooi = build_renvooi(project, year)
    if renvooi is not None:
        pages["jaarplan"] = render_jaarplan_html(renvooi)
    return pages


@pytest.fixture(scope="module")
def pages_2024() -> dict[str, str]:
    return assen_pages(2024)


# --- one typeface, embedded ---------------------------------------------------------------


def test_every_page_embeds_every_face_with_its_licence_and_requests_nothing(
    pages_2024: dict[str, str],
) -> None:
    assert sorted(pages_2024) == ["document", "jaarplan", "report", "review", "site index"]
    for name, html in pages_2024.items():
        assert embedded_faces(html) == EVERY_FACE, name
        assert requested_urls(html) == [], name
        style = style_of(html)
        assert "Copyright (c) 2010-2014 by tyPoland Lukasz Dziedzic" in style, name
        assert "SIL OPEN FONT LICENSE Version 1.1" in style, name
        assert re.search(r'font-family: "Lato", "DejaVu Sans", sans-serif', style), name


CSS_WEIGHT = re.compile(r"font-weight:\s*(\w+)")
CSS_STYLE = re.compile(r"font-style:\s*(\w+)")
BOLD_BY_DEFAULT = ("<strong", "<b>", "<h1", "<h2", "<h3", "<h4", "<th")


def test_every_weight_and_style_a_page_uses_has_an_embedded_face(
    pages_2024: dict[str, str],
) -> None:
    """What CSS asks for maps onto a face: 600 is drawn by 700 (the nearest heavier one)."""
    for name, html in pages_2024.items():
        style = style_of(html).split("*/", 1)[1]  # after the licence
        weights = {int(w) for w in CSS_WEIGHT.findall(style) if w.isdigit()}
        weights |= {700 for tag in BOLD_BY_DEFAULT if tag in html} | {400}
        styles = set(CSS_STYLE.findall(style)) | {"normal"}
        styles |= {"italic" for tag in ("<em>", "<i>") if tag in html}
        faces = embedded_faces(html)
        for weight in weights:
            drawn = 400 if weight <= 500 else 700
            for face_style in styles:
                assert (drawn, face_style) in faces, f"{name}: {weight} {face_style}"


def _cmap(path: Path) -> dict[int, str]:
    return TTFont(path).getBestCmap()


def visible_text(html: str) -> str:
    return re.sub(r"<style>.*?</style>", "", html, flags=re.DOTALL)


def test_the_web_fonts_have_every_character_of_the_assen_pages_that_lato_has() -> None:
    characters = {
        ord(c)
        for year in (2022, 2024)
        for html in assen_pages(year).values()
        for c in visible_text(html)
    }
    for full, web in FACES.items():
        in_lato = characters & set(_cmap(FONTS / full))
        missing = in_lato - set(_cmap(FONTS / "web" / web))
        assert not missing, f"{web} lacks {sorted(chr(c) for c in missing)}"
    assert {ord("€"), ord("–"), ord("“"), ord("ë"), 0x00A0} <= characters


@pytest.mark.slow  # seconds of work: a huge project, real kills, glyph by glyph
@pytest.mark.parametrize(("full", "web"), sorted(FACES.items()))
def test_the_web_fonts_draw_the_glyphs_of_lato(full: str, web: str) -> None:
    """Same outlines and advances for every character they keep: one typeface, two files."""
    lato, subset = TTFont(FONTS / full), TTFont(FONTS / "web" / web)
    lato_cmap, subset_cmap = lato.getBestCmap(), subset.getBestCmap()
    assert len(subset_cmap) > 400
    for code, glyph in subset_cmap.items():
        original = lato_cmap[code]
        assert subset["hmtx"][glyph] == lato["hmtx"][original], chr(code)
        ours = subset["glyf"][glyph].getCoordinates(subset["glyf"])[0]
        theirs = lato["glyf"][original].getCoordinates(lato["glyf"])[0]
        assert list(ours) == list(theirs), chr(code)


@pytest.mark.parametrize("web", sorted(FACES.values()))
def test_the_web_fonts_do_not_take_the_reserved_name_and_keep_the_licence(web: str) -> None:
    names = {record.nameID: str(record) for record in TTFont(FONTS / "web" / web)["name"].names}
    for name_id in (1, 3, 4, 6):  # family, unique, full and PostScript name
        assert "Lato" not in names[name_id].replace("subset of Lato", ""), names[name_id]
    assert names[1] == "Prestatie Sans"
    assert 'Reserved Font Name "Lato"' in names[0]
    assert "SIL Open Font License" in names[13]
    licence = (FONTS / "web" / "OFL.txt").read_text(encoding="utf-8")
    assert "Modified Version" in licence and "SIL OPEN FONT LICENSE Version 1.1" in licence


# --- titles, punctuation ----------------------------------------------------------------------


def test_titles_keep_their_hyphenated_words_whole(pages_2024: dict[str, str]) -> None:
    whole = '<span class="nowrap">2022-2025</span>'
    for name, html in pages_2024.items():
        if name == "review":
            continue  # names no document title
        assert whole in html, name
        assert re.search(r"\.nowrap \{\s*white-space: nowrap;\s*\}", style_of(html)), name
    assert f"<h1>Meerjarige Prestatieafspraken {whole} Assen</h1>" in pages_2024["site index"]


DRAFT_2025 = """\
year: 2025
title: Jaarplan 2025
status: draft
changes:
  - op: replace
    target: 5
    old: >-
      De mogelijkheden worden verkend om de huurwoningvoorraad gelabeld voor jongeren te
      vergroten.
    new: Partijen vergroten de huurwoningvoorraad voor jongeren; Actium gaat voor.
  - op: delete
    target: 17
    text: >-
      Momenteel vindt een locatieonderzoek plaats om invulling te kunnen geven aan
      bovengenoemde uitbreidingsbehoefte.
"""


def test_a_quotation_that_ends_the_sentence_takes_no_second_full_stop(assen: Path) -> None:
    (assen / "amendments" / "2025").mkdir()
    (assen / "amendments" / "2025" / "jaarplan.yaml").write_text(DRAFT_2025, encoding="utf-8")
    document = assen / "agreements" / "document.yaml"
    document.write_text(
        document.read_text(encoding="utf-8").replace("name: Actium", "name: Actium B.V."),
        encoding="utf-8",
    )
    renvooi = build_renvooi(load_project(assen), 2025)
    assert renvooi is not None
    html = render_jaarplan_html(renvooi)
    assert "wordt “De mogelijkheden worden verkend" in html
    assert (
        "door: “Partijen vergroten de huurwoningvoorraad voor jongeren; Actium gaat voor.”</p>"
        in (html)
    )
    assert "hierna te noemen: ‘Actium B.V.’</li>" in html
    assert not re.search(r"[.!?][”’]\.", visible_text(html))


# --- in Chromium ------------------------------------------------------------------------------

SITE_PAGES = (
    "index.html",
    "2024/index.html",
    "2024/jaarplan-2024.html",
    "2024/wijzigingen-2024.html",
    "2022/index.html",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from browser import chromium

    with chromium(tmp_path_factory.mktemp("profile")) as context:
        yield context


def _drawn_with(context: Any, page: Any, selector: str) -> set[str]:
    """The fonts Chromium really drew the text of ``selector``'s elements with (DevTools)."""
    session = context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    nodes = session.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})
    fonts = set()
    for node in nodes["nodeIds"]:
        for font in session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]:
            fonts.add(font["familyName"])
    session.detach()
    return fonts


@pytest.mark.pdf
@pytest.mark.browser
@pytest.mark.parametrize("path", SITE_PAGES)
def test_chromium_draws_every_page_in_the_embedded_lato(
    published_assen: Path, browser: Any, path: str
) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((published_assen / path).as_uri())
    page.evaluate("document.fonts.ready.then(() => true)")
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.status === 'loaded')"
        ".map(f => `${f.family} ${f.weight} ${f.style}`)"
    )
    assert {"Lato 400 normal", "Lato 700 normal"} <= {name.replace('"', "") for name in loaded}
    family = page.evaluate("getComputedStyle(document.querySelector('main p, p')).fontFamily")
    assert family.replace('"', "").startswith("Lato,")
    drawn = _drawn_with(browser, page, "h1, h2, p, li, th, td, a")
    assert drawn - MONOSPACE == {"Prestatie Sans"}  # code (an example link) stays monospace
    assert requests == [(published_assen / path).as_uri()]
    page.close()


MONOSPACE = {"DejaVu Sans Mono", "Liberation Mono"}

WHOLE_RANGE = """() => {
  const walker = document.createTreeWalker(document.querySelector('h1'), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, at = node.textContent.indexOf('2022-2025');
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 9);
    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
  }
  return 0;
}"""


@pytest.mark.pdf
@pytest.mark.browser
@pytest.mark.parametrize("path", ("index.html", "2024/index.html"))
def test_the_title_never_breaks_at_its_hyphen_on_any_screen(
    published_assen: Path, browser: Any, path: str
) -> None:
    """From a phone to a desktop, "2022-2025" stays on one line."""
    page = browser.new_page()
    page.goto((published_assen / path).as_uri())
    lines = {}
    for width in range(240, 960, 8):
        page.set_viewport_size({"width": width, "height": 600})
        lines[width] = page.evaluate(WHOLE_RANGE)
    page.close()
    assert set(lines.values()) == {1}, [w for w, n in lines.items() if n != 1]


# --- in the PDF -------------------------------------------------------------------------------


def pdf_pages(path: Path) -> list[list[str]]:
    """Each page's lines (layout kept), white space at the ends stripped."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [[line.strip() for line in page.split("\n")] for page in text.split("\f")[:-1]]


@pytest.mark.pdf
def test_pdfs_use_only_lato(published_assen: Path) -> None:
    for name in ("prestatieafspraken-2024.pdf", "jaarplan-2024.pdf"):
        fonts = subprocess.run(
            ["pdffonts", str(published_assen / "2024" / name)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.splitlines()[2:]
        families = {line.split()[0].split("+")[-1] for line in fonts}
        assert families and all(family.startswith("Lato") for family in families), families
        assert {"Lato", "Lato-Bold"} <= families, families


@pytest.mark.pdf
def test_a_pdf_title_keeps_a_hyphenated_word_whole(assen: Path) -> None:
    """At 26 pt, "Assen-Noord" ends the title's first line: it moves down whole."""
    document = assen / "agreements" / "document.yaml"
    text = document.read_text(encoding="utf-8")
    title = "title: Meerjarige Prestatieafspraken 2022-2025 Assen\n"
    assert title in text
    document.write_text(
        text.replace(title, "title: Meerjarige Prestatieafspraken Assen-Noord\n"), encoding="utf-8"
    )
    out = assen / "out"
    result = CliRunner().invoke(
        cli, ["--root", str(assen), "build", "--year", "2022", "--format", "pdf", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    cover = pdf_pages(out / "prestatieafspraken-2022.pdf")[0]
    assert "Assen-Noord" in cover
    assert "Meerjarige Prestatieafspraken" in cover


def running_chapters(pages: list[list[str]], headings: dict[str, str]) -> list[tuple[str, str]]:
    """(header, chapter at the page's top) for every page after the cover.

    ``headings`` maps a heading line to the name the header gives it.
    """
    result = []
    current = ""
    for lines in pages[1:]:
        header, body = lines[0], [line for line in lines[1:] if line]
        top = body[0] if body else ""
        if top in headings:
            current = headings[top]
        result.append((re.split(r"\s{2,}", header)[-1], current))
        for line in body[1:]:
            current = headings.get(line, current)
    return result


def jaarplan_headings(root: Path, year: int) -> dict[str, str]:
    renvooi = build_renvooi(load_project(root), year)
    assert renvooi is not None
    headings = {chapter.title: chapter.title for chapter in renvooi.chapters}
    headings |= {"Inleiding": "Inleiding", "Partijen en ondertekening": "Partijen en ondertekening"}
    headings["Wijzigingen en aanvullingen “Meerjarige Prestatieafspraken"] = (
        "Wijzigingen en aanvullingen"
    )
    headings["Bijlage 2: Overzicht documenten"] = "Bijlage 2: Overzicht documenten"  # Assen's
    return headings


def assert_headers_name_the_chapter_at_the_top(
    path: Path, headings: dict[str, str], *, some_start_lower: bool = True
) -> None:
    pages = pdf_pages(path)
    pairs = running_chapters(pages, headings)
    wrong = [(n, pair) for n, pair in enumerate(pairs, start=2) if pair[1] and pair[0] != pair[1]]
    assert not wrong, wrong
    assert sum(1 for _, chapter in pairs if chapter) >= 3
    if some_start_lower:  # the case that matters: a chapter begins below the top of a page
        lower = [page for page in pages[1:] if set([x for x in page if x][2:]) & set(headings)]
        assert lower, "no chapter begins below the top of a page: the check proves nothing"


@pytest.mark.pdf
def test_the_jaarplan_header_names_the_chapter_the_page_begins_in(published_assen: Path) -> None:
    assert_headers_name_the_chapter_at_the_top(
        published_assen / "2024" / "jaarplan-2024.pdf",
        jaarplan_headings(published_assen.parent / "assen", 2024),
    )


DRAFT_WITH_MORE = DRAFT_2025 + "".join(
    f"  - op: append\n    target: {target}\n    text: {text}\n"
    for target, text in (
        (
            7,
            "De gemeente en de woningcorporaties evalueren in 2025 de bijdrage aan betaalbare "
            "sociale huren en betrekken daarbij de huurdersorganisaties.",
        ),
        (
            12,
            "Partijen organiseren twee bijeenkomsten per jaar voor bewoners over "
            "energiebesparing en de ondersteuningsmogelijkheden van de gemeente.",
        ),
        (13, "Partijen monitoren de groei van de sociale huurvoorraad jaarlijks."),
        (27, "Partijen stellen in 2025 een gezamenlijke routekaart verduurzaming op."),
        (33, "Partijen zetten de wijkaanpak voort in de wijken met de grootste opgave."),
    )
)


@pytest.mark.pdf
def test_a_drafts_header_names_the_chapter_the_page_begins_in(assen: Path) -> None:
    """A draft has the CONCEPT watermark, a fixed element on every page: it must not hide the
    chapter heading from the header (the watermark stands last in the body)."""
    (assen / "amendments" / "2025").mkdir()
    (assen / "amendments" / "2025" / "jaarplan.yaml").write_text(DRAFT_WITH_MORE, encoding="utf-8")
    out = assen / "out"
    args = ["--root", str(assen), "build", "--year", "2025", "--format", "jaarplan,pdf"]
    result = CliRunner().invoke(cli, [*args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert_headers_name_the_chapter_at_the_top(
        out / "jaarplan-2025.pdf", jaarplan_headings(assen, 2025)
    )
    chapters = {c.title: c.title for c in load_project(assen).document.chapters}
    chapters |= {"Bijlage: Overzicht documenten": "Bijlage: Overzicht documenten"}
    chapters |= {"Versies": "Versies"}
    assert_headers_name_the_chapter_at_the_top(
        out / "prestatieafspraken-2025.pdf", chapters, some_start_lower=False
    )
    text = "\n".join(line for page in pdf_pages(out / "jaarplan-2025.pdf") for line in page)
    assert "Actium gaat voor.”" in text and "voor.”." not in text


@pytest.mark.slow
def test_the_web_fonts_are_made_by_the_script(tmp_path: Path) -> None:
    script = REPO / "scripts" / "make_web_fonts.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    for web in FACES.values():
        assert (tmp_path / web).read_bytes() == (FONTS / "web" / web).read_bytes(), web
