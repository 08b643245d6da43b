"""The renvooi parser, one pattern at a time, against the Assen document of 2023."""

from __future__ import annotations

from pathlib import Path

import pytest

from prestatie_build.core import (
    Document,
    ImportedJaarplan,
    SourceLine,
    SourceLocation,
    consolidate,
    known_headings,
    paragraphs_from_lines,
    parse_renvooi,
)
from prestatie_build.sources import load_project

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def document() -> Document:
    return consolidate(load_project(REPO, up_to_year=2023), 2023).document


def _parsed(text: str, document: Document) -> ImportedJaarplan:
    lines = [
        SourceLine(line, SourceLocation("jp.txt", number))
        for number, line in enumerate(text.split("\n"), 1)
    ]
    return parse_renvooi(paragraphs_from_lines(lines, known_headings(document)), document, 2024)


HEAD = "Wijzigingen en aanvullingen\n\nBeschikbaarheid\n\n"


def test_an_append_with_a_reason_in_its_label(document: Document) -> None:
    jaarplan = _parsed(
        HEAD + "Huidige afspraak:\n\n15. Partijen stemmen het verkoopbeleid met elkaar af. "
        "Woningcorporaties houden in hun verkoopbeleid rekening met het vermijden van "
        "versnippering van woningbezit.\n\nAanvulling 2024 (de markt is krap):\n\nEen zin.",
        document,
    )
    [change] = jaarplan.changes
    assert (change.op, change.target, change.label, change.reason, change.text) == (
        "append",
        "15",
        "",
        "de markt is krap",
        "Een zin.",
    )


def test_a_quote_that_differs_is_a_warning_with_both_texts(document: Document) -> None:
    jaarplan = _parsed(
        HEAD + "Huidige afspraak:\n\n15. Partijen stemmen het inkoopbeleid met elkaar af.\n\n"
        "Aanvulling 2024:\n\nEen zin.",
        document,
    )
    [warning] = [d for d in jaarplan.diagnostics if d.code == "W370"]
    assert warning.location == SourceLocation("jp.txt", 7)
    assert "inkoopbeleid" in str(warning.hint) and "verkoopbeleid" in str(warning.hint)
    assert len(jaarplan.changes) == 1


def test_a_new_agreement_under_an_append_label_is_an_add_with_that_label(
    document: Document,
) -> None:
    jaarplan = _parsed(HEAD + "Aanvulling 2024:\n\n14. Een nieuwe afspraak.", document)
    [change] = jaarplan.changes
    assert (change.op, change.chapter, change.number, change.label) == (
        "add",
        "beschikbaarheid",
        "14",
        "Aanvulling 2024",
    )


def test_an_unknown_number_without_a_label_is_an_error(document: Document) -> None:
    jaarplan = _parsed(HEAD + "14. Een afspraak die niet bestaat.", document)
    assert [d.code for d in jaarplan.diagnostics if d.severity == "error"] == ["P506"]
    assert jaarplan.changes == ()


def test_a_deletion_with_its_reason(document: Document) -> None:
    jaarplan = _parsed(
        HEAD + "Huidige afspraak:\n\n17. De gemeente en Actium voegen 10-15 extra standplaatsen "
        "voor woonwagens toe om te voldoen aan de uitbreidingsbehoefte.\n\n"
        "Onderstaande tekst kan verwijderd worden uit de Meerjarige Prestatieafspraken "
        "(het is gedaan):\n\nIn eerste instantie wordt uitbreiding van de huidige locaties benut.",
        document,
    )
    [change] = jaarplan.changes
    assert (change.op, change.target, change.reason) == ("delete", "17", "het is gedaan")
    assert change.text == "In eerste instantie wordt uitbreiding van de huidige locaties benut."


def test_a_label_of_another_year_is_a_warning(document: Document) -> None:
    jaarplan = _parsed(
        HEAD + "Huidige afspraak:\n\n15. Partijen stemmen het verkoopbeleid met elkaar af. "
        "Woningcorporaties houden in hun verkoopbeleid rekening met het vermijden van "
        "versnippering van woningbezit.\n\nAanvulling 2023:\n\nEen zin.",
        document,
    )
    assert [d.code for d in jaarplan.diagnostics] == ["W373", "W372"]
    assert jaarplan.changes[0].label == "Aanvulling 2023"


def test_a_label_with_no_text_under_it_is_an_error(document: Document) -> None:
    jaarplan = _parsed(
        HEAD + "Huidige afspraak:\n\n15. Partijen stemmen.\n\nAanvulling 2024:", document
    )
    assert "P505" in [d.code for d in jaarplan.diagnostics]
