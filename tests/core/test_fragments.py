# ruff: noqa: RUF001 -- these tests are about the characters that look alike
"""Fragment matching: forgiving where print cannot tell characters apart, exact otherwise.

The cases of tests/cases/ops.txt and errors.txt show it through the ops; these pin the rules
themselves, with characters a YAML or Markdown source would rather not hold (soft hyphens,
zero-width spaces, ligatures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from prestatie_build.core import (
    build_renvooi,
    closest_passage,
    consolidate,
    find_spans,
    fold,
    replace_span,
)
from prestatie_build.sources import load_project


def matches(text: str, fragment: str) -> list[str]:
    """What ``fragment`` matches in ``text``, as ``text`` has it."""
    return [text[start:end] for start, end in find_spans(text, fragment)]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("10–15 woningen", "10-15 woningen"),
        ("10—15 woningen", "10–15 woningen"),
        ("10‐15 woningen", "10-15 woningen"),
        ("temperatuur −5 graden", "temperatuur -5 graden"),
        ("het “Woonakkoord”", 'het "Woonakkoord"'),
        ("het „Woonakkoord‟", "het “Woonakkoord”"),
        ("in ’t Veld en ‘de Kern’", "in 't Veld en 'de Kern'"),
        ("€\u00a0480.000", "€ 480.000"),
        ("10\u2009%", "10 %"),
        ("10\u202f%", "10\u00a0%"),
        ("woning\u00adcorporaties", "woningcorporaties"),
        ("woningcorporaties", "woning\u00adcorporaties"),
        ("woning\u200bcorporaties", "woningcorporaties"),
        ("de ﬁnanciële bijdrage", "de financiële bijdrage"),
        ("de financiële bijdrage", "de ﬁnanciële bijdrage"),
    ],
)
def test_characters_that_print_alike_match(text: str, fragment: str) -> None:
    assert matches(text, fragment) == [text]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("woningcorporaties", "woning- corporaties"),
        ("woningcorporaties", "woning-\ncorporaties"),
        ("woningcorporaties", "woning\u2010\ncorporaties"),
        ("Noord-Holland", "Noord-\nHolland"),
        ("huur- en koopwoningen", "huur-\nen koopwoningen"),
        ("65-plussers", "65-\nplussers"),
    ],
)
def test_a_hyphen_at_a_line_end_of_the_fragment_matches_how_the_pdf_broke_the_word(
    text: str, fragment: str
) -> None:
    assert matches(text, fragment) == [text]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("woningcorporaties", "woning corporaties"),
        ("woning corporaties", "woningcorporaties"),
        ("huur - en koopwoningen", "huur-\nen koopwoningen"),
        ("het «Woonakkoord»", 'het "Woonakkoord"'),
        ("Woningcorporaties", "woningcorporaties"),
        ("1.000 woningen", "1000 woningen"),
    ],
)
def test_what_prints_differently_still_differs(text: str, fragment: str) -> None:
    assert matches(text, fragment) == []


def test_a_fragment_that_matches_twice_only_after_folding_is_found_twice() -> None:
    text = "In 2022–2025 en in 2022-2025; woningcorporaties en woning-corporaties."
    assert matches(text, "2022—2025") == ["2022–2025", "2022-2025"]
    assert matches(text, "woning-\ncorporaties") == ["woningcorporaties", "woning-corporaties"]


def test_the_span_covers_the_targets_own_characters_and_nothing_more() -> None:
    text = "Het project “Wonen met zorg” start in ’t Veld — dit jaar."
    [(start, end)] = find_spans(text, 'project "Wonen met zorg" start in \'t Veld -')
    edited = replace_span(text, start, end, "project “Wonen” start —")
    assert edited == "Het project “Wonen” start — dit jaar."
    [(start, end)] = find_spans(text, "'t Veld")
    assert text[start:end] == "’t Veld"


def test_fold_folds_white_space_and_print_alike_characters() -> None:
    assert fold("  Het “plan”\u00a0—\n 10–15\u00ad  ") == 'Het "plan" - 10-15'
    assert fold("\u00ad") == ""


def test_the_closest_passage_shows_the_targets_own_characters() -> None:
    passage = closest_passage(["Partijen bouwen 10–15 woningen per jaar."], "bouwen 10-16 woningen")
    assert passage is not None
    assert passage.text == "bouwen 10–15 woningen"
    assert passage.text[passage.differs_at] == "5"
    assert passage.expected == "6"


def test_the_closest_passage_marks_a_difference_after_a_line_end_hyphen() -> None:
    passage = closest_passage(["De woningcorporaties bouwen."], "De woning-\ncorporatie bouwt")
    assert passage is not None
    assert passage.text == "De woningcorporaties bouwen."
    assert passage.text[: passage.differs_at] == "De woningcorporatie"


def test_no_passage_for_a_target_without_words() -> None:
    assert closest_passage(["", "  "], "iets") is None


# --- the target keeps its own characters in what is signed --------------------------------


AGREEMENT_40 = """\
---
number: 40
---
Partijen bouwen 10–15 woningen voor “starters”.

De gemeente en de woningcorporaties – samen – evalueren dit jaarlijks.
"""

JAARPLAN_2025 = """\
year: 2025
title: Jaarplan 2025
status: draft
changes:
  - op: replace
    target: 40
    old: 10-15 woningen voor "starters"
    new: 20 woningen voor starters
  - op: delete
    target: 40
    text: |
      De gemeente en de woning-
      corporaties - samen -
"""


def test_the_jaarplan_quotes_a_replaced_or_deleted_fragment_as_the_target_has_it(
    assen: Path,
) -> None:
    agreement = assen / "agreements" / "leefbaarheid" / "afspraak-40.md"
    agreement.write_text(AGREEMENT_40, encoding="utf-8")
    folder = assen / "amendments" / "2025"
    folder.mkdir()
    (folder / "jaarplan.yaml").write_text(JAARPLAN_2025, encoding="utf-8")
    project = load_project(assen)
    applied = consolidate(project, 2025).applied_in(2025, 2025)
    assert [a.matched for a in applied] == [
        "10–15 woningen voor “starters”",
        "De gemeente en de woningcorporaties – samen –",
    ]
    renvooi = build_renvooi(project, 2025)
    assert renvooi is not None
    [forty] = [t for c in renvooi.chapters for t in c.targets if t.key == "40"]
    replaced, deleted = forty.entries
    assert (replaced.old, replaced.new) == (
        "10–15 woningen voor “starters”",
        "20 woningen voor starters",
    )
    assert deleted.blocks == ("De gemeente en de woningcorporaties – samen –",)


def test_a_word_the_pdf_broke_is_compared_as_one_word_for_the_hint() -> None:
    passage = closest_passage(
        ["Partijen stemmen het af. Woningcorporaties houden er rekening mee."],
        "woning-\ncorporaties houden",
    )
    assert passage is not None
    assert (passage.text, passage.differs_at) == ("Woningcorporaties houden", 0)
