"""Every file prestatie writes goes through here.

Outputs are rendered in memory first; this module puts them on disk so that a failure never
leaves a half-written file or folder where an earlier good one stood: outputs through a staging
folder and atomic renames, the published site file by file with a manifest of the files it
wrote (nothing else in its folder is touched), new source files by a hard link that never
overwrites.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import secrets
import shutil
import stat
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from . import __version__
from .core.errors import NOTHING_WRITTEN, WriteError
from .core.messages import Message, Text, t


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

    Raises WriteError, saying what was already moved into place, when the file system refuses.
    """
    beside = beside or {}
    _refuse_wrong_kinds(folder, outputs, beside)
    written: list[Path] = []
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        sweep_stale_staging(folder)
        prefix = f"{staging_prefix(folder)}{os.getpid()}-"
        staging = Path(tempfile.mkdtemp(prefix=prefix, dir=folder.parent))
    except OSError as exc:
        reason = t("cannot write beside this folder: {reason}", reason=_reason(exc))
        raise WriteError(folder, reason) from exc
    try:
        for name, content in {**outputs, **beside}.items():
            (staging / name).write_bytes(content)
        folder.mkdir(exist_ok=True)
        for name in outputs:
            (staging / name).replace(folder / name)
            written.append(folder / name)
        for name in beside:
            (staging / name).replace(folder.parent / name)
        return tuple(written)
    except OSError as exc:
        raise _write_error(exc, folder, written, len(outputs)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _refuse_wrong_kinds(
    folder: Path, outputs: Mapping[str, bytes], beside: Mapping[str, bytes]
) -> None:
    """Refuse before moving anything when a folder stands where a file goes, or the reverse."""
    if folder.exists() and not folder.is_dir():
        raise WriteError(folder, t("is a file: the outputs go into a folder of this name"))
    targets = [folder / name for name in outputs] + [folder.parent / name for name in beside]
    for target in targets:
        if target.is_dir():
            raise WriteError(target, t("is a folder, where a file of this name must go"))


def _write_error(exc: OSError, folder: Path, written: list[Path], total: int) -> WriteError:
    """What the refusal means for the outputs: untouched, some moved, or all but the manifest."""
    path = Path(exc.filename2 or exc.filename or folder)
    if path.parent.name.startswith(staging_prefix(folder)):
        path = folder / path.name  # name the output, not its staging copy
    outcome: Text
    if not written:
        outcome = NOTHING_WRITTEN
    elif len(written) < total:
        outcome = t(
            "{count} of {total} files were replaced before; the manifest was not",
            count=len(written),
            total=total,
        )
    else:
        outcome = t("the outputs were replaced; the manifest was not updated")
    return WriteError(path, t("cannot write: {reason}", reason=_reason(exc)), outcome)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def write_file(path: Path, content: bytes) -> Path:
    """Write one file completely or not at all: a temporary file beside it, then a rename.

    The temporary file lies in the target's own folder, the only one that must be writable.
    Raises WriteError when the file system refuses.
    """
    if path.is_dir():
        raise WriteError(path, t("is a folder: the file goes here"))
    temporary = path.parent / f".{path.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    created = False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: never follow or reuse what is there; the mode obeys the umask like any file.
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        created = True
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        temporary.replace(path)
    except OSError as exc:
        if created:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise WriteError(path, t("cannot write: {reason}", reason=_reason(exc))) from exc
    return path


def staging_prefix(folder: Path) -> str:
    """How the staging folders of ``folder`` begin: ``.2024.tmp-``, then the process id."""
    return f".{folder.name}.tmp-"


def sweep_stale_staging(folder: Path) -> None:
    """Remove the staging folders that killed builds left beside ``folder``."""
    if folder.parent.is_dir():
        sweep_stale(folder.parent, staging_prefix(folder))


def sweep_stale(parent: Path, prefix: str) -> None:
    """Remove what killed processes left in ``parent``: entries named ``prefix``, process id.

    An entry whose process still runs belongs to a concurrent build and stays.
    """
    for entry in parent.iterdir():
        pid = re.match(r"[0-9]+", entry.name.removeprefix(prefix))
        if entry.name.startswith(prefix) and pid and not _is_running(int(pid.group())):
            _remove_entry(entry)


def _remove_entry(entry: Path) -> None:
    """Remove a folder with its contents, a file, or a link (never what the link points to)."""
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry, ignore_errors=True)
    else:
        entry.unlink(missing_ok=True)


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return pid > 0  # another user's process, or no process id at all
    return pid > 0


