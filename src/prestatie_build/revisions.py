"""The sources of a git revision, read without touching the working tree.

``git archive`` writes the revision's ``agreements/``, ``amendments/`` and ``templates/`` as a
tar stream; it is unpacked into a temporary folder that serves as a project root while the
``with`` block lasts. Nothing is checked out, stashed or written inside the repository, so
this is safe while someone edits the working tree.

:func:`review_revisions` is the I/O edge of ``prestatie diff``: it loads both sides (a
revision, or the working tree) and hands them to the pure :func:`~prestatie_build.review.review`.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from .build import check_year
from .errors import SourceError, UsageError
from .load import load_project
from .model import Project
from .review import Review, Side, consolidated_by_year, review

SOURCE_FOLDERS = ("agreements", "amendments", "templates")
"""What a project's sources are: everything a consolidation reads."""


@dataclass(frozen=True, slots=True)
class Revision:
    """A resolved revision: what the user typed and the commit it names."""

    name: str
    commit: str
    """The full commit hash."""

    @property
    def short(self) -> str:
        return self.commit[:10]


def resolve_revision(root: Path, name: str) -> Revision:
    """The commit that ``name`` (a branch, tag, hash, ``HEAD~1``) names in root's repository.

    Raises UsageError when root is not in a git repository or the revision does not exist.
    """
    _repository_top(root)
    commit = _git(
        root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}"
    )
    if commit is None:
        raise UsageError(f"unknown revision '{name}': no such branch, tag or commit")
    return Revision(name, commit.decode().strip())


@contextmanager
def revision_sources(root: Path, revision: Revision) -> Iterator[Path]:
    """A temporary project root holding the sources of ``root`` at ``revision``.

    ``root`` may lie below the repository's top folder: the same sub-folder is read from the
    revision. Source folders the revision does not have are simply absent.
    """
    top = _repository_top(root)
    prefix = root.resolve().relative_to(top).as_posix()
    paths = [name if prefix == "." else f"{prefix}/{name}" for name in SOURCE_FOLDERS]
    present = _git(top, "ls-tree", "--name-only", "--full-name", revision.commit, "--", *paths)
    with tempfile.TemporaryDirectory(prefix="prestatie-rev-") as folder:
        listed = (present or b"").decode().split()
        if listed:
            archive = _git(top, "archive", "--format=tar", revision.commit, "--", *listed)
            if archive is None:
                raise UsageError(f"git archive could not read revision '{revision.name}'")
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                # The "data" filter refuses absolute paths, links out of the folder and devices.
                tar.extractall(folder, filter="data")
        project = Path(folder) if prefix == "." else Path(folder) / prefix
        project.mkdir(parents=True, exist_ok=True)
        yield project


def _repository_top(root: Path) -> Path:
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None:
        raise UsageError(f"{root.as_posix()} is not inside a git repository")
    return Path(top.decode().strip()).resolve()


def _git(cwd: Path, *arguments: str) -> bytes | None:
    """The output of a git command, or None when it fails."""
    try:
        completed = subprocess.run(
            ["git", "-C", str(cwd), *arguments],
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise UsageError("git is not installed, so revisions cannot be read") from None
    return completed.stdout if completed.returncode == 0 else None


WORKING_TREE = "werkmap"
"""How a review names the working tree (the files as they are now, committed or not)."""


def review_revisions(root: Path, base: str, head: str | None, year: int | None) -> Review:
    """Compare the sources at ``base`` with those at ``head`` (default: the working tree).

    Every year of the head's period is compared, or only ``year``. Raises UsageError for an
    unknown revision or a year outside the period, SourceError when a side's sources are
    broken (each message names the side).
    """
    base_side = _side_at(root, resolve_revision(root, base))
    if head is None:
        head_side = Side(WORKING_TREE, "", _load_side(root, WORKING_TREE))
    else:
        head_side = _side_at(root, resolve_revision(root, head))
    period = head_side.project.document.period
    if year is not None:
        check_year(head_side.project, year)
    years = [year] if year is not None else list(range(period.start, period.end + 1))
    try:
        return review(base_side, head_side, years)
    except SourceError as failure:
        side = head_side if _fails(head_side, years) else base_side
        raise _named(failure, side.label) from None


def _side_at(root: Path, revision: Revision) -> Side:
    with revision_sources(root, revision) as sources:
        return Side(revision.name, revision.short, _load_side(sources, revision.name))


def _load_side(root: Path, label: str) -> Project:
    try:
        return load_project(root)
    except SourceError as failure:
        raise _named(failure, label) from None


def _fails(side: Side, years: list[int]) -> bool:
    try:
        consolidated_by_year(side.project, years)
    except SourceError:
        return True
    return False


def _named(failure: SourceError, label: str) -> SourceError:
    """The diagnostics with the side they were found in, so the user knows which to fix."""
    return SourceError(
        replace(diagnostic, message=f"{diagnostic.message} (in {label})")
        for diagnostic in failure.diagnostics
    )
