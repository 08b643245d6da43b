"""The site's search index: Pagefind, run at publish time over every version's texts.

Each agreement, section and list of each version is one record (its words as a reader sees
them, see :func:`..core.site_pages.search_records`). Pagefind indexes a page per version made of
the records, each under a heading with its anchor: a result per version (``versie`` groups
them), a sub-result per agreement that leads to its anchor (``2024/index.html#afspraak-17``).
The index is Dutch (stemming: ``woonwagens`` finds ``woonwagen``). The binary runs once per
publish, on these pages in a temporary folder (its Python service answers one record per 0.1 s:
too slow for a thousand agreements). Pagefind's own files are kept except its
ready-made interfaces: the site's search page (``zoeken.html``) is its own, in Dutch.

From disk (``file://``) a browser refuses the requests Pagefind makes for its index (``fetch``,
a module, a worker). So the bundle also holds ``pagefind/offline.js``: every file of the index
as base64 in a classic script, which ``zoeken.html`` loads only when opened from disk, serving
Pagefind's requests from it. Served over HTTP, Pagefind fetches what it needs as usual.

Pagefind writes the same bytes for the same records (file names are hashes of their content),
so two publishes of the same sources give the same site; but not its filters
(``data-pagefind-filter``), whose file comes out in a varying order (Pagefind 1.5.2, about one
run in six). So the version is only metadata, and each version its own page and result.
"""

from __future__ import annotations

import base64
import importlib
import json
import subprocess
from collections.abc import Iterable
from html import escape
from pathlib import Path

from ..core.errors import RenderError
from ..core.messages import t
from ..core.site_pages import SearchRecord
from ..fs import temporary_files

SEARCH_FOLDER = "pagefind"
"""The bundle's folder in the site."""
OFFLINE_SCRIPT = "offline.js"
LANGUAGE = "nl"
_WORKER = "pagefind-worker.js"

_LEFT_OUT = (
    "wasm.unknown.",
    "pagefind-ui.",
    "pagefind-modular-ui.",
    "pagefind-component-ui.",
    "pagefind-highlight.",
)
"""Pagefind's own search interfaces (the site has its own page) and the search code for pages
of no known language (every record is Dutch): left out."""


def search_bundle(records: Iterable[SearchRecord]) -> dict[str, bytes]:
    """The index's files by their path in the site (``pagefind/...``), with ``offline.js``."""
    executable = _pagefind()
    pages = {f"site/{path}": page.encode() for path, page in index_pages(records).items()}
    with temporary_files(pages, prefix="prestatie-search-") as folder:
        bundle = folder / SEARCH_FOLDER
        command = [str(executable), "--site", str(folder / "site"), "--output-path", str(bundle)]
        options = ["--force-language", LANGUAGE, "--keep-index-url", "--silent"]
        try:
            subprocess.run([*command, *options], check=True, capture_output=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as exc:
            raise RenderError(
                t("Pagefind could not index the site: {error}", error=_why(exc))
            ) from exc
        files = _bundle_files(bundle)
    files[OFFLINE_SCRIPT] = offline_script(files)
    return {f"{SEARCH_FOLDER}/{name}": content for name, content in sorted(files.items())}


def _pagefind() -> Path:
    """The Pagefind binary that PyPI's ``pagefind_bin`` ships (imported by name: it has no
    types, and the lint environment may not have it)."""
    try:
        shipped = importlib.import_module("pagefind_bin")
    except ImportError:
        raise RenderError(
            t("the site's search needs Pagefind: install it with pip install 'prestatie[site]'")
        ) from None
    return Path(shipped.get_executable())


def _why(exc: BaseException) -> str:
    if isinstance(exc, subprocess.CalledProcessError):
        output = (exc.stdout or b"") + (exc.stderr or b"")
        return output.decode("utf-8", "replace").strip() or f"exit status {exc.returncode}"
    return str(exc) or type(exc).__name__


def index_pages(records: Iterable[SearchRecord]) -> dict[str, str]:
    """What Pagefind indexes: per version one page (``2024/index.html``, the path of the
    version's page in the site) with each record under a heading that has its anchor. Each
    page is a result whose sub-results lead to the agreements; ``versie`` groups them."""
    pages: dict[str, list[str]] = {}
    for record in records:
        page, _, anchor = record.url.partition("#")
        pages.setdefault(page, [_head(record.year)]).append(
            f'<h2 id="{escape(anchor)}">{escape(record.title)}</h2>\n<p>{escape(record.text)}</p>\n'
        )
    return {page: "".join(parts) + "</body></html>\n" for page, parts in pages.items()}


def _head(year: int) -> str:
    return (
        f'<!DOCTYPE html><html lang="{LANGUAGE}"><head><meta charset="utf-8">'
        f"<title>Versie {year}</title></head><body>\n"
        f'<h1 data-pagefind-meta="title">Versie {year}</h1>'
        f'<span data-pagefind-meta="versie" hidden>{year}</span>\n'
    )


def _bundle_files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(_LEFT_OUT)
    }


def offline_script(files: dict[str, bytes]) -> bytes:
    """A classic script that gives ``zoeken.html`` the index opened from disk (see above)."""
    encoded = {
        name: base64.b64encode(content).decode("ascii")
        for name, content in files.items()
        if name != _WORKER  # from disk Pagefind searches without its worker
    }
    data = json.dumps(encoded, sort_keys=True, separators=(",", ":"))
    return f"window.prestatieZoekindex = {data};\n".encode()
