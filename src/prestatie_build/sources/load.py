"""Load a project: files -> frozen model, every node with its source location.

This is the I/O edge of the core. It reads ``agreements/`` and ``amendments/``,
validates each file against its JSON Schema, checks what can be checked without
applying changes (unique numbers and ids, years, parties), and collects every
problem before failing with one :class:`SourceError`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar

from ..core.about import AboutValues, check_about
from ..core.blocks import split_blocks
from ..core.controls import describe_character, refused_characters, visible
from ..core.errors import Diagnostic, SourceError, SourceLocation, display_path
from ..core.messages import Message, Text, t
from ..core.model import (
    RESERVED_ID_HINT,
    Adoption,
    AgreementType,
    Article,
    Change,
    Chapter,
    Document,
    Image,
    Item,
    Jaarplan,
    Op,
    Party,
    Period,
    Project,
    Signatory,
    is_reserved_section_id,
    number_sort_key,
)
from .files import read_bounded, source_entries, unreadable
from .media import check_media
from .names import is_editor_dropping
from .schema import conform, known_names
from .yamlsource import MAX_SOURCE_BYTES, YamlDocument, decode_source, parse_yaml

DEFAULT_LABELS: dict[Op, str] = {
    "add": "Nieuwe afspraak {year}",
    "append": "Aanvulling {year}",
    "replace": "Wijziging {year}",
    "delete": "Verwijderd {year}",
    "set": "Wijziging {year}",
}
"""The contract's default label of each op."""

Status = Literal["draft", "adopted"]

STATUS_WORDS: dict[str, Status] = {"concept": "draft", "vastgesteld": "adopted"}
"""The contract's Dutch words for a Jaarplan's status, read as the English ones."""

CHANGE_FIELDS = (
    "target",
    "chapter",
    "number",
    "id",
    "title",
    "text",
    "after",
    "old",
    "new",
    "type",
    "due",
)
LIST_FIELDS = ("owners", "tags")
"""Fields of a change that hold a list of words (``add`` and ``set``)."""

_YEAR_FOLDER = re.compile(r"[0-9]{4}")
"""A year folder's name, matched in full: ``2025\\n`` is not a year."""
_T = TypeVar("_T")


@dataclass
class _Collector:
    """Gathers diagnostics so that one run reports every problem."""

    root: Path
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    read: dict[str, bytes] = field(default_factory=dict)
    """Each file's bytes as read, by its path inside the project."""

    def location(self, path: Path) -> SourceLocation:
        return SourceLocation(display_path(path, self.root))

    def error(
        self, code: str, location: SourceLocation, message: Message, hint: Message = ""
    ) -> None:
        self.diagnostics.append(Diagnostic(location, message, hint, code=code))

    def attempt(self, action: Callable[[], _T]) -> _T | None:
        """Run ``action``; a SourceError it raises is recorded, and None returned."""
        try:
            return action()
        except SourceError as exc:
            self.diagnostics.extend(exc.diagnostics)
            return None

    def read_text(self, path: Path) -> str:
        """A source file's text; refuses files that resolve outside the project."""
        location = self.location(path)
        _refuse_control_characters_in_name(location)
        try:
            resolved = path.resolve()
        except RuntimeError:  # pathlib's word for a symlink loop
            raise unreadable(location, t("a symbolic link that leads back to itself")) from None
        if not resolved.is_relative_to(self.root.resolve()):
            raise SourceError(
                [
                    Diagnostic(
                        location.at(1),
                        t("source file points outside the project"),
                        hint=t("copy the file into the project instead of linking to it"),
                        code="P003",
                    )
                ]
            )
        raw = read_bounded(resolved, location)
        self.files.append(location.path)
        self.read[location.path] = raw
        return decode_source(raw, location)

    def read_yaml(
        self, path: Path, schema: str, names: dict[str, str] | None = None
    ) -> YamlDocument | None:
        def parse() -> YamlDocument:
            location = self.location(path)
            return parse_yaml(self.read_text(path), location)

        source = self.attempt(parse)
        if source is None:
            return None
        typed, problems = conform(source, schema, names)
        self.diagnostics.extend(problems)
        return None if problems else typed


