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

FORMATS = ("html", "pdf", "report")


@dataclass(frozen=True, slots=True)
class BuildRequest:
    root: Path
    year: int
    since: int | None = None
    """Report every change after this year's state (exclusive) up to ``year``."""
    formats: frozenset[str] = frozenset(FORMATS)
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
    outputs = render_outputs(request, consolidation, report)
    written = write_atomically(request.output_folder, outputs)
    return BuildResult(consolidation, report, written)


def report_stem(report: ChangeReport) -> str:
    if report.first_year == report.last_year:
        return f"wijzigingen-{report.last_year}"
    return f"wijzigingen-{report.first_year}-{report.last_year}"


def render_outputs(
    request: BuildRequest, consolidation: Consolidation, report: ChangeReport
) -> dict[str, bytes]:
    """Every requested output, rendered in memory, by file name."""
    templates = request.root / "templates"
    year = consolidation.year
    renderers: dict[str, Callable[[], dict[str, bytes]]] = {
        "html": lambda: {
            f"prestatieafspraken-{year}.html": _html(consolidation, templates).encode()
        },
        "pdf": lambda: {f"prestatieafspraken-{year}.pdf": _pdf(consolidation, request.root)},
        "report": lambda: _report_files(report, templates),
    }
    outputs: dict[str, bytes] = {}
    for name in FORMATS:
        if name in request.formats:
            outputs.update(renderers[name]())
    return outputs


def _html(consolidation: Consolidation, templates: Path) -> str:
    from .render.html import render_document_html

    return render_document_html(consolidation, templates_dir=templates)


def _pdf(consolidation: Consolidation, root: Path) -> bytes:
    from .render.pdf import render_document_pdf

    return render_document_pdf(consolidation, templates_dir=root / "templates")


def _report_files(report: ChangeReport, templates: Path) -> dict[str, bytes]:
    from .render.report_html import render_report_html
    from .render.report_json import render_report_json
    from .render.report_markdown import render_report_markdown

    stem = report_stem(report)
    return {
        f"{stem}.html": render_report_html(report, templates_dir=templates).encode(),
        f"{stem}.md": render_report_markdown(report).encode(),
        f"{stem}.json": render_report_json(report).encode(),
    }


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
