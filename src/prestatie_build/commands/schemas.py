"""The project's own copy of the source schemas, for editors: ``.prestatie/schemas/``.

``prestatie new`` writes a Jaarplan whose first line tells the editor's YAML language server
which schema to check it against. A path into the tool's install folder breaks when the tool
moves and means nothing on a colleague's machine; a copy inside the project (committed with
it) works wherever the project lives, so the comment points there, relative to the Jaarplan.

A copy the tool wrote is refreshed when the tool's schema differs (another version); a copy
someone changed by hand is kept, and the caller is told which. What the tool wrote is recorded
in ``written.json`` beside the copies: each file's sha256 and the version that wrote it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..fs import write_file
from ..sources.schema import SCHEMA_NAMES, schema_bytes

SCHEMAS_FOLDER = Path(".prestatie") / "schemas"
"""Where the copies live, relative to the project's root."""
RECORD = "written.json"
"""Beside the copies: what the tool wrote there (sha256 per file, and its version)."""


@dataclass(frozen=True, slots=True)
class SchemaCopies:
    """The outcome of :func:`install_schemas`."""

    folder: Path
    kept: tuple[Path, ...]
    """Copies changed by hand that differ from the tool's schema: left as they are."""


def install_schemas(root: Path) -> SchemaCopies:
    """Write or refresh ``.prestatie/schemas/*.json`` in the project at ``root``.

    Raises WriteError when the file system refuses.
    """
    folder = root / SCHEMAS_FOLDER
    recorded = _read_record(folder / RECORD)
    written: dict[str, str] = {}
    kept: list[Path] = []
    for name in SCHEMA_NAMES:
        wanted = schema_bytes(name)
        path = folder / name
        present = _read_or_none(path)
        if present is None or (present != wanted and _sha256(present) == recorded.get(name)):
            write_file(path, wanted)
        elif present != wanted:  # not what the tool wrote: someone's own version
            kept.append(path)
            if name in recorded:
                written[name] = recorded[name]
            continue
        written[name] = _sha256(wanted)
    record = _record_bytes(written)
    if _read_or_none(folder / RECORD) != record:
        write_file(folder / RECORD, record)
    return SchemaCopies(folder, tuple(kept))


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _read_record(path: Path) -> dict[str, str]:
    """The sha256 of each copy as the tool wrote it; empty when there is no readable record
    (then every copy that differs counts as changed by hand, and is kept)."""
    try:
        files = json.loads(path.read_bytes())["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {str(name): str(digest) for name, digest in files.items()}


def _record_bytes(files: dict[str, str]) -> bytes:
    data = {"generator": f"prestatie {__version__}", "files": dict(sorted(files.items()))}
    return (json.dumps(data, indent=2) + "\n").encode()
