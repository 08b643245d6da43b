"""``prestatie new`` puts the schemas into the project: the first line of a new Jaarplan names
``.prestatie/schemas/jaarplan.schema.json`` relatively, so an editor validates it wherever the
project lives; a copy the tool wrote is refreshed, one changed by hand is kept and named."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
import yaml
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.sources import SCHEMA_NAMES, schema_bytes
from projects import REPO, copy_assen

SCHEMAS = Path(".prestatie/schemas")


def run(root: Path, *arguments: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), *arguments])


def _outside_checkout(tmp_path: Path) -> Path:
    root = copy_assen(tmp_path / "elders" / "prestatieafspraken")
    assert not root.resolve().is_relative_to(REPO)
    return root


def _referenced_schema(jaarplan: Path) -> Path:
    first = jaarplan.read_text(encoding="utf-8").splitlines()[0]
    reference = first.removeprefix("# yaml-language-server: $schema=")
    assert reference != first, first
    return jaarplan.parent / reference


def _validator_from_files(schema: Path) -> jsonschema.protocols.Validator:
    """A validator that finds ``$ref``'d schemas beside ``schema`` only, as an editor does:
    nothing comes from the installed package."""

    def retrieve(uri: str) -> referencing.Resource[Any]:
        contents = json.loads((schema.parent / Path(uri).name).read_text(encoding="utf-8"))
        return referencing.jsonschema.DRAFT202012.create_resource(contents)

    registry: referencing.Registry[Any] = referencing.Registry(retrieve=retrieve)
    contents = json.loads(schema.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(contents, registry=registry)


def test_the_comment_names_the_projects_copy_which_validates_the_template(
    tmp_path: Path,
) -> None:
    root = _outside_checkout(tmp_path)
    outcome = run(root, "new", "--year", "2025")
    assert outcome.exit_code == 0, outcome.output
    jaarplan = root / "amendments/2025/jaarplan.yaml"
    first = jaarplan.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../.prestatie/schemas/jaarplan.schema.json"
    schema = _referenced_schema(jaarplan)
    assert schema.resolve() == (root / SCHEMAS / "jaarplan.schema.json").resolve()
    validator = _validator_from_files(schema)
    text = jaarplan.read_text(encoding="utf-8")
    assert list(validator.iter_errors(yaml.safe_load(text))) == []
    # The commented examples, uncommented, are valid too: change.schema.json is found beside it.
    examples = re.sub(r"^#(  [- ] |$)", r"\1", text, flags=re.MULTILINE)
    data = yaml.safe_load(examples.replace("changes: []", "changes:"))
    assert len(data["changes"]) >= 5
    assert list(validator.iter_errors(data)) == []
    # ... and the copy does check: a change without its op is refused.
    broken = {**data, "changes": [{"target": 5, "text": "x"}]}
    assert list(validator.iter_errors(broken)) != []


def test_every_source_schema_is_copied_as_the_tool_has_it(tmp_path: Path) -> None:
    root = _outside_checkout(tmp_path)
    run(root, "new", "--year", "2025")
    for name in SCHEMA_NAMES:
        assert (root / SCHEMAS / name).read_bytes() == schema_bytes(name), name
    record = json.loads((root / SCHEMAS / "written.json").read_text(encoding="utf-8"))
    assert sorted(record["files"]) == sorted(SCHEMA_NAMES)


def test_an_outdated_copy_is_refreshed_a_changed_one_kept_and_named(tmp_path: Path) -> None:
    root = _outside_checkout(tmp_path)
    run(root, "new", "--year", "2025")
    (root / "amendments/2025/jaarplan.yaml").unlink()
    # An older version of the tool wrote change.schema.json: its record says so.
    older = b'{"title": "an older version"}\n'
    record_path = root / SCHEMAS / "written.json"
    record = json.loads(record_path.read_text(encoding="utf-8"))
    record["files"]["change.schema.json"] = _sha256(older)
    record_path.write_text(json.dumps(record), encoding="utf-8")
    (root / SCHEMAS / "change.schema.json").write_bytes(older)
    # Someone adapted document.schema.json by hand.
    own = b'{"title": "our own rules"}\n'
    (root / SCHEMAS / "document.schema.json").write_bytes(own)

    outcome = run(root, "new", "--year", "2025")
    assert outcome.exit_code == 0, outcome.output
    assert (root / SCHEMAS / "change.schema.json").read_bytes() == schema_bytes(
        "change.schema.json"
    )
    assert (root / SCHEMAS / "document.schema.json").read_bytes() == own
    shown = os.path.relpath(root / SCHEMAS / "document.schema.json")
    assert outcome.stderr == (
        f"let op: {shown} is met de hand aangepast en wijkt af van het schema van deze versie; "
        "het bestand blijft zoals het is. Verwijder het om bij de volgende prestatie new het "
        "nieuwe te krijgen\n"
    )


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
