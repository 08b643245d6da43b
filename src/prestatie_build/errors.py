"""Diagnostics: the one error type of prestatie, always with a source location.

Validation collects every problem as a :class:`Diagnostic`, then raises a single
:class:`SourceError` holding all of them. Only the CLI decides how to print them
and which exit status to use.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True, order=True)
class SourceLocation:
    """A place in a source file; line and column are 1-based, 0 when unknown."""

    path: str
    """Path as shown to the user: relative to the project root where possible."""
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        parts = [self.path]
        if self.line:
            parts.append(str(self.line))
            if self.col:
                parts.append(str(self.col))
        return ":".join(parts)

    def at(self, line: int, col: int = 0) -> SourceLocation:
        """The same file at another position."""
        return SourceLocation(self.path, line, col)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in the sources."""

    location: SourceLocation
    message: str
    hint: str = ""
    """A suggestion that helps the user fix it: a closest match, the valid values."""
    severity: str = "error"
    """``error`` or ``warning``."""

    def format(self) -> str:
        text = f"{self.location}: {self.severity}: {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class SourceError(Exception):
    """The sources are invalid; carries every diagnostic found, in file order."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__("\n".join(d.format() for d in self.diagnostics))


class UsageError(Exception):
    """The command line asks for something impossible (exit status 2)."""


def display_path(path: Path, root: Path) -> str:
    """The path relative to the project root when it lies inside it."""
    try:
        # abspath, not resolve: a symlink is shown where the user put it.
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return path.as_posix()
