"""The published site: every version of the agreements, with stable links and checksums.

``plan_site`` decides which versions the site carries; ``render_site`` builds each year (in
parallel processes, one year each) and assembles the site in memory; ``publish`` hands it to
:func:`prestatie_build.build.write_site`, which swaps it into place. The layout::

    index.html            every version: year, status, adoption, links (see render/site_html.py)
    versions.json         the same, machine-readable, with every file's sha256 and size
    SHA256SUMS            `sha256sum -c SHA256SUMS` inside the site checks every file
    2024/index.html       the consolidated page: 2024/#afspraak-17 is a stable link
    2024/...              every output of `prestatie build --year 2024`, byte for byte
    latest/...            the same files as the newest adopted version

A version is the base document (the first year of the period) or a year with a Jaarplan; a year
without one would repeat the version before it. A version that applies a draft Jaarplan is left
out unless drafts are asked for, and then it says CONCEPT everywhere. Every link is relative, so
the site works opened from disk and served from any sub-path. Nothing reads the clock: two
publishes of the same sources give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from . import __version__
from .errors import Diagnostic, RenderError, SourceError, UsageError
from .model import Jaarplan, Project

SITE_MARKER = "versions.json"
"""A folder holding this file is a site that ``publish`` may replace."""
CHECKSUMS = "SHA256SUMS"
INDEX = "index.html"
LATEST = "latest"

VersionStatus = Literal["base", "adopted", "draft"]

Progress = Callable[[int, int], None]
"""Called with (years done, years in all) each time a year has been built."""


@dataclass(frozen=True, slots=True)
class PublishRequest:
    root: Path
    out_dir: Path
    include_drafts: bool = False
    jobs: int | None = None
    """Years built at once, each in its own process; None: one per core; 1: in this process."""


@dataclass(frozen=True, slots=True)
class VersionPlan:
    """One version the site carries."""

    year: int
    status: VersionStatus
    """``base`` (no Jaarplan yet), ``adopted``, or ``draft`` when a draft Jaarplan is applied."""
    jaarplan: Jaarplan | None
    """The year's own Jaarplan; None for the base document."""

    @property
    def concept(self) -> bool:
        return self.status == "draft"


@dataclass(frozen=True, slots=True)
class SitePlan:
    versions: tuple[VersionPlan, ...]
    """In year order."""
    latest: int | None
    """The newest version without a draft: what ``latest/`` holds."""

    @property
    def published_years(self) -> frozenset[int]:
        """The versions the site carries as adopted (the base document included)."""
        return frozenset(v.year for v in self.versions if not v.concept)


