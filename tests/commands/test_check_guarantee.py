"""``check`` passes, the build fails (issue 10, item 6), long tokens (item 18), and the size of
PDF that prestatie refuses to start (scale).

- Links between agreements are checked in every year: a link to an anchor a year's document
  lacks is an error at the link's line, a link to a vervallen agreement a warning. The Jaarplan,
  which holds none of the document's anchors, points such links at the consolidated page.
- A character the print fonts cannot print (from a YAML escape, an entity, or written as it is)
  is refused by check and by a PDF build, before rendering, at its line.
- A token longer than a line breaks in print: no glyph lies outside the page.
- A PDF beyond ``MAX_PDF_PARTS`` is refused before WeasyPrint starts, with the way out.

The property that ties them together (every project that passes check builds every output of
every year) is in ``test_check_implies_build.py``.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pikepdf
import pytest
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.core import MAX_PDF_PARTS, internal_links
from prestatie_build.render import COVERAGE_FILE, coverage_table, print_charset
from projects import small_project

JAARPLAN_2024 = "amendments/2024/jaarplan.yaml"
AFSPRAAK_7 = "agreements/betaalbaarheid/afspraak-7.md"


def run(root: Path, *arguments: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), *arguments])


def check(root: Path, *arguments: str) -> Result:
    return run(root, "check", "--today", "2024-06-01", *arguments)


def append_line(path: Path, text: str) -> int:
    """Append a paragraph to a Markdown file; the line it is on."""
    content = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    path.write_text(content + text + "\n", encoding="utf-8")
    return content.count("\n") + 1


def append_change(root: Path, change: str, year: int = 2024) -> int:
    """Append a change (YAML lines, indented as a list item) to a year's Jaarplan; the line of
    its last line."""
    path = root / f"amendments/{year}/jaarplan.yaml"
    content = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    path.write_text(content + change, encoding="utf-8")
    return content.count("\n") + change.rstrip("\n").count("\n") + 1


def jaarplan_2025(root: Path, changes: str) -> Path:
    folder = root / "amendments" / "2025"
    folder.mkdir()
    path = folder / "jaarplan.yaml"
    path.write_text(
        "year: 2025\ntitle: Jaarplan 2025\nstatus: adopted\n"
        f"adopted: {{date: 2024-12-05, place: Assen}}\nchanges:\n{changes}",
        encoding="utf-8",
    )
    return path


# --- item 6: links between agreements, in every year -----------------------------------------


def test_a_link_to_an_agreement_not_in_the_document_fails_check_at_its_line(assen: Path) -> None:
    """Failed on main: check passed, and the PDF build failed on "No anchor #afspraak-14"."""
    line = append_line(assen / AFSPRAAK_7, "Zie ook [afspraak 14](#afspraak-14).")
    outcome = check(assen)
    assert outcome.exit_code == 1, outcome.output
    assert outcome.stderr.splitlines()[:2] == [
        f"{assen}/{AFSPRAAK_7}:{line}: error: link to #afspraak-14, but agreement 14 is not in "
        "the document of 2022-2025 [P141 broken-link]",
        "  hint: the agreements in 2025: 2, 5, 7, 12, 13, 15, 17, 19, 27, 29, 30, 31, 33",
    ]


def test_a_link_to_an_agreement_added_later_fails_in_the_years_before(assen: Path) -> None:
    """Agreement 2 comes with the Jaarplan 2024: a link to it from the base text lands nowhere
    in 2022 and 2023."""
    line = append_line(assen / AFSPRAAK_7, "Zie\n[afspraak 2](#afspraak-2).")
    outcome = check(assen)
    assert outcome.exit_code == 1
    assert outcome.stderr.splitlines()[:2] == [
        f"{assen}/{AFSPRAAK_7}:{line + 1}: error: link to #afspraak-2, but agreement 2 is not "
        "in the document of 2022-2023 [P141 broken-link]",
        "  hint: #afspraak-2 exists in 2024-2025 only; link to it from text of those years, or "
        "to a part that exists in every year the text is in",
    ]


def test_links_to_parts_that_exist_pass(assen: Path) -> None:
    append_line(
        assen / AFSPRAAK_7,
        "Zie [5](#afspraak-5), [de tijdlijn](#tijdlijn), [betaalbaarheid]"
        "(#hoofdstuk-betaalbaarheid), [de doelen](#doelen-betaalbaarheid), [versies]"
        "(#document-versies), [boven](#), [extern](https://example.org/#afspraak-99) en "
        "`[code](#afspraak-99)`.",
    )
    outcome = check(assen, "--strict")
    assert outcome.exit_code == 0, outcome.stderr


def test_a_link_to_a_vervallen_agreement_is_a_warning(assen: Path) -> None:
    deletion = jaarplan_2025(assen, "  - op: delete\n    target: 13\n")
    line = append_line(assen / AFSPRAAK_7, "Zie [afspraak 13](#afspraak-13).")
    outcome = check(assen)
    assert outcome.exit_code == 0, outcome.stderr
    assert outcome.stderr.splitlines()[:2] == [
        f"{assen}/{AFSPRAAK_7}:{line}: warning: link to #afspraak-13: agreement 13 is vervallen "
        "per 2025 [W305 link-to-deleted]",
        f"  hint: the link lands on '[Vervallen per 2025]' (deleted by the change at "
        f"{deletion.relative_to(assen)}:6:5); link to what replaces it, or remove the link",
    ]
    assert check(assen, "--strict").exit_code == 1


def test_a_link_a_fragment_replacement_puts_in_is_located_at_its_new_text(assen: Path) -> None:
    path = jaarplan_2025(
        assen,
        "  - op: replace\n    target: 7\n    old: Gemeente levert\n"
        "    new: |\n      Gemeente (zie [afspraak 99](#afspraak-99)) levert\n",
    )
    outcome = check(assen)
    assert outcome.exit_code == 1
    assert outcome.stderr.startswith(
        f"{assen}/{path.relative_to(assen)}:10: error: link to #afspraak-99, but agreement 99 "
        "is not in the document of 2025"
    )


def test_a_pdf_build_refuses_a_dangling_link_at_its_line_before_rendering(assen: Path) -> None:
    """Failed on main with WeasyPrint's unlocated "No anchor #afspraak-14", after the layout."""
    line = append_line(assen / AFSPRAAK_7, "Zie ook [afspraak 14](#afspraak-14).")
    outcome = run(assen, "build", "--year", "2024", "--format", "pdf")
    assert outcome.exit_code == 1
    assert outcome.stderr.startswith(f"{assen}/{AFSPRAAK_7}:{line}: error: link to #afspraak-14")
    assert "No anchor" not in outcome.stderr
    assert not (assen / "build" / "2024" / "prestatieafspraken-2024.pdf").exists()


