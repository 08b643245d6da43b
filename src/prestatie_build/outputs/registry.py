"""Every output of a build, each described once: name, files, site links, libraries, renderer.

``prestatie build --format``, the manifest (what invalidates an output), ``publish`` and the
site's index read only this table. A new output is one module with its renderer and one
:class:`Output` line in :data:`OUTPUTS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..core.errors import render_boundary
from ..core.messages import t
from . import document, jaarplan, report
from .context import BuildContext

OutputRenderer = Callable[[BuildContext], dict[str, bytes]]
"""Renders an output in memory: file name -> content. Imports its renderers when called."""

SOURCE_LIBRARIES = ("PyYAML", "jsonschema", "markdown-it-py", "Jinja2", "MarkupSafe")
"""Libraries every output depends on: they read the sources and lay out the HTML."""

PDF_LIBRARIES = (
    "weasyprint",
    "pydyf",
    "tinycss2",
    "cssselect2",
    "tinyhtml5",
    "Pyphen",
    "fonttools",
    "Pillow",
)
"""Libraries that set a PDF: a new version of any of them can change its bytes."""


@dataclass(frozen=True, slots=True)
class SiteLink:
    """How the site's index links one of an output's files."""

    kind: str
    """What the file is to a reader: ``page``, ``pdf``, ``report``, ``jaarplan``, ..."""
    file: str
    """The file name, with ``{year}`` (and ``{span}``) for the version's year."""
    label: str
    """The link text, with ``{year}`` and ``{size}`` (``97 kB``); CONCEPT is put before it."""


@dataclass(frozen=True, slots=True)
class Output:
    name: str
    """The name ``--format`` takes."""
    description: str
    """What the output is, for ``--help``."""
    files: tuple[str, ...]
    """The file names it writes, with ``{year}`` and ``{span}`` (``2024`` or ``2023-2024``, the
    years its report covers). An output may write fewer (no Jaarplan in a year: no files)."""
    render: OutputRenderer
    links: tuple[SiteLink, ...] = ()
    """The files the site's index links, in the order shown."""
    libraries: tuple[str, ...] = SOURCE_LIBRARIES
    """Distributions whose version is part of the output's key: a new version rebuilds it."""

    def file_names(self, year: int, first_year: int | None = None) -> tuple[str, ...]:
        first = year if first_year is None else first_year
        span = str(year) if first == year else f"{first}-{year}"
        return tuple(name.format(year=year, span=span) for name in self.files)


OUTPUTS: tuple[Output, ...] = (
    Output(
        "html",
        "the consolidated document as a web page",
        (document.HTML_FILE,),
        document.document_html,
        (SiteLink("page", document.HTML_FILE, "Tekst {year} (webpagina)"),),
    ),
    Output(
        "pdf",
        "the consolidated document as archival PDF",
        (document.PDF_FILE,),
        document.document_pdf,
        (SiteLink("pdf", document.PDF_FILE, "Tekst {year} (PDF, {size})"),),
        SOURCE_LIBRARIES + PDF_LIBRARIES,
    ),
    Output(
        "report",
        "the change report (HTML, Markdown, JSON)",
        report.FILES,
        report.report_files,
        (SiteLink("report", report.FILES[0], "Wijzigingen {year}"),),
    ),
    Output(
        "jaarplan",
        "the year's Jaarplan ready to sign (HTML, PDF)",
        (jaarplan.HTML_FILE, jaarplan.PDF_FILE),
        jaarplan.jaarplan_files,
        (
            SiteLink("jaarplan", jaarplan.HTML_FILE, "Jaarplan {year}"),
            SiteLink("jaarplan-pdf", jaarplan.PDF_FILE, "Jaarplan {year} (PDF, {size})"),
        ),
        SOURCE_LIBRARIES + PDF_LIBRARIES,
    ),
)
"""Every output, in build order."""

OUTPUT_NAMES: tuple[str, ...] = tuple(output.name for output in OUTPUTS)


def select(names: Iterable[str], outputs: tuple[Output, ...] = OUTPUTS) -> tuple[Output, ...]:
    """The named outputs, in build order."""
    wanted = frozenset(names)
    return tuple(output for output in outputs if output.name in wanted)


def render_groups(context: BuildContext, outputs: Iterable[Output]) -> dict[str, dict[str, bytes]]:
    """The given outputs, rendered in memory, by output name and file name (in build order).

    The error boundary of rendering: whatever an output's renderer raises reaches the caller
    as a RenderError (see ``core.errors.render_boundary``).
    """
    groups: dict[str, dict[str, bytes]] = {}
    for output in outputs:
        with render_boundary(t("the {name} output", name=output.name)):
            groups[output.name] = output.render(context)
    return groups


def render_outputs(context: BuildContext, outputs: Iterable[Output] = OUTPUTS) -> dict[str, bytes]:
    """Every file of the given outputs, rendered in memory, by file name."""
    files: dict[str, bytes] = {}
    for group in render_groups(context, outputs).values():
        files.update(group)
    return files
