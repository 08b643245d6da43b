"""``prestatie show``: one target as consolidated for a year, with its history."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.commands import show_in_year as show
from prestatie_build.core import (
    CopiedFragment,
    consolidate,
    copy_fragment,
    find_spans,
    numbered_blocks,
    show_target,
    valid_targets,
)
from prestatie_build.render import render_show_text
from prestatie_build.sources import load_project


def run_show(root: Path, *arguments: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), "show", *arguments])


def test_an_agreement_with_its_labels_and_history(assen: Path) -> None:
    outcome = run_show(assen, "13", "--year", "2024")
    assert outcome.exit_code == 0, outcome.output
    lines = outcome.stdout.splitlines()
    assert lines[0] == "Afspraak 13 · Beschikbaarheid · 2024"
    assert lines[1] == f"{assen}/agreements/beschikbaarheid/afspraak-13.md:1"
    assert "  [Aanvulling 2024]" in lines
    history = lines[lines.index("Geschiedenis") + 1 :]
    assert history[0] == (
        f"  2024  Verwijderd 2024  (delete)  {assen}/amendments/2024/jaarplan.yaml:79:5"
    )
    assert history[1] == "        toelichting: de taskforce sociale woningbouw is opgericht"
    assert history[2].startswith("  2024  Aanvulling 2024  (append)  ")


def test_an_earlier_year_shows_the_base_text(assen: Path) -> None:
    shown = show(assen, "5", 2023)
    assert shown.history == ()
    assert all(block.label == "" for block in shown.blocks)
    text = render_show_text(shown)
    assert "Actium en de gemeente Assen onderzoeken momenteel" in text
    assert "geen Jaarplan heeft dit gewijzigd: de tekst van het basisdocument" in text


def test_the_default_year_is_the_last_of_the_period(assen: Path) -> None:
    assert show(assen, "5", None).year == 2025


def test_a_section_by_id_and_an_agreement_by_anchor(assen: Path) -> None:
    tijdlijn = show(assen, "tijdlijn", 2024)
    assert tijdlijn.target.title == "Jaarlijkse cyclus"
    assert tijdlijn.history[0].label == "Wijziging 2024"
    assert show(assen, "afspraak-5", 2024).target.key == "5"


def test_a_list_with_its_items(assen: Path) -> None:
    outcome = run_show(assen, "betaalbaarheid/goals", "--year", "2024")
    assert outcome.exit_code == 0
    assert outcome.stdout.startswith("Doelen Betaalbaarheid · Betaalbaarheid · 2024\n")
    assert "  - We willen geen huisuitzettingen meer" in outcome.stdout


def test_a_deleted_agreement(assen: Path) -> None:
    folder = assen / "amendments" / "2025"
    folder.mkdir()
    (folder / "jaarplan.yaml").write_text(
        "year: 2025\ntitle: Jaarplan 2025\nstatus: draft\nchanges:\n"
        "  - op: delete\n    target: 33\n    reason: de afspraak is uitgevoerd\n"
    )
    outcome = run_show(assen, "33")
    assert outcome.exit_code == 0
    lines = outcome.stdout.splitlines()
    assert lines[0].endswith("2025 (CONCEPT: er is een concept-Jaarplan toegepast)")
    assert "  [Vervallen per 2025]" in lines
    assert "        toelichting: de afspraak is uitgevoerd" in lines


def test_long_lines_are_wrapped_for_a_terminal(assen: Path) -> None:
    text = render_show_text(show(assen, "tijdlijn", 2023), width=60)
    body = text.split("Geschiedenis")[0].splitlines()[2:]
    assert body and all(len(line) <= 60 for line in body)
    # A list item's next lines stand under its text, not under its marker.
    assert "  - samen te besluiten of er wel of geen prestatieafspraken" in text
    assert "\n    voor het komende jaar" in text or "\n    komende jaar" in text


def test_an_unknown_target_is_misuse_with_a_suggestion(assen: Path) -> None:
    outcome = run_show(assen, "tijdlijm")
    assert outcome.exit_code == 2
    assert "'tijdlijm' staat niet in het document; bedoelt u tijdlijn?" in outcome.stderr


def test_a_year_outside_the_period_is_misuse(assen: Path) -> None:
    outcome = run_show(assen, "5", "--year", "2021")
    assert outcome.exit_code == 2


# --- --numbered and --copy: fragments without retyping ------------------------------------


def test_numbered_prints_blocks_and_their_sentences(assen: Path) -> None:
    outcome = run_show(assen, "5", "--year", "2024", "--numbered")
    assert outcome.exit_code == 0, outcome.output
    lines = outcome.stdout.splitlines()
    assert lines[3].startswith("1    Woningcorporaties borgen dat er voldoende aanbod")
    assert "2    [Aanvulling 2024]" in lines
    assert any(line.startswith("2.1  Begin 2023 was de gemiddelde wachttijd") for line in lines)
    assert any(
        line.startswith("2.2  Partijen spreken af de gemiddelde wachttijd") for line in lines
    )
    assert lines[-1] == "  prestatie show 5 --year 2024 --copy 2.1"
    assert "Geschiedenis" not in lines


def test_copy_prints_exactly_the_source_of_a_sentence_or_block(assen: Path) -> None:
    sentence = run_show(assen, "tijdlijn", "--year", "2023", "--copy", "3.1")
    assert sentence.exit_code == 0, sentence.output
    assert sentence.stdout == (
        "**Uitbrengen activiteitenoverzicht:** Uiterlijk op 1 juli (tenzij anders overeengekomen)"
        " sturen de corporaties het overzicht van voorgenomen werkzaamheden aan de gemeente en"
        " huurdersorganisaties.\n"
    )
    assert sentence.stderr == ""
    item = run_show(assen, "tijdlijn", "--year", "2023", "--copy", "2.3")
    assert item.stdout == "te bepalen waarover afspraken moeten worden gemaakt c.q. bijgesteld;\n"
    block = run_show(assen, "tijdlijn", "--year", "2023", "--copy", "2")
    assert block.stdout.startswith("- terugkijken op het voorgaande jaar")
    assert block.stdout.count("\n- ") == 3


def test_every_copy_of_every_target_in_every_year_matches_once_as_a_fragment(
    assen: Path,
) -> None:
    """What --copy prints for each number --numbered shows is a fragment that occurs once."""
    project = load_project(assen)
    checked = 0
    for year in range(project.document.period.start, project.document.period.end + 1):
        consolidation = consolidate(project, year)
        for key in valid_targets(consolidation.document):
            shown = show_target(consolidation, key)
            texts = [block.text for block in shown.blocks]
            for block in numbered_blocks(shown):
                numbers = [str(block.number)]
                numbers += [f"{block.number}.{i}" for i in range(1, len(block.sentences) + 1)]
                for number in numbers:
                    copied = copy_fragment(shown, number)
                    hits = sum(len(find_spans(text, copied.text)) for text in texts)
                    assert hits == 1, f"{year} {key} {number}: {copied.text!r}"
                    assert copied.widened == (), f"{year} {key} {number}"
                    checked += 1
    assert checked > 300


def test_a_sentence_that_occurs_twice_takes_its_neighbour(assen: Path) -> None:
    agreement = assen / "agreements" / "leefbaarheid" / "afspraak-40.md"
    agreement.write_text(
        "---\nnumber: 40\n---\nEen zin. Een zin. Nog een.\n\nZelfde blok.\n\nZelfde blok.\n",
        encoding="utf-8",
    )
    shown = show(assen, "40", 2023)
    assert copy_fragment(shown, "1.1") == CopiedFragment("1.1", "Een zin. Een zin.", ("1.2",))
    assert copy_fragment(shown, "1.2") == CopiedFragment("1.2", "Een zin. Nog een.", ("1.3",))
    twice = run_show(assen, "40", "--year", "2023", "--copy", "2")
    assert twice.exit_code == 0
    assert twice.stdout == "Zelfde blok.\n"
    assert "let op: deze tekst staat 2 keer in Afspraak 40" in twice.stderr
    widened = run_show(assen, "40", "--year", "2023", "--copy", "1.1")
    assert widened.stdout == "Een zin. Een zin.\n"
    assert "let op: 1.1 staat vaker in Afspraak 40; met 1.2 erbij" in widened.stderr


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("7", "error: Afspraak 5 heeft 3 blokken; er is geen blok 7"),
        ("2.9", "error: blok 2 heeft 2 zinnen; er is geen zin 2.9"),
        ("0", "error: Afspraak 5 heeft 3 blokken; er is geen blok 0"),
        ("x", "error: --copy x: geef een bloknummer of blok.zin, bijvoorbeeld 2 of 2.1"),
        ("1.2.3", "error: --copy 1.2.3: geef een bloknummer of blok.zin"),
    ],
)
def test_a_number_the_target_does_not_have_is_misuse(
    assen: Path, number: str, message: str
) -> None:
    outcome = run_show(assen, "5", "--year", "2024", "--copy", number)
    assert outcome.exit_code == 2
    assert outcome.stdout == ""
    assert outcome.stderr.startswith(message)


def test_a_list_counts_its_items(assen: Path) -> None:
    outcome = run_show(assen, "documents", "--year", "2024", "--copy", "99")
    assert outcome.exit_code == 2
    assert "error: Overzicht documenten heeft 2 punten; er is geen punt 99" in outcome.stderr
    first = run_show(assen, "documents", "--year", "2024", "--copy", "1")
    assert first.stdout == "Nota Vereveningsfonds sociale woningbouw gemeente Assen 2023\n"


def test_a_deleted_agreement_has_nothing_to_number_or_copy(assen: Path) -> None:
    folder = assen / "amendments" / "2025"
    folder.mkdir()
    (folder / "jaarplan.yaml").write_text(
        "year: 2025\ntitle: Jaarplan 2025\nstatus: draft\nchanges:\n"
        "  - op: delete\n    target: 33\n"
    )
    numbered = run_show(assen, "33", "--numbered")
    assert numbered.exit_code == 0
    assert numbered.stdout.splitlines()[-1] == "  [Vervallen per 2025]"
    copied = run_show(assen, "33", "--copy", "1")
    assert copied.exit_code == 2
    assert copied.stderr == "error: Afspraak 33 is vervallen per 2025: geen tekst\n"


# --- issue 10 item 17: nothing a user wrote can steer the terminal ------------------------------

STEERING = "\x1b]0;overgenomen\x07\x1b[2J\x00\x9b"
"""An OSC that sets the terminal's title, a clear-screen CSI, a NUL and a one-byte CSI."""