@pytest.mark.pdf
def test_the_jaarplan_points_links_at_the_consolidated_page_and_its_pdf_builds(
    assen: Path,
) -> None:
    """Failed on main: the Jaarplan quotes the change, not the anchors, so its PDF refused
    every internal link ("No anchor #afspraak-13")."""
    append_change(
        assen,
        "  - op: append\n    target: 7\n    text: Zie [afspraak 13](#afspraak-13) en de "
        "[tijdlijn](#tijdlijn).\n",
    )
    assert check(assen, "--strict").exit_code == 0
    outcome = run(assen, "build", "--year", "2024", "--format", "jaarplan,html")
    assert outcome.exit_code == 0, outcome.output
    folder = assen / "build" / "2024"
    html = (folder / "jaarplan-2024.html").read_text(encoding="utf-8")
    assert '<a href="prestatieafspraken-2024.html#afspraak-13">afspraak 13</a>' in html
    assert '<a href="prestatieafspraken-2024.html#tijdlijn">tijdlijn</a>' in html
    assert 'id="afspraak-13"' in (folder / "prestatieafspraken-2024.html").read_text()
    with pikepdf.open(folder / "jaarplan-2024.pdf") as pdf:
        uris = [
            str(annotation.A.URI)
            for page in pdf.pages
            for annotation in page.get("/Annots", [])
            if "/A" in annotation and "/URI" in annotation.A
        ]
    # In print the link is its text: a relative link would name a file of this machine.
    assert not [uri for uri in uris if uri.startswith("file:")], uris
    text = subprocess.run(
        ["pdftotext", str(folder / "jaarplan-2024.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Zie afspraak 13 en de tijdlijn." in " ".join(text.split())


def test_internal_links_are_found_as_the_renderer_cuts_the_text() -> None:
    text = "Een [a](#afspraak-5)\nen [b](#caf%C3%A9) [c](#) ![d [e](#x)](k.png) `[f](#y)`"
    assert [(link.anchor, link.line) for link in internal_links(text)] == [
        ("afspraak-5", 0),
        ("café", 1),
    ]
    # A reference definition counts in a body block, not in a list item (rendered inline).
    reference = "[a][r]\n\n[r]: #afspraak-5"
    assert [link.anchor for link in internal_links(reference)] == ["afspraak-5"]
    assert internal_links("[a][r] [r]: #afspraak-5", inline=True) == ()


# --- item 6: characters the print fonts cannot print -------------------------------------------

ESCAPES = [
    ("\\a", "U+0007"),
    ("\\e", "U+001B"),
    ("\\L", "U+2028 LINE SEPARATOR"),
    ("\\N", "U+0085"),
    ("\\uFFFE", "U+FFFE (a noncharacter)"),
    ("\\P", "U+2029 PARAGRAPH SEPARATOR"),
    ("\\uE000", "U+E000 (a private-use character)"),
]


@pytest.mark.parametrize(("escape", "character"), ESCAPES, ids=[e for e, _ in ESCAPES])
def test_a_yaml_escape_the_fonts_cannot_print_fails_check_at_its_line(
    assen: Path, escape: str, character: str
) -> None:
    """Failed on main: check passed, the PDF build failed on a ".notdef glyph"."""
    line = append_change(
        assen, f'  - op: append\n    target: 7\n    text: "Een alinea met {escape} erin."\n'
    )
    outcome = check(assen)
    assert outcome.exit_code == 1, outcome.output
    located = [d for d in outcome.stderr.splitlines() if d.startswith(f"{assen}/{JAARPLAN_2024}")]
    assert located, outcome.stderr
    assert located[0].startswith(f"{assen}/{JAARPLAN_2024}:{line}"), located
    assert ": error: " in located[0]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("&#xE000;", "the entity &#xE000; makes U+E000 (a private-use character)"),
        ("&#0;", "the entity &#0; makes U+FFFD REPLACEMENT CHARACTER"),
        ("\U0001f3e0", "the text holds U+1F3E0 HOUSE BUILDING"),
    ],
)
def test_markdown_that_makes_an_unprintable_character_fails_check(
    assen: Path, written: str, message: str
) -> None:
    line = append_line(assen / AFSPRAAK_7, f"Een woning {written} hier.")
    outcome = check(assen)
    assert outcome.exit_code == 1
    assert outcome.stderr.splitlines()[0] == (
        f"{assen}/{AFSPRAAK_7}:{line}: error: {message}, which the PDF's fonts cannot print "
        "[P140 unprintable-character]"
    )


def test_a_pdf_build_refuses_an_unprintable_character_at_its_line_before_rendering(
    assen: Path,
) -> None:
    # A private-use character: printable text to the edge (a line separator is refused there,
    # as a control character), but no font has a glyph for it.
    line = append_change(assen, '  - op: append\n    target: 7\n    text: "Regel \\ue000."\n')
    outcome = run(assen, "build", "--year", "2024", "--format", "pdf,jaarplan")
    assert outcome.exit_code == 1
    assert f"{assen}/{JAARPLAN_2024}:{line}: error: " in outcome.stderr
    assert "P140" in outcome.stderr or "cannot print" in outcome.stderr
    assert ".notdef" not in outcome.stderr


def test_what_the_print_fonts_can_print() -> None:
    charset = print_charset()
    printable = "aé€≥αж\u00a0\u00ad\u2010\u200b\n\t\r\u2019\u201c\u2013\u2026"
    assert all(character in charset for character in printable)
    refused = "\x00\x07\x1b\x85\u2028\u2029\ufffe\ufffd\ue000\U0001f3e0\u2060\u2713"
    assert not [character for character in refused if character in charset]


def test_the_shipped_coverage_table_is_that_of_the_fonts() -> None:
    """``scripts/make_font_coverage.py`` rewrites it when the fonts change."""
    assert json.loads(COVERAGE_FILE.read_text(encoding="utf-8")) == coverage_table()


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not DEJAVU.is_file(), reason="DejaVu Sans is not installed")
def test_a_project_with_its_own_fonts_is_held_against_those(tmp_path: Path) -> None:
    fonts = tmp_path / "templates" / "fonts"
    fonts.mkdir(parents=True)
    for name in ("Lato-Regular", "Lato-Italic", "Lato-Bold", "Lato-BoldItalic"):
        shutil.copy(DEJAVU, fonts / f"{name}.woff2")  # the face is read by its content
    own = print_charset(tmp_path / "templates")
    assert "\u2713" in own and "\u2713" not in print_charset()


