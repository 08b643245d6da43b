"""The PDF: metadata, outline, page numbers, fonts, CONCEPT, and a sandbox without network.

Two real documents are rendered once per module (about 2 s each); the sandbox tests use tiny pages.
"""

from __future__ import annotations

import http.server
import re
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest

from prestatie_build.core import Consolidation
from prestatie_build.render import (
    DOCUMENT_PDF_OPTIONS,
    PACKAGE_TEMPLATES,
    PdfRenderError,
    PdfResult,
    asset_base_dir,
    make_url_fetcher,
    render_document_html,
    render_document_pdf,
    render_pdf,
    render_pdf_with_log,
    template_dirs,
)

pytestmark = pytest.mark.pdf

SCRIPT_TEXT = "<script>alert(1)</script>"


@dataclass(frozen=True)
class RenderedPdf:
    result: PdfResult
    path: Path
    pages: list[str]
    """pdftotext of each page, hyphenation at line ends undone."""


def pdftotext(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    )
    # hyphens: auto breaks Dutch words with U+2010 at line ends; join them for searching.
    return re.sub(r"\u2010\n", "", done.stdout)


@pytest.fixture(scope="module")
def concept_pdf(
    render_sample_concept: Consolidation, tmp_path_factory: pytest.TempPathFactory
) -> RenderedPdf:
    html = render_document_html(render_sample_concept, for_print=True)
    result = render_pdf_with_log(
        html,
        base_url=asset_base_dir(),
        allowed_roots=template_dirs(None),
        pdf_options=DOCUMENT_PDF_OPTIONS,
    )
    path = tmp_path_factory.mktemp("pdf") / "concept.pdf"
    path.write_bytes(result.pdf)
    pages = pdftotext(path).split("\f")
    return RenderedPdf(result, path, [page for page in pages if page.strip()])


