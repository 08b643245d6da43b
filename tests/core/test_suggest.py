"""Near misses: what a writer probably meant by an unknown target or op."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from prestatie_build.commands import check_project
from prestatie_build.core import either, near_ops, near_targets, op_hint

NUMBERS = ["2", "5", "7", "12", "13", "15", "17", "19", "27", "31", "tijdlijn", "documents"]


def test_a_number_with_two_digits_swapped_comes_first() -> None:
    """``51`` is one edit from 5, but was meant for 15."""
    assert near_targets("51", NUMBERS) == ["15", "5", "31"]
    assert near_targets("31", ["13", "30", "33", "31a"])[0] == "13"


def test_then_the_numbers_one_edit_away_in_number_order() -> None:
    assert near_targets("77", NUMBERS) == ["7", "17", "27"]
    assert near_targets("88", NUMBERS) == []


def test_a_section_gets_the_closest_names() -> None:
    assert near_targets("tijdlijnen", NUMBERS) == ["tijdlijn"]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("change", ["replace"]),
        ("remove", ["delete"]),
        ("insert", ["append", "add"]),
        ("toevoegen", ["append", "add"]),
        ("Verwijderen", ["delete"]),
        ("replce", ["replace"]),
        ("delet", ["delete"]),
        ("frobnicate", []),
    ],
)
def test_an_unknown_op_suggests_the_op_meant(written: str, meant: list[str]) -> None:
    assert near_ops(written) == meant


def test_the_op_hint_reads_in_both_languages() -> None:
    hint = op_hint("change")
    assert not isinstance(hint, str)
    assert hint.render("en") == "did you mean `op: replace`?"
    assert hint.render("nl") == "bedoelt u `op: replace`?"
    assert op_hint("frobnicate") == ""
    assert op_hint(None) == ""


def test_alternatives_are_joined_in_the_writer_language() -> None:
    assert either([]) == "" and either(["'5'"]) == "'5'"
    both = either(["'15'", "'5'", "'1'"])
    assert not isinstance(both, str)
    assert (both.render("en"), both.render("nl")) == ("'15', '5' or '1'", "'15', '5' of '1'")


def test_check_suggests_the_op_for_an_unknown_one(assen: Path) -> None:
    jaarplan = assen / "amendments" / "2024" / "jaarplan.yaml"
    text = jaarplan.read_text("utf-8").replace("  - op: replace\n", "  - op: change\n", 1)
    jaarplan.write_text(text, encoding="utf-8")
    [error] = check_project(assen, today=datetime.date(2024, 6, 1)).errors
    assert error.code == "P113"
    assert str(error.hint) == "did you mean `op: replace`?"
