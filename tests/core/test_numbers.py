"""Agreement numbers (source-format Part 2, "Numbers"): what is one, how they sort, their
anchors and the heading an agreement gets."""

from __future__ import annotations

import pytest

from prestatie_build.core import (
    NUMBER_PATTERN,
    agreement_anchor,
    agreement_heading_text,
    is_agreement_number,
    number_sort_key,
)

NUMBERS = ["5", "12a", "2.1.1", "A3", "B.2", "ABC12.3b", "10.20.30", "1.2a.3"]
NOT_NUMBERS = [
    "0",
    "017",
    "2.01",
    "2.",
    ".2",
    "2..1",
    "12ab",
    "12A",
    "a3",
    "ABCD1",
    "B",
    "A3a",
    "2.B",
    "1e3",
    "0x10",
    "1_8",
    "2.1\n",
    "tijdlijn",
]


@pytest.mark.parametrize("number", NUMBERS)
def test_a_number_is_dotted_parts(number: str) -> None:
    assert NUMBER_PATTERN.fullmatch(number) and is_agreement_number(number)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_what_is_no_number(text: str) -> None:
    assert not is_agreement_number(text)


def test_numbers_sort_part_by_part() -> None:
    natural = ["2", "2.1", "2.1.1", "2.1.2", "2.1.10", "2.2", "5", "10", "12", "12a", "13", "A3"]
    shuffled = sorted(natural, key=lambda n: n[::-1])  # anything but the natural order
    assert sorted(shuffled, key=number_sort_key) == natural
    assert number_sort_key("B.2") < number_sort_key("B1") < number_sort_key("B2")


@pytest.mark.parametrize(
    ("number", "anchor"),
    [
        ("5", "afspraak-5"),
        ("12a", "afspraak-12a"),
        ("2.1.1", "afspraak-2-1-1"),
        ("A3", "afspraak-a3"),
        ("B.2", "afspraak-b-2"),
    ],
)
def test_anchors_replace_dots_and_lower_letters(number: str, anchor: str) -> None:
    assert agreement_anchor(number) == anchor


@pytest.mark.parametrize(
    ("heading", "title", "expected"),
    [
        ("", "", "Afspraak 2.1.1"),
        ("", "Nieuwbouw", "Afspraak 2.1.1 (Nieuwbouw)"),
        ("{number}", "Nieuwbouw", "2.1.1 (Nieuwbouw)"),
        ("{number} {title}", "Nieuwbouw", "2.1.1 Nieuwbouw"),
        ("{number} {title}", "", "2.1.1"),
        ("{number}: {title}", "", "2.1.1"),
        ("{type} {number}", "", "2.1.1"),
        ("Artikel {number}: {title}", "Nieuwbouw", "Artikel 2.1.1: Nieuwbouw"),
    ],
)
def test_the_agreement_heading_fills_in_its_fields(heading: str, title: str, expected: str) -> None:
    assert agreement_heading_text(heading, "2.1.1", title) == expected
