"""YAML syntax errors in plain words: what to do, at the line to edit.

The parser (libyaml, or PyYAML's own) says what it expected (``could not find expected ':'``,
``mapping values are not allowed in this context``), and often where it noticed rather than where
the writer went wrong. :func:`plain_yaml_error` recognises the usual mistakes of hand-written
sources — a colon in a text, a line indented too far or not far enough, a tab, a text that starts
with a character YAML reserves, a quote or bracket never closed — and says what to change, at the
line that needs it. The table :data:`_KINDS` maps each kind of error to its builder; the first
that recognises the error wins, and anything else keeps the parser's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import yaml

from ..core.errors import Diagnostic, SourceLocation
from ..core.messages import Text, t

_FIELD = re.compile(r"^(?P<indent> *)(?:- +)?(?P<key>[A-Za-z_][A-Za-z0-9_-]*):(?: |$)")
"""A line that starts a field (``  text: ...``, ``- op: add``): its indentation and name."""

_QUOTES = "\"'"
_CLOSING = {"{": "}", "[": "]"}


@dataclass(frozen=True, slots=True)
class YamlFault:
    """A parser error, with the text it was raised on."""

    problem: str
    context: str
    line: int
    """1-based line of the problem, counted in the parsed text (not the file)."""
    col: int
    context_line: int | None
    context_col: int
    lines: tuple[str, ...]
    file: SourceLocation
    offset: int
    """How many lines of the file precede the parsed text (front matter)."""

    @classmethod
    def of(
        cls, exc: yaml.MarkedYAMLError, text: str, file: SourceLocation, offset: int
    ) -> YamlFault:
        problem_mark = exc.problem_mark or exc.context_mark
        context_mark = exc.context_mark
        return cls(
            problem=exc.problem or exc.context or "",
            context=exc.context or "",
            line=problem_mark.line + 1 if problem_mark else 1,
            col=problem_mark.column + 1 if problem_mark else 0,
            context_line=context_mark.line + 1 if context_mark else None,
            context_col=context_mark.column + 1 if context_mark else 0,
            lines=tuple(text.split("\n")),
            file=file,
            offset=offset,
        )

    def at(self, line: int, col: int = 0) -> SourceLocation:
        """A place in the file, from a line of the parsed text."""
        return self.file.at(line + self.offset, col)

    def file_line(self, line: int) -> int:
        return line + self.offset

    def text_of(self, line: int) -> str:
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""

    def char(self) -> str:
        """The character where the parser stopped ("" past the end of a line)."""
        text = self.text_of(self.line)
        return text[self.col - 1] if 0 < self.col <= len(text) else ""

    def above(self, line: int) -> int | None:
        """The nearest non-empty line before ``line``."""
        for number in range(line - 1, 0, -1):
            if self.text_of(number).strip():
                return number
        return None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _diagnostic(where: SourceLocation, message: Text, hint: Text | str = "") -> Diagnostic:
    return Diagnostic(where, message, hint, code="P101")


# --- a tab -------------------------------------------------------------------------------------


def _is_tab(fault: YamlFault) -> bool:
    return fault.char() == "\t" or "tab character" in fault.problem


def _tab(fault: YamlFault) -> Diagnostic:
    text = fault.text_of(fault.line)
    col = text.index("\t") + 1 if "\t" in text else fault.col
    return _diagnostic(
        fault.at(fault.line, col),
        t("a tab on this line: YAML indents with spaces only"),
        t("replace the tab with spaces"),
    )


# --- a colon in a text, or a field indented too far -------------------------------------------


def _colon(fault: YamlFault) -> Diagnostic:
    """``mapping values are not allowed``: the colon flagged is either inside a text (``text: Let
    op: ...``) or the colon of a field that stands further in than the line above."""
    text = fault.text_of(fault.line)
    before = text[: fault.col - 1].strip().removeprefix("- ").strip()
    first_colon_here = ": " not in text[: fault.col - 1]
    if first_colon_here and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*", before):
        return _indented_too_far(fault)
    return _colon_in_text(fault)


def _colon_in_text(fault: YamlFault) -> Diagnostic:
    where = fault.at(fault.line, fault.col)
    field = _field_of(fault, fault.line)
    if field is None:
        return _diagnostic(
            where,
            t("a colon followed by a space in a text"),
            t("put the text in quotes, or on the lines after 'name: |', indented further"),
        )
    return _diagnostic(
        where,
        t("a colon followed by a space in the text of '{field}:'", field=field),
        t(
            "put the text on the lines after '{field}: |', indented further, or put it in quotes",
            field=field,
        ),
    )


def _field_of(fault: YamlFault, line: int) -> str | None:
    """The field whose value ``line`` holds or continues."""
    here = fault.text_of(line)
    found = _FIELD.match(here)
    if found:
        return found["key"]
    for number in range(line - 1, 0, -1):
        text = fault.text_of(number)
        found = _FIELD.match(text)
        if found and _indent(text) < _indent(here):
            return found["key"]
    return None


def _indented_too_far(fault: YamlFault) -> Diagnostic:
    above = fault.above(fault.line)
    where = fault.at(fault.line, _indent(fault.text_of(fault.line)) + 1)
    line = fault.file_line(fault.line)
    if above is None:
        return _diagnostic(where, t("line {line} is indented too far", line=line))
    return _diagnostic(
        where,
        t("line {line} is indented further than the line above", line=line),
        t(
            "fields that belong together stand exactly below each other: indent line {line} "
            "as far as line {above}",
            line=line,
            above=fault.file_line(above),
        ),
    )


# --- a line that is no field -----------------------------------------------------------------


def _no_field(fault: YamlFault) -> Diagnostic:
    """``could not find expected ':'``: noticed on the line after the one without a colon; the
    parser's context names the line itself."""
    line = fault.context_line or fault.above(fault.line) or fault.line
    text = fault.text_of(line)
    where = fault.at(line, _indent(text) + 1)
    above = fault.above(line)
    shown = fault.file_line(line)
    if above is not None and _indent(text) < _indent(fault.text_of(above)):
        return _less_than_the_line_above(where, shown)
    field = _field_of(fault, above) if above is not None else None
    return _diagnostic(
        where,
        t(
            "line {line} is no field ('name: value') but is indented as far as the fields",
            line=shown,
        ),
        t(
            "if it belongs to the text above, put that text on the lines after '{field}: |', "
            "indented further",
            field=field,
        )
        if field
        else "",
    )


