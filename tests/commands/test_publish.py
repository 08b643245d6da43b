"""`prestatie publish`: the site of every version, on the real Assen sources, opened in Chromium.

The tests of the site's structure publish with the registry's outputs, each PDF a placeholder
(:data:`WITHOUT_PDFS`): under a second, so they run in `make test-fast`. They read it and check it
with `sha256sum -c`. The pdf and browser tests take the site published for real once per session
(`published_assen`, about 10 s): they compare it with `prestatie build` and click through it in
headless Chromium, opened from disk and served from a sub-path.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag

import pytest
from click.testing import CliRunner, Result

from browser import chromium
from prestatie_build.cli import cli
from prestatie_build.commands import PublishRequest, PublishResult, publish_site
from prestatie_build.core import SourceError, build_renvooi, plan_site
from prestatie_build.outputs import OUTPUTS, BuildContext
from prestatie_build.render import render_jaarplan_html
from prestatie_build.sources import load_project, load_publish_config
from projects import REPO, add_jaarplan, copy_assen, small_project

ASSEN_VERSIONS = (2022, 2024)
"""The base document, and the year of the only Jaarplan (2024)."""

PLACEHOLDER_PDF = b"%PDF-1.7\n% a stand-in: the structure of the site needs no real PDF\n%%EOF\n"


def placeholder_document_pdf(context: BuildContext) -> dict[str, bytes]:
    return {f"prestatieafspraken-{context.year}.pdf": PLACEHOLDER_PDF}


def jaarplan_with_placeholder_pdf(context: BuildContext) -> dict[str, bytes]:
    """The Jaarplan's real page, a placeholder for its PDF; nothing in a year without one."""
    renvooi = build_renvooi(context.project, context.year)
    if renvooi is None:
        return {}
    html = render_jaarplan_html(renvooi, templates_dir=context.templates, epoch=context.epoch)
    return {
        f"jaarplan-{context.year}.html": html.encode(),
        f"jaarplan-{context.year}.pdf": PLACEHOLDER_PDF,
    }


STAND_INS = {"pdf": placeholder_document_pdf, "jaarplan": jaarplan_with_placeholder_pdf}
"""Renderers by output name; module-level functions, which publish's worker processes pickle."""
WITHOUT_PDFS = tuple(replace(o, render=STAND_INS.get(o.name, o.render)) for o in OUTPUTS)
"""The registry with every PDF a placeholder: the same files, links and labels, no WeasyPrint."""


def run(root: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), *args], catch_exceptions=False)


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def links(html: bytes) -> list[str]:
    parser = _Links()
    parser.feed(html.decode())
    return parser.hrefs


