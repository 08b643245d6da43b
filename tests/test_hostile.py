"""Hostile and odd input: each is refused with a located diagnostic, or handled, never a crash.

Extends tests/sources/test_load.py (which has the basic alias bomb, nesting, size, encoding and
symlink cases): here the same attacks on every kind of source file, with bounded memory shown by
tracemalloc, the files that are no regular file, URLs in Markdown through the whole PDF pipeline
against a local server that must see no connection, markup and template syntax in every YAML
field, and a Jaarplan with 5,000 changes.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from prestatie_build.cli import cli
from prestatie_build.core import (
    Consolidation,
    SourceError,
    SourceLocation,
    build_report,
    consolidate,
    split_blocks,
)
from prestatie_build.render import (
    DOCUMENT_PDF_OPTIONS,
    PACKAGE_TEMPLATES,
    asset_base_dir,
    render_document_html,
    render_pdf_with_log,
    template_dirs,
)
from prestatie_build.sources import MAX_DEPTH, MAX_SOURCE_BYTES, load_project, parse_yaml

MB = 1024 * 1024
JAARPLAN = Path("amendments") / "2024" / "jaarplan.yaml"
AGREEMENT_5 = Path("agreements") / "betaalbaarheid" / "afspraak-5.md"


def errors(root: Path, year: int = 2024) -> list[str]:
    """What a build of ``year`` reports, ``path:line[:col]: message`` each."""
    with pytest.raises(SourceError) as caught:
        consolidate(load_project(root, up_to_year=year), year)
    return [f"{d.location}: {d.message}" for d in caught.value.diagnostics]


def peak_memory(action: Callable[[], object]) -> int:
    """The most memory ``action`` held at once, in bytes (Python allocations)."""
    tracemalloc.start()
    try:
        action()
    except SourceError:
        pass
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak


def refused(text: str, path: str = "amendments/2024/jaarplan.yaml") -> list[str]:
    with pytest.raises(SourceError) as caught:
        parse_yaml(text, SourceLocation(path))
    return [f"{d.location}: {d.message}" for d in caught.value.diagnostics]


# --- YAML bombs and nesting ----------------------------------------------------------------------

BILLION_LAUGHS = "\n".join(
    ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
)
"""10^9 strings once expanded: a few hundred bytes of YAML."""


def test_an_alias_bomb_stops_at_its_first_anchor_and_reads_no_further() -> None:
    # Invalid YAML follows the bomb: had the parser gone on, that would be the error.
    text = BILLION_LAUGHS + "\nrest: [unclosed\n" * 200_000
    assert refused(text) == [
        "amendments/2024/jaarplan.yaml:1:5: YAML anchors and aliases are not allowed in sources"
    ]
    # Memory in proportion to the file (PyYAML copies its input), never to the expansion.
    assert peak_memory(lambda: parse_yaml(text, SourceLocation("x"))) < 3 * len(text) + MB


@pytest.mark.parametrize(
    "text",
    [
        "base: {a: 1}\nuse:\n  <<: *base\n",  # an alias without its anchor
        "- !!merge <<: {a: 1}\n",
        "x: &x y\n",
    ],
)
def test_every_form_of_anchor_alias_or_merge_is_refused(text: str) -> None:
    [message] = refused(text)
    assert "not allowed" in message


def test_an_alias_bomb_in_any_source_file_is_refused(assen: Path) -> None:
    (assen / JAARPLAN).write_text(BILLION_LAUGHS, encoding="utf-8")
    (assen / AGREEMENT_5).write_text("---\nnumber: &n 5\nalso: *n\n---\nTekst.\n", encoding="utf-8")
    assert errors(assen) == [
        "agreements/betaalbaarheid/afspraak-5.md:2:9: "
        "YAML anchors and aliases are not allowed in sources",
        "amendments/2024/jaarplan.yaml:1:5: YAML anchors and aliases are not allowed in sources",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "title: " + "[" * 100_000,  # flow sequences, never closed
        "title: " + "{a: " * 100_000,  # flow mappings
        "".join(f"{'  ' * level}- \n" for level in range(200)),  # block sequences
        "".join(f"{'  ' * level}k{level}:\n" for level in range(200)),  # block mappings
    ],
    ids=["flow-sequences", "flow-mappings", "block-sequences", "block-mappings"],
)
def test_deep_nesting_is_refused_at_its_limit_in_bounded_memory(text: str) -> None:
    [message] = refused(text)
    assert f"nesting deeper than {MAX_DEPTH} levels" in message
    assert peak_memory(lambda: parse_yaml(text, SourceLocation("x"))) < 3 * len(text) + MB


SECONDS = pytest.mark.slow  # over a second each, in markdown-it: not after every edit


@pytest.mark.parametrize(
    "body",
    [
        "> " * 50_000 + "diep",
        "- " * 20_000 + "diep",
        pytest.param("[" * 50_000 + "diep" + "]" * 50_000, marks=SECONDS),
        pytest.param("*" * 50_000 + "diep" + "*" * 50_000, marks=SECONDS),
        "<" * 50_000,
        "`" * 50_000,
    ],
    ids=["quotes", "lists", "brackets", "emphasis", "angles", "backticks"],
)
def test_deeply_nested_markdown_loads_and_renders(assen: Path, body: str) -> None:
    agreement = assen / "agreements" / "leefbaarheid" / "afspraak-40.md"
    agreement.write_text(f"---\nnumber: 40\n---\n{body}\n", encoding="utf-8")
    consolidation = consolidate(load_project(assen, up_to_year=2024), 2024)
    assert 'id="afspraak-40"' in render_document_html(consolidation)


# --- size ----------------------------------------------------------------------------------------


def _write_large(path: Path, head: bytes, size: int) -> None:
    with path.open("wb") as handle:
        handle.write(head)
        chunk = b"Partijen bouwen woningen. " * (MB // 26)
        while handle.tell() < size:
            handle.write(chunk[: size - handle.tell()])


@pytest.mark.parametrize("source", [AGREEMENT_5, JAARPLAN], ids=["agreement", "jaarplan"])
def test_a_50_mb_source_is_refused_by_its_size_without_being_read(
    assen: Path, source: Path
) -> None:
    path = assen / source
    head = path.read_bytes()
    _write_large(path, head, 50 * MB)
    assert errors(assen) == [
        f"{source.as_posix()}:1: the file is 50 MB; "
        f"a source file may be at most {MAX_SOURCE_BYTES // MB} MB"
    ]
    assert peak_memory(lambda: load_project(assen)) < MB  # the 50 MB were never read


def test_a_fragment_missing_from_a_huge_agreement_gets_its_hint(assen: Path) -> None:
    """The closest passage of a 30,000-word agreement is found among the likeliest ones."""
    words = ("partijen", "bouwen", "woningen", "voor", "huurders", "in", "de", "gemeente")
    body = " ".join(words[(i * 7) % len(words)] for i in range(30_000))
    (assen / AGREEMENT_5).write_text(f"---\nnumber: 5\n---\n{body}\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        consolidate(load_project(assen), 2024)
    hints = [d.hint for d in caught.value.diagnostics if d.code == "P202"]
    assert hints and all(str(hint).startswith('closest passage:\n"') for hint in hints)


# --- encodings and line ends ---------------------------------------------------------------------


def test_a_latin1_jaarplan_is_reported_at_its_first_bad_byte(assen: Path) -> None:
    text = (assen / JAARPLAN).read_text("utf-8").replace("vóór", "v\u00f3\u00f3r", 1)
    (assen / JAARPLAN).write_bytes(text.encode("latin-1", "replace"))
    [error] = errors(assen)
    line = next(i for i, row in enumerate(text.split("\n"), 1) if "\u00f3" in row)
    col = text.split("\n")[line - 1].index("\u00f3") + 1
    assert error == f"amendments/2024/jaarplan.yaml:{line}:{col}: not valid UTF-8 (byte 0xf3)"


def test_a_utf16_file_is_not_utf8(assen: Path) -> None:
    (assen / AGREEMENT_5).write_bytes("---\nnumber: 5\n---\nTekst.\n".encode("utf-16"))
    assert errors(assen) == [
        "agreements/betaalbaarheid/afspraak-5.md:1:1: not valid UTF-8 (byte 0xff)"
    ]


@pytest.mark.parametrize(
    ("bom", "newline"),
    [(b"\xef\xbb\xbf", b"\r\n"), (b"", b"\r"), (b"\xef\xbb\xbf", b"\n")],
    ids=["bom-crlf", "cr", "bom-lf"],
)
def test_bom_and_line_ends_keep_every_line_number(assen: Path, bom: bytes, newline: bytes) -> None:
    path = assen / JAARPLAN
    text = path.read_text("utf-8").replace("target: 33", "target: 34")
    path.write_bytes(bom + text.encode().replace(b"\n", newline))
    line = text.split("\n").index("    target: 34") + 1
    assert errors(assen) == [f"amendments/2024/jaarplan.yaml:{line}:5: unknown agreement '34'"]


def test_crlf_never_reaches_the_text(assen: Path) -> None:
    for path in [*assen.glob("agreements/**/*.md"), *assen.glob("amendments/**/*.yaml")]:
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    consolidation = consolidate(load_project(assen), 2024)
    texts = [block.text for a in consolidation.document.articles() for block in a.blocks]
    assert texts and not any("\r" in text or "\ufeff" in text for text in texts)
    assert len(consolidation.applied) == 20


def test_a_tab_indenting_yaml_is_a_located_syntax_error(assen: Path) -> None:
    path = assen / JAARPLAN
    text = path.read_text("utf-8").replace("\n    target: 33", "\n\ttarget: 33", 1)
    path.write_text(text, encoding="utf-8")
    line = text.split("\n").index("\ttarget: 33") + 1
    [error] = errors(assen)
    assert error == (
        f"amendments/2024/jaarplan.yaml:{line}:1: a tab on this line: YAML indents with spaces only"
    )


def test_a_control_character_in_yaml_is_located(assen: Path) -> None:
    path = assen / JAARPLAN
    text = path.read_text("utf-8").replace("target: 33", "target: 3\x073", 1)
    path.write_text(text, encoding="utf-8")
    line = text.split("\n").index("    target: 3\x073") + 1
    assert errors(assen) == [
        f"amendments/2024/jaarplan.yaml:{line}:14: the control character U+0007 is not allowed"
    ]


# --- links and files that are no regular file ----------------------------------------------------


def test_a_chapter_folder_linked_outside_the_project_is_refused(
    assen: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elders"
    (assen / "agreements" / "duurzaamheid").rename(outside)
    (assen / "agreements" / "duurzaamheid").symlink_to(outside, target_is_directory=True)
    assert errors(assen) == [
        "agreements/duurzaamheid/afspraak-27.md:1: source file points outside the project"
    ]


def test_a_jaarplan_linked_outside_the_project_is_refused(assen: Path, tmp_path: Path) -> None:
    outside = tmp_path / "jaarplan.yaml"
    (assen / JAARPLAN).rename(outside)
    (assen / JAARPLAN).symlink_to(outside)
    assert errors(assen) == [
        "amendments/2024/jaarplan.yaml:1: source file points outside the project"
    ]


def test_a_link_inside_the_project_is_followed(assen: Path) -> None:
    moved = assen / "agreements" / "betaalbaarheid" / "afspraak-5.txt"
    (assen / AGREEMENT_5).rename(moved)
    (assen / AGREEMENT_5).symlink_to(moved.name)
    assert len(consolidate(load_project(assen), 2024).applied) == 20


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.mkdir(), "not a regular file"),
        (lambda p: os.mkfifo(p), "not a regular file"),  # reading would block forever
        (lambda p: p.symlink_to(p.name), "a symbolic link that leads back to itself"),
        (lambda p: p.symlink_to("weg.md"), "the file does not exist (a broken symbolic link?)"),
    ],
    ids=["folder", "fifo", "link-loop", "broken-link"],
)
def test_what_is_no_regular_file_is_refused(
    assen: Path, make: Callable[[Path], None], reason: str
) -> None:
    make(assen / "agreements" / "betaalbaarheid" / "afspraak-9.md")
    make(assen / "amendments" / "2024" / "extra.yaml")
    assert errors(assen) == [
        f"agreements/betaalbaarheid/afspraak-9.md:1: cannot read: {reason}",
        f"amendments/2024/extra.yaml:1: cannot read: {reason}",
    ]


# --- URLs in Markdown: nothing outside the project is read, no request is made --------------------


class ConnectionCounter:
    """A local TCP server that counts the connections made to it (and answers none)."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.1)
        self.port: int = self.socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.socket.close()


