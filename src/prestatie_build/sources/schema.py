"""JSON Schema validation of the YAML sources, with messages a policy officer can act on.

The schemas in ``schemas/`` are the machine-readable half of the source-format
contract; editors use them too (``# yaml-language-server: $schema=...``). A
schema may carry ``x-message``: the sentence to show when a value breaks it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
from jsonschema.exceptions import ValidationError

from ..core.errors import Diagnostic
from .yamlsource import YamlDocument

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


def validate(source: YamlDocument, schema_name: str) -> list[Diagnostic]:
    """Every schema violation of ``source``, located and worded for the user."""
    diagnostics: list[Diagnostic] = []
    for error in _validator(schema_name).iter_errors(source.data):
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
                where, f"{field} is {error.instance!r}; it must be one of: {options}", code="P113"
            )
        case "const":
            return Diagnostic(where, f"{field} must be {error.validator_value!r}", code="P113")
        case "type":
            wanted = error.validator_value
            wanted_text = " or ".join(wanted) if isinstance(wanted, list) else str(wanted)
            actual = type(error.instance).__name__
            return Diagnostic(
                where, f"{field} must be {_article(wanted_text)}, not {actual}", code="P113"
            )
        case "minLength":
            return Diagnostic(where, f"{field} must not be empty", code="P113")
        case "minItems":
            return Diagnostic(
                where, f"{field} needs at least {error.validator_value} entry", code="P113"
            )
    message = custom or error.message
    return Diagnostic(where, f"{field}: {message}" if custom else message, code="P113")


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
