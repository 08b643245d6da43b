"""Case files: many small consolidation cases in one readable text file.

A case file holds cases separated by ``### title`` lines. Each case has sections
that start with ``--- <kind>`` lines:

``--- file: <path>``
    a file of the temporary project, written as given (``agreements/...``,
    ``amendments/...``). ``agreements/document.yaml`` has a default (see
    :data:`DEFAULT_DOCUMENT`); a case may give its own.
``--- changes`` / ``--- changes <year>``
    the body of a ``changes:`` list; it is written under :data:`JAARPLAN_HEADER`
    in ``amendments/<year>/jaarplan.yaml`` (default 2024), so its first line is
    line 6 of that file.
``--- expect <target>``
    the consolidated target in year 2025 (or the last year given), written as
    :func:`describe` shows it.
``--- errors``
    the diagnostics the build reports, one ``path:line:col: error: message`` a
    line (hints left out), in order.

A failing case names its own line in the case file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from prestatie_build.core import Article, Document, Item

DEFAULT_DOCUMENT = """\
title: Meerjarige Prestatieafspraken 2022-2025 Teststad
period: {start: 2022, end: 2025}
place: Teststad
parties:
  - {id: gemeente, name: Gemeente Teststad}
chapters:
  - id: wonen
    title: Wonen
    goals_title: Wat willen we bereiken?
    goals:
      - Eerste doel.
      - Tweede doel.
  - id: zorg
    title: Wonen en Zorg
documents:
  - Woonvisie Teststad 2020
"""

JAARPLAN_HEADER = """\
year: {year}
title: Jaarplan {year}
status: adopted
adopted: {{date: {adopted}-12-07, place: Teststad}}
changes:
"""


@dataclass
class Case:
    title: str
    path: Path
    line: int
    files: dict[str, str] = field(default_factory=dict)
    expect: dict[str, str] = field(default_factory=dict)
    errors: list[str] | None = None

    @property
    def where(self) -> str:
        return f"{self.path.name}:{self.line}: {self.title}"

    def write(self, root: Path) -> None:
        files = {"agreements/document.yaml": DEFAULT_DOCUMENT, **self.files}
        for name, text in files.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")

    @property
    def last_year(self) -> int:
        years = [int(m) for name in self.files for m in re.findall(r"amendments/(\d{4})/", name)]
        return max([2025, *years])


_SECTION = re.compile(
    r"^--- (file: (?P<file>\S+)|changes(?: (?P<year>\d{4}))?|expect (?P<target>\S+)|errors)\s*$"
)


def read_cases(path: Path) -> list[Case]:
    cases: list[Case] = []
    case: Case | None = None
    section: tuple[str, str] | None = None
    buffer: list[str] = []

    def flush() -> None:
        if case is None or section is None:
            return
        kind, name = section
        text = "\n".join(buffer).strip("\n") + "\n"
        if kind == "file":
            case.files[name] = text
        elif kind == "changes":
            header = JAARPLAN_HEADER.format(year=name, adopted=int(name) - 1)
            case.files[f"amendments/{name}/jaarplan.yaml"] = header + text
        elif kind == "expect":
            case.expect[name] = text.strip()
        else:
            case.errors = [line for line in text.strip().split("\n") if line.strip()]

    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.startswith("### "):
            flush()
            case, section, buffer = Case(line[4:].strip(), path, number), None, []
            cases.append(case)
            continue
        match = _SECTION.match(line)
        if match and case is not None:
            flush()
            buffer = []
            if match.group("file"):
                section = ("file", match.group("file"))
            elif line.startswith("--- changes"):
                section = ("changes", match.group("year") or "2024")
            elif match.group("target"):
                section = ("expect", match.group("target"))
            else:
                section = ("errors", "")
            continue
        buffer.append(line)
    flush()
    return cases


def describe_article(article: Article) -> str:
    lines = []
    if article.deleted is not None:
        lines.append(f"[Vervallen per {article.deleted.year}]")
    if article.title:
        label = article.title_provenance.label if article.title_provenance else "base"
        lines.append(f"# {article.title} [{label}]")
    for block in article.blocks:
        label = block.provenance.label if block.provenance else "base"
        lines.append(f"[{label}] {block.text}")
    return "\n".join(lines)


def describe_items(items: tuple[Item, ...]) -> str:
    return "\n".join(
        f"- [{item.provenance.label if item.provenance else 'base'}] {item.text}" for item in items
    )


def describe(document: Document, target: str) -> str:
    """A target of the consolidated document as a case file writes it."""
    if target == "documents":
        return describe_items(document.documents)
    if target.endswith("/goals"):
        chapter = next(c for c in document.chapters if c.id == target.removesuffix("/goals"))
        return describe_items(chapter.goals)
    if target.startswith("order:"):
        chapter = next(c for c in document.chapters if c.id == target.removeprefix("order:"))
        return " ".join(a.key for a in chapter.articles)
    for article in document.articles():
        if article.key == target:
            return describe_article(article)
    return f"(no target {target})"
