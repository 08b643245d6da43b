"""Every file prestatie writes goes through here.

Outputs are rendered in memory first; this module puts them on disk so that a failure never
leaves a half-written file or folder where an earlier good one stood: outputs through a staging
folder and atomic renames, the published site by a folder swap, new source files by a hard link
that never overwrites.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tarfile
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path


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
def unpacked_tar(archive: bytes, *, prefix: str, subfolder: str = ".") -> Iterator[Path]:
    """``subfolder`` of a temporary folder holding the files of a tar ``archive`` (may be
    empty); the subfolder exists even when the archive has nothing in it. Removed afterwards.

    The "data" filter refuses absolute paths, links out of the folder and device files.
    """
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        if archive:
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(folder, filter="data")
        inside = Path(folder) / subfolder
        inside.mkdir(parents=True, exist_ok=True)
        yield inside
