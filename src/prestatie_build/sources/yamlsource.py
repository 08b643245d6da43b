"""Strict YAML reading with a source location for every value.

The sources are edited by hand and reviewed in pull requests, so YAML's sharper
features are refused outright: anchors and aliases (which also stops alias
bombs before any expansion), custom tags and duplicate keys. Values come back as
plain Python data (for JSON Schema validation) together with a map from each
value's path to the place where it was written.

Every scalar is read as written (contract Part 2): YAML 1.1's implicit types never
apply, so ``017`` is the text "017" (not 15), ``0x10``, ``1_8``, ``2.10``, ``yes`` and
``2023-12-07`` stay the characters the user typed, and only an empty value, ``~`` or
``null`` is "nothing". Where a schema wants a whole number or true/false, the schema
reads a plain scalar written exactly so (see :func:`..schema.conform`); nothing else is
ever converted. Line ends inside strings are normalised and control characters refused,
as in the file itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    NodeEvent,
)

from ..core.controls import describe_character, normalise_line_ends, refused_characters
from ..core.errors import Diagnostic, SourceError, SourceLocation
from ..core.messages import t
from .yamlerrors import plain_yaml_error

PathKey = tuple[str | int, ...]
"""The path of a value inside a YAML document: mapping keys and list indexes."""

MAX_SOURCE_BYTES = 5 * 1024 * 1024
"""Larger source files are refused: a Jaarplan or agreement is a few kilobytes."""

MAX_DEPTH = 32
"""Deeper nesting than any real source needs; refused before it is built."""

_STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
_STRING_TAG = _STANDARD_TAG_PREFIX + "str"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
"""How a plain scalar says "nothing"; every other scalar is text."""

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser where PyYAML was built with it: the same events and marks, much faster."""


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """A parsed YAML file: its data and where each value stands."""

    data: Any
    locations: dict[PathKey, SourceLocation]
    """Start of each value (keyed by path); for a mapping entry, the key's position."""
    file: SourceLocation
    value_locations: dict[PathKey, SourceLocation]
    """Where each value's content starts; for a ``|`` block, its first content line."""
    plain: frozenset[PathKey] = frozenset()
    """The paths of plain (unquoted) scalars: the only ones a schema may read as a number or
    as true/false, and only when written exactly so."""

    def where(self, path: PathKey) -> SourceLocation:
        """The location of the value at ``path``, or of its nearest written parent."""
        while path not in self.locations and path:
            path = path[:-1]
        return self.locations.get(path, self.file.at(1))

    def where_value(self, path: PathKey) -> SourceLocation:
        """Where the value at ``path`` itself is written (not its key)."""
        return self.value_locations.get(path) or self.where(path)


