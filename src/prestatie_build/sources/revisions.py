"""The sources of a git revision, read without touching the working tree.

``git archive`` writes the revision's ``agreements/``, ``amendments/`` and ``templates/`` as a
tar stream; :func:`..fs.unpacked_tar` unpacks it into a temporary folder that serves as a
project root while the ``with`` block lasts. Nothing is checked out, stashed or written inside
the repository, so this is safe while someone edits the working tree.

``prestatie diff`` (:mod:`..commands.diff`) reads its sides through :func:`revision_sources`.
"""

from __future__ import annotations

import os
import subprocess
import tarfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..core.errors import Diagnostic, SourceError, SourceLocation, UsageError
from ..core.messages import Text, t
from ..fs import unpacked_tar

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
        raise UsageError(t("unknown revision '{name}': no such branch, tag or commit", name=name))
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
    # -z: names unquoted and NUL-separated, so a folder with a space or an "é" is one name.
    present = _git(
        top, "ls-tree", "-z", "--name-only", "--full-name", revision.commit, "--", *paths
    )
    listed = [os.fsdecode(name) for name in (present or b"").split(b"\0") if name]
    archive = b""
    if listed:
        archive = _git(top, "archive", "--format=tar", revision.commit, "--", *listed) or b""
        if not archive:
            raise UsageError(t("git archive could not read revision '{name}'", name=revision.name))
    refused: list[Diagnostic] = []
    member_filter = _data_only(prefix, revision, refused)
    with unpacked_tar(
        archive, prefix="prestatie-rev-", subfolder=prefix, member_filter=member_filter
    ) as project:
        if refused:
            raise SourceError(refused)
        yield project


def _data_only(
    prefix: str, revision: Revision, refused: list[Diagnostic]
) -> Callable[[tarfile.TarInfo, str], tarfile.TarInfo | None]:
    """tarfile's "data" filter that, instead of stopping at the first member that would reach
    outside the folder (an absolute link, a link out of the project, a device), skips each one
    and adds a located error to ``refused``, so that all of them are reported at once."""

    def data_only(member: tarfile.TarInfo, destination: str) -> tarfile.TarInfo | None:
        try:
            return tarfile.data_filter(member, destination)
        except tarfile.FilterError as exc:
            name = PurePosixPath(member.name)
            shown = name.relative_to(prefix).as_posix() if prefix != "." else name.as_posix()
            message = t(
                "{refusal}: cannot be read safely (in {revision})",
                refusal=_refusal(exc),
                revision=revision.name,
            )
            refused.append(Diagnostic(SourceLocation(shown), message, code="P003"))
            return None

    return data_only


def _refusal(exc: tarfile.FilterError) -> Text:
    """Why the archive's member is refused, in the words of the other diagnostics."""
    member = exc.tarinfo
    if member.issym() or member.islnk():
        return t("a link to {target}, outside the project", target=member.linkname)
    return t("not a regular file or folder ({reason})", reason=str(exc))


def _repository_top(root: Path) -> Path:
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None:
        raise UsageError(t("{folder} is not inside a git repository", folder=root.as_posix()))
    # Only the line end goes: a folder name may end in a space.
    return Path(os.fsdecode(top.removesuffix(b"\n"))).resolve()


def _git(cwd: Path, *arguments: str) -> bytes | None:
    """The output of a git command, or None when it fails.

    Paths are literal (``--literal-pathspecs``): a folder named ``[1]`` or ``:x`` is no pattern.
    """
    try:
        completed = subprocess.run(
            ["git", "--literal-pathspecs", "-C", str(cwd), *arguments],
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise UsageError(t("git is not installed, so revisions cannot be read")) from None
    return completed.stdout if completed.returncode == 0 else None
