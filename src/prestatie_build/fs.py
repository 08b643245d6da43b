"""Every file prestatie writes goes through here.

Outputs are rendered in memory first; this module puts them on disk so that a failure never
leaves a half-written file or folder where an earlier good one stood: outputs through a staging
folder and atomic renames, the published site by a folder swap, new source files by a hard link
that never overwrites.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .core.errors import WriteError


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
        raise WriteError(folder, f"cannot write beside this folder: {_reason(exc)}") from exc
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
        raise WriteError(folder, "is a file: the outputs go into a folder of this name")
    targets = [folder / name for name in outputs] + [folder.parent / name for name in beside]
    for target in targets:
        if target.is_dir():
            raise WriteError(target, "is a folder, where a file of this name must go")


def _write_error(exc: OSError, folder: Path, written: list[Path], total: int) -> WriteError:
    """What the refusal means for the outputs: untouched, some moved, or all but the manifest."""
    path = Path(exc.filename2 or exc.filename or folder)
    if path.parent.name.startswith(staging_prefix(folder)):
        path = folder / path.name  # name the output, not its staging copy
    if not written:
        outcome = "nothing was written"
    elif len(written) < total:
        outcome = f"{len(written)} of {total} files were replaced before; the manifest was not"
    else:
        outcome = "the outputs were replaced; the manifest was not updated"
    return WriteError(path, f"cannot write: {_reason(exc)}", outcome)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def write_file(path: Path, content: bytes) -> Path:
    """Write one file completely or not at all: a temporary file beside it, then a rename.

    The temporary file lies in the target's own folder, the only one that must be writable.
    Raises WriteError when the file system refuses.
    """
    if path.is_dir():
        raise WriteError(path, "is a folder: the file goes here")
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
        raise WriteError(path, f"cannot write: {_reason(exc)}") from exc
    return path


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
