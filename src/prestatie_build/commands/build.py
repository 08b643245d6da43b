"""``prestatie build``: load -> consolidate -> report -> render -> write, for one year.

Every output is rendered in memory first (see :mod:`..outputs`); :func:`..fs.write_atomically`
then moves them into place together, so a failed build leaves earlier outputs as they were. An
output whose key (sources, templates, tool, libraries, options) matches the manifest is skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import UsageError
from ..core.messages import t
from ..core.model import Consolidation, Period, Project, check_year
from ..fs import sweep_stale_staging, write_atomically
from ..outputs import manifest
from ..outputs.registry import OUTPUT_NAMES, Output, select
from .environment import build_options, source_date_epoch, stable_font_stamps

if TYPE_CHECKING:
    # The core is imported inside build(): `prestatie --help` must not pay for jsonschema & co.
    from ..core.report import ChangeReport


@dataclass(frozen=True, slots=True)
class BuildRequest:
    root: Path
    year: int
    since: int | None = None
    """Report every change after this year's state (exclusive) up to ``year``."""
    formats: frozenset[str] = frozenset(OUTPUT_NAMES)
    """Names from :data:`..outputs.registry.OUTPUTS`."""
    out_dir: Path | None = None
    """Defaults to ``<root>/build/<year>``."""
    force: bool = False
    """Rebuild every output, also those whose inputs are unchanged (see ``outputs.manifest``)."""

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


def build_year(request: BuildRequest) -> BuildResult:
    """Build the requested outputs for one year. Raises SourceError, RenderError, WriteError or
    UsageError.

    An output whose key (sources, templates, tool, options) matches the manifest is skipped
    unless ``request.force``; when all are, nothing is even loaded.
    """
    folder = request.output_folder
    source_date_epoch()  # a malformed SOURCE_DATE_EPOCH fails the build before anything else
    if folder.parent.is_dir():
        sweep_stale_staging(folder)  # also when nothing is to be written
    outputs = select(request.formats)
    previous = manifest.read_manifest(folder)
    keys = manifest.output_keys(request.root, request.year, request.since, outputs, build_options())
    current = frozenset(
        name
        for name, key in keys.items()
        if not request.force and previous.is_current(name, key, folder)
    )
    if current == request.formats:
        up_to_date = previous.files(current, folder)
        return BuildResult(None, None, (), up_to_date, previous.concept(current))
    stale = tuple(output for output in outputs if output.name not in current)
    return _build_stale(request, previous, keys, current, stale)


def _build_stale(
    request: BuildRequest,
    previous: manifest.Manifest,
    keys: Mapping[str, str | None],
    current: frozenset[str],
    stale: tuple[Output, ...],
) -> BuildResult:
    """Load, consolidate and render the ``stale`` outputs."""
    from ..core.consolidation import consolidate
    from ..core.report import build_report
    from ..outputs.context import BuildContext
    from ..outputs.registry import render_groups
    from ..sources.load import load_project, read_sources

    folder = request.output_folder
    project = load_project(request.root, up_to_year=request.year)
    check_year(project, request.year)
    first_year = request.year
    if request.since is not None:
        check_since(project.document.period, request.since, request.year)
        first_year = request.since + 1
    consolidation = consolidate(project, request.year)
    report = build_report(consolidation, first_year, request.year)
    context = BuildContext(
        project, consolidation, report, read_sources(project), source_date_epoch()
    )
    with stable_font_stamps():
        groups = render_groups(context, stale)
    concept = consolidation.is_concept
    # Record a key only for what was read: a source edited while loading (and perhaps edited
    # back since) must not make these outputs pass for those of the sources on disk.
    read_keys = manifest.output_keys(
        request.root,
        request.year,
        request.since,
        stale,
        build_options(),
        read_inputs(project),
    )
    vouched = manifest.vouched_keys(keys, read_keys)
    records = {
        name: manifest.record(vouched[name], files, concept) for name, files in groups.items()
    }
    updated = previous.updated(records)
    files = {name: content for group in groups.values() for name, content in group.items()}
    beside = {manifest.manifest_path(folder).name: updated.to_bytes()}
    written = write_atomically(folder, files, beside=beside)
    up_to_date = previous.files(current, folder)
    return BuildResult(consolidation, report, written, up_to_date, concept)


def read_inputs(project: Project) -> dict[str, bytes]:
    """Every file a build read, by path inside the project: the sources and the images, each
    as read (an image changed since makes the outputs be recorded without a key)."""
    return {**dict(project.source_bytes), **{image.path: image.data for image in project.images}}


def check_since(period: Period, since: int, year: int) -> None:
    """``--since`` names a year of the period before ``--year``, or the year before the period
    (to report every change of the period); anything else is a mistake, not an empty report."""
    if since >= year:
        raise UsageError(t("--since {since} must lie before --year {year}", since=since, year=year))
    if since < period.start - 1:
        raise UsageError(
            t(
                "--since {since} lies before the period {start}-{end}; "
                "--since {before} reports every change of the period",
                since=since,
                start=period.start,
                end=period.end,
                before=period.start - 1,
            )
        )
