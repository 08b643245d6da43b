"""The build manifest: what each output was built from, so that an unchanged output is skipped.

An output (an entry of ``outputs.registry.OUTPUTS``: ``html``, ``pdf``, ...) is up to date when
its *key* equals the key recorded when its files were written, and those files are still exactly
as written (their SHA-256). The key is a hash of everything that can change the output: the
sources, the project's templates, the tool itself (its code, schemas, templates and fonts), the
libraries its registry entry names, and the build options.

The key is computed from the files on disk before anything is loaded, over a superset of what a
build reads: every file under ``agreements/`` and ``templates/``, and under ``amendments/`` all but
the years after the build year. So a build whose outputs are all up to date loads, parses and
renders nothing. A tree holding anything but regular files and folders (a symlinked folder, a FIFO,
a broken link) has no key: its outputs are always rebuilt.

A key is recorded only for what the build actually read. After rendering, the key is computed
again with each source hashed as the loader read it (``read``); when that differs from the key
computed before loading (a source edited during the build, even when edited back since, or a
file added or removed), the outputs are recorded without a key, and the next build redoes them.

The manifest is a JSON file beside the output folder (``build/2024.manifest.json`` for
``build/2024/``); ``prestatie build`` writes it with the outputs, through :mod:`..fs`. This module
only reads.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from .. import __version__
from ..sources.names import is_editor_dropping
from .registry import Output

MANIFEST_VERSION = 1
"""Bumped when the manifest's layout changes; a manifest of another version is ignored."""


PACKAGE = Path(__file__).resolve().parent.parent
"""The installed package: every file of it (code, schemas, templates, fonts) is in each key."""

_YEAR = re.compile(r"[0-9]{4}")


class NotCacheable(Exception):
    """The input tree holds something a key cannot vouch for; build without skipping."""


@dataclass(frozen=True, slots=True)
class OutputRecord:
    """One output as written: the key it was built with and each file's SHA-256."""

    key: str
    files: tuple[tuple[str, str], ...]
    """(file name in the output folder, SHA-256 of its content), in build order."""
    concept: bool = False
    """Whether the build that wrote it applied a draft Jaarplan (the CLI says so again)."""


@dataclass(frozen=True, slots=True)
class Manifest:
    """Every output recorded for one output folder, by output name."""

    outputs: Mapping[str, OutputRecord] = field(default_factory=dict)

    def is_current(self, name: str, key: str | None, folder: Path) -> bool:
        """Whether output ``name`` was built with ``key`` and its files are still as written."""
        record = self.outputs.get(name)
        if key is None or record is None or record.key != key:
            return False
        return all(_file_sha256(folder / file) == digest for file, digest in record.files)

    def files(self, names: frozenset[str], folder: Path) -> tuple[Path, ...]:
        """The files of the named outputs, as recorded."""
        return tuple(
            folder / file
            for name, record in self.outputs.items()
            if name in names
            for file, _ in record.files
        )

    def concept(self, names: frozenset[str]) -> bool:
        return any(self.outputs[name].concept for name in names if name in self.outputs)

    def updated(self, records: Mapping[str, OutputRecord | None]) -> Manifest:
        """This manifest with the given outputs recorded anew (``None``: forget the output)."""
        outputs = {**self.outputs, **records}
        return replace(self, outputs={k: v for k, v in outputs.items() if v is not None})

    def to_bytes(self) -> bytes:
        data = {
            "version": MANIFEST_VERSION,
            "tool": f"prestatie {__version__}",
            "outputs": {
                name: {"key": r.key, "concept": r.concept, "files": dict(r.files)}
                for name, r in sorted(self.outputs.items())
            },
        }
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


def manifest_path(folder: Path) -> Path:
    """Where the manifest of an output folder lives: beside it, ``build/2024.manifest.json``."""
    return folder.parent / f"{folder.name}.manifest.json"