def _refuse_control_characters_in_name(location: SourceLocation) -> None:
    """A file name with a control character would reach terminals and pages through messages."""
    found = next(refused_characters(location.path), None)
    if found is not None:
        char = describe_character(location.path[found])
        raise SourceError(
            [
                Diagnostic(
                    location.at(1),
                    t("the file name holds the control character {character}", character=char),
                    hint=t("rename the file"),
                    code="P007",
                )
            ]
        )


def load_project(root: Path, *, up_to_year: int | None = None) -> Project:
    """Load ``agreements/`` and the Jaarplannen up to ``up_to_year`` (all when None).

    Raises SourceError with every problem found.
    """
    collector = _Collector(root)
    document = _load_document(collector)
    jaarplannen: list[Jaarplan] = []
    images: tuple[Image, ...] = ()
    if document is not None:
        jaarplannen = _load_amendments(collector, document, up_to_year)
        images, problems = check_media(root, document, jaarplannen)
        collector.diagnostics.extend(problems)
    if collector.diagnostics or document is None:
        raise SourceError(_ordered(collector.diagnostics))
    return Project(
        root=str(root),
        document=document,
        jaarplannen=tuple(jaarplannen),
        source_files=tuple(collector.files),
        source_bytes=tuple((name, collector.read[name]) for name in collector.files),
        images=images,
    )


