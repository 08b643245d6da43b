"""WCAG 2.1 AA and 2.2 AA in real headless Chromium: an axe-core scan and the keyboard.

Debian's chromium, driven by playwright without any browser download, scans the pages a reader
gets: the published site's index, the consolidated page (with its filters) and the change report
of Assen 2024, the search page (with results), the agreement pages and the comparison, and the
same two pages of a draft (with the CONCEPT banner). 0 violations for the tags wcag2a, wcag2aa,
wcag21a, wcag21aa and wcag22aa. The keyboard tests follow the table of contents and the skip link.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from browser import axe_violations, chromium, describe
from prestatie_build.cli import cli
from projects import copy_assen

pytestmark = [pytest.mark.browser, pytest.mark.pdf]  # the published site has real PDFs


@pytest.fixture(scope="module")
def concept_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The HTML outputs of Assen 2024 with its Jaarplan made a draft (no PDF: only pages)."""
    root = copy_assen(tmp_path_factory.mktemp("concept") / "assen")
    jaarplan = root / "amendments" / "2024" / "jaarplan.yaml"
    text = jaarplan.read_text(encoding="utf-8")
    text = text.replace(
        "status: adopted\nadopted:\n  date: 2023-12-07\n  place: Assen\n", "status: draft\n"
    )
    assert "status: draft" in text
    jaarplan.write_text(text, encoding="utf-8")
    out = root.parent / "out"
    args = ["--root", str(root), "build", "--year", "2024", "--format", "html,report"]
    result = CliRunner().invoke(cli, [*args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("profile")) as context:
        yield context


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    tab = browser.new_page()
    yield tab
    tab.close()


SITE_PAGES = (
    "index.html",
    "2024/index.html",
    "2024/wijzigingen-2024.html",
    "2022/index.html",
    "zoeken.html",
    "afspraken/index.html",
    "afspraken/afspraak-13.html",
    "vergelijk/2022-2024.html",
)
CONCEPT_PAGES = ("prestatieafspraken-2024.html", "wijzigingen-2024.html")


@pytest.mark.parametrize("path", SITE_PAGES)
def test_published_pages_pass_axe_for_wcag_2_2_aa(
    published_assen: Path, page: Any, path: str
) -> None:
    page.goto((published_assen / path).as_uri())
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def test_the_search_page_with_its_results_passes_axe(published_assen: Path, page: Any) -> None:
    page.goto((published_assen / "zoeken.html").as_uri() + "?q=woonwagens")
    page.wait_for_selector("#zoekresultaten a")
    violations = axe_violations(page)
    assert violations == [], describe(violations)


@pytest.mark.parametrize("path", CONCEPT_PAGES)
def test_concept_pages_pass_axe_for_wcag_2_2_aa(concept_pages: Path, page: Any, path: str) -> None:
    page.goto((concept_pages / path).as_uri())
    assert "CONCEPT" in page.locator("body").inner_text()
    violations = axe_violations(page)
    assert violations == [], describe(violations)


def focused(page: Any) -> str:
    return str(page.evaluate("document.activeElement.id || document.activeElement.tagName"))


def test_a_contents_link_moves_the_keyboard_focus_to_its_agreement(
    published_assen: Path, page: Any
) -> None:
    page.goto((published_assen / "2024" / "index.html").as_uri())
    page.focus("nav.toc a[href='#afspraak-17']")
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#afspraak-17'")
    assert focused(page) == "afspraak-17"
    assert page.evaluate("document.activeElement.matches(':target')")
    # The next Tab continues after the agreement, not back at the top of the page.
    tab_order_after = page.evaluate(
        "Array.from(document.querySelectorAll('a[href]')).filter(a => "
        "document.getElementById('afspraak-17').compareDocumentPosition(a) & "
        "Node.DOCUMENT_POSITION_FOLLOWING).length"
    )
    page.keyboard.press("Tab")
    if tab_order_after == 0:
        assert focused(page) in ("BODY", "A")  # nothing focusable follows: the cycle restarts
    else:
        assert page.evaluate(
            "document.getElementById('afspraak-17').compareDocumentPosition(document.activeElement)"
            " & Node.DOCUMENT_POSITION_FOLLOWING"
        )


def test_every_contents_target_can_take_focus(published_assen: Path, page: Any) -> None:
    page.goto((published_assen / "2024" / "index.html").as_uri())
    targets = page.eval_on_selector_all(
        "nav.toc a[href^='#']", "links => links.map(a => a.getAttribute('href').slice(1))"
    )
    assert len(targets) > 10
    for target in targets:
        assert page.get_attribute(f"[id='{target}']", "tabindex") == "-1", target


def test_the_skip_link_moves_the_focus_to_the_text(published_assen: Path, page: Any) -> None:
    page.goto((published_assen / "2024" / "index.html").as_uri())
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Direct naar de tekst"
    assert page.evaluate("document.activeElement.getBoundingClientRect().left") >= 0  # visible
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#document-tekst'")
    assert focused(page) == "document-tekst"
