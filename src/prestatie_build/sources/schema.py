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

import json
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
from jsonschema.exceptions import ValidationError

from ..core.controls import visible
from ..core.errors import Diagnostic
from ..core.suggest import op_hint
from .yamlsource import PathKey, YamlDocument

SCHEMA_NAMES = (
    "document.schema.json",
    "agreement.schema.json",
    "jaarplan.schema.json",
    "changes.schema.json",
    "change.schema.json",
)


def load_schema(name: str) -> dict[str, Any]:
    text = resources.files("prestatie_build").joinpath("schemas", name).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
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


def conform(source: YamlDocument, schema_name: str) -> tuple[YamlDocument, list[Diagnostic]]:
    """``source`` with numbers and true/false read where the schema wants them, and every
    violation that remains."""
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
    return replace(source, data=data), _diagnostics(errors, source)


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


def _diagnostics(errors: list[ValidationError], source: YamlDocument) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    for error in errors:
        if error.validator == "additionalProperties":
            diagnostics.extend(_unknown_fields(error, source))
        else:
            diagnostics.append(_diagnostic(error, source))
    return sorted(set(diagnostics), key=lambda d: (d.location, d.message))


def _unknown_fields(error: ValidationError, source: YamlDocument) -> list[Diagnostic]:
    """One diagnostic per unknown field, at the line of that field."""
    path = tuple(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    allowed = sorted(schema.get("properties", {}))
    instance = error.instance if isinstance(error.instance, dict) else {}
    return [
        Diagnostic(
            source.where((*path, extra)),
            f"unknown field '{extra}'",
            hint="valid fields here: " + ", ".join(allowed),
            code="P112",
        )
        for extra in sorted(set(instance) - set(allowed))
    ]


def _diagnostic(error: ValidationError, source: YamlDocument) -> Diagnostic:
    path = tuple(error.absolute_path)
    field = f"'{path[-1]}'" if path and isinstance(path[-1], str) else "value"
    schema = error.schema if isinstance(error.schema, dict) else {}
    custom = schema.get("x-message")
    where = source.where_value(path)
    match error.validator:
        case "required":
            missing = _quoted_missing(error)
            return Diagnostic(source.where(path), f"missing required field {missing}", code="P111")
        case "enum":
            options = ", ".join(str(v) for v in _listed(error.validator_value))
            return Diagnostic(
                where,
                f"{field} is {error.instance!r}; it must be one of: {options}",
                hint=op_hint(error.instance) if path[-1:] == ("op",) else "",
                code="P113",
            )
        case "const":
            return Diagnostic(where, f"{field} must be {error.validator_value!r}", code="P113")
        case "type":
            wanted = error.validator_value
            wanted_text = " or ".join(wanted) if isinstance(wanted, list) else str(wanted)
            return Diagnostic(
                where,
                f"{field} must be {_article(wanted_text)}, not {_described(error.instance)}",
                hint=_TYPE_HINTS.get(wanted_text, ""),
                code="P113",
            )
        case "minLength":
            return Diagnostic(where, f"{field} must not be empty", code="P113")
        case "minItems":
            return Diagnostic(
                where, f"{field} needs at least {error.validator_value} entry", code="P113"
            )
    message = custom or error.message
    return Diagnostic(where, f"{field}: {message}" if custom else message, code="P113")


_TYPE_HINTS = {
    "integer": "write the number in digits, without quotes or a leading zero (2024)",
    "boolean": "write true or false, without quotes",
}


def _described(instance: object) -> str:
    """How the user wrote a value of the wrong type."""
    if isinstance(instance, str):
        return f"'{visible(instance)}'"
    kinds = {dict: "a mapping", list: "a list", type(None): "empty"}
    return kinds.get(type(instance), type(instance).__name__)


def _listed(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _quoted_missing(error: ValidationError) -> str:
    # jsonschema words it "'x' is a required property"; keep only the name.
    return error.message.split(" is a required property")[0]


def _article(type_name: str) -> str:
    words = {
        "string": "text",
        "integer": "a whole number",
        "object": "a mapping",
        "array": "a list",
        "boolean": "true or false",
    }
    return " or ".join(words.get(part, part) for part in type_name.split(" or "))
