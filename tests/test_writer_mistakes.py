"""A writer's Jaarplan 2025, and the mistakes people make in it, replayed one at a time.

The scenario is written for this test, not a signed text: a draft Jaarplan 2025 for the copy of
Assen's sources, with ten changes, as a policy officer writes one. Each mistake below is what
someone typed instead of a line of it (issue 13): the fourteen that used to get the parser's or
the schema's English, the three that passed without a word, and the five that gave a wrong
document with exit 0. Each must get a Dutch message at the line to edit that says what to do,
and none may leave ``check --strict`` or ``build --strict`` at exit 0. The typographic variants
a PDF copy brings (dashes, quotes, a word broken at a line end) are forgiven instead: they build
the document the writer meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.core import consolidate
from prestatie_build.sources import load_project
from projects import copy_assen

JAARPLAN = "amendments/2025/jaarplan.yaml"

SCENARIO = """\
year: 2025
title: Jaarplan 2025
status: draft
introduction: |
  Partijen leggen in dit Jaarplan 2025 de wijzigingen en aanvullingen voor 2025 vast.
changes:
  - op: append
    target: 5
    text: In 2025 bespreken partijen de uitkomsten van het onderzoek naar jongerenhuisvesting.
    reason: Het onderzoek is afgerond.

  - op: replace
    target: 17
    old: 10-15 extra standplaatsen
    new: 15 extra standplaatsen

  - op: append
    target: 15
    text: Partijen bespreken het “verkoopbeleid” eenmaal per jaar.

  - op: replace
    target: 27
    old: conform het convenant
    new: conform het convenant circulair bouwen

  - op: delete
    target: 19
    text: We verwachten dat de data vanuit Thuiskompas in 2022 voldoende betrouwbaar is om een uitspraak te doen over de huidige gemiddelde zoektijd.
    reason: De data zijn inmiddels beschikbaar.

  - op: append
    target: 13
    text: De taskforce rapporteert twee keer per jaar aan het bestuurlijk overleg.

  - op: append
    target: 30
    text: Partijen volgen de voortgang van de geclusterde ouderenwoningen in het bestuurlijk overleg.

  - op: append
    target: 33
    text: Partijen evalueren het programma Mijn Buurt Assen in 2025.

  - op: append
    target: 7
    text: De gemeente informeert partijen over de uitkomsten van het lobbywerk.

  - op: replace
    target: 15
    old: het “verkoopbeleid” eenmaal per jaar
    new: het “verkoopbeleid” twee keer per jaar
