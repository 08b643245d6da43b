"""Every class of bad input, one small case each: tests/cases/errors.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles import Case, read_cases
from prestatie_build.consolidate import consolidate
from prestatie_build.errors import SourceError
from prestatie_build.load import load_project

CASES = read_cases(Path(__file__).parent / "cases" / "errors.txt")


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
