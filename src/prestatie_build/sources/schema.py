"""JSON Schema validation of the YAML sources, with messages a policy officer can act on.

The schemas in ``schemas/`` are the machine-readable half of the source-format
contract; editors use them too (``# yaml-language-server: $schema=...``). A
schema may carry ``x-message``: the sentence to show when a value breaks it.

The YAML reader hands on every scalar as the text written (:mod:`.yamlsource`). Where a
schema wants a whole number or true/false, :func:`conform` reads a plain scalar that is
written exactly as one (``2024``, ``false``); anything else (``017``, ``0x10``, ``"2024"``,
``yes``) stays text and is reported as the wrong type, at its line.
"""

from __future__ import annotations

import datetime
import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
from jsonschema.exceptions import ValidationError

from ..core.controls import visible
from ..core.errors import Diagnostic, SourceLocation
from ..core.messages import Text, t
from ..core.suggest import op_hint
from .yamlsource import PathKey, YamlDocument

SCHEMA_NAMES = (
    "document.schema.json",
    "agreement.schema.json",
    "jaarplan.schema.json",
    "changes.schema.json",
    "change.schema.json",
)


def schema_bytes(name: str) -> bytes:
    """The packaged schema file ``name`` as it is on disk (``prestatie new`` copies it)."""
    return resources.files("prestatie_build").joinpath("schemas", name).read_bytes()


def load_schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(schema_bytes(name).decode("utf-8"))
    return schema


@cache
def _registry() -> referencing.Registry[Any]:
    resources_ = [
        (name, referencing.jsonschema.DRAFT202012.create_resource(load_schema(name)))
        for name in SCHEMA_NAMES
    ]
    return referencing.Registry().with_resources(resources_)


@cache
def _validator(name: str) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(load_schema(name), registry=_registry())


_WRITTEN_AS: dict[str, tuple[re.Pattern[str], Callable[[str], object]]] = {
    "integer": (re.compile(r"-?(?:0|[1-9][0-9]*)"), int),
    "boolean": (re.compile(r"true|false"), lambda text: text == "true"),
}
"""How a plain scalar must be written to count as a whole number or as true/false."""


def validate(source: YamlDocument, schema_name: str) -> list[Diagnostic]:
    """Every schema violation of ``source``, located and worded for the user."""
    return conform(source, schema_name)[1]


def conform(
    source: YamlDocument, schema_name: str, names: Mapping[str, str] | None = None
) -> tuple[YamlDocument, list[Diagnostic]]:
    """``source`` with numbers and true/false read where the schema wants them, and every
    violation that remains.

    ``names`` (from :func:`known_names`) maps the loose spellings of the ids a writer may mean
    (a chapter's title) to the id, for "did you mean" hints."""
    validator = _validator(schema_name)
    data = source.data
    while True:
        errors = list(validator.iter_errors(data))
        readings = [reading for error in errors if (reading := _read_as(error, source))]
        if not readings:
            break
        # Each scalar is read at most once, so this ends; a reading can let an `if` of the
        # schema match, whose `then` is checked in the next round.
        for path, value in readings:
            data = _with_value(data, path, value)
    return replace(source, data=data), _diagnostics(errors, source, names or {})


def _read_as(error: ValidationError, source: YamlDocument) -> tuple[PathKey, object] | None:
    """(path, value) when a type error is a plain scalar written as the wanted type."""
    path = tuple(error.absolute_path)
    if error.validator != "type" or path not in source.plain:
        return None
    if not isinstance(error.instance, str):
        return None
    wanted = _listed(error.validator_value)
    for type_name, (written, read) in _WRITTEN_AS.items():
        if type_name in wanted and written.fullmatch(error.instance):
            return path, read(error.instance)
    return None


