"""YAML syntax errors in plain Dutch, at the line to edit (issue 13, item 2).

Each case is a small piece of a Jaarplan with one mistake people make. The expected text is the
whole diagnostic as the writer sees it (Dutch, the default), so both the words and the line are
pinned; a few cases check the English form too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prestatie_build.core import SourceError, SourceLocation
from prestatie_build.sources import load_project, parse_yaml

FILE = SourceLocation("amendments/2025/jaarplan.yaml")

CHANGE = "changes:\n  - op: append\n    target: 5\n"
"""Lines 1-3 of every case: a change whose fields stand at column 5."""


def _problem(text: str, *, first_line: int = 1) -> str:
    with pytest.raises(SourceError) as caught:
        parse_yaml(text, FILE, first_line=first_line)
    [diagnostic] = caught.value.diagnostics
    return diagnostic.format()


def _english(text: str) -> str:
    with pytest.raises(SourceError) as caught:
        parse_yaml(text, FILE)
    [diagnostic] = caught.value.diagnostics
    return diagnostic.format("en")


def test_a_colon_and_a_space_in_a_text_says_to_use_a_block() -> None:
    assert _problem(CHANGE + "    text: Let op: de huur stijgt.\n") == (
        "amendments/2025/jaarplan.yaml:4:17: error: een dubbele punt met een spatie erna in de "
        "tekst bij `text:`\n"
        "  hint: zet de tekst op de volgende regels na `text: |`, verder ingesprongen, of zet hem "
        "tussen aanhalingstekens"
    )


def test_a_colon_in_the_second_line_of_a_text_names_its_field() -> None:
    text = CHANGE + "    reason: Eerste zin\n      en let op: tweede zin.\n"
    assert _problem(text).startswith(
        "amendments/2025/jaarplan.yaml:5:16: error: een dubbele punt met een spatie erna in de "
        "tekst bij `reason:`\n"
    )


def test_a_colon_in_a_text_in_english() -> None:
    assert _english(CHANGE + "    text: Let op: de huur stijgt.\n") == (
        "amendments/2025/jaarplan.yaml:4:17: error: a colon followed by a space in the text of "
        "'text:'\n"
        "  hint: put the text on the lines after 'text: |', indented further, or put it in quotes"
    )


def test_a_line_of_a_block_that_is_not_indented_is_named_not_the_line_after_it() -> None:
    # The parser notices on line 7 ("reason:"); the line to edit is 6.
    text = CHANGE + "    text: |\n      Eerste regel.\n    Tweede regel.\n    reason: Omdat.\n"
    assert _problem(text) == (
        "amendments/2025/jaarplan.yaml:6:5: error: regel 6 moet net zo ver inspringen als de "
        "regel erboven\n"
        "  hint: de regel hoort bij de tekst erboven: alle regels van een tekst springen even ver "
        "in als de eerste"
    )


def test_a_second_line_of_a_plain_text_at_the_fields_indentation() -> None:
    text = CHANGE + "    text: Een lange zin\n    die doorgaat.\n    reason: Omdat.\n"
    assert _problem(text) == (
        "amendments/2025/jaarplan.yaml:5:5: error: regel 5 is geen veld (`naam: waarde`), maar "
        "springt even ver in als de velden\n"
        "  hint: hoort de regel bij de tekst erboven? Zet die tekst dan op de regels na "
        "`text: |`, verder ingesprongen"
    )


def test_line_numbers_in_the_words_are_the_files_own_in_front_matter() -> None:
    # Front matter starts on line 2 of an agreement file: " Twee" is line 4 of the front
    # matter and line 5 of the file, in the location and in the words.
    message = _problem("id: x\ntitle: |\n  Een\n Twee\nnumber: 5\n", first_line=2)
    assert message.startswith(
        "amendments/2025/jaarplan.yaml:5:2: error: regel 5 moet net zo ver inspringen als de "
        "regel erboven\n"
    )


def test_a_tab_says_to_use_spaces_at_the_tab() -> None:
    assert _problem("changes:\n  - op: append\n\ttarget: 5\n") == (
        "amendments/2025/jaarplan.yaml:3:1: error: een tab op deze regel; inspringen gaat alleen "
        "met spaties\n"
        "  hint: vervang de tab door spaties"
    )


def test_a_tab_inside_a_block_text() -> None:
    text = CHANGE + "    text: |\n      Een regel.\n\tTwee.\n"
    assert _problem(text).startswith("amendments/2025/jaarplan.yaml:6:1: error: een tab")


def test_a_field_indented_less_than_its_siblings_names_the_field_to_line_up_with() -> None:
    assert _problem(CHANGE + "   text: Nieuw.\n") == (
        "amendments/2025/jaarplan.yaml:4:4: error: regel 4 springt niet even ver in als de "
        "regels waar hij bij hoort\n"
        "  hint: zet `text:` precies onder `target:` van regel 3"
    )


def test_a_field_after_a_block_text_that_is_indented_too_little() -> None:
    text = CHANGE + "    text: |\n      Nieuw.\n  reason: Omdat.\n"
    assert _problem(text) == (
        "amendments/2025/jaarplan.yaml:6:3: error: regel 6 springt niet even ver in als de "
        "regels waar hij bij hoort\n"
        "  hint: zet `reason:` precies onder `text:` van regel 4"
    )


def test_a_list_item_that_does_not_line_up_names_the_dash_to_line_up_with() -> None:
    text = CHANGE + "   - op: delete\n     target: 7\n"
    assert _problem(text) == (
        "amendments/2025/jaarplan.yaml:4:4: error: regel 4 springt niet even ver in als de "
        "regels waar hij bij hoort\n"
        "  hint: zet de `-` precies onder de `-` van regel 2"
    )


def test_a_dash_without_a_space() -> None:
    assert _problem(CHANGE + "  -op: delete\n") == (
        "amendments/2025/jaarplan.yaml:4:3: error: zet een spatie na de `-` op regel 4"
    )


def test_a_field_indented_too_far() -> None:
    assert _problem("year: 2025\n  title: Jaarplan 2025\n") == (
        "amendments/2025/jaarplan.yaml:2:3: error: regel 2 springt verder in dan de regel "
        "erboven\n"
        "  hint: velden die bij elkaar horen, staan precies onder elkaar: laat regel 2 net zo "
        "ver inspringen als regel 1"
    )


def test_an_unclosed_quote_is_reported_where_it_opens() -> None:
    text = 'year: 2025\ntitle: "Jaarplan 2025\nstatus: draft\n'
    assert _problem(text) == (
        "amendments/2025/jaarplan.yaml:2:8: error: het aanhalingsteken aan het begin van deze "
        "tekst wordt nergens gesloten\n"
        "  hint: zet hetzelfde aanhalingsteken aan het eind van de tekst"
    )


def test_text_after_a_closing_quote() -> None:
    assert _problem('title: "Jaarplan" 2025\n') == (
        "amendments/2025/jaarplan.yaml:1:19: error: er staat nog tekst na het aanhalingsteken "
        "dat de tekst sluit\n"
        "  hint: zet de hele tekst tussen aanhalingstekens, of laat de aanhalingstekens weg"
    )


def test_an_unknown_escape_in_double_quotes() -> None:
    assert _problem('title: "C:\\Jaarplan"\n').startswith(
        "amendments/2025/jaarplan.yaml:1:11: error: een backslash tussen dubbele "
        "aanhalingstekens begint een code die YAML niet kent\n"
    )


def test_an_unclosed_bracket_is_reported_at_the_bracket() -> None:
    text = "adopted: {date: 2024-12-07, place: Assen\nstatus: adopted\n"
    assert _problem(text) == (
        "amendments/2025/jaarplan.yaml:1:10: error: de `{` op regel 1 wordt niet gesloten met "
        "`}`\n"
        "  hint: sluit hem, en zet een tekst met een komma of een dubbele punt tussen "
        "aanhalingstekens"
    )


@pytest.mark.parametrize(("char", "col"), [("*", 11), ("@", 11), ("`", 11)])
def test_a_text_that_starts_with_a_reserved_character(char: str, col: int) -> None:
    text = CHANGE + f"    text: {char}nieuw{char} beleid\n"
    assert _problem(text) == (
        f"amendments/2025/jaarplan.yaml:4:{col}: error: een tekst die met het teken {char} "
        "begint, moet tussen aanhalingstekens staan\n"
        "  hint: zet de hele tekst tussen aanhalingstekens"
    )


def test_a_duplicate_key_names_the_first_line() -> None:
    text = CHANGE + "    text: Een.\n    text: Twee.\n"
    assert _problem(text) == (
        "amendments/2025/jaarplan.yaml:5:5: error: het veld `text:` staat er twee keer\n"
        "  hint: `text:` staat al op regel 4: houd er één van de twee"
    )


def test_an_alias_and_a_tag_are_explained() -> None:
    alias = _problem(CHANGE + "    text: *nieuw\n")
    assert alias == (
        "amendments/2025/jaarplan.yaml:4:11: error: ankers en verwijzingen van YAML (`&naam`, "
        "`*naam`) kunnen niet in een bronbestand\n"
        "  hint: een waarde die met `&` of `*` begint, is er een: zet zo'n tekst tussen "
        "aanhalingstekens, en schrijf een herhaalde tekst voluit"
    )
    tag = _problem(CHANGE + "    text: !belangrijk Nieuw.\n")
    assert tag == (
        "amendments/2025/jaarplan.yaml:4:11: error: YAML-labels zoals !belangrijk kunnen niet "
        "in een bronbestand\n"
        "  hint: een waarde die met `!` begint, is er een: zet zo'n tekst tussen "
        "aanhalingstekens"
    )


def test_an_error_no_row_of_the_table_knows_keeps_the_parsers_words() -> None:
    assert _problem("%YAMLX 1\n---\ntitle: x\n") == (
        "amendments/2025/jaarplan.yaml:1:7: error: ongeldige YAML: found unknown directive name"
    )


def test_the_codes_stay_p101(assen: Path) -> None:
    path = assen / "amendments" / "2024" / "jaarplan.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "  - op: append\n    target: 5\n    text: Let op: nieuw.\n", "utf-8")
    line = text.count("\n") + 3
    with pytest.raises(SourceError) as caught:
        load_project(assen)
    [diagnostic] = caught.value.diagnostics
    assert (diagnostic.code, diagnostic.location.line) == ("P101", line)