SITE_MANIFEST = ".prestatie-site.json"
"""Inside a published site: every file ``publish`` wrote there, and so the only files it ever
replaces or removes. Anything else in the folder (a ``CNAME``, ``uploads/``) is not ours."""
SITE_STAGING_PREFIX = ".prestatie-staging-"
"""How the staging folder inside a site begins; then the process id (see :func:`sweep_stale`)."""


class SiteRefused(Exception):
    """The site folder cannot be updated without touching files that are not ours."""

    def __init__(self, reason: Message) -> None:
        self.reason = reason
        """What is in the way, in the writer's language."""
        super().__init__(str(reason))


def read_site_manifest(folder: Path) -> frozenset[str] | None:
    """The files an earlier publish wrote in ``folder``; None when it holds no site manifest.

    Raises :class:`SiteRefused` when the manifest is not one: its paths decide what is replaced
    and removed, so a path that could lead out of the folder makes the whole list worthless.
    """
    path = folder / SITE_MANIFEST
    if not path.exists() and not path.is_symlink():
        return None
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            raise ValueError("not a regular file")
        files = json.loads(path.read_bytes())["files"]
        if not isinstance(files, list) or not all(map(is_site_path, files)):
            raise ValueError("not a list of paths inside the site")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        # The cause stays in English: for whoever looks into how the manifest broke.
        refused = t(
            "{manifest} is not a list of the site's files ({cause})",
            manifest=SITE_MANIFEST,
            cause=str(exc),
        )
        raise SiteRefused(refused) from None
    return frozenset(files)


def is_site_path(path: object) -> bool:
    """Whether ``path`` names a file inside a site and nothing outside it: ``2024/index.html``."""
    if not isinstance(path, str) or not path or "\\" in path or "\0" in path:
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


def site_manifest_bytes(paths: Iterable[str]) -> bytes:
    """The site manifest listing ``paths``: the same paths give the same bytes."""
    data = {"generator": f"prestatie {__version__}", "files": sorted(paths)}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def write_site(
    folder: Path, files: Mapping[str, bytes], earlier: frozenset[str] = frozenset()
) -> Path:
    """Write the published site into ``folder``, file by file, and return the folder written.

    Only the files of the earlier site (its manifest, and ``earlier``: what the caller found
    there) are replaced, and those no longer published removed; every other file stays. A file
    that is not ours where the site needs one raises :class:`SiteRefused` before anything
    changes. A symbolic link ``folder`` stays: the site is written inside the folder it points
    to.

    Why per file and not a folder swap: the folder may hold files that are not ours, and may be
    a link or a mount point that a server serves. A swap (two renames, or one
    ``renameat2(RENAME_EXCHANGE)``) would have to carry the other files across, so that they are
    missing for a moment and lost when written meanwhile, would need the parent folder, and on
    a kill between two renames would leave no site at all. Here every file is first written
    whole into a staging folder inside the site (same file system; a failure there changes
    nothing), then moves into place with one atomic rename: files in sub-folders first, the
    root's ``index.html``, ``versions.json`` and ``SHA256SUMS`` last, so the index never links
    to a file that is not there yet; the folder is never missing and every file is whole, old
    or new. The manifest lists the old files and the new ones before the first move and only
    the new ones after the last removal, so a publish killed half-way leaves nothing
    unaccounted for: the next one finishes the job. Rendering happens before this is called,
    so a failed publish never gets here and leaves the earlier site whole.
    """
    if SITE_MANIFEST in files or not all(map(is_site_path, files)):
        raise ValueError("a site's file names are paths inside it, other than its manifest")
    sweep_stale_staging(folder)  # what an earlier version left beside the folder
    folder = folder.resolve()
    if not folder.exists():
        folder.mkdir(parents=True)
        folder.chmod(0o755)  # a web server must read the site, whatever the umask
    sweep_stale(folder, SITE_STAGING_PREFIX)
    ours = earlier | (read_site_manifest(folder) or frozenset())
    in_the_way = sorted(path for path in files if _in_the_way(folder, path, ours))
    if in_the_way:
        refused = t("not written by an earlier publish: {paths}", paths=", ".join(in_the_way[:10]))
        raise SiteRefused(refused)
    staging = Path(tempfile.mkdtemp(prefix=f"{SITE_STAGING_PREFIX}{os.getpid()}-", dir=folder))
    try:
        staged = _stage(staging, files)
        _replace_file(folder / SITE_MANIFEST, site_manifest_bytes(ours | files.keys()))
        for path in sorted(files, key=_leaves_first):
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            staged[path].replace(folder / path)
        for path in sorted(ours - files.keys()):
            _remove_ours(folder, path)
        _replace_file(folder / SITE_MANIFEST, site_manifest_bytes(files))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def _stage(staging: Path, files: Mapping[str, bytes]) -> dict[str, Path]:
    """Every file written in full into ``staging`` (flat, numbered), by its path in the site."""
    staged = {}
    for number, (path, content) in enumerate(files.items()):
        staged[path] = staging / str(number)
        staged[path].write_bytes(content)
    return staged


