"""A large synthetic project in the contract's format, for benchmarks and robustness tests.

``make_corpus(root, agreements=1000, years=10, changes_per_year=100)`` writes a valid project:
``agreements/document.yaml`` with ten chapters, one section and two goals per chapter, one
``afspraak-<n>.md`` per agreement (numbered 1..agreements, in contiguous runs per chapter), and
one adopted ``amendments/<year>/jaarplan.yaml`` per year with every kind of change: ``append``
(at the end and ``after`` a fragment), ``replace`` of a fragment and of a whole section,
``delete`` of a fragment and of a whole agreement, ``add`` of agreements (numbered ``<n><letter>``
right after an existing one, so inside its chapter's range) and changes of the goals and
documents lists.

Every fragment is a reference such as ``(ref 17/2)``: the parentheses make it unique (``(ref
1/1)`` does not occur inside ``(ref 11/1)``), so every change applies. The generator keeps the
state of each agreement as it goes, so later years change what earlier years wrote.
``prestatie check`` on the result is clean: no errors, no warnings. The output depends only on
the arguments (a fixed seed), so two runs write the same files.
"""

from __future__ import annotations

import random
import shutil
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SCHEMAS = "src/prestatie_build/schemas"
CHAPTERS = 10
FIRST_YEAR = 2020
WORDS = (
    "huurders",
    "woningen",
    "corporaties",
    "gemeente",
    "wachttijd",
    "nieuwbouw",
    "verduurzaming",
    "leefbaarheid",
    "betaalbaarheid",
    "doorstroming",
    "senioren",
    "jongeren",
    "statushouders",
    "zorg",
    "wijken",
    "energie",
    "isolatie",
    "monitoring",
    "overleg",
    "prestaties",
    "voorraad",
    "sociale",
    "huur",
    "middenhuur",
    "urgentie",
    "begeleiding",
)


def make_corpus(
    root: Path, agreements: int, years: int, changes_per_year: int, *, seed: int = 0
) -> None:
    """Write a valid project with these numbers of agreements, Jaarplannen and changes.

    ``root`` is created when missing; it must not hold a project already. At most 26 years
    (added agreements take one letter per year).
    """
    if not 1 <= years <= 26:
        raise ValueError("years must lie between 1 and 26")
    if agreements < CHAPTERS:
        raise ValueError(f"at least {CHAPTERS} agreements (one per chapter)")
    corpus = _Corpus(random.Random(seed), agreements)
    _write_agreements(root, corpus)
    for index in range(years):
        year = FIRST_YEAR + index
        changes = [corpus.change(year, index, number) for number in range(changes_per_year)]
        _write_jaarplan(root, year, changes)
    _write_document(root, corpus, years)


# --- state ---------------------------------------------------------------------------------


@dataclass
class _Agreement:
    number: str
    chapter: str
    sentences: dict[str, str] = field(default_factory=dict)
    """Live sentences by their reference, in text order."""
    removable: list[str] = field(default_factory=list)
    """References of sentences that a Jaarplan appended (a fragment deletion may take them)."""
    deleted: bool = False