# --- item 18: a token longer than a line -----------------------------------------------------

LONG = "Woningbouw" * 14  # 140 characters, no break opportunity


def long_token_project(root: Path) -> Path:
    """The small project with the 140-character token in every text a writer controls."""
    small_project(root)
    document = root / "agreements" / "document.yaml"
    document.write_text(
        f"title: Prestatieafspraken {LONG}\nperiod: {{start: 2022, end: 2025}}\n"
        f"place: Teststad{LONG}\nparties:\n  - {{id: gemeente, name: Gemeente {LONG}, "
        f"representative: De heer {LONG}, role: wethouder}}\n"
        f"chapters:\n  - id: wonen\n    title: Wonen {LONG}\n    goals:\n      - Doel {LONG}\n"
        f"documents:\n  - Document {LONG}\n",
        encoding="utf-8",
    )
    (root / "agreements" / "wonen" / "afspraak-5.md").write_text(
        f"---\nnumber: 5\ntitle: Titel {LONG}\n---\nPartijen bouwen {LONG} woningen.\n\n"
        f"- Een punt {LONG}\n\nZie <https://example.org/{LONG}> en `code{LONG}`.\n",
        encoding="utf-8",
    )
    (root / "amendments" / "2023" / "jaarplan.yaml").write_text(
        f"year: 2023\ntitle: Jaarplan {LONG}\nstatus: adopted\n"
        f"adopted: {{date: 2022-12-08, place: Teststad {LONG}}}\n"
        f"signatories:\n  - {{party: gemeente, name: De heer {LONG}, role: wethouder {LONG}}}\n"
        f"introduction: Inleiding {LONG}.\nchanges:\n"
        f"  - op: append\n    target: 5\n    text: Een alinea {LONG}.\n"
        f"    label: Aanvulling {LONG}\n    reason: Reden {LONG}\n"
        f"  - op: replace\n    target: 5\n    old: Partijen bouwen\n    new: Partijen {LONG}\n"
        f"  - op: append\n    target: 5\n    text: Nog een alinea.\n"
        f"    label: {' '.join(['Aanvulling'] * 25)}\n",
        encoding="utf-8",
    )
    return root


