"""The published site, assembled in memory from each version's outputs.

The layout::

    index.html            every version: year, status, adoption, links (render/site_html.py)
    versions.json         the same, machine-readable, with every file's sha256 and size
    SHA256SUMS            `sha256sum -c SHA256SUMS` inside the site checks every file
    2024/index.html       the consolidated page: 2024/#afspraak-17 is a stable link; the site's
                          copy adds filters and links to each agreement's page
    2024/...              every output of `prestatie build --year 2024`, byte for byte
    latest/...            the same files as the newest adopted version
    afspraken/            afspraak-13.html: an agreement in every version, with the redlines
                          and the changes between them; index.html lists them
    vergelijk/            2022-2024.html: one version compared with another, as the review
    zoeken.html           the search over every version (pagefind/: its index)
    .prestatie-site.json  every file above: what the next publish may replace (written by fs.py)

Which files the index links, and with what words, comes from the output registry. Every link is
relative, so the site works opened from disk and served from any sub-path. Nothing reads the
clock: two publishes of the same sources give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..core.dutch import dutch_date
from ..core.model import Project
from ..core.site_plan import (
    INDEX,
    LATEST,
    SEARCH_PAGE,
    Finding,
    IndexLink,
    IndexRow,
    SitePlan,
    VersionPlan,
)
from .context import BuildContext
from .registry import OUTPUTS, Output

VERSIONS_FILE = "versions.json"
CHECKSUMS = "SHA256SUMS"
_CHECKSUM_LINE = re.compile(r"[0-9a-f]{64}  (.+)")

STATUS_WORDS = {"base": "Basisdocument", "adopted": "Vastgesteld", "draft": "CONCEPT"}
"""How the index names a version's status."""


@dataclass(frozen=True, slots=True)
class Site:
    plan: SitePlan
    files: Mapping[str, bytes]
    """Every file of the site by its path inside it (``2024/index.html``), sorted."""


@dataclass(frozen=True, slots=True)
class VersionFiles:
    """A version's files inside the site."""

    plan: VersionPlan
    folder: str
    """``2024``: the version's folder in the site."""
    files: tuple[tuple[str, bytes], ...]
    """The build's outputs by file name, plus ``index.html`` (the consolidated page)."""

    def links(self, outputs: Iterable[Output] = OUTPUTS) -> dict[str, tuple[str, str]]:
        """The files the index links, by kind: (path inside the site, label template).

        The consolidated page is linked as ``2024/index.html``, its copy under a stable name.
        """
        names = {name for name, _ in self.files}
        found: dict[str, tuple[str, str]] = {}
        for output in outputs:
            for link in output.links:
                name = link.file.format(year=self.plan.year, span=self.plan.year)
                if name in names:
                    shown = INDEX if link.kind == "page" else name
                    found[link.kind] = (f"{self.folder}/{shown}", link.label)
        return found

    def size(self, path: str) -> int:
        name = path.removeprefix(f"{self.folder}/")
        return next(len(content) for n, content in self.files if n == name)


def assemble_site(
    project: Project,
    plan: SitePlan,
    built: Mapping[int, Iterable[tuple[str, bytes]]],
    outputs: tuple[Output, ...] = OUTPUTS,
    pages: Mapping[int, bytes] | None = None,
    templates: tuple[tuple[str, bytes], ...] = (),
) -> Site:
    """The site's files from each year's outputs (``built``: file name and content per year).

    ``pages``: the site's copy of each year's consolidated page (see :func:`site_page`); a year
    without one gets the build's page as it is. ``templates``: the project's ``templates/``
    files, which the comparisons compare as the review does.
    """
    from ..render.site_html import render_site_index

    pages = pages or {}
    versions = tuple(
        _version_files(version, built[version.year], outputs, pages.get(version.year))
        for version in plan.versions
    )
    files: dict[str, bytes] = {}
    for version in versions:
        files.update(_inside(version.folder, version.files))
    latest = next((v for v in versions if v.plan.year == plan.latest), None)
    if latest is not None:
        files.update(_inside(LATEST, latest.files))
    rows = tuple(index_row(version, outputs) for version in versions)
    latest_row = next((row for row in rows if latest and row.year == latest.plan.year), None)
    templates_dir = Path(project.root) / "templates"
    extra = site_pages(project, plan, templates, templates_dir)
    files.update(extra)
    files[INDEX] = render_site_index(
        project, rows, latest_row, templates_dir=templates_dir, finding=_finding(plan, extra)
    ).encode()
    files[VERSIONS_FILE] = versions_json(project, plan, versions, files, outputs)
    files[CHECKSUMS] = checksums(files)
    return Site(plan, dict(sorted(files.items())))


