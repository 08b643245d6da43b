"""HTML into PDF with WeasyPrint, in a sandbox that never reaches the network.

WeasyPrint is imported inside the functions only: importing it costs about half a second, which a
CLI answering ``--help`` should not pay.

The fetcher allows ``data:`` URLs and ``file:`` URLs that resolve (symlinks included) inside one of
the allowed roots; every other URL is refused and recorded. WeasyPrint's own warnings and errors
(missing glyphs, refused or unreadable resources, bad CSS) are collected too: :func:`render_pdf`
raises :class:`PdfRenderError` with all of them, :func:`render_pdf_with_log` returns them.
"""

from __future__ import annotations

import base64
import datetime
import io
import logging
import mimetypes
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit
from urllib.request import DataHandler, Request, url2pathname

from ..core.errors import UNLOCATED, Diagnostic, RenderError
from ..core.messages import Text, t
from ..core.model import Consolidation, Image
from .html import asset_base_dir, render_document_html
from .templating import template_dirs

__all__ = [
    "DOCUMENT_PDF_OPTIONS",
    "PdfRenderError",
    "PdfResult",
    "RefusedFetch",
    "SandboxedFetcher",
    "SourceAttachment",
    "make_url_fetcher",
    "render_document_pdf",
    "render_house_pdf",
    "render_pdf",
    "render_pdf_with_log",
]

WEASYPRINT_LOGGER = "weasyprint"

ENVIRONMENT_NOTICES = (
    # Without the system library libharfbuzz-subset0, WeasyPrint 70 subsets fonts with
    # fontTools and says so for every font: a remark about the machine, the PDF is fine.
    re.compile(r"^WARNING: Using fontTools instead of HarfBuzz-Subset for font "),
)
"""Log messages that describe the machine rather than the document; they do not fail a render."""

DOCUMENT_PDF_OPTIONS: Mapping[str, Any] = {"pdf_variant": "pdf/a-3b", "pdf_tags": True}
"""An archival PDF/A-3b that is also tagged: structure tree, language, Unicode for every glyph.

PDF/A-3 because Dutch public bodies archive as PDF/A and only part 3 allows the YAML and Markdown
sources to ride along as attachments (see :class:`SourceAttachment`). Level B with tags rather
than ``pdf/a-3a``: WeasyPrint 70 writes the same bytes for both but the letter, and level A
promises more than it delivers (measured: an ``aria-hidden`` SVG such as the CONCEPT watermark
becomes ``/Figure`` elements without ``/Alt``, and running headers are tagged as content, not as
artifacts). Labelled and checked with qpdf/pikepdf, not validated: no veraPDF here."""

CONTENT_TYPES = {
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}
"""Explicit types for the assets a template may use; ``mimetypes`` lacks some font types."""


@dataclass(frozen=True, slots=True)
class RefusedFetch:
    """A URL the sandbox refused, and why."""

    url: str
    reason: Text

    def __str__(self) -> str:
        """English, for logs and WeasyPrint's own record of the skipped resource."""
        return f"refused {self.url}: {self.reason}"

    @property
    def problem(self) -> Text:
        """The refusal as the writer reads it."""
        return t("the PDF sandbox refused {url}: {reason}", url=self.url, reason=self.reason)


@dataclass(frozen=True, slots=True)
class PdfResult:
    """A rendered PDF with everything WeasyPrint complained about."""

    pdf: bytes
    messages: tuple[str, ...]
    """WeasyPrint's warnings and errors, e.g. ``WARNING: .notdef glyph rendered ...``."""
    refused: tuple[RefusedFetch, ...]
    notices: tuple[str, ...] = ()
    """Known remarks about the machine, not the document (see ``ENVIRONMENT_NOTICES``)."""
    fetched: tuple[str, ...] = ()
    """Every URL the sandbox served (``data:`` URLs shortened), e.g. the font files."""

    @property
    def clean(self) -> bool:
        return not self.messages and not self.refused


@dataclass(frozen=True, slots=True)
class SourceAttachment:
    """A source file embedded in the PDF with the PDF/A-3 relationship ``Source``."""

    name: str
    """Its path from the project root (``amendments/2024/jaarplan.yaml``): unique, and telling."""
    content: bytes
    media_type: str
    """Given, not guessed: a guess depends on the machine's MIME tables, and so would the bytes."""
    stamp: datetime.datetime
    """Its creation and modification date in the PDF; never the file's mtime or the clock."""


class PdfRenderError(RenderError):
    """WeasyPrint warned, or the sandbox refused a resource: the PDF is not trustworthy."""

    def __init__(self, messages: Sequence[str], refused: Sequence[RefusedFetch]) -> None:
        self.messages = tuple(messages)
        self.refused = tuple(refused)
        problems = [item.problem for item in self.refused] + [
            # WeasyPrint's own words, quoted as they are: what it found, in its terms.
            t("WeasyPrint reported a problem while setting the PDF: {said}", said=said)
            for said in self.messages
        ]
        self._hold(Diagnostic(UNLOCATED, problem) for problem in problems)