@dataclass(frozen=True, slots=True)
class YearFiles:
    """What a worker returns: one year's outputs, or why it could not build them."""

    year: int
    files: tuple[tuple[str, bytes], ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    """Problems in the sources (errors do not pickle: their diagnostics do)."""
    render_problem: str = ""


@dataclass(frozen=True, slots=True)
class Site:
    plan: SitePlan
    files: Mapping[str, bytes]
    """Every file of the site by its path inside it (``2024/index.html``), sorted."""


@dataclass(frozen=True, slots=True)
class PublishResult:
    project: Project
    site: Site
    written: Path


def plan_site(project: Project, include_drafts: bool) -> SitePlan:
    """The versions of a project's site: the base document and every year with a Jaarplan."""
    period = project.document.period
    by_year = {j.year: j for j in project.jaarplannen if j.year in period}
    versions = []
    for year in sorted({period.start, *by_year}):
        draft = any(j.is_draft for j in project.jaarplannen if j.year <= year)
        status: VersionStatus = "draft" if draft else "adopted" if year in by_year else "base"
        if include_drafts or status != "draft":
            versions.append(VersionPlan(year, status, by_year.get(year)))
    adopted = [v.year for v in versions if not v.concept]
    return SitePlan(tuple(versions), max(adopted) if adopted else None)


def publish(request: PublishRequest, progress: Progress | None = None) -> PublishResult:
    """Build the site and write it to ``request.out_dir``, replacing an earlier site there.

    Raises SourceError (bad sources), RenderError, or UsageError (``out_dir`` holds something
    that is not a site).
    """
    from .build import write_site

    check_replaceable(request.out_dir)
    project, site = render_site(request, progress)
    return PublishResult(project, site, write_site(request.out_dir, site.files))


def check_replaceable(folder: Path) -> None:
    """Refuse to replace a folder that holds anything but an earlier site."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--out {folder} is a file, not a folder")
    if folder.is_dir() and any(folder.iterdir()) and not (folder / SITE_MARKER).is_file():
        raise UsageError(
            f"--out {folder} is not empty and holds no {SITE_MARKER}: "
            "refusing to replace a folder that is not a published site"
        )


def render_site(request: PublishRequest, progress: Progress | None = None) -> tuple[Project, Site]:
    """Every file of the site, in memory."""
    from .load import load_project

    project = load_project(request.root)
    plan = plan_site(project, request.include_drafts)
    years = [version.year for version in plan.versions]
    built = _build_years(request.root, years, request.jobs, progress)
    return project, assemble_site(project, plan, built)


def render_year(root: Path, year: int) -> YearFiles:
    """Every output of ``prestatie build --year <year>``, in memory (runs in a worker process)."""
    from .build import OUTPUTS, BuildContext, BuildRequest, render_outputs
    from .consolidate import consolidate
    from .load import load_project
    from .report import build_report

    try:
        project = load_project(root, up_to_year=year)
        consolidation = consolidate(project, year)
        report = build_report(consolidation, year, year)
        request = BuildRequest(root, year, formats=frozenset(OUTPUTS))
        outputs = render_outputs(BuildContext(request, project, consolidation, report))
    except SourceError as exc:
        return YearFiles(year, diagnostics=exc.diagnostics)
    except RenderError as exc:
        return YearFiles(year, render_problem=f"{year}: {exc}")
    return YearFiles(year, tuple(sorted(outputs.items())))


def _build_years(
    root: Path, years: list[int], jobs: int | None, progress: Progress | None
) -> dict[int, YearFiles]:
    """Each year's outputs; in worker processes unless one job (or one year) is asked for."""
    workers = min(jobs or os.cpu_count() or 1, len(years))
    results: dict[int, YearFiles] = {}
    if workers <= 1:
        for year in years:
            results[year] = render_year(root, year)
            _report(progress, len(results), len(years))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures: dict[Future[YearFiles], int] = {
                pool.submit(render_year, root, year): year for year in years
            }
            for future in as_completed(futures):
                results[futures[future]] = future.result()
                _report(progress, len(results), len(years))
    _raise_failures(results[year] for year in years)
    return results


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _raise_failures(outcomes: Iterable[YearFiles]) -> None:
    """All years' problems at once: the source errors first, then any render failure."""
    outcomes = list(outcomes)
    diagnostics = [d for outcome in outcomes for d in outcome.diagnostics]
    if diagnostics:
        raise SourceError(dict.fromkeys(diagnostics))
    problems = [outcome.render_problem for outcome in outcomes if outcome.render_problem]
    if problems:
        raise RenderError("\n".join(problems))


# --- assembling the site ---------------------------------------------------------------------


LinkKind = Literal["page", "pdf", "report", "jaarplan", "jaarplan-pdf"]

LINK_PATTERNS: tuple[tuple[LinkKind, str], ...] = (
    ("page", r"prestatieafspraken-{year}\.html"),
    ("pdf", r"prestatieafspraken-{year}\.pdf"),
    ("report", r"wijzigingen-{year}\.html"),
    ("jaarplan", r"jaarplan-{year}[a-z-]*\.html"),
    ("jaarplan-pdf", r"jaarplan-{year}[a-z-]*\.pdf"),
)
"""Which of a year's files the index links to, by what they are; other files are listed in
versions.json only. The Jaarplan's own outputs are linked when the build has them."""


@dataclass(frozen=True, slots=True)
class VersionFiles:
    """A version as the index shows it: its plan and its files inside the site."""

    plan: VersionPlan
    folder: str
    """``2024``: the version's folder in the site."""
    files: tuple[tuple[str, bytes], ...]
    """The build's outputs by file name, plus ``index.html`` (the consolidated page)."""

    def links(self) -> dict[LinkKind, str]:
        """The linked files by kind, as paths inside the site (the page as ``2024/index.html``)."""
        found: dict[LinkKind, str] = {}
        for kind, pattern in LINK_PATTERNS:
            regex = re.compile(pattern.format(year=self.plan.year))
            name = next((n for n, _ in self.files if regex.fullmatch(n)), None)
            if name is not None:
                found[kind] = f"{self.folder}/{INDEX if kind == 'page' else name}"
        return found

    def size(self, path: str) -> int:
        name = path.removeprefix(f"{self.folder}/")
        return next(len(content) for n, content in self.files if n == name)


def assemble_site(project: Project, plan: SitePlan, built: Mapping[int, YearFiles]) -> Site:
    """The site's files from each year's outputs (pure)."""
    from .render.site_html import render_site_index

    versions = tuple(_version_files(version, built[version.year]) for version in plan.versions)
    files: dict[str, bytes] = {}
    for version in versions:
        files.update(_inside(version.folder, version.files))
    latest = next((v for v in versions if v.plan.year == plan.latest), None)
    if latest is not None:
        files.update(_inside(LATEST, latest.files))
    templates = Path(project.root) / "templates"
    files[INDEX] = render_site_index(project, versions, latest, templates_dir=templates).encode()
    files[SITE_MARKER] = versions_json(project, plan, versions, files)
    files[CHECKSUMS] = checksums(files)
    return Site(plan, dict(sorted(files.items())))


def _version_files(plan: VersionPlan, outputs: YearFiles) -> VersionFiles:
    files = dict(outputs.files)
    page = files.get(f"prestatieafspraken-{plan.year}.html")
    if page is not None:
        # A copy rather than a redirect: 2024/#afspraak-17 must land on the agreement, also
        # opened from disk, and the build's own file names stay as `prestatie build` writes them.
        files[INDEX] = page
    return VersionFiles(plan, str(plan.year), tuple(sorted(files.items())))


def _inside(folder: str, files: Iterable[tuple[str, bytes]]) -> dict[str, bytes]:
    return {f"{folder}/{name}": content for name, content in files}


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def checksums(files: Mapping[str, bytes]) -> bytes:
    """``SHA256SUMS`` in the format ``sha256sum -c`` reads, every file but itself, sorted."""
    lines = [f"{sha256(content)}  {path}\n" for path, content in sorted(files.items())]
    return "".join(lines).encode()


def versions_json(
    project: Project,
    plan: SitePlan,
    versions: Iterable[VersionFiles],
    files: Mapping[str, bytes],
) -> bytes:
    """``versions.json``: the document, and per version its status, adoption and files."""
    document = project.document
    data: dict[str, Any] = {
        "generator": f"prestatie {__version__}",
        "document": {
            "title": document.title,
            "place": document.place,
            "period": {"start": document.period.start, "end": document.period.end},
        },
        "latest": plan.latest,
        "versions": [_version_json(version, files) for version in versions],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _version_json(version: VersionFiles, files: Mapping[str, bytes]) -> dict[str, Any]:
    plan = version.plan
    jaarplan = plan.jaarplan
    adopted = jaarplan.adopted if jaarplan is not None else None
    folder = f"{version.folder}/"
    return {
        "year": plan.year,
        "status": plan.status,
        "concept": plan.concept,
        "jaarplan": None if jaarplan is None else jaarplan.title,
        "adopted": None
        if adopted is None
        else {"date": adopted.date.isoformat(), "place": adopted.place},
        "page": f"{version.folder}/{INDEX}",
        "links": version.links(),
        "files": [
            {"path": path, "sha256": sha256(content), "bytes": len(content)}
            for path, content in sorted(files.items())
            if path.startswith(folder)
        ],
    }