def _less_than_the_line_above(where: SourceLocation, line: int) -> Diagnostic:
    """A line of text that stands less far in than the text it continues."""
    return _diagnostic(
        where,
        t("line {line} must be indented as far as the line above", line=line),
        t("it continues the text above: every line of a text is indented as far as its first line"),
    )


# --- indentation of fields and list items ----------------------------------------------------


def _indentation(fault: YamlFault) -> Diagnostic:
    """``did not find expected '-' indicator`` / ``expected <block end>`` / ``did not find
    expected key``: a line that does not line up with the field or list item it belongs to."""
    text = fault.text_of(fault.line)
    at_start = fault.col - 1 <= _indent(text)
    if not at_start:
        return _after_the_line(fault)
    stripped = text.strip()
    line = fault.file_line(fault.line)
    where = fault.at(fault.line, _indent(text) + 1)
    if stripped.startswith("-") and stripped[1:2] not in ("", " "):
        return _diagnostic(where, t("put a space after the '-' on line {line}", line=line))
    above = fault.above(fault.line)
    is_text = not stripped.startswith("-") and not _FIELD.match(text)
    if is_text and above is not None and _indent(text) < _indent(fault.text_of(above)):
        return _less_than_the_line_above(where, line)
    message = t("line {line} is not indented like the lines it belongs with", line=line)
    return _diagnostic(where, message, _line_up_hint(fault, stripped))


def _line_up_hint(fault: YamlFault, stripped: str) -> Text:
    if stripped.startswith("-"):
        for number in range(fault.line - 1, 0, -1):
            if fault.text_of(number).strip().startswith("- "):
                return t(
                    "put the '-' exactly below the '-' of line {above}",
                    above=fault.file_line(number),
                )
    found = _FIELD.match(fault.text_of(fault.line))
    if found:
        for number in range(fault.line - 1, 0, -1):
            other = _FIELD.match(fault.text_of(number))
            if other:
                return t(
                    "put '{key}:' exactly below '{other}:' of line {above}",
                    key=found["key"],
                    other=other["key"],
                    above=fault.file_line(number),
                )
    return t(
        "indent with spaces: fields that belong together stand exactly below each other, "
        "and so does each '-' of a list"
    )


def _after_the_line(fault: YamlFault) -> Diagnostic:
    """More on a line after its value ended: mostly text after a closing quote."""
    text = fault.text_of(fault.line)
    before = text[: fault.col - 1].rstrip()
    where = fault.at(fault.line, fault.col)
    if before and before[-1] in _QUOTES:
        return _diagnostic(
            where,
            t("more text after the quote that closes the text"),
            t("put the whole text in quotes, or leave the quotes out"),
        )
    return _diagnostic(
        where,
        t("the line goes on after its value ended"),
        t("put the whole text in quotes"),
    )


# --- characters YAML reserves at the start of a value ----------------------------------------