def read_manifest(folder: Path) -> Manifest:
    """The manifest of ``folder``; an empty one when it is missing, unreadable or of another
    version (the outputs are then rebuilt, which is always safe)."""
    try:
        data = json.loads(manifest_path(folder).read_bytes())
        if data.get("version") != MANIFEST_VERSION:
            return Manifest()
        return Manifest(
            {
                str(name): OutputRecord(
                    str(entry["key"]),
                    tuple((str(f), str(d)) for f, d in entry["files"].items()),
                    bool(entry.get("concept", False)),
                )
                for name, entry in data["outputs"].items()
            }
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return Manifest()


def record(key: str | None, files: Mapping[str, bytes], concept: bool) -> OutputRecord | None:
    """The record of freshly rendered files; ``None`` when there is no key to vouch for them."""
    if key is None:
        return None
    hashes = tuple((name, hashlib.sha256(content).hexdigest()) for name, content in files.items())
    return OutputRecord(key, hashes, concept)


def output_keys(
    root: Path,
    year: int,
    since: int | None,
    outputs: Iterable[Output],
    environment: Mapping[str, str | None],
    read: Mapping[str, bytes] | None = None,
) -> dict[str, str | None]:
    """The key of each output of a build, ``None`` for all when the tree has no key.

    ``environment`` holds the variables that can change an output (``SOURCE_DATE_EPOCH``);
    ``read``, the sources as a build read them (see :func:`input_digest`).
    """
    outputs = tuple(outputs)
    try:
        inputs = input_digest(root, year, read)
    except NotCacheable:
        return dict.fromkeys(output.name for output in outputs)
    options = {"year": year, "since": since, **environment}
    keys: dict[str, str | None] = {}
    for output in outputs:
        common = json.dumps(
            [inputs, tool_digest(), library_digest(output.libraries), options], sort_keys=True
        )
        keys[output.name] = _sha256_text(f"{output.name}\n{common}")
    return keys


def vouched_keys(
    keys: Mapping[str, str | None], read_keys: Mapping[str, str | None]
) -> dict[str, str | None]:
    """The keys computed before loading where the sources as read give the same; else None."""
    return {name: key if read_keys.get(name) == key else None for name, key in keys.items()}


def input_digest(root: Path, year: int, read: Mapping[str, bytes] | None = None) -> str:
    """A hash of every file a build of ``year`` may read; raises :class:`NotCacheable`.

    A file in ``read`` (by its path inside the project) is hashed as those bytes, not as it is
    on disk now; one that is no longer in the tree makes it :class:`NotCacheable`.
    """
    as_read = {path: _bytes_sha256(content) for path, content in (read or {}).items()}
    digest = hashlib.sha256()
    seen: set[str] = set()
    for folder in ("agreements", "templates", "amendments"):
        last_year = year if folder == "amendments" else None
        for line in _tree_lines(root / folder, folder, last_year, as_read, seen):
            digest.update(line.encode("utf-8", "surrogateescape"))
    if seen != as_read.keys():
        raise NotCacheable(f"read but no longer there: {sorted(as_read.keys() - seen)}")
    return digest.hexdigest()


def _is_later_year(name: str, last_year: int | None) -> bool:
    """A year folder the build does not read; never more than the loader skips."""
    return last_year is not None and bool(_YEAR.fullmatch(name)) and int(name) > last_year


def _tree_lines(
    folder: Path, shown: str, last_year: int | None, as_read: Mapping[str, str], seen: set[str]
) -> Iterator[str]:
    """One line per entry under ``folder`` (recursively, sorted): its path and content hash.

    The hash of a file in ``as_read`` is the one given there; ``seen`` collects those used.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except FileNotFoundError:
        yield f"{shown} absent\n"
        return
    except OSError as exc:
        raise NotCacheable(str(exc)) from None
    yield f"{shown}/\n"
    for entry in entries:
        if _is_later_year(entry.name, last_year) and entry.is_dir(follow_symlinks=False):
            continue
        if is_editor_dropping(entry.name):
            continue  # never a source: an unsaved buffer's lock must not make the key vanish
        path = f"{shown}/{entry.name}"
        if entry.is_dir(follow_symlinks=False):
            yield from _tree_lines(Path(entry.path), path, None, as_read, seen)
        elif _is_regular_file(Path(entry.path)):
            link = Path(entry.path).readlink() if entry.is_symlink() else ""
            if path in as_read:
                seen.add(path)
            content = as_read[path] if path in as_read else _file_sha256(Path(entry.path))
            yield f"{path} -> {link} {content}\n"
        else:
            raise NotCacheable(f"{path} is not a regular file or folder")


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, RuntimeError):
        return False


def _file_sha256(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def _bytes_sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@cache
def tool_digest() -> str:
    """A hash of the tool: its version, every file of the package, and Python."""
    digest = hashlib.sha256(f"prestatie {__version__} {sys.version}\n".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            relative = path.relative_to(PACKAGE).as_posix()
            digest.update(f"{relative} {_file_sha256(path)}\n".encode())
    return digest.hexdigest()


@cache
def library_digest(libraries: tuple[str, ...]) -> str:
    """A hash of the installed version of each library an output declares (see the registry)."""
    from importlib import metadata

    digest = hashlib.sha256()
    for library in libraries:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{library} {version}\n".encode())
    return digest.hexdigest()
