"""Schema errors in plain Dutch, and the near misses the sources forgive or name (issue 13,
items 1 and 4): a chapter's title for its id, the contract's Dutch status words, a day-first date.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jsonschema
import pytest

from prestatie_build.core import SourceError
from prestatie_build.core.catalogue import DUTCH
from prestatie_build.sources import load_project, load_schema

JAARPLAN = Path("amendments") / "2024" / "jaarplan.yaml"
SOURCES = Path(__file__).resolve().parents[2] / "src" / "prestatie_build" / "sources"


def _append(assen: Path, change: str) -> int:
    """Append ``change`` to the Assen Jaarplan 2024; the file's line of its first line."""
    path = assen / JAARPLAN
    text = path.read_text(encoding="utf-8")
    path.write_text(text + change, encoding="utf-8")
    return text.count("\n") + 1


def _replace(assen: Path, old: str, new: str) -> int:
    """Replace ``old`` once in the Assen Jaarplan 2024; the line it stands on."""
    path = assen / JAARPLAN
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _problems(root: Path) -> list[str]:
    with pytest.raises(SourceError) as caught:
        load_project(root)
    return [diagnostic.format() for diagnostic in caught.value.diagnostics]


def test_a_missing_field_in_dutch(assen: Path) -> None:
    line = _append(assen, "  - op: append\n    text: Nieuw.\n")
    assert _problems(assen) == [
        f"{JAARPLAN.as_posix()}:{line}:5: error: het veld `target:` ontbreekt"
    ]


def test_an_unknown_field_suggests_the_one_meant(assen: Path) -> None:
    line = _append(assen, "  - op: append\n    target: 5\n    txet: Nieuw.\n    text: Ja.\n")
    assert _problems(assen) == [
        f"{JAARPLAN.as_posix()}:{line + 2}:5: error: onbekend veld `txet:`\n"
        "  hint: bedoelt u `text`? Toegestaan hier: after, label, op, reason, target, text"
    ]


def test_a_value_of_the_wrong_kind_in_plain_words(assen: Path) -> None:
    line = _append(assen, "  - op: replace\n    target: 5\n    old:\n      - een\n    new: twee\n")
    assert _problems(assen) == [
        f"{JAARPLAN.as_posix()}:{line + 3}:7: error: `old:` moet tekst zijn, niet een lijst"
    ]


def test_a_value_outside_the_choices(assen: Path) -> None:
    line = _append(assen, "  - op: insert\n    target: 5\n    text: Nieuw.\n")
    assert _problems(assen) == [
        f"{JAARPLAN.as_posix()}:{line}:9: error: `op:` is `insert`; kies uit: add, append, "
        "replace, delete, set\n  hint: bedoelt u `op: append` of `op: add`?"
    ]


def test_a_stray_dash_says_to_remove_it_or_fill_it_in(assen: Path) -> None:
    line = _append(assen, "  -\n  - op: append\n    target: 5\n    text: Nieuw.\n")
    assert _problems(assen) == [
        f"{JAARPLAN.as_posix()}:{line}: error: een losse `-` zonder wijziging erachter\n"
        "  hint: haal de `-` weg, of vul de wijziging aan"
    ]


def test_a_stray_dash_in_another_list(assen: Path) -> None:
    line = _replace(assen, "signatories:\n", "signatories:\n  -\n") + 1
    assert _problems(assen) == [
        f"{JAARPLAN.as_posix()}:{line}: error: een losse `-` zonder iets erachter\n"
        "  hint: haal de `-` weg, of vul de regel aan"
    ]


def test_old_2022_is_the_text_2022(assen: Path) -> None:
    """``old: 2022`` is read as written (the text "2022"); there is nothing to put in quotes."""
    base = (assen / "agreements" / "betaalbaarheid" / "afspraak-5.md").read_text(encoding="utf-8")
    year = next(y for y in ("2022", "2023", "2025") if base.count(y) == 1)
    _append(assen, f"  - op: replace\n    target: 5\n    old: {year}\n    new: 2030\n")
    [jaarplan] = load_project(assen).jaarplannen
    assert (jaarplan.changes[-1].old, jaarplan.changes[-1].new) == (year, "2030")


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Wonen en Zorg", "wonen-en-zorg"),
        ("Wonen-En-Zorg", "wonen-en-zorg"),
        ("wonen en zorg", "wonen-en-zorg"),
        # The title, not its spelling as an id: the chapter's own id.
        ("Samenwerking, procesafspraken en monitoring", "samenwerking"),
    ],
)
def test_a_chapter_title_or_a_misspelt_id_suggests_the_id(
    assen: Path, written: str, meant: str
) -> None:
    line = _append(assen, f"  - op: add\n    chapter: {written}\n    number: 90\n    text: N.\n")
    assert _problems(assen) == [
        f"{JAARPLAN.as_posix()}:{line + 1}:14: error: `chapter:` moet een naam zijn van kleine "
        "letters, cijfers en streepjes, die met een letter begint (zoals `wonen-en-zorg`)\n"
        f"  hint: bedoelt u `{meant}`?"
    ]


