"""mkdocs hooks: the reference pages are generated from the code, so they cannot drift from it.

A page holds a marker such as ``<!-- prestatie:diagnostics -->``; :func:`on_page_markdown`
replaces it with what the generator of that name in :data:`GENERATORS` writes:

- ``diagnostics``: every code of ``core.errors.CODES``, grouped, with the Dutch explanation and
  the messages kept in ``docs/reference/diagnostics.yaml``. A code without an explanation, or an
  explanation of a code that does not exist, stops the build;
- ``schemas``: a table of the fields of every JSON Schema in ``src/prestatie_build/schemas/``,
  and the schema itself;
- ``cli``: the ``--help`` of every command, exactly as the command line prints it.

``tests/test_docs.py`` imports this file to check the same tables without building the site, so
nothing here imports mkdocs at module level (the fast tests run without it).
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
SCHEMAS = SRC / "prestatie_build" / "schemas"
DIAGNOSTICS_FILE = ROOT / "docs" / "reference" / "diagnostics.yaml"

MARKER = re.compile(r"^<!-- prestatie:([a-z-]+) -->$", re.MULTILINE)
"""A marker stands on a line of its own; one quoted in the text (in backticks) stays as it is."""


class DocsError(Exception):
    """The documentation and the code disagree; the build stops with this message."""


def checkout(module: str) -> ModuleType:
    """A module of this checkout's ``src/``, also where another copy of prestatie is installed.

    Done when a page is generated, not when this file is loaded: mkdocs restores ``sys.path``
    after loading a hook."""
    if str(SRC) not in sys.path:
        sys.path.insert(0, str(SRC))
    return importlib.import_module(module)


# --- diagnostics -------------------------------------------------------------------------------

DIAGNOSTIC_GROUPS: tuple[tuple[str, str], ...] = (
    ("P0", "Bestanden"),
    ("P10", "YAML"),
    ("P11", "Velden"),
    ("P12", "Afspraakbestanden"),
    ("P13", "Samenhang van de bronnen"),
    ("P14", "Tekens en links"),
    ("P15", "Voetnoten en afbeeldingen"),
    ("P16", "Hoofdstukken en volgorde"),
    ("P17", "Soort, wie en wanneer"),
    ("P2", "Wijzigingen"),
    ("P50", "Een Jaarplan importeren"),
    ("P52", "Afspraken importeren"),
    ("W3", "Waarschuwingen"),
)
"""Code prefix -> the heading its codes are listed under; the longest matching prefix wins."""

SEVERITIES = {"P": "fout", "W": "waarschuwing"}
"""A code's first letter says what it is: an error stops the build, a warning does not."""


@dataclass(frozen=True)
class Explanation:
    """What ``diagnostics.yaml`` says about one code."""

    title: str
    """A few Dutch words: what went wrong."""
    text: str
    """Markdown: what the code means and what to do about it."""
    messages: tuple[str, ...]
    """The messages the tool prints with this code (English), ``{...}`` where a value goes."""


def load_explanations(path: Path = DIAGNOSTICS_FILE) -> dict[str, Explanation]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        code: Explanation(
            title=entry["title"],
            text=entry["text"].strip(),
            messages=tuple(entry.get("messages", ())),
        )
        for code, entry in data.items()
    }


def current_codes() -> dict[str, str]:
    return dict(checkout("prestatie_build.core").CODES)


def check_explained(codes: Mapping[str, str], explanations: Mapping[str, Explanation]) -> None:
    """Every code is explained, and nothing else is."""
    problems = [
        f"{code} ({name}) has no explanation in {DIAGNOSTICS_FILE.name}"
        for code, name in codes.items()
        if code not in explanations
    ]
    problems += [
        f"{DIAGNOSTICS_FILE.name} explains {code}, which is not in core.errors.CODES"
        for code in explanations
        if code not in codes
    ]
    problems += [
        f"{code} ({name}) belongs to no group of DIAGNOSTIC_GROUPS"
        for code, name in codes.items()
        if group_of(code) is None
    ]
    if problems:
        raise DocsError("; ".join(problems))