@pytest.fixture
def counter() -> Iterator[ConnectionCounter]:
    server = ConnectionCounter()
    # The counter counts: a plain connection shows up.
    socket.create_connection(("127.0.0.1", server.port), timeout=5).close()
    for _ in range(50):
        if server.connections:
            break
        threading.Event().wait(0.02)
    assert server.connections == 1
    server.connections = 0
    yield server
    server.close()


def hostile_markdown(port: int, secret: Path) -> str:
    return f"---\nnumber: 40\n---\n{hostile_body(port, secret)}"


def with_body(consolidation: Consolidation, number: str, body: str) -> Consolidation:
    """The consolidation with agreement ``number``'s text replaced, past the loader's checks."""
    chapters = tuple(
        replace(
            chapter,
            articles=tuple(
                replace(a, blocks=split_blocks(body, a.location.at(4))) if a.number == number else a
                for a in chapter.articles
            ),
        )
        for chapter in consolidation.document.chapters
    )
    return replace(consolidation, document=replace(consolidation.document, chapters=chapters))


def hostile_body(port: int, secret: Path) -> str:
    web = f"http://127.0.0.1:{port}"
    return f"""\
![web]({web}/beeld.png) ![bestand](file://{secret}) ![data](data:image/png;base64,iVBORw0KGgo=)
![omhoog](../../../{secret.name}) ![absoluut]({secret}) <img src="{web}/html.png">

[web]({web}/pagina) [bestand](file://{secret}) [data](data:text/html,<script>alert(1)</script>)
[omhoog](../../{secret.name}) <{web}/autolink> [js](javascript:alert(1))

<link rel="stylesheet" href="{web}/stijl.css"><style>@import url("{web}/import.css");</style>
<iframe src="{web}/frame"></iframe><object data="{web}/object"></object>
"""