def publish(
    root: Path, out: Path, *, drafts: bool = False, jobs: int | None = None
) -> PublishResult:
    """`prestatie publish` with placeholder PDFs (:data:`WITHOUT_PDFS`)."""
    return publish_site(PublishRequest(root, out, drafts, jobs, WITHOUT_PDFS))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Assen published with placeholder PDFs (in worker processes, as by default); its project
    lies beside it (``../assen``)."""
    root = copy_assen(tmp_path_factory.mktemp("published") / "assen")
    publish(root, root.parent / "site")
    return root.parent / "site"


@pytest.fixture(scope="module")
def project(site: Path) -> Path:
    return site.parent / "assen"


# --- What the site holds ---------------------------------------------------------------------

_SITE_ADDITIONS = (
    re.compile(r"<style>\n\.site-nav .*?</style>\n", re.DOTALL),
    re.compile(r'<nav class="site-nav".*?</nav>\n', re.DOTALL),
    re.compile(r'<form class="filters".*?</form>\n', re.DOTALL),
    re.compile(r' data-changed="[0-9 ]+"'),
    re.compile(r'<p class="site-history">.*?</p>\n'),
    re.compile(r"<script>\n.*?</script>\n", re.DOTALL),
)


def without_site_additions(page: str) -> str:
    """The site's copy of a consolidated page without what the site adds: the build's page."""
    for addition in _SITE_ADDITIONS:
        page = addition.sub("", page)
    return page


def test_every_version_has_a_folder_and_latest_is_the_newest_adopted(site: Path) -> None:
    assert sorted(p.name for p in site.iterdir()) == [
        ".prestatie-site.json",  # the files publish wrote, for the next publish
        "2022",
        "2024",
        "SHA256SUMS",
        "afspraken",  # a page per agreement with its history
        "index.html",
        "latest",
        "pagefind",  # the search index
        "vergelijk",  # a comparison per pair of versions
        "versions.json",
        "zoeken.html",
    ]
    assert files_of(site / "latest") == files_of(site / "2024")
    for year in ASSEN_VERSIONS:
        folder = site / str(year)
        page = (folder / "index.html").read_text(encoding="utf-8")
        assert page != (folder / f"prestatieafspraken-{year}.html").read_text(encoding="utf-8")
        assert without_site_additions(page) == (
            folder / f"prestatieafspraken-{year}.html"
        ).read_text(encoding="utf-8")
        assert (folder / f"prestatieafspraken-{year}.pdf").read_bytes().startswith(b"%PDF-")
        assert (folder / f"wijzigingen-{year}.html").is_file()


def test_sha256sum_checks_every_file_inside_the_site(site: Path) -> None:
    done = subprocess.run(
        ["sha256sum", "--check", "--strict", "SHA256SUMS"],
        cwd=site,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    checked = {line.removesuffix(": OK") for line in done.stdout.splitlines()}
    assert checked == set(files_of(site)) - {"SHA256SUMS", ".prestatie-site.json"}


def test_versions_json_lists_years_status_adoption_and_every_file_with_its_sha256(
    site: Path,
) -> None:
    data = json.loads((site / "versions.json").read_text(encoding="utf-8"))
    assert data["latest"] == 2024
    assert data["document"]["period"] == {"start": 2022, "end": 2025}
    by_year = {version["year"]: version for version in data["versions"]}
    assert sorted(by_year) == list(ASSEN_VERSIONS)
    assert by_year[2022]["status"] == "base"
    assert by_year[2022]["adopted"] is None
    assert by_year[2024]["status"] == "adopted"
    assert by_year[2024]["jaarplan"] == "Jaarplan 2024"
    assert by_year[2024]["adopted"] == {"date": "2023-12-07", "place": "Assen"}
    assert by_year[2024]["links"]["page"] == "2024/index.html"
    assert by_year[2024]["links"]["pdf"] == "2024/prestatieafspraken-2024.pdf"
    for version in data["versions"]:
        folder = f"{version['year']}/"
        listed = {entry["path"] for entry in version["files"]}
        assert listed == {path for path in files_of(site) if path.startswith(folder)}
        for entry in version["files"]:
            content = (site / entry["path"]).read_bytes()
            assert entry["sha256"] == hashlib.sha256(content).hexdigest()
            assert entry["bytes"] == len(content)


@pytest.mark.pdf
def test_each_year_holds_exactly_what_prestatie_build_writes(published_assen: Path) -> None:
    """Anyone can rebuild a published file from the sources and compare the bytes."""
    project = published_assen.parent / "assen"
    built = project.parent / "built-2024"
    assert run(project, "build", "--year", "2024", "--out", str(built)).exit_code == 0
    published = files_of(published_assen / "2024")
    published.pop("index.html")
    assert published == files_of(built)


def test_an_agreement_has_a_stable_link_in_every_version(site: Path) -> None:
    for year in ASSEN_VERSIONS:
        page = (site / str(year) / "index.html").read_text(encoding="utf-8")
        assert 'id="afspraak-17"' in page
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "2024/#afspraak-5" in index  # shown as the form of a stable link


def test_the_index_links_only_relative_to_files_that_exist(site: Path) -> None:
    hrefs = links((site / "index.html").read_bytes())
    assert "latest/index.html" in hrefs
    for year in ASSEN_VERSIONS:
        assert f"{year}/index.html" in hrefs
        assert f"{year}/prestatieafspraken-{year}.pdf" in hrefs
        assert f"{year}/wijzigingen-{year}.html" in hrefs
    for href in hrefs:
        path, _fragment = urldefrag(href)
        assert not href.startswith(("/", "http:", "https:", "//")), href
        if path:  # a named file, never a bare folder: a folder does not open from disk
            assert (site / path).is_file(), href


def test_the_pages_of_a_version_link_only_inside_the_site(site: Path) -> None:
    for path in sorted(site.glob("*/*.html")):
        for href in links(path.read_bytes()):
            target, _fragment = urldefrag(href)
            assert not href.startswith(("/", "http:", "https:", "//")), (path, href)
            if target:
                assert (path.parent / target).is_file(), (path, href)


# --- Drafts, replacing, failures --------------------------------------------------------------


def test_a_draft_year_is_left_out_unless_asked_for_and_then_says_concept(tmp_path: Path) -> None:
    root = small_project(tmp_path / "teststad")
    add_jaarplan(root, 2025)
    without = tmp_path / "without"
    publish(root, without, jobs=1)
    assert not (without / "2025").exists()

    with_drafts = tmp_path / "with"
    publish(root, with_drafts, drafts=True, jobs=1)
    data = json.loads((with_drafts / "versions.json").read_text(encoding="utf-8"))
    assert data["latest"] == 2023  # latest/ never holds a draft
    draft = next(v for v in data["versions"] if v["year"] == 2025)
    assert (draft["status"], draft["concept"]) == ("draft", True)
    index = (with_drafts / "index.html").read_text(encoding="utf-8")
    assert "CONCEPT Tekst 2025 (webpagina)" in index
    assert "CONCEPT" in (with_drafts / "2025" / "index.html").read_text(encoding="utf-8")
    assert files_of(with_drafts / "latest") == files_of(with_drafts / "2023")


@pytest.mark.pdf
def test_the_command_names_each_version_and_differs_from_the_stand_in_only_in_pdfs(
    tmp_path: Path,
) -> None:
    """The real `prestatie publish`: what it says, and that the structure tests' stand-in site
    (placeholder PDFs) has the same files, byte for byte but for the PDFs and what lists them."""
    root = small_project(tmp_path / "teststad")
    add_jaarplan(root, 2025)
    real = tmp_path / "real"
    result = run(root, "publish", "--out", str(real), "--include-drafts", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "2025 (CONCEPT)" in result.output
    stand_in = tmp_path / "stand-in"
    publish(root, stand_in, drafts=True, jobs=1)
    real_files, stand_in_files = files_of(real), files_of(stand_in)
    assert set(real_files) == set(stand_in_files)
    listings = {"index.html", "versions.json", "SHA256SUMS"}  # PDF sizes and checksums
    differ = {path for path in real_files if real_files[path] != stand_in_files[path]}
    assert differ == {p for p in real_files if p.endswith(".pdf")} | listings


def test_publishing_again_replaces_the_site_and_drops_stale_files(tmp_path: Path) -> None:
    root = small_project(tmp_path / "teststad")
    add_jaarplan(root, 2025)
    out = tmp_path / "site"
    publish(root, out, drafts=True, jobs=1)
    assert (out / "2025").is_dir()
    publish(root, out, jobs=1)
    assert not (out / "2025").exists()
    assert oct((out).stat().st_mode & 0o777) == oct(0o755)  # readable by a web server


def test_a_folder_that_is_not_a_site_is_never_replaced(tmp_path: Path) -> None:
    root = small_project(tmp_path / "teststad")
    out = tmp_path / "documents"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    result = run(root, "publish", "--out", str(out))
    assert result.exit_code == 2
    assert "er wordt niets geschreven in een map die geen gepubliceerde website is" in result.output
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.pdf  # the good year, 2022, is built with its PDFs before 2023 fails
def test_bad_sources_fail_with_locations_and_leave_the_old_site(tmp_path: Path, site: Path) -> None:
    root = small_project(tmp_path / "teststad")
    out = tmp_path / "site"
    shutil.copytree(site, out)
    jaarplan = root / "amendments" / "2023" / "jaarplan.yaml"
    jaarplan.write_text(
        jaarplan.read_text(encoding="utf-8").replace("target: 5\n", "target: 555\n", 1),
        encoding="utf-8",
    )
    result = run(root, "publish", "--out", str(out), "--jobs", "2")
    assert result.exit_code == 1
    assert "amendments/2023/jaarplan.yaml:" in result.output
    assert "555" in result.output
    assert files_of(out) == files_of(site)


def test_today_without_check_deadline_is_a_usage_error(project: Path, tmp_path: Path) -> None:
    result = run(project, "publish", "--out", str(tmp_path / "x"), "--today", "2024-12-16")
    assert result.exit_code == 2
    assert "--check-deadline" in result.output


@pytest.mark.pdf
@pytest.mark.parametrize(
    ("today", "status", "says"),
    [
        ("2022-12-10", 0, "termijn: Jaarplan 2023 is vastgesteld en gepubliceerd"),
        ("2023-12-16", 1, "error: termijn verstreken: Jaarplan 2024 ontbreekt"),
    ],
)
def test_check_deadline_after_publishing(
    tmp_path: Path, today: str, status: int, says: str
) -> None:
    """The rule itself is tested in test_deadline.py; here the command's output and status."""
    root = small_project(tmp_path / "teststad")
    out = tmp_path / "site"
    result = run(root, "publish", "--out", str(out), "--check-deadline", "--today", today)
    assert result.exit_code == status, result.output
    assert says in result.output
    assert (out / "versions.json").is_file()  # the site is written either way