"""  # noqa: E501 (the texts of a Jaarplan are written on one line)

ADOPTED = "status: adopted\nadopted:\n  date: {date}\n  place: Assen\n"


@dataclass(frozen=True)
class Mistake:
    """What a writer typed instead of a passage of the scenario, and what prestatie must say."""

    title: str
    written: str
    """The passage of the scenario, as it should be."""
    typed: str
    """What was typed instead."""
    line: int
    """The line of the mistaken file the message points at: the line to edit."""
    code: str
    says: str
    """Words of the Dutch message or hint that say what to do."""

    def apply(self, scenario: str) -> str:
        assert scenario.count(self.written) == 1, f"{self.title}: not once in the scenario"
        return scenario.replace(self.written, self.typed)


MISTAKES = (
    # --- YAML the parser refused, in its own English --------------------------------------------
    Mistake(
        "a colon in a plain text",
        "text: Partijen bespreken het “verkoopbeleid” eenmaal per jaar.",
        "text: Let op: partijen bespreken het “verkoopbeleid” eenmaal per jaar.",
        19,
        "P101",
        "zet de tekst op de volgende regels na `text: |`",
    ),
    Mistake(
        "a line indented less than its change",
        "    text: De taskforce rapporteert",
        "  text: De taskforce rapporteert",
        33,
        "P101",
        "zet `text:` precies onder `target:` van regel 32",
    ),
    Mistake(
        "a field indented one space short",
        "  - op: append\n    target: 7",
        "  - op: append\n   target: 7",
        44,
        "P101",
        "zet `target:` precies onder `op:` van regel 43",
    ),
    Mistake(
        "a stray dash",
        "  - op: append\n    target: 7",
        "  -\n  - op: append\n    target: 7",
        43,
        "P113",
        "haal de `-` weg, of vul de wijziging aan",
    ),
    Mistake(
        "a tab in the indentation",
        "    target: 30",
        "\ttarget: 30",
        36,
        "P101",
        "vervang de tab door spaties",
    ),
    # --- near misses that got no suggestion ------------------------------------------------------
    Mistake(
        "two digits of a number swapped",
        "  - op: append\n    target: 15",
        "  - op: append\n    target: 51",
        18,
        "P201",
        "bedoelt u '15'",
    ),
    Mistake(
        "an op by another name",
        "  - op: replace\n    target: 27",
        "  - op: change\n    target: 27",
        21,
        "P113",
        "bedoelt u `op: replace`?",
    ),
    Mistake(
        "a chapter by its title",
        "  - op: append\n    target: 7",
        "  - op: add\n    chapter: Wonen en Zorg\n    number: 31\n    text: Nieuw.\n\n"
        "  - op: append\n    target: 7",
        44,
        "P113",
        "bedoelt u `wonen-en-zorg`?",
    ),
    Mistake(
        "a date in Dutch order",
        "status: draft\n",
        ADOPTED.format(date="07-12-2024"),
        5,
        "P113",
        "bedoelt u `2024-12-07`?",
    ),
    Mistake(
        "a fragment that is not in the agreement",
        "    old: conform het convenant\n",
        "    old: 2022\n",
        23,
        "P202",
        "dit lijkt er het meest op",
    ),
    # --- accepted without a word ------------------------------------------------------------
    Mistake(
        "a label naming last year",
        "    target: 5\n",
        "    target: 5\n    label: Wijziging 2024\n",
        9,
        "W311",
        "Verbeter het jaar bij `label:`",
    ),
    Mistake(
        "adopted after the deadline",
        "status: draft\n",
        ADOPTED.format(date="2024-12-31"),
        4,
        "W312",
        "uiterlijk 15 december 2024",
    ),
    Mistake(
        "a date that reads day-first",
        "status: draft\n",
        ADOPTED.format(date="2024-05-12"),
        4,
        "W313",
        "of bedoelt u 5 december 2024?",
    ),
    # --- the five that gave a wrong document with exit 0 ------------------------------------
    Mistake(
        "a whole agreement deleted by a swapped number",
        "  - op: append\n    target: 7",
        "  - op: delete\n    target: 13\n\n  - op: append\n    target: 7",
        44,
        "W307",
        "Zet `whole: true` bij de wijziging",
    ),
    Mistake(
        "reason: indented into the text",
        "    text: Partijen bespreken het “verkoopbeleid” eenmaal per jaar.\n",
        "    text: |\n      Partijen bespreken het “verkoopbeleid” eenmaal per jaar.\n"
        "      reason: jaarlijks overleg\n",
        21,
        "W308",
        "Laat de regel dan even ver inspringen als `text:`",
    ),
    Mistake(
        "replace with text but without old",
        "    old: conform het convenant\n    new: conform het convenant circulair bouwen\n",
        "    text: Woningcorporaties bouwen circulair.\n",
        22,
        "W307",
        "gebruik `text:`/`old:` voor een deel",
    ),
    Mistake(
        "a ' #' in a plain text",
        "text: Partijen evalueren het programma Mijn Buurt Assen in 2025.",
        "text: Partijen evalueren het programma Mijn Buurt Assen (zie #3) in 2025.",
        41,
        "W309",
        "Zet de hele tekst tussen dubbele aanhalingstekens",
    ),
    Mistake(
        "two spaces at a line end",
        "    text: De gemeente informeert partijen over de uitkomsten van het lobbywerk.\n",
        "    text: |\n      De gemeente informeert partijen  \n"
        "      over de uitkomsten van het lobbywerk.\n",
        46,
        "W310",
        "Haal de spaties aan het eind van de regel weg",
    ),
)

FORGIVEN = (
    Mistake(
        "an en dash copied from the PDF",
        "old: 10-15 extra standplaatsen",
        "old: 10\u201315 extra standplaatsen",
        0,
        "",
        "",
    ),
    Mistake(
        "straight quotes for curly ones",
        "old: het “verkoopbeleid” eenmaal per jaar",
        "old: 'het \"verkoopbeleid\" eenmaal per jaar'",
        0,
        "",
        "",
    ),
    Mistake(
        "a word the PDF broke at a line end",
        "text: We verwachten dat de data",
        "text: We ver- wachten dat de data",
        0,
        "",
        "",
    ),
)

ENGLISH = re.compile(
    r"\b(must|not found|expected|did you mean|mapping|NoneType|int|string|slug|fragment|"
    r"target|occurs|unknown|invalid)\b"
)
"""Words of the old English messages; field names the writer types are quoted (`target:`)."""


def _project(tmp_path: Path, scenario: str) -> Path:
    root = copy_assen(tmp_path / "assen")
    (root / "amendments" / "2025").mkdir()
    (root / JAARPLAN).write_text(scenario, encoding="utf-8")
    return root


def _run(root: Path, *arguments: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), *arguments])


def _check(root: Path) -> Result:
    return _run(root, "check", "--strict", "--today", "2024-11-01")


def test_the_scenario_itself_passes_strict_check(tmp_path: Path) -> None:
    result = _check(_project(tmp_path, SCENARIO))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.title)
def test_a_mistake_gets_a_dutch_message_at_the_line_to_edit(
    mistake: Mistake, tmp_path: Path
) -> None:
    root = _project(tmp_path, mistake.apply(SCENARIO))
    result = _check(root)
    assert result.exit_code == 1, f"{mistake.title}: check --strict passed\n{result.output}"
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{root}/{JAARPLAN}:{mistake.line}:"), f"{mistake.title}: {first}"
    assert first.endswith(f"[{mistake.code} {_name(first)}]"), f"{mistake.title}: {first}"
    assert mistake.says in result.stderr, f"{mistake.title}:\n{result.stderr}"
    words = _message_words(result.stderr)
    assert not ENGLISH.search(words), f"{mistake.title}: English in\n{result.stderr}"


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.title)
def test_build_strict_writes_nothing_after_a_mistake(mistake: Mistake, tmp_path: Path) -> None:
    root = _project(tmp_path, mistake.apply(SCENARIO))
    result = _run(root, "build", "--year", "2025", "--format", "html", "--strict")
    assert result.exit_code == 1, f"{mistake.title}: build --strict passed\n{result.output}"
    assert not (root / "build").exists(), mistake.title


@pytest.mark.parametrize("mistake", FORGIVEN, ids=lambda m: m.title)
def test_a_typographic_variant_builds_the_document_that_was_meant(
    mistake: Mistake, tmp_path: Path
) -> None:
    meant = _texts(_project(tmp_path / "meant", SCENARIO))
    root = _project(tmp_path / "typed", mistake.apply(SCENARIO))
    result = _check(root)
    assert result.exit_code == 0, f"{mistake.title}:\n{result.output}"
    assert _texts(root) == meant, mistake.title


def test_english_on_request(tmp_path: Path) -> None:
    root = _project(tmp_path, MISTAKES[0].apply(SCENARIO))
    result = _run(root, "--lang", "en", "check", "--strict")
    assert "a colon followed by a space" in result.stderr, result.stderr


def _texts(root: Path) -> dict[str, tuple[str, ...]]:
    document = consolidate(load_project(root), 2025).document
    return {
        f"{article.number or article.id}": tuple(block.text for block in article.blocks)
        for article in document.articles()
    }


def _name(line: str) -> str:
    return line.rsplit("[", 1)[1].split(" ", 1)[1].rstrip("]")


def _message_words(stderr: str) -> str:
    """The message and hint lines without their location, code and quoted field names."""
    lines = [line.split(": ", 2)[-1] for line in stderr.splitlines()]
    text = re.sub(r"\[[PW]\d{3} [a-z-]+\]", "", "\n".join(lines))
    return re.sub(r"`[^`]*`|'[^']*'|“[^”]*”|\"[^\"]*\"", "", text)
