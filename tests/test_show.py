"""``prestatie show``: one target as consolidated for a year, with its history."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.commands import show_in_year as show
from prestatie_build.render import render_show_text


def run_show(root: Path, *arguments: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), "show", *arguments])


def test_an_agreement_with_its_labels_and_history(assen: Path) -> None:
    outcome = run_show(assen, "13", "--year", "2024")
    assert outcome.exit_code == 0, outcome.output
    lines = outcome.stdout.splitlines()
    assert lines[0] == "Afspraak 13 · Beschikbaarheid · 2024"
    assert lines[1] == f"{assen}/agreements/beschikbaarheid/afspraak-13.md:1"
    assert "  [Aanvulling 2024]" in lines
    history = lines[lines.index("History") + 1 :]
    assert history[0] == (
        f"  2024  Verwijderd 2024  (delete)  {assen}/amendments/2024/jaarplan.yaml:79:5"
    )
    assert history[1] == "        reason: de taskforce sociale woningbouw is opgericht"
    assert history[2].startswith("  2024  Aanvulling 2024  (append)  ")


def test_an_earlier_year_shows_the_base_text(assen: Path) -> None:
    shown = show(assen, "5", 2023)
    assert shown.history == ()
    assert all(block.label == "" for block in shown.blocks)
    text = render_show_text(shown)
    assert "Actium en de gemeente Assen onderzoeken momenteel" in text
    assert "no Jaarplan has changed it" in text


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
    assert lines[0].endswith("2025 (CONCEPT: a draft Jaarplan is applied)")
    assert "  [Vervallen per 2025]" in lines
    assert "        reason: de afspraak is uitgevoerd" in lines


def test_long_lines_are_wrapped_for_a_terminal(assen: Path) -> None:
    text = render_show_text(show(assen, "tijdlijn", 2023), width=60)
    body = text.split("History")[0].splitlines()[2:]
    assert body and all(len(line) <= 60 for line in body)
    # A list item's next lines stand under its text, not under its marker.
    assert "  - samen te besluiten of er wel of geen prestatieafspraken" in text
    assert "\n    voor het komende jaar" in text or "\n    komende jaar" in text


def test_an_unknown_target_is_misuse_with_a_suggestion(assen: Path) -> None:
    outcome = run_show(assen, "tijdlijm")
    assert outcome.exit_code == 2
    assert "no target 'tijdlijm' in the document; did you mean tijdlijn?" in outcome.stderr


def test_a_year_outside_the_period_is_misuse(assen: Path) -> None:
    outcome = run_show(assen, "5", "--year", "2021")
    assert outcome.exit_code == 2
