"""Loading: file-level input that case files cannot hold (bytes, links, sizes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prestatie_build.core import SourceError
from prestatie_build.sources import MAX_SOURCE_BYTES, load_project


def _errors(root: Path) -> list[str]:
    with pytest.raises(SourceError) as caught:
        load_project(root)
    return [f"{d.location}: {d.message}" for d in caught.value.diagnostics]


def _agreement(assen: Path, number: int = 5) -> Path:
    return assen / "agreements" / "betaalbaarheid" / f"afspraak-{number}.md"


def test_the_assen_sources_load(assen: Path) -> None:
    project = load_project(assen)
    assert [j.year for j in project.jaarplannen] == [2024]
    assert len(project.jaarplannen[0].changes) == 20
    numbers = [a.number for a in project.document.articles() if a.number]
    assert numbers == ["5", "7", "13", "15", "17", "19", "27", "30", "33"]


def test_non_utf8_is_reported_at_the_first_bad_byte(assen: Path) -> None:
    path = _agreement(assen)
    path.write_bytes(b"---\nnumber: 5\n---\nEen\nTwee caf\xe9 drie.\n")
    assert _errors(assen) == [
        "agreements/betaalbaarheid/afspraak-5.md:5:9: not valid UTF-8 (byte 0xe9)"
    ]


def test_bom_crlf_and_tabs_are_accepted(assen: Path) -> None:
    path = _agreement(assen)
    path.write_bytes("\ufeff---\r\nnumber: 5\r\n---\r\nEen\tzin.\r\n\r\nTwee.\r\n".encode())
    article = next(a for a in load_project(assen).document.articles() if a.number == "5")
    assert [b.text for b in article.blocks] == ["Een\tzin.", "Twee."]
    assert [b.location.line for b in article.blocks] == [4, 6]


def test_a_symlink_out_of_the_project_is_refused(assen: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("---\nnumber: 99\n---\nGeheim.\n", encoding="utf-8")
    (assen / "agreements" / "betaalbaarheid" / "afspraak-99.md").symlink_to(outside)
    assert _errors(assen) == [
        "agreements/betaalbaarheid/afspraak-99.md:1: source file points outside the project"
    ]


def test_an_oversized_source_is_refused_before_parsing(assen: Path) -> None:
    path = _agreement(assen)
    path.write_bytes(b"---\nnumber: 5\n---\n" + b"a" * MAX_SOURCE_BYTES)
    [error] = _errors(assen)
    assert error.startswith("agreements/betaalbaarheid/afspraak-5.md:1: file is ")
    assert "at most" in error


def test_a_build_reads_only_the_years_it_applies(assen: Path) -> None:
    broken = assen / "amendments" / "2025" / "jaarplan.yaml"
    broken.parent.mkdir()
    broken.write_text("year: 2025\ntitle: [\n", encoding="utf-8")
    assert [j.year for j in load_project(assen, up_to_year=2024).jaarplannen] == [2024]
    assert _errors(assen)[0].startswith("amendments/2025/jaarplan.yaml:3:1: invalid YAML")


def test_an_alias_bomb_is_refused_at_the_first_anchor(assen: Path) -> None:
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]" for i in range(1, 30)]
    (assen / "agreements" / "document.yaml").write_text("\n".join(lines), encoding="utf-8")
    assert _errors(assen) == [
        "agreements/document.yaml:1:5: YAML anchors and aliases are not allowed in sources"
    ]


def test_deep_nesting_is_refused(assen: Path) -> None:
    deep = "title: " + "[" * 1000 + "]" * 1000 + "\n"
    (assen / "agreements" / "document.yaml").write_text(deep, encoding="utf-8")
    [error] = _errors(assen)
    assert "nesting deeper than" in error
