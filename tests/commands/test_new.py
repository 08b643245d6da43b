"""``prestatie new``: a draft Jaarplan that passes ``check``, never over an existing one."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.core import OPS, SourceError
from prestatie_build.sources import load_project

NEW_2025 = "amendments/2025/jaarplan.yaml"


def run(root: Path, *arguments: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), *arguments])


def test_new_then_check_passes(assen: Path) -> None:
    outcome = run(assen, "new", "--year", "2025")
    assert outcome.exit_code == 0, outcome.output
    assert outcome.stdout.splitlines()[0].endswith("amendments/2025/jaarplan.yaml")
    checked = run(assen, "check", "--strict", "--today", "2024-11-01")
    assert checked.exit_code == 0, checked.output
    assert checked.stdout.startswith("0 fouten, 0 waarschuwingen")
    # Past the deadline it is a warning, not an error.
    late = run(assen, "check", "--today", "2025-03-01")
    assert late.exit_code == 0
    assert "[W304 draft-past-deadline]" in late.stderr


def test_the_new_jaarplan_is_a_draft_with_the_schema_comment(assen: Path) -> None:
    run(assen, "new", "--year", "2025")
    text = (assen / NEW_2025).read_text()
    first = text.splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    schema = (assen / "amendments" / "2025" / first.split("$schema=")[1]).resolve()
    assert schema.name == "jaarplan.schema.json"
    assert schema.is_file()
    data = yaml.safe_load(text)
    assert data == {"year": 2025, "title": "Jaarplan 2025", "status": "draft", "changes": []}
    jaarplan = load_project(assen).jaarplannen[-1]
    assert (jaarplan.year, jaarplan.is_draft, jaarplan.changes) == (2025, True, ())


def test_every_op_has_a_commented_example_that_the_schema_accepts(assen: Path) -> None:
    run(assen, "new", "--year", "2025")
    path = assen / NEW_2025
    text = path.read_text()
    ops = set(re.findall(r"^#  - op: (\w+)", text, flags=re.MULTILINE))
    assert ops == set(OPS)
    # Uncommented, the examples are valid changes; their fragments are made up, so they
    # may not apply, but no field is misspelt or missing.
    examples = re.sub(r"^#(  [- ] |$)", r"\1", text, flags=re.MULTILINE)
    path.write_text(examples.replace("changes: []", "changes:"))
    try:
        load_project(assen)
    except SourceError as failure:
        raise AssertionError("\n".join(d.format() for d in failure.diagnostics)) from None


def test_the_examples_name_real_targets(assen: Path) -> None:
    run(assen, "new", "--year", "2025")
    text = (assen / NEW_2025).read_text()
    assert "#    target: 2\n" in text  # the first agreement as it stands in 2024
    assert "#    target: tijdlijn\n" in text
    assert "#    target: betaalbaarheid/goals\n" in text
    assert "#    number: 2a\n" in text  # a free number next to it


def test_new_never_overwrites(assen: Path) -> None:
    run(assen, "new", "--year", "2025")
    path = assen / NEW_2025
    path.write_text(path.read_text() + "# my own notes\n")
    before = path.read_text()
    outcome = run(assen, "new", "--year", "2025")
    assert outcome.exit_code == 1
    assert (
        "amendments/2025/jaarplan.yaml:1: error: amendments/2025/jaarplan.yaml bestaat al; "
        "prestatie new overschrijft nooit een Jaarplan"
    ) in outcome.stderr
    assert path.read_text() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["jaarplan.yaml"]


def test_new_refuses_the_existing_2024(assen: Path) -> None:
    before = (assen / "amendments/2024/jaarplan.yaml").read_bytes()
    assert run(assen, "new", "--year", "2024").exit_code == 1
    assert (assen / "amendments/2024/jaarplan.yaml").read_bytes() == before


def test_a_year_folder_without_a_jaarplan_gets_one(assen: Path) -> None:
    (assen / "amendments" / "2025").mkdir()
    assert run(assen, "check").exit_code == 1  # P004, whose hint names 'prestatie new'
    assert run(assen, "new", "--year", "2025").exit_code == 0
    assert run(assen, "check").exit_code == 0


def test_a_year_outside_the_period_is_misuse(assen: Path) -> None:
    outcome = run(assen, "new", "--year", "2026")
    assert outcome.exit_code == 2
    assert "--year 2026 valt buiten de looptijd 2022-2025" in outcome.stderr
    assert not (assen / "amendments" / "2026").exists()


JARGON = re.compile(r"\b(slug|fragment|mapping|ops?)\b", re.IGNORECASE)


def comments(text: str) -> str:
    """The template's comment text, without the commented-out YAML of the examples."""
    lines = [line.split("#", 1)[1] for line in text.splitlines() if "#" in line]
    return "\n".join(line for line in lines if not re.match(r"\s*(- )?\w+: ", line))


def test_the_template_speaks_dutch_by_default_and_english_on_request(assen: Path) -> None:
    run(assen, "new", "--year", "2025")
    dutch = (assen / NEW_2025).read_text()
    assert "# Schrijf de wijzigingen onder 'changes:'" in dutch
    assert '# de hele afspraak: "[Vervallen per 2025]"' in dutch
    assert not JARGON.search(comments(dutch)), JARGON.findall(comments(dutch))
    (assen / NEW_2025).unlink()
    outcome = CliRunner().invoke(
        cli, ["--root", str(assen), "--lang", "en", "new", "--year", "2025"]
    )
    assert outcome.exit_code == 0, outcome.output
    english = (assen / NEW_2025).read_text()
    assert "# Write the changes under 'changes:'" in english
    assert not JARGON.search(comments(english)), JARGON.findall(comments(english))
    # The YAML is the same in both: only the comments differ.
    assert yaml.safe_load(english) == yaml.safe_load(dutch)
    assert re.findall(r"^#  - op: \w+", english, re.M) == re.findall(r"^#  - op: \w+", dutch, re.M)