@pytest.mark.pdf
def test_urls_in_markdown_fetch_nothing_through_the_whole_pdf_pipeline(
    assen: Path, tmp_path: Path, counter: ConnectionCounter
) -> None:
    secret = tmp_path / "geheim.png"
    secret.write_bytes(b"\x89PNG geheim")
    agreement = assen / "agreements" / "leefbaarheid" / "afspraak-40.md"
    agreement.write_text(hostile_markdown(counter.port, secret), encoding="utf-8")
    # The loader refuses every image from outside the project, at its line (P154) ...
    with pytest.raises(SourceError) as refused:
        load_project(assen)
    assert [(d.code, d.location.line) for d in refused.value.diagnostics] == [
        *[("P154", 4)] * 3,
        *[("P154", 5)] * 2,
    ]
    # ... and the renderer, given such text all the same, shows the images as their alt text.
    agreement.write_text("---\nnumber: 40\n---\nPlaats.\n", encoding="utf-8")
    consolidation = with_body(
        consolidate(load_project(assen), 2024), "40", hostile_body(counter.port, secret)
    )
    for for_print in (False, True):
        tags = Tags.of(render_document_html(consolidation, for_print=for_print))
        assert not tags.named("img", "iframe", "object", "link", "script", "embed", "video")
        assert not [attrs for _, attrs in tags.found if "src" in attrs or "data" in attrs]
        links = [attrs["href"] for _, attrs in tags.named("a")]
        assert f"http://127.0.0.1:{counter.port}/pagina" in links  # a link, which fetches nothing
        assert all(link.startswith(("#", "http://", "https://", "mailto:")) for link in links)
    result = render_pdf_with_log(
        render_document_html(consolidation, for_print=True),
        base_url=asset_base_dir(),
        allowed_roots=template_dirs(None),
        pdf_options=DOCUMENT_PDF_OPTIONS,
    )
    # The sandboxed fetcher's record: the shipped fonts and nothing else, nothing refused.
    fonts = {(PACKAGE_TEMPLATES / "fonts" / name).as_uri() for name in _font_files()}
    assert set(result.fetched) == fonts
    assert result.refused == ()
    assert counter.connections == 0