def test_a_name_that_is_no_chapter_gets_its_spelling_as_a_name(assen: Path) -> None:
    line = _append(
        assen, "  - op: add\n    chapter: Nieuw Hoofdstuk\n    number: 90\n    text: N.\n"
    )
    [problem] = _problems(assen)
    assert problem.startswith(f"{JAARPLAN.as_posix()}:{line + 1}:14: error: `chapter:` moet")
    assert problem.endswith("hint: bedoelt u `nieuw-hoofdstuk`?")


@pytest.mark.parametrize(("word", "status"), [("vastgesteld", "adopted"), ("concept", "draft")])
def test_the_contracts_dutch_status_words_are_accepted(assen: Path, word: str, status: str) -> None:
    _replace(assen, "status: adopted\n", f"status: {word}\n")
    [jaarplan] = load_project(assen).jaarplannen
    assert jaarplan.status == status


def test_vastgesteld_needs_the_adoption_as_adopted_does(assen: Path) -> None:
    adoption = "status: adopted\nadopted:\n  date: 2023-12-07\n  place: Assen\n"
    _replace(assen, adoption, "status: vastgesteld\n")
    # Line 1 is the editor's schema comment; the fields start on line 2.
    assert _problems(assen) == [f"{JAARPLAN.as_posix()}:2:1: error: het veld `adopted:` ontbreekt"]


@pytest.mark.parametrize("status", ["draft", "adopted", "concept", "vastgesteld"])
def test_the_schema_for_editors_accepts_the_dutch_status_words(status: str) -> None:
    schema = load_schema("jaarplan.schema.json")
    validator = jsonschema.Draft202012Validator(schema)
    adopted = {"date": "2023-12-07", "place": "Assen"}
    assert not list(
        validator.iter_errors({"year": 2024, "title": "J", "status": status, "adopted": adopted})
    )
    needs_adoption = [
        e.message for e in validator.iter_errors({"year": 2024, "title": "J", "status": status})
    ]
    assert needs_adoption == (
        ["'adopted' is a required property"] if status in ("adopted", "vastgesteld") else []
    )


def test_a_day_first_date_suggests_the_date_meant(assen: Path) -> None:
    line = _replace(assen, "  date: 2023-12-07\n", "  date: 07-12-2023\n")
    assert _problems(assen) == [
        f"{JAARPLAN.as_posix()}:{line}:9: error: `date:` moet een datum zijn, geschreven als "
        "JJJJ-MM-DD\n"
        "  hint: bedoelt u `2023-12-07`?"
    ]


@pytest.mark.parametrize("written", ["31-02-2024", "12/2024", "7 december 2023"])
def test_no_date_is_suggested_where_none_is_meant_for_sure(assen: Path, written: str) -> None:
    _replace(assen, "  date: 2023-12-07\n", f"  date: {written}\n")
    [problem] = _problems(assen)
    assert "hint" not in problem


def test_the_english_form_on_request(assen: Path) -> None:
    _replace(assen, "  date: 2023-12-07\n", "  date: 7.12.2023\n")
    with pytest.raises(SourceError) as caught:
        load_project(assen)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.format("en").endswith(
        "error: 'date' must be a date written as YYYY-MM-DD\n  hint: did you mean '2023-12-07'?"
    )


def _sources_templates() -> list[str]:
    found = []
    for path in sorted(SOURCES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
            ):
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str)
                found.append(first.value)
    return found


JARGON = re.compile(r"\b(mapping|int|NoneType|slug|string|fragment)\b")
"""Words of a programmer, not of a writer. Field names the writer types (in backticks) and the
values filled in (``{...}``) are left out of the check."""


@pytest.mark.parametrize("template", _sources_templates())
def test_the_dutch_of_the_input_edge_holds_no_jargon(template: str) -> None:
    prose = re.sub(r"`[^`]*`|\{[^}]*\}", "", DUTCH[template])
    assert not JARGON.search(prose), DUTCH[template]
