"""``prestatie publish``: every version of the agreements as a website, with stable links.

:func:`..core.site_plan.plan_site` decides which versions the site carries; each year is built
(in parallel processes, one year each) with every output of the registry; the site is assembled
in memory (:mod:`..outputs.site`) and :func:`..fs.write_site` moves it into place file by file,
replacing only the files an earlier publish wrote there.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path

from ..core.errors import UNLOCATED, Diagnostic, RenderError, SourceError, UsageError, WriteError
from ..core.messages import Text, t
from ..core.model import Project
from ..outputs.registry import OUTPUTS, Output
from ..outputs.site import CHECKSUMS, VERSIONS_FILE, Site

Progress = Callable[[int, int], None]
"""Called with (years done, years in all) each time a year has been built."""


@dataclass(frozen=True, slots=True)
class PublishRequest:
    root: Path
    out_dir: Path
    include_drafts: bool = False
    jobs: int | None = None
    """Years built at once, each in its own process; None: one per core; 1: in this process."""
    outputs: tuple[Output, ...] = OUTPUTS
    """What each version carries: the registry (a test may pass fewer outputs)."""


@dataclass(frozen=True, slots=True)
class YearFiles:
    """What a worker returns: one year's outputs, or why it could not build them."""

    year: int
    files: tuple[tuple[str, bytes], ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    """Problems in the sources (errors do not pickle: their diagnostics do)."""
    render_problems: tuple[Diagnostic, ...] = ()
    """Why its outputs could not be rendered (a RenderError's diagnostics)."""
    site_page: bytes = b""
    """The site's copy of the consolidated page (filters, links to each agreement's history);
    empty when the outputs hold no page."""


@dataclass(frozen=True, slots=True)
class PublishResult:
    project: Project
    site: Site
    written: Path


def publish_site(request: PublishRequest, progress: Progress | None = None) -> PublishResult:
    """Build the site and write it to ``request.out_dir``, updating an earlier site there.

    Only the files an earlier publish wrote are replaced or removed; anything else in the folder
    stays. Raises SourceError (bad sources), RenderError, or UsageError (``out_dir`` holds
    something that is not a site, or a file that is not ours where the site needs one).
    """
    from ..fs import SiteRefused, write_site
    from .environment import source_date_epoch

    earlier = check_replaceable(request.out_dir)
    source_date_epoch()  # a malformed SOURCE_DATE_EPOCH fails here, not in every worker
    project, site = render_site(request, progress)
    try:
        write_site(request.out_dir, site.files, earlier)
    except SiteRefused as exc:
        raise UsageError(
            t(
                "--out {folder}: {reason}; nothing was written",
                folder=str(request.out_dir),
                reason=exc.reason,
            )
        ) from None
    except OSError as exc:
        raise WriteError(
            request.out_dir, t("cannot write the site: {reason}", reason=str(exc))
        ) from exc
    return PublishResult(project, site, request.out_dir)


def check_replaceable(folder: Path) -> frozenset[str]:
    """The files an earlier publish wrote in ``folder``: the only ones publish may replace.

    Refuses (UsageError) a folder that holds anything but an earlier site, a file, and a link
    that leads nowhere. A link to a folder is followed: the site is written inside its target.
    """
    from ..fs import SITE_MANIFEST, SITE_STAGING_PREFIX, SiteRefused, read_site_manifest

    if folder.is_symlink() and not folder.exists():
        raise UsageError(
            t(
                "--out {folder} is a symbolic link to a folder that does not exist",
                folder=str(folder),
            )
        )
    if folder.exists() and not folder.is_dir():
        raise UsageError(t("--out {folder} is a file, not a folder", folder=str(folder)))
    if not folder.is_dir():
        return frozenset()
    try:
        recorded = read_site_manifest(folder)
    except SiteRefused as exc:
        raise UsageError(
            t("--out {folder}: {reason}", folder=str(folder), reason=exc.reason)
        ) from None
    if recorded is None:
        recorded = _site_before_the_manifest(folder)
    if recorded is not None:
        return recorded
    if any(not entry.name.startswith(SITE_STAGING_PREFIX) for entry in folder.iterdir()):
        raise UsageError(
            t(
                "--out {folder} is not empty and holds no {manifest}: "
                "refusing to write into a folder that is not a published site",
                folder=str(folder),
                manifest=SITE_MANIFEST,
            )
        )
    return frozenset()


def _site_before_the_manifest(folder: Path) -> frozenset[str] | None:
    """The files of a site published before sites had a manifest, or None if it is not one.

    Such a site is recognised by its ``versions.json`` (written by prestatie) and by its
    ``SHA256SUMS``, which lists every file that publish wrote but itself.
    """
    from ..outputs.site import site_files_from_checksums

    versions, checksums = folder / VERSIONS_FILE, folder / CHECKSUMS
    if not (versions.is_file() and checksums.is_file()):
        return None
    try:
        return site_files_from_checksums(versions.read_bytes(), checksums.read_bytes())
    except OSError:
        return None


def render_site(request: PublishRequest, progress: Progress | None = None) -> tuple[Project, Site]:
    """Every file of the site, in memory."""
    from ..core.site_plan import plan_site
    from ..outputs.site import assemble_site
    from ..sources.load import load_project, read_templates

    project = load_project(request.root)
    plan = plan_site(project, request.include_drafts)
    years = [version.year for version in plan.versions]
    built = _build_years(request, years, progress)
    files = {year: outcome.files for year, outcome in built.items()}
    pages = {year: outcome.site_page for year, outcome in built.items() if outcome.site_page}
    templates = read_templates(request.root)
    return project, assemble_site(project, plan, files, request.outputs, pages, templates)


def render_year(root: Path, year: int, outputs: tuple[Output, ...] = OUTPUTS) -> YearFiles:
    """Every output of ``prestatie build --year <year>``, in memory (runs in a worker process)."""
    from ..core.consolidation import consolidate
    from ..core.report import build_report
    from ..outputs.context import BuildContext
    from ..outputs.registry import render_outputs
    from ..outputs.site import has_page, site_page
    from ..sources.load import load_project, read_sources
    from .environment import source_date_epoch, stable_font_stamps

    try:
        project = load_project(root, up_to_year=year)
        consolidation = consolidate(project, year)
        report = build_report(consolidation, year, year)
        context = BuildContext(
            project, consolidation, report, read_sources(project), source_date_epoch()
        )
        with stable_font_stamps():
            files = render_outputs(context, outputs)
        page = site_page(context) if has_page(outputs) else b""
    except SourceError as exc:
        return YearFiles(year, diagnostics=exc.diagnostics)
    except RenderError as exc:
        return YearFiles(year, render_problems=exc.diagnostics)
    except Exception as exc:  # the worker's boundary: nothing but data crosses to the parent
        return YearFiles(year, render_problems=(_failure(t("the build"), exc),))
    return YearFiles(year, tuple(sorted(files.items())), site_page=page)


def _failure(what: Text, exc: BaseException) -> Diagnostic:
    failed = t("{what} failed: {kind}: {error}", what=what, kind=type(exc).__name__, error=str(exc))
    return Diagnostic(UNLOCATED, failed)


def _build_years(
    request: PublishRequest, years: list[int], progress: Progress | None
) -> dict[int, YearFiles]:
    """Each year's outputs; in worker processes unless one job (or one year) is asked for."""
    workers = min(request.jobs or os.cpu_count() or 1, len(years))
    results: dict[int, YearFiles] = {}
    if workers <= 1:
        for year in years:
            results[year] = render_year(request.root, year, request.outputs)
            _report(progress, len(results), len(years))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures: dict[Future[YearFiles], int] = {
                pool.submit(render_year, request.root, year, request.outputs): year
                for year in years
            }
            for future in as_completed(futures):
                results[futures[future]] = _outcome(future, futures[future])
                _report(progress, len(results), len(years))
    _raise_failures(results[year] for year in years)
    return results


def _outcome(future: Future[YearFiles], year: int) -> YearFiles:
    """A worker's result; a worker that died (killed, out of memory) is a render problem."""
    try:
        return future.result()
    except Exception as exc:  # BrokenProcessPool, or what the worker could not send back
        return YearFiles(year, render_problems=(_failure(t("the worker process"), exc),))


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _raise_failures(outcomes: Iterable[YearFiles]) -> None:
    """All years' problems at once: the source errors first, then any render failure."""
    outcomes = list(outcomes)
    diagnostics = [d for outcome in outcomes for d in outcome.diagnostics]
    if diagnostics:
        raise SourceError(dict.fromkeys(diagnostics))
    problems = _with_years(outcomes)
    if problems:
        raise RenderError.collected(problems)


def _years_label(years: list[int]) -> Text:
    if len(years) == 1:
        return t("year {year}", year=years[0])
    return t("years {years}", years=", ".join(map(str, years)))


def _with_years(outcomes: Iterable[YearFiles]) -> list[Diagnostic]:
    """Each render problem once, saying the years it broke: a broken template breaks them all."""
    years: dict[Diagnostic, list[int]] = {}
    for outcome in outcomes:
        for problem in outcome.render_problems:
            years.setdefault(problem, []).append(outcome.year)
    return [
        replace(
            problem,
            message=t("{message} ({years})", message=problem.message, years=_years_label(found)),
        )
        for problem, found in years.items()
    ]
