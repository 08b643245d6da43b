"""Loading: file-level input that case files cannot hold (bytes, links, sizes)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from prestatie_build.core import SourceError, SourceLocation, consolidate, split_blocks
from prestatie_build.sources import (
    MAX_SOURCE_BYTES,
    load_project,
    load_publish_config,
    parse_yaml,
    read_templates,
)


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
    assert error == (
        "agreements/betaalbaarheid/afspraak-5.md:1: the file is 6 MB; a source file may be at "
        "most 5 MB"
    )


def test_a_build_reads_only_the_years_it_applies(assen: Path) -> None:
    broken = assen / "amendments" / "2025" / "jaarplan.yaml"
    broken.parent.mkdir()
    broken.write_text("year: 2025\ntitle: [\n", encoding="utf-8")
    assert [j.year for j in load_project(assen, up_to_year=2024).jaarplannen] == [2024]
    assert _errors(assen)[0] == (
        "amendments/2025/jaarplan.yaml:2:8: the '[' on line 2 is not closed with ']'"
    )


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


# --- issue 10: values as written, line ends, control characters, folders, droppings -------------


JAARPLAN = Path("amendments") / "2024" / "jaarplan.yaml"


def _append_change(assen: Path, change: str) -> int:
    """Append a change to the Assen Jaarplan 2024; the line its ``- op:`` stands on."""
    path = assen / JAARPLAN
    text = path.read_text(encoding="utf-8")
    path.write_text(text + change, encoding="utf-8")
    return text.count("\n") + 1 + change[: change.index("- op:")].count("\n")


def _project_with_jaarplan(root: Path, year: str, folder: str) -> None:
    (root / "amendments" / folder).mkdir(parents=True)
    (root / "amendments" / folder / "jaarplan.yaml").write_text(
        f"year: {year}\ntitle: Jaarplan {year}\nstatus: draft\nchanges:\n"
        "  - op: append\n    target: 5\n    text: Nog een alinea.\n",
        encoding="utf-8",
    )


def test_a_yaml_scalar_is_read_as_written() -> None:
    text = (
        "a: 017\nb: 0x10\nc: 1_8\nd: 2.10\ne: yes\nf: off\ng: 2023-12-07\nh: 1:20\n"
        'i: "007"\nj: !!int 0x10\nk: ~\nl:\nm: null\nn: !!str null\n'
    )
    data = parse_yaml(text, SourceLocation("x.yaml")).data
    assert data == {
        **{"a": "017", "b": "0x10", "c": "1_8", "d": "2.10", "e": "yes", "f": "off"},
        **{"g": "2023-12-07", "h": "1:20", "i": "007", "j": "0x10", "n": "null"},
        **{"k": None, "l": None, "m": None},
    }


def test_a_schema_reads_a_number_or_a_flag_only_where_it_wants_one(tmp_path: Path) -> None:
    (tmp_path / "publish.yaml").write_text(
        "include_drafts: true\ntargets:\n  - {name: web, method: rsync, host: h, user: u,\n"
        "     path: /srv, key_secret: WEB_KEY, known_hosts: h ssh-ed25519 AAAA, port: 2222,\n"
        "     enabled: false}\n",
        encoding="utf-8",
    )
    config = load_publish_config(tmp_path)
    assert config.include_drafts is True
    assert (config.targets[0].port, config.targets[0].enabled) == (2222, False)
    (tmp_path / "publish.yaml").write_text("include_drafts: yes\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_publish_config(tmp_path)
    [problem] = caught.value.diagnostics
    assert problem.format() == (
        "publish.yaml:1:17: error: `include_drafts:` moet `true` of `false` zijn, niet `yes`\n"
        "  hint: schrijf true of false, zonder aanhalingstekens"
    )
    assert problem.format("en") == (
        "publish.yaml:1:17: error: 'include_drafts' must be true or false, not 'yes'\n"
        "  hint: write true or false, without quotes"
    )


def test_an_escaped_line_end_keeps_every_paragraph_in_every_output(assen: Path) -> None:
    _append_change(
        assen,
        '\n  - op: append\n    target: 7\n    text: "Een\\rregel.\\r\\n\\rTwee.\\n\\nDrie."\n',
    )
    article = next(a for a in load_project(assen).document.articles() if a.number == "7")
    project = load_project(assen)
    change = project.jaarplannen[0].changes[-1]
    assert change.text == "Een\nregel.\n\nTwee.\n\nDrie."
    consolidated = consolidate(project, 2024).document
    seven = next(a for a in consolidated.articles() if a.number == "7")
    assert [b.text for b in seven.blocks[len(article.blocks) :]] == [
        "Een\nregel.",
        "Twee.",
        "Drie.",
    ]


def test_split_blocks_cuts_lines_where_markdown_counts_them() -> None:
    blocks = split_blocks("Een\rregel.\r\rTwee.\r\n\r\nDrie.", SourceLocation("x.md", 10))
    assert [(b.text, b.location.line) for b in blocks] == [
        ("Een\nregel.", 10),
        ("Twee.", 13),
        ("Drie.", 15),
    ]


@pytest.mark.parametrize(
    ("written", "col", "char"),
    [
        ("Titel \x1b]0;overgenomen\x07 hier.", 7, "U+001B"),
        ("Een bel \x07.", 9, "U+0007"),
        ("Een nul \x00.", 9, "U+0000"),
        ("Een CSI \x9b31m.", 9, "U+009B"),
        ("Een regelscheiding \u2028 hier.", 20, "U+2028"),
    ],
)
def test_a_raw_control_character_in_markdown_is_refused_at_its_place(
    assen: Path, written: str, col: int, char: str
) -> None:
    path = _agreement(assen, 7)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + written + "\n", encoding="utf-8")
    line = text.count("\n") + 1
    assert _errors(assen) == [
        f"agreements/betaalbaarheid/afspraak-7.md:{line}:{col}: "
        f"the control character {char} is not allowed"
    ]


@pytest.mark.parametrize(
    ("escape", "char"),
    [("\\e[31m", "U+001B"), ("\\a", "U+0007"), ("\\0", "U+0000"), ("\\x9b", "U+009B")],
)
def test_a_control_character_written_as_a_yaml_escape_is_refused(
    assen: Path, escape: str, char: str
) -> None:
    line = _append_change(
        assen, f'\n  - op: append\n    target: 7\n    text: "rood {escape} tekst"\n'
    )
    assert _errors(assen) == [
        f"amendments/2024/jaarplan.yaml:{line + 2}:11: the control character {char} is not allowed"
    ]


def test_a_file_name_with_a_control_character_is_refused_and_shown_escaped(
    assen: Path,
) -> None:
    source = _agreement(assen, 7)
    source.rename(source.with_name("afspraak-7\x1b]0;x\x07.md"))
    assert _errors(assen) == [
        "agreements/betaalbaarheid/afspraak-7\\x1b]0;x\\x07.md:1: "
        "the file name holds the control character U+001B"
    ]


def test_a_year_folder_is_four_digits_and_nothing_more(assen: Path) -> None:
    _project_with_jaarplan(assen, "2025", "2025")
    _project_with_jaarplan(assen, "2025", "2025\n")
    assert _errors(assen) == [
        "amendments/2025\\n:1: folder '2025\\n' is not a year",
    ]


@pytest.mark.parametrize("name", ["amendments", "amendments/2025"])
def test_amendments_or_a_year_that_is_a_file_is_an_error(assen: Path, name: str) -> None:
    if name == "amendments":
        shutil.rmtree(assen / "amendments")
    (assen / name).write_text("year: 2025\n", encoding="utf-8")
    [error] = _errors(assen)
    assert error.startswith(f"{name}:1: {name} is not a folder")


def test_editor_droppings_are_not_sources(assen: Path) -> None:
    chapter = assen / "agreements" / "betaalbaarheid"
    year = assen / "amendments" / "2024"
    # Emacs locks: links to nowhere, there while a buffer is unsaved.
    (chapter / ".#afspraak-5.md").symlink_to("reviewer@laptop.4242:1700000000")
    (year / ".#jaarplan.yaml").symlink_to("reviewer@laptop.4242:1700000000")
    for dropping in ("afspraak-5.md~", "#afspraak-5.md#", ".afspraak-5.md.swp"):
        (chapter / dropping).write_text("---\nkapot\n", encoding="utf-8")
    for dropping in ("jaarplan.yaml~", "#extra.yaml#", ".extra.yaml.swp", ".#extra.yml"):
        (year / dropping).write_text("kapot: [\n", encoding="utf-8")
    project = load_project(assen)
    assert len(project.jaarplannen[0].changes) == 20
    assert not [name for name in project.source_files if "#" in name or "~" in name]


def test_a_duplicate_number_points_at_both_number_lines(assen: Path) -> None:
    copy = assen / "agreements" / "beschikbaarheid" / "afspraak-5.md"
    copy.write_text("---\ntitle: Kopie\nnumber:   5\n---\nNog eens vijf.\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_project(assen)
    [duplicate] = caught.value.diagnostics
    assert str(duplicate.location) == "agreements/beschikbaarheid/afspraak-5.md:3:11"
    assert str(duplicate.hint) == "first used at agreements/betaalbaarheid/afspraak-5.md:2:9"


def test_an_editor_dropping_beside_a_template_is_no_template(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "style.css").write_text("p {}\n", encoding="utf-8")
    (templates / "style.css~").write_text("oud\n", encoding="utf-8")
    (templates / "#style.css#").write_text("bewaard\n", encoding="utf-8")
    assert read_templates(tmp_path) == (("style.css", b"p {}\n"),)


def test_a_year_folder_without_a_jaarplan_names_the_command_with_its_year(assen: Path) -> None:
    """The hint once printed a literal ``{folder.name}`` (issue 11)."""
    (assen / "amendments" / "2025").mkdir()
    with pytest.raises(SourceError) as caught:
        load_project(assen)
    [problem] = caught.value.diagnostics
    assert problem.format() == (
        "amendments/2025/jaarplan.yaml:1: error: amendments/2025/ heeft geen jaarplan.yaml\n"
        "  hint: gebruik `prestatie new --year 2025`, of maak het bestand zelf"
    )