def assert_nothing_raw(outcome: Result) -> None:
    printed = outcome.stdout + outcome.stderr
    assert not [c for c in printed if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0]


def test_a_control_character_in_a_source_is_refused_and_shown_escaped(assen: Path) -> None:
    agreement = assen / "agreements" / "betaalbaarheid" / "afspraak-7.md"
    agreement.write_text(
        agreement.read_text(encoding="utf-8") + f"Titel {STEERING} hier.\n", encoding="utf-8"
    )
    outcome = run_show(assen, "7")
    assert outcome.exit_code == 1
    assert "het stuurteken U+001B mag hier niet staan" in outcome.stderr
    assert_nothing_raw(outcome)


def test_a_target_argument_is_echoed_with_its_control_characters_escaped(assen: Path) -> None:
    outcome = run_show(assen, f"5{STEERING}")
    assert outcome.exit_code == 2
    assert "'5\\x1b]0;overgenomen\\x07\\x1b[2J\\x00\\x9b' staat niet" in outcome.stderr
    assert_nothing_raw(outcome)


def test_a_file_name_and_a_wrong_option_are_echoed_escaped(assen: Path) -> None:
    folder = assen / "agreements" / "betaalbaarheid"
    name = STEERING.replace("\x00", "")  # the one character no file name can hold
    (folder / "afspraak-7.md").rename(folder / f"afspraak-7{name}.md")
    for arguments in (["show", "5"], ["check"], ["build", "--year", f"20{STEERING}"]):
        outcome = CliRunner().invoke(cli, ["--root", str(assen), *arguments])
        assert outcome.exit_code in (1, 2), outcome.output
        assert "\\x1b]0;overgenomen\\x07" in outcome.stderr
        assert_nothing_raw(outcome)