def _version_files(
    plan: VersionPlan,
    built: Iterable[tuple[str, bytes]],
    outputs: Iterable[Output],
    site_copy: bytes | None = None,
) -> VersionFiles:
    files = dict(built)
    if site_copy is not None:
        files[INDEX] = site_copy
        return VersionFiles(plan, str(plan.year), tuple(sorted(files.items())))
    pages = (link.file for output in outputs for link in output.links if link.kind == "page")
    page = next(
        (files[name] for name in (p.format(year=plan.year) for p in pages) if name in files), None
    )
    if page is not None:
        # A copy rather than a redirect: 2024/#afspraak-17 must land on the agreement, also
        # opened from disk, and the build's own file names stay as `prestatie build` writes them.
        files[INDEX] = page
    return VersionFiles(plan, str(plan.year), tuple(sorted(files.items())))


def has_page(outputs: Iterable[Output]) -> bool:
    """Whether the outputs hold the consolidated page (which the site copies as index.html)."""
    return any(link.kind == "page" for output in outputs for link in output.links)


def site_page(context: BuildContext) -> bytes:
    """The site's copy of a year's consolidated page: the build's page with the filters, the
    years each agreement changed (``data-changed``) and a link to each agreement's page."""
    from ..core.site_pages import SiteExtras, changed_years, filter_options
    from ..render.html import render_document_html

    consolidation = context.consolidation
    changed = changed_years(consolidation.applied, context.year)
    extras = SiteExtras(filter_options(consolidation.document, changed), changed)
    return render_document_html(
        consolidation,
        templates_dir=context.templates,
        epoch=context.epoch,
        images=context.project.images,
        site=extras,
    ).encode()


def site_pages(
    project: Project,
    plan: SitePlan,
    templates: tuple[tuple[str, bytes], ...],
    templates_dir: Path,
) -> dict[str, bytes]:
    """The pages to find things: each agreement's history, the comparisons, the search."""
    from ..core.review import Side, review_years
    from ..core.site_pages import (
        AGREEMENTS_FOLDER,
        agreement_histories,
        published_texts,
        search_records,
        version_pairs,
    )
    from ..render.review_html import render_review_html
    from ..render.site_pages_html import (
        render_agreement_page,
        render_agreements_page,
        render_search_page,
    )
    from .search import search_bundle

    years = [version.year for version in plan.versions]
    if not years:
        return {}
    texts = published_texts(project, years)
    histories = agreement_histories(texts)
    concepts = [version.year for version in plan.versions if version.concept]
    files = {
        history.file: render_agreement_page(
            project, history, concepts, templates_dir=templates_dir
        ).encode()
        for history in histories
    }
    files[f"{AGREEMENTS_FOLDER}/{INDEX}"] = render_agreements_page(
        project, histories, templates_dir=templates_dir
    ).encode()
    side = Side("", "", project, templates)
    for pair in version_pairs(years):
        review = review_years(side, pair.from_year, pair.to_year)
        files[pair.file] = render_review_html(review, templates_dir=templates_dir).encode()
    files[SEARCH_PAGE] = render_search_page(project, templates_dir=templates_dir).encode()
    files.update(search_bundle(search_records(texts.documents, INDEX)))
    return files