def words_outside_the_page(pdf: Path) -> list[str]:
    """Every word whose box pdftotext finds outside its page's media box."""
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", layout))
    xhtml = "{http://www.w3.org/1999/xhtml}"
    outside = []
    pages = list(root.iter(f"{xhtml}page"))
    assert pages
    for number, page in enumerate(pages, 1):
        width, height = float(page.get("width", 0)), float(page.get("height", 0))
        for word in page.iter(f"{xhtml}word"):
            x0, y0, x1, y1 = (float(word.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax"))
            if x0 < 0 or y0 < 0 or x1 > width + 0.01 or y1 > height + 0.01:
                outside.append(f"page {number}: {word.text} at {x0:.0f}-{x1:.0f} of {width:.0f}")
    return outside


@pytest.mark.pdf
def test_long_tokens_break_and_no_glyph_lies_outside_the_page(tmp_path: Path) -> None:
    """Failed on main: the token ran off the page in ten places of the document and 26 of the
    Jaarplan (body text, titles, list items, running headers, labels, the versions table)."""
    root = long_token_project(tmp_path / "project")
    assert check(root, "--strict").exit_code == 0
    outcome = run(root, "build", "--year", "2023", "--format", "pdf,jaarplan")
    assert outcome.exit_code == 0, outcome.output
    for name in ("prestatieafspraken-2023.pdf", "jaarplan-2023.pdf"):
        pdf = root / "build" / "2023" / name
        assert words_outside_the_page(pdf) == [], name
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        # Nothing is lost: the token is all there, broken over lines (hyphens aside).
        letters = re.sub(r"[\s\u2010-]", "", text.stdout)
        assert LONG in letters, name


# --- scale: a PDF too large to set is refused before WeasyPrint starts ------------------------


def many_agreements(root: Path, count: int) -> Path:
    """A one-chapter project with ``count`` one-line agreements."""
    small_project(root)
    folder = root / "agreements" / "wonen"
    for number in (n for n in range(1, count + 1) if n != 5):  # 5 is the small project's
        (folder / f"afspraak-{number}.md").write_text(
            f"---\nnumber: {number}\n---\nPartijen doen {number} dingen.\n", encoding="utf-8"
        )
    return root


REFUSED_BUILD = """
import sys
from prestatie_build.cli import cli
try:
    cli(sys.argv[1:])
except SystemExit as exit:
    print(exit.code, "weasyprint" in sys.modules)
"""


@pytest.mark.slow  # seconds of work: a huge project, real kills, glyph by glyph
def test_a_pdf_beyond_the_limit_is_refused_before_weasyprint_starts(tmp_path: Path) -> None:
    """Failed on main: the PDF build started, and at 100,000 agreements grew past 14 GB."""
    root = many_agreements(tmp_path / "project", MAX_PDF_PARTS + 1)
    done = subprocess.run(
        [sys.executable, "-c", REFUSED_BUILD, "--root", str(root), "build", "--year", "2024"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout.split() == ["1", "False"], done.stderr  # exit 1, WeasyPrint never imported
    assert done.stderr.splitlines() == [
        "error: the PDF of the document of 2024 would hold 2,001 agreements and sections (at "
        "most 2,000): WeasyPrint would need many minutes and gigabytes of memory to set it, so "
        "prestatie does not start. Build the HTML and the change report only: prestatie build "
        "--year 2024 --format html,report",
        "er is niets geschreven",
    ]
    assert not (root / "build" / "2024").exists()
    outcome = run(root, "build", "--year", "2024", "--format", "html,report")
    assert outcome.exit_code == 0, outcome.output
    warned = check(root)
    assert warned.exit_code == 0
    assert warned.stderr.splitlines()[0] == (
        f"{root}/agreements/document.yaml:1: warning: the document is too large for a PDF in "
        "2022-2025: it holds 2,001 agreements and sections (at most 2,000) [W306 too-large-for-pdf]"
    )