# --- publish.yaml -----------------------------------------------------------------------------


def test_the_example_publish_yaml_is_valid_and_has_no_enabled_target() -> None:
    config = load_publish_config(REPO)
    assert config.targets
    assert config.enabled_targets == ()
    assert run(REPO, "publish-targets").output == "[]\n"


def test_publish_targets_prints_the_enabled_targets_for_the_workflow(tmp_path: Path) -> None:
    (tmp_path / "publish.yaml").write_text(
        "targets:\n"
        "  - name: actium\n    method: rsync\n    host: web.example.nl\n    user: deploy\n"
        "    path: /srv/site\n    key_secret: ACTIUM_SSH_KEY\n"
        "    known_hosts: web.example.nl ssh-ed25519 AAAA\n"
        "  - name: spare\n    enabled: false\n    method: sftp\n    host: h.example.nl\n"
        "    user: u\n    path: p\n    key_secret: OFF_KEY\n    known_hosts: h ssh-ed25519 AAAA\n",
        encoding="utf-8",
    )
    result = run(tmp_path, "publish-targets")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [
        {
            "name": "actium",
            "method": "rsync",
            "host": "web.example.nl",
            "port": 22,
            "user": "deploy",
            "path": "/srv/site",
            "key_secret": "ACTIUM_SSH_KEY",
            "known_hosts": "web.example.nl ssh-ed25519 AAAA",
        }
    ]