def _finding(plan: SitePlan, pages: Mapping[str, bytes]) -> Finding:
    """What the index links to find things: the search, the agreements, the comparisons."""
    from ..core.site_pages import AGREEMENTS_FOLDER, version_pairs

    pairs = tuple(
        IndexLink(pair.file, f"{pair.from_year} met {pair.to_year}")
        for pair in version_pairs(version.year for version in plan.versions)
        if pair.file in pages
    )
    agreements = f"{AGREEMENTS_FOLDER}/{INDEX}"
    return Finding(
        search=SEARCH_PAGE if SEARCH_PAGE in pages else "",
        agreements=agreements if agreements in pages else "",
        comparisons=pairs,
    )


def index_row(version: VersionFiles, outputs: Iterable[Output] = OUTPUTS) -> IndexRow:
    """A version as the index shows it: its status, its adoption, a link per linked file."""
    plan = version.plan
    jaarplan = plan.jaarplan
    adopted = jaarplan.adopted if jaarplan is not None else None
    links = []
    for path, template in version.links(outputs).values():
        label = template.format(year=plan.year, size=_size(version.size(path)))
        links.append(IndexLink(path, f"CONCEPT {label}" if plan.concept else label))
    return IndexRow(
        year=plan.year,
        status=STATUS_WORDS[plan.status],
        concept=plan.concept,
        jaarplan=jaarplan.title if jaarplan is not None else "",
        adopted_date=dutch_date(adopted.date) if adopted else "",
        adopted_place=adopted.place if adopted else "",
        links=tuple(links),
    )


def _size(count: int) -> str:
    """``97 kB``: what a reader needs before downloading a PDF."""
    return f"{count} bytes" if count < 1000 else f"{round(count / 1000)} kB"


def _inside(folder: str, files: Iterable[tuple[str, bytes]]) -> dict[str, bytes]:
    return {f"{folder}/{name}": content for name, content in files}


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def checksums(files: Mapping[str, bytes]) -> bytes:
    """``SHA256SUMS`` in the format ``sha256sum -c`` reads, every file but itself, sorted."""
    lines = [f"{sha256(content)}  {path}\n" for path, content in sorted(files.items())]
    return "".join(lines).encode()


def site_files_from_checksums(versions: bytes, checksums: bytes) -> frozenset[str] | None:
    """The files of a site that an earlier prestatie published, from its ``versions.json`` and
    ``SHA256SUMS``; None unless both are prestatie's (a ``versions.json`` of anyone else is not).

    A site published before sites had a manifest (see :data:`..fs.SITE_MANIFEST`) is recognised
    so: its ``SHA256SUMS`` lists every file publish wrote there but itself.
    """
    from ..fs import is_site_path

    try:
        generator = json.loads(versions).get("generator", "")
        lines = checksums.decode("utf-8").splitlines()
    except (ValueError, AttributeError):
        return None
    matches = [_CHECKSUM_LINE.fullmatch(line) for line in lines]
    paths = {match.group(1) for match in matches if match is not None}
    if not str(generator).startswith("prestatie ") or None in matches or VERSIONS_FILE not in paths:
        return None
    return frozenset({*paths, CHECKSUMS}) if all(map(is_site_path, paths)) else None


def versions_json(
    project: Project,
    plan: SitePlan,
    versions: Iterable[VersionFiles],
    files: Mapping[str, bytes],
    outputs: tuple[Output, ...] = OUTPUTS,
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
        "versions": [_version_json(version, files, outputs) for version in versions],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _version_json(
    version: VersionFiles, files: Mapping[str, bytes], outputs: tuple[Output, ...]
) -> dict[str, Any]:
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
        "links": {kind: path for kind, (path, _) in version.links(outputs).items()},
        "files": [
            {"path": path, "sha256": sha256(content), "bytes": len(content)}
            for path, content in sorted(files.items())
            if path.startswith(folder)
        ],
    }
