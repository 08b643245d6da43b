"""The output registry: each output writes exactly the files its entry declares."""

from __future__ import annotations

from pathlib import Path

import pytest

from prestatie_build.commands import BuildRequest, build_year
from prestatie_build.outputs import OUTPUT_NAMES, OUTPUTS, select


def declared(names: frozenset[str], year: int, since: int | None = None) -> set[str]:
    first = None if since is None else since + 1
    return {file for output in select(names) for file in output.file_names(year, first)}


def written(assen: Path, names: frozenset[str], year: int, since: int | None = None) -> set[str]:
    result = build_year(BuildRequest(assen, year, since, names, force=True))
    return {path.name for path in result.written}


def test_names_are_unique_and_every_site_link_names_a_declared_file() -> None:
    assert len(set(OUTPUT_NAMES)) == len(OUTPUTS)
    for output in OUTPUTS:
        files = set(output.files)
        assert files, output.name
        for link in output.links:
            assert link.file in files, (output.name, link.kind)


@pytest.mark.parametrize(("year", "since"), [(2024, None), (2024, 2022), (2023, None)])
def test_the_text_outputs_write_what_they_declare(
    assen: Path, year: int, since: int | None
) -> None:
    names = frozenset({"html", "report"})
    assert written(assen, names, year, since) == declared(names, year, since)


@pytest.mark.pdf
def test_every_output_writes_what_it_declares(assen: Path) -> None:
    names = frozenset(OUTPUT_NAMES)
    assert written(assen, names, 2024) == declared(names, 2024)
    # A year without a Jaarplan: the jaarplan output writes nothing, the others all they declare.
    assert written(assen, names, 2023) == declared(names - {"jaarplan"}, 2023)
