"""Dutch sentences for ``prestatie show --numbered``: abbreviations and numbers do not split."""

from __future__ import annotations

import pytest

from prestatie_build.core import split_sentences


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Eén zin. Twee zinnen! Drie? Vier.", ["Eén zin.", "Twee zinnen!", "Drie?", "Vier."]),
        (
            "Partijen bouwen o.a. De Nijs en bijv. Jan.",
            ["Partijen bouwen o.a. De Nijs en bijv. Jan."],
        ),
        (
            "Jongeren (t/m 22 jaar) wachten. Daarna niet.",
            ["Jongeren (t/m 22 jaar) wachten.", "Daarna niet."],
        ),
        ("Zie nr. 5 en art. 3. Klaar.", ["Zie nr. 5 en art. 3.", "Klaar."]),
        ("Het kost € 1.000. Dat is 1.000 euro.", ["Het kost € 1.000.", "Dat is 1.000 euro."]),
        (
            "De heer A. Jansen tekent. Mevr. B. Buma ook.",
            ["De heer A. Jansen tekent.", "Mevr. B. Buma ook."],
        ),
        ("Dit c.q. dat. In 2023. 2024 volgt.", ["Dit c.q. dat.", "In 2023.", "2024 volgt."]),
        ("Het heet “Klaar.” Daarna (nu) verder.", ["Het heet “Klaar.”", "Daarna (nu) verder."]),
        ("**Kop.** Tekst.", ["**Kop.**", "Tekst."]),
        ("Zij gaan\nverder. En\ndan.", ["Zij gaan\nverder.", "En\ndan."]),
        ("niet gesplitst. want klein", ["niet gesplitst. want klein"]),
    ],
)
def test_a_paragraph_splits_at_sentence_ends_only(block: str, expected: list[str]) -> None:
    assert list(split_sentences(block)) == expected


def test_a_list_splits_into_its_items_without_markers() -> None:
    block = "- eerst dit;\n- dan dat, met\n  een tweede regel. En een zin.\n\n1. nummer een"
    assert split_sentences(block) == (
        "eerst dit;",
        "dan dat, met\n  een tweede regel.",
        "En een zin.",
        "nummer een",
    )


def test_every_sentence_is_a_piece_of_the_source_as_written() -> None:
    block = "**Vet:** Een  zin.\nNog   een.\n"
    for sentence in split_sentences(block):
        assert sentence in block
