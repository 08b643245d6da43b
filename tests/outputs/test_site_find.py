"""The site's pages to find things, assembled without PDFs: an agreement's page, the
comparisons, the search page and Pagefind's index (same records, same bytes)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from prestatie_build.core import plan_site, published_texts, search_records
from prestatie_build.outputs import index_pages, search_bundle, site_pages
from prestatie_build.sources import load_project
from projects import copy_assen


@pytest.fixture(scope="module")
def assen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_assen(tmp_path_factory.mktemp("site-find") / "assen")


@pytest.fixture(scope="module")
def pages(assen: Path) -> dict[str, bytes]:
    project = load_project(assen)
    return site_pages(project, plan_site(project, False), (), assen / "templates")


def test_the_site_has_a_page_per_agreement_a_comparison_and_a_search(
    pages: dict[str, bytes],
) -> None:
    assert "afspraken/afspraak-13.html" in pages
    assert "afspraken/index.html" in pages
    assert [p for p in pages if p.startswith("vergelijk/")] == ["vergelijk/2022-2024.html"]
    assert "zoeken.html" in pages
    assert "pagefind/pagefind-entry.json" in pages
    assert not [p for p in pages if "pagefind-ui" in p or "wasm.unknown" in p]


def test_the_page_of_13_holds_both_versions_and_the_redline(pages: dict[str, bytes]) -> None:
    html = pages["afspraken/afspraak-13.html"].decode()
    assert '<h2 id="versie-2022">Versie 2022</h2>' in html
    assert '<h2 id="versie-2024">Versie 2024</h2>' in html
    assert 'href="../2024/index.html#afspraak-13"' in html
    assert "<del>" in html and "<ins>" in html
    assert "Verwijderd 2024</strong> (Jaarplan 2024): de taskforce sociale woningbouw" in html


def test_the_comparison_is_the_reviews_page(pages: dict[str, bytes]) -> None:
    html = pages["vergelijk/2022-2024.html"].decode()
    assert "Vergelijking van <code>2022</code> met <code>2024</code>." in html
    assert "woningcorporaties. <del>De gemeente overweegt welke andere vormen" in html


def test_pagefind_indexes_a_page_per_version_with_an_anchor_per_agreement(assen: Path) -> None:
    texts = published_texts(load_project(assen), [2022, 2024])
    indexed = index_pages(search_records(texts.documents, "index.html"))
    assert sorted(indexed) == ["2022/index.html", "2024/index.html"]
    page = indexed["2024/index.html"]
    assert '<h2 id="afspraak-17">Afspraak 17</h2>' in page
    assert '<span data-pagefind-meta="versie" hidden>2024</span>' in page


def test_the_index_is_the_same_bytes_for_the_same_sources(assen: Path) -> None:
    texts = published_texts(load_project(assen), [2022, 2024])
    records = search_records(texts.documents, "index.html")
    first = search_bundle(records)
    # Pagefind's filter file varied about one run in six: several runs, to catch such a thing.
    for _ in range(6):
        assert search_bundle(records) == first
    entry = json.loads(first["pagefind/pagefind-entry.json"])
    assert list(entry["languages"]) == ["nl"]


def test_offline_js_holds_every_file_pagefind_reads_but_its_worker(assen: Path) -> None:
    texts = published_texts(load_project(assen), [2022])
    bundle = search_bundle(search_records(texts.documents, "index.html"))
    script = bundle["pagefind/offline.js"].decode()
    prefix = "window.prestatieZoekindex = "
    assert script.startswith(prefix)
    files = json.loads(script.removeprefix(prefix).rstrip(";\n"))
    expected = {
        path.removeprefix("pagefind/")
        for path in bundle
        if path not in ("pagefind/offline.js", "pagefind/pagefind-worker.js")
    }
    assert set(files) == expected
    assert base64.b64decode(files["pagefind.js"]) == bundle["pagefind/pagefind.js"]