def _with_value(data: object, path: PathKey, value: object) -> object:
    """``data`` with the value at ``path`` replaced; the containers on the way are copied."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict) and isinstance(head, str):
        return {**data, head: _with_value(data[head], rest, value)}
    if isinstance(data, list) and isinstance(head, int):
        return [*data[:head], _with_value(data[head], rest, value), *data[head + 1 :]]
    return data


def _diagnostics(
    errors: list[ValidationError], source: YamlDocument, names: Mapping[str, str]
) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    # A value of the wrong kind (a stray "-" where a change should be) breaks every rule about
    # its contents too; only the kind is worth saying.
    mistyped = {tuple(error.absolute_path) for error in errors if error.validator == "type"}
    for error in errors:
        if error.validator != "type" and tuple(error.absolute_path) in mistyped:
            continue
        build = _BY_VALIDATOR.get(str(error.validator), _other)
        diagnostics.extend(build(_Violation(error, source, names)))
    return sorted(set(diagnostics), key=lambda d: (d.location, str(d.message)))


@dataclass(frozen=True, slots=True)
class _Violation:
    """One schema error, with the source it was found in and the names it may suggest."""

    error: ValidationError
    source: YamlDocument
    names: Mapping[str, str]

    @property
    def path(self) -> PathKey:
        return tuple(self.error.absolute_path)

    @property
    def schema(self) -> dict[str, Any]:
        return self.error.schema if isinstance(self.error.schema, dict) else {}

    @property
    def where(self) -> SourceLocation:
        return self.source.where_value(self.path)

    @property
    def field(self) -> Text:
        """How the message names the value: its field (`` `old:` ``), or "the value"."""
        last = self.path[-1] if self.path else None
        if isinstance(last, str):
            return t("'{name}'", name=last)
        if isinstance(last, int) and len(self.path) > 1 and isinstance(self.path[-2], str):
            return t("an entry of '{name}'", name=self.path[-2])
        return t("the value")


def _missing(violation: _Violation) -> list[Diagnostic]:
    """One diagnostic per missing field, at the mapping that lacks it."""
    instance = violation.error.instance
    wanted = _listed(violation.error.validator_value)
    present = instance if isinstance(instance, dict) else {}
    return [
        Diagnostic(
            violation.source.where(violation.path),
            t("missing required field '{name}'", name=name),
            code="P111",
        )
        for name in wanted
        if isinstance(name, str) and name not in present
    ]


def _unknown_fields(violation: _Violation) -> list[Diagnostic]:
    """One diagnostic per unknown field, at the line of that field."""
    allowed = sorted(violation.schema.get("properties", {}))
    instance = violation.error.instance if isinstance(violation.error.instance, dict) else {}
    return [
        Diagnostic(
            violation.source.where((*violation.path, extra)),
            t("unknown field '{name}'", name=extra),
            hint=_allowed_fields(extra, allowed),
            code="P112",
        )
        for extra in sorted(set(instance) - set(allowed))
    ]


def _allowed_fields(extra: str, allowed: list[str]) -> Text:
    fields = ", ".join(allowed)
    close = difflib.get_close_matches(extra, allowed, n=1)
    if close:
        return t("did you mean '{name}'? Valid fields here: {fields}", name=close[0], fields=fields)
    return t("valid fields here: {fields}", fields=fields)


def _not_listed(violation: _Violation) -> list[Diagnostic]:
    options = [str(v) for v in _listed(violation.error.validator_value)]
    value = violation.error.instance
    message = t(
        "{field} is '{value}'; it must be one of: {options}",
        field=violation.field,
        value=visible(str(value)),
        options=", ".join(options),
    )
    return [Diagnostic(violation.where, message, _enum_hint(violation, options), code="P113")]


_ENUM_HINTS: dict[str, Callable[[str], Text | str]] = {"op": op_hint}
"""Per field, a hint of its own for a wrong value: an op by its synonyms and spelling
(``op: change`` -> ``replace``). Every other field gets the closest spelling
(:func:`_closest_option`)."""


def _closest_option(value: str, options: list[str]) -> str | None:
    close = difflib.get_close_matches(value.strip().lower(), options, n=1, cutoff=0.6)
    return close[0] if close else None


def _enum_hint(violation: _Violation, options: list[str]) -> Text | str:
    if not isinstance(violation.error.instance, str) or not violation.path:
        return ""
    name = violation.path[-1]
    if not isinstance(name, str):
        return ""
    if name in _ENUM_HINTS:
        return _ENUM_HINTS[name](violation.error.instance)
    meant = _closest_option(violation.error.instance, options)
    return t("did you mean '{value}'?", value=meant) if meant else ""


def _not_the_constant(violation: _Violation) -> list[Diagnostic]:
    message = t(
        "{field} must be '{value}'", field=violation.field, value=violation.error.validator_value
    )
    return [Diagnostic(violation.where, message, code="P113")]


def _wrong_type(violation: _Violation) -> list[Diagnostic]:
    instance = violation.error.instance
    wanted = tuple(str(kind) for kind in _listed(violation.error.validator_value))
    if instance is None and wanted == ("object",) and _is_list_entry(violation.path):
        return [_stray_dash(violation)]
    message = t(
        "{field} must be {wanted}, not {found}",
        field=violation.field,
        wanted=_TYPE_WORDS.get(wanted, " or ".join(wanted)),
        found=_described(instance),
    )
    hint = _TYPE_HINTS.get(wanted, "")
    return [Diagnostic(violation.where, message, hint, code="P113")]


def _is_list_entry(path: PathKey) -> bool:
    return bool(path) and isinstance(path[-1], int)


def _stray_dash(violation: _Violation) -> Diagnostic:
    """A ``-`` with nothing after it: YAML reads an empty entry where a change should be."""
    # At the line of the "-": the empty value's own column is where the "-" ends.
    where = violation.source.where(violation.path)
    where = where.at(where.line)
    if violation.path[-2:-1] == ("changes",):
        return Diagnostic(
            where,
            t("a '-' with no change after it"),
            t("remove the '-', or write the change after it"),
            code="P113",
        )
    return Diagnostic(
        where,
        t("a '-' with nothing after it"),
        t("remove the '-', or fill in the entry"),
        code="P113",
    )


def _empty(violation: _Violation) -> list[Diagnostic]:
    return [
        Diagnostic(
            violation.where, t("{field} must not be empty", field=violation.field), code="P113"
        )
    ]


def _too_few(violation: _Violation) -> list[Diagnostic]:
    count = violation.error.validator_value
    message = (
        t("{field} must not be an empty list", field=violation.field)
        if count == 1
        else t("{field} needs at least {count} entries", field=violation.field, count=count)
    )
    return [Diagnostic(violation.where, message, code="P113")]


def _other(violation: _Violation) -> list[Diagnostic]:
    """A rule of the schema that carries its own words (``x-message``), or jsonschema's."""
    custom = violation.schema.get("x-message")
    kind, words = _X_MESSAGES.get(custom, ("", None)) if isinstance(custom, str) else ("", None)
    problem: Text | str = words or custom or violation.error.message
    suggest = _SUGGESTERS.get(kind)
    meant = suggest(violation.error.instance, violation.names) if suggest else None
    hint: Text | str = t("did you mean '{value}'?", value=meant) if meant else ""
    return [Diagnostic(violation.where, _about(violation, problem), hint, code="P113")]


