"""The word-level redline: which words went and came; white space kept, but not compared."""

from __future__ import annotations

import itertools
import random

import pytest

from prestatie_build.core import Redline, WordOp, word_diff

E, D, I = "equal", "delete", "insert"  # noqa: E741 - reads like the table below

# before, after, expected runs. A replaced run is a delete then an insert; the white space
# around a change stays shared when both texts have it.
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("", "", []),
    ("woning", "woning", [(E, "woning")]),
    ("a b c", "a x c", [(E, "a "), (D, "b"), (I, "x"), (E, " c")]),
    ("a b c d", "a x y d", [(E, "a "), (D, "b c"), (I, "x y"), (E, " d")]),
    ("a b c", "a c", [(E, "a "), (D, "b "), (E, "c")]),
    ("a c", "a b c", [(E, "a "), (I, "b "), (E, "c")]),
    ("a b", "a", [(E, "a"), (D, " b")]),
    ("a", "a b", [(E, "a"), (I, " b")]),
    ("b a", "a", [(D, "b "), (E, "a")]),
    ("", "nieuwe afspraak", [(I, "nieuwe afspraak")]),
    ("oude afspraak", "", [(D, "oude afspraak")]),
    # Punctuation belongs to its word: a changed comma changes the word.
    ("van woningen.", "van woningen,", [(E, "van "), (D, "woningen."), (I, "woningen,")]),
    # Markdown markup is part of the text the redline compares.
    (
        "een **vet** woord",
        "een vet woord",
        [(E, "een "), (D, "**vet**"), (I, "vet"), (E, " woord")],
    ),
    # Two single-word edits keep the shared word between them.
    (
        "1 2 3 4 5",
        "1 X 3 Y 5",
        [(E, "1 "), (D, "2"), (I, "X"), (E, " 3 "), (D, "4"), (I, "Y"), (E, " 5")],
    ),
    # A shared small word inside a rewrite is not worth showing as unchanged.
    (
        "de kat zit op de mat",
        "een hond ligt op het kleed",
        [(D, "de kat zit op de mat"), (I, "een hond ligt op het kleed")],
    ),
    # ... but a shared run as long as the edits around it stays.
    (
        "starten voor 1 april van elk jaar",
        "plannen vóór 1 april een overleg",
        [
            (D, "starten voor"),
            (I, "plannen vóór"),
            (E, " 1 april "),
            (D, "van elk jaar"),
            (I, "een overleg"),
        ],
    ),
    # Paragraphs: a new one at the end, one dropped in the middle.
    ("p1", "p1\n\np2", [(E, "p1"), (I, "\n\np2")]),
    ("p1\n\np2\n\np3", "p1\n\np3", [(E, "p1\n\n"), (D, "p2\n\n"), (E, "p3")]),
    ("- een\n- twee", "- een\n- twee\n- drie", [(E, "- een\n- twee"), (I, "\n- drie")]),
    # White space only: the runs rebuild both texts, but nothing counts as changed.
    (
        "regel een\nregel twee",
        "regel een regel twee",
        [(E, "regel een"), (D, "\n"), (I, " "), (E, "regel twee")],
    ),
    ("  ingesprongen", "ingesprongen", [(D, "  "), (E, "ingesprongen")]),
    ("tekst\n", "tekst", [(E, "tekst"), (D, "\n")]),
]


@pytest.mark.parametrize(("before", "after", "expected"), CASES)
def test_word_diff_runs(before: str, after: str, expected: list[tuple[str, str]]) -> None:
    redline = word_diff(before, after)
    assert [(op.kind, op.text) for op in redline.ops] == expected


@pytest.mark.parametrize(
    ("before", "after", "deleted", "inserted", "kept"),
    [
        ("", "", 0, 0, 0),
        ("a b c", "a x c", 1, 1, 2),
        ("a b c d", "a x y d", 2, 2, 2),
        ("een twee drie", "", 3, 0, 0),
        ("", "een twee", 0, 2, 0),
        ("regel een\nregel twee", "regel een regel twee", 0, 0, 4),
        ("p1", "p1\n\np2 met meer", 0, 3, 1),
    ],
)
def test_counts_are_words_not_characters(
    before: str, after: str, deleted: int, inserted: int, kept: int
) -> None:
    counts = word_diff(before, after).counts
    assert (counts.deleted, counts.inserted, counts.kept) == (deleted, inserted, kept)


@pytest.mark.parametrize(
    ("before", "after", "unchanged"),
    [
        ("", "", True),
        ("zelfde tekst", "zelfde tekst", True),
        ("zelfde\ntekst", "zelfde   tekst", True),
        ("  zelfde tekst\n\n", "zelfde tekst", True),
        ("zelfde tekst", "zelfde tekst.", False),
        ("zelfde tekst", "Zelfde tekst", False),
        ("", "tekst", False),
    ],
)
def test_whitespace_only_differences_are_no_change(
    before: str, after: str, unchanged: bool
) -> None:
    assert word_diff(before, after).is_unchanged is unchanged


