"""An imported Jaarplan as ``jaarplan.yaml``, written the way a person writes one by hand.

A small emitter of our own rather than a YAML library's dumper: the output is stable (field
order as the contract lists them, a comment per chapter), readable (``|`` blocks for text of
more than one line, plain scalars where they are safe) and round-trips through the loader,
which reads every value as written (source-format Part 2).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from .jaarplan_import import ImportedChange, ImportedJaarplan

__all__ = ["jaarplan_yaml", "scalar"]

CHANGE_FIELDS = ("op", "target", "chapter", "number", "title", "label", "reason", "text")
"""The order of a change's fields in the file."""

_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*$")
_UNSAFE_INSIDE = re.compile(r":(\s|$)|\s#|\s$")
_LOOKS_TYPED = re.compile(r"^(~|null|true|false|yes|no|on|off)$", re.IGNORECASE)


def jaarplan_yaml(jaarplan: ImportedJaarplan, schema: str) -> str:
    """The text of ``jaarplan.yaml``; ``schema`` is the path of the schema for editors."""
    return "\n".join(_lines(jaarplan, schema)) + "\n"


def _lines(jaarplan: ImportedJaarplan, schema: str) -> Iterator[str]:
    yield f"# yaml-language-server: $schema={schema}"
    yield f"year: {jaarplan.year}"
    yield f"title: {scalar(jaarplan.title)}"
    if jaarplan.adopted_date is not None:
        yield "status: adopted"
        yield "adopted:"
        yield f"  date: {jaarplan.adopted_date.isoformat()}"
        yield f"  place: {scalar(jaarplan.adopted_place)}"
    else:
        yield "status: draft"
    if jaarplan.signatories:
        yield "signatories:"
        for signatory in jaarplan.signatories:
            yield f"  - party: {scalar(signatory.party)}"
            yield f"    name: {scalar(signatory.name)}"
            if signatory.role:
                yield f"    role: {scalar(signatory.role)}"
    if jaarplan.introduction:
        yield from _field("introduction", jaarplan.introduction, "")
    if not jaarplan.changes:
        yield "changes: []"
        return
    yield "changes:"
    chapter = None
    for change in jaarplan.changes:
        if change.chapter_title != chapter:
            chapter = change.chapter_title
            yield f"  # {chapter}" if chapter else ""
        yield from _change(change)
        yield ""


def _change(change: ImportedChange) -> Iterator[str]:
    first = True
    for name in CHANGE_FIELDS:
        value = getattr(change, name)
        if value is None or value == "":
            continue
        lines = list(_field(name, str(value), "    "))
        if first:
            lines[0] = "  - " + lines[0][4:]
            first = False
        yield from lines


def _field(name: str, value: str, indent: str) -> Iterator[str]:
    if "\n" in value:
        yield f"{indent}{name}: |"
        for line in value.split("\n"):
            yield f"{indent}  {line}" if line else ""
        return
    yield f"{indent}{name}: {scalar(value)}"


def scalar(value: str) -> str:
    """One line of text as a YAML scalar: plain when that reads back as the same text,
    else double-quoted (JSON's form is valid YAML)."""
    if _PLAIN.match(value) and not _UNSAFE_INSIDE.search(value) and not _LOOKS_TYPED.match(value):
        return value
    return json.dumps(value, ensure_ascii=False)
