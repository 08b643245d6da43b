"""``prestatie import agreements FILE.docx|FILE.pdf [--into DIR]``: a signed base document
becomes a project.

The reader (:mod:`..sources.documents`) refuses hostile files and yields paragraphs; the core
(:mod:`..core.recognise`) finds the structure; this module lays it out as the contract's files
(``agreements/document.yaml``, one Markdown file per agreement or section, chapters as nested
folders) plus ``import-report.md``, writes them only when none of them exists (never
overwriting), and ends with ``prestatie check`` on the result.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..core.errors import Diagnostic, SourceError, SourceLocation
from ..core.messages import DEFAULT_LANGUAGE, Language, Text, t
from ..core.recognition import Imported, ImportedArticle, ImportedChapter, ImportedParty, recognise
from ..core.rules import CheckResult
from ..fs import create_file
from ..sources.documents import read_document
from .check import check_project

REPORT_FILE = "import-report.md"


@dataclass(frozen=True, slots=True)
class ImportResult:
    written: tuple[Path, ...]
    report: Path
    imported: Imported
    check: CheckResult


def import_base_document(
    source: Path, into: Path, *, today: datetime.date, language: Language = DEFAULT_LANGUAGE
) -> ImportResult:
    """Read ``source``, write the project under ``into``, check it. SourceError when the file
    is refused, nothing could be recognised, or a file to write exists already."""
    imported = recognise(read_document(source))
    if not any(True for _ in imported.articles()):
        raise SourceError(
            [
                Diagnostic(
                    SourceLocation(source.as_posix()),
                    t("no agreement or section was recognised in the document"),
                    hint=t(
                        "give the chapters and agreements Word heading styles (Kop 1, Kop 2), "
                        "or headings such as 'Afspraak 5'"
                    ),
                    code="P528",
                )
            ]
        )
    files = project_files(imported)
    files[REPORT_FILE] = import_report(imported, source.name, language)
    _refuse_existing(into, files)
    written = []
    for name, text in files.items():
        if not create_file(into / name, text):
            raise _exists(into, [name])
        written.append(into / name)
    return ImportResult(
        tuple(written), into / REPORT_FILE, imported, check_project(into, today=today)
    )


def _refuse_existing(into: Path, files: dict[str, str]) -> None:
    taken = [name for name in files if (into / name).exists() or (into / name).is_symlink()]
    if (into / "agreements").exists() and "agreements/document.yaml" not in taken:
        taken.insert(0, "agreements/")
    if taken:
        raise _exists(into, taken)


def _exists(into: Path, taken: list[str]) -> SourceError:
    return SourceError(
        [
            Diagnostic(
                SourceLocation((into / name).as_posix()),
                t("the file exists already; import never overwrites"),
                hint=t("import into an empty folder with --into"),
                code="P527",
            )
            for name in taken
        ]
    )


# --- the project's files ----------------------------------------------------------------------


def project_files(imported: Imported) -> dict[str, str]:
    """Every file of the project, by its path relative to the project root."""
    files = {"agreements/document.yaml": document_yaml(imported)}
    for folder, chapter in _chapter_folders(imported.chapters, "agreements"):
        for article in chapter.articles:
            files[f"{folder}/{_file_name(article)}"] = article_markdown(article)
    return files


def _chapter_folders(
    chapters: Iterable[ImportedChapter], parent: str
) -> Iterable[tuple[str, ImportedChapter]]:
    for chapter in chapters:
        folder = f"{parent}/{chapter.id}"
        yield folder, chapter
        yield from _chapter_folders(chapter.chapters, folder)


def _file_name(article: ImportedArticle) -> str:
    return f"{article.id}.md" if article.id else f"afspraak-{article.number}.md"


def document_yaml(imported: Imported) -> str:
    document: dict[str, object] = {"title": imported.title or "Prestatieafspraken"}
    if imported.period is not None:
        document["period"] = {"start": imported.period[0], "end": imported.period[1]}
    document["parties"] = [_party_fields(party) for party in imported.parties]
    document["chapters"] = [_chapter_fields(chapter) for chapter in imported.chapters]
    if imported.documents:
        document["documents"] = list(imported.documents)
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)


def _party_fields(party: ImportedParty) -> dict[str, str]:
    fields = {"id": party.id, "name": party.name}
    if party.representative:
        fields["representative"] = party.representative
    if party.role:
        fields["role"] = party.role
    return fields


def _chapter_fields(chapter: ImportedChapter) -> dict[str, object]:
    fields: dict[str, object] = {"id": chapter.id, "title": chapter.title}
    if chapter.number:
        fields["number"] = chapter.number
    if chapter.goals_title:
        fields["goals_title"] = chapter.goals_title
    if chapter.goals:
        fields["goals"] = list(chapter.goals)
    if chapter.chapters:
        fields["chapters"] = [_chapter_fields(child) for child in chapter.chapters]
    return fields


def article_markdown(article: ImportedArticle) -> str:
    front: list[str] = ["---"]
    if article.id:
        front.append(f"id: {article.id}")
    if article.number:
        front.append(f"number: {article.number}")  # the loader reads a number as written
    if article.title or article.id:
        front.append(f"title: {_scalar(article.title)}")
    front.append("---")
    blocks = list(article.blocks) or [""]
    notes = [f"[^{label}]: {text}" for label, text in article.notes]
    return "\n".join(front) + "\n" + "\n\n".join(blocks + notes) + "\n"


def _scalar(value: str) -> str:
    """A YAML scalar as the loader reads it: as written, quoted only where YAML needs it."""
    dumped = yaml.safe_dump(value, allow_unicode=True, width=1000).strip()
    return dumped.removesuffix("\n...").removesuffix("...").strip()


# --- the report -------------------------------------------------------------------------------


def import_report(imported: Imported, source_name: str, language: Language) -> str:
    """``import-report.md``: what was made, what could not be placed (with its page or
    paragraph), and what was left out on purpose."""

    def say(message: Text) -> str:
        return message.render(language)

    articles = list(imported.articles())
    lines = [
        f"# {say(t('Import report: {name}', name=source_name))}",
        "",
        say(
            t(
                "Recognised: {chapters} chapters, {agreements} agreements, {sections} sections, "
                "{parties} parties.",
                chapters=_count_chapters(imported.chapters),
                agreements=sum(1 for a in articles if a.id is None),
                sections=sum(1 for a in articles if a.id is not None),
                parties=len(imported.parties),
            )
        ),
        "",
    ]
    if imported.period is None:
        lines += [say(t("No period was found: write `period:` in agreements/document.yaml.")), ""]
    lines += [f"## {say(t('Not placed'))}", ""]
    if not imported.unplaced:
        lines += [say(t("Everything was placed.")), ""]
    for item in imported.unplaced:
        lines.append(f"- {item.origin}: {say(item.reason)}")
        lines.append(f"  > {_quoted(item.text)}")
    lines += ["", f"## {say(t('Left out on purpose'))}", ""]
    for item in imported.left_out:
        lines.append(f"- {item.origin}: {say(item.reason)}: {_quoted(item.text)}")
    return "\n".join(lines).rstrip() + "\n"


def _count_chapters(chapters: Iterable[ImportedChapter]) -> int:
    return sum(1 + _count_chapters(chapter.chapters) for chapter in chapters)


def _quoted(text: str) -> str:
    return " ".join(text.split())[:300].replace("<", "&lt;")
