"""Every class of bad input, one small case each: tests/cases/errors.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles import Case, read_cases
from prestatie_build.core import CODES, Diagnostic, SourceError, consolidate
from prestatie_build.sources import load_project

CASES = read_cases(Path(__file__).parents[1] / "cases" / "errors.txt")


def _diagnostics(root: Path, year: int) -> list[str]:
    try:
        consolidate(load_project(root), year)
    except SourceError as exc:
        return [f"{d.location}: {d.severity}: {d.message}" for d in exc.diagnostics]
    return []


@pytest.mark.parametrize("case", CASES, ids=[c.title for c in CASES])
def test_error_case(case: Case, tmp_path: Path) -> None:
    case.write(tmp_path)
    assert case.errors, f"{case.where}: the case expects no errors"
    actual = _diagnostics(tmp_path, case.last_year)
    assert actual == case.errors, f"{case.where}\n" + "\n".join(actual)


@pytest.mark.parametrize("case", CASES, ids=[c.title for c in CASES])
def test_every_diagnostic_has_a_known_code(case: Case, tmp_path: Path) -> None:
    case.write(tmp_path)
    with pytest.raises(SourceError) as caught:
        consolidate(load_project(tmp_path), case.last_year)
    for diagnostic in caught.value.diagnostics:
        assert diagnostic.code in CODES, f"{case.where}: {diagnostic.format()}"
        assert diagnostic.location.line > 0, f"{case.where}: {diagnostic.format()}"


def _only_diagnostic(root: Path) -> Diagnostic:
    with pytest.raises(SourceError) as caught:
        consolidate(load_project(root), 2024)
    [diagnostic] = caught.value.diagnostics
    return diagnostic


def test_a_fragment_that_does_not_match_shows_the_closest_passage(assen: Path) -> None:
    jaarplan = assen / "amendments" / "2024" / "jaarplan.yaml"
    text = jaarplan.read_text("utf-8")
    typo = text.replace(
        "In eerste instantie wordt uitbreiding", "In eerste instantie word uitbreiding"
    )
    jaarplan.write_text(typo, encoding="utf-8")
    diagnostic = _only_diagnostic(assen)
    assert diagnostic.code == "P202"
    heading, passage, marker = str(diagnostic.hint).split("\n")
    assert heading == "closest passage:"
    assert passage == '"In eerste instantie wordt uitbreiding van de huidige locaties benut."'
    assert marker.endswith(
        '^ the passage has "t" (U+0074 LATIN SMALL LETTER T), the fragment " " (U+0020 SPACE)'
    )


def test_the_caret_of_the_hint_stands_under_the_first_difference(assen: Path) -> None:
    """As printed, with the hint's further lines indented as far as its first."""
    jaarplan = assen / "amendments" / "2024" / "jaarplan.yaml"
    text = jaarplan.read_text("utf-8").replace("momenteel of vraag", "momenteel of de vraag")
    jaarplan.write_text(text, encoding="utf-8")
    diagnostic = _only_diagnostic(assen)
    for language, heading in (("nl", "dit lijkt er het meest op:"), ("en", "closest passage:")):
        printed = diagnostic.format(language).split("\n")
        assert printed[-3] == f"  hint: {heading}"
        passage, marker = printed[-2:]
        column = marker.index("^")
        assert passage[column - 13 : column + 5] == "momenteel of vraag"
    assert 'the passage has "v" (U+0076 LATIN SMALL LETTER V), the fragment "d"' in marker
    assert 'hier staat "v" (U+0076 LATIN SMALL LETTER V), bij de wijziging "d"' in (
        diagnostic.format("nl")
    )


def test_an_invisible_difference_is_named_by_its_code_point(assen: Path) -> None:
    """A guillemet is no quote that prints alike: the hint names both characters."""
    jaarplan = assen / "amendments" / "2024" / "jaarplan.yaml"
    text = jaarplan.read_text("utf-8")
    quoted = text.replace("In eerste instantie wordt", "In «eerste» instantie wordt")
    jaarplan.write_text(quoted, encoding="utf-8")
    diagnostic = _only_diagnostic(assen)
    assert 'the passage has "e" (U+0065 LATIN SMALL LETTER E), the fragment "«"' in (
        str(diagnostic.hint)
    )


def test_an_unknown_target_suggests_the_nearest_one(assen: Path) -> None:
    jaarplan = assen / "amendments" / "2024" / "jaarplan.yaml"
    text = jaarplan.read_text("utf-8").replace("target: tijdlijn", "target: tijdlijnen")
    jaarplan.write_text(text, encoding="utf-8")
    diagnostic = _only_diagnostic(assen)
    assert diagnostic.format("en").startswith(
        "amendments/2024/jaarplan.yaml:31:5: error: unknown target 'tijdlijnen'"
    )
    assert str(diagnostic.hint) == "did you mean 'tijdlijn'?"
    assert diagnostic.format().startswith(
        "amendments/2024/jaarplan.yaml:31:5: error: 'tijdlijnen' bestaat niet in het document\n"
        "  hint: bedoelt u 'tijdlijn'?"
    )
