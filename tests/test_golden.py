"""Golden files: whole outputs of the real Assen sources, checked in and read by a person.

Run ``pytest tests/test_golden.py --update-golden`` after an intended change, then
read the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from prestatie_build.core import Consolidation, build_report, consolidate
from prestatie_build.render import render_document_text, render_report_markdown
from prestatie_build.sources import load_project
from projects import REPO

GOLDEN = Path(__file__).parent / "golden"


def _report_markdown(consolidation: Consolidation) -> str:
    year = consolidation.year
    return render_report_markdown(build_report(consolidation, year, year))


OUTPUTS: dict[str, tuple[int, Callable[[Consolidation], str]]] = {
    "assen-2023.txt": (2023, render_document_text),
    "assen-2024.txt": (2024, render_document_text),
    "wijzigingen-2024.md": (2024, _report_markdown),
}


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_golden(name: str, update_golden: bool) -> None:
    year, render = OUTPUTS[name]
    actual = render(consolidate(load_project(REPO, up_to_year=year), year))
    path = GOLDEN / name
    if update_golden:
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"{path} is missing: run pytest --update-golden"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path} differs: rerun with --update-golden and read the diff"
