"""Footnotes and images at the input edge (source-format Part 2, "More Markdown"): each mistake
is an error at the line to edit, in ``check`` and in ``build``, and an image reaches the model as
the bytes that were checked.

The project is a copy of ``tests/data/part2``, whose agreement 7 has a map and two footnotes and
whose 2024 change file ``locaties.yaml`` a third.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from prestatie_build.cli import cli
from prestatie_build.core import SourceError
from prestatie_build.sources import load_project

PART2 = Path(__file__).resolve().parents[1] / "data" / "part2"
AGREEMENT_7 = Path("agreements") / "nieuwbouw" / "afspraak-7.md"
MAP = Path("agreements") / "nieuwbouw" / "kaart-locaties.png"
PNG = (PART2 / MAP).read_bytes()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PART2, tmp_path / "part2"))


def write_agreement(root: Path, body: str, name: str = "afspraak-8.md") -> Path:
    """An agreement 8 with ``body`` below its front matter (three lines: body starts at line 4)."""
    path = root / "agreements" / "nieuwbouw" / name
    path.write_text(f"---\nnumber: 8\n---\n{body}", encoding="utf-8")
    return path


def errors(root: Path) -> list[tuple[str, str, int]]:
    """(code, path, line) of every diagnostic loading ``root`` gives."""
    with pytest.raises(SourceError) as failure:
        load_project(root)
    return [(d.code, d.location.path, d.location.line) for d in failure.value.diagnostics]


AT_8 = "agreements/nieuwbouw/afspraak-8.md"


def test_the_part2_project_loads_with_its_image_read_once(project: Path) -> None:
    loaded = load_project(project)
    (image,) = loaded.images
    assert image.written == "kaart-locaties.png"
    assert image.path == MAP.as_posix()
    assert image.media_type == "image/png"
    assert image.data == PNG
    assert (image.location.path, image.location.line) == (AGREEMENT_7.as_posix(), 8)


def test_a_reference_without_definition_is_an_error_at_its_line(project: Path) -> None:
    write_agreement(project, "Eerste regel.\nTweede regel met een noot.[^bron]\n")
    assert errors(project) == [("P150", AT_8, 5)]


def test_an_unused_definition_is_an_error_at_its_line(project: Path) -> None:
    write_agreement(project, "Tekst met een noot.[^1]\n\n[^1]: Gebruikt.\n[^2]: Niet gebruikt.\n")
    assert errors(project) == [("P151", AT_8, 7)]


def test_a_definition_given_twice_is_an_error(project: Path) -> None:
    write_agreement(project, "Noot.[^1]\n\n[^1]: Een.\n\n[^1]: Twee.\n")
    assert errors(project) == [("P159", AT_8, 8)]


def test_a_definition_may_stand_anywhere_in_the_file(project: Path) -> None:
    write_agreement(project, "[^1]: Eerst de noot.\n\nDan de tekst.[^1]\n\n- een lijst\n")
    load_project(project)


def test_a_star_line_stays_a_list_item_and_is_no_footnote(project: Path) -> None:
    write_agreement(project, "Tekst.\n\n* Een opsomming, geen voetnoot.\n")
    document = load_project(project).document
    eight = next(a for a in document.articles() if a.number == "8")
    assert [b.text for b in eight.blocks] == ["Tekst.", "* Een opsomming, geen voetnoot."]


def test_a_change_text_holds_its_own_definitions(project: Path) -> None:
    changes = project / "amendments" / "2024" / "locaties.yaml"
    text = changes.read_text("utf-8")
    changes.write_text(
        text.replace("\n      [^smidse]: Vastgesteld", "\n      Vastgesteld"), "utf-8"
    )
    # The reference stands on the first line of the change's text (line 6 of the file).
    assert errors(project) == [("P150", "amendments/2024/locaties.yaml", 6)]


def test_an_image_without_alt_text_is_an_error_at_its_line(project: Path) -> None:
    write_agreement(project, "Tekst.\n\n![](kaart-locaties.png)\n")
    assert errors(project) == [("P152", AT_8, 6)]


def test_an_unknown_image_file_is_an_error_at_its_line(project: Path) -> None:
    write_agreement(project, "Tekst.\n\n![Kaart](kaart-wijk.png)\n")
    assert errors(project) == [("P153", AT_8, 6)]


def test_the_path_is_relative_to_the_markdown_file(project: Path) -> None:
    shutil.copy(project / MAP, project / "agreements" / "samenwerking" / "overzicht.png")
    write_agreement(project, "![Overzicht](../samenwerking/overzicht.png)\n")
    images = {image.written: image.path for image in load_project(project).images}
    assert images["../samenwerking/overzicht.png"] == "agreements/samenwerking/overzicht.png"


@pytest.mark.parametrize(
    "src",
    [
        "https://example.org/kaart.png",
        "file:///etc/hostname",
        "//example.org/kaart.png",
        "/etc/hostname",
        "../../../buiten.png",
    ],
)
def test_an_image_from_outside_the_project_is_refused(project: Path, src: str) -> None:
    (project.parent / "buiten.png").write_bytes(PNG)
    write_agreement(project, f"![Kaart]({src})\n")
    assert errors(project) == [("P154", AT_8, 4)]


def test_a_symlink_that_leaves_the_project_is_refused(project: Path) -> None:
    outside = project.parent / "elders.png"
    outside.write_bytes(PNG)
    (project / "agreements" / "nieuwbouw" / "link.png").symlink_to(outside)
    write_agreement(project, "![Kaart](link.png)\n")
    assert errors(project) == [("P154", AT_8, 4)]


def test_an_image_over_5_mb_is_refused(project: Path) -> None:
    big = project / "agreements" / "nieuwbouw" / "groot.png"
    big.write_bytes(PNG + b"\0" * (5 * 1024 * 1024))
    write_agreement(project, "Tekst.\n![Luchtfoto](groot.png)\n")
    assert errors(project) == [("P156", AT_8, 5)]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("kaart.gif", b"GIF89a\x01\x00\x01\x00"),
        ("kaart.png", b"GIF89a\x01\x00\x01\x00"),  # the name says PNG, the bytes do not
        ("kaart.png", b"\xff\xd8\xff\xe0JFIF"),  # a JPEG under a PNG's name
        ("kaart.svg", b"<html><body>geen svg</body></html>"),
    ],
)
def test_only_png_jpeg_and_svg_by_their_bytes(project: Path, name: str, content: bytes) -> None:
    (project / "agreements" / "nieuwbouw" / name).write_bytes(content)
    write_agreement(project, f"![Kaart]({name})\n")
    assert errors(project) == [("P155", AT_8, 4)]


SAFE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="20" height="10"><defs><circle id="c" r="4"/></defs>'
    '<use xlink:href="#c" x="5" y="5"/><rect x="10" width="10" height="10" fill="#36c"/></svg>'
)


@pytest.mark.parametrize(
    "svg",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        '<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="x()" width="1" height="1"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<image xlink:href="http://example.org/x.png"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(http://x.org/a.css);</style>'
        "</svg>",
        '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(http://x.org/p)"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>html</p></foreignObject></svg>',
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
    ],
)
def test_a_hostile_svg_is_refused(project: Path, svg: str) -> None:
    (project / "agreements" / "nieuwbouw" / "tekening.svg").write_text(svg, "utf-8")
    write_agreement(project, "![Tekening](tekening.svg)\n")
    assert errors(project) == [("P157", AT_8, 4)]


def test_a_plain_svg_drawing_is_accepted(project: Path) -> None:
    (project / "agreements" / "nieuwbouw" / "tekening.svg").write_text(SAFE_SVG, "utf-8")
    write_agreement(project, "![Tekening](tekening.svg)\n")
    images = {image.written: image for image in load_project(project).images}
    assert images["tekening.svg"].media_type == "image/svg+xml"


def test_one_path_may_not_name_two_different_files(project: Path) -> None:
    (project / "agreements" / "samenwerking" / "kaart-locaties.png").write_bytes(PNG + b"x")
    (project / "agreements" / "samenwerking" / "afspraak-2.md").write_text(
        "---\nnumber: 2\n---\n![Andere kaart](kaart-locaties.png)\n", "utf-8"
    )
    # Chapter samenwerking comes first: agreement 7's use is the second, and the one to fix.
    assert errors(project) == [("P158", AGREEMENT_7.as_posix(), 8)]


def test_every_problem_is_reported_at_once(project: Path) -> None:
    write_agreement(project, "Noot.[^x]\n\n![](weg.png)\n")
    assert sorted(errors(project)) == [("P150", AT_8, 4), ("P152", AT_8, 6), ("P153", AT_8, 6)]


def test_check_and_build_say_it_in_dutch_at_the_line(project: Path) -> None:
    write_agreement(project, "Tekst met een noot.[^bron]\n\n![](kaart-locaties.png)\n")
    for command in (["check"], ["build", "--year", "2024", "--format", "html"]):
        result = CliRunner().invoke(cli, ["--root", str(project), *command])
        assert result.exit_code == 1, result.output
        assert f"{AT_8}:4: error: voetnoot [^bron] heeft geen tekst" in result.output
        assert f"{AT_8}:6: error: de afbeelding kaart-locaties.png heeft geen beschrijving" in (
            result.output
        )
        assert "Traceback" not in result.output
    assert not (project / "build").exists()
