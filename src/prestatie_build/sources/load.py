"""Load a project: files -> frozen model, every node with its source location.

This is the I/O edge of the core. It reads ``agreements/`` and ``amendments/``,
validates each file against its JSON Schema, checks what can be checked without
applying changes (unique numbers and ids, years, parties), and collects every
problem before failing with one :class:`SourceError`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar

from ..core.blocks import split_blocks
from ..core.controls import describe_character, refused_characters, visible
from ..core.errors import Diagnostic, SourceError, SourceLocation, display_path
from ..core.messages import Message, Text, t
from ..core.model import (
    RESERVED_ID_HINT,
    Adoption,
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
}
"""The contract's default label of each op."""

Status = Literal["draft", "adopted"]

STATUS_WORDS: dict[str, Status] = {"concept": "draft", "vastgesteld": "adopted"}
"""The contract's Dutch words for a Jaarplan's status, read as the English ones."""

CHANGE_FIELDS = ("target", "chapter", "number", "id", "title", "text", "after", "old", "new")

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
        replace(chapter, articles=_load_chapter_articles(collector, folder / chapter.id, chapter))
        for chapter in document.chapters
    )
    _check_folders(collector, folder, {c.id for c in chapters})
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
    chapters = tuple(
        Chapter(
            id=c["id"],
            title=c["title"],
            location=source.where(("chapters", i)),
            goals_title=c.get("goals_title", ""),
            goals=tuple(
                Item(text, source.where(("chapters", i, "goals", j)))
                for j, text in enumerate(c.get("goals", []))
            ),
        )
        for i, c in enumerate(data["chapters"])
    )
    _check_unique(
        collector,
        ((c.id, source.where_value(("chapters", i, "id"))) for i, c in enumerate(chapters)),
        lambda key: t("duplicate chapter id '{key}'", key=key),
    )
    documents = tuple(
        Item(text, source.where(("documents", i)))
        for i, text in enumerate(data.get("documents", []))
    )
    return Document(
        title=data["title"],
        period=period,
        parties=parties,
        chapters=chapters,
        location=source.file.at(1),
        place=data.get("place", ""),
        documents=documents,
    )


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


def _check_folders(collector: _Collector, folder: Path, chapter_ids: set[str]) -> None:
    for entry in source_entries(folder):
        if entry.is_dir() and entry.name not in chapter_ids:
            collector.error(
                "P132",
                collector.location(entry).at(1),
                t("folder '{name}' is not a chapter of document.yaml", name=visible(entry.name)),
                hint=t("chapters: {chapters}", chapters=", ".join(sorted(chapter_ids))),
            )


def _load_chapter_articles(
    collector: _Collector, folder: Path, chapter: Chapter
) -> tuple[Article, ...]:
    if not folder.is_dir():
        return ()
    articles = []
    for path in source_entries(folder, "*.md"):
        article = collector.attempt(partial(_load_article, collector, path, chapter.id))
        if article is not None:
            articles.append(article)
    return order_articles(articles)


def order_articles(articles: Iterable[Article]) -> tuple[Article, ...]:
    """Sections first, in their given order; then agreements by number."""
    listed = list(articles)
    sections = [a for a in listed if not a.is_agreement]
    agreements = sorted(
        (a for a in listed if a.is_agreement), key=lambda a: number_sort_key(str(a.number))
    )
    return (*sections, *agreements)


def _load_article(collector: _Collector, path: Path, chapter_id: str) -> Article:
    location = collector.location(path)
    text = collector.read_text(path)
    front_matter, body, body_line = split_front_matter(text, location)
    source, problems = conform(
        parse_yaml(front_matter, location, first_line=2), "agreement.schema.json"
    )
    if problems:
        raise SourceError(problems)
    data: dict[str, Any] = source.data
    number = data.get("number")
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
    return Article(
        chapter=chapter_id,
        number=None if number is None else str(number),
        id=data.get("id"),
        title=data.get("title", ""),
        blocks=blocks,
        location=location.at(1),
        key_location=source.where_value((key,)),
    )


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
        ((str(a.number), a.where_key) for a in listed if a.number is not None),
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
        signatories.append(Signatory(s["party"], s["name"], location, s.get("role", "")))
    return Jaarplan(
        year=year,
        title=data["title"],
        status=STATUS_WORDS.get(data["status"], data["status"]),
        location=source.file.at(1),
        status_location=source.where(("status",)),
        adopted=_adoption_from(source, collector),
        signatories=tuple(signatories),
        introduction=data.get("introduction", ""),
        introduction_location=source.where_value(("introduction",)),
    )


def _adoption_from(source: YamlDocument, collector: _Collector) -> Adoption | None:
    adopted = source.data.get("adopted")
    if adopted is None:
        return None
    try:
        date = datetime.date.fromisoformat(adopted["date"])
    except ValueError:
        collector.error(
            "P136",
            source.where_value(("adopted", "date")),
            t("no such date: {date}", date=adopted["date"]),
            t("write the date as YYYY-MM-DD, with a month from 01 to 12 and a day that month has"),
        )
        return None
    return Adoption(date, adopted["place"], source.where(("adopted",)))


def _changes_from(source: YamlDocument, year: int) -> Iterable[Change]:
    for index, data in enumerate(source.data.get("changes", [])):
        path = ("changes", index)
        op: Op = data["op"]
        values = {name: _as_text(data.get(name)) for name in CHANGE_FIELDS}
        yield Change(
            op=op,
            year=year,
            label=data.get("label") or DEFAULT_LABELS[op].format(year=year),
            location=source.where(path),
            reason=data.get("reason", ""),
            whole=data.get("whole") is True,
            field_locations=tuple((name, source.where((*path, name))) for name in data),
            text_locations=tuple((name, source.where_value((*path, name))) for name in data),
            **values,
        )


def _as_text(value: object) -> str | None:
    return None if value is None else str(value)


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