class SandboxedFetcher(Protocol):
    """What :func:`make_url_fetcher` returns: a ``weasyprint.URLFetcher`` with a record."""

    refused: list[RefusedFetch]
    fetched: list[str]

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> Any: ...


def render_pdf(
    html: str,
    *,
    base_url: Path,
    allowed_roots: Sequence[Path],
    pdf_options: Mapping[str, Any] | None = None,
    attachments: Sequence[SourceAttachment] = (),
) -> bytes:
    """Render HTML into PDF bytes; raise :class:`PdfRenderError` on any warning or refusal.

    ``base_url`` is the folder relative URLs (``fonts/Lato-Regular.woff2``) resolve against;
    ``allowed_roots`` are the folders the document may read files from. ``pdf_options`` go to
    ``write_pdf`` as they are (e.g. ``pdf_variant``); ``attachments`` are embedded.
    """
    result = render_pdf_with_log(
        html,
        base_url=base_url,
        allowed_roots=allowed_roots,
        pdf_options=pdf_options,
        attachments=attachments,
    )
    if not result.clean:
        raise PdfRenderError(result.messages, result.refused)
    return result.pdf


def render_pdf_with_log(
    html: str,
    *,
    base_url: Path,
    allowed_roots: Sequence[Path],
    pdf_options: Mapping[str, Any] | None = None,
    attachments: Sequence[SourceAttachment] = (),
) -> PdfResult:
    """Render HTML into PDF bytes and return them with WeasyPrint's messages and refusals."""
    import weasyprint  # type: ignore[import-untyped]  # lazy: see the module docstring
    from weasyprint.text.fonts import FontConfiguration  # type: ignore[import-untyped]

    fetcher = make_url_fetcher(allowed_roots)
    options = dict(pdf_options or {})
    with _captured_log() as messages:
        if attachments:
            options["attachments"] = [*options.get("attachments", ()), *_embedded(attachments)]
        document = weasyprint.HTML(
            string=html, base_url=_directory_url(base_url), url_fetcher=fetcher
        )
        pdf = document.write_pdf(font_config=FontConfiguration(), **options)
    problems, notices = _split_notices(messages)
    return PdfResult(bytes(pdf), problems, tuple(fetcher.refused), notices, tuple(fetcher.fetched))


def _embedded(attachments: Sequence[SourceAttachment]) -> list[Any]:
    """WeasyPrint attachments, made anew for each render (WeasyPrint reads each only once).

    Each goes in as a ``data:`` URL through a sandbox without roots, so that the given media
    type, not a guess from the file name, is what the PDF says.
    """
    import weasyprint

    fetcher = make_url_fetcher(())
    return [
        weasyprint.Attachment(
            url=f"data:{item.media_type};base64,{base64.b64encode(item.content).decode()}",
            url_fetcher=fetcher,
            name=item.name,
            relationship="Source",
            created=item.stamp,
            modified=item.stamp,
        )
        for item in attachments
    ]


