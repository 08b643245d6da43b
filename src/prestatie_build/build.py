"""The build orchestrator: load -> consolidate -> report -> render -> write.

This is the only module that writes files. Every output is rendered in memory
first and written to a temporary folder beside the target; only when all of
them exist are they moved into place, so a failed build leaves earlier outputs
as they were.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import manifest
from .errors import UsageError
from .model import Consolidation, Project

if TYPE_CHECKING:
    # The core is imported inside build(): `prestatie --help` must not pay for jsonschema & co.
    from .render.pdf import SourceAttachment
    from .report import ChangeReport


@dataclass(frozen=True, slots=True)
class BuildRequest:
    root: Path
    year: int
    since: int | None = None
    """Report every change after this year's state (exclusive) up to ``year``."""
    formats: frozenset[str] = frozenset({"html", "pdf", "report", "jaarplan"})
    """Names from :data:`OUTPUTS`."""
    out_dir: Path | None = None
    """Defaults to ``<root>/build/<year>``."""
    force: bool = False
    """Rebuild every output, also those whose inputs are unchanged (see :mod:`.manifest`)."""

    @property
    def output_folder(self) -> Path:
        return self.out_dir or self.root / "build" / str(self.year)


@dataclass(frozen=True, slots=True)
class BuildResult:
    consolidation: Consolidation | None
    """``None`` when every requested output was up to date: nothing was loaded."""
    report: ChangeReport | None
    written: tuple[Path, ...]
    up_to_date: tuple[Path, ...] = ()
    """Outputs left as they were: nothing they are built from has changed."""
    concept: bool = False
    """A draft Jaarplan is applied: every output says CONCEPT."""


def check_year(project: Project, year: int, option: str = "--year") -> None:
    period = project.document.period
    if year not in period:
        raise UsageError(
            f"{option} {year} lies outside the period {period.start}-{period.end} "
            "of agreements/document.yaml"
        )


def build(request: BuildRequest) -> BuildResult:
    """Build the requested outputs for one year. Raises SourceError or UsageError.

    An output whose key (sources, templates, tool, options) matches the manifest is skipped
    unless ``request.force``; when all are, nothing is even loaded.
    """
    folder = request.output_folder
    if folder.parent.is_dir():
        sweep_stale_staging(folder)  # also when nothing is to be written
    previous = manifest.read_manifest(folder)
    keys = manifest.output_keys(request.root, request.year, request.since, request.formats)
    current = frozenset(
        name
        for name, key in keys.items()
        if not request.force and previous.is_current(name, key, folder)
    )
    if current == request.formats:
        up_to_date = previous.files(current, folder)
        return BuildResult(None, None, (), up_to_date, previous.concept(current))
    return _build_stale(request, previous, keys, current)


def _build_stale(
    request: BuildRequest,
    previous: manifest.Manifest,
    keys: Mapping[str, str | None],
    current: frozenset[str],
) -> BuildResult:
    """Load, consolidate and render the requested outputs that are not ``current``."""
    from .consolidate import consolidate
    from .load import load_project
    from .report import build_report

    folder = request.output_folder
    project = load_project(request.root, up_to_year=request.year)
    check_year(project, request.year)
    first_year = request.year
    if request.since is not None:
        if request.since >= request.year:
            raise UsageError(f"--since {request.since} must lie before --year {request.year}")
        first_year = request.since + 1
    consolidation = consolidate(project, request.year)
    report = build_report(consolidation, first_year, request.year)
    context = BuildContext(request, project, consolidation, report)
    groups = render_groups(context, request.formats - current)
    concept = consolidation.is_concept
    records = {name: manifest.record(keys[name], files, concept) for name, files in groups.items()}
    updated = previous.updated(records)
    outputs = {name: content for files in groups.values() for name, content in files.items()}
    beside = {manifest.manifest_path(folder).name: updated.to_bytes()}
    written = write_atomically(folder, outputs, beside=beside)
    up_to_date = previous.files(current, folder)
    return BuildResult(consolidation, report, written, up_to_date, concept)


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

    pdf = render_document_pdf(
        context.consolidation, templates_dir=context.templates, sources=source_attachments(context)
    )
    return {f"prestatieafspraken-{context.year}.pdf": pdf}


SOURCE_MEDIA_TYPES = {".md": "text/markdown", ".yaml": "application/yaml"}
"""How an archival PDF labels the source files it carries."""