def _starts_with_reserved(fault: YamlFault) -> Diagnostic:
    """``*word`` and ``&word`` are an alias and an anchor; ``@`` and a backtick start nothing."""
    alias = "alias" in fault.context or "anchor" in fault.context
    line, col = (
        (fault.context_line or fault.line, fault.context_col) if alias else (fault.line, fault.col)
    )
    text = fault.text_of(line)
    char = text[col - 1] if 0 < col <= len(text) else fault.char()
    return _diagnostic(
        fault.at(line, col),
        t("a text that starts with the character {char} must be in quotes", char=char),
        t("put the whole text in quotes"),
    )


# --- quotes and brackets -----------------------------------------------------------------------


def _unclosed_quote(fault: YamlFault) -> Diagnostic:
    line = fault.context_line or fault.line
    return _diagnostic(
        fault.at(line, fault.context_col),
        t("the quote that opens this text is never closed"),
        t("put the same quote at the end of the text"),
    )


def _unknown_escape(fault: YamlFault) -> Diagnostic:
    return _diagnostic(
        fault.at(fault.line, fault.col),
        t("a backslash in double quotes starts a code YAML does not know"),
        t("use single quotes around the text, or write the backslash twice"),
    )


def _unclosed_bracket(fault: YamlFault) -> Diagnostic:
    """A ``[`` or ``{`` never closed: at the bracket itself, which may be lines before the place
    where the parser gave up."""
    found = _open_bracket(fault)
    if found is None:
        return _diagnostic(
            fault.at(fault.line, fault.col),
            t("invalid YAML: {problem}", problem=fault.problem),
            t("close it, and put a text that holds a comma or a colon in quotes"),
        )
    bracket, line, col = found
    return _diagnostic(
        fault.at(line, col),
        t(
            "the '{bracket}' on line {line} is not closed with '{closing}'",
            bracket=bracket,
            line=fault.file_line(line),
            closing=_CLOSING[bracket],
        ),
        t("close it, and put a text that holds a comma or a colon in quotes"),
    )


def _open_bracket(fault: YamlFault) -> tuple[str, int, int] | None:
    """The last ``[``/``{`` still open where the parser stopped (quotes and comments skipped)."""
    open_: list[tuple[str, int, int]] = []
    for number in range(1, min(fault.line, len(fault.lines)) + 1):
        text = fault.text_of(number)
        end = fault.col - 1 if number == fault.line else len(text)
        quote = ""
        for index, char in enumerate(text[:end]):
            if quote:
                quote = "" if char == quote else quote
            elif char in _QUOTES and (index == 0 or text[index - 1] in " [{,:"):
                quote = char
            elif char == "#" and (index == 0 or text[index - 1] == " "):
                break
            elif char in _CLOSING:
                open_.append((char, number, index + 1))
            elif char in _CLOSING.values() and open_:
                open_.pop()
    return open_[-1] if open_ else None


# --- the table ---------------------------------------------------------------------------------


def _says(*words: str) -> Callable[[YamlFault], bool]:
    return lambda fault: any(word in fault.problem for word in words)


def _context_says(context: str, *problems: str) -> Callable[[YamlFault], bool]:
    return lambda fault: context in fault.context and any(p in fault.problem for p in problems)


_KINDS: tuple[tuple[Callable[[YamlFault], bool], Callable[[YamlFault], Diagnostic]], ...] = (
    (_is_tab, _tab),
    (_says("mapping values are not allowed"), _colon),
    (_says("could not find expected ':'"), _no_field),
    (
        _says(
            "did not find expected '-' indicator",
            "expected <block end>",
            "did not find expected key",
        ),
        _indentation,
    ),
    (_context_says("scanning an alias", ""), _starts_with_reserved),
    (_context_says("scanning an anchor", ""), _starts_with_reserved),
    (_says("cannot start any token"), _starts_with_reserved),
    (_context_says("quoted scalar", "end of stream", "document separator"), _unclosed_quote),
    (_says("unknown escape character"), _unknown_escape),
    (_context_says("while parsing a flow", ""), _unclosed_bracket),
)
"""Each kind of parser error and what to tell the writer; the first that recognises it wins."""


def plain_yaml_error(
    exc: yaml.MarkedYAMLError, text: str, file: SourceLocation, offset: int
) -> Diagnostic:
    """The parser's error in words a writer can act on, at the line to edit."""
    fault = YamlFault.of(exc, text, file, offset)
    for recognises, build in _KINDS:
        if recognises(fault):
            return build(fault)
    return _diagnostic(
        fault.at(fault.line, fault.col),
        t("invalid YAML: {problem}", problem=fault.problem or "?"),
    )