def group_of(code: str) -> str | None:
    matches = [(prefix, title) for prefix, title in DIAGNOSTIC_GROUPS if code.startswith(prefix)]
    return max(matches, key=lambda match: len(match[0]))[1] if matches else None


def diagnostics_markdown(
    codes: Mapping[str, str] | None = None,
    explanations: Mapping[str, Explanation] | None = None,
) -> str:
    """The overview table and one section per code, in the order of ``CODES``."""
    codes = current_codes() if codes is None else codes
    explanations = load_explanations() if explanations is None else explanations
    check_explained(codes, explanations)
    lines = ["| code | naam | soort | wat |", "|---|---|---|---|"]
    lines += [
        f"| [{code}](#{code}) | `{name}` | {SEVERITIES[code[0]]} | {explanations[code].title} |"
        for code, name in codes.items()
    ]
    group = None
    for code, name in codes.items():
        if group_of(code) != group:
            group = group_of(code)
            lines += ["", f"## {group}"]
        lines += ["", *code_section(code, name, explanations[code])]
    return "\n".join(lines) + "\n"


def code_section(code: str, name: str, explanation: Explanation) -> list[str]:
    lines = [
        f"### {code} {name} {{ #{code} }}",
        "",
        f"*{SEVERITIES[code[0]]}* · {explanation.title}",
        "",
        explanation.text,
    ]
    if explanation.messages:
        lines += ["", "De melding:" if len(explanation.messages) == 1 else "De meldingen:", ""]
        lines += [f"- `{message}`" for message in explanation.messages]
    return lines


# --- JSON Schemas ------------------------------------------------------------------------------

OUTPUT_SCHEMAS = ("report.schema.json", "review.schema.json", "redline.schema.json")
"""Schemas of what prestatie writes for other tools, not of a file it reads: no diagnostic."""
SCHEMA_ORDER = (
    "document.schema.json",
    "agreement.schema.json",
    "jaarplan.schema.json",
    "change.schema.json",
    "changes.schema.json",
    "publish.schema.json",
    *OUTPUT_SCHEMAS,
)
"""The order a reader meets the files in; a schema not named here comes after these."""


@dataclass(frozen=True)
class Field:
    path: str
    kind: str
    required: bool
    rules: str
    """The constraints a table can say in a few Dutch words: not empty, a range, a minimum."""
    notes: str
    """The schema's own words (English): its description and the message for a bad value."""


def schema_files(folder: Path = SCHEMAS) -> list[Path]:
    rank = {name: index for index, name in enumerate(SCHEMA_ORDER)}
    files = sorted(folder.glob("*.json"), key=lambda path: (rank.get(path.name, 99), path.name))
    if not files:
        raise DocsError(f"no JSON Schemas in {folder}")
    return files


def schema_anchor(file_name: str) -> str:
    return file_name.removesuffix(".schema.json")


def schemas_markdown(folder: Path = SCHEMAS) -> str:
    sections = [schema_section(path) for path in schema_files(folder)]
    return "\n".join(sections)


def schema_section(path: Path) -> str:
    schema = json.loads(path.read_text(encoding="utf-8"))
    lines = [
        f"## {plain(schema.get('title', path.name))} {{ #{schema_anchor(path.name)} }}",
        "",
        f"`src/prestatie_build/schemas/{path.name}`",
        "",
        plain(schema.get("description", "")),
        "",
        *field_table(schema_fields(schema, schema)),
        *rule_notes(schema, read=path.name not in OUTPUT_SCHEMAS),
    ]
    branches = list(conditional_branches(schema))
    if branches:
        lines += ["", branches_intro(schema, branches)]
    for field, value, branch in branches:
        condition = f"{field}: {value}"
        lines += ["", f"### Met `{condition}` {{ #{schema_anchor(path.name)}-{slug(condition)} }}"]
        lines += ["", *field_table(schema_fields(branch, schema)), *rule_notes(branch, read=True)]
    source = json.dumps(schema, indent=2, ensure_ascii=False)
    lines += ["", f'??? note "{path.name}"', "", "    ```json"]
    lines += [f"    {line}" for line in source.splitlines()]
    lines += ["    ```", ""]
    return "\n".join(lines)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def field_table(fields: list[Field]) -> list[str]:
    if not fields:
        return []
    lines = ["| veld | type | verplicht | regel | toelichting |", "|---|---|---|---|---|"]
    lines += [
        f"| `{f.path}` | {f.kind} | {'ja' if f.required else ''} | {f.rules} | {f.notes} |"
        for f in fields
    ]
    return lines


