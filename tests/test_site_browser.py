"""The published site as a place to find things, in real headless Chromium (issue 14).

Search "woonwagens" on Assen's site opened from disk (``file://``, no server) finds agreement 17
in 2022 and 2024; the page of agreement 13 shows both versions and the redline; the comparison
2022 -> 2024 shows the deletion in agreement 7; on the Part-2 test project (which has
``owners``) the party filter shows only that party's agreements. The same search works served
over HTTP from a sub-path.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from browser import axe_violations, chromium, describe
from prestatie_build.cli import cli

pytestmark = [pytest.mark.browser, pytest.mark.pdf]  # a published site has real PDFs

PART2 = Path(__file__).resolve().parent / "data" / "part2"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("profile")) as context:
        yield context


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    tab = browser.new_page()
    yield tab
    tab.close()


@pytest.fixture(scope="module")
def published_part2(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = Path(shutil.copytree(PART2, tmp_path_factory.mktemp("part2") / "part2"))
    site = root.parent / "site"
    result = CliRunner().invoke(cli, ["--root", str(root), "publish", "--out", str(site)])
    assert result.exit_code == 0, result.output
    return site


def search(page: Any, words: str) -> list[str]:
    """Type ``words`` into the search page and submit; the result links (site paths)."""
    page.fill("#zoeken", words)
    page.click("#zoekformulier button[type=submit]")
    page.wait_for_function(
        "document.getElementById('zoekstatus').textContent.startsWith('Bezig') === false"
        " && document.getElementById('zoekstatus').textContent !== ''"
    )
    return list(
        page.eval_on_selector_all(
            "#zoekresultaten a", "links => links.map(a => a.getAttribute('href'))"
        )
    )


def test_search_from_disk_finds_woonwagens_in_agreement_17_of_2022_and_2024(
    published_assen: Path, page: Any
) -> None:
    page.goto((published_assen / "zoeken.html").as_uri())
    links = search(page, "woonwagens")
    assert page.inner_text("#zoekstatus") == "2 resultaten voor “woonwagens” in 2 versies."
    assert links == ["2024/index.html#afspraak-17", "2022/index.html#afspraak-17"]
    groups = page.eval_on_selector_all("#zoekresultaten h2", "hs => hs.map(h => h.textContent)")
    assert groups == ["Versie 2024", "Versie 2022"]
    assert "woonwagen" in page.inner_text("#zoekresultaten mark").lower()
    page.click("#zoekresultaten a[href='2022/index.html#afspraak-17']")
    page.wait_for_url("**/2022/index.html#afspraak-17")
    assert "Afspraak 17" in page.inner_text("#afspraak-17 h3, #afspraak-17 h4, #afspraak-17 h2")


def test_search_served_over_http_from_a_sub_path(
    published_assen: Path, page: Any, tmp_path: Path
) -> None:
    root = tmp_path / "www"
    shutil.copytree(published_assen, root / "afspraken" / "assen")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        page.goto(f"http://127.0.0.1:{server.server_port}/afspraken/assen/zoeken.html?q=woonwagens")
        page.wait_for_selector("#zoekresultaten a")
        links = page.eval_on_selector_all("#zoekresultaten a", "links => links.map(a => a.href)")
    finally:
        server.shutdown()
        server.server_close()
    base = f"http://127.0.0.1:{server.server_port}/afspraken/assen/"
    assert links == [f"{base}2024/index.html#afspraak-17", f"{base}2022/index.html#afspraak-17"]


def test_the_page_of_agreement_13_shows_both_versions_and_the_redline(
    published_assen: Path, page: Any
) -> None:
    page.goto((published_assen / "2024" / "index.html").as_uri())
    page.click("#afspraak-13 .site-history a")
    page.wait_for_url("**/afspraken/afspraak-13.html")
    headings = page.eval_on_selector_all("main h2", "hs => hs.map(h => h.textContent)")
    assert headings == ["Versie 2022", "Versie 2024"]
    assert page.locator("#versie-2024 ~ * del, section[aria-labelledby='versie-2024'] del").count()
    assert page.locator("section[aria-labelledby='versie-2024'] ins").count()
    changes = page.inner_text("section[aria-labelledby='versie-2024'] .wijzigingen-lijst")
    assert "Verwijderd 2024 (Jaarplan 2024): de taskforce sociale woningbouw is opgericht" in (
        changes
    )


def test_the_comparison_2022_2024_shows_the_deletion_in_agreement_7(
    published_assen: Path, page: Any
) -> None:
    page.goto((published_assen / "index.html").as_uri())
    page.click("text=Versie 2022 met 2024")
    page.wait_for_url("**/vergelijk/2022-2024.html")
    article = page.locator("article.wijziging", has=page.locator("h3", has_text="Afspraak 7"))
    assert article.count() == 1
    deleted = article.locator("del").all_inner_texts()
    assert any("verhuurdersheffing" in text for text in deleted)
    assert article.locator("ins").count() == 0


def visible_agreements(page: Any) -> list[str]:
    return list(
        page.eval_on_selector_all(
            "article.agreement", "as => as.filter(a => !a.hidden && a.offsetParent).map(a => a.id)"
        )
    )


def test_the_party_filter_shows_only_that_partys_agreements(
    published_part2: Path, page: Any
) -> None:
    page.goto((published_part2 / "2025" / "index.html").as_uri())
    every = visible_agreements(page)
    assert len(every) > 10
    page.select_option("#filter-owners", "seyster")
    shown = visible_agreements(page)
    owners = page.eval_on_selector_all(
        "article.agreement", "as => as.map(a => [a.id, a.dataset.owners || ''])"
    )
    expected = [id_ for id_, names in owners if "seyster" in names.split()]
    assert shown == expected == ["afspraak-22", "afspraak-23"]
    assert (
        page.inner_text("#afspraken-filter-uitkomst") == f"2 van de {len(every)} afspraken getoond."
    )
    page.select_option("#filter-owners", "")
    assert visible_agreements(page) == every


def test_without_javascript_the_page_is_whole_and_shows_no_filters(published_part2: Path) -> None:
    """The form is hidden until its script shows it; every agreement is in the HTML."""
    html = (published_part2 / "2025" / "index.html").read_text(encoding="utf-8")
    assert '<form class="filters" id="afspraken-filter" hidden' in html
    assert html.count('<article class="article agreement"') > 10
    assert 'class="article agreement"' in html.split("<script>")[0]


def test_the_filtered_page_passes_axe(published_part2: Path, page: Any) -> None:
    page.goto((published_part2 / "2025" / "index.html").as_uri())
    page.select_option("#filter-owners", "heuvelwonen")
    page.select_option("#filter-type", "resultaat")
    assert page.inner_text("#afspraken-filter-uitkomst").startswith("1 van de ")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
