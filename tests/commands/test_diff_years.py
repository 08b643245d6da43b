"""``prestatie diff --from-year A --to-year B``: two years of the working tree compared, in the
review's form (the site's comparison pages are the same review)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from prestatie_build.cli import cli


def diff(root: Path, *arguments: str, language: str = "nl") -> Result:
    command = ["--root", str(root), "--lang", language, "diff", *arguments]
    return CliRunner().invoke(cli, command)


def test_2022_to_2024_shows_the_deletion_in_agreement_7(assen: Path) -> None:
    outcome = diff(assen, "--from-year", "2022", "--to-year", "2024", "--format", "json")
    assert outcome.exit_code == 0, outcome.output
    review = json.loads(outcome.stdout)
    assert (review["base"], review["head"]) == ("2022", "2024")
    (year,) = review["years"]
    assert year["year"] == 2024
    entry = next(e for e in year["entries"] if e["target"]["key"] == "7")
    assert entry["text_change"] == "changed"
    assert [op["kind"] for op in entry["ops"]] == ["equal", "delete"]
    assert "verhuurdersheffing" in entry["ops"][1]["text"]


def test_the_markdown_names_the_two_years(assen: Path) -> None:
    outcome = diff(assen, "--from-year", "2022", "--to-year", "2024", "--format", "md")
    assert outcome.exit_code == 0, outcome.output
    assert "Vergelijking van `2022` met `2024`." in outcome.stdout
    assert "<del> De gemeente overweegt welke andere vormen" in outcome.stdout


def test_a_year_compared_with_itself_or_backwards_is_refused(assen: Path) -> None:
    for first, second in (("2024", "2022"), ("2024", "2024")):
        outcome = diff(assen, "--from-year", first, "--to-year", second)
        assert outcome.exit_code == 2
        assert outcome.output == (
            f"error: --from-year {first} moet vóór --to-year {second} liggen\n"
        )


def test_a_year_outside_the_period_names_its_option(assen: Path) -> None:
    outcome = diff(assen, "--from-year", "2019", "--to-year", "2024", language="en")
    assert outcome.exit_code == 2
    assert "--from-year 2019 lies outside the period 2022-2025" in outcome.output


def test_either_revisions_or_years(assen: Path) -> None:
    alone = diff(assen, "--from-year", "2022")
    assert alone.exit_code == 2
    assert alone.output == "error: Geef --base REV, of zowel --from-year als --to-year\n"
    nothing = diff(assen)
    assert nothing.exit_code == 2
    assert nothing.output == alone.output
    both = diff(assen, "--base", "HEAD", "--from-year", "2022", "--to-year", "2024")
    assert both.exit_code == 2
    assert both.output == (
        "error: --from-year en --to-year vergelijken de werkmap: laat --base, --head en --year "
        "weg\n"
    )


def test_english_on_request(assen: Path) -> None:
    outcome = diff(assen, "--from-year", "2024", "--to-year", "2022", language="en")
    assert outcome.output == "error: --from-year 2024 must come before --to-year 2022\n"