def source_attachments(
    context: BuildContext, names: Sequence[str] | None = None
) -> tuple[SourceAttachment, ...]:
    """The files a build read (or ``names`` of them), for a PDF/A-3 to carry as its sources.

    Stamped with the version's date (see :mod:`.dates`), never with the files' mtimes.
    """
    from .dates import as_moment, document_date
    from .render.pdf import SourceAttachment

    stamp = as_moment(document_date(context.consolidation))
    root = Path(context.project.root)
    return tuple(
        SourceAttachment(
            name,
            (root / name).read_bytes(),
            SOURCE_MEDIA_TYPES.get(Path(name).suffix, "application/octet-stream"),
            stamp,
        )
        for name in (context.project.source_files if names is None else names)
    )


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


def _jaarplan_files(context: BuildContext) -> dict[str, bytes]:
    """The Jaarplan of the build year as it is signed (HTML and PDF); nothing for a year
    without one."""
    from .jaarplan import build_renvooi
    from .render.jaarplan_html import render_jaarplan_html, render_jaarplan_pdf

    renvooi = build_renvooi(context.project, context.year)
    if renvooi is None:
        return {}
    html = render_jaarplan_html(renvooi, templates_dir=context.templates)
    pdf = render_jaarplan_pdf(
        renvooi, templates_dir=context.templates, sources=source_attachments(context)
    )
    return {f"jaarplan-{context.year}.html": html.encode(), f"jaarplan-{context.year}.pdf": pdf}


OUTPUTS: dict[str, OutputRenderer] = {
    "html": _document_html,
    "pdf": _document_pdf,
    "report": _report_files,
    "jaarplan": _jaarplan_files,
}
"""Every output format by its ``--format`` name, in build order. Renderers import lazily."""


def render_outputs(context: BuildContext) -> dict[str, bytes]:
    """Every requested output, rendered in memory, by file name."""
    outputs: dict[str, bytes] = {}
    for files in render_groups(context, context.request.formats).values():
        outputs.update(files)
    return outputs


def render_groups(context: BuildContext, names: frozenset[str]) -> dict[str, dict[str, bytes]]:
    """The named outputs, rendered in memory, by output name and file name (in build order)."""
    return {name: renderer(context) for name, renderer in OUTPUTS.items() if name in names}


def write_atomically(
    folder: Path, outputs: Mapping[str, bytes], *, beside: Mapping[str, bytes] | None = None
) -> tuple[Path, ...]:
    """Write every output to a temporary folder, then move them into ``folder``.

    The temporary folder lies beside ``folder`` (same file system), so each move
    is an atomic rename; it is removed whatever happens. ``beside`` files (the
    manifest) are moved next to ``folder`` last: a build killed before that leaves
    a manifest that no longer matches the outputs, so the next build redoes them.
    A killed process cannot clean up; its staging folder carries its process id,
    and the next build removes it.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale_staging(folder)
    prefix = f"{staging_prefix(folder)}{os.getpid()}-"
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=folder.parent))
    try:
        for name, content in {**outputs, **(beside or {})}.items():
            (staging / name).write_bytes(content)
        folder.mkdir(exist_ok=True)
        written = []
        for name in outputs:
            (staging / name).replace(folder / name)
            written.append(folder / name)
        for name in beside or {}:
            (staging / name).replace(folder.parent / name)
        return tuple(written)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def staging_prefix(folder: Path) -> str:
    """How the staging folders of ``folder`` begin: ``.2024.tmp-``, then the process id."""
    return f".{folder.name}.tmp-"


def sweep_stale_staging(folder: Path) -> None:
    """Remove the staging folders that killed builds left beside ``folder``.

    A staging folder whose process still runs belongs to a concurrent build and stays.
    """
    prefix = staging_prefix(folder)
    for entry in folder.parent.iterdir():
        pid = re.match(r"[0-9]+", entry.name.removeprefix(prefix))
        if entry.name.startswith(prefix) and pid and not _is_running(int(pid.group())):
            shutil.rmtree(entry, ignore_errors=True)


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid > 0  # another user's process, or no process id at all
    return pid > 0


def write_site(folder: Path, files: Mapping[str, bytes]) -> Path:
    """Write a whole folder (the published site) and swap it in for the one there.

    Files go to a staging folder beside ``folder`` (``2024/index.html`` into sub-folders); then
    the old folder is renamed aside, the new one renamed into place, and the old one removed. So
    stale files of an earlier publish disappear, and a failure leaves the earlier site whole.
    The caller decides whether ``folder`` may be replaced (see ``publish.check_replaceable``).
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale_staging(folder)
    prefix = f"{staging_prefix(folder)}{os.getpid()}-"
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=folder.parent))
    aside = folder.parent / f"{prefix}old"
    try:
        staging.chmod(0o755)  # mkdtemp makes it private; a web server must read the site
        for name, content in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        if folder.exists():
            folder.rename(aside)
        try:
            staging.rename(folder)
        except OSError:
            if aside.exists():
                aside.rename(folder)
            raise
        return folder
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(aside, ignore_errors=True)