def _split_notices(messages: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Separate document problems from known machine notices (each notice listed once)."""
    problems: list[str] = []
    notices: dict[str, None] = {}
    for message in messages:
        if any(pattern.match(message) for pattern in ENVIRONMENT_NOTICES):
            notices[message] = None
        else:
            problems.append(message)
    return tuple(problems), tuple(notices)


def make_url_fetcher(allowed_roots: Sequence[Path]) -> SandboxedFetcher:
    """A WeasyPrint URL fetcher that reads only ``data:`` and files inside ``allowed_roots``."""
    fetcher: SandboxedFetcher = _fetcher_class()(allowed_roots)
    return fetcher


@lru_cache(maxsize=1)
def _fetcher_class() -> type:
    """Define the fetcher class on first use: its base class lives in WeasyPrint."""
    from weasyprint import URLFetcher
    from weasyprint.urls import URLFetcherResponse  # type: ignore[import-untyped]

    class _Sandboxed(URLFetcher):  # type: ignore[misc]
        """Refuses everything but ``data:`` and files inside the roots; records each attempt."""

        def __init__(self, allowed_roots: Sequence[Path]) -> None:
            # No redirects and only harmless protocols, in case a base class path is ever taken.
            super().__init__(allowed_protocols=("data", "file"), allow_redirects=False)
            self.roots = tuple(Path(root).resolve() for root in allowed_roots)
            self.refused: list[RefusedFetch] = []
            self.fetched: list[str] = []

        def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> Any:
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                self.fetched.append(url[:40])
                return _data_response(url, URLFetcherResponse)
            if scheme == "file":
                found = _local_path(url, self.roots)
                if isinstance(found, Path):
                    self.fetched.append(url)
                    body, content_type = _file_content(found)
                    return URLFetcherResponse(url, body, {"Content-Type": content_type})
                reason = found
            else:
                reason = (
                    t("the {scheme} scheme is not allowed", scheme=scheme)
                    if scheme
                    else t("a relative address is not allowed")
                )
            self.refused.append(RefusedFetch(url, reason))
            # WeasyPrint skips the resource on ValueError and logs it, which we capture; the
            # log is WeasyPrint's record, in English like the rest of it.
            raise ValueError(f"prestatie sandbox refused {url}: {reason!s}")

    return _Sandboxed


def _local_path(url: str, roots: Sequence[Path]) -> Path | Text:
    """The file a ``file:`` URL names when it lies inside a root, else why not."""
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        return t("file URL on another host ({host})", host=parts.netloc)
    try:
        # resolve() follows symlinks and '..', so a link pointing outside cannot escape a root.
        path = Path(url2pathname(parts.path)).resolve(strict=True)
    except (OSError, RuntimeError):
        return t("file does not exist")
    if not any(path.is_relative_to(root) for root in roots):
        return t("file lies outside the allowed folders")
    if not path.is_file():
        return t("not a regular file")
    return path


def _file_content(path: Path) -> tuple[bytes, str]:
    """A file's bytes and type; a WOFF2 font already decompressed (see :func:`_truetype`)."""
    if path.suffix.lower() == ".woff2":
        stat = path.stat()
        return _truetype(path, stat.st_size, stat.st_mtime_ns), "font/ttf"
    return path.read_bytes(), _content_type(path)


@lru_cache(maxsize=16)
def _truetype(path: Path, size: int, mtime_ns: int) -> bytes:
    """The TrueType bytes of a WOFF2 font, made once per process (per file version).

    WeasyPrint decompresses every WOFF2 face anew for every PDF, with fontTools, in Python: about
    a second for the four Lato faces, more than the layout of a short document. Given the bytes
    it would make itself (the same call), it skips that step and the PDF stays byte for byte
    the same. ``size`` and ``mtime_ns`` make a changed file a new entry.
    """
    from fontTools.ttLib import woff2  # type: ignore[import-untyped]  # WeasyPrint's own step

    decoded = io.BytesIO()
    woff2.decompress(io.BytesIO(path.read_bytes()), decoded)
    return decoded.getvalue()


def _data_response(url: str, response_class: Any) -> Any:
    """Decode a ``data:`` URL with the standard library, without any opener or network."""
    with DataHandler().data_open(Request(url)) as response:
        body = response.read()
        content_type = response.headers.get("Content-Type", "text/plain")
    return response_class(url, body, {"Content-Type": content_type})


def _content_type(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in CONTENT_TYPES:
        return CONTENT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def _directory_url(folder: Path) -> str:
    """A ``file:`` URL with a trailing slash, so that relative URLs resolve inside ``folder``."""
    return folder.resolve().as_uri().rstrip("/") + "/"


class _ListHandler(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(level=logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(f"{record.levelname}: {record.getMessage()}")


@contextmanager
def _captured_log() -> Iterator[list[str]]:
    """Collect WeasyPrint's warnings and errors while rendering.

    The logger's level is lowered to WARNING for the duration, in case an application raised it:
    a missing glyph must not go unnoticed. Not safe for concurrent renders in threads.
    """
    logger = logging.getLogger(WEASYPRINT_LOGGER)
    messages: list[str] = []
    handler = _ListHandler(messages)
    old_level = logger.level
    if logger.getEffectiveLevel() > logging.WARNING:
        logger.setLevel(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def render_house_pdf(
    html: str,
    *,
    templates_dir: Path | None = None,
    pdf_options: Mapping[str, Any] | None = None,
    sources: Sequence[SourceAttachment] = (),
) -> bytes:
    """Print HTML in the house style (see ``render.html.house_stylesheet``) as PDF, with the
    consolidated document's fonts, sandbox roots and options (:data:`DOCUMENT_PDF_OPTIONS`),
    and ``sources`` embedded."""
    return render_pdf(
        html,
        base_url=asset_base_dir(templates_dir),
        allowed_roots=template_dirs(templates_dir),
        pdf_options=DOCUMENT_PDF_OPTIONS if pdf_options is None else pdf_options,
        attachments=sources,
    )


def render_document_pdf(
    consolidation: Consolidation,
    *,
    templates_dir: Path | None = None,
    pdf_options: Mapping[str, Any] | None = None,
    sources: Sequence[SourceAttachment] = (),
    epoch: datetime.datetime | None = None,
    images: Iterable[Image] = (),
) -> bytes:
    """The consolidated document as PDF: the print HTML, fonts and sandbox roots set up right.

    ``pdf_options`` default to :data:`DOCUMENT_PDF_OPTIONS`; ``sources`` are embedded (the files
    the version was built from); ``images`` go in as ``data:`` URLs; raises
    :class:`PdfRenderError`.
    """
    html = render_document_html(
        consolidation, templates_dir=templates_dir, for_print=True, epoch=epoch, images=images
    )
    return render_pdf(
        html,
        base_url=asset_base_dir(templates_dir),
        allowed_roots=template_dirs(templates_dir),
        pdf_options=DOCUMENT_PDF_OPTIONS if pdf_options is None else pdf_options,
        attachments=sources,
    )