def too_large(file: SourceLocation, size: int) -> Diagnostic:
    # The size in whole megabytes, rounded up: no thousands separator to put in Dutch.
    megabytes = -(-size // (1024 * 1024))
    return Diagnostic(
        file.at(1),
        t(
            "the file is {size} MB; a source file may be at most {limit} MB",
            size=megabytes,
            limit=MAX_SOURCE_BYTES // (1024 * 1024),
        ),
        hint=t("a Jaarplan or an agreement is a few kilobytes: is this the right file?"),
        code="P002",
    )


def decode_source(raw: bytes, file: SourceLocation) -> str:
    """UTF-8 text with a BOM dropped and line endings normalised to ``\\n``.

    Raises :class:`SourceError` for bytes that are not UTF-8 and for control characters (every
    line that holds one).
    """
    if len(raw) > MAX_SOURCE_BYTES:
        raise SourceError([too_large(file, len(raw))])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise SourceError(
            [
                Diagnostic(
                    file.at(line, col),
                    t("not valid UTF-8 (byte 0x{byte})", byte=f"{raw[exc.start]:02x}"),
                    hint=t("save the file as UTF-8"),
                    code="P001",
                )
            ]
        ) from None
    text = normalise_line_ends(text.removeprefix("\ufeff"))
    problems = _control_characters(text, file)
    if problems:
        raise SourceError(problems)
    return text


def _control_characters(text: str, file: SourceLocation) -> list[Diagnostic]:
    """One diagnostic for each line that holds a control character, at its first one."""
    problems: dict[int, Diagnostic] = {}
    line, counted = 1, 0  # lines counted up to `counted`: one pass, however many there are
    for index in refused_characters(text):
        line += text.count("\n", counted, index)
        counted = index
        if line not in problems:
            col = index - (text.rfind("\n", 0, index) + 1) + 1
            problems[line] = control_character(file.at(line, col), text[index])
    return list(problems.values())


def control_character(where: SourceLocation, char: str) -> Diagnostic:
    return Diagnostic(
        where,
        t("the control character {character} is not allowed", character=describe_character(char)),
        hint=t("remove it: sources hold printable text, tabs and line ends only"),
        code="P007",
    )


def parse_yaml(text: str, file: SourceLocation, *, first_line: int = 1) -> YamlDocument:
    """Parse one YAML document; ``first_line`` is where ``text`` starts in the file.

    Raises :class:`SourceError` for syntax errors and the refused features.
    """
    offset = first_line - 1
    try:
        _refuse_unsafe_events(text, file, offset)
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" in (exc.problem or ""):
            # libyaml's own limit (1000) can trip before our event check reaches MAX_DEPTH.
            mark = exc.problem_mark
            where = (
                file.at(mark.line + 1 + offset, mark.column + 1) if mark else file.at(first_line)
            )
            raise SourceError([_too_deep(where)]) from None
        raise SourceError([plain_yaml_error(exc, text, file, offset)]) from None
    except yaml.reader.ReaderError as exc:
        raise SourceError([_reader_error(exc, text, file, offset)]) from None
    except yaml.YAMLError as exc:
        raise SourceError(
            [
                Diagnostic(
                    file.at(first_line), t("invalid YAML: {problem}", problem=str(exc)), code="P101"
                )
            ]
        ) from None
    builder = _Builder(file, offset)
    data = None if node is None else builder.build(node, ())
    if builder.diagnostics:
        raise SourceError(builder.diagnostics)
    return YamlDocument(
        data, builder.locations, file, builder.value_locations, frozenset(builder.plain)
    )


def _too_deep(where: SourceLocation) -> Diagnostic:
    return Diagnostic(
        where, t("nesting deeper than {depth} levels is not allowed", depth=MAX_DEPTH), code="P105"
    )


def _reader_error(
    exc: yaml.reader.ReaderError, text: str, file: SourceLocation, offset: int
) -> Diagnostic:
    """A character YAML does not accept (a control character), at its line and column.

    Found anew in the text: libyaml counts its position in bytes, PyYAML in characters.
    """
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    position = found.start() if found else 0
    before = text[:position]
    line = before.count("\n") + 1 + offset
    col = position - (before.rfind("\n") + 1) + 1
    char = ord(found.group()) if found else ord(str(exc.character)[:1] or " ")
    return Diagnostic(
        file.at(line, col),
        t("the character U+{code} is not allowed", code=f"{char:04X}"),
        hint=t("remove the control character; source files hold plain text"),
        code="P101",
    )


def _refuse_unsafe_events(text: str, file: SourceLocation, offset: int) -> None:
    """Stop at the first anchor, alias, custom tag or over-deep nesting."""
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        mark = event.start_mark
        where = file.at(mark.line + 1 + offset, mark.column + 1) if mark else file.at(1)
        if isinstance(event, AliasEvent) or (
            isinstance(event, NodeEvent) and event.anchor is not None
        ):
            raise SourceError(
                [
                    Diagnostic(
                        where,
                        t("YAML anchors and aliases are not allowed in sources"),
                        hint=t(
                            "a value that starts with '&' or '*' is one: put such a text in "
                            "quotes, and write a repeated text out in full"
                        ),
                        code="P102",
                    )
                ]
            )
        tag = getattr(event, "tag", None)
        # A lone "!" only forces a plain string; every other non-standard tag is custom.
        custom = tag and not tag.startswith(_STANDARD_TAG_PREFIX) and tag != "!"
        if isinstance(event, NodeEvent) and custom:
            raise SourceError(
                [
                    Diagnostic(
                        where,
                        t("YAML tags are not allowed ({tag})", tag=tag),
                        hint=t("a value that starts with '!' is one: put such a text in quotes"),
                        code="P103",
                    )
                ]
            )
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise SourceError([_too_deep(where)])
        elif isinstance(event, CollectionEndEvent):
            depth -= 1


class _Builder:
    """Turns a composed node tree into plain data, recording each value's location."""

    def __init__(self, file: SourceLocation, offset: int) -> None:
        self.file = file
        self.offset = offset
        self.locations: dict[PathKey, SourceLocation] = {}
        self.value_locations: dict[PathKey, SourceLocation] = {}
        self.diagnostics: list[Diagnostic] = []
        self.plain: set[PathKey] = set()

    def _where(self, node: yaml.Node) -> SourceLocation:
        mark = node.start_mark
        return self.file.at(mark.line + 1 + self.offset, mark.column + 1)

    def _content_start(self, node: yaml.Node) -> SourceLocation:
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            # A block scalar's text starts on the line after its indicator.
            indent = len(node.value) - len(node.value.lstrip(" "))
            return self.file.at(node.start_mark.line + 2 + self.offset, indent + 1)
        return self._where(node)

    def build(self, node: yaml.Node, path: PathKey) -> Any:
        self.locations.setdefault(path, self._where(node))
        self.value_locations[path] = self._content_start(node)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, (*path, i)) for i, child in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)  # the third and last kind of node
        return self._scalar(node, path)

    def _scalar(self, node: yaml.ScalarNode, path: PathKey) -> str | None:
        """The scalar as written: None for a plain empty value, ``~`` or ``null``, else its text.

        A tag changes nothing (``!!int 0x10`` is the text "0x10"), except that ``!`` and ``!!str``
        make ``null`` a word.
        """
        plain = not node.style  # PyYAML says None, libyaml ""
        if plain and node.tag != _STRING_TAG and node.value in _NULLS:
            return None
        if plain:
            self.plain.add(path)
        return self._text(node)

    def _text(self, node: yaml.ScalarNode) -> str:
        """A scalar's characters, with the line ends and control characters its escapes made.

        A double-quoted ``"\\r"`` is a line end like any other; ``"\\e"`` or ``"\\0"`` is refused
        as a raw control character would be.
        """
        text = normalise_line_ends(str(node.value))
        found = next(refused_characters(text), None)
        if found is not None:
            self.diagnostics.append(control_character(self._where(node), text[found]))
        return text

    def _mapping(self, node: yaml.MappingNode, path: PathKey) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.diagnostics.append(
                    Diagnostic(
                        self._where(key_node),
                        t("a field name must be plain text"),
                        hint=t("write the field as 'name: value'"),
                        code="P106",
                    )
                )
                continue
            # A key is a field name: taken as written, never constructed (no dates, no tags).
            key = self._text(key_node)
            if key == "<<":
                self.diagnostics.append(
                    Diagnostic(
                        self._where(key_node),
                        t("YAML merge keys (<<) are not allowed"),
                        hint=t("write the fields out in full"),
                        code="P102",
                    )
                )
                continue
            if key in result:
                self.diagnostics.append(
                    Diagnostic(
                        self._where(key_node),
                        t("duplicate key '{key}'", key=key),
                        hint=t(
                            "'{key}:' was given at line {line} already: keep one of the two",
                            key=key,
                            line=self.locations[(*path, key)].line,
                        ),
                        code="P104",
                    )
                )
                continue
            self.locations[(*path, key)] = self._where(key_node)
            result[key] = self.build(value_node, (*path, key))
            self.locations[(*path, key)] = self._where(key_node)
        return result