def _about(violation: _Violation, problem: Text | str) -> Text | str:
    """``'number' must be ...`` about a field; a rule about a whole change stands alone."""
    if violation.path and isinstance(violation.path[-1], str):
        return t("{field} {problem}", field=violation.field, problem=problem)
    return problem


_BY_VALIDATOR: dict[str, Callable[[_Violation], list[Diagnostic]]] = {
    "required": _missing,
    "additionalProperties": _unknown_fields,
    "enum": _not_listed,
    "const": _not_the_constant,
    "type": _wrong_type,
    "minLength": _empty,
    "minItems": _too_few,
}
"""Each kind of schema error and its plain words; anything else goes to :func:`_other`."""


_X_MESSAGES: dict[str, tuple[str, Text]] = {
    "must be a slug: lower-case letters, digits and single hyphens, starting with a letter": (
        "name",
        t(
            "must be a name of lower-case letters, digits and hyphens, starting with a letter "
            "(such as wonen-en-zorg)"
        ),
    ),
    (
        'must be an agreement number such as 5, "12a", "2.1.1" or "A3": parts of digits '
        "(no leading zero, an optional lower-case letter) separated by dots"
    ): (
        "number",
        t("must be an agreement number, such as 5, 12a, 2.1.1 or A3"),
    ),
    (
        'must be an agreement number (5, "12a", "2.1.1"), a section id, '
        "'<chapter-id>/goals' or 'documents'"
    ): (
        "target",
        t(
            "must be an agreement number (5, 12a, 2.1.1), the name of a section, a chapter's goals "
            "('wonen-en-zorg/goals') or 'documents'"
        ),
    ),
    (
        "give 'number' (an agreement) or 'id' with a 'title' (a section, which may have a "
        "'number' or an 'after')"
    ): (
        "",
        t("give either 'number' (an agreement) or 'id' and 'title' (a section)"),
    ),
    "must be the number or the section id of an item in the same chapter": (
        "",
        t("must be the number or the name of an agreement or section in the same chapter"),
    ),
    (
        "add needs 'number' (an agreement) or 'id' with a 'title' (a section, which may have a "
        "'number' too)"
    ): (
        "",
        t("'op: add' needs either 'number' (a new agreement) or 'id' and 'title' (a new section)"),
    ),
    (
        "replace needs either 'text' (with an optional 'title') for the whole body, "
        "or 'old' and 'new' for a fragment"
    ): (
        "",
        t(
            "'op: replace' needs either 'text' (and if you like 'title') to replace the whole "
            "text, or 'old' and 'new' to replace a part of it"
        ),
    ),
    "must be a date written as YYYY-MM-DD": ("date", t("must be a date written as YYYY-MM-DD")),
    "must be a slug: lower-case letters, digits and hyphens": (
        "name",
        t("must be a name of lower-case letters, digits and hyphens"),
    ),
    "must be a host name, without user, port or path": (
        "",
        t("must be a host name, without user, port or path"),
    ),
    "must be a user name": ("", t("must be a user name")),
    "must be a folder path of letters, digits and . _ / ~ -": (
        "",
        t("must be a folder path of letters, digits and . _ / ~ -"),
    ),
    (
        "must be the name of a CI secret (upper case, digits, _; not GITHUB_...), "
        "never the key itself"
    ): (
        "",
        t(
            "must be the name of a CI secret (capitals, digits and _; not GITHUB_...), "
            "never the key itself"
        ),
    ),
    # What an agreement says about itself (contract Part 2): type, owners, due, tags; set.
    "must be a year (2025), a quarter (2025-Q2) or a date (2025-06-30)": (
        "",
        t("must be a year (2025), a quarter (2025-Q2) or a date (2025-06-30)"),
    ),
    "must be a list of names, each named once": ("", t("must be a list of names, each named once")),
    "set needs at least one of 'title', 'type', 'owners', 'due' or 'tags'": (
        "",
        t("'op: set' needs at least one of `title`, `type`, `owners`, `due` or `tags`"),
    ),
}
"""The schemas' own sentences (``x-message``, English in the JSON for editors) in the words of
the catalogue, with the kind of suggestion that fits: a name, a date."""