def test_a_secret_written_into_publish_yaml_is_refused_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "publish.yaml").write_text(
        "targets:\n"
        "  - name: actium\n    method: rsync\n    host: web.example.nl\n    user: deploy\n"
        "    path: /srv/site\n    key_secret: ACTIUM_SSH_KEY\n"
        "    known_hosts: web.example.nl ssh-ed25519 AAAA\n"
        "    password: hunter2\n",
        encoding="utf-8",
    )
    result = run(tmp_path, "publish-targets")
    assert result.exit_code == 1
    assert "publish.yaml:9:5: error: onbekend veld `password:`" in result.output
    with pytest.raises(SourceError):
        load_publish_config(tmp_path)


def test_a_publish_yaml_that_is_no_file_is_an_error_not_an_empty_configuration(
    tmp_path: Path,
) -> None:
    (tmp_path / "publish.yaml").mkdir()
    result = run(tmp_path, "publish-targets")
    assert result.exit_code == 1
    assert (
        "publish.yaml:1: error: kan het bestand niet lezen: het is geen gewoon bestand"
        in result.output
    )


# --- The plan ---------------------------------------------------------------------------------


def test_plan_the_base_document_and_each_year_with_a_jaarplan(tmp_path: Path) -> None:
    root = small_project(tmp_path / "teststad")
    plan = plan_site(load_project(root), include_drafts=False)
    assert [(v.year, v.status) for v in plan.versions] == [(2022, "base"), (2023, "adopted")]
    assert plan.latest == 2023
    add_jaarplan(root, 2024)
    add_jaarplan(root, 2025, adopted="2024-12-01")
    assert [v.year for v in plan_site(load_project(root), include_drafts=False).versions] == [
        2022,
        2023,
    ]  # 2025 applies the draft of 2024: it is a draft too
    with_drafts = plan_site(load_project(root), include_drafts=True)
    assert [(v.year, v.status) for v in with_drafts.versions][2:] == [
        (2024, "draft"),
        (2025, "draft"),
    ]
    assert with_drafts.published_years == {2022, 2023}


