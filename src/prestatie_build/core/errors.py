"""Diagnostics: the one error type of prestatie, always with a source location.

Validation collects every problem as a :class:`Diagnostic`, then raises a single
:class:`SourceError` holding all of them. Only the CLI decides how to print them
and which exit status to use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .controls import LAYOUT, visible
from .messages import DEFAULT_LANGUAGE, Language, Message, Text, rendered, t

CODES: dict[str, str] = {
    "P001": "not-utf8",
    "P002": "file-too-large",
    "P003": "outside-project",
    "P004": "missing-file",
    "P005": "unreadable-file",
    "P006": "file-exists",
    "P007": "control-character",
    "P101": "yaml-syntax",
    "P102": "yaml-anchor",
    "P103": "yaml-tag",
    "P104": "duplicate-key",
    "P105": "yaml-too-deep",
    "P106": "yaml-value",
    "P111": "missing-field",
    "P112": "unknown-field",
    "P113": "invalid-value",
    "P121": "front-matter",
    "P122": "empty-agreement",
    "P131": "duplicate-id",
    "P132": "unknown-folder",
    "P133": "year-mismatch",
    "P134": "year-outside-period",
    "P135": "unknown-party",
    "P136": "invalid-date",
    "P137": "reserved-id",
    "P138": "invalid-period",
    "P139": "file-extension",
    "P140": "unprintable-character",
    "P141": "broken-link",
    # --- part 2 finish ---
    "P142": "fragment-across-blocks",
    "P143": "footnote-undefined-in-fragment",
    "P150": "footnote-undefined",
    "P151": "footnote-unused",
    "P152": "image-without-alt",
    "P153": "image-missing",
    "P154": "image-outside-project",
    "P155": "image-type",
    "P156": "image-too-large",
    "P157": "image-unsafe-svg",
    "P158": "image-path-ambiguous",
    "P159": "footnote-duplicate",
    # --- numbers: chapters in levels, order inside a chapter ---
    "P160": "chapter-too-deep",
    "P161": "unknown-after",
    "P162": "after-circle",
    "P163": "after-with-number",
    "P164": "agreement-heading",
    "P171": "unknown-type",
    "P172": "unknown-owner",
    "P173": "invalid-due",
    "P174": "set-on-list",
    "P201": "unknown-target",
    "P202": "fragment-not-found",
    "P203": "fragment-ambiguous",
    "P204": "reused-number",
    "P205": "deleted-target",
    "P206": "unknown-chapter",
    "P207": "unknown-section",
    "P208": "fragment-required",
    "P209": "empty-text",
    "W301": "same-target",
    "W302": "number-outside-chapter",
    "W303": "file-name-mismatch",
    "W304": "draft-past-deadline",
    "W305": "link-to-deleted",
    "W306": "too-large-for-pdf",
    "W307": "whole-target",
    "W308": "field-in-text",
    "W309": "comment-in-text",
    "W310": "hard-line-break",
    "W311": "label-year",
    "W312": "adopted-after-deadline",
    "W313": "ambiguous-date",
    "W350": "set-changes-nothing",
    # import jaarplan
    "P500": "import-unreadable",
    "P501": "import-encrypted",
    "P502": "import-malformed",
    "P503": "import-file-kind",
    "P504": "import-exists",
    "P505": "import-unplaced",
    "P506": "import-unknown-agreement",
    "P507": "import-date",
    "W370": "import-quote-differs",
    "W371": "import-party-unclear",
    "W372": "import-no-adoption",
    "W373": "import-label-year",
    # --- import agreements: the safe reader of Word and PDF, import agreements and form ---
    "P520": "document-unreadable",
    "P521": "document-encrypted",
    "P522": "document-too-large",
    "P523": "document-part-too-large",
    "P524": "document-macros",
    "P525": "document-external-link",
    "P526": "document-type",
    "P527": "import-file-exists",
    "P528": "nothing-recognised",
}
"""Every diagnostic code: P0 files, P1 YAML and schema, P1-3 structure, P2 changes, W warnings."""


@dataclass(frozen=True, slots=True, order=True)
class SourceLocation:
    """A place in a source file; line and column are 1-based, 0 when unknown."""

    path: str
    """Path as shown to the user: relative to the project root where possible."""
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        # A file name may hold a line end or an escape sequence: shown, never sent raw.
        parts = [visible(self.path)]
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
    message: Message
    """What is wrong, as a :class:`~.messages.Text` rendered in the writer's language."""
    hint: Message = ""
    """A suggestion that helps the user fix it: a closest match, the valid values."""
    severity: str = "error"
    """``error`` or ``warning``."""
    code: str = ""
    """A stable code from :data:`CODES`, e.g. ``P201``, for tools and documentation."""

    @property
    def code_name(self) -> str:
        return f"{self.code} {CODES[self.code]}" if self.code in CODES else self.code

    def format(self, language: Language = DEFAULT_LANGUAGE) -> str:
        """``path:line:col: error: message``, then the hint; control characters as escapes.

        ``error``, ``warning`` and ``hint`` stay as they are in every language: the contract's
        form, which editors and CI annotations parse."""
        where = f"{self.location}: " if self.location.path else ""
        text = f"{where}{self.severity}: {visible(rendered(self.message, language), keep=LAYOUT)}"
        if self.hint:
            hint = visible(rendered(self.hint, language), keep=LAYOUT)
            text += "\n" + hint_lines(hint, "  hint: ")
        return text

    def text(self, language: Language = DEFAULT_LANGUAGE) -> str:
        """The message alone, rendered."""
        return rendered(self.message, language)