def test_views_show_each_side_with_layout_changes_unmarked() -> None:
    redline = word_diff("a b\nc", "a x c")
    assert redline.before_view() == (WordOp(E, "a "), WordOp(D, "b"), WordOp(E, "\nc"))
    assert redline.after_view() == (WordOp(E, "a "), WordOp(I, "x"), WordOp(E, " c"))


def test_combined_view_follows_the_new_layout() -> None:
    # The old line break after "b" is not shown: the new text has a space there.
    redline = word_diff("a b\nc", "a x c")
    assert redline.combined_view() == (
        WordOp(E, "a "),
        WordOp(D, "b"),
        WordOp(I, "x"),
        WordOp(E, " c"),
    )
    # A re-wrapped text shows as the new text, without any marks.
    assert word_diff("een\ntwee", "een twee").combined_view() == (WordOp(E, "een twee"),)


# --- properties, on hand-picked and generated examples -------------------------------------------

EXAMPLES = [(before, after) for before, after, _ in CASES] + [
    ("Partijen starten voor 1 april.", "Partijen plannen vóór 1 april een overleg."),
    ("a a a a", "a a"),
    ("a b a b a b", "b a b a"),
    ("\n\n  a\n\n", "\ta  "),
    ("x", "y"),
    ("€ 480.000,- per jaar", "€ 500.000,- per jaar"),
]

_VOCABULARY = ["de", "het", "een", "woning", "huur", "partijen", "2024", "**vet**", "-", "1.", "€"]
_SPACES = [" ", " ", " ", "\n", "\n\n", "  ", "\t"]


def _random_text(rng: random.Random) -> str:
    words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(0, 14))]
    text = rng.choice(["", " ", "\n"])
    for word in words:
        text += word + rng.choice(_SPACES)
    return text if rng.random() < 0.5 else text.rstrip()


def _mutate(rng: random.Random, text: str) -> str:
    words = text.split()
    for _ in range(rng.randint(0, 4)):
        position = rng.randint(0, len(words))
        action = rng.choice(["insert", "delete", "replace"])
        if action == "insert" or not words:
            words.insert(position, rng.choice(_VOCABULARY))
        elif action == "delete":
            words.pop(min(position, len(words) - 1))
        else:
            words[min(position, len(words) - 1)] = rng.choice(_VOCABULARY)
    return "".join(word + rng.choice(_SPACES) for word in words)


def _generated_examples(count: int) -> list[tuple[str, str]]:
    rng = random.Random(20241207)  # fixed seed: the same examples on every run
    examples = []
    for _ in range(count):
        before = _random_text(rng)
        after = _mutate(rng, before) if rng.random() < 0.8 else _random_text(rng)
        examples.append((before, after))
    return examples


ALL_EXAMPLES = EXAMPLES + _generated_examples(400)


def _joined(ops: tuple[WordOp, ...], *kinds: str) -> str:
    return "".join(op.text for op in ops if op.kind in kinds)


@pytest.mark.parametrize(("before", "after"), ALL_EXAMPLES)
def test_runs_rebuild_both_texts_exactly(before: str, after: str) -> None:
    redline = word_diff(before, after)
    assert _joined(redline.ops, E, D) == before
    assert _joined(redline.ops, E, I) == after
    assert (redline.before, redline.after) == (before, after)


@pytest.mark.parametrize(("before", "after"), ALL_EXAMPLES)
def test_runs_are_canonical(before: str, after: str) -> None:
    ops = word_diff(before, after).ops
    assert all(op.text for op in ops), "no empty runs"
    assert all(a.kind != b.kind for a, b in itertools.pairwise(ops)), "adjacent merged"
    assert all(not (a.kind == I and b.kind == D) for a, b in itertools.pairwise(ops)), (
        "a delete comes before its insert"
    )


@pytest.mark.parametrize(("before", "after"), ALL_EXAMPLES)
def test_equal_runs_hold_the_same_words_on_both_sides(before: str, after: str) -> None:
    redline = word_diff(before, after)
    equal_words = redline.counts.kept
    assert equal_words + redline.counts.deleted == len(before.split())
    assert equal_words + redline.counts.inserted == len(after.split())
    assert redline.is_unchanged is (before.split() == after.split())


@pytest.mark.parametrize(("before", "after"), ALL_EXAMPLES)
def test_views_rebuild_their_side(before: str, after: str) -> None:
    redline = word_diff(before, after)
    assert _joined(redline.before_view(), E, D) == before
    assert _joined(redline.after_view(), E, I) == after
    combined = redline.combined_view()
    assert _joined(combined, E, I) == after
    assert sum(op.words for op in combined if op.kind == D) == redline.counts.deleted
    assert all(op.text.strip() for op in combined if op.kind != E), "no blank marks"
    marked = [op for view in (redline.before_view(), redline.after_view()) for op in view]
    marked += [op for op in combined if op.kind == I]
    assert all(op.text == op.text.strip() for op in marked if op.kind != E), "no marked spaces"


def test_redline_is_a_frozen_value() -> None:
    redline = word_diff("a", "b")
    assert redline == Redline((WordOp(D, "a"), WordOp(I, "b")))
    assert hash(redline) == hash(word_diff("a", "b"))
    with pytest.raises(AttributeError):
        redline.ops = ()  # type: ignore[misc]
