"""Loading how a Jaarplan is signed (source-format Part 2, "Signing"): ``signing: digital``
and each signatory's ``signed:`` date, on a copy of the Part 2 test project."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from prestatie_build.core import SourceError
from prestatie_build.sources import load_project

PART2 = Path(__file__).parent.parent / "data" / "part2"


@pytest.fixture
def part2(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PART2, tmp_path / "part2"))


def _jaarplan_2025(root: Path) -> Path:
    return root / "amendments" / "2025" / "jaarplan.yaml"


def _errors(root: Path) -> list[str]:
    with pytest.raises(SourceError) as caught:
        load_project(root)
    return [f"{d.location}: {d.message}" for d in caught.value.diagnostics]


def test_ink_is_the_default_and_digital_is_read(part2: Path) -> None:
    by_year = {j.year: j for j in load_project(part2).jaarplannen}
    assert by_year[2024].signing == "wet"
    assert by_year[2025].signing == "digital"


def test_each_signed_date_is_read_as_a_date(part2: Path) -> None:
    [jaarplan] = [j for j in load_project(part2).jaarplannen if j.year == 2025]
    assert len(jaarplan.signatories) == 12
    assert jaarplan.signatories[0].signed == datetime.date(2024, 12, 12)
    assert jaarplan.signatories[-1].signed == datetime.date(2024, 12, 19)


def test_a_signed_date_is_optional(part2: Path) -> None:
    path = _jaarplan_2025(part2)
    path.write_text(path.read_text(encoding="utf-8").replace(", signed: 2024-12-19", ""))
    [jaarplan] = [j for j in load_project(part2).jaarplannen if j.year == 2025]
    assert jaarplan.signatories[-1].signed is None


def test_a_signed_date_that_does_not_exist_is_an_error_at_its_line(part2: Path) -> None:
    path = _jaarplan_2025(part2)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("signed: 2024-12-19", "signed: 2024-02-30"), encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "2024-12-19" in row)
    [error] = _errors(part2)
    assert error.startswith(f"amendments/2025/jaarplan.yaml:{line}:")
    assert error.endswith("no such date: 2024-02-30")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("signing: digital", "signing: digitaal"),
        ("signed: 2024-12-19", "signed: 19-12-2024"),
    ],
)
def test_a_wrong_signing_value_is_an_error_at_its_line(
    part2: Path, before: str, after: str
) -> None:
    path = _jaarplan_2025(part2)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(before, after), encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if before in row)
    [error] = _errors(part2)
    assert error.startswith(f"amendments/2025/jaarplan.yaml:{line}:")
