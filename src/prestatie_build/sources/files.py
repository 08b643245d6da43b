"""Which files are sources, and reading one: bounded, UTF-8, plain text.

Editor droppings (see :mod:`.names`) are never sources: every listing of a source folder passes
over them, so that ``prestatie check`` and the pre-commit hook do not fail while someone has a
file open.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..core.errors import Diagnostic, SourceError, SourceLocation
from ..core.messages import Message, t
from .names import is_editor_dropping
from .yamlsource import MAX_SOURCE_BYTES, decode_source, too_large


def source_entries(folder: Path, pattern: str = "*") -> Iterator[Path]:
    """The entries of ``folder`` that match ``pattern``, in name order, without editor droppings."""
    for path in sorted(folder.glob(pattern)):
        if not is_editor_dropping(path.name):
            yield path


def read_source_text(path: Path, location: SourceLocation) -> str:
    """A source file's text: bounded in size, UTF-8, line ends normalised, no control characters."""
    return decode_source(read_bounded(path, location), location)


def read_bounded(path: Path, location: SourceLocation) -> bytes:
    """A source file's bytes; never reads more than the size limit into memory.

    The size is checked before reading and at most one byte past the limit is read, so a huge
    (or growing) file costs nothing; a FIFO or a folder is refused before it is opened.
    """
    if not path.exists():
        raise unreadable(location, t("the file does not exist (a broken symbolic link?)"))
    if not path.is_file():
        raise unreadable(location, t("not a regular file"))
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            # read(n) reserves n bytes up front: ask for the size, and more only if it grew.
            raw = handle.read(size + 1) if size <= MAX_SOURCE_BYTES else b""
            if len(raw) > size:
                raw += handle.read(MAX_SOURCE_BYTES + 1 - len(raw))
    except OSError as exc:
        raise unreadable(location, exc.strerror or str(exc)) from None
    if max(size, len(raw)) > MAX_SOURCE_BYTES:
        raise SourceError([too_large(location, max(size, len(raw)))])
    return raw


def unreadable(location: SourceLocation, reason: Message) -> SourceError:
    """``reason`` is ours (a :class:`~..core.messages.Text`) or the system's own words."""
    message = t("cannot read: {reason}", reason=reason)
    return SourceError([Diagnostic(location.at(1), message, code="P005")])