@pytest.fixture(scope="module")
def adopted_pdf(render_sample: Consolidation, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "adopted.pdf"
    path.write_bytes(render_document_pdf(render_sample))  # raises on any WeasyPrint warning
    return path


# --- The document PDF ------------------------------------------------------------------------


def test_render_is_clean_and_reads_only_the_shipped_fonts(concept_pdf: RenderedPdf) -> None:
    result = concept_pdf.result
    assert result.pdf.startswith(b"%PDF-")
    assert result.messages == ()  # no ".notdef glyph", no failed resource, no bad CSS
    assert result.refused == ()
    fonts = (PACKAGE_TEMPLATES / "fonts").resolve().as_uri()
    assert result.fetched
    assert all(url.startswith(fonts + "/Lato-") for url in result.fetched), result.fetched


def test_metadata_title_language_authors(concept_pdf: RenderedPdf) -> None:
    with (
        pikepdf.open(concept_pdf.path) as pdf,
        pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta,
    ):
        assert meta["dc:title"] == "CONCEPT \u2013 Prestatieafspraken 2022-2025 Teststad (2025)"
        assert meta["dc:creator"] == [
            "Gemeente Teststad",
            "Woonstichting Één",
            "Huurdersvereniging Ons Belang",
        ]
        assert "Jaarplan 2025" in meta["dc:description"]
        assert str(pdf.Root.Lang) == "nl"
        assert pdf.Root.get("/StructTreeRoot") is not None  # tagged (PDF/A-3b with tags)


def test_outline_has_chapters_and_their_articles_only(concept_pdf: RenderedPdf) -> None:
    with pikepdf.open(concept_pdf.path) as pdf, pdf.open_outline() as outline:
        tree = {item.title: [child.title for child in item.children] for item in outline.root}
        grandchildren = [c.children for item in outline.root for c in item.children]
    assert tree == {
        "Betaalbaarheid": [
            "Jaarlijkse cyclus",
            "Afspraak 5",
            "Afspraak 7",
            "Afspraak 12",
            "Afspraak 12a (Jongerenhuisvesting)",
        ],
        "Duurzaamheid": ["Afspraak 27"],
    }
    assert all(len(children) == 0 for children in grandchildren)


def test_every_page_says_pagina_x_van_y(concept_pdf: RenderedPdf) -> None:
    with pikepdf.open(concept_pdf.path) as pdf:
        total = len(pdf.pages)
    assert len(concept_pdf.pages) == total
    for number, text in enumerate(concept_pdf.pages, start=1):
        assert f"pagina {number} van {total}" in text


def test_toc_page_numbers_point_at_the_headings(concept_pdf: RenderedPdf) -> None:
    toc_page = next(p for p in concept_pdf.pages if "\nInhoud\n" in p)
    entries = dict(re.findall(r"^(\S.*?)\s*\.{3,}\s*(\d+)$", toc_page, flags=re.M))
    assert set(entries) >= {"Betaalbaarheid", "Afspraak 5", "Afspraak 27", "Versies"}
    for heading, page in entries.items():
        body = concept_pdf.pages[int(page) - 1]
        heading = heading.removesuffix(" (vervallen)")
        assert re.search(rf"^{re.escape(heading)}$", body, flags=re.M), (heading, page)


def test_body_text_with_special_characters(concept_pdf: RenderedPdf) -> None:
    text = "\n".join(concept_pdf.pages)
    for word in ("Zeeën", "café", "reïntegratie", "coöperatie", "‘enkel’", "“dubbel”", "…"):  # noqa: RUF001
        assert word in text
    assert re.search(r"€[\u00a0 ]480\.000", text)
    assert "[Vervallen per 2024]" in text
    assert "Wijziging/aanvulling 2024" in text


def test_script_and_template_syntax_appear_as_text(concept_pdf: RenderedPdf) -> None:
    text = "\n".join(concept_pdf.pages)
    assert SCRIPT_TEXT in text
    assert "{{ 7*7 }}" in text


def test_concept_on_every_page(concept_pdf: RenderedPdf) -> None:
    for text in concept_pdf.pages:
        assert "CONCEPT" in text


def test_adopted_pdf_has_no_concept(adopted_pdf: Path) -> None:
    text = pdftotext(adopted_pdf)
    assert "CONCEPT" not in text
    assert "pagina 1 van" in text


def test_embedded_fonts_are_lato(concept_pdf: RenderedPdf) -> None:
    listing = subprocess.run(
        ["pdffonts", str(concept_pdf.path)], check=True, capture_output=True, text=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert rows
    for row in rows:
        name = row[0].split("+")[-1]
        assert name.startswith("Lato"), row
        assert row[-5] == "yes", row  # columns end with: emb sub uni object-id generation


def test_same_input_gives_the_same_pdf(render_sample: Consolidation, adopted_pdf: Path) -> None:
    assert render_document_pdf(render_sample) == adopted_pdf.read_bytes()


# --- Warnings are collected, not dropped ------------------------------------------------------


def test_missing_glyph_is_reported(tmp_path: Path) -> None:
    html = '<html lang="nl"><body><p>Onbekend teken: \ue000</p></body></html>'
    result = render_pdf_with_log(html, base_url=tmp_path, allowed_roots=[tmp_path])
    assert any(".notdef glyph" in message for message in result.messages)
    with pytest.raises(PdfRenderError, match="notdef"):
        render_pdf(html, base_url=tmp_path, allowed_roots=[tmp_path])


# --- The sandbox ---------------------------------------------------------------------------


class CountingServer(http.server.ThreadingHTTPServer):
    """A local HTTP server that counts connections; the sandbox must cause none."""

    connections = 0


class CountingHandler(http.server.BaseHTTPRequestHandler):
    def setup(self) -> None:
        assert isinstance(self.server, CountingServer)
        self.server.connections += 1
        super().setup()

    def do_GET(self) -> None:  # A 404 keeps a control render fast.
        self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[CountingServer]:
    httpd = CountingServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def roots(tmp_path: Path) -> tuple[Path, Path]:
    """An allowed folder with one file, and a secret file beside it."""
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (allowed / "ok.css").write_text("p { color: #123456 }", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("geheim", encoding="utf-8")
    (allowed / "link.css").symlink_to(secret)
    return allowed, secret


def hostile_page(port: int, secret: Path) -> str:
    base = f"http://127.0.0.1:{port}"
    return f"""<html lang="nl"><head>
<link rel="stylesheet" href="{base}/a.css">
<link rel="stylesheet" href="ok.css">
<style>
@import url("{base}/b.css");
@import url("file:///etc/passwd");
@font-face {{ font-family: X; src: url("{base}/f.woff2"); }}
body {{ background: url("https://127.0.0.1:{port}/bg.png"); }}
</style></head><body>
<img src="{base}/i.png" alt="">
<img src="ftp://127.0.0.1:{port}/i.png" alt="">
<img src="file:///etc/passwd" alt="">
<img src="../{secret.name}" alt="">
<img src="link.css" alt="">
<p style="font-family: X">tekst</p>
</body></html>"""


def test_fetcher_refuses_network_and_outside_files(
    server: CountingServer, roots: tuple[Path, Path]
) -> None:
    allowed, secret = roots
    fetcher = make_url_fetcher([allowed])
    port = server.server_address[1]
    refused_urls = [
        f"http://127.0.0.1:{port}/x",
        f"https://127.0.0.1:{port}/x",
        f"ftp://127.0.0.1:{port}/x",
        "file:///etc/passwd",
        (allowed / ".." / secret.name).as_uri(),
        (allowed / "link.css").as_uri(),  # a symlink pointing outside
        (allowed / "missing.css").as_uri(),
        f"file://127.0.0.1{allowed / 'ok.css'}",
    ]
    for url in refused_urls:
        with pytest.raises(ValueError, match="sandbox refused"):
            fetcher.fetch(url)
    assert [item.url for item in fetcher.refused] == refused_urls
    outside = "het bestand ligt buiten de toegestane mappen"
    assert [item.reason.render() for item in fetcher.refused] == [
        "een adres met http is niet toegestaan",
        "een adres met https is niet toegestaan",
        "een adres met ftp is niet toegestaan",
        outside,
        outside,
        outside,
        "het bestand bestaat niet",
        "het bestand staat op een andere computer (127.0.0.1)",
    ]
    assert str(fetcher.refused[-1]).endswith(": file URL on another host (127.0.0.1)")
    assert server.connections == 0
    assert fetcher.fetched == []


def test_fetcher_serves_files_inside_the_roots_and_data(roots: tuple[Path, Path]) -> None:
    allowed, _ = roots
    fetcher = make_url_fetcher([allowed])
    response = fetcher.fetch((allowed / "ok.css").as_uri())
    assert response.read() == b"p { color: #123456 }"
    assert response.content_type == "text/css"
    data = fetcher.fetch("data:text/plain;base64,aGFsbG8=")
    assert data.read() == b"hallo"
    assert fetcher.refused == []


def test_render_with_hostile_urls_makes_no_connection(
    server: CountingServer, roots: tuple[Path, Path]
) -> None:
    allowed, secret = roots
    html = hostile_page(server.server_address[1], secret)
    result = render_pdf_with_log(html, base_url=allowed, allowed_roots=[allowed])
    assert server.connections == 0
    refused = "\n".join(item.url for item in result.refused)
    for fragment in ("/a.css", "/b.css", "/f.woff2", "/bg.png", "/i.png", "ftp://", "passwd"):
        assert fragment in refused
    assert secret.name in refused
    assert "link.css" in refused
    assert result.fetched == ((allowed / "ok.css").as_uri(),)
    assert result.messages  # WeasyPrint logged the skipped resources; they are kept
    with pytest.raises(PdfRenderError, match="refused") as caught:
        render_pdf(html, base_url=allowed, allowed_roots=[allowed])
    assert server.connections == 0
    # One error a line, in the writer's language; WeasyPrint's own words quoted as they are.
    said = [diagnostic.text() for diagnostic in caught.value.diagnostics]
    assert len(said) == len(result.refused) + len(result.messages)
    assert any(
        line.startswith("de PDF mag ftp://")
        and line.endswith("een adres met ftp is niet toegestaan")
        for line in said
    )
    weasyprint = "WeasyPrint meldt een probleem bij het maken van de PDF: "
    assert [line.removeprefix(weasyprint) for line in said[len(result.refused) :]] == list(
        result.messages
    )


def test_control_weasyprint_default_fetcher_does_connect(
    server: CountingServer, roots: tuple[Path, Path]
) -> None:
    """Proves the server above would notice a request: the stock fetcher goes to the network."""
    import weasyprint  # type: ignore[import-untyped]

    allowed, _ = roots
    port = server.server_address[1]
    html = f'<html><body><img src="http://127.0.0.1:{port}/i.png" alt=""></body></html>'
    weasyprint.HTML(string=html, base_url=allowed.as_uri() + "/").write_pdf()
    assert server.connections >= 1
