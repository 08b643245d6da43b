"""The contract's ops, one small case each: tests/cases/ops.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles import Case, describe, read_cases
from prestatie_build.core import consolidate
from prestatie_build.sources import load_project

CASES = read_cases(Path(__file__).parents[1] / "cases" / "ops.txt")


@pytest.mark.parametrize("case", CASES, ids=[c.title for c in CASES])
def test_op_case(case: Case, tmp_path: Path) -> None:
    case.write(tmp_path)
    result = consolidate(load_project(tmp_path), case.last_year)
    assert case.expect, f"{case.where}: the case expects nothing"
    for target, expected in case.expect.items():
        actual = describe(result.document, target)
        assert actual == expected, f"{case.where}: target {target}\n{actual}"