def schema_fields(
    node: Mapping[str, Any],
    root: Mapping[str, Any],
    prefix: str = "",
    seen: frozenset[str] = frozenset(),
) -> list[Field]:
    """Every field under ``node``, depth first. A field given as ``true`` is one of the fields
    every branch shares, listed in the schema's own table already. ``seen``: the ``$ref``s
    being listed; a definition that holds itself (chapters in chapters) is listed once."""
    required = set(node.get("required", ()))
    fields = []
    for name, spec in node.get("properties", {}).items():
        if spec is True:
            continue
        resolved = resolve(spec, root)
        path = f"{prefix}{name}"
        fields.append(
            Field(
                path,
                kind_of(spec, root),
                name in required,
                rules_of(resolved),
                notes_of(resolved),
            )
        )
        fields += nested_fields(resolved, root, path, seen)
    return fields


def nested_fields(
    spec: Mapping[str, Any], root: Mapping[str, Any], path: str, seen: frozenset[str]
) -> list[Field]:
    if "properties" in spec:
        return schema_fields(spec, root, f"{path}.", seen)
    ref = spec.get("items", {}).get("$ref", "") if isinstance(spec.get("items"), dict) else ""
    if ref in seen:
        return []
    items = resolve(spec.get("items", {}), root)
    if "properties" in items:
        return schema_fields(items, root, f"{path}[].", seen | {ref} if ref else seen)
    return []


def resolve(spec: Any, root: Mapping[str, Any]) -> dict[str, Any]:
    """The spec with a local ``$ref`` (``#/$defs/...``) merged in; other files stay a link."""
    if not isinstance(spec, dict):
        return {}
    ref = spec.get("$ref", "")
    if not ref.startswith("#/"):
        return dict(spec)
    target: Any = root
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return {**resolve(target, root), **{k: v for k, v in spec.items() if k != "$ref"}}


JSON_TYPES = {
    "string": "tekst",
    "integer": "getal",
    "number": "getal",
    "boolean": "`true` of `false`",
    "object": "blok",
}
"""JSON's names for the kinds of value, as a writer of the YAML knows them."""


def kind_of(spec: Any, root: Mapping[str, Any]) -> str:
    resolved = resolve(spec, root)
    ref = spec.get("$ref", "") if isinstance(spec, dict) else ""
    if ref and not ref.startswith("#/"):
        # Another file's schema, whole or one of its $defs: the link goes to that file's section.
        file_name, _, pointer = ref.partition("#")
        anchor = schema_anchor(file_name)
        label = f"{anchor}: {pointer.rsplit('/', 1)[-1]}" if pointer else anchor
        return f"[{label}](#{anchor})"
    if "enum" in resolved:
        return " \\| ".join(f"`{value}`" for value in resolved["enum"])
    kind = resolved.get("type", "")
    if kind == "array":
        return f"lijst van {kind_of(resolved.get('items', {}), root)}"
    kinds: list[str] = kind if isinstance(kind, list) else [kind]
    return " of ".join(JSON_TYPES.get(name) or name for name in kinds)


def rules_of(spec: Mapping[str, Any]) -> str:
    rules = []
    if spec.get("minLength") == 1:
        rules.append("niet leeg")
    if "minimum" in spec and "maximum" in spec:
        rules.append(f"{spec['minimum']} t/m {spec['maximum']}")
    if spec.get("minItems"):
        rules.append(f"minstens {spec['minItems']}")
    return ", ".join(rules)


def notes_of(spec: Mapping[str, Any]) -> str:
    texts = [text for text in (spec.get("description"), spec.get("x-message")) if text]
    return " ".join(plain(sentence(text)) for text in texts)