def hint_lines(hint: str, lead: str) -> str:
    """``lead`` then the hint; its further lines indented as far, so that what a line marks
    (the caret under a fragment's first difference) stands under the right character."""
    return lead + hint.replace("\n", "\n" + " " * len(lead))


class SourceError(Exception):
    """The sources are invalid; carries every diagnostic found, in file order."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__("\n".join(d.format("en") for d in self.diagnostics))


NOTHING_WRITTEN = t("nothing was written")

UNLOCATED = SourceLocation("")
"""Where a problem is when no file can be named: it prints without a location."""


class RenderError(Exception):
    """An output could not be rendered faithfully (exit status 1, nothing written).

    Located where known: a project template's file and line, a phrase's line. A location
    follows the diagnostics' rule: relative to the project root when inside it.
    """

    def __init__(self, message: Text, location: SourceLocation = UNLOCATED) -> None:
        self._hold((Diagnostic(location, message),))

    def _hold(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        Exception.__init__(self, "\n".join(d.format("en") for d in self.diagnostics))

    @classmethod
    def collected(cls, diagnostics: Iterable[Diagnostic]) -> RenderError:
        """One error for several problems (the years of a publish), printed in this order."""
        error = cls.__new__(cls)
        error._hold(diagnostics)
        return error

    @property
    def location(self) -> SourceLocation:
        return self.diagnostics[0].location

    @property
    def message(self) -> Message:
        return self.diagnostics[0].message


class WriteError(Exception):
    """The file system refused an output (exit status 1): a read-only folder, a folder where
    a file must go. ``path`` is as the command was given it; ``outcome`` says what was
    written before the refusal, so the user knows what state the outputs are in."""

    def __init__(self, path: Path, reason: Text, outcome: Text = NOTHING_WRITTEN) -> None:
        self.path = path
        self.reason = reason
        self.outcome = outcome
        super().__init__(f"{path.as_posix()}: error: {rendered(reason, 'en')}")


class UsageError(Exception):
    """The command line asks for something impossible (exit status 2)."""

    def __init__(self, message: Text) -> None:
        self.message = message
        super().__init__(rendered(message, "en"))


@contextmanager
def render_boundary(what: Text) -> Iterator[None]:
    """Rendering ``what`` (an output, the review): any failure inside becomes a RenderError.

    The project's own errors pass as they are; anything else (a library's exception, a file
    that cannot be read) is reported with its kind and, when it names one, its file, so that a
    renderer problem never reaches the user as a traceback. The original stays chained.
    """
    try:
        yield
    except (SourceError, RenderError, UsageError, WriteError):
        raise
    except Exception as exc:
        filename = getattr(exc, "filename", None)
        location = UNLOCATED
        if isinstance(filename, str | Path):
            location = SourceLocation(Path(filename).absolute().as_posix())
        message = t(
            "{what} failed: {kind}: {detail}", what=what, kind=type(exc).__name__, detail=str(exc)
        )
        raise RenderError(message, location) from exc


def display_path(path: Path, root: Path) -> str:
    """The path relative to the project root when it lies inside it."""
    try:
        # abspath, not resolve: a symlink is shown where the user put it.
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return path.as_posix()
