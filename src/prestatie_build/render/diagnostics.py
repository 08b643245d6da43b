"""The result of ``prestatie check`` as text, GitHub workflow annotations or JSON.

``prefix`` is put before every source path so that it opens from where the command was run
(``--root ../assen`` gives ``../assen/agreements/...``); GitHub resolves an annotation's
``file`` against the repository root, which is where the workflow runs the command.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from ..core.controls import LAYOUT, visible
from ..core.errors import Diagnostic, hint_lines
from ..core.messages import DEFAULT_LANGUAGE, Language, Text, rendered, t
from ..core.rules import CheckResult


def render_check_text(
    result: CheckResult, prefix: str = "", language: Language = DEFAULT_LANGUAGE
) -> str:
    """``path:line:col: error: message [P201 unknown-target]`` with an indented hint."""
    lines = []
    for diagnostic in result.diagnostics:
        message = visible(rendered(diagnostic.message, language), keep=LAYOUT)
        lines.append(
            f"{prefix}{diagnostic.location}: {diagnostic.severity}: {message}"
            f" [{diagnostic.code_name}]"
        )
        if diagnostic.hint:
            hint = visible(rendered(diagnostic.hint, language), keep=LAYOUT)
            lines.append(hint_lines(hint, "  hint: "))
    return "".join(f"{line}\n" for line in lines)


def check_summary(result: CheckResult) -> Text:
    """One line: what was checked and how many problems were found."""
    errors = _count(
        len(result.errors),
        t("{count} error", count=1),
        t("{count} errors", count=len(result.errors)),
    )
    warnings = _count(
        len(result.warnings),
        t("{count} warning", count=1),
        t("{count} warnings", count=len(result.warnings)),
    )
    if not result.years:
        return t(
            "{errors}, {warnings}; the sources could not be loaded, so no year was checked",
            errors=errors,
            warnings=warnings,
        )
    files = _count(result.files, t("{count} file", count=1), t("{count} files", count=result.files))
    return t(
        "{errors}, {warnings} in {files}; years {first}-{last} checked",
        errors=errors,
        warnings=warnings,
        files=files,
        first=result.years[0],
        last=result.years[-1],
    )


def _count(number: int, one: Text, more: Text) -> Text:
    """Singular and plural are two templates, chosen here."""
    return one if number == 1 else more


def render_check_github(
    result: CheckResult, prefix: str = "", language: Language = DEFAULT_LANGUAGE
) -> str:
    """One ``::error`` or ``::warning`` workflow command per diagnostic.

    GitHub shows them on the pull request's changed lines. The title carries the code
    (``P201 unknown-target``); the hint follows the message on a line of its own.
    """
    return "".join(f"{_annotation(d, prefix, language)}\n" for d in result.diagnostics)


def _annotation(diagnostic: Diagnostic, prefix: str, language: Language) -> str:
    location = diagnostic.location
    properties = [f"file={prefix}{visible(location.path)}"]
    if location.line:
        properties.append(f"line={location.line}")
        if location.col:
            properties.append(f"col={location.col}")
    properties.append(f"title={diagnostic.code_name}")
    message = visible(rendered(diagnostic.message, language), keep=LAYOUT) + (
        "\n" + hint_lines(visible(rendered(diagnostic.hint, language), keep=LAYOUT), "hint: ")
        if diagnostic.hint
        else ""
    )
    fields = ",".join(_escape_property(p) for p in properties)
    return f"::{diagnostic.severity} {fields}::{_escape_data(message)}"


def _escape_data(text: str) -> str:
    """Escape a workflow command's message, as the Actions toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(pair: str) -> str:
    """Escape a ``name=value`` property; its value may not hold ``:`` or ``,``."""
    name, value = pair.split("=", 1)
    return f"{name}={_escape_data(value).replace(':', '%3A').replace(',', '%2C')}"


def render_check_json(
    result: CheckResult, prefix: str = "", language: Language = DEFAULT_LANGUAGE
) -> str:
    """The whole result as a JSON object, for tools."""
    data = {
        "ok": not result.errors,
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "files": result.files,
        "years": list(result.years),
        "diagnostics": [_diagnostic_json(d, prefix, language) for d in result.diagnostics],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _diagnostic_json(diagnostic: Diagnostic, prefix: str, language: Language) -> dict[str, object]:
    location = diagnostic.location
    return {
        "path": f"{prefix}{visible(location.path)}",
        "line": location.line,
        "col": location.col,
        "severity": diagnostic.severity,
        "code": diagnostic.code,
        "name": diagnostic.code_name.partition(" ")[2],
        "message": visible(rendered(diagnostic.message, language), keep=LAYOUT),
        "hint": visible(rendered(diagnostic.hint, language), keep=LAYOUT),
    }


CheckRenderer = Callable[[CheckResult, str, Language], str]

CHECK_FORMATS: dict[str, CheckRenderer] = {
    "text": render_check_text,
    "github": render_check_github,
    "json": render_check_json,
}
"""Every ``--format`` of ``prestatie check``."""