def _ordered(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    unique = dict.fromkeys(diagnostics)
    return sorted(unique, key=lambda d: d.location)


# --- agreements/ -------------------------------------------------------------


def _load_document(collector: _Collector) -> Document | None:
    folder = collector.root / "agreements"
    path = folder / "document.yaml"
    if not path.is_file():
        collector.error(
            "P004",
            collector.location(path),
            t("missing agreements/document.yaml"),
            t("every project has it: the title, period, parties and chapters"),
        )
        return None
    source = collector.read_yaml(path, "document.schema.json")
    if source is None:
        return None
    document = _document_from(source, collector)
    chapters = tuple(
        replace(
            chapter,
            articles=_load_chapter_articles(collector, folder / chapter.folder, chapter, document),
        )
        for chapter in document.chapters
    )
    _check_folders(collector, folder, document, "")
    document = replace(document, chapters=chapters)
    _check_unique_articles(collector, document.articles())
    return document


def _document_from(source: YamlDocument, collector: _Collector) -> Document:
    data = source.data
    period = Period(data["period"]["start"], data["period"]["end"])
    if period.start > period.end:
        collector.error(
            "P138",
            source.where_value(("period", "end")),
            t(
                "the period ends ({end}) before it starts ({start})",
                end=period.end,
                start=period.start,
            ),
        )
    parties = tuple(
        Party(
            id=p["id"],
            name=p["name"],
            location=source.where(("parties", i)),
            representative=p.get("representative", ""),
            role=p.get("role", ""),
            designation=p.get("designation", ""),
            mandate=p.get("mandate", ""),
            office=p.get("office", ""),
        )
        for i, p in enumerate(data["parties"])
    )
    _check_unique(
        collector,
        ((p.id, source.where_value(("parties", i, "id"))) for i, p in enumerate(parties)),
        lambda key: t("duplicate party id '{key}'", key=key),
    )
    listed = list(_chapters_from(source, collector, data["chapters"], ("chapters",), None))
    chapters = tuple(chapter for chapter, _ in listed)
    _check_unique(
        collector,
        ((chapter.id, id_location) for chapter, id_location in listed),
        lambda key: t("duplicate chapter id '{key}'", key=key),
    )
    documents = tuple(
        Item(text, source.where(("documents", i)))
        for i, text in enumerate(data.get("documents", []))
    )
    types = tuple(
        AgreementType(key, name, source.where(("types", key)))
        for key, name in data.get("types", {}).items()
    )
    return Document(
        title=data["title"],
        period=period,
        parties=parties,
        chapters=chapters,
        location=source.file.at(1),
        place=data.get("place", ""),
        documents=documents,
        types=types,
        agreement_heading=_agreement_heading(source, collector),
    )


MAX_CHAPTER_LEVELS = 3
"""Chapters nest to three levels in all (contract Part 2, "Chapters in levels")."""


def _chapters_from(
    source: YamlDocument,
    collector: _Collector,
    listed: list[dict[str, Any]],
    path: tuple[str | int, ...],
    parent: Chapter | None,
) -> Iterator[tuple[Chapter, SourceLocation]]:
    """The chapters of one ``chapters:`` list, each followed by its own sub-chapters, with
    where each one's id is written."""
    level = 1 if parent is None else parent.level + 1
    for i, c in enumerate(listed):
        here = (*path, i)
        chapter = Chapter(
            id=c["id"],
            title=c["title"],
            location=source.where(here),
            goals_title=c.get("goals_title", ""),
            goals=tuple(
                Item(text, source.where((*here, "goals", j)))
                for j, text in enumerate(c.get("goals", []))
            ),
            number=c.get("number", ""),
            parent="" if parent is None else parent.id,
            level=level,
            folder=c["id"] if parent is None else f"{parent.folder}/{c['id']}",
        )
        yield chapter, source.where_value((*here, "id"))
        children = c.get("chapters", [])
        if children and level == MAX_CHAPTER_LEVELS:
            collector.error(
                "P160",
                source.where((*here, "chapters")),
                t(
                    "chapter '{id}' is at the third level: it cannot hold chapters of its own",
                    id=chapter.id,
                ),
                hint=t("chapters go three levels deep at most; put these in a chapter above"),
            )
            continue
        yield from _chapters_from(source, collector, children, (*here, "chapters"), chapter)


HEADING_FIELDS = ("number", "title", "type")
"""What ``agreement_heading`` may name; ``{number}`` is required."""


def _agreement_heading(source: YamlDocument, collector: _Collector) -> str:
    """``agreement_heading`` as written, when every ``{...}`` in it is one of ours."""
    heading: str = source.data.get("agreement_heading", "")
    if not heading:
        return ""
    named = re.findall(r"\{([^{}]*)\}", heading)
    unknown = [name for name in named if name not in HEADING_FIELDS]
    if unknown or "number" not in named:
        collector.error(
            "P164",
            source.where_value(("agreement_heading",)),
            t(
                "agreement_heading must name {number} and nothing but {fields}",
                number="{number}",
                fields=", ".join(f"{{{name}}}" for name in HEADING_FIELDS),
            ),
            hint=t(
                'for example "Afspraak {number}" or "{number} {title}"',
                number="{number}",
                title="{title}",
            ),
        )
        return ""
    return heading


def _check_unique(
    collector: _Collector,
    keyed: Iterable[tuple[str, SourceLocation]],
    duplicate: Callable[[str], Text],
) -> None:
    seen: dict[str, SourceLocation] = {}
    for key, location in keyed:
        if key in seen:
            collector.error(
                "P131", location, duplicate(key), hint=t("first used at {where}", where=seen[key])
            )
        else:
            seen[key] = location


def _check_folders(collector: _Collector, root: Path, document: Document, parent: str) -> None:
    """Every folder under ``agreements/`` is a chapter's: its parent's folder plus its id."""
    inside = document.sub_chapters(parent)
    folder = root / next((c.folder for c in document.chapters if c.id == parent), "")
    by_name = {chapter.id: chapter for chapter in inside}
    for entry in source_entries(folder):
        if not entry.is_dir() or (parent and entry.suffix == ".md"):
            continue  # in a chapter, a folder named *.md is refused as an agreement file
        chapter = by_name.get(entry.name)
        if chapter is not None:
            _check_folders(collector, root, document, chapter.id)
            continue
        collector.error(
            "P132",
            collector.location(entry).at(1),
            t("folder '{name}' is not a chapter of document.yaml", name=visible(entry.name)),
            hint=_folder_hint(folder, inside, parent),
        )


def _folder_hint(folder: Path, inside: tuple[Chapter, ...], parent: str) -> Text:
    ids = ", ".join(sorted(c.id for c in inside))
    if not parent:
        return t("chapters: {chapters}", chapters=ids)
    if not inside:
        return t("chapter '{parent}' has no sub-chapters in document.yaml", parent=parent)
    return t("the sub-chapters of '{parent}': {chapters}", parent=parent, chapters=ids)


def _load_chapter_articles(
    collector: _Collector, folder: Path, chapter: Chapter, document: Document
) -> tuple[Article, ...]:
    if not folder.is_dir():
        return ()
    articles = []
    for path in source_entries(folder, "*.md"):
        article = collector.attempt(partial(_load_article, collector, path, chapter.id, document))
        if article is not None:
            articles.append(article)
    _check_placements(collector, articles, chapter.id)
    return order_articles(articles)


def order_articles(articles: Iterable[Article]) -> tuple[Article, ...]:
    """A chapter's items in document order (contract Part 2, "Order inside a chapter").

    Unnumbered sections come first, in their given (file-name) order; then the numbered items
    (agreements, numbered sections) by number. A section with ``after:`` follows right after
    the item it names, and before anything placed after that item later in the given order.
    A section whose ``after`` names nothing here stays with the first ones (the loader reports
    it); a circle of ``after``s ends the chapter.
    """
    listed = list(articles)
    names = {name for article in listed for name in _names(article)}
    followers: dict[str, list[Article]] = {}
    leading: list[Article] = []
    for article in listed:
        if article.order_number is not None:
            continue
        if article.after is not None and article.after in names:
            followers.setdefault(article.after, []).append(article)
        else:
            leading.append(article)
    numbered = sorted(
        (a for a in listed if a.order_number is not None),
        key=lambda a: number_sort_key(str(a.order_number)),
    )
    ordered: list[Article] = []

    def place(article: Article) -> None:
        ordered.append(article)
        for name in _names(article):
            for follower in followers.pop(name, []):
                place(follower)

    for article in (*leading, *numbered):
        place(article)
    circled = {id(a) for group in followers.values() for a in group}
    ordered.extend(a for a in listed if id(a) in circled)
    return tuple(ordered)


def _names(article: Article) -> tuple[str, ...]:
    """What ``after:`` may call an item: its number, its id."""
    return tuple(name for name in (article.order_number, article.id) if name is not None)


def _check_placements(collector: _Collector, articles: list[Article], chapter_id: str) -> None:
    """Each ``after:`` names an item of the same chapter and places an unnumbered section."""
    names = {name for article in articles for name in _names(article)}
    for article in articles:
        if article.after is None:
            continue
        where = article.after_location or article.location
        if article.order_number is not None:
            collector.error(
                "P163",
                where,
                t("'after' places only a section without a number"),
                hint=t("an item with a number stands in its place by number; remove 'after'"),
            )
        elif article.after not in names:
            collector.error(
                "P161",
                where,
                t(
                    "no number or section '{after}' in chapter '{chapter}' to place it after",
                    after=article.after,
                    chapter=chapter_id,
                ),
                hint=t(
                    "in this chapter: {names}",
                    names=", ".join(sorted(names, key=number_sort_key)) or "-",
                ),
            )
        elif _in_circle(article, articles):
            collector.error(
                "P162",
                where,
                t("the sections' 'after' fields go round in a circle"),
                hint=t("let one of them name an item that has no 'after'"),
            )


def _in_circle(article: Article, articles: list[Article]) -> bool:
    by_name = {name: a for a in articles for name in _names(a)}
    seen: set[int] = set()
    current: Article | None = article
    while current is not None and current.after is not None:
        if id(current) in seen:
            return True
        seen.add(id(current))
        current = by_name.get(current.after)
    return False


def _load_article(
    collector: _Collector, path: Path, chapter_id: str, document: Document
) -> Article:
    location = collector.location(path)
    text = collector.read_text(path)
    front_matter, body, body_line = split_front_matter(text, location)
    source, problems = conform(
        parse_yaml(front_matter, location, first_line=2), "agreement.schema.json"
    )
    if problems:
        raise SourceError(problems)
    data: dict[str, Any] = source.data
    section_id = data.get("id")
    number = None if section_id is not None else data.get("number")
    key = "id" if number is None else "number"
    blocks = split_blocks(body, location.at(body_line))
    if not blocks:
        raise SourceError(
            [
                Diagnostic(
                    location.at(body_line),
                    t("the agreement has no text"),
                    hint=t("write its text below the second '---' line"),
                    code="P122",
                )
            ]
        )
    _check_about_front_matter(source, document)
    return Article(
        chapter=chapter_id,
        number=None if number is None else str(number),
        id=section_id,
        title=data.get("title", ""),
        blocks=blocks,
        location=location.at(1),
        key_location=source.where_value((key,)),
        type=data.get("type", ""),
        owners=tuple(data.get("owners", ())),
        due=data.get("due", ""),
        tags=tuple(data.get("tags", ())),
        section_number=None if section_id is None else _as_text(data.get("number")),
        after=_as_text(data.get("after")),
        after_location=source.where_value(("after",)) if "after" in data else None,
    )


def _check_about_front_matter(source: YamlDocument, document: Document) -> None:
    """An unknown type or party, or a malformed ``due``: errors at their lines."""
    data = source.data
    values = AboutValues(
        type=data.get("type"),
        owners=data.get("owners"),
        due=data.get("due"),
        where=about_locations(source, ()),
        fallback=source.file.at(1),
    )
    problems = check_about(values, document)
    if problems:
        raise SourceError(problems)


def split_front_matter(text: str, location: SourceLocation) -> tuple[str, str, int]:
    """(front matter YAML, body, line of the body's first line) of a Markdown source."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise SourceError(
            [
                Diagnostic(
                    location.at(1),
                    t("missing front matter: the file must start with a '---' line"),
                    hint=t("start with ---, then 'number: 5' (or 'id:' and 'title:'), then ---"),
                    code="P121",
                )
            ]
        )
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise SourceError(
        [
            Diagnostic(
                location.at(1),
                t("front matter is not closed by a '---' line"),
                hint=t("put a line with only --- below the number (or the id and title)"),
                code="P121",
            )
        ]
    )


def _check_unique_articles(collector: _Collector, articles: Iterable[Article]) -> None:
    listed = list(articles)
    _check_unique(
        collector,
        ((str(a.order_number), a.where_key) for a in listed if a.order_number is not None),
        lambda key: t("duplicate agreement number '{key}'", key=key),
    )
    _check_unique(
        collector,
        ((str(a.id), a.where_key) for a in listed if a.id),
        lambda key: t("duplicate section id '{key}'", key=key),
    )
    for article in listed:
        if article.id is not None and is_reserved_section_id(article.id):
            collector.error(
                "P137",
                article.where_key,
                t("section id '{name}' is reserved", name=article.id),
                RESERVED_ID_HINT,
            )


# --- amendments/ -------------------------------------------------------------


def _load_amendments(
    collector: _Collector, document: Document, up_to_year: int | None
) -> list[Jaarplan]:
    folder = collector.root / "amendments"
    if not folder.is_dir():
        if folder.exists() or folder.is_symlink():
            collector.error(
                "P132",
                collector.location(folder).at(1),
                t("amendments is not a folder"),
                hint=t("amendments/ holds one folder per year, such as amendments/2024/"),
            )
        return []
    jaarplannen = []
    for entry in source_entries(folder):
        if not entry.is_dir():
            if _YEAR_FOLDER.fullmatch(entry.name):
                collector.error(
                    "P132",
                    collector.location(entry).at(1),
                    t("amendments/{year} is not a folder", year=entry.name),
                    hint=t("a Jaarplan lives in amendments/{year}/jaarplan.yaml", year=entry.name),
                )
            continue
        if not _YEAR_FOLDER.fullmatch(entry.name):
            collector.error(
                "P132",
                collector.location(entry).at(1),
                t("folder '{name}' is not a year", name=visible(entry.name)),
                hint=t("amendments/ holds one folder per year, such as amendments/2024/"),
            )
            continue
        if up_to_year is not None and int(entry.name) > up_to_year:
            continue
        jaarplan = _load_jaarplan(collector, entry, document, _chapter_names(document))
        if jaarplan is not None:
            jaarplannen.append(jaarplan)
    return jaarplannen


def _chapter_names(document: Document) -> dict[str, str]:
    """A chapter's title and id, as a writer may give them for ``chapter:``."""
    pairs = [(c.title, c.id) for c in document.chapters] + [(c.id, c.id) for c in document.chapters]
    return known_names(pairs)


def _load_jaarplan(
    collector: _Collector, folder: Path, document: Document, names: dict[str, str]
) -> Jaarplan | None:
    main = folder / "jaarplan.yaml"
    if not main.is_file():
        collector.error(
            "P004",
            collector.location(main).at(1),
            t("amendments/{year}/ has no jaarplan.yaml", year=folder.name),
            hint=t("run 'prestatie new --year {year}' or add the file by hand", year=folder.name),
        )
        return None
    for stray in source_entries(folder, "*.yml"):
        collector.error(
            "P139",
            collector.location(stray).at(1),
            t("change files must end in .yaml"),
            hint=t("rename it to {name}.yaml", name=visible(stray.stem)),
        )
    source = collector.read_yaml(main, "jaarplan.schema.json", names)
    if source is None:
        return None
    year = int(folder.name)
    jaarplan = _jaarplan_from(source, collector, document, year)
    changes = list(_changes_from(source, year))
    files = [source.file.path]
    for extra in source_entries(folder, "*.yaml"):
        if extra.name == "jaarplan.yaml":
            continue
        extra_source = collector.read_yaml(extra, "changes.schema.json", names)
        if extra_source is not None:
            changes.extend(_changes_from(extra_source, year))
            files.append(extra_source.file.path)
    return replace(jaarplan, changes=tuple(changes), files=tuple(files))


def _jaarplan_from(
    source: YamlDocument, collector: _Collector, document: Document, year: int
) -> Jaarplan:
    data = source.data
    if data["year"] != year:
        collector.error(
            "P133",
            source.where_value(("year",)),
            t(
                "year {written} does not match its folder amendments/{year}/",
                written=data["year"],
                year=year,
            ),
            t(
                "write 'year: {year}', or move the file to amendments/{written}/",
                year=year,
                written=data["year"],
            ),
        )
    if year not in document.period:
        collector.error(
            "P134",
            source.where_value(("year",)),
            t(
                "year {year} lies outside the period {start}-{end} of document.yaml",
                year=year,
                start=document.period.start,
                end=document.period.end,
            ),
        )
    party_ids = [p.id for p in document.parties]
    signatories = []
    for i, s in enumerate(data.get("signatories", [])):
        location = source.where(("signatories", i))
        if s["party"] not in party_ids:
            collector.error(
                "P135",
                source.where_value(("signatories", i, "party")),
                t("unknown party '{party}'", party=s["party"]),
                hint=t("parties: {parties}", parties=", ".join(party_ids)),
            )
        signed = _date_from(source, collector, s.get("signed"), ("signatories", i, "signed"))
        signatories.append(
            Signatory(s["party"], s["name"], location, s.get("role", ""), signed=signed)
        )
    return Jaarplan(
        year=year,
        title=data["title"],
        status=STATUS_WORDS.get(data["status"], data["status"]),
        location=source.file.at(1),
        status_location=source.where(("status",)),
        adopted=_adoption_from(source, collector),
        signatories=tuple(signatories),
        signing=data.get("signing", "wet"),
        introduction=data.get("introduction", ""),
        introduction_location=source.where_value(("introduction",)),
    )


def _adoption_from(source: YamlDocument, collector: _Collector) -> Adoption | None:
    adopted = source.data.get("adopted")
    if adopted is None:
        return None
    date = _date_from(source, collector, adopted["date"], ("adopted", "date"))
    if date is None:
        return None
    return Adoption(date, adopted["place"], source.where(("adopted",)))


def _date_from(
    source: YamlDocument, collector: _Collector, written: str | None, path: tuple[str | int, ...]
) -> datetime.date | None:
    """The date ``written`` at ``path`` (the schema has checked its form); None when the field
    is absent, or when the date does not exist (an error at its line, P136)."""
    if written is None:
        return None
    try:
        return datetime.date.fromisoformat(written)
    except ValueError:
        collector.error(
            "P136",
            source.where_value(path),
            t("no such date: {date}", date=written),
            t("write the date as YYYY-MM-DD, with a month from 01 to 12 and a day that month has"),
        )
        return None


def _changes_from(source: YamlDocument, year: int) -> Iterable[Change]:
    for index, data in enumerate(source.data.get("changes", [])):
        path = ("changes", index)
        op: Op = data["op"]
        values: dict[str, Any] = {name: _as_text(data.get(name)) for name in CHANGE_FIELDS}
        values |= {name: _as_words(data.get(name)) for name in LIST_FIELDS}
        yield Change(
            op=op,
            year=year,
            label=data.get("label") or DEFAULT_LABELS[op].format(year=year),
            location=source.where(path),
            reason=data.get("reason", ""),
            whole=data.get("whole") is True,
            field_locations=(
                *((name, source.where((*path, name))) for name in data),
                *_owner_locations(source, path, data),
            ),
            text_locations=tuple((name, source.where_value((*path, name))) for name in data),
            **values,
        )


def about_locations(source: YamlDocument, path: tuple[str | int, ...]) -> dict[str, SourceLocation]:
    """Where each of ``type``, ``owners`` (and each owner: ``owners/0``) and ``due`` is
    written, under ``path``."""
    where = {name: source.where_value((*path, name)) for name in ("type", "owners", "due")}
    owners = source.data
    for key in path:
        owners = owners[key]
    for index, _ in enumerate(owners.get("owners") or ()):
        where[f"owners/{index}"] = source.where_value((*path, "owners", index))
    return where


def _owner_locations(
    source: YamlDocument, path: tuple[str | int, ...], data: dict[str, Any]
) -> Iterator[tuple[str, SourceLocation]]:
    """Each owner's own place, as ``owners/<index>``: an unknown party points at its line."""
    for index, _ in enumerate(data.get("owners") or ()):
        yield f"owners/{index}", source.where_value((*path, "owners", index))


def _as_text(value: object) -> str | None:
    return None if value is None else str(value)


def _as_words(value: object) -> tuple[str, ...] | None:
    return tuple(str(word) for word in value) if isinstance(value, list) else None


def read_sources(project: Project) -> dict[str, bytes]:
    """The bytes of every source file the project was loaded from, by path inside it.

    The bytes the loader read, not the disk's now: a file edited since would make a PDF carry
    sources it was not built from.
    """
    return dict(project.source_bytes)


def read_templates(root: Path) -> tuple[tuple[str, bytes], ...]:
    """Every regular file under the project's ``templates/`` (path inside it, content), sorted.

    A project's templates shape its outputs, so the review compares them. Links are not
    followed and files over the source size limit are left out (the build refuses them anyway).
    """
    folder = root / "templates"
    if not folder.is_dir() or folder.is_symlink():
        return ()
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_SOURCE_BYTES:
            continue
        if is_editor_dropping(path.name):
            continue  # a backup beside a template is no change to review
        found.append((path.relative_to(folder).as_posix(), path.read_bytes()))
    return tuple(found)
