"""Chapters in levels and the order inside a chapter (source-format Part 2), as loaded from
``tests/data/part2``: nested folders, numbered sections, ``after:``, and every mistake at its
line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from prestatie_build.core import SourceError, consolidate
from prestatie_build.sources import load_project

PART2 = Path(__file__).parents[1] / "data" / "part2"
SOCIALE_HUUR = Path("agreements/beleid/vastgoed/sociale-huur")


@pytest.fixture
def part2(tmp_path: Path) -> Path:
    root = tmp_path / "part2"
    shutil.copytree(PART2, root)
    return root


def _errors(root: Path) -> list[str]:
    with pytest.raises(SourceError) as caught:
        load_project(root)
    return [f"{d.location}: [{d.code}] {d.message}" for d in caught.value.diagnostics]


def _keys(root: Path, chapter: str, year: int | None = None) -> list[str]:
    project = load_project(root)
    document = project.document if year is None else consolidate(project, year).document
    return [a.key for a in next(c for c in document.chapters if c.id == chapter).articles]


def test_chapters_nest_to_three_levels_with_folders_inside_their_parents() -> None:
    chapters = load_project(PART2).document.chapters
    nested = [(c.id, c.level, c.parent, c.folder, c.number) for c in chapters[-3:]]
    assert nested == [
        ("beleid", 1, "", "beleid", ""),
        ("vastgoed", 2, "beleid", "beleid/vastgoed", "5"),
        ("sociale-huur", 3, "vastgoed", "beleid/vastgoed/sociale-huur", "5.4"),
    ]
    article = next(a for a in load_project(PART2).document.articles() if a.number == "5.4.10")
    assert article.chapter == "sociale-huur"
    assert article.location.path == f"{SOCIALE_HUUR}/afspraak-5.4.10.md"


def test_numbered_items_stand_by_number_not_by_file_name() -> None:
    # Files: aankoop (5.3), verkoop (5.2), voorraad (5.1); afspraak-5.4.1, -5.4.10, -5.4.2.
    assert _keys(PART2, "vastgoed") == ["voorraad", "verkoop", "aankoop"]
    assert _keys(PART2, "sociale-huur") == ["5.4.1", "5.4.2", "toelichting-locaties", "5.4.10"]


def test_sections_9_1_to_9_3_print_in_order_whatever_their_file_names(part2: Path) -> None:
    folder = part2 / "agreements" / "samenwerking"
    for name, number in (("a-monitoring", "9.3"), ("b-overleg", "9.1"), ("c-evaluatie", "9.2")):
        (folder / f"{name}.md").write_text(
            f"---\nid: {name}\nnumber: {number}\ntitle: {name}\n---\nTekst {number}.\n",
            encoding="utf-8",
        )
    (folder / "inleiding.md").write_text(
        "---\nid: inleiding\ntitle: Inleiding\n---\nEerst.\n", encoding="utf-8"
    )
    assert _keys(part2, "samenwerking") == [
        "inleiding",
        "1",
        "b-overleg",
        "c-evaluatie",
        "a-monitoring",
    ]


def test_an_added_agreement_goes_into_a_sub_chapter_by_number() -> None:
    assert _keys(PART2, "sociale-huur", 2024) == [
        "5.4.1",
        "5.4.2",
        "toelichting-locaties",
        "5.4.3",
        "5.4.10",
    ]


def test_an_added_section_goes_after_the_number_it_names(part2: Path) -> None:
    jaarplan = part2 / "amendments" / "2024" / "jaarplan.yaml"
    jaarplan.write_text(
        jaarplan.read_text(encoding="utf-8") + "  - op: add\n    chapter: sociale-huur\n"
        "    id: kwartaalplanning\n    title: Kwartaalplanning\n"
        "    after: 5.4.10\n    text: Per kwartaal.\n"
        "  - op: replace\n    target: 5.4.10\n    old: elk najaar\n    new: elk voorjaar\n",
        encoding="utf-8",
    )
    assert _keys(part2, "sociale-huur", 2024)[-2:] == ["5.4.10", "kwartaalplanning"]


def test_a_folder_that_is_no_sub_chapter_is_named_with_the_sub_chapters(part2: Path) -> None:
    stray = part2 / "agreements" / "beleid" / "wonen"
    stray.mkdir()
    (stray / "afspraak-8.md").write_text("---\nnumber: 8\n---\nAcht.\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_project(part2)
    (problem,) = caught.value.diagnostics
    assert (str(problem.location), problem.code) == ("agreements/beleid/wonen:1", "P132")
    assert "vastgoed" in str(problem.hint) and "samenwerking" not in str(problem.hint)


def test_a_fourth_level_is_refused_at_its_line(part2: Path) -> None:
    document = part2 / "agreements" / "document.yaml"
    document.write_text(
        document.read_text(encoding="utf-8")
        + "            chapters:\n              - {id: te-diep, title: Te diep}\n",
        encoding="utf-8",
    )
    line = len(document.read_text(encoding="utf-8").splitlines()) - 1
    assert _errors(part2) == [
        f"agreements/document.yaml:{line}:13: [P160] chapter 'sociale-huur' is at the third "
        "level: it cannot hold chapters of its own"
    ]


def test_mistakes_of_after_are_errors_at_their_line(part2: Path) -> None:
    folder = part2 / SOCIALE_HUUR
    (folder / "toelichting-locaties.md").write_text(
        "---\nid: toelichting-locaties\ntitle: T\nafter: 5.4.99\n---\nTekst.\n", encoding="utf-8"
    )
    (folder / "kring-a.md").write_text(
        "---\nid: kring-a\ntitle: A\nafter: kring-b\n---\nA.\n", encoding="utf-8"
    )
    (folder / "kring-b.md").write_text(
        "---\nid: kring-b\ntitle: B\nafter: kring-a\n---\nB.\n", encoding="utf-8"
    )
    (folder / "afspraak-5.4.11.md").write_text(
        "---\nid: elf\nnumber: 5.4.11\ntitle: Elf\nafter: 5.4.1\n---\nElf.\n", encoding="utf-8"
    )
    here = SOCIALE_HUUR
    assert _errors(part2) == [
        f"{here}/afspraak-5.4.11.md:5:8: [P163] 'after' places only a section without a number",
        f"{here}/kring-a.md:4:8: [P162] the sections' 'after' fields go round in a circle",
        f"{here}/kring-b.md:4:8: [P162] the sections' 'after' fields go round in a circle",
        f"{here}/toelichting-locaties.md:4:8: [P161] no number or section '5.4.99' in chapter "
        "'sociale-huur' to place it after",
    ]


def test_a_section_number_is_unique_with_the_agreement_numbers(part2: Path) -> None:
    (part2 / SOCIALE_HUUR / "dubbel.md").write_text(
        "---\nid: dubbel\nnumber: 5.4.2\ntitle: Dubbel\n---\nTekst.\n", encoding="utf-8"
    )
    assert _errors(part2) == [
        f"{SOCIALE_HUUR}/dubbel.md:2:5: [P131] duplicate agreement number '5.4.2'"
    ]


def test_an_agreement_heading_names_only_its_fields(part2: Path) -> None:
    document = part2 / "agreements" / "document.yaml"
    text = document.read_text(encoding="utf-8")
    document.write_text(
        text.replace("place: Heuvelstad\n", 'place: Heuvelstad\nagreement_heading: "{titel}"\n'),
        encoding="utf-8",
    )
    (problem,) = _errors(part2)
    assert problem.startswith("agreements/document.yaml:4:20: [P164] agreement_heading must name")