def _suggest_name(value: object, names: Mapping[str, str]) -> str | None:
    """The id meant by a title or a misspelt id (``Wonen en Zorg`` -> ``wonen-en-zorg``)."""
    if not isinstance(value, str) or not value.strip():
        return None
    known = names.get(_folded(value))
    if known is not None:
        return known
    slug = "-".join(re.findall(r"[a-z0-9]+", _unaccented(value).lower()))
    return slug if re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", slug) and slug != value else None


def _suggest_date(value: object, names: Mapping[str, str]) -> str | None:
    """``07-12-2024`` (day first, as the Dutch write it) -> ``2024-12-07``."""
    if not isinstance(value, str):
        return None
    found = re.fullmatch(r"\s*([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})\s*", value)
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups())
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_SUGGESTERS: dict[str, Callable[[object, Mapping[str, str]], str | None]] = {
    "name": _suggest_name,
    "date": _suggest_date,
}


def _folded(text: str) -> str:
    """A name compared loosely: case, accents, spaces, hyphens and underscores do not count."""
    return "".join(re.findall(r"[a-z0-9]+", _unaccented(text).lower()))


def _unaccented(text: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char)
    )


def known_names(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """``(spelling, id)`` pairs (a chapter's title and its id) as :func:`conform` takes them."""
    return {_folded(spelling): name for spelling, name in pairs}


_TYPE_WORDS: dict[tuple[str, ...], Text] = {
    ("string",): t("text"),
    ("integer",): t("a whole number"),
    ("object",): t("fields written as 'name: value'"),
    ("array",): t("a list"),
    ("boolean",): t("true or false"),
    ("number", "string"): t("a number or text"),
}

_TYPE_HINTS: dict[tuple[str, ...], Text] = {
    ("integer",): t("write the number in digits, without quotes or a leading zero (2024)"),
    ("boolean",): t("write true or false, without quotes"),
}


def _described(instance: object) -> Text:
    """How the user wrote a value of the wrong type."""
    if isinstance(instance, str):
        return t("'{text}'", text=visible(instance))
    if isinstance(instance, dict):
        return t("fields")
    if isinstance(instance, list):
        return t("a list")
    return t("empty")


def _listed(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else [value]
