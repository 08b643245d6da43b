"""Characters the PDF can print: every text of the sources is held against the fonts' table.

The PDFs are set in the fonts shipped with the templates, so that they look the same and come
out byte for byte the same on every machine. A character those fonts have no glyph for would
print as an empty box (WeasyPrint's ``.notdef`` warning, which fails the build), or worse, in
whatever font the machine happens to have. So ``prestatie check`` refuses such a character where
it is written, and a PDF build refuses it before rendering: a private-use character, a
noncharacter (``\\uFFFE``), a line or paragraph separator from a YAML escape (``\\L``, ``\\P``),
a control character, an emoji, a script the fonts do not cover.

Markdown texts are also read for the characters their entity references make
(``&#xE000;``, ``&#0;`` which CommonMark turns into U+FFFD), as the renderer decodes them.

Pure: the caller passes the :class:`Charset` (``render.faces`` reads it from the fonts).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from markdown_it.common.entities import entities
from markdown_it.common.utils import isValidEntityCode

from .errors import Diagnostic, SourceLocation
from .messages import Message, Text, t
from .model import Change, Document, Jaarplan, Project

LAYOUT_CHARACTERS = frozenset("\n\r\t")
"""White space that the layout handles without a glyph: always printable."""

_NUMERIC_ENTITY = re.compile(r"&#(x[a-f0-9]{1,6}|[0-9]{1,7});", re.IGNORECASE)
_NAMED_ENTITY = re.compile(r"&([a-z][a-z0-9]{1,31});", re.IGNORECASE)

CHANGE_MARKDOWN_FIELDS = ("text", "new", "old")
"""Fields of a change that are rendered as Markdown (the others are plain text)."""

HINTS: dict[str, Text] = {
    "\u2028": t("write a line break instead (a YAML '\\L' escape makes this character)"),
    "\u2029": t("write an empty line instead (a YAML '\\P' escape makes this character)"),
    "\u0085": t("write a line break instead (a YAML '\\N' escape makes this character)"),
    "\ufffd": t(
        "the text held a character that could not be decoded, or an entity such as "
        "'&#0;' that CommonMark replaces with U+FFFD; remove it"
    ),
}
"""A hint for characters that usually come from a YAML escape or a broken entity."""


@dataclass(frozen=True, slots=True)
class Charset:
    """The characters every face of the print fonts has a glyph for, as code point ranges."""

    ranges: tuple[tuple[int, int], ...]
    """Inclusive ``(first, last)`` ranges, sorted and disjoint."""
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # One character class that matches any character outside the set: a search over a
        # whole text then runs in C, not one Python call per character.
        ranges = [*self.ranges, *((ord(c), ord(c)) for c in sorted(LAYOUT_CHARACTERS))]
        allowed = "".join(_class_range(first, last) for first, last in ranges)
        object.__setattr__(self, "_pattern", re.compile(f"[^{allowed}]"))

    def first_unprintable(self, text: str, start: int = 0) -> int:
        """The index of the first character of ``text`` the fonts cannot print, or -1."""
        found = self._pattern.search(text, start)
        return -1 if found is None else found.start()

    def __contains__(self, character: object) -> bool:
        return (
            isinstance(character, str)
            and len(character) == 1
            and (self.first_unprintable(character) < 0)
        )


def _control(character: str) -> bool:
    """Fonts map U+0000 and CR to a glyph; as text, control characters are never printed."""
    return unicodedata.category(character) == "Cc"


def _class_range(first: int, last: int) -> str:
    if first == last:
        return re.escape(chr(first))
    return f"{re.escape(chr(first))}-{re.escape(chr(last))}"


def charset_from_code_points(code_points: Iterable[int]) -> Charset:
    """A :class:`Charset` of these code points, without the control characters (but white
    space), collapsed into ranges."""
    usable = sorted({c for c in code_points if not _control(chr(c))})
    ranges: list[tuple[int, int]] = []
    for code in usable:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return Charset(tuple(ranges))


# --- where a text is written -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WrittenText:
    """A text of the sources and where it starts; ``markdown`` when it is rendered as such."""

    text: str
    location: SourceLocation
    markdown: bool = False


def written_texts(project: Project) -> Iterator[WrittenText]:
    """Every text of the sources that an output may print, where it is written."""
    yield from _document_texts(project.document)
    for jaarplan in project.jaarplannen:
        yield from _jaarplan_texts(jaarplan)


def _document_texts(document: Document) -> Iterator[WrittenText]:
    yield WrittenText(document.title, document.location)
    yield WrittenText(document.place, document.location)
    for party in document.parties:
        for text in (party.id, party.name, party.representative, party.role):
            yield WrittenText(text, party.location)
        for text in (party.designation, party.mandate, party.office):
            yield WrittenText(text, party.location)
    for chapter in document.chapters:
        for text in (chapter.id, chapter.title, chapter.goals_title):
            yield WrittenText(text, chapter.location)
        yield from (WrittenText(item.text, item.location, True) for item in chapter.goals)
        for article in chapter.articles:
            for text in (article.number or "", article.id or "", article.title):
                yield WrittenText(text, article.location)
            yield from (WrittenText(b.text, b.location, True) for b in article.blocks)
    yield from (WrittenText(item.text, item.location, True) for item in document.documents)


def _jaarplan_texts(jaarplan: Jaarplan) -> Iterator[WrittenText]:
    yield WrittenText(jaarplan.title, jaarplan.location)
    introduction_at = jaarplan.introduction_location or jaarplan.location
    yield WrittenText(jaarplan.introduction, introduction_at, True)
    if jaarplan.adopted is not None:
        yield WrittenText(jaarplan.adopted.place, jaarplan.adopted.location)
    for signatory in jaarplan.signatories:
        for text in (signatory.party, signatory.name, signatory.role):
            yield WrittenText(text, signatory.location)
    for change in jaarplan.changes:
        yield from _change_texts(change)


def _change_texts(change: Change) -> Iterator[WrittenText]:
    yield WrittenText(change.label, change.where("label"))
    yield WrittenText(change.reason, change.where("reason"))
    for name in ("target", "chapter", "number", "id", "title", "after", *CHANGE_MARKDOWN_FIELDS):
        value = getattr(change, name)
        if value:
            yield WrittenText(value, change.where_text(name), name in CHANGE_MARKDOWN_FIELDS)


# --- the check -------------------------------------------------------------------------------


def unprintable_characters(project: Project, charset: Charset) -> Iterator[Diagnostic]:
    """An error for each character the print fonts cannot print, at the line where it is
    written: each different character once per text."""
    for written in written_texts(project):
        yield from _problems(written, charset)


def _problems(written: WrittenText, charset: Charset) -> Iterator[Diagnostic]:
    text = written.text
    seen: set[str] = set()
    index = charset.first_unprintable(text)
    while index >= 0:
        if text[index] not in seen:
            seen.add(text[index])
            yield _refusal(written, index, text[index], "")
        index = charset.first_unprintable(text, index + 1)
    if not written.markdown or "&" not in text:
        return
    for at, produced, entity in _entities(text):
        for character in produced:
            if character not in charset and character not in seen:
                seen.add(character)
                yield _refusal(written, at, character, entity)


def _entities(text: str) -> Iterator[tuple[int, str, str]]:
    """(index, characters made, the entity) for each entity reference, as CommonMark reads
    them: a numeric one that names no valid character makes U+FFFD."""
    for match in _NUMERIC_ENTITY.finditer(text):
        digits = match.group(1)
        code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
        produced = chr(code) if isValidEntityCode(code) else "\ufffd"
        yield match.start(), produced, match.group(0)
    for match in _NAMED_ENTITY.finditer(text):
        if match.group(1) in entities:
            yield match.start(), entities[match.group(1)], match.group(0)


def _refusal(written: WrittenText, index: int, character: str, entity: str) -> Diagnostic:
    # The line, not the column: inside an indented YAML block or a quoted string with escapes
    # the column of the value is not the column in the file.
    location = written.location
    if location.line:
        location = location.at(location.line + written.text.count("\n", 0, index))
    if entity:
        message = t(
            "the entity {entity} makes {character}, which the PDF's fonts cannot print",
            entity=entity,
            character=describe(character),
        )
    else:
        message = t(
            "the text holds {character}, which the PDF's fonts cannot print",
            character=describe(character),
        )
    return Diagnostic(location, message, HINTS.get(character, UNPRINTABLE_HINT), code="P140")


UNPRINTABLE_HINT = t(
    "remove it or write it another way; the PDF uses only the fonts shipped with the "
    "templates, so that it looks the same on every machine"
)


def describe(character: str) -> Message:
    """``U+2028 LINE SEPARATOR``, ``U+E000 (a private-use character)``: a character in a
    message."""
    code = f"U+{ord(character):04X}"
    name = unicodedata.name(character, "")
    if name:
        return f"{code} {name}"
    value = ord(character)
    if 0xFDD0 <= value <= 0xFDEF or value & 0xFFFE == 0xFFFE:
        return t("{code} (a noncharacter)", code=code)
    kind = UNNAMED.get(unicodedata.category(character), t("an unassigned character"))
    return t("{code} ({kind})", code=code, kind=kind)


UNNAMED = {
    "Cc": t("a control character"),
    "Co": t("a private-use character"),
    "Cs": t("half of a surrogate pair"),
}
"""How a message calls a character without a name, by its Unicode category."""