@dataclass
class _Corpus:
    random: random.Random
    count: int
    agreements: list[_Agreement] = field(default_factory=list)
    serial: int = 0

    def __post_init__(self) -> None:
        per_chapter = self.count // CHAPTERS
        for n in range(1, self.count + 1):
            chapter = chapter_id(min((n - 1) // per_chapter, CHAPTERS - 1))
            agreement = _Agreement(str(n), chapter)
            for k in range(1, 4):
                self.sentence(agreement, f"{n}/{k}")
            self.agreements.append(agreement)

    def sentence(self, agreement: _Agreement, ref: str) -> str:
        words = " ".join(self.random.choice(WORDS) for _ in range(self.random.randint(8, 20)))
        text = f"Partijen spreken af: {words} (ref {ref})."
        agreement.sentences[ref] = text
        return text

    def pick(self, year: int, number: int) -> _Agreement:
        """A live agreement, spread over the whole document."""
        start = (number * 7919 + year * 104_729) % len(self.agreements)
        for offset in range(len(self.agreements)):
            agreement = self.agreements[(start + offset) % len(self.agreements)]
            if not agreement.deleted:
                return agreement
        raise RuntimeError("every agreement is deleted")

    def new_ref(self, agreement: _Agreement, year: int) -> str:
        self.serial += 1
        return f"{agreement.number}/j{year}-{self.serial}"

    def change(self, year: int, year_index: int, number: int) -> dict[str, Any]:
        kind = _KINDS[number % len(_KINDS)]
        return kind(self, year, year_index, self.pick(year, number))


# --- changes ---------------------------------------------------------------------------------

_ChangeMaker = Callable[[_Corpus, int, int, _Agreement], dict[str, Any]]


def _append(corpus: _Corpus, year: int, _index: int, agreement: _Agreement) -> dict[str, Any]:
    ref = corpus.new_ref(agreement, year)
    agreement.removable.append(ref)
    return {"op": "append", "target": agreement.number, "text": corpus.sentence(agreement, ref)}


def _append_after(corpus: _Corpus, year: int, index: int, agreement: _Agreement) -> dict[str, Any]:
    anchor = next(iter(agreement.sentences))
    change = _append(corpus, year, index, agreement)
    # The new sentence now stands second in the text: move it there in the state as well.
    ref = agreement.removable[-1]
    text = agreement.sentences.pop(ref)
    items = list(agreement.sentences.items())
    agreement.sentences = dict([items[0], (ref, text), *items[1:]])
    return {**change, "after": f"(ref {anchor})", "label": f"Aanvulling {year} (invoeging)"}


def _replace_fragment(
    corpus: _Corpus, year: int, _index: int, agreement: _Agreement
) -> dict[str, Any]:
    old_ref = corpus.random.choice(list(agreement.sentences))
    new_ref = f"{old_ref}-w{year}"
    agreement.sentences = {
        (new_ref if ref == old_ref else ref): text.replace(f"(ref {old_ref})", f"(ref {new_ref})")
        for ref, text in agreement.sentences.items()
    }
    agreement.removable = [new_ref if ref == old_ref else ref for ref in agreement.removable]
    return {
        "op": "replace",
        "target": agreement.number,
        "old": f"(ref {old_ref})",
        "new": f"(ref {new_ref})",
        "reason": f"de verwijzing is in {year} bijgewerkt",
    }


def _delete_fragment(
    corpus: _Corpus, year: int, index: int, agreement: _Agreement
) -> dict[str, Any]:
    if not agreement.removable:
        return _append(corpus, year, index, agreement)
    ref = agreement.removable.pop(0)
    text = agreement.sentences.pop(ref)
    return {"op": "delete", "target": agreement.number, "text": text, "reason": "achterhaald"}


def _add(corpus: _Corpus, year: int, index: int, agreement: _Agreement) -> dict[str, Any]:
    letter = string.ascii_lowercase[index]
    number = f"{agreement.number.rstrip(string.ascii_lowercase)}{letter}"
    if any(a.number == number for a in corpus.agreements):
        return _append(corpus, year, index, agreement)
    added = _Agreement(number, agreement.chapter)
    text = corpus.sentence(added, f"{number}/1")
    corpus.agreements.append(added)
    return {"op": "add", "chapter": agreement.chapter, "number": number, "text": text}


def _goal(corpus: _Corpus, year: int, _index: int, agreement: _Agreement) -> dict[str, Any]:
    corpus.serial += 1
    return {
        "op": "append",
        "target": f"{agreement.chapter}/goals",
        "text": f"We willen in {year} bereiken: doel {corpus.serial}.",
    }


def _section(corpus: _Corpus, year: int, _index: int, agreement: _Agreement) -> dict[str, Any]:
    corpus.serial += 1
    return {
        "op": "replace",
        "target": section_id(agreement.chapter),
        "title": f"Inleiding (versie {year})",
        "text": f"De inleiding van dit hoofdstuk is in {year} herschreven ({corpus.serial}).",
    }


def _document(corpus: _Corpus, year: int, _index: int, _agreement: _Agreement) -> dict[str, Any]:
    corpus.serial += 1
    return {"op": "append", "target": "documents", "text": f"Onderzoek {year}-{corpus.serial}"}


def _delete_whole(corpus: _Corpus, year: int, index: int, agreement: _Agreement) -> dict[str, Any]:
    live = sum(1 for a in corpus.agreements if not a.deleted)
    if live <= corpus.count // 2:
        return _append(corpus, year, index, agreement)
    agreement.deleted = True
    return {"op": "delete", "target": agreement.number, "reason": f"uitgevoerd in {year}"}


_KINDS: tuple[_ChangeMaker, ...] = (
    _append,
    _replace_fragment,
    _append_after,
    _delete_fragment,
    _add,
    _append,
    _replace_fragment,
    _goal,
    _section,
    _append,
    _delete_fragment,
    _document,
    _replace_fragment,
    _delete_whole,
)
"""The mix of changes, repeated: mostly appends and fragment edits, as real Jaarplannen are."""


# --- files -----------------------------------------------------------------------------------


def chapter_id(index: int) -> str:
    return f"hoofdstuk-{index + 1:02d}"


def section_id(chapter: str) -> str:
    return f"inleiding-{chapter.removeprefix('hoofdstuk-')}"


def _schema_comment(schema: str, depth: int) -> str:
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMAS}/{schema}\n"


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _write_document(root: Path, corpus: _Corpus, years: int) -> None:
    document = {
        "title": "Meerjarige Prestatieafspraken Voorbeeldstad (synthetisch)",
        "period": {"start": FIRST_YEAR, "end": FIRST_YEAR + years - 1},
        "place": "Voorbeeldstad",
        "parties": [
            {"id": "gemeente", "name": "Gemeente Voorbeeldstad", "role": "wethouder"},
            {"id": "corporatie", "name": "Woonstichting Voorbeeld"},
            {"id": "huurders", "name": "Huurdersvereniging Voorbeeld"},
        ],
        "chapters": [
            {
                "id": chapter_id(index),
                "title": f"Hoofdstuk {index + 1}",
                "goals_title": "Wat willen we bereiken?",
                "goals": [f"Doel {index + 1}.1 van het basisdocument.", f"Doel {index + 1}.2."],
            }
            for index in range(CHAPTERS)
        ],
        "documents": ["Woonvisie Voorbeeldstad"],
    }
    _write(
        root / "agreements" / "document.yaml",
        _schema_comment("document.schema.json", 1) + _dump(document),
    )


def _write_agreements(root: Path, corpus: _Corpus) -> None:
    for index in range(CHAPTERS):
        chapter = chapter_id(index)
        _write(
            root / "agreements" / chapter / f"{section_id(chapter)}.md",
            f"---\nid: {section_id(chapter)}\ntitle: Inleiding\n---\n"
            f"Dit hoofdstuk gaat over onderwerp {index + 1}.\n",
        )
    for agreement in corpus.agreements:
        body = "\n\n".join(agreement.sentences.values())
        _write(
            root / "agreements" / agreement.chapter / f"afspraak-{agreement.number}.md",
            f"---\nnumber: {agreement.number}\n---\n{body}\n",
        )


def _write_jaarplan(root: Path, year: int, changes: list[dict[str, Any]]) -> None:
    jaarplan = {
        "year": year,
        "title": f"Jaarplan {year}",
        "status": "adopted",
        "adopted": {"date": f"{year - 1}-12-01", "place": "Voorbeeldstad"},
        "changes": changes,
    }
    text = _schema_comment("jaarplan.schema.json", 2) + _dump(jaarplan)
    _write(root / "amendments" / str(year) / "jaarplan.yaml", text)


def _main(arguments: Iterator[str]) -> None:
    """``python bench/corpus.py ROOT [AGREEMENTS YEARS CHANGES]``: write a corpus by hand."""
    root, *numbers = arguments
    counts = [int(n) for n in numbers] or [1000, 10, 100]
    make_corpus(Path(root), *counts)


if __name__ == "__main__":
    import sys

    _main(iter(sys.argv[1:]))


def copy_assen(target: Path) -> Path:
    """A copy of the repository's Assen sources (agreements, amendments, templates)."""
    repo = Path(__file__).resolve().parent.parent
    for name in ("agreements", "amendments", "templates"):
        if (repo / name).is_dir():
            shutil.copytree(repo / name, target / name)
    return target