def sentence(text: str) -> str:
    """``must be a slug`` -> ``must be a slug.``: the schema's fragments end like sentences.

    Not capitalised: a fragment may start with a literal value (``false keeps ...``)."""
    return text if text.endswith((".", "?", "!")) else f"{text}."


MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]|])")


def plain(text: str) -> str:
    """The schema's own words as Markdown that shows them as written: ``<year>`` is no HTML
    tag, ``*.md`` no emphasis, ``|`` no table column."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MARKDOWN_SPECIALS.sub(r"\\\1", escaped)


def rule_notes(schema: Mapping[str, Any], *, read: bool) -> list[str]:
    """What a table of fields cannot show: the schema's own rules. ``read``: prestatie checks
    the files it reads with this schema, and names the diagnostic for an unknown field."""
    notes = []
    if schema.get("additionalProperties") is False:
        diagnostic = " ([P112](diagnostics.md#P112))" if read else ""
        notes.append(f"Andere velden zijn hier niet toegestaan{diagnostic}.")
    if "x-message" in schema:
        notes.append(f"Voor de combinatie van velden geldt: {plain(sentence(schema['x-message']))}")
    condition = schema.get("if", {}).get("properties", {})
    if condition and "then" in schema:
        (field, test), *_ = condition.items()
        wanted = ", ".join(f"`{name}`" for name in schema["then"].get("required", ()))
        notes.append(f"Met `{field}: {test.get('const')}` is ook verplicht: {wanted}.")
    return ["", *(f"- {note}" for note in notes)] if notes else []


def conditional_branches(
    schema: Mapping[str, Any],
) -> Iterator[tuple[str, object, Mapping[str, Any]]]:
    """The ``allOf`` branches ``if field is X then ...``, as ``(field, X, then)``."""
    for branch in schema.get("allOf", ()):
        condition = branch.get("if", {}).get("properties", {})
        for field, test in condition.items():
            yield field, test.get("const"), branch.get("then", {})


def branches_intro(
    schema: Mapping[str, Any], branches: list[tuple[str, object, Mapping[str, Any]]]
) -> str:
    deciding = sorted({f"`{field}`" for field, _, _ in branches})
    shared = [f"`{name}`" for name in schema.get("properties", {})]
    return (
        f"Welke velden er verder bij horen, hangt af van {' en '.join(deciding)}; "
        f"{', '.join(shared[:-1])} en {shared[-1]} mogen altijd."
    )


# --- command line ------------------------------------------------------------------------------

HELP_WIDTH = 80
"""The width the help is wrapped to: fixed, so the page does not depend on the terminal."""


def cli_markdown() -> str:
    import click

    command_line = checkout("prestatie_build.cli")
    cli = command_line.cli
    root = click.Context(
        cli, info_name="prestatie", terminal_width=HELP_WIDTH, max_content_width=HELP_WIDTH
    )
    with command_line.speaking("nl"):  # the documentation is Dutch, as the help is by default
        sections = [help_section("prestatie", cli.get_help(root))]
        for name in sorted(cli.commands):
            command = cli.commands[name]
            context = click.Context(command, info_name=name, parent=root)
            sections.append(help_section(f"prestatie {name}", command.get_help(context)))
    return "\n".join(sections)


def help_section(title: str, text: str) -> str:
    return f"### `{title}` {{ #{slug(title)} }}\n\n```text\n{text}\n```\n"


# --- the hook ----------------------------------------------------------------------------------

GENERATORS: dict[str, Callable[[], str]] = {
    "diagnostics": diagnostics_markdown,
    "schemas": schemas_markdown,
    "cli": cli_markdown,
}


def expand_markers(markdown: str) -> str:
    """The page with each marker replaced by its generated Markdown."""

    def generate(match: re.Match[str]) -> str:
        generator = GENERATORS.get(match.group(1))
        if generator is None:
            raise DocsError(f"unknown marker {match.group(0)}; known: {', '.join(GENERATORS)}")
        return generator()

    return MARKER.sub(generate, markdown)


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    from mkdocs.exceptions import PluginError

    try:
        return expand_markers(markdown)
    except DocsError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None