# --- In a real browser ------------------------------------------------------------------------


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(published_assen: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site served from a sub-path, as a corporation's web space would: /woningbouw/pa/."""
    root = tmp_path_factory.mktemp("www")
    (root / "woningbouw").mkdir()
    shutil.copytree(published_assen, root / "woningbouw" / "pa")
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/woningbouw/pa/"
    finally:
        server.shutdown()
        server.server_close()


def _click_through(context: object, start: str, site: Path) -> list[str]:
    """Open the index, click every link to a page, fetch every other file; return what opened."""
    page = context.new_page()  # type: ignore[attr-defined]
    page.goto(start + "index.html")
    hrefs = page.eval_on_selector_all("main a[href]", "els => els.map(e => e.getAttribute('href'))")
    opened = []
    for href in hrefs:
        page.goto(start + "index.html")
        path, fragment = urldefrag(href)
        if path.endswith(".html"):
            page.click(f"main a[href='{href}']")
            page.wait_for_load_state()
            assert page.url == start + href
            assert page.locator("h1").count() == 1, href
            if fragment:
                assert page.locator(f"#{fragment}").count() == 1, href
        elif start.startswith("http"):
            response = page.request.get(start + path)
            assert response.ok, href
            assert response.body() == (site / path).read_bytes()
        else:
            assert (site / path).is_file(), href
        opened.append(href)
    page.close()
    return opened


@pytest.mark.browser
@pytest.mark.pdf  # the site published for real
def test_chromium_opens_every_version_link_from_disk(published_assen: Path, tmp_path: Path) -> None:
    site = published_assen
    with chromium(tmp_path / "profile") as context:
        opened = _click_through(context, site.as_uri() + "/", site)
    assert {f"{year}/index.html" for year in ASSEN_VERSIONS} <= set(opened)
    assert "latest/index.html" in opened


@pytest.mark.browser
@pytest.mark.pdf  # the site published for real
def test_chromium_opens_every_version_link_served_from_a_sub_path(
    published_assen: Path, served: str, tmp_path: Path
) -> None:
    with chromium(tmp_path / "profile") as context:
        opened = _click_through(context, served, published_assen)
        page = context.new_page()
        page.goto(served + "2024/#afspraak-17")  # the stable link, as a server answers it
        assert page.locator("#afspraak-17 h3").inner_text() == "Afspraak 17"
    assert "2024/prestatieafspraken-2024.pdf" in opened
