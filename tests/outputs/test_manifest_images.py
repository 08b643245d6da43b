"""An image is part of the build key: a changed image rebuilds the outputs that embed it.

On a copy of ``tests/data/part2``, whose agreement 7 shows ``kaart-locaties.png``.
"""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.core import Side, review_sides
from prestatie_build.sources import load_project

PART2 = Path(__file__).resolve().parents[1] / "data" / "part2"
MAP = Path("agreements") / "nieuwbouw" / "kaart-locaties.png"
HTML = Path("build") / "2024" / "prestatieafspraken-2024.html"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PART2, tmp_path / "part2"))


def build(root: Path) -> Result:
    result = CliRunner().invoke(
        cli,
        ["--root", str(root), "build", "--year", "2024", "--format", "html"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return result


def written(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("geschreven:")]


def embedded(root: Path, image: bytes) -> bool:
    return base64.b64encode(image).decode() in (root / HTML).read_text("utf-8")


def test_an_unchanged_image_leaves_the_output_up_to_date(project: Path) -> None:
    assert written(build(project))
    assert written(build(project)) == []


def test_a_changed_image_rebuilds(project: Path) -> None:
    build(project)
    image = project / MAP
    assert embedded(project, image.read_bytes())
    changed = image.read_bytes() + b"\0"  # still a PNG: data after IEND is ignored by readers
    image.write_bytes(changed)
    assert written(build(project))
    assert embedded(project, changed)


def test_a_changed_image_outside_the_source_folders_rebuilds(project: Path) -> None:
    """The key hashes agreements/, amendments/ and templates/ before loading; an image elsewhere
    in the project is known only once the texts are read, and must still count."""
    shared = project / "afbeeldingen" / "kaart.png"
    shared.parent.mkdir()
    shutil.move(project / MAP, shared)
    agreement = project / "agreements" / "nieuwbouw" / "afspraak-7.md"
    text = agreement.read_text("utf-8").replace(
        "(kaart-locaties.png)", "(../../afbeeldingen/kaart.png)"
    )
    agreement.write_text(text, "utf-8")
    build(project)
    changed = shared.read_bytes() + b"\0"
    shared.write_bytes(changed)
    assert written(build(project))
    assert embedded(project, changed)


def test_the_review_shows_a_changed_image(project: Path) -> None:
    """A picture replaced under the same name changes the outputs, so the review must show it."""
    base = Side("base", "a" * 40, load_project(project))
    image = project / MAP
    image.write_bytes(image.read_bytes() + b"\0")
    head = Side("head", "b" * 40, load_project(project))
    review = review_sides(base, head, [2024])
    (entry,) = review.years[0].entries
    assert entry.target.title == f"Afbeelding {MAP.as_posix()}"