class Tags(HTMLParser):
    """Every start tag of a page, with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []

    @classmethod
    def of(cls, html: str) -> Tags:
        parser = cls()
        parser.feed(html)
        return parser

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {name: value or "" for name, value in attrs}))

    def named(self, *names: str) -> list[tuple[str, dict[str, str]]]:
        return [(tag, attrs) for tag, attrs in self.found if tag in names]


def _font_files() -> list[str]:
    return sorted(p.name for p in (PACKAGE_TEMPLATES / "fonts").glob("*.woff2"))


@pytest.mark.pdf
def test_a_real_build_of_hostile_urls_connects_nowhere(
    assen: Path, tmp_path: Path, counter: ConnectionCounter
) -> None:
    secret = tmp_path / "geheim.png"
    secret.write_bytes(b"\x89PNG geheim")
    agreement = assen / "agreements" / "leefbaarheid" / "afspraak-40.md"
    agreement.write_text(hostile_markdown(counter.port, secret), encoding="utf-8")

    def build() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "prestatie_build", "build", "--year", "2024"],
            cwd=assen,
            capture_output=True,
            text=True,
            check=False,
        )

    refused = build()  # the images from outside the project stop the build, located
    assert refused.returncode == 1
    assert refused.stderr.count("geen bestand in het project") == 4, refused.stderr
    assert not (assen / "build").exists()
    # Without them, the rest of the hostile text builds and fetches nothing.
    text = agreement.read_text("utf-8").split("\n")
    agreement.write_text("\n".join(text[:3] + text[5:]), encoding="utf-8")
    done = build()
    assert done.returncode == 0, done.stderr
    assert counter.connections == 0
    pdf = assen / "build" / "2024" / "prestatieafspraken-2024.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "geheim" not in text.replace("geheim.png", "")


@pytest.mark.pdf
def test_a_template_that_asks_for_the_network_fails_the_build(
    assen: Path, counter: ConnectionCounter
) -> None:
    """Templates are the municipality's own, but even they cannot make the PDF fetch."""
    (assen / "templates").mkdir(exist_ok=True)
    print_css = (PACKAGE_TEMPLATES / "print.css").read_text("utf-8")
    web = f"http://127.0.0.1:{counter.port}"
    (assen / "templates" / "print.css").write_text(
        print_css
        + f'\n@font-face {{ font-family: Web; src: url("{web}/font.woff2"); }}\n'
        + f'h1 {{ font-family: Web; }}\nbody {{ background: url("{web}/bg.png"); }}\n'
        + 'main { background: url("file:///etc/passwd"); }\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["--root", str(assen), "build", "--year", "2024"])
    assert result.exit_code == 1
    for url in (f"{web}/font.woff2", f"{web}/bg.png"):
        assert f"error: de PDF mag {url} niet gebruiken: een adres met http is niet toegestaan" in (
            result.output
        )
    assert (
        "error: de PDF mag file:///etc/passwd niet gebruiken: "
        "het bestand ligt buiten de toegestane mappen"
    ) in result.output
    assert counter.connections == 0
    assert not (assen / "build" / "2024").exists()


# --- markup and template syntax in every field ---------------------------------------------------

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> {{ 7*7 }} {% raw %}"


def _everywhere(root: Path) -> None:
    """Put HOSTILE into every free-text field of document.yaml and the Jaarplan."""
    document = root / "agreements" / "document.yaml"
    text = document.read_text("utf-8")
    text = re.sub(r"^title: .*$", f'title: "Afspraken {HOSTILE}"', text, count=1, flags=re.M)
    text = re.sub(r"(\n  - id: gemeente\n    name: )(.*)", rf'\1"\2 {HOSTILE}"', text, count=1)
    document.write_text(text, encoding="utf-8")
    jaarplan = root / JAARPLAN
    text = jaarplan.read_text("utf-8")
    text = re.sub(r"^title: .*$", f'title: "Jaarplan {HOSTILE}"', text, count=1, flags=re.M)
    text = text.replace("    reason: ", f'    label: "Label {HOSTILE}"\n    reason: {HOSTILE} ', 1)
    text = text.replace(
        "  - op: append\n    target: 33\n",
        f"  - op: append\n    target: 33\n    reason: '{HOSTILE}'\n",
        1,
    )
    jaarplan.write_text(text, encoding="utf-8")
    agreement = root / AGREEMENT_5
    text = agreement.read_text("utf-8").replace("number: 5\n", f"number: 5\ntitle: '{HOSTILE}'\n")
    agreement.write_text(text, encoding="utf-8")
    (root / "agreements" / "leefbaarheid" / "afspraak-40.md").write_text(
        f"---\nnumber: 40\n---\n{HOSTILE}\n\n- {HOSTILE}\n", encoding="utf-8"
    )


def test_markup_and_template_syntax_in_every_field_stay_text(assen: Path) -> None:
    _everywhere(assen)
    result = CliRunner().invoke(
        cli, ["--root", str(assen), "build", "--year", "2024", "--format", "html,report"]
    )
    assert result.exit_code == 0, result.output
    folder = assen / "build" / "2024"
    for name in ("prestatieafspraken-2024.html", "wijzigingen-2024.html"):
        html = (folder / name).read_text("utf-8")
        assert "<script>alert" not in html and "<img" not in html, name
        assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3, name
        assert "{{ 7*7 }}" in html and "{% raw %}" in html, name
    markdown = (folder / "wijzigingen-2024.md").read_text("utf-8")
    assert "<script" not in markdown and "<img" not in markdown
    assert "&lt;script&gt;" in markdown
    report = json.loads((folder / "wijzigingen-2024.json").read_text("utf-8"))
    assert any(HOSTILE in change["reason"] for change in report["changes"])  # data, verbatim


# --- a Jaarplan with 5,000 changes ---------------------------------------------------------------

CHANGES = 5000


def _big_jaarplan(root: Path, target: Callable[[int], str]) -> None:
    lines = [
        "year: 2024",
        "title: Jaarplan 2024",
        "status: adopted",
        "adopted: {date: 2023-12-07, place: Assen}",
        "changes:",
    ]
    for index in range(CHANGES):
        lines += [
            "  - op: append",
            f"    target: {target(index)}",
            f"    text: Aanvulling nummer {index}.",
        ]
    (root / JAARPLAN).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.slow  # about 6 s: the report word-diffs each article once per change to it
def test_a_jaarplan_with_5000_changes_applies_every_one(assen: Path) -> None:
    numbers = ["5", "7", "13", "15", "17", "19", "27", "30", "33", "tijdlijn"]
    _big_jaarplan(assen, lambda i: numbers[i % len(numbers)])
    consolidation = consolidate(load_project(assen), 2024)
    assert len(consolidation.applied) == CHANGES
    assert [a.change.location.line for a in consolidation.applied] == [
        6 + 3 * i for i in range(CHANGES)
    ]
    last = next(a for a in consolidation.document.articles() if a.key == "33")
    assert last.blocks[-1].text == f"Aanvulling nummer {CHANGES - 2}."
    assert len(build_report(consolidation, 2024, 2024).entries) == CHANGES
    assert f"Aanvulling nummer {CHANGES - 1}." in render_document_html(consolidation)


@pytest.mark.slow  # about 1.5 s of validating 5,000 changes: not after every edit
def test_a_jaarplan_with_5000_broken_changes_reports_every_one(assen: Path) -> None:
    _big_jaarplan(assen, lambda i: str(1000 + i))
    reported = errors(assen)
    assert len(reported) == CHANGES
    assert reported[0] == "amendments/2024/jaarplan.yaml:7:5: unknown agreement '1000'"
    assert reported[-1] == (
        f"amendments/2024/jaarplan.yaml:{7 + 3 * (CHANGES - 1)}:5: "
        f"unknown agreement '{1000 + CHANGES - 1}'"
    )
