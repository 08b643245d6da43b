"""The build orchestrator: load -> consolidate -> report -> render -> write.

This is the only module that writes files. Every output is rendered in memory
first and written to a temporary folder beside the target; only when all of
them exist are they moved into place, so a failed build leaves earlier outputs
as they were.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .consolidate import consolidate
from .errors import UsageError
from .load import load_project
from .model import Consolidation, Project
from .report import ChangeReport, build_report


@dataclass(frozen=True, slots=True)
class BuildRequest:
    root: Path
    year: int
    since: int | None = None
    """Report every change after this year's state (exclusive) up to ``year``."""
    formats: frozenset[str] = frozenset({"html", "pdf", "report"})
    """Names from :data:`OUTPUTS`."""
    out_dir: Path | None = None
    """Defaults to ``<root>/build/<year>``."""

    @property
    def output_folder(self) -> Path:
        return self.out_dir or self.root / "build" / str(self.year)


@dataclass(frozen=True, slots=True)
class BuildResult:
    consolidation: Consolidation
    report: ChangeReport
    written: tuple[Path, ...]


def check_year(project: Project, year: int, option: str = "--year") -> None:
    period = project.document.period
    if year not in period:
        raise UsageError(
            f"{option} {year} lies outside the period {period.start}-{period.end} "
            "of agreements/document.yaml"
        )


def build(request: BuildRequest) -> BuildResult:
    """Build the requested outputs for one year. Raises SourceError or UsageError."""
    project = load_project(request.root, up_to_year=request.year)
    check_year(project, request.year)
    first_year = request.year
    if request.since is not None:
        if request.since >= request.year:
            raise UsageError(f"--since {request.since} must lie before --year {request.year}")
        first_year = request.since + 1
    consolidation = consolidate(project, request.year)
    report = build_report(consolidation, first_year, request.year)
    outputs = render_outputs(BuildContext(request, project, consolidation, report))
    written = write_atomically(request.output_folder, outputs)
    return BuildResult(consolidation, report, written)


def report_stem(report: ChangeReport) -> str:
    if report.first_year == report.last_year:
        return f"wijzigingen-{report.last_year}"
    return f"wijzigingen-{report.first_year}-{report.last_year}"


@dataclass(frozen=True, slots=True)
class BuildContext:
    """What every output renderer may use."""

    request: BuildRequest
    project: Project
    consolidation: Consolidation
    report: ChangeReport

    @property
    def templates(self) -> Path:
        return self.request.root / "templates"

    @property
    def year(self) -> int:
        return self.consolidation.year


OutputRenderer = Callable[[BuildContext], dict[str, bytes]]


def _document_html(context: BuildContext) -> dict[str, bytes]:
    from .render.html import render_document_html

    html = render_document_html(context.consolidation, templates_dir=context.templates)
    return {f"prestatieafspraken-{context.year}.html": html.encode()}


def _document_pdf(context: BuildContext) -> dict[str, bytes]:
    from .render.pdf import render_document_pdf

    pdf = render_document_pdf(context.consolidation, templates_dir=context.templates)
    return {f"prestatieafspraken-{context.year}.pdf": pdf}


def _report_files(context: BuildContext) -> dict[str, bytes]:
    from .render.report_html import render_report_html
    from .render.report_json import render_report_json
    from .render.report_markdown import render_report_markdown

    report = context.report
    stem = report_stem(report)
    return {
        f"{stem}.html": render_report_html(report, templates_dir=context.templates).encode(),
        f"{stem}.md": render_report_markdown(report).encode(),
        f"{stem}.json": render_report_json(report).encode(),
    }


OUTPUTS: dict[str, OutputRenderer] = {
    "html": _document_html,
    "pdf": _document_pdf,
    "report": _report_files,
}
"""Every output format by its ``--format`` name, in build order. Renderers import lazily."""


def render_outputs(context: BuildContext) -> dict[str, bytes]:
    """Every requested output, rendered in memory, by file name."""
    outputs: dict[str, bytes] = {}
    for name, renderer in OUTPUTS.items():
        if name in context.request.formats:
            outputs.update(renderer(context))
    return outputs


def write_atomically(folder: Path, outputs: Mapping[str, bytes]) -> tuple[Path, ...]:
    """Write every output to a temporary folder, then move them into ``folder``.

    The temporary folder lies beside ``folder`` (same file system), so each move
    is an atomic rename; it is removed whatever happens.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.tmp-", dir=folder.parent))
    try:
        for name, content in outputs.items():
            (staging / name).write_bytes(content)
        folder.mkdir(exist_ok=True)
        written = []
        for name in outputs:
            (staging / name).replace(folder / name)
            written.append(folder / name)
        return tuple(written)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
