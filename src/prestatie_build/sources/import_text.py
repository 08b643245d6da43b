"""Read a file to import into lines with their origin: the input edge of ``prestatie import``.

Only the given file is read, once, and never executed: a text file as UTF-8 text, a PDF through
:mod:`.pdf_text`. What the lines mean is for the pure core (:mod:`..core.reflow`,
:mod:`..core.jaarplan_import`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from ..core.controls import normalise_line_ends
from ..core.errors import Diagnostic, SourceError, SourceLocation
from ..core.messages import Text, t
from ..core.reflow import SourceLine
from .pdf_text import pdf_lines

MAX_IMPORT_BYTES = 50 * 1024 * 1024
"""A Jaarplan of a few hundred pages is a few MB; anything this large is not one."""


def read_import_lines(path: Path, shown: str) -> tuple[SourceLine, ...]:
    """The lines of ``path`` (shown to the user as ``shown``); raises SourceError when the
    file cannot be read, is of a kind import does not read, or is damaged."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise _refused(
            shown,
            t("import reads .txt and .pdf files, not '{suffix}'", suffix=path.suffix or path.name),
            "P503",
            hint=t("save the Jaarplan as PDF, or copy its text into a .txt file"),
        )
    return reader(_read_bytes(path, shown), shown)


def _read_bytes(path: Path, shown: str) -> bytes:
    try:
        if not path.is_file():
            raise _refused(shown, t("the file does not exist or is not a file"), "P500")
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise _refused(
                shown,
                t("the file is larger than {limit} MB", limit=MAX_IMPORT_BYTES // 2**20),
                "P500",
            )
        return path.read_bytes()
    except OSError as failure:
        raise _refused(
            shown, t("the file cannot be read: {reason}", reason=failure.strerror or ""), "P500"
        ) from None


def _text_lines(data: bytes, shown: str) -> tuple[SourceLine, ...]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as failure:
        line = data[: failure.start].count(b"\n") + 1
        raise SourceError(
            [
                Diagnostic(
                    SourceLocation(shown, line),
                    t("not valid UTF-8 (byte 0x{byte})", byte=f"{data[failure.start]:02X}"),
                    hint=t("save the text file as UTF-8"),
                    code="P001",
                )
            ]
        ) from None
    lines = normalise_line_ends(text).split("\n")
    return tuple(
        SourceLine(line, SourceLocation(shown, number)) for number, line in enumerate(lines, 1)
    )


def _refused(shown: str, message: Text, code: str, hint: Text | str = "") -> SourceError:
    return SourceError([Diagnostic(SourceLocation(shown), message, hint=hint, code=code)])


READERS: Mapping[str, Callable[[bytes, str], tuple[SourceLine, ...]]] = {
    ".txt": _text_lines,
    ".pdf": pdf_lines,
}
"""How each kind of file is read, by its extension (``.docx`` joins when the shared reader of
Word files, ``sources/documents.py``, lands)."""
