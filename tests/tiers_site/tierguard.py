"""The tier guard itself, in any process: what a test without the ``pdf`` or ``browser`` marker
may not do, and how a violation is told (tests/tiers.py arms it around each test).

While ``PRESTATIE_TIER_FORBIDDEN`` names a marker, doing what only a test with that marker may do
raises :class:`TierViolation` and appends the message to the file ``PRESTATIE_TIER_LOG`` names:

- ``pdf``: a first import of WeasyPrint (a finder on ``sys.meta_path``), or rendering with a
  WeasyPrint imported earlier (its ``HTML.render`` wrapped: ``write_pdf`` goes through it);
- ``browser``: starting Chromium or playwright's driver (an audit hook on ``subprocess.Popen``).

Pure standard library: a child process imports this through ``sitecustomize`` beside it.
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

GUARDED = {
    "pdf": "renders a PDF with WeasyPrint",
    "browser": "drives Chromium",
}
"""Marker -> what only a test with that marker may do."""

FORBIDDEN = "PRESTATIE_TIER_FORBIDDEN"
"""While armed: the markers the running test lacks, comma-separated (children inherit it)."""
LOG = "PRESTATIE_TIER_LOG"
"""The file every process of a test session appends its violations to."""

BROWSER_PROGRAMS = ("chromium", "playwright")
"""Words in a started program's path or arguments that mean a browser or its driver."""


class TierViolation(RuntimeError):
    """A test did what only a test with a marker it lacks may do."""


def forbidden(marker: str) -> bool:
    return marker in os.environ.get(FORBIDDEN, "").split(",")


def violate(marker: str, what: str) -> NoReturn:
    message = (
        f"{what} in a test not marked @pytest.mark.{marker} (for a test that {GUARDED[marker]}): "
        "mark it, so that `make test-fast` leaves it out, or let it do without"
    )
    log = os.environ.get(LOG)
    if log:
        with Path(log).open("a", encoding="utf-8") as handle:
            handle.write(message + "\n")
    raise TierViolation(message)


class _WeasyPrintImport(importlib.abc.MetaPathFinder):
    """Refuses a first import of WeasyPrint while the running test may not render PDFs."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname.partition(".")[0] == "weasyprint" and forbidden("pdf"):
            violate("pdf", f"importing {fullname}")
        return None  # not ours to find: the next finder loads it


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event != "subprocess.Popen" or not forbidden("browser"):
        return
    executable, argv = args[0], args[1]
    words = [_text(word) for word in (argv if isinstance(argv, list | tuple) else [argv])]
    if executable is not None and _text(executable) not in words:
        words.insert(0, _text(executable))
    started = " ".join(words)
    if any(program in started for program in BROWSER_PROGRAMS):
        violate("browser", f"starting {started[:160]}")


def _text(word: object) -> str:
    return os.fsdecode(word) if isinstance(word, str | bytes | os.PathLike) else str(word)


def install() -> None:
    """Put the import guard and the audit hook in place, once per process."""
    if not any(isinstance(finder, _WeasyPrintImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _WeasyPrintImport())
        sys.addaudithook(_audit)  # audit hooks cannot be removed: installed once, checks the env
    guard_rendering()


def guard_rendering() -> None:
    """Once WeasyPrint is imported, make its rendering check the guard too (once)."""
    html = getattr(sys.modules.get("weasyprint"), "HTML", None)
    if html is None or getattr(html.render, "tier_guarded", False):
        return
    original: Callable[..., Any] = html.render

    @functools.wraps(original)
    def render(self: Any, *args: Any, **kwargs: Any) -> Any:
        if forbidden("pdf"):
            violate("pdf", "rendering with WeasyPrint")
        return original(self, *args, **kwargs)

    render.tier_guarded = True  # type: ignore[attr-defined]
    html.render = render


def take_violations() -> list[str]:
    """The violations logged since the last call, each once; empties the log."""
    log = Path(os.environ[LOG])
    if log.stat().st_size == 0:
        return []
    found = log.read_text(encoding="utf-8").splitlines()
    log.write_text("", encoding="utf-8")
    return list(dict.fromkeys(found))