def _leaves_first(path: str) -> tuple[int, str]:
    """Deeper files first: a page is in place before the index that links it."""
    return (-path.count("/"), path)


def _in_the_way(folder: Path, path: str, ours: frozenset[str]) -> bool:
    """Whether writing ``path`` would replace something not ours, or write through a link."""
    if not _inside_real_folders(folder, path):
        return True
    mode = _lstat_mode(folder / path)
    if mode is None:
        return False
    return path not in ours or stat.S_ISDIR(mode)


def _inside_real_folders(folder: Path, path: str) -> bool:
    """Whether every folder on the way to ``path`` is a folder (or absent), not a link or file."""
    parts = path.split("/")[:-1]
    for depth in range(1, len(parts) + 1):
        mode = _lstat_mode(folder.joinpath(*parts[:depth]))
        if mode is not None and not stat.S_ISDIR(mode):
            return False
    return True


def _remove_ours(folder: Path, path: str) -> None:
    """Remove a file of the earlier site, then the folders it leaves empty.

    Never through a link (it would remove another folder's file) and never a folder.
    """
    target = folder / path
    mode = _lstat_mode(target)
    if mode is None or stat.S_ISDIR(mode) or not _inside_real_folders(folder, path):
        return
    target.unlink(missing_ok=True)
    parent = target.parent
    while parent != folder:
        try:
            parent.rmdir()  # only when empty: a file that is not ours keeps its folder
        except OSError:
            return
        parent = parent.parent


def _lstat_mode(path: Path) -> int | None:
    try:
        return path.lstat().st_mode
    except FileNotFoundError:
        return None


def _replace_file(path: Path, content: bytes) -> None:
    """Write ``path`` whole or not at all: a temporary file beside it, then one rename."""
    prefix = f"{SITE_STAGING_PREFIX}{os.getpid()}-{path.name}-"  # swept if killed
    handle, name = tempfile.mkstemp(prefix=prefix, dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
        temporary.chmod(0o644)  # mkstemp makes it private; it is part of the site
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def create_file(path: Path, text: str) -> bool:
    """Create ``path`` with ``text``, complete or not at all; False when it exists already."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        try:
            os.link(temporary, path)  # fails when path exists: never overwrites
        except FileExistsError:
            return False
        return True
    finally:
        Path(temporary).unlink()


@contextmanager
def unpacked_tar(
    archive: bytes,
    *,
    prefix: str,
    subfolder: str = ".",
    member_filter: Callable[[tarfile.TarInfo, str], tarfile.TarInfo | None] = tarfile.data_filter,
) -> Iterator[Path]:
    """``subfolder`` of a temporary folder holding the files of a tar ``archive`` (may be
    empty); the subfolder exists even when the archive has nothing in it. Removed afterwards.

    ``member_filter`` decides per member; the default, tarfile's "data" filter, refuses absolute
    paths, links out of the folder and device files.
    """
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        if archive:
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(folder, filter=member_filter)
        inside = Path(folder) / subfolder
        inside.mkdir(parents=True, exist_ok=True)
        yield inside


@contextmanager
def temporary_files(files: Mapping[str, bytes], *, prefix: str) -> Iterator[Path]:
    """A temporary folder holding ``files`` (path inside it -> content) for a tool that reads a
    folder (Pagefind indexes the site's search from one); removed afterwards, with whatever the
    tool wrote in it."""
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        for name, content in files.items():
            path = Path(folder) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        yield Path(folder)
